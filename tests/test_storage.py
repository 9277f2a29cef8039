"""The map file: round trip, clear one-line errors, atomic save with a backup (no Qt)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from map_factory import generated_map

from journey_designer.model import SCHEMA_VERSION, JourneyMap
from journey_designer.storage import (
    MapFileError,
    UnsupportedVersionError,
    dump_map,
    jsonfile,
    load_map,
    migrations,
    save_map,
)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "旅程.journey.json"
    save_map(generated_map(3), path)
    return path


def test_round_trip_keeps_everything_and_chinese_is_plain_utf8(saved: Path) -> None:
    journey = load_map(saved)
    assert journey == generated_map(3)
    text = saved.read_text(encoding="utf-8")
    assert "基准" in text and "\\u" not in text
    assert text.startswith('{\n  "format": "journey-designer",\n  "schema_version": 1,')


def test_saving_twice_gives_identical_bytes(saved: Path) -> None:
    assert dump_map(load_map(saved)) == saved.read_bytes()


def write(tmp_path: Path, content: str | bytes, name: str = "bad.journey.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def edited(change: object) -> str:
    document = json.loads(generated_map(2).model_dump_json())
    change(document)  # type: ignore[operator]
    return json.dumps(document, ensure_ascii=False)


BAD_FILES = {
    "truncated": (lambda good: good[: len(good) // 2], "ends too early"),
    "wrong type": (
        lambda _: edited(lambda d: d["stages"][1].update(width="wide")),
        "stages[1].width: Input should be a valid number",
    ),
    "missing field": (
        lambda _: edited(lambda d: d["stages"][1].pop("name")),
        "stages[1].name: field required",
    ),
    "missing stage": (
        lambda _: edited(lambda d: d["cards"][4].update(stage_id="st-gone")),
        "cards[4].stage_id: no stage with id 'st-gone'",
    ),
    "duplicate id": (
        lambda _: edited(lambda d: d["cards"][2].update(id=d["cards"][1]["id"])),
        "cards[2].id: duplicate id",
    ),
    "emotion off scale": (
        lambda _: edited(lambda d: d["emotion_curves"][0]["points"][0].update(value=7)),
        "emotion_curves[0].points[0].value: 7 is outside the map's emotion scale -2..2",
    ),
    "newer schema": (
        lambda _: edited(lambda d: d.update(schema_version=SCHEMA_VERSION + 1)),
        f"schema version {SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION}",
    ),
    "not json": (lambda _: "title: my map\nstages: []\n", "not valid JSON"),
    "other json": (lambda _: '{"name": "package.json"}', "not a Journey Designer map"),
    "json list": (lambda _: "[1, 2]", "not a Journey Designer map"),
    "binary garbage": (lambda _: bytes(range(256)) * 4, "binary data"),
    "empty": (lambda _: "", "the file is empty"),
    "unknown field": (
        lambda _: edited(lambda d: d["lanes"][0].update(colour="#fff")),
        "lanes[0].colour: unknown field",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_give_one_clear_line(tmp_path: Path, case: str) -> None:
    make, expected = BAD_FILES[case]
    good = generated_map(2).model_dump_json()
    path = write(tmp_path, make(good))
    with pytest.raises(MapFileError) as caught:
        load_map(path)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message and message.startswith("bad.journey.json: ")


def test_newer_schema_is_its_own_error_type(tmp_path: Path) -> None:
    path = write(tmp_path, edited(lambda d: d.update(schema_version=99)))
    with pytest.raises(UnsupportedVersionError, match="Update Journey Designer"):
        load_map(path)


def test_folders_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(MapFileError, match="is a folder"):
        load_map(tmp_path)
    with pytest.raises(MapFileError, match="no such file"):
        load_map(tmp_path / "nothing.journey.json")


def test_many_problems_are_counted_in_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, edited(lambda d: [c.update(stage_id="gone") for c in d["cards"][:3]]))
    with pytest.raises(MapFileError, match=r"\(and 2 more problems\)$"):
        load_map(path)


def test_save_keeps_the_previous_version_as_bak(saved: Path) -> None:
    old = saved.read_bytes()
    journey = load_map(saved)
    journey.title = "第二版"
    save_map(journey, saved)
    assert saved.with_name(saved.name + ".bak").read_bytes() == old
    assert load_map(saved).title == "第二版"
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name, saved.name + ".bak"]


def test_a_full_disk_mid_save_leaves_the_old_file_intact(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = saved.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(jsonfile.os, "fsync", disk_full)
    journey = load_map(saved)
    journey.title = "never written"
    with pytest.raises(
        MapFileError, match=r"No space left on device\. The previous file is unchanged\.$"
    ):
        save_map(journey, saved)
    assert saved.read_bytes() == old
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]  # no temp file left


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MapFileError, match="Could not save"):
        save_map(generated_map(1), tmp_path / "missing-folder" / "x.journey.json")


def test_a_process_killed_mid_write_leaves_the_old_file_intact(saved: Path) -> None:
    old = saved.read_bytes()
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path[:0] = [{str(REPO)!r}, {str(REPO / "tests")!r}]
        from map_factory import generated_map
        from journey_designer.storage import jsonfile
        real_fdopen = os.fdopen
        class Dying:
            def __init__(self, handle): self.handle = handle
            def __enter__(self): return self
            def __exit__(self, *a): return False
            def write(self, data):
                self.handle.write(data[: len(data) // 2]); self.handle.flush()
                os._exit(9)  # killed half-way through the write
        jsonfile.os.fdopen = lambda fd, mode: Dying(real_fdopen(fd, mode))
        jsonfile.save_map(generated_map(40), {str(saved)!r})
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode == 9
    assert saved.read_bytes() == old
    assert load_map(saved) == generated_map(3)


def test_migrations_run_in_order_up_to_the_current_version(monkeypatch: pytest.MonkeyPatch) -> None:
    # The registry mechanism, with a pretend older version 0 -> 1 that renamed a field.
    def rename_name_to_title(document: dict) -> dict:
        document["title"] = document.pop("name")
        return document

    monkeypatch.setitem(migrations.MIGRATIONS, 0, rename_name_to_title)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 1)
    migrated = migrations.migrate({"name": "旧", "schema_version": 0}, 0)
    assert migrated == {"title": "旧", "schema_version": 1}


def test_every_older_schema_version_has_a_stored_file_that_loads() -> None:
    folder = REPO / "tests" / "data" / "migrations"
    for version in range(1, SCHEMA_VERSION):
        assert version in migrations.MIGRATIONS, f"no migration from schema version {version}"
        journey = load_map(folder / f"v{version}.journey.json")
        assert isinstance(journey, JourneyMap)


def test_file_permissions_follow_the_old_file(saved: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    saved.chmod(0o640)
    save_map(load_map(saved), saved)
    assert saved.stat().st_mode & 0o777 == 0o640
    fresh = saved.with_name("fresh.journey.json")
    save_map(load_map(saved), fresh)
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask

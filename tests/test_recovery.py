"""Recovery files: written atomically, listed newest first, read back, damaged ones survive."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from map_factory import generated_map

from journey_designer.storage.recovery import (
    DAMAGED_FOLDER,
    map_file,
    read_recovery,
    recovery_keys,
    remove_recovery,
    set_aside,
    sidecar_file,
    write_recovery,
)


def test_a_written_recovery_reads_back_with_its_file_and_time(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"  # made on the first write
    journey = generated_map(3)
    original = tmp_path / "客户旅程.journey.json"
    before = datetime.now(UTC) - timedelta(seconds=1)
    write_recovery(folder, "abc123", journey, original)
    recovered = read_recovery(folder, "abc123")
    assert recovered.restorable and recovered.problem == ""
    assert recovered.journey == journey
    assert recovered.original_path == original
    assert before <= recovered.saved_at <= datetime.now(UTC)
    assert recovered.title == journey.title
    assert recovery_keys(folder) == ["abc123"]
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_an_untitled_map_has_no_original_path(tmp_path: Path) -> None:
    write_recovery(tmp_path, "k1", generated_map(2), None)
    assert read_recovery(tmp_path, "k1").original_path is None


def test_keys_are_listed_newest_first_and_strangers_are_ignored(tmp_path: Path) -> None:
    write_recovery(tmp_path, "old", generated_map(2), None)
    write_recovery(tmp_path, "new", generated_map(2), None)
    an_hour_ago = datetime.now().timestamp() - 3600
    os.utime(map_file(tmp_path, "old"), (an_hour_ago, an_hour_ago))
    (tmp_path / "notes.txt").write_text("not a recovery", encoding="utf-8")
    (tmp_path / "bad key!.journey.json").write_text("{}", encoding="utf-8")
    (tmp_path / "new.lock").write_text("123", encoding="utf-8")
    assert recovery_keys(tmp_path) == ["new", "old"]
    assert recovery_keys(tmp_path / "missing") == []


def test_removing_deletes_every_file_of_the_recovery(tmp_path: Path) -> None:
    write_recovery(tmp_path, "k", generated_map(2), None)
    write_recovery(tmp_path, "k", generated_map(3), None)  # the second write leaves a .bak
    assert (tmp_path / "k.journey.json.bak").is_file()
    remove_recovery(tmp_path, "k")
    assert list(tmp_path.iterdir()) == []
    remove_recovery(tmp_path, "k")  # nothing left: no error


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02 binary", b'{"format": "journey-designer", "stages": [', b"[1, 2]"],
)
def test_a_damaged_recovery_is_listed_with_a_one_line_reason(
    tmp_path: Path, content: bytes
) -> None:
    write_recovery(tmp_path, "k", generated_map(2), tmp_path / "trip.journey.json")
    map_file(tmp_path, "k").write_bytes(content)
    recovered = read_recovery(tmp_path, "k")
    assert not recovered.restorable
    assert recovered.problem and "\n" not in recovered.problem
    assert recovered.original_path == tmp_path / "trip.journey.json"


def test_a_damaged_recovery_falls_back_to_the_autosave_before_it(tmp_path: Path) -> None:
    first, second = generated_map(2), generated_map(3)
    write_recovery(tmp_path, "k", first, None)
    write_recovery(tmp_path, "k", second, None)
    map_file(tmp_path, "k").write_bytes(b"garbage")
    recovered = read_recovery(tmp_path, "k")
    assert recovered.journey == first and recovered.problem == ""


@pytest.mark.parametrize("sidecar", [None, b"not json", b'{"format": "other"}', b"[]"])
def test_a_missing_or_damaged_sidecar_still_gives_the_map(
    tmp_path: Path, sidecar: bytes | None
) -> None:
    journey = generated_map(2)
    write_recovery(tmp_path, "k", journey, tmp_path / "a.journey.json")
    if sidecar is None:
        sidecar_file(tmp_path, "k").unlink()
    else:
        sidecar_file(tmp_path, "k").write_bytes(sidecar)
    recovered = read_recovery(tmp_path, "k")
    assert recovered.journey == journey and recovered.original_path is None
    assert recovered.saved_at.tzinfo is not None


def test_set_aside_moves_the_files_into_the_damaged_folder(tmp_path: Path) -> None:
    write_recovery(tmp_path, "k", generated_map(2), None)
    map_file(tmp_path, "k").write_bytes(b"garbage")
    damaged = set_aside(tmp_path, "k")
    assert damaged == tmp_path / DAMAGED_FOLDER
    assert sorted(p.name for p in damaged.iterdir()) == ["k.journey.json", "k.recovery.json"]
    assert recovery_keys(tmp_path) == []


def test_a_key_cannot_name_a_path_outside_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_recovery(tmp_path, "../escape", generated_map(2), None)


def test_a_sidecar_without_its_map_is_not_listed(tmp_path: Path) -> None:
    """Killed between the two writes of a first autosave: nothing half-made is offered."""
    write_recovery(tmp_path, "k", generated_map(2), tmp_path / "a.journey.json")
    map_file(tmp_path, "k").unlink()
    assert recovery_keys(tmp_path) == []


def test_the_time_is_the_maps_own(tmp_path: Path) -> None:
    write_recovery(tmp_path, "k", generated_map(2), None)
    earlier = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    os.utime(map_file(tmp_path, "k"), (earlier.timestamp(), earlier.timestamp()))
    assert read_recovery(tmp_path, "k").saved_at == earlier

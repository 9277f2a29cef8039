"""The `journey-designer` command as a user runs it: output, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journey_designer import __version__
from journey_designer.storage import load_map
from journey_designer.templates import template_ids

REPO = Path(__file__).resolve().parents[1]


def run(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journey_designer", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
        timeout=60,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"journey-designer {__version__}"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_templates_lists_id_tab_title(lang: str) -> None:
    result = run("templates", "--lang", lang)
    assert result.returncode == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) >= 5 and all(len(row) == 2 and row[1] for row in rows)
    assert [row[0] for row in rows] == template_ids()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("template", template_ids())
def test_new_then_validate_for_every_template(tmp_path: Path, template: str, lang: str) -> None:
    output = tmp_path / f"{template}.journey.json"
    created = run("new", "--template", template, "--lang", lang, "-o", output)
    assert created.returncode == 0, created.stderr
    checked = run("validate", output)
    assert checked.returncode == 0 and checked.stdout.strip() == f"{output}: valid"
    assert load_map(output).language == lang


def test_new_refuses_to_overwrite_and_unknown_templates(tmp_path: Path) -> None:
    output = tmp_path / "map.journey.json"
    output.write_text("precious", encoding="utf-8")
    result = run("new", "--template", template_ids()[0], "-o", output)
    assert result.returncode == 1 and "already exists" in result.stderr
    assert output.read_text(encoding="utf-8") == "precious"
    unknown = run("new", "--template", "nope", "-o", tmp_path / "x.journey.json")
    assert unknown.returncode == 1 and "no template 'nope'; known templates:" in unknown.stderr


def test_usage_errors_exit_2() -> None:
    assert run("new").returncode == 2
    assert run("validate").returncode == 2
    assert run("--lang", "fr").returncode == 2


def _bad_files(folder: Path) -> dict[str, Path]:
    good = json.loads(
        load_map(
            REPO / "resources/templates" / f"{template_ids()[0]}.en.journey.json"
        ).model_dump_json()
    )

    def variant(name: str, change: object) -> Path:
        document = json.loads(json.dumps(good))
        change(document)  # type: ignore[operator]
        path = folder / f"{name}.journey.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        return path

    files = {
        "wrong types": variant("types", lambda d: d.update(title=["a list"])),
        "missing stage": variant("stage", lambda d: d["cards"][0].update(stage_id="gone")),
        "duplicate ids": variant("dup", lambda d: d["cards"][1].update(id=d["cards"][0]["id"])),
        "emotion off scale": variant(
            "emotion", lambda d: d["emotion_curves"][0]["points"][0].update(value=9)
        ),
        "newer schema": variant("newer", lambda d: d.update(schema_version=99)),
    }
    text = json.dumps(good)
    for name, content in {
        "truncated": text[: len(text) // 3].encode(),
        "not json": b"<html>not a map</html>",
        "garbage": bytes(range(256)),
        "empty": b"",
    }.items():
        path = folder / f"{name.replace(' ', '_')}.journey.json"
        path.write_bytes(content)
        files[name] = path
    files["a directory"] = folder / "folder.journey.json"
    files["a directory"].mkdir()
    return files


def test_validate_reports_each_bad_file_on_one_line_without_traceback(tmp_path: Path) -> None:
    files = _bad_files(tmp_path)
    for name, path in files.items():
        result = run("validate", path)
        assert result.returncode == 1, name
        lines = result.stderr.strip().splitlines()
        assert lines and str(path) in lines[0], name
        assert "Traceback" not in result.stderr + result.stdout, name
    together = run("validate", *files.values())
    assert together.returncode == 1
    assert len(together.stderr.strip().splitlines()) >= len(files)


def test_opening_a_missing_file_in_the_app_is_a_clear_error(tmp_path: Path) -> None:
    result = run(tmp_path / "missing.journey.json")
    assert result.returncode == 1 and "no such file" in result.stderr

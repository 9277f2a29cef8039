"""`journey-designer inspect` and `import`: output, the JSON interface, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journey_designer.cli import main
from journey_designer.storage import load_map
from tests.survey.survey_csv import write_csv
from tests.survey.test_apply import survey_rows

SURVEYS = Path(__file__).resolve().parents[3] / "shared" / "data" / "surveys"


def test_inspect_json_follows_the_documented_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = survey_rows()
    path = write_csv(tmp_path / "survey.csv", rows)
    assert main(["inspect", str(path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert set(found) == {"format", "sheet", "header_rows", "rows", "columns"}
    assert found["header_rows"] == 1 and found["rows"] == 40
    columns = found["columns"]
    assert [c["index"] for c in columns] == list(range(len(rows[0])))
    assert set(columns[0]) == {"index", "header", "role", "n", "scale", "mean", "nps"}
    checkout = columns[4]
    assert checkout["role"] == "rating" and checkout["scale"] == [1, 5] and checkout["n"] == 40
    answers = [float(r[4]) for r in rows[1:] if r[4]]
    assert checkout["mean"] == pytest.approx(sum(answers) / len(answers), abs=1e-4)
    assert checkout["nps"] is None
    assert columns[7]["role"] == "nps" and columns[7]["nps"] is not None
    assert columns[1]["role"] == "personal"


@pytest.mark.skipif(not SURVEYS.is_dir(), reason="shared survey exports absent")
def test_inspect_prints_a_table_for_a_chinese_export(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(SURVEYS / "wjx_health_survey_zh.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "问卷星" in out and "2488 responses" in out and "likert" in out


def test_import_into_a_new_map_and_again_with_the_saved_mapping(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    survey = write_csv(tmp_path / "survey.csv", survey_rows())
    first, mapping = tmp_path / "first.journey.json", tmp_path / "mapping.json"
    assert main(["import", str(survey), "-o", str(first), "--save-mapping", str(mapping)]) == 0
    journey = load_map(first)
    assert journey.survey_sources[0].file_name == "survey.csv"
    assert any(m.provenance.kind == "survey" for c in journey.cards for m in c.metrics)
    assert "person0@example.com" not in first.read_text(encoding="utf-8")
    assert "responses" in capsys.readouterr().out
    again = tmp_path / "again.journey.json"
    code = main(["import", str(survey), "--mapping", str(mapping), "--into", str(first),
                 "-o", str(again)])  # fmt: skip
    assert code == 0
    refreshed = load_map(again)
    assert len(refreshed.survey_sources) == 1  # the same file again is a refresh
    assert len(refreshed.cards) == len(journey.cards)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"ID,Score\n1,2\n", "rename"),  # text with an .xlsx name
        (b"PK\x03\x04 broken", "damaged"),
    ],
)
def test_bad_files_exit_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "survey.xlsx"
    bad.write_bytes(content)
    assert main(["inspect", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert message in err.lower()


def test_import_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    survey = write_csv(tmp_path / "survey.csv", survey_rows())
    out = tmp_path / "map.journey.json"
    out.write_text("keep me", encoding="utf-8")
    assert main(["import", str(survey), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "keep me"
    assert "--force" in capsys.readouterr().err


def test_the_mapping_workbook_drives_a_second_import(tmp_path: Path) -> None:
    survey = write_csv(tmp_path / "survey.csv", survey_rows())
    first, workbook = tmp_path / "first.journey.json", tmp_path / "mapping.xlsx"
    assert main(["import", str(survey), "-o", str(first), "--save-mapping", str(workbook)]) == 0
    second = tmp_path / "second.journey.json"
    assert main(["import", str(survey), "--mapping", str(workbook), "-o", str(second)]) == 0
    a, b = load_map(first), load_map(second)
    assert a.survey_sources[0].mapping == b.survey_sources[0].mapping
    metrics = [[m.value for m in c.metrics] for c in a.cards if c.id in b.all_ids()]
    assert metrics == [
        [m.value for m in b.card(c.id).metrics] for c in a.cards if c.id in b.all_ids()
    ]

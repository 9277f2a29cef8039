"""`journey-designer report` and `export -o OUT.xlsx` as a user runs them (no Qt)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from journey_designer.analytics.report import build_report, report_text, table
from journey_designer.analytics.workbook import SHEETS
from journey_designer.storage import save_map
from tests.analytics.marketing_map import marketing_map

REPO = Path(__file__).resolve().parents[2]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journey_designer", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, check=False, timeout=60,
    )  # fmt: skip


@pytest.fixture()
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "营销.journey.json"
    save_map(marketing_map(), path)
    return path


def test_report_json_for_scripts(map_file: Path) -> None:
    result = run("report", map_file, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "B2B 营销"
    assert data["funnel"]["overall_conversion"] == pytest.approx(0.0009)
    steps = {s["label"]: s for s in data["funnel"]["steps"]}
    assert steps["Sign-ups"]["conversion"] == pytest.approx(0.075)
    assert steps["Demos"]["conversion"] is None  # undefined is null
    totals = {t["currency"]: t for t in data["roi"]["totals"]}
    assert totals["¥"]["cpa"] == pytest.approx(360.0) and totals["EUR"]["roi"] == 0.5
    tests = {t["card_id"]: t for t in data["ab_tests"]}
    assert tests["tp-welcome"]["winner"] == "B"
    assert tests["tp-welcome"]["comparisons"][0]["p_value"] == pytest.approx(0.0029421, abs=1e-7)
    assert tests["tp-invite"]["winner"] is None
    assert tests["tp-offer"]["winner"] is None and tests["tp-offer"]["confidence"] == 0.99
    assert tests["tp-offer"]["alpha"] == pytest.approx(0.01)


def test_report_text_for_people(map_file: Path) -> None:
    result = run("report", map_file)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text == report_text(build_report(marketing_map()))
    for line in ("Funnel", "ROI per channel", "A/B tests", "winner: B (significant at 95.0%)",
                 "no significant difference at 99.0%", "Overall conversion: 0.09%"):  # fmt: skip
        assert line in text, line
    assert "-¥5,000.00" in text and "ads      (all)" in text and "email    (all)" not in text
    assert "9.3% to 54.6%" in text  # the lift's 95% interval
    assert "¥27,000.00" in text and "1,000.00 EUR" in text


def test_text_tables_align_chinese() -> None:
    lines = table(["Stage", "Count"], [["忠诚", "18"], ["Awareness", "20,000"]], numeric=[1])
    # column widths 9 and 6; a Chinese character takes two cells
    assert lines == [
        "  Stage" + " " * 7 + "Count",
        "  忠诚" + " " * 11 + "18",
        "  Awareness  20,000",
    ]


def test_export_xlsx_writes_the_workbook(map_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.xlsx"
    result = run("export", map_file, "-o", output)
    assert result.returncode == 0, result.stderr
    assert "2 rule(s), 3 A/B test(s), 7 funnel step(s), 6 channel cost(s)" in result.stdout
    assert load_workbook(output).sheetnames == list(SHEETS)


def test_errors_are_one_line_with_exit_codes(map_file: Path, tmp_path: Path) -> None:
    missing = run("report", tmp_path / "nope.journey.json")
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "no such file" in missing.stderr and "Traceback" not in missing.stderr
    assert run("report").returncode == 2
    unwritable = run("export", map_file, "-o", tmp_path / "no-folder" / "out.xlsx")
    assert unwritable.returncode == 1 and "Could not write out.xlsx" in unwritable.stderr
    assert unwritable.stderr.count("\n") == 1
    warned = run("export", map_file, "-o", tmp_path / "w.xlsx", "--page", "A4")
    assert warned.returncode == 0 and "--page does not apply to .xlsx output" in warned.stderr

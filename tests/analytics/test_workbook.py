"""The marketing workbook read back with openpyxl and, when installed, LibreOffice (no Qt)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from journey_designer.analytics.funnel import analyse_funnel
from journey_designer.analytics.report import card_tests
from journey_designer.analytics.roi import analyse_costs
from journey_designer.analytics.workbook import SHEETS, write_marketing_workbook
from journey_designer.model import JourneyMap
from journey_designer.survey.xlsx_export import WorkbookWriteError
from tests.analytics.marketing_map import FORMULA_TEXTS, marketing_map


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("workbook") / "营销 marketing.xlsx"
    write_marketing_workbook(marketing_map(), path)
    return path


def same(got: Any, want: Any) -> bool:
    """Equal, floats to the 16 significant digits openpyxl writes ("%.16g"; Excel shows 15)."""
    if isinstance(want, float) and isinstance(got, int | float):
        return got == pytest.approx(want, rel=1e-15, abs=0)
    return bool(got == want) and type(got) is type(want)


def _tables(sheet: Any) -> dict[str, list[dict[str, Any]]]:
    """The sheet's tables by title ("" for an untitled first table), rows as dicts."""
    tables: dict[str, list[dict[str, Any]]] = {}
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    i = 0
    while i < len(rows):
        if all(value is None for value in rows[i]):
            i += 1
            continue
        title = ""
        if rows[i][0] is not None and all(value is None for value in rows[i][1:]):
            title, i = str(rows[i][0]), i + 1  # a title: a lone value in column A
        header = [h for h in rows[i] if h is not None]
        i += 1
        body = []
        while i < len(rows) and any(value is not None for value in rows[i]):
            body.append(dict(zip(header, rows[i], strict=False)))
            i += 1
        tables[title] = body
    return tables


def test_four_sheets_with_bold_frozen_headers(written: Path) -> None:
    workbook = load_workbook(written)
    assert workbook.sheetnames == list(SHEETS)
    frozen = {"Automation plan": "A2", "Touchpoint metrics": "A3", "Funnel & ROI": "A3",
              "Responsibilities": "A2"}  # fmt: skip
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == frozen[sheet.title]
        header_row = int(frozen[sheet.title][1:]) - 1
        header = sheet[header_row]
        assert header[0].value and all(cell.font.bold for cell in header if cell.value)
    funnel = workbook["Funnel & ROI"]
    assert funnel["D4"].number_format == "0.0%" and funnel["C4"].number_format == "#,##0"


def test_funnel_and_roi_numbers_round_trip(written: Path) -> None:
    journey = marketing_map()
    tables = _tables(load_workbook(written)["Funnel & ROI"])
    funnel = analyse_funnel(journey)
    assert len(tables["Funnel"]) == len(funnel.rows)
    for row, expected in zip(tables["Funnel"], funnel.rows, strict=True):
        assert row["Step"] == expected.label
        assert same(row["Count"], expected.count)
        assert same(row["Conversion from previous"], expected.conversion)
        assert same(row["Drop-off"], expected.drop_off)
        assert same(row["Overall conversion"], expected.overall)
        assert same(row["Amount"], expected.amount)
        assert same(row["Average amount"], expected.average_amount)
    roi = analyse_costs(journey)
    for title, expected_rows in (
        ("ROI per campaign", roi.rows),
        ("ROI per channel", (*roi.channels, *roi.totals)),
    ):
        got = tables[title]
        assert len(got) == len(expected_rows)
        for row, want in zip(got, expected_rows, strict=True):
            assert (row["Channel"], row["Campaign"] or "") == (want.channel, want.campaign)
            for name, value in (("Cost", want.cost), ("Revenue", want.revenue),
                                ("Profit", want.profit), ("ROI", want.roi),
                                ("Cost per acquisition", want.cpa),
                                ("Acquisitions", want.acquisitions)):  # fmt: skip
                assert same(row[name], value), (title, name, row[name], value)


def test_ab_results_and_metrics_round_trip(written: Path) -> None:
    tables = _tables(load_workbook(written)["Touchpoint metrics"])
    assert tables["Metrics"][0]["Value"] == 11.5 and tables["Metrics"][0]["n"] == 4000
    rows = tables["A/B tests"]
    expected = [
        (test, index, variant)
        for test in card_tests(marketing_map())
        for index, variant in enumerate(test.result.variants)
    ]
    assert len(rows) == len(expected) == 6
    for row, (test, index, variant) in zip(rows, expected, strict=True):
        assert (row["Card ID"], row["Variant"]) == (test.card_id, variant.name)
        assert same(row["Sample size"], variant.sample_size)
        assert same(row["Conversions"], variant.conversions)
        assert same(row["Conversion rate"], variant.rate)
        if index == 0:
            assert row["Significant"] == "control" and row["p-value"] is None
            continue
        c = test.result.comparisons[index - 1]
        for name, value in (
            ("Lift vs control", c.lift),
            ("p-value", c.p_value),
            ("Lift 95% CI low", c.lift_low),
            ("Lift 95% CI high", c.lift_high),
        ):
            assert same(row[name], value), (name, row[name], value)
    winners = [(r["Card ID"], r["Variant"]) for r in rows if r["Winner"] == "yes"]
    assert winners == [("tp-welcome", "B")]  # invite: not significant; offer: not at 99%


def test_automation_plan_and_responsibilities(written: Path) -> None:
    workbook = load_workbook(written)
    rules = _tables(workbook["Automation plan"])[""]
    assert [r["Card ID"] for r in rules] == ["rule-cart", "rule-lapsed"]
    cart, lapsed = rules
    assert (cart["Wait (hours)"], cart["Creates touchpoint"]) == (24, "Welcome email")
    assert (cart["Personal data"], cart["Legal basis"]) == ("email, company", "consent")
    assert (lapsed["Trigger"], lapsed["N"], lapsed["Action"]) == (
        "no_purchase_days", 90, "send_wechat"
    )  # fmt: skip
    owners = _tables(workbook["Responsibilities"])[""]
    assert len(owners) == 8 and owners[1]["Owner"] == "Lin"


def test_formula_looking_text_stays_text(written: Path) -> None:
    workbook = load_workbook(written)
    seen: set[str] = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in (*FORMULA_TEXTS, "=1+1"):
                    assert cell.data_type == "s" and cell.quotePrefix, (sheet.title, cell)
                    seen.add(cell.value)
    assert seen == {*FORMULA_TEXTS, "=1+1"}
    with zipfile.ZipFile(written) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, name


def test_an_empty_map_gives_headers_only(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_marketing_workbook(JourneyMap(id="m", title="Empty"), path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == list(SHEETS)
    assert workbook["Automation plan"].max_row == 1


def test_an_unwritable_place_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(WorkbookWriteError, match=r"Could not write m\.xlsx"):
        write_marketing_workbook(marketing_map(), tmp_path / "missing" / "m.xlsx")


# --- LibreOffice -------------------------------------------------------------------------

_SOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
# All sheets (-1, LibreOffice >= 7.2), UTF-8 (76), raw values rather than as shown.
_CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def _number(text: str) -> float | None:
    if text == "":
        return None
    return float(text[:-1]) / 100 if text.endswith("%") else float(text)


@pytest.mark.slow
@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_sheet(written: Path, tmp_path: Path) -> None:
    source = tmp_path / "m.xlsx"
    shutil.copy(written, source)
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [str(_SOFFICE), f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", _CSV_FILTER, "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    sheets = {}
    for name in SHEETS:
        path = tmp_path / f"m-{name}.csv"
        assert path.is_file(), (name, result.stdout, result.stderr)
        with path.open(encoding="utf-8", newline="") as handle:
            sheets[name] = list(csv.reader(handle))
    everything = {cell for rows in sheets.values() for row in rows for cell in row}
    assert {*FORMULA_TEXTS, "=1+1"} <= everything  # text, not evaluated formulas
    funnel = analyse_funnel(marketing_map())
    lines = sheets["Funnel & ROI"]
    for expected in funnel.rows:
        row = next(r for r in lines if len(r) > 1 and r[1] == expected.label)
        assert _number(row[2]) == expected.count
        for got, want in ((row[3], expected.conversion), (row[5], expected.overall)):
            assert (_number(got) is None) if want is None else _number(got) == pytest.approx(want)
    totals = [r for r in lines if r[0] == "Total"]
    assert [(r[2], _number(r[3]), _number(r[4]), _number(r[8])) for r in totals] == [
        ("¥", 27_000, 53_000, 360), ("EUR", 1_000, 1_500, 500)
    ]  # fmt: skip
    tests = [r for r in sheets["Touchpoint metrics"] if len(r) > 11 and r[12] in ("yes", "no")]
    p_values = [_number(r[11]) for r in tests]
    assert p_values == [pytest.approx(0.0029421, abs=1e-7), pytest.approx(0.465744, abs=1e-6),
                        pytest.approx(0.043245, abs=1e-6)]  # fmt: skip

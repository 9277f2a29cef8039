"""The analysts' workbook: written, read back with openpyxl, and its XML inspected."""

from __future__ import annotations

import errno
import json
import math
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from map_factory import generated_map
from openpyxl.workbook.workbook import Workbook

from journey_designer.model import (
    Card,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    MetricKind,
    Provenance,
    Stage,
    SurveySource,
)
from journey_designer.survey.xlsx_export import (
    CARD_COLUMNS,
    MAX_CELL_UTF16,
    METRIC_COLUMNS,
    WorkbookWriteError,
    clean_text,
    ordered_cards,
    write_map_workbook,
)
from journey_designer.templates import new_map_from_template

REPO = Path(__file__).resolve().parents[2]
FORMULA_LIKE = ["=SUM(A1)", "+1", "-x", "@me", "=1+1", "#N/A", '=HYPERLINK("http://x")']


def read_rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    workbook = openpyxl.load_workbook(path)
    rows = list(workbook[sheet].iter_rows(values_only=True))
    header = [str(name) for name in rows[0]]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def sheet_xml(path: Path, sheet_number: int) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{sheet_number}.xml").decode("utf-8")


def small_map() -> JourneyMap:
    """Two stages, two lanes, cards added out of order, metrics manual and from a survey."""
    fixed = datetime(2026, 11, 1, tzinfo=UTC)
    journey = JourneyMap(id="m", title="Test 测试", created=fixed, modified=fixed)
    journey.stages += [Stage(id="s1", name="Discover 发现"), Stage(id="s2", name="Buy 购买")]
    journey.lanes += [
        Lane(id="l-act", kind=LaneKind.ACTIONS, title="Actions"),
        Lane(id="l-met", kind=LaneKind.METRICS, title="Metrics 指标"),
    ]
    journey.survey_sources.append(
        SurveySource(id="src-1", file_name="调查 2026.xlsx", sha256="0" * 64, imported_at=fixed)
    )
    survey = Provenance(kind="survey", source_id="src-1", column="Q3 满意度")
    journey.cards += [
        Card(
            id="c4",
            lane_id="l-met",
            stage_id="s2",
            title="Pay",
            metrics=[
                Metric(
                    kind=MetricKind.NPS,
                    value=30.0,
                    unit="pts",
                    n=10,
                    ci_low=-18.4,
                    ci_high=78.4,
                    scale_min=0,
                    scale_max=10,
                    provenance=survey,
                ),
            ],
        ),
        Card(
            id="c2",
            lane_id="l-act",
            stage_id="s1",
            order=1,
            title="Compare 比较",
            votes=3,
            tags=["web", "价格"],
        ),
        Card(
            id="c1",
            lane_id="l-act",
            stage_id="s1",
            order=0,
            title="Search 搜索",
            text="Looks for reviews\n看评论",
            notes="ask about 价格",
        ),
        Card(
            id="c3",
            lane_id="l-met",
            stage_id="s1",
            title="CSAT",
            metrics=[
                Metric(kind=MetricKind.CSAT, label="满意度", value=82.5, unit="%", n=240),
                Metric(
                    kind=MetricKind.MEAN,
                    value=4.1,
                    scale_min=1,
                    scale_max=5,
                    ci_low=3.9,
                    ci_high=4.3,
                    provenance=survey,
                ),
            ],
        ),
    ]
    return journey


# --- content ----------------------------------------------------------------------------


def test_every_card_appears_once_in_reading_order(tmp_path: Path) -> None:
    journey = generated_map(stages=6, cards_per_cell=2)
    path = tmp_path / "map.xlsx"
    write_map_workbook(journey, path)
    rows = read_rows(path, "Cards")
    expected = [
        card.id
        for stage in journey.stages
        for lane in journey.lanes
        for card in journey.cell_cards(lane.id, stage.id)
    ]
    assert [row["Card ID"] for row in rows] == expected
    assert len(expected) == len(journey.cards)
    assert list(rows[0]) == [column.header for column in CARD_COLUMNS]


def test_card_and_metric_rows(tmp_path: Path) -> None:
    path = tmp_path / "map.xlsx"
    write_map_workbook(small_map(), path)
    cards = read_rows(path, "Cards")
    assert [row["Card ID"] for row in cards] == ["c1", "c2", "c3", "c4"]
    first = cards[0]
    place = (first["Stage"], first["Lane"], first["Lane kind"])
    assert place == ("Discover 发现", "Actions", "actions")
    assert first["Text"] == "Looks for reviews\n看评论"
    assert first["Notes"] == "ask about 价格"
    assert (cards[1]["Tags"], cards[1]["Votes"]) == ("web, 价格", 3)

    metrics = read_rows(path, "Metrics")
    assert list(metrics[0]) == [column.header for column in METRIC_COLUMNS]
    assert [(row["Card title"], row["Metric kind"]) for row in metrics] == [
        ("CSAT", "csat"),
        ("CSAT", "mean"),
        ("Pay", "nps"),
    ]
    csat, mean, nps = metrics
    assert (csat["Label"], csat["Value"], csat["Unit"], csat["n"]) == ("满意度", 82.5, "%", 240)
    assert (csat["CI low"], csat["CI high"], csat["Scale"]) == (None, None, None)
    assert (csat["Source"], csat["Survey column"]) == ("manual", None)
    assert (mean["Scale"], mean["CI low"], mean["CI high"]) == ("1–5", 3.9, 4.3)
    assert (mean["Source"], mean["Survey column"]) == ("调查 2026.xlsx", "Q3 满意度")
    assert (nps["Stage"], nps["Lane"], nps["Value"], nps["Scale"]) == (
        "Buy 购买",
        "Metrics 指标",
        30,
        "0–10",
    )


def test_numbers_are_numbers_with_formats(tmp_path: Path) -> None:
    path = tmp_path / "map.xlsx"
    write_map_workbook(small_map(), path)
    sheet = openpyxl.load_workbook(path)["Metrics"]
    headers = [cell.value for cell in sheet[1]]
    for name in ("Value", "n", "CI low", "CI high"):
        cell = sheet.cell(row=4, column=headers.index(name) + 1)  # the NPS: all four set
        assert cell.data_type == "n"
        assert isinstance(cell.value, int | float)
        assert cell.number_format != "General"
    votes = openpyxl.load_workbook(path)["Cards"].cell(row=3, column=11)
    assert (votes.value, votes.data_type) == (3, "n")


def test_header_is_bold_frozen_and_filtered(tmp_path: Path) -> None:
    path = tmp_path / "map.xlsx"
    write_map_workbook(small_map(), path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Cards", "Metrics"]
    for sheet in workbook:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
        last_column = sheet.cell(1, sheet.max_column).column_letter
        assert sheet.auto_filter.ref == f"A1:{last_column}{sheet.max_row}"
        widths = [sheet.column_dimensions[cell.column_letter].width for cell in sheet[1]]
        assert all(6 <= width <= 60 for width in widths)


def test_chinese_template_round_trips(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "zh")
    path = tmp_path / "旅程.xlsx"
    write_map_workbook(journey, path)
    rows = read_rows(path, "Cards")
    by_id = {card.id: card for card in journey.cards}
    assert len(rows) == len(journey.cards)
    for row in rows:
        card = by_id[row["Card ID"]]
        assert (row["Title"] or "") == card.title
        assert (row["Text"] or "") == card.text
    assert rows[0]["Stage"] == journey.stages[0].name
    metrics = read_rows(path, "Metrics")
    assert len(metrics) == sum(len(card.metrics) for card in journey.cards)
    assert any("率" in (row["Label"] or "") for row in metrics)


def test_wide_chinese_text_gets_a_wider_column(tmp_path: Path) -> None:
    journey = small_map()
    journey.cards[1].title = "比较价格" * 5  # 20 CJK characters: 40 cells wide
    path = tmp_path / "map.xlsx"
    write_map_workbook(journey, path)
    sheet = openpyxl.load_workbook(path)["Cards"]
    assert sheet.column_dimensions["D"].width >= 40


# --- safety -------------------------------------------------------------------------------


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    journey = small_map()
    for card, text in zip(journey.cards, FORMULA_LIKE, strict=False):
        card.title = text
    journey.cards[0].text = "-1"
    journey.cards[1].notes = "=cmd|' /C calc'!A0"
    journey.cards[3].metrics[0].label = "@SUM(1)"
    path = tmp_path / "map.xlsx"
    write_map_workbook(journey, path)

    for number in (1, 2):
        xml = sheet_xml(path, number)
        assert "<f>" not in xml and "<f " not in xml
        assert 't="e"' not in xml  # "#N/A" is not turned into an error value
    titles = {row["Card ID"]: row["Title"] for row in read_rows(path, "Cards")}
    assert {titles[card.id] for card in journey.cards} == set(FORMULA_LIKE[:4])
    cards = read_rows(path, "Cards")
    assert "-1" in [row["Text"] for row in cards]
    assert "=cmd|' /C calc'!A0" in [row["Notes"] for row in cards]
    assert "@SUM(1)" in [row["Label"] for row in read_rows(path, "Metrics")]

    sheet = openpyxl.load_workbook(path)["Cards"]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                assert cell.data_type == "s"
                assert cell.quotePrefix  # stays text when a user edits the cell in Excel


def test_error_code_text_is_text(tmp_path: Path) -> None:
    journey = small_map()
    journey.cards[0].title = "#N/A"
    path = tmp_path / "map.xlsx"
    write_map_workbook(journey, path)
    cell = openpyxl.load_workbook(path)["Cards"]["D5"]  # c4 is the last card
    assert (cell.value, cell.data_type) == ("#N/A", "s")


def test_control_characters_are_stripped_not_fatal(tmp_path: Path) -> None:
    journey = small_map()
    journey.cards[2].title = "bell\x07 nul\x00 esc\x1b tab\tok"
    journey.cards[2].notes = "lone surrogate \ud800 and \ufffe"
    path = tmp_path / "map.xlsx"
    write_map_workbook(journey, path)
    row = read_rows(path, "Cards")[0]
    assert row["Title"] == "bell nul esc tab\tok"
    assert row["Notes"] == "lone surrogate  and "


def test_non_finite_numbers_become_empty_cells(tmp_path: Path) -> None:
    journey = small_map()
    journey.cards[0].metrics[0].value = math.nan
    journey.cards[3].metrics[1].ci_high = math.inf
    path = tmp_path / "map.xlsx"
    write_map_workbook(journey, path)
    metrics = read_rows(path, "Metrics")
    assert metrics[1]["CI high"] is None
    assert metrics[2]["Value"] is None


def test_long_text_is_cut_to_excels_limit() -> None:
    assert len(clean_text("a" * 40_000)) == MAX_CELL_UTF16
    astral = clean_text("😀" * 20_000)  # two UTF-16 units each
    assert len(astral.encode("utf-16-le")) // 2 <= MAX_CELL_UTF16
    assert set(astral) == {"😀"}
    assert clean_text("短文本 short") == "短文本 short"


def test_a_card_outside_the_grid_is_listed_last() -> None:
    journey = small_map()
    journey.cards.insert(0, Card(id="stray", lane_id="gone", stage_id="gone"))
    assert [card.id for card in ordered_cards(journey)] == ["c1", "c2", "c3", "c4", "stray"]


# --- atomic write -------------------------------------------------------------------------


def test_failed_save_leaves_the_old_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "map.xlsx"
    write_map_workbook(small_map(), path)
    before = path.read_bytes()

    def full_disk(self: Workbook, target: Any) -> None:
        target.write(b"PK\x03\x04 half a zip")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full_disk)
    with pytest.raises(OSError) as raised:
        write_map_workbook(generated_map(stages=3), path)
    assert isinstance(raised.value, WorkbookWriteError)
    assert raised.value.errno == errno.ENOSPC
    message = str(raised.value)
    assert "\n" not in message
    assert message == (
        "Could not write map.xlsx: No space left on device. The previous file is unchanged."
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.xlsx"]  # no temp file left


def test_a_bug_mid_save_is_raised_as_is_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "map.xlsx"
    path.write_bytes(b"the good file")

    def broken(self: Workbook, target: Any) -> None:
        target.write(b"partial")
        raise RuntimeError("boom")

    monkeypatch.setattr(Workbook, "save", broken)
    with pytest.raises(RuntimeError, match="boom"):
        write_map_workbook(small_map(), path)
    assert path.read_bytes() == b"the good file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.xlsx"]


def test_a_missing_folder_is_a_one_line_os_error(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "map.xlsx"
    with pytest.raises(OSError) as raised:
        write_map_workbook(small_map(), path)
    assert str(raised.value) == "Could not write map.xlsx: No such file or directory."
    assert raised.value.errno == errno.ENOENT


def test_a_folder_in_the_way_is_a_one_line_os_error(tmp_path: Path) -> None:
    path = tmp_path / "map.xlsx"
    path.mkdir()
    (path / "keep").write_text("x")
    with pytest.raises(WorkbookWriteError) as raised:
        write_map_workbook(small_map(), path)
    assert str(raised.value).startswith("Could not write map.xlsx: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.xlsx"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_file_mode_follows_the_umask_or_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "map.xlsx"
    old_umask = os.umask(0o022)
    try:
        write_map_workbook(small_map(), path)
    finally:
        os.umask(old_umask)
    assert path.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
    path.chmod(0o640)
    write_map_workbook(small_map(), path)
    assert path.stat().st_mode & 0o777 == 0o640


# --- start-up cost ------------------------------------------------------------------------


def test_importing_the_exporter_loads_neither_openpyxl_nor_qt() -> None:
    probe = (
        "import sys, json\nimport journey_designer.survey.xlsx_export\n"
        "import journey_designer.survey.stats\nprint(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert not [name for name in loaded if name.startswith(("openpyxl", "PySide6", "shiboken6"))]

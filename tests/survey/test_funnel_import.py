"""Funnel counts and channel costs from a spreadsheet (survey/funnel_import.py) and the
`import-funnel` command: English and Chinese headers, stages by name or number, one-line
problems naming the row, and one undoable edit."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from journey_designer.cli import main
from journey_designer.model import JourneyMap
from journey_designer.storage import load_map, save_map
from journey_designer.survey.cells import SurveyError
from journey_designer.survey.funnel_import import (
    FunnelImportError,
    header_field,
    read_funnel_file,
)
from tests.analytics.marketing_map import marketing_map

Rows = list[list[object]]


def write_csv(path: Path, rows: Rows) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, Rows]) -> Path:
    book = openpyxl.Workbook()
    first = True
    for name, rows in sheets.items():
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        first = False
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def steps_of(journey: JourneyMap, stage_id: str) -> list[tuple[str, int | None]]:
    return [(s.label, s.count) for s in journey.funnel if s.stage_id == stage_id]


def test_english_csv_with_both_tables_stacked(tmp_path: Path) -> None:
    journey = marketing_map()
    path = write_csv(
        tmp_path / "funnel.csv",
        [
            ["Q2 funnel"],
            [],
            ["Stage", "Step", "Count", "Amount (¥)", "Currency"],
            ["Awareness", "Visitors", "25,000", "", ""],
            ["2", "Sign-ups", "1800", "", ""],
            ["2", "Attendees", "N/A", "", ""],
            ["忠诚", "Orders", "20", "600000", "¥"],
            [],
            ["Channel", "Campaign", "Spend", "Revenue", "Customers", "Currency"],
            ["ads", "Spring", "100", "300", "4", "¥"],
            ["seo", "", "", "50", "", ""],
        ],
    )
    imported = read_funnel_file(path, journey)
    assert imported.mapping.funnel is not None and imported.mapping.costs is not None
    assert imported.mapping.funnel.header_row == 2
    assert imported.mapping.funnel.columns == {
        "stage": 0, "label": 1, "count": 2, "amount": 3, "currency": 4
    }  # fmt: skip
    assert imported.mapping.costs.columns["acquisitions"] == 4
    assert imported.stage_ids == ["st-0", "st-1", "st-4"]
    assert [(s.label, s.count, s.amount) for s in imported.steps] == [
        ("Visitors", 25_000, None),
        ("Sign-ups", 1_800, None),
        ("Attendees", None, None),  # "N/A": not known
        ("Orders", 20, 600_000.0),
    ]
    assert [(c.channel, c.cost, c.revenue, c.acquisitions) for c in imported.costs] == [
        ("ads", 100.0, 300.0, 4),
        ("seo", 0.0, 50.0, 0),
    ]
    assert "4 funnel steps in 3 stages; 2 channel cost rows" in imported.summary()

    before = journey.model_dump()
    undo = imported.edit(journey).apply(journey)
    assert steps_of(journey, "st-1") == [("Sign-ups", 1_800), ("Attendees", None)]
    assert steps_of(journey, "st-3") == [("Demos", None), ("Opportunities", 60)]  # kept
    assert steps_of(journey, "st-4") == [("Orders", 20)]
    assert [c.channel for c in journey.channel_costs] == ["ads", "seo"]
    undo.apply(journey)
    assert journey.model_dump() == before


def test_chinese_xlsx_side_by_side_found_on_the_second_sheet(tmp_path: Path) -> None:
    journey = marketing_map()
    path = write_xlsx(
        tmp_path / "漏斗.xlsx",
        {
            "说明": [["本文件给出漏斗与渠道成本"], ["见下一页"]],
            "数据": [
                ["阶段名称", "步骤", "人数", "金额", "货币", None, "渠道", "活动", "成本",
                 "收入", "获客数", "币种"],
                ["Decision", "成交客户", 250, None, None, None, "微信", "春季", 1200, 5000, 30,
                 "¥"],
                [4, "演示", 70, 90000, "¥", None, "抖音", None, "800", "700", "3", "¥"],
            ],
        },
    )  # fmt: skip
    imported = read_funnel_file(path, journey)
    assert imported.mapping.sheet == "数据"
    assert imported.mapping.funnel is not None and imported.mapping.costs is not None
    assert imported.mapping.funnel.columns["currency"] == 4
    assert imported.mapping.costs.columns == {
        "channel": 6, "campaign": 7, "cost": 8, "revenue": 9, "acquisitions": 10, "currency": 11
    }  # fmt: skip
    assert [(s.stage_id, s.label, s.count) for s in imported.steps] == [
        ("st-2", "成交客户", 250),
        ("st-3", "演示", 70),
    ]
    assert imported.steps[1].currency == "¥" and imported.steps[1].amount == 90_000
    assert [(c.channel, c.campaign, c.cost, c.acquisitions) for c in imported.costs] == [
        ("微信", "春季", 1200.0, 30),
        ("抖音", "", 800.0, 3),
    ]


def test_a_costs_only_sheet_leaves_the_funnel_alone(tmp_path: Path) -> None:
    journey = marketing_map()
    path = write_csv(
        tmp_path / "costs.csv",
        [["渠道", "花费", "收入"], ["百度", "10", "20"]],
    )
    imported = read_funnel_file(path, journey)
    assert imported.mapping.funnel is None
    funnel = list(journey.funnel)
    imported.edit(journey).apply(journey)
    assert journey.funnel == funnel
    assert [(c.channel, c.cost, c.revenue) for c in journey.channel_costs] == [("百度", 10.0, 20.0)]


def test_a_missing_stage_label_is_the_stage_name_and_names_match_loosely(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "f.csv",
        [["Stage", "Count"], ["awareness stage", "10"], ["Loyalty", "3"]],
    )
    imported = read_funnel_file(path, marketing_map())
    assert [(s.stage_id, s.label) for s in imported.steps] == [
        ("st-0", "Awareness"),
        ("st-4", "Loyalty 忠诚"),
    ]


def test_bad_rows_are_one_line_problems_naming_the_row(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["Stage", "Step", "Count"],
            ["Awareness", "Visitors", "100"],
            ["Decision", "Customers", "10"],
            ["Checkuot", "Orders", "5"],
            ["Decision", "Demos", "2.5"],
            ["Awareness", "Leads", "lots"],
            ["9", "Other", "1"],
            ["", "Nameless", "1"],
        ],
    )
    with pytest.raises(FunnelImportError) as caught:
        read_funnel_file(path, marketing_map())
    assert caught.value.problems == [
        "Row 4: no stage named 'Checkuot' on the map",
        "Row 5: count '2.5' must be a whole number of 0 or more",
        "Row 6: count 'lots' is not a number",
        "Row 7: no stage number 9 on the map (1 to 5)",
        "Row 8: no stage given",
    ]
    assert str(caught.value) == "Row 4: no stage named 'Checkuot' on the map (and 4 more)"
    assert "\n" not in str(caught.value)


def test_a_sheet_without_a_recognised_header_says_what_to_give(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Name", "Score"], ["a", "1"]])
    with pytest.raises(SurveyError, match="no funnel or costs table found"):
        read_funnel_file(path, marketing_map())


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Stage", "stage"),
        ("阶段名称", "stage"),
        ("Step name", "label"),
        ("名称", "label"),
        ("Visitors", "count"),
        ("数量", "count"),
        ("活动成本", "cost"),
        ("收入金额", "revenue"),
        ("Amount (¥)", "amount"),
        ("客户数", "acquisitions"),
        ("Currency", "currency"),
        ("Campaigns", "campaign"),
    ],
)
def test_header_words(text: str, field: str) -> None:
    found = header_field(text)
    assert found is not None and found[0] == field


def test_cli_import_funnel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    into = tmp_path / "m.journey.json"
    save_map(marketing_map(), into)
    path = write_csv(tmp_path / "f.csv", [["阶段", "数量"], ["1", "30000"]])
    out = tmp_path / "out.journey.json"
    assert main(["import-funnel", str(path), "--into", str(into), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 funnel steps in 1 stages" in printed and "stage=A" in printed
    assert steps_of(load_map(out), "st-0") == [("Awareness", 30_000)]
    # exists without --force; then a bad file: exit 1 with one line
    assert main(["import-funnel", str(path), "--into", str(into), "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    bad = write_csv(tmp_path / "bad.csv", [["Stage", "Count"], ["Nowhere", "1"]])
    args = ["import-funnel", str(bad), "--into", str(into), "-o", str(out), "--force"]
    assert main(args) == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        "journey-designer: Row 2: no stage named 'Nowhere' on the map"
    ]
    with pytest.raises(SystemExit) as usage:
        main(["import-funnel", str(path)])
    assert usage.value.code == 2

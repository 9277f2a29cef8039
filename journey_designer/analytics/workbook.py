"""The marketing workbook (.xlsx) for analysts and marketing teams. No Qt.

Four sheets: "Automation plan" (one row per rule), "Touchpoint metrics" (the cards'
metrics, then the A/B tests' variants with their computed results), "Funnel & ROI" (the
funnel, then ROI per campaign and per channel with totals per currency) and
"Responsibilities" (who owns each touchpoint, pain point, opportunity and rule).

Each table has a bold header row; the sheet's first header row is frozen. Numbers are
stored as numbers with a number format (rates as fractions shown as percentages), and
every text goes through `write_cell`, so map text that looks like a formula stays text.
openpyxl is imported only when a workbook is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from journey_designer.analytics.ab import INTERVAL_LEVEL
from journey_designer.analytics.funnel import analyse_funnel
from journey_designer.analytics.owners import responsibilities
from journey_designer.analytics.report import CardTest, card_tests
from journey_designer.analytics.roi import RoiRow, analyse_costs
from journey_designer.model.entities import Card, JourneyMap
from journey_designer.survey.xlsx_export import (
    COUNT_FORMAT,
    NUMBER_FORMAT,
    CellValue,
    Column,
    Table,
    clean_text,
    fill_tables,
    ordered_cards,
    save_workbook_atomically,
)

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

PERCENT_FORMAT = "0.0%"
P_VALUE_FORMAT = "0.0000"
MONEY_FORMAT = "#,##0.00"
HOURS_FORMAT = "0.##"

SHEETS = ("Automation plan", "Touchpoint metrics", "Funnel & ROI", "Responsibilities")

RULE_COLUMNS = (
    Column("Stage"),
    Column("Rule", wrap=True),
    Column("Trigger"),
    Column("N", NUMBER_FORMAT),
    Column("Condition", wrap=True),
    Column("Wait (hours)", HOURS_FORMAT),
    Column("Segment", wrap=True),
    Column("Action"),
    Column("Channel"),
    Column("Content", wrap=True),
    Column("Goal metric"),
    Column("Goal"),
    Column("Creates touchpoint", wrap=True),
    Column("Personal data"),
    Column("Legal basis"),
    Column("Owner"),
    Column("Department"),
    Column("Card ID"),
)
METRIC_COLUMNS = (
    Column("Stage"),
    Column("Lane"),
    Column("Card", wrap=True),
    Column("Channel"),
    Column("Metric"),
    Column("Label"),
    Column("Value", NUMBER_FORMAT),
    Column("Unit"),
    Column("n", COUNT_FORMAT),
    Column("CI low", NUMBER_FORMAT),
    Column("CI high", NUMBER_FORMAT),
    Column("Card ID"),
)
AB_COLUMNS = (
    Column("Stage"),
    Column("Card", wrap=True),
    Column("Test"),
    Column("Variant"),
    Column("Description", wrap=True),
    Column("Sample size", COUNT_FORMAT),
    Column("Conversions", COUNT_FORMAT),
    Column("Conversion rate", PERCENT_FORMAT),
    Column("Lift vs control", PERCENT_FORMAT),
    Column(f"Lift {INTERVAL_LEVEL:.0%} CI low", PERCENT_FORMAT),
    Column(f"Lift {INTERVAL_LEVEL:.0%} CI high", PERCENT_FORMAT),
    Column("p-value", P_VALUE_FORMAT),
    Column("Significant"),
    Column("Confidence", PERCENT_FORMAT),
    Column("Winner"),
    Column("Card ID"),
)
FUNNEL_COLUMNS = (
    Column("Stage"),
    Column("Step"),
    Column("Count", COUNT_FORMAT),
    Column("Conversion from previous", PERCENT_FORMAT),
    Column("Drop-off", PERCENT_FORMAT),
    Column("Overall conversion", PERCENT_FORMAT),
    Column("Amount", MONEY_FORMAT),
    Column("Average amount", MONEY_FORMAT),
    Column("Currency"),
)
ROI_COLUMNS = (
    Column("Channel"),
    Column("Campaign"),
    Column("Currency"),
    Column("Cost", MONEY_FORMAT),
    Column("Revenue", MONEY_FORMAT),
    Column("Profit", MONEY_FORMAT),
    Column("ROI", PERCENT_FORMAT),
    Column("Acquisitions", COUNT_FORMAT),
    Column("Cost per acquisition", MONEY_FORMAT),
)
OWNER_COLUMNS = (
    Column("What"),
    Column("Stage"),
    Column("Lane"),
    Column("Card", wrap=True),
    Column("Owner"),
    Column("Department"),
    Column("Card ID"),
)


def write_marketing_workbook(journey: JourneyMap, path: Path) -> None:
    """Write the four sheets to `path` (.xlsx) atomically; WorkbookWriteError (an
    OSError with a one-line message) if it cannot be written."""
    save_workbook_atomically(build_marketing_workbook(journey), path)


def build_marketing_workbook(journey: JourneyMap) -> Workbook:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.properties.title = clean_text(journey.title)
    workbook.properties.creator = "Journey Designer"
    cards = ordered_cards(journey)
    names = _Names(journey)
    sheets = {name: workbook.create_sheet(name) for name in SHEETS}
    workbook.remove(workbook.worksheets[0])  # the default empty sheet
    rules = (_rule_row(names, card) for card in cards if card.rule is not None)
    fill_tables(sheets["Automation plan"], [Table("", RULE_COLUMNS, rules)])
    metrics = (_metric_row(names, card, i) for card in cards for i in range(len(card.metrics)))
    tests = (row for test in card_tests(journey) for row in _test_rows(test))
    fill_tables(
        sheets["Touchpoint metrics"],
        [Table("Metrics", METRIC_COLUMNS, metrics), Table("A/B tests", AB_COLUMNS, tests)],
    )
    funnel = analyse_funnel(journey)
    funnel_rows = (
        [row.stage, row.label, row.count, row.conversion, row.drop_off, row.overall,
         row.amount, row.average_amount, row.currency]
        for row in funnel.rows
    )  # fmt: skip
    roi = analyse_costs(journey)
    fill_tables(
        sheets["Funnel & ROI"],
        [
            Table("Funnel", FUNNEL_COLUMNS, funnel_rows),
            Table("ROI per campaign", ROI_COLUMNS, (_roi_row(row) for row in roi.rows)),
            Table(
                "ROI per channel",
                ROI_COLUMNS,
                (_roi_row(row) for row in (*roi.channels, *roi.totals)),
            ),
        ],
    )
    owners = (
        [r.what, r.stage, r.lane, r.title, r.owner, r.department, r.card_id]
        for r in responsibilities(journey)
    )
    fill_tables(sheets["Responsibilities"], [Table("", OWNER_COLUMNS, owners)])
    return workbook


class _Names:
    def __init__(self, journey: JourneyMap) -> None:
        self.stages = {stage.id: stage.name for stage in journey.stages}
        self.lanes = {lane.id: lane.title for lane in journey.lanes}
        self.cards = {card.id: card.title for card in journey.cards}

    def stage(self, card: Card) -> str:
        return self.stages.get(card.stage_id, card.stage_id)


def _rule_row(names: _Names, card: Card) -> list[CellValue]:
    rule = card.rule
    assert rule is not None
    created = rule.creates_card_id
    return [
        names.stage(card),
        card.title,
        rule.trigger.value,
        rule.trigger_value,
        rule.trigger_text,
        rule.wait_hours,
        rule.segment,
        rule.action.value,
        card.channel.name if card.channel else "",
        rule.content,
        rule.goal_metric.value if rule.goal_metric else "",
        rule.goal,
        (names.cards.get(created) or created) if created else "",
        ", ".join(rule.personal_data),
        rule.legal_basis,
        card.owner,
        card.department,
        card.id,
    ]


def _metric_row(names: _Names, card: Card, index: int) -> list[CellValue]:
    metric = card.metrics[index]
    return [
        names.stage(card),
        names.lanes.get(card.lane_id, card.lane_id),
        card.title,
        card.channel.name if card.channel else "",
        metric.kind.value,
        metric.label,
        metric.value,
        metric.unit,
        metric.n,
        metric.ci_low,
        metric.ci_high,
        card.id,
    ]


def _test_rows(test: CardTest) -> list[list[CellValue]]:
    result = test.result
    comparisons = {c.variant: c for c in result.comparisons}
    rows: list[list[CellValue]] = []
    for index, variant in enumerate(result.variants):
        c = comparisons.get(variant.name) if index > 0 else None
        rows.append([
            test.stage, test.card, result.name, variant.name, variant.description,
            variant.sample_size, variant.conversions, variant.rate,
            c.lift if c else None, c.lift_low if c else None, c.lift_high if c else None,
            c.p_value if c else None, ("yes" if c.significant else "no") if c else "control",
            result.confidence, "yes" if result.winner == variant.name else "", test.card_id,
        ])  # fmt: skip
    return rows


def _roi_row(row: RoiRow) -> list[CellValue]:
    return [
        row.channel, row.campaign, row.currency, row.cost, row.revenue, row.profit, row.roi,
        row.acquisitions, row.cpa,
    ]  # fmt: skip

"""The `report` command's figures: the funnel, ROI per channel and the A/B tests. No Qt.

`build_report(journey)` computes everything once; `report_json` gives it to scripts
(rates and ROI as fractions, 0.25 meaning 25%; an undefined figure is null) and
`report_text` prints it as aligned tables for a person (rates as percentages).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from journey_designer.analytics.ab import INTERVAL_LEVEL, ABResult, analyse_test
from journey_designer.analytics.figures import count, p_value, percent
from journey_designer.analytics.funnel import FunnelReport, analyse_funnel
from journey_designer.analytics.roi import TOTAL, RoiReport, RoiRow, analyse_costs
from journey_designer.model.entities import Card, JourneyMap


@dataclass(frozen=True)
class CardTest:
    """An A/B test with the touchpoint card it runs on."""

    card_id: str
    card: str  # the card's title
    stage: str
    result: ABResult


@dataclass(frozen=True)
class Report:
    title: str
    funnel: FunnelReport
    roi: RoiReport
    tests: tuple[CardTest, ...]


def card_tests(journey: JourneyMap) -> list[CardTest]:
    """Each card's A/B test result, cards in reading order (stage, lane, card order)."""
    stages = {stage.id: (i, stage.name) for i, stage in enumerate(journey.stages)}
    lanes = {lane.id: i for i, lane in enumerate(journey.lanes)}
    last = len(stages) + len(lanes)

    def key(card: Card) -> tuple[int, int, int]:
        return stages.get(card.stage_id, (last, ""))[0], lanes.get(card.lane_id, last), card.order

    cards = sorted((c for c in journey.cards if c.ab_test is not None), key=key)
    return [
        CardTest(
            card.id,
            card.title,
            stages.get(card.stage_id, (last, card.stage_id))[1],
            analyse_test(card.ab_test),
        )
        for card in cards
        if card.ab_test is not None
    ]


def build_report(journey: JourneyMap) -> Report:
    return Report(
        journey.title, analyse_funnel(journey), analyse_costs(journey), tuple(card_tests(journey))
    )


# --- JSON ---------------------------------------------------------------------------------


def report_json(report: Report) -> dict[str, Any]:
    """Plain data for `json.dumps`: lists and dicts of str, int, float, bool and None."""
    return {
        "title": report.title,
        "funnel": {
            "steps": [asdict(row) for row in report.funnel.rows],
            "overall_conversion": report.funnel.overall,
            "warnings": list(report.funnel.warnings),
        },
        "roi": {
            "rows": [asdict(row) for row in report.roi.rows],
            "channels": [asdict(row) for row in report.roi.channels],
            "totals": [asdict(row) for row in report.roi.totals],
        },
        "ab_tests": [_test_json(test) for test in report.tests],
    }


def _test_json(test: CardTest) -> dict[str, Any]:
    result = test.result
    return {
        "card_id": test.card_id,
        "card": test.card,
        "stage": test.stage,
        "name": result.name,
        "confidence": result.confidence,
        "alpha": result.alpha,
        "interval_level": INTERVAL_LEVEL,
        "variants": [asdict(v) for v in result.variants],
        "comparisons": [asdict(c) for c in result.comparisons],
        "winner": result.winner,
        "note": result.note,
    }


# --- text ---------------------------------------------------------------------------------


def report_text(report: Report) -> str:
    parts = [one_line(report.title), ""]
    parts += _funnel_text(report.funnel)
    parts += _roi_text(report.roi)
    parts += _tests_text(report.tests)
    return "\n".join(parts).rstrip() + "\n"


def _funnel_text(funnel: FunnelReport) -> list[str]:
    lines = ["Funnel"]
    if not funnel.rows:
        return [*lines, "  (no funnel steps)", ""]
    rows = [
        [row.stage, row.label, count(row.count), percent(row.conversion),
         percent(row.drop_off), percent(row.overall), _money(row.amount, row.currency)]
        for row in funnel.rows
    ]  # fmt: skip
    headers = ["Stage", "Step", "Count", "Conversion", "Drop-off", "Overall", "Amount"]
    lines += table(headers, rows, numeric=range(2, 7))
    lines.append(f"  Overall conversion: {percent(funnel.overall)}")
    lines += [one_line(f"  warning: {warning}") for warning in funnel.warnings]
    return [*lines, ""]


def _roi_text(roi: RoiReport) -> list[str]:
    lines = ["ROI per channel"]
    if not roi.rows:
        return [*lines, "  (no channel costs)", ""]
    headers = ["Channel", "Campaign", "Cost", "Revenue", "Profit", "ROI", "Acquired", "CPA"]
    rows = [_roi_cells(row) for row in roi.rows]
    campaigns = Counter((row.channel, row.currency) for row in roi.rows)
    # A channel's sum where it has several campaigns (the others' rows are their sums).
    rows += [_roi_cells(row) for row in roi.channels if campaigns[row.channel, row.currency] > 1]
    rows += [_roi_cells(row) for row in roi.totals]
    return [*lines, *table(headers, rows, numeric=range(2, 8)), ""]


def _roi_cells(row: RoiRow) -> list[str]:
    return [
        row.channel, row.campaign or ("(all)" if row.channel != TOTAL else ""),
        _money(row.cost, row.currency), _money(row.revenue, row.currency),
        _money(row.profit, row.currency), percent(row.roi), count(row.acquisitions),
        _money(row.cpa, row.currency),
    ]  # fmt: skip


def _tests_text(tests: Sequence[CardTest]) -> list[str]:
    lines = ["A/B tests"]
    if not tests:
        return [*lines, "  (no A/B tests)", ""]
    for test in tests:
        result = test.result
        name = f" – {result.name}" if result.name else ""
        lines.append(one_line(f"  {test.card or test.card_id} ({test.stage}){name}"))
        comparisons = {c.variant: c for c in result.comparisons}
        rows = []
        for variant in result.variants:
            c = comparisons.get(variant.name)
            interval = (
                f"{percent(c.lift_low)} to {percent(c.lift_high)}"
                if c is not None and c.lift_low is not None and c.lift_high is not None
                else ""
            )
            rows.append([
                variant.name, count(variant.sample_size), count(variant.conversions),
                percent(variant.rate), "control" if c is None else percent(c.lift), interval,
                "" if c is None else p_value(c.p_value),
            ])  # fmt: skip
        headers = ["Variant", "n", "Conv.", "Rate", "Lift", f"{INTERVAL_LEVEL:.0%} CI", "p"]
        lines += ["  " + line for line in table(headers, rows, numeric=range(1, 7))]
        verdict = (
            f"winner: {result.winner} (significant at {result.confidence:.1%})"
            if result.winner
            else result.note
        )
        lines += [one_line(f"    {verdict}"), ""]
    return lines


def table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: range | Sequence[int] = ()
) -> list[str]:
    """Aligned columns (numbers right-aligned), two spaces apart, CJK counted double."""
    headers = [one_line(h) for h in headers]
    rows = [[one_line(cell) for cell in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = []
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            gap = " " * (width - display_width(cell))
            padded.append(gap + cell if index in numeric else cell + gap)
        return ("  " + "  ".join(padded)).rstrip()

    return [line(headers), *(line(row) for row in rows)]


def one_line(text: str) -> str:
    """Map text fit for a terminal: line breaks and control characters (escape sequences
    included) become spaces."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _money(value: float | None, currency: str) -> str:
    if value is None:
        return "–"
    sign = "-" if value < 0 else ""
    if currency.isalpha() and currency.isascii():  # a code: -1,200.00 EUR
        return f"{sign}{abs(value):,.2f} {currency}"
    return f"{sign}{currency}{abs(value):,.2f}"  # a sign, or nothing: -¥1,200.00

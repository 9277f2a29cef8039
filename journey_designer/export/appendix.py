"""The appendix: a table of the metrics computed from survey data, with n, CI and source.

One row per survey-measured metric on a card (stage, touchpoint, metric, value, n, 95% CI,
source file and column) and per measured emotion-curve point. Only when the map has survey
data. Cells wrap (long words break between characters, at most `MAX_CELL_LINES` lines);
the table continues over as many pages as it needs, its header row repeated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from journey_designer.export.page_canvas import (
    FAINT,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    SECTION_NOTE_SIZE,
    SECTION_TITLE_SIZE,
    ZEBRA,
    Ink,
    PageCanvas,
    SectionPage,
    line_height,
)
from journey_designer.layout.geometry import Rect
from journey_designer.layout.labels import format_number
from journey_designer.model.entities import JourneyMap, Metric, MetricKind

COLUMNS = ("col_stage", "col_touchpoint", "col_metric", "col_value", "col_n", "col_ci",
           "col_source")  # fmt: skip
WIDTHS = (0.14, 0.19, 0.14, 0.08, 0.06, 0.11, 0.28)  # shares of the table's width
NUMERIC = {3, 4, 5}  # right-aligned columns
BODY_SIZE = 8.5
PADDING = 4.0
MAX_CELL_LINES = 6


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]


def has_survey_data(journey: JourneyMap) -> bool:
    return any(m.provenance.kind == "survey" for c in journey.cards for m in c.metrics) or any(
        curve.source_id for curve in journey.emotion_curves
    )


def appendix_rows(
    journey: JourneyMap, labels: Mapping[str, str], said: Mapping[str, str]
) -> list[Row]:
    """Stage by stage: the cards' survey metrics (lane by lane), then the measured points."""
    sources = {s.id: s.file_name for s in journey.survey_sources}
    lane_rank = {lane.id: i for i, lane in enumerate(journey.lanes)}
    cards = sorted(journey.cards, key=lambda c: (lane_rank.get(c.lane_id, 0), c.order))
    rows: list[Row] = []
    for stage in journey.stages:
        for card in cards:
            if card.stage_id != stage.id:
                continue
            for metric in card.metrics:
                if metric.provenance.kind != "survey":
                    continue
                what = card.title or card.text.split("\n", 1)[0] or "—"
                source = _source(sources, metric.provenance.source_id, metric.provenance.column)
                rows.append(Row((stage.name, what, _metric_name(metric, labels),
                                 _value(metric), _n(metric.n), _ci(metric), source)))  # fmt: skip
        for curve in journey.emotion_curves:
            if not curve.source_id:
                continue
            for point in curve.points:
                if point.stage_id != stage.id:
                    continue
                what = "—"
                if point.card_id:
                    what = next((c.title for c in journey.cards if c.id == point.card_id), "—")
                name = said["curve_point"].format(persona=_persona_name(journey, curve.persona_id))
                source = _source(sources, curve.source_id, point.provenance.column)
                rows.append(Row((stage.name, what, name, number(point.value),
                                 _n(point.n), "", source)))  # fmt: skip
    return rows


def _persona_name(journey: JourneyMap, persona_id: str) -> str:
    return next((p.name for p in journey.personas if p.id == persona_id), persona_id)


def _source(sources: Mapping[str, str], source_id: str | None, column: str | None) -> str:
    name = sources.get(source_id or "", source_id or "")
    return f"{name} · {column}" if column else name


def _metric_name(metric: Metric, labels: Mapping[str, str]) -> str:
    return metric.label or labels.get(f"metric.{metric.kind.value}", metric.kind.value)


def number(value: float) -> str:
    """Up to two decimals, no trailing zeros, thousands grouped: 3.98, 1,234.5, -42.5."""
    text = f"{round(value, 2):,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _value(metric: Metric) -> str:
    text = number(metric.value)
    if metric.kind is MetricKind.NPS and metric.value > 0:
        text = "+" + text
    return f"{text}{metric.unit}" if metric.unit in ("%", "‰") else f"{text} {metric.unit}".strip()


def _n(n: int | None) -> str:
    return "" if n is None else format_number(n)


def _ci(metric: Metric) -> str:
    if metric.ci_low is None or metric.ci_high is None:
        return ""
    return f"[{number(metric.ci_low)}, {number(metric.ci_high)}]"


def plan_appendix(
    journey: JourneyMap,
    ink: Ink,
    area: Rect,
    labels: Mapping[str, str],
    said: Mapping[str, str],
) -> list[SectionPage]:
    rows = appendix_rows(journey, labels, said)
    if not rows:
        return []
    widths = [share * area.width for share in WIDTHS]
    header = _wrapped(ink, tuple(said[key] for key in COLUMNS), widths)
    body = [_wrapped(ink, row.cells, widths) for row in rows]
    pages: list[list[list[list[str]]]] = []
    heading = line_height(SECTION_TITLE_SIZE) + line_height(SECTION_NOTE_SIZE) + 8.0
    room = area.height - heading - _row_height(header)
    current: list[list[list[str]]] = []
    used = 0.0
    for cells in body:
        height = _row_height(cells)
        if current and used + height > room:
            pages.append(current)
            current, used = [], 0.0
        current.append(cells)
        used += height
    pages.append(current)
    sections = []
    for index, chunk in enumerate(pages):
        title = said["appendix" if index == 0 else "appendix_continued"]
        paint = partial(_paint, area, widths, header, chunk, title, said["appendix_note"])
        sections.append(SectionPage(paint, footer=said["appendix"]))
    return sections


def _wrapped(ink: Ink, cells: Sequence[str], widths: Sequence[float]) -> list[list[str]]:
    return [
        ink.wrap(text, width - 2 * PADDING, BODY_SIZE, MAX_CELL_LINES)
        for text, width in zip(cells, widths, strict=True)
    ]


def _row_height(cells: Sequence[Sequence[str]]) -> float:
    return max(1, *(len(lines) for lines in cells)) * line_height(BODY_SIZE) + 2 * PADDING


def _paint(
    area: Rect,
    widths: Sequence[float],
    header: list[list[str]],
    rows: list[list[list[str]]],
    title: str,
    note: str,
    page: PageCanvas,
) -> None:
    y = page.section_heading(area, title, note)
    y += 8.0
    y = _paint_row(page, area.x, y, widths, header, HEADER_FILL, MUTED)
    previous: list[str] | None = None
    for index, cells in enumerate(rows):
        shown = cells
        if cells[0] == previous:  # the stage's name once per group (and at a page's top)
            shown = [[], *cells[1:]]
        previous = cells[0]
        y = _paint_row(page, area.x, y, widths, shown, ZEBRA if index % 2 else None, INK)
    page.line(area.x, y, area.x + sum(widths), y, RULE)


def _paint_row(
    page: PageCanvas,
    x: float,
    top: float,
    widths: Sequence[float],
    cells: list[list[str]],
    fill: str | None,
    colour: str,
) -> float:
    height = _row_height(cells)
    if fill:
        page.rect(Rect(x, top, sum(widths), height), fill=fill)
    left = x
    for column, (lines, width) in enumerate(zip(cells, widths, strict=True)):
        if column in NUMERIC:
            step = line_height(BODY_SIZE)
            baseline = (
                top
                + PADDING
                + page.ink.measurer.ascent * BODY_SIZE
                + (step - (page.ink.measurer.ascent + page.ink.measurer.descent) * BODY_SIZE) / 2
            )
            for line in lines:
                page.text(left + width - PADDING, baseline, line, BODY_SIZE, colour, "right")
                baseline += step
        else:
            page.lines(left + PADDING, top + PADDING, lines, BODY_SIZE,
                       colour if column != 6 else MUTED)  # fmt: skip
        left += width
    page.line(x, top + height, x + sum(widths), top + height, FAINT, 0.3)
    return top + height

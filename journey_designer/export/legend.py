"""The legend: lane kinds and card looks (a small sample map drawn by the map's own renderer),
the emotion scale and what each face means, the emotion curves (estimated, to-be, measured),
and what the metric badges mean.

Items flow down columns (one to three by the page's width) and on to a second page when
a small page needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

from journey_designer.export.page_canvas import (
    ACCENT,
    INK,
    RULE,
    SECTION_TITLE_SIZE,
    Ink,
    PageCanvas,
    SectionPage,
    line_height,
)
from journey_designer.export.words import mood_word
from journey_designer.layout import looks
from journey_designer.layout.geometry import Rect
from journey_designer.model.entities import (
    AutomationRule,
    Card,
    Channel,
    ChannelMode,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    MetricKind,
    Priority,
    Provenance,
    RuleAction,
    RuleTrigger,
    Severity,
    Stage,
)

HEADING_SIZE = 11.5
TEXT_SIZE = 8.5
SWATCH_WIDTH = 64.0
COLUMN_GAP = 24.0
MIN_COLUMN = 250.0
FACE_RADIUS = 6.5
CURVE_COLOUR = "#4C78A8"

# (x, y, scale) -> draws the sample map with its top-left corner at (x, y)
SamplePainter = Callable[[PageCanvas, float, float, float], None]
Swatch = Callable[[PageCanvas, float, float], None]  # (x, y centre): draws the swatch


@dataclass(frozen=True)
class _Item:
    height: float
    paint: Callable[[PageCanvas, float, float, float], None]  # (x, top, width)


def sample_map(journey: JourneyMap, said: Mapping[str, str]) -> JourneyMap:
    """One stage with a card for each kind of lane the map shows, each card saying how that
    kind looks: drawn by the map's renderer, it is the legend's picture of lanes and looks."""
    stage = Stage(id="legend", name=said["legend_sample_stage"], width=260.0)
    lanes: list[Lane] = []
    cards: list[Card] = []
    seen: set[LaneKind] = set()
    for lane in journey.lanes:
        if not lane.visible or lane.kind in seen or lane.kind is LaneKind.EMOTION_CURVE:
            continue
        seen.add(lane.kind)
        lanes.append(Lane(id=f"legend-{lane.kind.value}", kind=lane.kind, title=lane.title))
        cards.extend(_sample_cards(lane.kind, f"legend-{lane.kind.value}", said))
    return JourneyMap(
        id="legend", title="", language=journey.language, stages=[stage], lanes=lanes,
        cards=cards,
    )  # fmt: skip


def _sample_cards(kind: LaneKind, lane_id: str, said: Mapping[str, str]) -> list[Card]:
    def card(order: int, text: str, **extra: object) -> Card:
        return Card.model_validate(
            {"id": f"{lane_id}-{order}", "lane_id": lane_id, "stage_id": "legend",
             "order": order, "title": said[f"lane.{kind.value}"] if order == 0 else "",
             "text": text, **extra}
        )  # fmt: skip

    if kind is LaneKind.PAIN_POINTS:
        return [
            card(0, said["look_pain"], severity=Severity.HIGH),
            card(1, said["look_pain_critical"], severity=Severity.CRITICAL),
        ]
    if kind is LaneKind.OPPORTUNITIES:
        text = f"{said['look_opportunity']}\n{said['look_votes']}"
        return [card(0, text, priority=Priority.HIGH, votes=3)]
    if kind is LaneKind.THOUGHTS:
        return [card(0, said["look_thought"])]
    if kind in (LaneKind.TOUCHPOINTS, LaneKind.CHANNELS):
        channel = Channel(mode=ChannelMode.ONLINE, name="email")
        return [card(0, said["look_touchpoint"], channel=channel)]
    if kind is LaneKind.BACKSTAGE:
        return [card(0, said["look_backstage"])]
    if kind is LaneKind.AUTOMATION:  # its arrow points at the touchpoint sample, if shown
        rule = AutomationRule(
            trigger=RuleTrigger.CART_ABANDONED, wait_hours=1, action=RuleAction.SEND_EMAIL,
            creates_card_id="legend-touchpoints-0", personal_data=["email"],
            legal_basis="consent",
        )  # fmt: skip
        return [card(0, said["look_rule"], rule=rule)]
    if kind is LaneKind.CONTENT:
        return [card(0, said["look_content"], link="https://example.com/guide")]
    if kind is LaneKind.METRICS:
        survey = Provenance(kind="survey", source_id="legend")
        return [
            card(0, said["metric_measured"], metrics=[
                Metric(kind=MetricKind.NPS, value=32, n=412, provenance=survey),
                Metric(kind=MetricKind.CONVERSION, value=3.4, unit="%"),
            ])
        ]  # fmt: skip
    return [card(0, said["look_plain"], owner=said["look_owner"])]


def plan_legend(
    journey: JourneyMap,
    ink: Ink,
    area: Rect,
    said: Mapping[str, str],
    language: str,
    sample: tuple[SamplePainter, float, float] | None = None,
) -> list[SectionPage]:
    """The legend's pages; `sample` is the sample map's painter and its (width, height)."""
    columns = max(1, min(3, int((area.width + COLUMN_GAP) // (MIN_COLUMN + COLUMN_GAP))))
    width = (area.width - (columns - 1) * COLUMN_GAP) / columns
    top = area.y + line_height(SECTION_TITLE_SIZE) + 10.0
    height = area.bottom - top
    sections: list[list[_Item]] = []
    if sample is not None:
        painter, sample_width, sample_height = sample
        heading = _heading(said["legend_lanes"] + " · " + said["legend_cards"])
        room = height - heading.height - 10.0
        scale = min(1.0, width / sample_width, room / max(sample_height, 1.0))
        picture = _Item(sample_height * scale + 10.0,
                        lambda page, x, y, _w: painter(page, x, y, scale))  # fmt: skip
        sections.append([heading, picture])
    sections.append(_emotion_items(journey.emotion_scale, ink, width, said, language))
    sections.append(_curve_items(ink, width, said))
    sections.append(_metric_items(ink, width, said))
    pages: list[list[tuple[float, float, _Item]]] = [[]]
    column, y = 0, top

    def next_column() -> None:
        nonlocal column, y
        column, y = column + 1, top
        if column == columns:
            pages.append([])
            column = 0

    for number, section in enumerate(sections):
        if number == 1 and sample is not None and columns > 1 and column == 0:
            next_column()  # the text sections beside the sample map, not under it
        total = sum(item.height for item in section)
        if y > top and y + total > area.bottom and total <= height:
            next_column()  # a section that fits a column is never split
        for index, item in enumerate(section):
            following = section[index + 1].height if index + 1 < len(section) else 0.0
            if y > top and y + item.height + following * (index == 0) > area.bottom:
                next_column()  # a heading stays with the item after it
            pages[-1].append((area.x + column * (width + COLUMN_GAP), y, item))
            y += item.height
    return [
        SectionPage(partial(_paint_page, area, said["legend"], width, placed), said["legend"])
        for placed in pages
    ]


def _paint_page(
    area: Rect, title: str, width: float, placed: list[tuple[float, float, _Item]], page: PageCanvas
) -> None:
    page.section_heading(area, title)
    for x, y, item in placed:
        item.paint(page, x, y, width)


def _heading(text: str) -> _Item:
    def paint(page: PageCanvas, x: float, y: float, width: float) -> None:
        bottom = page.lines(x, y + 6.0, [page.ink.fit(text, width, HEADING_SIZE)], HEADING_SIZE,
                            ACCENT)  # fmt: skip
        page.line(x, bottom + 1.0, x + width, bottom + 1.0, RULE, 0.5)

    return _Item(line_height(HEADING_SIZE) + 10.0, paint)


def _row(ink: Ink, width: float, text: str, swatch: Swatch) -> _Item:
    lines = ink.wrap(text, width - SWATCH_WIDTH - 6.0, TEXT_SIZE, 4)
    height = max(len(lines) * line_height(TEXT_SIZE), 2 * FACE_RADIUS + 2.0) + 5.0

    def paint(page: PageCanvas, x: float, y: float, _width: float) -> None:
        text_height = len(lines) * line_height(TEXT_SIZE)
        swatch(page, x, y + (height - 5.0) / 2)
        page.lines(x + SWATCH_WIDTH + 6.0, y + (height - 5.0 - text_height) / 2, lines,
                   TEXT_SIZE, INK)  # fmt: skip

    return _Item(height, paint)


def _emotion_items(
    scale: EmotionScale, ink: Ink, width: float, said: Mapping[str, str], language: str
) -> list[_Item]:
    low = looks.scale_value_text(scale.min, scale.min)
    high = looks.scale_value_text(scale.max, scale.min)
    items = [_heading(said["legend_emotion"])]
    items.append(_row(ink, width, said["emotion_scale"].format(low=low, high=high), _nothing))
    span = scale.max - scale.min
    for value in range(scale.max, scale.min - 1, -1):
        mood = (value - scale.min) / span
        text = f"{looks.scale_value_text(value, scale.min)}  {mood_word(mood, language)}"
        items.append(_row(ink, width, text, partial(_face_swatch, mood)))
    return items


def _curve_items(ink: Ink, width: float, said: Mapping[str, str]) -> list[_Item]:
    return [
        _heading(said["legend_curves"]),
        _row(ink, width, said["curve_estimate"], partial(_curve_swatch, "as_is")),
        _row(ink, width, said["curve_to_be"], partial(_curve_swatch, "to_be")),
        _row(ink, width, said["curve_measured"], partial(_curve_swatch, "measured")),
        _row(ink, width, said["curve_disagreement"], _disagreement_swatch),
    ]


def _metric_items(ink: Ink, width: float, said: Mapping[str, str]) -> list[_Item]:
    measured = looks.text_colour("metric_measured")
    typed = looks.text_colour("metric")
    return [
        _heading(said["legend_metrics"]),
        _row(ink, width, said["metric_nps"], partial(_text_swatch, "NPS +32", measured)),
        _row(ink, width, said["metric_csat"], partial(_text_swatch, "CSAT 81%", measured)),
        _row(ink, width, said["metric_ces"], partial(_text_swatch, "CES 2.4", measured)),
        _row(ink, width, said["metric_satisfaction"], partial(_text_swatch, "3.9", measured)),
        _row(ink, width, said["metric_n"], partial(_text_swatch, "n=412", measured)),
        _row(ink, width, said["metric_measured"], partial(_text_swatch, "3.4%", typed)),
    ]


def _nothing(page: PageCanvas, x: float, y: float) -> None:
    pass


def _text_swatch(text: str, colour: str, page: PageCanvas, x: float, y: float) -> None:
    size = TEXT_SIZE
    baseline = y + (page.ink.measurer.ascent - page.ink.measurer.descent) * size / 2
    page.text(x, baseline, page.ink.fit(text, SWATCH_WIDTH, size), size, colour)


def draw_face(page: PageCanvas, x: float, y: float, radius: float, mood: float, ring: str) -> None:
    """The canvas's face for a mood (0 = the bottom of the scale, 1 = the top), at (x, y)."""
    face = looks.face(x, y, radius, mood)
    c = page.canvas
    c.saveState()
    c.setLineWidth(face.ring_width)
    c.setStrokeColor(ring)
    c.setFillColor(face.fill)
    c.circle(x, page.height - y, radius, stroke=1, fill=1)
    c.setFillColor(looks.FACE_INK)
    for ex, ey in face.eyes:
        c.circle(ex, page.height - ey, face.eye_radius, stroke=0, fill=1)
    x0, y0, qx, qy, x1, y1 = face.mouth
    path = c.beginPath()
    path.moveTo(x0, page.height - y0)
    # the quadratic mouth as a cubic: control points two thirds of the way to (qx, qy)
    path.curveTo(x0 + 2 * (qx - x0) / 3, page.height - (y0 + 2 * (qy - y0) / 3),
                 x1 + 2 * (qx - x1) / 3, page.height - (y1 + 2 * (qy - y1) / 3),
                 x1, page.height - y1)  # fmt: skip
    c.setStrokeColor(looks.FACE_INK)
    c.setLineWidth(face.mouth_width)
    c.setLineCap(1)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _face_swatch(mood: float, page: PageCanvas, x: float, y: float) -> None:
    ring = looks.darker(CURVE_COLOUR, looks.POINT_RING_DARKER)
    draw_face(page, x + SWATCH_WIDTH / 2, y, FACE_RADIUS, mood, ring)


def _curve_swatch(variant: str, page: PageCanvas, x: float, y: float) -> None:
    c = page.canvas
    c.saveState()
    c.setStrokeColor(CURVE_COLOUR)
    c.setLineWidth(looks.CURVE_WIDTH)
    c.setLineCap(1)
    if variant == "to_be":
        c.setDash([d * looks.CURVE_WIDTH for d in looks.TO_BE_DASHES])
    elif variant == "measured":
        c.setDash([d * looks.CURVE_WIDTH for d in looks.MEASURED_DASHES])
    c.line(x + 2, page.height - y, x + SWATCH_WIDTH - 2, page.height - y)
    c.restoreState()
    middle = x + SWATCH_WIDTH / 2
    if variant == "as_is":
        ring = looks.darker(CURVE_COLOUR, looks.POINT_RING_DARKER)
        draw_face(page, middle, y, FACE_RADIUS * 0.8, 0.75, ring)
    elif variant == "measured":
        side = FACE_RADIUS * looks.MEASURED_SIDE * 0.8
        page.rect(Rect(middle - side / 2, y - side / 2, side, side), fill=CURVE_COLOUR,
                  stroke="#FFFFFF", line_width=looks.MEASURED_RING_WIDTH)  # fmt: skip
    else:
        radius = FACE_RADIUS * looks.TO_BE_POINT
        page.circle(middle, y, radius, "#FFFFFF", CURVE_COLOUR)


def _disagreement_swatch(page: PageCanvas, x: float, y: float) -> None:
    middle = x + SWATCH_WIDTH / 2
    page.line(middle, y - 8, middle, y + 8, looks.DISAGREEMENT, looks.DISAGREEMENT_WIDTH)
    for end in (y - 8, y + 8):
        page.line(middle - 3, end, middle + 3, end, looks.DISAGREEMENT, looks.DISAGREEMENT_WIDTH)

"""The layout engine: a pure function from a journey map to geometry in points.

Stage columns left to right, visible lanes top to bottom; each card's height grows with
its wrapped text and each lane's height fits its tallest cell; emotion-curve lanes get a
plot with the map's scale and a smooth, non-overshooting curve per persona and variant.
A map with a funnel (or channel costs) gets a funnel band between the stage headers and
the lanes (`funnel_band.py`); automation rules get their lines (`marketing.py`) and a
connector to the card they create (`connectors.py`).
Deterministic: the same map, style, labels and measurer give the same layout.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from journey_designer.layout.cache import LayoutCache
from journey_designer.layout.connectors import connectors
from journey_designer.layout.emotion import EmotionPlotter, fit_text
from journey_designer.layout.funnel_band import FunnelBandLayout, has_funnel
from journey_designer.layout.geometry import (
    Badge,
    CardBox,
    EmotionPlot,
    LaneRow,
    MapLayout,
    Rect,
    StageColumn,
    TextLine,
)
from journey_designer.layout.labels import DEFAULT_LABELS, format_metric
from journey_designer.layout.marketing import ab_text, link_host, rule_badges, rule_text
from journey_designer.layout.style import LayoutStyle
from journey_designer.layout.text import TextMeasurer, centred_baseline, wrap_text
from journey_designer.model.entities import Card, JourneyMap, Lane, LaneKind, Stage
from journey_designer.perf import collector_paused


def layout_map(
    journey: JourneyMap,
    measurer: TextMeasurer,
    style: LayoutStyle | None = None,
    labels: Mapping[str, str] | None = None,
    cache: LayoutCache | None = None,
) -> MapLayout:
    """Lay out `journey`. Pass the same `cache` on every layout of one open map (the
    canvas does) and unchanged cards are not measured again."""
    style = style or LayoutStyle()
    labels = {**DEFAULT_LABELS, **(labels or {})}
    if cache is None:
        cache = LayoutCache()
    cache.use_settings(measurer, style, labels, journey.language)
    engine = _Engine(journey, measurer, style, labels, cache)
    with collector_paused():
        layout = engine.run()
    cache.forget_missing({box.card_id for box in layout.cards})
    return layout


class _Engine:
    def __init__(
        self,
        journey: JourneyMap,
        measurer: TextMeasurer,
        style: LayoutStyle,
        labels: Mapping[str, str],
        cache: LayoutCache,
    ) -> None:
        self.journey = journey
        self.measurer = measurer
        self.style = style
        self.labels = labels
        self.cache = cache
        self._plotter = EmotionPlotter(journey, measurer, style, labels)
        # Quotes around thoughts: full-width marks read well in CJK text only.
        self._quotes = ("“", "”") if journey.language.startswith(("zh", "ja")) else ('"', '"')

    def run(self) -> MapLayout:
        style = self.style
        lanes = [lane for lane in self.journey.lanes if lane.visible]
        column_x = self._column_positions()
        header_height, stage_lines = self._stage_headers(column_x)
        cells = self._cards_by_cell()

        y = header_height
        funnel = None
        if has_funnel(self.journey):
            funnel = FunnelBandLayout(self.journey, self.measurer, style, self.labels).band(
                y, column_x
            )
            y = funnel.rect.bottom
        rows: list[LaneRow] = []
        boxes: list[CardBox] = []
        plots: list[EmotionPlot] = []
        for lane in lanes:
            if lane.kind is LaneKind.EMOTION_CURVE:
                row = self._lane_row(lane, y, style.emotion_lane_height)
                header_bottom = max((line.baseline for line in row.lines), default=y)
                plots.append(self._plotter.plot(lane.id, row.rect, header_bottom, column_x))
            else:
                lane_boxes = self._lane_cards(lane, y, column_x, cells)
                tallest = max((b.rect.bottom - y for b in lane_boxes), default=0.0)
                row = self._lane_row(
                    lane, y, max(style.min_lane_height, tallest + style.cell_padding)
                )
                boxes.extend(lane_boxes)
            rows.append(row)
            y = row.rect.bottom

        width = style.lane_header_width + sum(s.width for s in self.journey.stages)
        stages = tuple(
            StageColumn(
                stage_id=stage.id,
                header=Rect(column_x[stage.id], 0.0, stage.width, header_height),
                column=Rect(column_x[stage.id], header_height, stage.width, y - header_height),
                fill=stage.colour,
                lines=stage_lines[stage.id],
            )
            for stage in self.journey.stages
        )
        corner = Rect(0.0, 0.0, style.lane_header_width, header_height)
        by_id = {box.card_id: box for box in boxes}
        order = {stage.id: i for i, stage in enumerate(self.journey.stages)}
        arrows = connectors(self.journey.cards, by_id, order, style, width)
        return MapLayout(
            width, y, corner, stages, tuple(rows), tuple(boxes), tuple(plots), arrows, funnel
        )

    # --- stages and lanes -------------------------------------------------------------

    def _column_positions(self) -> dict[str, float]:
        x = self.style.lane_header_width
        positions = {}
        for stage in self.journey.stages:
            positions[stage.id] = x
            x += stage.width
        return positions

    def _stage_headers(
        self, column_x: Mapping[str, float]
    ) -> tuple[float, dict[str, tuple[TextLine, ...]]]:
        style = self.style
        texts: dict[str, tuple[TextLine, ...]] = {}
        tallest = 0.0
        for stage in self.journey.stages:
            lines, height = self._stage_text(stage, column_x[stage.id])
            texts[stage.id] = lines
            tallest = max(tallest, height)
        return max(style.min_stage_header_height, tallest + style.cell_padding), texts

    def _stage_text(self, stage: Stage, x: float) -> tuple[tuple[TextLine, ...], float]:
        style = self.style
        inner = stage.width - 2 * style.cell_padding
        y = style.cell_padding
        lines: list[TextLine] = []
        y = self._add_lines(
            lines, stage.name, x + style.cell_padding, y, inner, style.stage_size, "stage"
        )
        if stage.goal:
            y += style.paragraph_gap
            y = self._add_lines(
                lines, stage.goal, x + style.cell_padding, y, inner, style.goal_size, "goal"
            )
        return tuple(lines), y

    def _lane_row(self, lane: Lane, y: float, height: float) -> LaneRow:
        style = self.style
        width = style.lane_header_width + sum(s.width for s in self.journey.stages)
        lines: list[TextLine] = []
        inner = style.lane_header_width - 2 * style.cell_padding
        self._add_lines(
            lines,
            lane.title,
            style.cell_padding,
            y + style.cell_padding,
            inner,
            style.lane_size,
            "lane",
        )
        return LaneRow(
            lane_id=lane.id,
            kind=lane.kind,
            rect=Rect(0.0, y, width, height),
            header=Rect(0.0, y, style.lane_header_width, height),
            lines=tuple(lines),
        )

    # --- cards ------------------------------------------------------------------------

    def _cards_by_cell(self) -> dict[tuple[str, str], list[Card]]:
        cells: dict[tuple[str, str], list[Card]] = defaultdict(list)
        for card in self.journey.cards:
            cells[(card.lane_id, card.stage_id)].append(card)
        for cell in cells.values():
            cell.sort(key=lambda c: c.order)
        return cells

    def _lane_cards(
        self,
        lane: Lane,
        top: float,
        column_x: Mapping[str, float],
        cells: Mapping[tuple[str, str], list[Card]],
    ) -> list[CardBox]:
        style = self.style
        boxes: list[CardBox] = []
        for stage in self.journey.stages:
            x = column_x[stage.id] + style.cell_padding
            width = stage.width - 2 * style.cell_padding
            y = top + style.cell_padding
            for card in cells.get((lane.id, stage.id), ()):
                box = self._card_box(card, lane.kind, x, y, width)
                boxes.append(box)
                y = box.rect.bottom + style.card_gap
        return boxes

    def _card_box(self, card: Card, kind: LaneKind, x: float, top: float, width: float) -> CardBox:
        box = self.cache.box_for(card, kind, x, top, width)
        if box is None:
            box = self._measured_card_box(card, kind, x, top, width)
            self.cache.store(card, kind, width, box)
        return box

    def _measured_card_box(
        self, card: Card, kind: LaneKind, x: float, top: float, width: float
    ) -> CardBox:
        style = self.style
        inner_x = x + style.card_padding
        inner = width - 2 * style.card_padding
        lines: list[TextLine] = []
        y = top + style.card_padding
        title = card.title
        if kind is LaneKind.THOUGHTS and title:
            title = f"{self._quotes[0]}{title}{self._quotes[1]}"
        if title:
            y = self._add_lines(lines, title, inner_x, y, inner, style.title_size, "title")
        if card.rule is not None:
            if title:
                y += style.paragraph_gap
            rule = rule_text(card.rule, self.labels)
            y = self._add_lines(lines, rule.headline, inner_x, y, inner, style.rule_size, "rule")
            for detail in rule.details:
                y = self._add_lines(
                    lines, detail, inner_x, y, inner, style.body_size, "rule_detail"
                )
        if card.text:
            if lines:
                y += style.paragraph_gap
            y = self._add_lines(lines, card.text, inner_x, y, inner, style.body_size, "body")
        for metric in card.metrics:
            role = "metric_measured" if metric.provenance.kind == "survey" else "metric"
            y = self._add_lines(
                lines,
                format_metric(metric, self.labels),
                inner_x,
                y,
                inner,
                style.metric_size,
                role,
            )
        ab_state = ""  # the A/B badge's key: "winner" or "open"
        if card.ab_test is not None:
            test = ab_text(card.ab_test, self.labels)
            ab_state = "winner" if test.winner is not None else "open"
            y = self._add_lines(lines, test.rates, inner_x, y, inner, style.metric_size, "metric")
            role = "ab_winner" if test.winner is not None else "ab_open"
            y = self._add_lines(lines, test.verdict, inner_x, y, inner, style.metric_size, role)
        badges, y = self._badges(card, ab_state, inner_x, y, inner)
        height = max(style.min_card_height, y + style.card_padding - top)
        fill = card.colour or style.card_fills.get(kind, "#FFFFFF")
        accent = style.card_accents.get(kind, "#9E9E9E")
        return CardBox(
            card.id,
            card.lane_id,
            card.stage_id,
            kind,
            Rect(x, top, width, height),
            fill,
            accent,
            tuple(lines),
            badges,
            card.votes,
        )

    def _badges(
        self, card: Card, ab_state: str, x: float, y: float, width: float
    ) -> tuple[tuple[Badge, ...], float]:
        wanted: list[tuple[str, str, str]] = []
        labels = self.labels
        if card.channel is not None:
            name = card.channel.name
            wanted.append(("channel", name, labels.get(f"channel.{name}", name)))
        if card.severity is not None:
            wanted.append(
                ("severity", card.severity.value, labels[f"severity.{card.severity.value}"])
            )
        if card.priority is not None:
            wanted.append(
                ("priority", card.priority.value, labels[f"priority.{card.priority.value}"])
            )
        if ab_state:
            wanted.append(("ab", ab_state, labels["ab.badge"]))
        if card.link.strip():
            wanted.append(("link", card.link.strip(), link_host(card.link)))
        if card.rule is not None:
            wanted.extend(rule_badges(card.rule, labels))
        if card.owner:
            wanted.append(("owner", card.owner, card.owner))
        if card.department:
            wanted.append(("department", card.department, card.department))
        if not wanted:
            return (), y
        style = self.style
        size = style.badge_size
        top = y + style.paragraph_gap
        left = x
        badges: list[Badge] = []
        padding = 2 * style.badge_padding
        for kind, key, whole in wanted:
            room = width - (left - x)
            if left > x and self.measurer.advance(whole) * size + padding > room:
                left = x  # a new row of badges, rather than a badge cut short at the end
                top += style.badge_height + style.badge_gap
                room = width
            text = fit_text(whole, room - padding, size, self.measurer)  # only when too wide
            badge_width = self.measurer.advance(text) * size + padding
            rect = Rect(left, top, badge_width, style.badge_height)
            baseline = centred_baseline(top, style.badge_height, size, self.measurer)
            line = TextLine(text, left + style.badge_padding, baseline, size, "badge")
            badges.append(Badge(kind, key, text, rect, line))
            left += badge_width + style.badge_gap
        return tuple(badges), top + style.badge_height

    def _add_lines(
        self,
        lines: list[TextLine],
        text: str,
        x: float,
        y: float,
        width: float,
        size: float,
        role: str,
    ) -> float:
        """Wrap `text` into `lines` from top `y`; returns the y below the last line."""
        line_height = size * self.style.line_spacing
        for piece in wrap_text(text, width, size, self.measurer):
            baseline = centred_baseline(y, line_height, size, self.measurer)
            lines.append(TextLine(piece, x, baseline, size, role))
            y += line_height
        return y

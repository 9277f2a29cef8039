"""The emotion-curve lane: the scale grid, one smooth curve per persona and variant, the
points' labels placed so that they do not collide, and a legend in the lane header.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from journey_designer.layout.geometry import (
    CurveLayout,
    CurvePoint,
    Disagreement,
    EmotionPlot,
    LegendEntry,
    Rect,
    TextLine,
)
from journey_designer.layout.style import LayoutStyle
from journey_designer.layout.text import TextMeasurer, centred_baseline, wrap_text
from journey_designer.model.entities import CurveVariant, EmotionPoint, JourneyMap

# The measured curve and the estimate disagree at a stage when they are this share of the
# scale apart: one step of the five-step -2..+2 scale.
DISAGREEMENT_SHARE = 0.25

Segment = tuple[float, float, float, float, float, float, float, float]


@dataclass(frozen=True)
class _Label:
    """A label still to be placed: its wrapped lines and the size of their block."""

    pieces: tuple[str, ...]
    width: float
    height: float


class EmotionPlotter:
    def __init__(
        self,
        journey: JourneyMap,
        measurer: TextMeasurer,
        style: LayoutStyle,
        labels: Mapping[str, str],
    ) -> None:
        self.journey = journey
        self.measurer = measurer
        self.style = style
        self.labels = labels

    def plot(
        self, lane_id: str, lane_rect: Rect, header_bottom: float, column_x: Mapping[str, float]
    ) -> EmotionPlot:
        style = self.style
        scale = self.journey.emotion_scale
        width = sum(s.width for s in self.journey.stages)
        area = Rect(
            style.lane_header_width,
            lane_rect.y + style.plot_margin,
            width,
            lane_rect.height - 2 * style.plot_margin,
        )
        span = scale.max - scale.min

        def y_of(value: float) -> float:
            return area.bottom - (value - scale.min) / span * area.height

        step = 1 if span <= 10 else 2
        grid = tuple((v, y_of(v)) for v in range(scale.min, scale.max + 1, step))
        colours = {p.id: p.colour for p in self.journey.personas}
        placed = [
            self._raw_points(curve.points, column_x, y_of) for curve in self.journey.emotion_curves
        ]
        with_labels = self._place_labels(placed, lane_rect, area)
        curves = tuple(
            CurveLayout(
                curve.id,
                curve.persona_id,
                curve.variant,
                colours.get(curve.persona_id, "#4C78A8"),
                points,
                smooth_segments([(p.x, p.y) for p in points]),
                curve.source_id is not None,
            )
            for curve, points in zip(self.journey.emotion_curves, with_labels, strict=True)
        )
        legend = self._legend(curves, lane_rect, header_bottom)
        flags = disagreements(curves, span * DISAGREEMENT_SHARE)
        return EmotionPlot(lane_id, area, scale.min, scale.max, grid, curves, legend, flags)

    def _raw_points(
        self,
        points: list[EmotionPoint],
        column_x: Mapping[str, float],
        y_of: Callable[[float], float],
    ) -> list[tuple[CurvePoint, EmotionPoint]]:
        """Points in stage order; a stage's points on cards spread across its column."""
        card_order = {c.id: (c.order, c.id) for c in self.journey.cards}
        by_stage: dict[str, list[EmotionPoint]] = defaultdict(list)
        for point in points:
            by_stage[point.stage_id].append(point)
        result = []
        for stage in self.journey.stages:
            stage_points = sorted(
                by_stage.get(stage.id, []),
                key=lambda p: (p.card_id is not None, card_order.get(p.card_id or "", (0, ""))),
            )
            for i, point in enumerate(stage_points):
                x = column_x[stage.id] + stage.width * (i + 1) / (len(stage_points) + 1)
                y = y_of(point.value)
                measured = point.provenance.kind == "survey"
                raw = CurvePoint(stage.id, point.card_id, x, y, point.value, point.n, measured, ())
                result.append((raw, point))
        return result

    def _place_labels(
        self,
        curves: list[list[tuple[CurvePoint, EmotionPoint]]],
        lane: Rect,
        area: Rect,
    ) -> list[tuple[CurvePoint, ...]]:
        """Give each point its label where it hits no other label and no point.

        Tried in order: the preferred side (above a point in the lower half of the plot,
        else below), the other side, right and left of the point, then one block further
        out above and below. When all collide, the first that fits the lane is used
        anyway: a label is never dropped.
        """
        radius = self.style.point_radius
        obstacles = [
            Rect(p.x - radius, p.y - radius, 2 * radius, 2 * radius)
            for curve in curves
            for p, _ in curve
        ]
        widths = {s.id: s.width for s in self.journey.stages}
        result = []
        for curve in curves:
            points = []
            for raw, point in curve:
                if not point.label:
                    points.append(raw)
                    continue
                per_stage = sum(1 for p, _ in curve if p.stage_id == raw.stage_id)
                label = self._wrap_label(point.label, widths[raw.stage_id] / per_stage - 8)
                rect = self._best_spot(raw, label, lane, area, obstacles)
                obstacles.append(rect)
                points.append(_with_label(raw, self._label_lines(label, rect)))
            result.append(tuple(points))
        return result

    def _wrap_label(self, text: str, room: float) -> _Label:
        size = self.style.point_label_size
        pieces = tuple(wrap_text(text, max(40.0, room), size, self.measurer)[:2])
        width = max(self.measurer.advance(piece) for piece in pieces) * size
        return _Label(pieces, width, size * self.style.line_spacing * len(pieces))

    def _best_spot(
        self, point: CurvePoint, label: _Label, lane: Rect, area: Rect, obstacles: list[Rect]
    ) -> Rect:
        gap = self.style.point_radius + 2
        above = [point.y - gap - label.height, point.y - gap - 2 * label.height - 1]
        below = [point.y + gap, point.y + gap + label.height + 1]
        lower_half = point.y > area.y + area.height / 2
        first, second = (above, below) if lower_half else (below, above)
        centred = min(max(point.x - label.width / 2, area.x + 2), area.right - label.width - 2)
        beside = point.y - label.height / 2
        spots = [
            (centred, first[0]),
            (centred, second[0]),
            (point.x + gap, beside),
            (point.x - gap - label.width, beside),
            (centred, first[1]),
            (centred, second[1]),
        ]
        candidates = [
            Rect(left, top, label.width, label.height)
            for left, top in spots
            if lane.y + 1 <= top
            and top + label.height <= lane.bottom - 1
            and area.x <= left
            and left + label.width <= area.right
        ]
        for rect in candidates:
            if not any(_overlaps(rect, other) for other in obstacles):
                return rect
        return candidates[0] if candidates else Rect(centred, first[0], label.width, label.height)

    def _label_lines(self, label: _Label, rect: Rect) -> tuple[TextLine, ...]:
        size = self.style.point_label_size
        line_height = size * self.style.line_spacing
        centre = rect.x + rect.width / 2
        lines = []
        for i, piece in enumerate(label.pieces):
            width = self.measurer.advance(piece) * size
            baseline = centred_baseline(rect.y + i * line_height, line_height, size, self.measurer)
            lines.append(TextLine(piece, centre - width / 2, baseline, size, "label"))
        return tuple(lines)

    def _legend(
        self, curves: tuple[CurveLayout, ...], lane: Rect, top: float
    ) -> tuple[LegendEntry, ...]:
        """One entry per curve in the lane header: a line swatch, the persona and variant."""
        style = self.style
        names = {p.id: p.name for p in self.journey.personas}
        size = style.legend_size
        line_height = size * style.line_spacing
        x = style.cell_padding
        text_x = x + style.legend_swatch + 4
        room = style.lane_header_width - text_x - style.cell_padding
        entries = []
        y = top + style.paragraph_gap
        for curve in curves:
            if y + line_height > lane.bottom - style.cell_padding:
                break  # the header is full; the curves are still drawn
            key = "curve.measured" if curve.measured else f"curve.{curve.variant.value}"
            variant = self.labels.get(key, curve.variant.value)
            text = fit_text(
                f"{names.get(curve.persona_id, '?')} · {variant}", room, size, self.measurer
            )
            baseline = centred_baseline(y, line_height, size, self.measurer)
            swatch = Rect(x, y + line_height / 2, style.legend_swatch, 0.0)
            line = TextLine(text, text_x, baseline, size, "legend")
            entries.append(
                LegendEntry(
                    curve.curve_id,
                    curve.persona_id,
                    curve.variant,
                    curve.colour,
                    swatch,
                    line,
                    curve.measured,
                )
            )
            y += line_height
        return tuple(entries)


def disagreements(curves: tuple[CurveLayout, ...], threshold: float) -> tuple[Disagreement, ...]:
    """Stages where a persona's measured curve and its as-is estimate are `threshold` or
    more apart (stage-level points only: card points have no counterpart to compare)."""
    estimates = {
        c.persona_id: {p.stage_id: p for p in c.points if p.card_id is None}
        for c in curves
        if not c.measured and c.variant is CurveVariant.AS_IS
    }
    found = []
    for curve in curves:
        if not curve.measured:
            continue
        estimate = estimates.get(curve.persona_id, {})
        for point in curve.points:
            other = estimate.get(point.stage_id)
            if other is None or point.card_id is not None:
                continue
            if abs(point.value - other.value) >= threshold - 1e-9:
                middle = (point.x + other.x) / 2
                found.append(
                    Disagreement(
                        point.stage_id, curve.persona_id, middle,
                        other.y, point.y, other.value, point.value,
                    )
                )  # fmt: skip
    return tuple(found)


def _with_label(point: CurvePoint, lines: tuple[TextLine, ...]) -> CurvePoint:
    return CurvePoint(
        point.stage_id, point.card_id, point.x, point.y, point.value, point.n, point.measured, lines
    )


def _overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def fit_text(text: str, width: float, size: float, measurer: TextMeasurer) -> str:
    """`text` cut with an ellipsis to fit `width` points."""
    if measurer.advance(text) * size <= width:
        return text
    while text and measurer.advance(text + "…") * size > width:
        text = text[:-1]
    return text + "…"


def smooth_segments(points: list[tuple[float, float]]) -> tuple[Segment, ...]:
    """Monotone cubic (Fritsch–Carlson) through the points, as Bézier segments.

    Monotone interpolation never overshoots between two points, so a curve between -2
    and +2 never leaves the scale.
    """
    count = len(points)
    if count < 2:
        return ()
    dx = [points[i + 1][0] - points[i][0] for i in range(count - 1)]
    slopes = [(points[i + 1][1] - points[i][1]) / dx[i] if dx[i] else 0.0 for i in range(count - 1)]
    tangents = [slopes[0]]
    for i in range(1, count - 1):
        if slopes[i - 1] * slopes[i] <= 0:
            tangents.append(0.0)
        else:
            weight_a, weight_b = 2 * dx[i] + dx[i - 1], dx[i] + 2 * dx[i - 1]
            tangents.append(
                (weight_a + weight_b) / (weight_a / slopes[i - 1] + weight_b / slopes[i])
            )
    tangents.append(slopes[-1])
    segments = []
    for i in range(count - 1):
        (x0, y0), (x1, y1) = points[i], points[i + 1]
        third = dx[i] / 3
        segments.append(
            (
                x0,
                y0,
                x0 + third,
                y0 + tangents[i] * third,
                x1 - third,
                y1 - tangents[i + 1] * third,
                x1,
                y1,
            )
        )
    return tuple(segments)

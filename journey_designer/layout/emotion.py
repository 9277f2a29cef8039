"""The emotion-curve lane: the scale grid, one smooth curve per persona and variant, the
points' labels placed so that they do not collide (`emotion_labels.py`), and a legend in
the lane header. A measured point that would sit on another curve's marker is drawn just
right of it, so its square does not hide the face under it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from journey_designer.layout import looks
from journey_designer.layout.emotion_labels import (
    MAX_LINES,
    Bounds,
    LabelShape,
    Obstacles,
    best_spot,
)
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

# A narrower wrap of a label that collides: these shares of its widest line.
NARROWER_WRAPS = (0.6, 0.4)


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
        self._clear_measured(placed)
        bare = tuple(
            CurveLayout(
                curve.id,
                curve.persona_id,
                curve.variant,
                "",
                tuple(point for point, _ in raw),
                (),
                curve.source_id is not None,
            )
            for curve, raw in zip(self.journey.emotion_curves, placed, strict=True)
        )
        flags = disagreements(bare, span * DISAGREEMENT_SHARE)  # the labels keep off them
        with_labels = self._place_labels(placed, lane_rect, area, flags)
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

    def _clear_measured(self, curves: list[list[tuple[CurvePoint, EmotionPoint]]]) -> None:
        """Move each measured point right of the other curves' markers it would cover."""
        radius = self.style.point_radius
        half = radius * looks.MEASURED_SIDE / 2 + looks.MEASURED_RING_WIDTH / 2
        reach = radius + half  # a face's radius and half the square, ring included
        others: dict[str, list[CurvePoint]] = defaultdict(list)
        for curve in curves:
            for raw, _ in curve:
                if not raw.measured:
                    others[raw.stage_id].append(raw)
        for curve in curves:
            for i, (raw, point) in enumerate(curve):
                if not raw.measured:
                    continue
                x = raw.x
                for other in sorted(others[raw.stage_id], key=lambda p: p.x):
                    if abs(other.x - x) < reach and abs(other.y - raw.y) < reach:
                        x = other.x + reach + 1.0
                if x != raw.x:
                    curve[i] = (_moved(raw, x), point)

    def _obstacles(
        self, curves: list[list[tuple[CurvePoint, EmotionPoint]]], flags: tuple[Disagreement, ...]
    ) -> Obstacles:
        """What a label must not cover: every point's marker, a measured point's "n=…"
        (as the renderers draw it, right of its square) and the disagreement brackets."""
        radius = self.style.point_radius
        side = radius * looks.MEASURED_SIDE
        size = looks.MEASURED_TEXT_SIZE
        found = Obstacles()
        for curve in curves:
            for p, _ in curve:
                found.add(Rect(p.x - radius, p.y - radius, 2 * radius, 2 * radius))
                if p.measured and p.n is not None:
                    width = self.measurer.advance(f"n={p.n}") * size + 2.0
                    found.add(Rect(p.x + side / 2 + 1.0, p.y + side / 2 - 4.0, width, 8.0))
        dot = looks.DISAGREEMENT_DOT
        for flag in flags:
            top, bottom = sorted((flag.estimate_y, flag.measured_y))
            middle = (top + bottom) / 2
            top, bottom = min(top, middle - dot), max(bottom, middle + dot)
            found.add(Rect(flag.x - dot, top, 2 * dot, bottom - top))
        return found

    def _place_labels(
        self,
        curves: list[list[tuple[CurvePoint, EmotionPoint]]],
        lane: Rect,
        area: Rect,
        flags: tuple[Disagreement, ...],
    ) -> list[tuple[CurvePoint, ...]]:
        """Give each point its label where it hits no other label, no point and no bracket
        (`emotion_labels.best_spot`); a label is never dropped."""
        radius = self.style.point_radius
        obstacles = self._obstacles(curves, flags)
        bounds = Bounds(lane.y + 1, lane.bottom - 1, area.x, area.right)
        middle = area.y + area.height / 2
        widths = {s.id: s.width for s in self.journey.stages}
        result = []
        for curve in curves:
            points = []
            for raw, point in curve:
                if not point.label:
                    points.append(raw)
                    continue
                per_stage = sum(1 for p, _ in curve if p.stage_id == raw.stage_id)
                shape, narrower = self._wraps(point.label, widths[raw.stage_id] / per_stage - 8)
                spot = best_spot(
                    raw.x, raw.y, shape, narrower, raw.y > middle, radius, bounds, obstacles
                )
                obstacles.add(spot.rect)
                points.append(_with_label(raw, self._label_lines(spot.shape, spot.rect)))
            result.append(tuple(points))
        return result

    def _wraps(self, text: str, room: float) -> tuple[LabelShape, Callable[[], list[LabelShape]]]:
        """The label wrapped to `room` in at most two lines, as it is shown when there is
        space, and a function giving narrower wraps that keep every word (none when the
        first wrap had to cut the text)."""
        size = self.style.point_label_size
        lines = wrap_text(text, max(40.0, room), size, self.measurer)
        first = self._shape(lines[:2])

        def narrower() -> list[LabelShape]:
            shapes = [first]
            for share in NARROWER_WRAPS if len(lines) <= 2 else ():
                wrapped = wrap_text(text, max(40.0, first.width * share), size, self.measurer)
                shape = self._shape(wrapped)
                if len(wrapped) <= MAX_LINES and shape.width < shapes[-1].width * 0.9:
                    shapes.append(shape)
            return shapes[1:]

        return first, narrower

    def _shape(self, pieces: list[str]) -> LabelShape:
        size = self.style.point_label_size
        width = max(self.measurer.advance(piece) for piece in pieces) * size
        return LabelShape(tuple(pieces), width, size * self.style.line_spacing * len(pieces))

    def _label_lines(self, label: LabelShape, rect: Rect) -> tuple[TextLine, ...]:
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


def _moved(point: CurvePoint, x: float) -> CurvePoint:
    return CurvePoint(
        point.stage_id, point.card_id, x, point.y, point.value, point.n, point.measured, ()
    )


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

"""The emotion plot in the PDF, painted as `ui/canvas/emotion_item.py` paints it.

The grid (the neutral value solid, the others dashed), each curve from the layout's Bézier
segments (as-is with its soft area, to-be dashed, measured dotted), faces on as-is points,
rings on to-be points, squares with their n on measured points, the red brackets where
the survey and the estimate disagree, the point labels on their white halo, the scale
values on pills and the legend in the lane header.

The as-is area fades from 34/255 alpha at the plot's top to 0 at its bottom on the canvas
(a QLinearGradient). reportlab has no gradient with alpha, so the area is filled in
horizontal bands of one alpha each, one band per 1/255 of alpha, clipped to the area:
every band is within half a step of the gradient's alpha (under 1/255 of colour).

Lines the canvas draws one device pixel wide whatever the zoom (the grid, the brackets)
are `looks.COSMETIC_WIDTH` points wide here: one pixel at 100 % on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journey_designer.export.pdf_ink import Ink, Pen, add_ellipse, add_quad, add_rounded_rect
from journey_designer.export.pdf_text import TextWriter
from journey_designer.layout import looks
from journey_designer.layout.geometry import CurveLayout, CurvePoint, EmotionPlot, Rect
from journey_designer.model.entities import CurveVariant

# Which x offset (packed stage columns) a stage's marks are drawn at; None: not drawn.
StageShift = Callable[[str], float | None]


def curve_pen(colour: str, variant: CurveVariant, measured: bool) -> Pen:
    dashes: tuple[float, ...] = ()
    if measured:
        dashes = looks.MEASURED_DASHES
    elif variant is CurveVariant.TO_BE:
        dashes = looks.TO_BE_DASHES
    return Pen(colour, looks.CURVE_WIDTH, dashes, cap="round")


class PlotPainter:
    def __init__(self, ink: Ink, text: TextWriter, point_radius: float) -> None:
        self.ink = ink
        self.text = text
        self.radius = point_radius

    # --- before the cells: grid, curves, points, brackets -----------------------------

    def draw_graphics(
        self, plot: EmotionPlot, width: float, columns: list[tuple[Rect, float]] | None
    ) -> None:
        """Everything but the labels and the scale values. `width`: of the drawn area;
        `columns`: the stage columns drawn and their x shift (None: the whole map)."""
        self._grid(plot, width)
        for curve in plot.curves:
            if columns is None:
                self._curve(plot, curve)
                continue
            for column, dx in columns:  # each column's piece of the curve, moved with it
                self.ink.save()
                self.ink.canvas.translate(dx, 0)
                clip = self.ink.path()
                clip.rect(column.x, plot.area.y - 50, column.width, plot.area.height + 100)
                self.ink.clip(clip)
                self._curve(plot, curve)
                self.ink.restore()

    def draw_points(self, plot: EmotionPlot, shift: StageShift) -> None:
        span = plot.scale_max - plot.scale_min
        for curve in plot.curves:
            for point in curve.points:
                dx = shift(point.stage_id)
                if dx is not None:
                    self._point(curve, point, point.x + dx, point.y, span, plot.scale_min)
        measured = {c.persona_id for c in plot.curves if c.measured}
        for flag in plot.disagreements:
            dx = shift(flag.stage_id)
            if dx is not None and flag.persona_id in measured:
                self._bracket(flag.x + dx, flag.estimate_y, flag.measured_y)

    def _grid(self, plot: EmotionPlot, width: float) -> None:
        neutral = looks.neutral_value(plot.scale_min, plot.scale_max)
        solid = Pen(looks.darker(looks.GRID_LINE, looks.NEUTRAL_DARKER), looks.COSMETIC_WIDTH)
        dashed = Pen(looks.GRID_LINE, looks.COSMETIC_WIDTH, looks.GRID_DASHES)
        left = plot.area.x
        for value, y in plot.grid:
            self.ink.line(left, y, left + width, y, solid if value == neutral else dashed)

    def _curve(self, plot: EmotionPlot, curve: CurveLayout) -> None:
        if not curve.segments:
            return
        if curve.variant is CurveVariant.AS_IS and not curve.measured:
            self._area(plot.area, curve)
        path = self.ink.path()
        _add_curve(path, curve)
        self.ink.draw(path, curve_pen(curve.colour, curve.variant, curve.measured))

    def _area(self, area: Rect, curve: CurveLayout) -> None:
        """The as-is curve's soft area down to the plot's bottom, in bands of alpha."""
        ink = self.ink
        outline = ink.path()
        _add_curve(outline, curve)
        first, last = curve.segments[0], curve.segments[-1]
        outline.lineTo(last[6], area.bottom)
        outline.lineTo(first[0], area.bottom)
        outline.close()
        ink.save()
        ink.clip(outline)
        left = min(s[0] for s in curve.segments) - 1
        right = max(s[6] for s in curve.segments) + 1
        steps = looks.AREA_ALPHA
        band = area.height / steps
        for i in range(steps):
            # The gradient's alpha at the band's middle: AREA_ALPHA at the top, 0 at the bottom.
            alpha = looks.AREA_ALPHA * (1 - (i + 0.5) / steps) / 255
            ink.set_fill(curve.colour, alpha)
            ink.canvas.rect(left, area.y + i * band, right - left, band, stroke=0, fill=1)
        ink.restore()

    def _point(
        self, curve: CurveLayout, point: CurvePoint, x: float, y: float, span: int, low: int
    ) -> None:
        ink, radius = self.ink, self.radius
        if point.measured:
            self._measured(curve.colour, point, x, y)
        elif curve.variant is CurveVariant.TO_BE:
            path = ink.path()
            path.circle(x, y, radius * looks.TO_BE_POINT)
            ink.draw(path, Pen(curve.colour, looks.TO_BE_RING_WIDTH), looks.MAP_BACKGROUND)
        else:
            ring = looks.darker(curve.colour, looks.POINT_RING_DARKER)
            self._face(x, y, (point.value - low) / span, ring)

    def _face(self, x: float, y: float, mood: float, ring: str) -> None:
        ink, radius = self.ink, self.radius
        face = looks.face(x, y, radius, mood)
        path = ink.path()
        add_ellipse(path, x, y, radius, radius)
        ink.draw(path, Pen(ring, face.ring_width), face.fill)
        eyes = ink.path()
        for ex, ey in face.eyes:
            add_ellipse(eyes, ex, ey, face.eye_radius, face.eye_radius)
        ink.draw(eyes, fill=looks.FACE_INK)
        mouth = ink.path()
        add_quad(mouth, *face.mouth)
        ink.draw(mouth, Pen(looks.FACE_INK, face.mouth_width, cap="round"))

    def _measured(self, colour: str, point: CurvePoint, x: float, y: float) -> None:
        """A filled square in the curve's colour, with its n beside it on a halo."""
        side = self.radius * looks.MEASURED_SIDE
        path = self.ink.path()
        path.rect(x - side / 2, y - side / 2, side, side)
        self.ink.draw(path, Pen(looks.MAP_BACKGROUND, looks.MEASURED_RING_WIDTH), colour)
        if point.n is None:
            return
        text = f"n={point.n}"
        size = looks.MEASURED_TEXT_SIZE
        width = self.text.measurer.advance(text) * size
        cx, cy = x + side / 2 + 2.0 + width / 2, y + side / 2
        self.ink.fill_rect(cx - width / 2 - 1.0, cy - 4.0, width + 2.0, 8.0, looks.LABEL_HALO)
        self.text.draw_centred(text, cx, cy, size, looks.text_colour("metric_measured"))

    def _bracket(self, x: float, estimate_y: float, measured_y: float) -> None:
        top, bottom = sorted((estimate_y, measured_y))
        pen = Pen(looks.DISAGREEMENT, looks.DISAGREEMENT_WIDTH)
        self.ink.line(x, top, x, bottom, pen)
        self.ink.line(x - 3.0, top, x + 3.0, top, pen)
        self.ink.line(x - 3.0, bottom, x + 3.0, bottom, pen)
        cy = (top + bottom) / 2
        dot = self.ink.path()
        add_ellipse(dot, x, cy, looks.DISAGREEMENT_DOT, looks.DISAGREEMENT_DOT)
        self.ink.draw(dot, fill=looks.DISAGREEMENT)
        self.text.draw_centred("!", x, cy, looks.DISAGREEMENT_TEXT_SIZE, looks.MAP_BACKGROUND)

    # --- in the cells' pass and after -------------------------------------------------

    def draw_labels(self, plot: EmotionPlot, stage_id: str) -> None:
        """The labels of one stage's points (the text order reads stage by stage)."""
        measurer = self.text.measurer
        for curve in plot.curves:
            for point in curve.points:
                if point.stage_id != stage_id or not point.label_lines:
                    continue
                for line in point.label_lines:
                    top = line.baseline - measurer.ascent * line.size
                    height = (measurer.ascent + measurer.descent) * line.size
                    width = self.text.line_width(line)
                    halo = self.ink.path()
                    add_rounded_rect(halo, line.x - 2.0, top, width + 4.0, height, 2.0)
                    self.ink.draw(halo, fill=looks.LABEL_HALO)
                self.text.draw_lines(point.label_lines)

    def draw_scale_values(self, plot: EmotionPlot) -> None:
        x = plot.area.x + looks.SCALE_TEXT_INSET
        width, height = looks.SCALE_PILL
        pen = Pen(looks.GRID_LINE, looks.BORDER_WIDTH)
        for value, y in plot.grid:
            pill = self.ink.path()
            add_rounded_rect(pill, x - width / 2, y - height / 2, width, height, height / 2)
            self.ink.draw(pill, pen, looks.MAP_BACKGROUND)
            text = looks.scale_value_text(value, plot.scale_min)
            self.text.draw_centred(text, x, y, looks.SCALE_TEXT_SIZE, looks.text_colour("goal"))

    def draw_legend(self, plot: EmotionPlot) -> None:
        for entry in plot.legend:
            swatch = entry.swatch
            pen = curve_pen(entry.colour, entry.variant, entry.measured)
            self.ink.line(swatch.x, swatch.y, swatch.right, swatch.y, pen)
            self.text.draw_lines((entry.line,))


def _add_curve(path: Any, curve: CurveLayout) -> None:
    path.moveTo(curve.segments[0][0], curve.segments[0][1])
    for _x0, _y0, c1x, c1y, c2x, c2y, x1, y1 in curve.segments:
        path.curveTo(c1x, c1y, c2x, c2y, x1, y1)

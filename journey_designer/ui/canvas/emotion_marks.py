"""What the emotion plot draws beyond the layout's curves: measured points with their n,
the value of a point being dragged, the mark on the current curve's legend entry."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journey_designer.layout import CurveLayout, CurvePoint, Rect, TextLine, looks
from journey_designer.layout.emotion import smooth_segments
from journey_designer.ui.canvas.palette import MAP_BACKGROUND, SELECTION, qcolor, text_colour
from journey_designer.ui.canvas.text_painter import MapTextPainter

LABEL_HALO = qcolor(looks.LABEL_HALO)
MEASURED_TEXT_SIZE = looks.MEASURED_TEXT_SIZE
VALUE_BUBBLE_SIZE = 9.0
CURRENT_CURVE_FILL = QColor(26, 115, 232, 34)


@dataclass(frozen=True)
class DragPreview:
    """A point being dragged: its curve, its index on the curve and the value it has now."""

    curve_id: str
    index: int
    value: int


def moved_point(curve: CurveLayout, index: int, value: int, y: float) -> CurveLayout:
    """`curve` with its point `index` at `value` (height `y`), its label following it, and
    the smooth path through it again."""
    points = list(curve.points)
    old = points[index]
    dy = y - old.y
    label = tuple(
        TextLine(line.text, line.x, line.baseline + dy, line.size, line.role)
        for line in old.label_lines
    )
    points[index] = CurvePoint(old.stage_id, old.card_id, old.x, y, value, old.n, False, label)
    segments = smooth_segments([(p.x, p.y) for p in points])
    return CurveLayout(
        curve.curve_id, curve.persona_id, curve.variant, curve.colour, tuple(points), segments
    )


def paint_measured(
    painter: QPainter,
    text_painter: MapTextPainter,
    point: CurvePoint,
    colour: QColor,
    radius: float,
    lod: float,
) -> None:
    """A measured value: a filled square in the curve's colour, with its n beside it."""
    side = radius * looks.MEASURED_SIDE
    painter.setPen(QPen(MAP_BACKGROUND, looks.MEASURED_RING_WIDTH))
    painter.setBrush(colour)
    painter.drawRect(QRectF(point.x - side / 2, point.y - side / 2, side, side))
    if point.n is None or MEASURED_TEXT_SIZE * lod < 4.0:
        return
    text = f"n={point.n}"
    width = text_painter.measurer.advance(text) * MEASURED_TEXT_SIZE
    centre = QPointF(point.x + side / 2 + 2.0 + width / 2, point.y + side / 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(LABEL_HALO)
    painter.drawRect(QRectF(centre.x() - width / 2 - 1.0, centre.y() - 4.0, width + 2.0, 8.0))
    text_painter.draw_centred(
        painter, text, centre, MEASURED_TEXT_SIZE, text_colour("metric_measured")
    )


def paint_value_bubble(
    painter: QPainter, text_painter: MapTextPainter, point: CurvePoint, text: str, radius: float
) -> None:
    """The dragged point's value on a blue bubble right of it."""
    size = VALUE_BUBBLE_SIZE
    width = text_painter.measurer.advance(text) * size + size
    centre = QPointF(point.x + radius + 4.0 + width / 2, point.y)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SELECTION)
    bubble = QRectF(centre.x() - width / 2, centre.y() - size * 0.8, width, size * 1.6)
    painter.drawRoundedRect(bubble, size * 0.8, size * 0.8)
    text_painter.draw_centred(painter, text, centre, size, QColor("#FFFFFF"))


def paint_current_mark(
    painter: QPainter, text_painter: MapTextPainter, swatch: Rect, line: TextLine
) -> None:
    """A soft highlight behind the legend entry of the curve that clicks add points to."""
    measurer = text_painter.measurer
    top = line.baseline - measurer.ascent * line.size - 1.5
    height = (measurer.ascent + measurer.descent) * line.size + 3.0
    right = line.x + text_painter.line_width(line) + 3.0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CURRENT_CURVE_FILL)
    painter.drawRoundedRect(QRectF(swatch.x - 3.0, top, right - swatch.x + 3.0, height), 3.0, 3.0)

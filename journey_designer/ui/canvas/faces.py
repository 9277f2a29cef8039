"""A small face for an emotion value: red (worst) to green (best), a frown to a smile.

Its shape is `looks.face` (the PDF draws the same face); this paints it with Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from journey_designer.layout import looks
from journey_designer.ui.canvas.palette import FACE_INK, qcolor

# Below this radius in device pixels the face is a plain coloured dot.
MIN_FACE_PIXELS = 4.0


def draw_face(
    painter: QPainter, centre: QPointF, radius: float, mood: float, ring: QColor, lod: float
) -> None:
    """`mood` runs from 0 (the bottom of the scale) to 1 (the top)."""
    face = looks.face(centre.x(), centre.y(), radius, mood)
    painter.setPen(QPen(ring, face.ring_width))
    painter.setBrush(qcolor(face.fill))
    painter.drawEllipse(centre, radius, radius)
    if radius * lod < MIN_FACE_PIXELS:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(FACE_INK)
    for x, y in face.eyes:
        painter.drawEllipse(QPointF(x, y), face.eye_radius, face.eye_radius)
    pen = QPen(FACE_INK, face.mouth_width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x0, y0, cx, cy, x1, y1 = face.mouth
    mouth = QPainterPath(QPointF(x0, y0))
    mouth.quadTo(QPointF(cx, cy), QPointF(x1, y1))
    painter.drawPath(mouth)


def face_bounds(centre: QPointF, radius: float) -> QRectF:
    outer = radius * 1.2
    return QRectF(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer)

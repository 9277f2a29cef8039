"""A small face for an emotion value: red (worst) to green (best), a frown to a smile."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from journey_designer.ui.canvas.palette import FACE_INK, mood_colour

# Below this radius in device pixels the face is a plain coloured dot.
MIN_FACE_PIXELS = 4.0


def draw_face(
    painter: QPainter, centre: QPointF, radius: float, mood: float, ring: QColor, lod: float
) -> None:
    """`mood` runs from 0 (the bottom of the scale) to 1 (the top)."""
    painter.setPen(QPen(ring, radius * 0.28))
    painter.setBrush(mood_colour(mood))
    painter.drawEllipse(centre, radius, radius)
    if radius * lod < MIN_FACE_PIXELS:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(FACE_INK)
    eye = radius * 0.12
    for side in (-1.0, 1.0):
        painter.drawEllipse(
            QPointF(centre.x() + side * radius * 0.32, centre.y() - radius * 0.22), eye, eye
        )
    painter.setPen(_mouth_pen(radius))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(_mouth(centre, radius, mood))


def _mouth(centre: QPointF, radius: float, mood: float) -> QPainterPath:
    half_width = radius * 0.40
    corners_y = centre.y() + radius * 0.30
    bend = (mood - 0.5) * radius * 0.75  # > 0 smiles (the middle dips), < 0 frowns
    path = QPainterPath(QPointF(centre.x() - half_width, corners_y - bend / 3))
    path.quadTo(
        QPointF(centre.x(), corners_y + bend),
        QPointF(centre.x() + half_width, corners_y - bend / 3),
    )
    return path


def _mouth_pen(radius: float) -> QPen:
    pen = QPen(FACE_INK, radius * 0.13)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def face_bounds(centre: QPointF, radius: float) -> QRectF:
    outer = radius * 1.2
    return QRectF(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer)

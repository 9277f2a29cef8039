"""The card glyphs (channels, warning sign, light bulb) as QPainterPaths, built from the
Qt-free path data in `layout/glyphs.py` (which the PDF draws too), and stroking them.

Each glyph is a line drawing on a 10 x 10 grid, stroked with round caps: crisp at every zoom
and in every export, and no image files to ship.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from journey_designer.layout import glyphs

GRID = glyphs.GRID
STROKE = glyphs.STROKE
CHANNEL_GLYPHS = glyphs.CHANNEL_GLYPHS


@cache
def glyph_path(glyph: glyphs.Glyph) -> QPainterPath:
    """The path data as a QPainterPath (built once per glyph)."""
    path = QPainterPath()
    for op, args in glyph:
        if op == "M":
            path.moveTo(*args)
        elif op == "L":
            path.lineTo(*args)
        elif op == "C":
            path.cubicTo(*args)
        elif op == "Z":
            path.closeSubpath()
        elif op == "E":
            cx, cy, rx, ry = args
            path.addEllipse(QPointF(cx, cy), rx, ry)
        elif op == "R":
            x, y, width, height, radius = args
            path.addRoundedRect(QRectF(x, y, width, height), radius, radius)
        else:
            raise ValueError(f"unknown glyph path command {op!r}")
    return path


def channel_glyph(name: str) -> QPainterPath:
    """The glyph of a channel name on the 10 x 10 grid; a ring for a name not known."""
    return glyph_path(glyphs.channel_glyph(name))


def draw_glyph(painter: QPainter, glyph: QPainterPath, rect: QRectF, colour: QColor) -> None:
    """Stroke `glyph` scaled into the square `rect`."""
    painter.save()
    painter.translate(rect.topLeft())
    scale = min(rect.width(), rect.height()) / GRID
    painter.scale(scale, scale)
    pen = QPen(colour, STROKE)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.drawPath(glyph)
    painter.restore()

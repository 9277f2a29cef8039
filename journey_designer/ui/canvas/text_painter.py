"""Drawing the layout's text lines: the map font, at exactly the layout's baselines and sizes.

Scene units are points. Each line is drawn with the reference font (pixel size 1000,
unhinted, unkerned) under a painter scaled by `line.size / 1000`, so a line is exactly as
wide as the layout measured it (a large size keeps Qt's 1/64-pixel rounding of advances
below 0.001%; at 100 pixels it reached 0.01%). When a line would be too small to read at the current
zoom it is drawn as a grey bar instead ("greeking"): cheaper, and calmer to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from journey_designer.layout import TextLine, TextMeasurer
from journey_designer.ui.canvas.palette import GREEKED_TEXT, text_colour
from journey_designer.ui.qt_measure import REFERENCE_PIXEL_SIZE, reference_font

# Emphasised roles are drawn in a (synthetic) bold weight, which keeps the regular face's
# advance widths, so the layout's line breaks still fit.
BOLD_ROLES = frozenset({"stage", "title", "lane"})
# Below this many device pixels of font size, text is drawn as grey bars.
MIN_READABLE_PIXELS = 4.0


class MapTextPainter:
    def __init__(self, family: str, measurer: TextMeasurer) -> None:
        self.family = family
        self.measurer = measurer
        self._regular = reference_font(family)
        self._bold = QFont(self._regular)
        self._bold.setWeight(QFont.Weight.DemiBold)

    def font_for(self, role: str) -> QFont:
        return self._bold if role in BOLD_ROLES else self._regular

    def draw_lines(
        self,
        painter: QPainter,
        lines: Iterable[TextLine],
        level_of_detail: float,
        colour_for: Callable[[str], QColor] = text_colour,
    ) -> None:
        for line in lines:
            if line.size * level_of_detail < MIN_READABLE_PIXELS:
                self.draw_greeked(painter, line)
            else:
                self.draw_line(painter, line, colour_for(line.role))

    def draw_line(self, painter: QPainter, line: TextLine, colour: QColor) -> None:
        scale = line.size / REFERENCE_PIXEL_SIZE
        painter.save()
        painter.translate(line.x, line.baseline)
        painter.scale(scale, scale)
        painter.setFont(self.font_for(line.role))
        painter.setPen(colour)
        painter.drawText(QPointF(0.0, 0.0), line.text)
        painter.restore()

    def draw_greeked(self, painter: QPainter, line: TextLine) -> None:
        width = self.line_width(line)
        height = line.size * 0.55
        painter.fillRect(QRectF(line.x, line.baseline - height, width, height), GREEKED_TEXT)

    def line_width(self, line: TextLine) -> float:
        return self.measurer.advance(line.text) * line.size

    def draw_centred(
        self, painter: QPainter, text: str, centre: QPointF, size: float, colour: QColor
    ) -> None:
        """A short string centred on a point (scale values, marks); not a layout line."""
        width = self.measurer.advance(text) * size
        baseline = centre.y() + (self.measurer.ascent - self.measurer.descent) * size / 2
        self.draw_line(
            painter, TextLine(text, centre.x() - width / 2, baseline, size, "label"), colour
        )


def no_pen_fill(painter: QPainter, colour: QColor) -> None:
    """Set the painter to fill shapes with `colour` and draw no outline."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)

"""The emotion-curve plot: scale grid with its values, one smooth curve per persona and
variant (to-be dashed), a face on every point and the points' labels, all from the layout."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout import CurveLayout, EmotionPlot, Rect
from journey_designer.model import CurveVariant
from journey_designer.ui.canvas.faces import draw_face
from journey_designer.ui.canvas.map_item import level_of_detail, to_qrect
from journey_designer.ui.canvas.palette import GRID_LINE, MAP_BACKGROUND, text_colour
from journey_designer.ui.canvas.text_painter import MapTextPainter

SCALE_TEXT_SIZE = 7.0
SCALE_TEXT_INSET = 14.0  # from the plot's left edge to the centre of the scale values
CURVE_WIDTH = 2.2
AREA_ALPHA = 34  # the soft fill under an as-is curve, at its top
LABEL_HALO = QColor(255, 255, 255, 210)


class EmotionPlotItem(QGraphicsItem):
    def __init__(
        self, plot: EmotionPlot, lane_rect: Rect, text_painter: MapTextPainter, point_radius: float
    ) -> None:
        super().__init__()
        self.plot = plot
        self.lane_id = plot.lane_id
        self.text_painter = text_painter
        self.point_radius = point_radius
        self._bounds = to_qrect(lane_rect).adjusted(-2.0, -2.0, 2.0, 2.0)
        self._area = to_qrect(plot.area)
        self._paths = [_curve_path(curve) for curve in plot.curves]
        self.setZValue(2.0)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = level_of_detail(painter, option)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_grid(painter)
        for curve, path in zip(self.plot.curves, self._paths, strict=True):
            self._paint_curve(painter, curve, path)
        for curve in self.plot.curves:
            self._paint_points(painter, curve, lod)
        for curve in self.plot.curves:  # labels last: above every curve
            self._paint_labels(painter, curve, lod)
        self._paint_scale_values(painter, lod)
        self._paint_legend(painter, lod)

    def _paint_grid(self, painter: QPainter) -> None:
        neutral = _neutral_value(self.plot.scale_min, self.plot.scale_max)
        for value, y in self.plot.grid:
            pen = QPen(GRID_LINE.darker(115) if value == neutral else GRID_LINE, 1.0)
            if value != neutral:
                pen.setStyle(Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(QLineF(self._area.left(), y, self._area.right(), y))

    def _paint_curve(self, painter: QPainter, curve: CurveLayout, path: QPainterPath) -> None:
        if path.isEmpty():
            return
        colour = QColor(curve.colour)
        if curve.variant is CurveVariant.AS_IS:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_area_gradient(colour, self._area))
            painter.drawPath(_closed_to_bottom(path, self._area.bottom()))
        pen = QPen(colour, CURVE_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if curve.variant is CurveVariant.TO_BE:
            pen.setDashPattern([3.0, 2.0])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_points(self, painter: QPainter, curve: CurveLayout, lod: float) -> None:
        ring = QColor(curve.colour)
        span = self.plot.scale_max - self.plot.scale_min
        for point in curve.points:
            centre = QPointF(point.x, point.y)
            if curve.variant is CurveVariant.TO_BE:
                painter.setPen(QPen(ring, 1.5))
                painter.setBrush(MAP_BACKGROUND)
                painter.drawEllipse(centre, self.point_radius * 0.7, self.point_radius * 0.7)
            else:
                mood = (point.value - self.plot.scale_min) / span
                draw_face(painter, centre, self.point_radius, mood, ring.darker(110), lod)

    def _paint_labels(self, painter: QPainter, curve: CurveLayout, lod: float) -> None:
        """Each label on a soft white halo, so it reads over the grid and the curves."""
        measurer = self.text_painter.measurer
        for point in curve.points:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LABEL_HALO)
            for line in point.label_lines:
                top = line.baseline - measurer.ascent * line.size
                height = (measurer.ascent + measurer.descent) * line.size
                width = self.text_painter.line_width(line)
                painter.drawRoundedRect(QRectF(line.x - 2.0, top, width + 4.0, height), 2.0, 2.0)
            self.text_painter.draw_lines(painter, point.label_lines, lod)

    def _paint_legend(self, painter: QPainter, lod: float) -> None:
        """Which persona and variant each curve is, in the lane header (from the layout)."""
        for entry in self.plot.legend:
            pen = QPen(QColor(entry.colour), CURVE_WIDTH)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if entry.variant is CurveVariant.TO_BE:
                pen.setDashPattern([3.0, 2.0])
            painter.setPen(pen)
            swatch = entry.swatch
            painter.drawLine(QLineF(swatch.x, swatch.y, swatch.right, swatch.y))
            self.text_painter.draw_lines(painter, (entry.line,), lod)

    def _paint_scale_values(self, painter: QPainter, lod: float) -> None:
        symmetric = self.plot.scale_min < 0
        x = self._area.left() + SCALE_TEXT_INSET
        for value, y in self.plot.grid:
            text = f"{value:+d}" if symmetric and value else str(value)
            text = text.replace("-", "\u2212")  # a true minus sign
            pill = QRectF(x - 9.0, y - 5.5, 18.0, 11.0)
            painter.setPen(QPen(GRID_LINE, 0.75))
            painter.setBrush(MAP_BACKGROUND)
            painter.drawRoundedRect(pill, 5.5, 5.5)
            if SCALE_TEXT_SIZE * lod >= 4.0:
                self.text_painter.draw_centred(
                    painter, text, QPointF(x, y), SCALE_TEXT_SIZE, text_colour("goal")
                )


def _neutral_value(scale_min: int, scale_max: int) -> float:
    return 0 if scale_min < 0 else (scale_min + scale_max) / 2


def _curve_path(curve: CurveLayout) -> QPainterPath:
    path = QPainterPath()
    if not curve.segments:
        return path
    path.moveTo(curve.segments[0][0], curve.segments[0][1])
    for _x0, _y0, c1x, c1y, c2x, c2y, x1, y1 in curve.segments:
        path.cubicTo(c1x, c1y, c2x, c2y, x1, y1)
    return path


def _closed_to_bottom(path: QPainterPath, bottom: float) -> QPainterPath:
    area = QPainterPath(path)
    end, start = path.currentPosition(), path.pointAtPercent(0.0)
    area.lineTo(end.x(), bottom)
    area.lineTo(start.x(), bottom)
    area.closeSubpath()
    return area


def _area_gradient(colour: QColor, area: QRectF) -> QLinearGradient:
    gradient = QLinearGradient(0.0, area.top(), 0.0, area.bottom())
    top, bottom = QColor(colour), QColor(colour)
    top.setAlpha(AREA_ALPHA)
    bottom.setAlpha(0)
    gradient.setColorAt(0.0, top)
    gradient.setColorAt(1.0, bottom)
    return gradient

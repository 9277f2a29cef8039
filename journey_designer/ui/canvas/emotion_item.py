"""The emotion-curve plot: scale grid with its values, one smooth curve per persona and
variant (to-be dashed), a face on every point and the points' labels, all from the layout.

Points measured from survey data are filled squares with their n, not faces. The plot's
gestures (drag a point, click to add one, double-click a label, its menu) go to the
scene's plot handler (see `curve_interactions`); while a point is dragged the plot draws
it, its curve and its value where the drag has it.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journey_designer.layout import CurveLayout, CurvePoint, EmotionPlot, Rect, looks
from journey_designer.layout.looks import scale_value_text
from journey_designer.model import CurveVariant
from journey_designer.ui.canvas.curve_interactions import plot_handler
from journey_designer.ui.canvas.emotion_marks import (
    LABEL_HALO,
    DragPreview,
    moved_point,
    paint_current_mark,
    paint_measured,
    paint_value_bubble,
)
from journey_designer.ui.canvas.faces import draw_face
from journey_designer.ui.canvas.header_interactions import DragInteraction
from journey_designer.ui.canvas.map_item import level_of_detail, to_qrect
from journey_designer.ui.canvas.palette import (
    GRID_LINE,
    MAP_BACKGROUND,
    darker,
    qcolor,
    text_colour,
)
from journey_designer.ui.canvas.text_painter import MapTextPainter

SCALE_TEXT_SIZE = looks.SCALE_TEXT_SIZE
SCALE_TEXT_INSET = looks.SCALE_TEXT_INSET  # from the plot's left edge to the values' centre
CURVE_WIDTH = looks.CURVE_WIDTH
AREA_ALPHA = looks.AREA_ALPHA  # the soft fill under an as-is curve, at its top
MEASURED_DASHES = list(looks.MEASURED_DASHES)  # round dots: the measured curve
TO_BE_DASHES = list(looks.TO_BE_DASHES)
DISAGREEMENT = qcolor(looks.DISAGREEMENT)


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
        # Where the plot takes the mouse: the lane right of its header (the legend's place).
        lane = to_qrect(lane_rect)
        self._hit_area = QRectF(self._area.left(), lane.top(), self._area.width(), lane.height())
        self._paths = [_curve_path(curve) for curve in plot.curves]
        self._drag: DragInteraction | None = None
        self.preview: DragPreview | None = None
        self.setZValue(2.0)
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._hit_area)
        return path

    # --- what is where ----------------------------------------------------------------

    def point_at(self, pos: QPointF, tolerance: float) -> tuple[CurveLayout, int] | None:
        """The point nearest `pos` within `tolerance`; of points in one place, the one drawn
        on top (the current curve's)."""
        best: tuple[CurveLayout, int] | None = None
        nearest = tolerance + 1e-9
        for curve, _path in reversed(self._drawing_order()):
            for index, point in enumerate(curve.points):
                distance = QLineF(pos, QPointF(point.x, point.y)).length()
                if distance < nearest - 0.5:  # clearly nearer than the one above it
                    best, nearest = (curve, index), distance
        return best

    def label_rect(self, point: CurvePoint) -> QRectF:
        """Where a point's label is (or would go): for typing it in place."""
        measurer = self.text_painter.measurer
        rect = QRectF()
        for line in point.label_lines:
            top = line.baseline - measurer.ascent * line.size
            height = (measurer.ascent + measurer.descent) * line.size
            rect = rect.united(QRectF(line.x, top, self.text_painter.line_width(line), height))
        if rect.isNull():
            rect = QRectF(point.x - 50.0, point.y + self.point_radius + 3.0, 100.0, 11.0)
        return rect.adjusted(-4.0, -2.0, 4.0, 2.0)

    # --- a point being dragged --------------------------------------------------------

    def show_drag(self, curve_id: str, index: int, value: int) -> None:
        self.preview = DragPreview(curve_id, index, value)
        self.update()

    def end_drag(self) -> None:
        self.preview = None
        self.update()

    def _drawing_order(self) -> list[tuple[CurveLayout, QPainterPath]]:
        """The curves bottom to top, the current one on top (it is the one being edited)."""
        handler = plot_handler(self.scene())
        current = handler.current_curve_id if handler is not None else None
        pairs = list(zip(self.plot.curves, self._paths, strict=True))
        return sorted(pairs, key=lambda pair: pair[0].curve_id == current)  # a stable sort

    def _shown_curves(self) -> list[tuple[CurveLayout, QPainterPath]]:
        """The curves as drawn: the dragged one with its point where the drag has it."""
        shown = []
        for curve, path in self._drawing_order():
            preview = self.preview
            if preview is not None and preview.curve_id == curve.curve_id:
                curve = moved_point(
                    curve, preview.index, preview.value, self.plot.y_of(preview.value)
                )
                path = _curve_path(curve)
            shown.append((curve, path))
        return shown

    # --- mouse ------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        handler = plot_handler(self.scene())
        if handler is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = handler.plot_pressed(self, event)
        if self._drag is None:
            event.ignore()  # the view's rubber band starts
            return
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is not None:
            self._drag.move(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is not None:
            drag.finish(event)  # may rebuild the plot, this item included

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        handler = plot_handler(self.scene())
        if handler is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        handler.plot_double_clicked(self, event.scenePos())
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        handler = plot_handler(self.scene())
        if handler is None:
            event.ignore()
            return
        handler.plot_context_menu(self, event.scenePos(), event.screenPos())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hoverMoveEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        handler = plot_handler(self.scene())
        shape = handler.plot_cursor(self, event.scenePos()) if handler else None
        if shape is None:
            self.unsetCursor()
        else:
            self.setCursor(shape)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.unsetCursor()

    # --- painting ---------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = level_of_detail(painter, option)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_grid(painter)
        shown = self._shown_curves()
        for curve, path in shown:
            self._paint_curve(painter, curve, path)
        for curve, _path in shown:
            self._paint_points(painter, curve, lod)
        self._paint_disagreements(painter, {c.curve_id for c, _ in shown})
        for curve, _path in shown:  # labels last: above every curve
            self._paint_labels(painter, curve, lod)
        self._paint_scale_values(painter, lod)
        self._paint_legend(painter, lod)
        self._paint_drag_value(painter, shown)

    def _paint_grid(self, painter: QPainter) -> None:
        neutral = looks.neutral_value(self.plot.scale_min, self.plot.scale_max)
        neutral_colour = darker(GRID_LINE, looks.NEUTRAL_DARKER)
        for value, y in self.plot.grid:
            pen = QPen(neutral_colour if value == neutral else GRID_LINE, looks.COSMETIC_WIDTH)
            if value != neutral:
                pen.setDashPattern(list(looks.GRID_DASHES))
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(QLineF(self._area.left(), y, self._area.right(), y))

    def _paint_curve(self, painter: QPainter, curve: CurveLayout, path: QPainterPath) -> None:
        if path.isEmpty():
            return
        colour = QColor(curve.colour)
        if curve.variant is CurveVariant.AS_IS and not curve.measured:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_area_gradient(colour, self._area))
            painter.drawPath(_closed_to_bottom(path, self._area.bottom()))
        pen = QPen(colour, CURVE_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if curve.measured:
            pen.setDashPattern(MEASURED_DASHES)
        elif curve.variant is CurveVariant.TO_BE:
            pen.setDashPattern(TO_BE_DASHES)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_disagreements(self, painter: QPainter, shown: set[str]) -> None:
        """A red bracket where the measured curve and the estimate part ways, with a "!"."""
        curves = {c.curve_id: c for c in self.plot.curves}
        personas = {c.persona_id for cid, c in curves.items() if cid in shown and c.measured}
        pen = QPen(DISAGREEMENT, looks.DISAGREEMENT_WIDTH)
        pen.setCosmetic(True)
        for flag in self.plot.disagreements:
            if flag.persona_id not in personas:
                continue
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            top, bottom = sorted((flag.estimate_y, flag.measured_y))
            x = flag.x
            painter.drawLine(QLineF(x, top, x, bottom))
            painter.drawLine(QLineF(x - 3.0, top, x + 3.0, top))
            painter.drawLine(QLineF(x - 3.0, bottom, x + 3.0, bottom))
            centre = QPointF(x, (top + bottom) / 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DISAGREEMENT)
            painter.drawEllipse(centre, looks.DISAGREEMENT_DOT, looks.DISAGREEMENT_DOT)
            self.text_painter.draw_centred(
                painter, "!", centre, looks.DISAGREEMENT_TEXT_SIZE, MAP_BACKGROUND
            )

    def _paint_points(self, painter: QPainter, curve: CurveLayout, lod: float) -> None:
        ring = QColor(curve.colour)
        span = self.plot.scale_max - self.plot.scale_min
        for point in curve.points:
            centre = QPointF(point.x, point.y)
            if point.measured:
                paint_measured(painter, self.text_painter, point, ring, self.point_radius, lod)
            elif curve.variant is CurveVariant.TO_BE:
                painter.setPen(QPen(ring, looks.TO_BE_RING_WIDTH))
                painter.setBrush(MAP_BACKGROUND)
                radius = self.point_radius * looks.TO_BE_POINT
                painter.drawEllipse(centre, radius, radius)
            else:
                mood = (point.value - self.plot.scale_min) / span
                face_ring = darker(ring, looks.POINT_RING_DARKER)
                draw_face(painter, centre, self.point_radius, mood, face_ring, lod)

    def _paint_drag_value(
        self, painter: QPainter, shown: list[tuple[CurveLayout, QPainterPath]]
    ) -> None:
        preview = self.preview
        curve = next((c for c, _ in shown if preview and c.curve_id == preview.curve_id), None)
        if preview is not None and curve is not None:
            text = scale_value_text(preview.value, self.plot.scale_min)
            point = curve.points[preview.index]
            paint_value_bubble(painter, self.text_painter, point, text, self.point_radius)

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
        """Which persona and variant each curve is, in the lane header (from the layout);
        the curve that clicks add points to is marked."""
        handler = plot_handler(self.scene())
        current = handler.current_curve_id if handler is not None else None
        for entry in self.plot.legend:
            if entry.curve_id == current:
                paint_current_mark(painter, self.text_painter, entry.swatch, entry.line)
            pen = QPen(QColor(entry.colour), CURVE_WIDTH)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if entry.measured:
                pen.setDashPattern(MEASURED_DASHES)
            elif entry.variant is CurveVariant.TO_BE:
                pen.setDashPattern(TO_BE_DASHES)
            painter.setPen(pen)
            swatch = entry.swatch
            painter.drawLine(QLineF(swatch.x, swatch.y, swatch.right, swatch.y))
            self.text_painter.draw_lines(painter, (entry.line,), lod)

    def _paint_scale_values(self, painter: QPainter, lod: float) -> None:
        x = self._area.left() + SCALE_TEXT_INSET
        for value, y in self.plot.grid:
            text = scale_value_text(value, self.plot.scale_min)
            width, height = looks.SCALE_PILL
            pill = QRectF(x - width / 2, y - height / 2, width, height)
            painter.setPen(QPen(GRID_LINE, looks.BORDER_WIDTH))
            painter.setBrush(MAP_BACKGROUND)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            if SCALE_TEXT_SIZE * lod >= 4.0:
                self.text_painter.draw_centred(
                    painter, text, QPointF(x, y), SCALE_TEXT_SIZE, text_colour("goal")
                )


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

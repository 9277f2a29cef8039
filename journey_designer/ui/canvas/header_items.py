"""Stage headers (across the top) and lane headers (down the left): selectable, with their text.

Their mouse gestures (drag to reorder or resize, double-click to rename, the context menu)
go to the scene's header handler (see `header_interactions`); without one they only select.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journey_designer.layout import LaneRow, Rect, StageColumn, looks
from journey_designer.ui.canvas.header_interactions import DragInteraction, header_handler
from journey_designer.ui.canvas.map_item import MapItem, level_of_detail
from journey_designer.ui.canvas.palette import GRID_LINE, LANE_HEADER_FILL, darker
from journey_designer.ui.canvas.text_painter import MapTextPainter

ACCENT_WIDTH = looks.LANE_ACCENT_WIDTH


class HeaderItem(MapItem):
    """A header that hands its gestures to the scene's header handler."""

    def __init__(self, model_id: str, rect: Rect, text_painter: MapTextPainter) -> None:
        super().__init__(model_id, rect, text_painter)
        self._drag: DragInteraction | None = None
        self.setAcceptHoverEvents(True)
        self.setZValue(1.0)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)  # selects the header
        handler = header_handler(self.scene())
        if handler is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = handler.header_pressed(self, event)
            event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is not None:
            self._drag.move(event)
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        drag, self._drag = self._drag, None
        if drag is not None and event.button() == Qt.MouseButton.LeftButton:
            drag.finish(event)  # may rebuild the headers, this one included

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        handler = header_handler(self.scene())
        if handler is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        handler.header_double_clicked(self)
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        handler = header_handler(self.scene())
        if handler is None:
            event.ignore()
            return
        if not self.isSelected():
            self.scene().clearSelection()
            self.setSelected(True)
        handler.header_context_menu(self, event.screenPos())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hoverMoveEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        handler = header_handler(self.scene())
        shape = handler.header_cursor(self, event.scenePos()) if handler else None
        if shape is None:
            self.unsetCursor()
        else:
            self.setCursor(shape)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.unsetCursor()


class StageHeaderItem(HeaderItem):
    kind = "stage"

    def __init__(self, column: StageColumn, text_painter: MapTextPainter) -> None:
        self.column = column
        super().__init__(column.stage_id, column.header, text_painter)

    def geometry_changed(self) -> None:
        self._fill = QColor(self.column.fill)
        self._rule = darker(self._fill, looks.STAGE_RULE_DARKER)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.local_rect
        painter.fillRect(rect, self._fill)
        painter.setPen(QPen(self._rule, 2.0))
        painter.drawLine(
            QLineF(rect.left(), rect.bottom() - 1.0, rect.right(), rect.bottom() - 1.0)
        )
        painter.setPen(QPen(GRID_LINE, 1.0))
        painter.drawLine(QLineF(rect.right(), rect.top(), rect.right(), rect.bottom()))
        painter.save()
        self.to_layout_coordinates(painter)
        self.text_painter.draw_lines(painter, self.column.lines, level_of_detail(painter, option))
        painter.restore()
        self.paint_selection(painter)


class LaneHeaderItem(HeaderItem):
    kind = "lane"

    def __init__(self, row: LaneRow, accent: QColor, text_painter: MapTextPainter) -> None:
        self.row = row
        self._accent = accent
        super().__init__(row.lane_id, row.header, text_painter)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.local_rect
        painter.fillRect(rect, LANE_HEADER_FILL)
        painter.fillRect(QRectF(rect.left(), rect.top(), ACCENT_WIDTH, rect.height()), self._accent)
        painter.setPen(QPen(GRID_LINE, 1.0))
        painter.drawLine(QLineF(rect.right(), rect.top(), rect.right(), rect.bottom()))
        painter.save()
        self.to_layout_coordinates(painter)
        self.text_painter.draw_lines(painter, self.row.lines, level_of_detail(painter, option))
        painter.restore()
        self.paint_selection(painter)

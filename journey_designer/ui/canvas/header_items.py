"""Stage headers (across the top) and lane headers (down the left): selectable, with their text."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journey_designer.layout import LaneRow, StageColumn
from journey_designer.ui.canvas.map_item import MapItem, level_of_detail
from journey_designer.ui.canvas.palette import GRID_LINE, LANE_HEADER_FILL
from journey_designer.ui.canvas.text_painter import MapTextPainter

ACCENT_WIDTH = 4.0


class StageHeaderItem(MapItem):
    kind = "stage"

    def __init__(self, column: StageColumn, text_painter: MapTextPainter) -> None:
        self.column = column
        super().__init__(column.stage_id, column.header, text_painter)
        self.setZValue(1.0)

    def geometry_changed(self) -> None:
        self._fill = QColor(self.column.fill)
        self._rule = self._fill.darker(125)

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


class LaneHeaderItem(MapItem):
    kind = "lane"

    def __init__(self, row: LaneRow, accent: QColor, text_painter: MapTextPainter) -> None:
        self.row = row
        self._accent = accent
        super().__init__(row.lane_id, row.header, text_painter)
        self.setZValue(1.0)

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

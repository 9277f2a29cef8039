"""The map's sheet: white page with a soft shadow, tinted stage columns and the grid lines."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout import MapLayout, looks
from journey_designer.ui.canvas.map_item import to_qrect
from journey_designer.ui.canvas.palette import CORNER_FILL, GRID_LINE, MAP_BACKGROUND, MAP_BORDER

SHADOW_STEPS = ((6.0, 10), (3.0, 18), (1.5, 26))  # (spread in points, alpha)
COLUMN_TINT_ALPHA = looks.COLUMN_TINT_ALPHA  # of 255: stage colours behind the cards


class MapBackgroundItem(QGraphicsItem):
    def __init__(self, layout: MapLayout) -> None:
        super().__init__()
        self.layout = layout
        self._page = QRectF(0.0, 0.0, layout.width, layout.height)
        self.setZValue(0.0)

    def boundingRect(self) -> QRectF:
        spread = SHADOW_STEPS[0][0]
        return self._page.adjusted(-spread, -spread, spread, spread + 2.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._paint_page(painter)
        self._paint_columns(painter)
        self._paint_rows(painter)
        painter.setPen(QPen(MAP_BORDER, 1.0))
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawRect(self._page)

    def _paint_page(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor(0, 0, 0, 0)))
        for spread, alpha in SHADOW_STEPS:
            painter.setBrush(QColor(16, 24, 40, alpha))
            painter.drawRoundedRect(
                self._page.adjusted(-spread / 3, 0.0, spread / 3, spread), 4.0, 4.0
            )
        painter.fillRect(self._page, MAP_BACKGROUND)
        painter.fillRect(to_qrect(self.layout.corner), CORNER_FILL)

    def _paint_columns(self, painter: QPainter) -> None:
        painter.setPen(QPen(GRID_LINE, 1.0))
        for stage in self.layout.stages:
            tint = QColor(stage.fill)
            tint.setAlpha(COLUMN_TINT_ALPHA)
            column = to_qrect(stage.column)
            painter.fillRect(column, tint)
            painter.drawLine(QLineF(column.right(), column.top(), column.right(), column.bottom()))

    def _paint_rows(self, painter: QPainter) -> None:
        painter.setPen(QPen(GRID_LINE, 1.0))
        for lane in self.layout.lanes:
            bottom = lane.rect.bottom
            painter.drawLine(QLineF(0.0, bottom, self.layout.width, bottom))

"""Marks drawn over the cells (lane x stage) while working with cards: where dragged cards
will land, the "+" that adds a card to the cell under the mouse, and the keyboard's cell.

They are overlays: not drawn from the layout, never selectable, kept across redraws.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.ui.canvas.palette import SELECTION

OVERLAY_Z = 50.0
CELL_TINT = QColor(26, 115, 232, 28)
INDICATOR_WIDTH = 3.0  # points
PLUS_RADIUS = 8.0
PLUS_FILL = QColor("#1A73E8")
PLUS_INK = QColor("#FFFFFF")


class DropIndicatorItem(QGraphicsItem):
    """The target cell, tinted, and a bar where the dragged cards will be inserted."""

    def __init__(self) -> None:
        super().__init__()
        self._cell = QRectF()
        self._line = QLineF()
        self.setZValue(OVERLAY_Z)
        self.hide()

    def show_at(self, cell: QRectF, line: QLineF) -> None:
        if cell == self._cell and line == self._line and self.isVisible():
            return
        self.prepareGeometryChange()
        self._cell, self._line = QRectF(cell), QLineF(line)
        self.show()
        self.update()

    @property
    def line(self) -> QLineF:
        return QLineF(self._line)

    def boundingRect(self) -> QRectF:
        margin = INDICATOR_WIDTH * 2
        return self._cell.adjusted(-margin, -margin, margin, margin)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self._cell, CELL_TINT)
        pen = QPen(SELECTION, INDICATOR_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self._line)
        painter.setBrush(SELECTION)
        for end in (self._line.p1(), self._line.p2()):
            painter.drawEllipse(end, INDICATOR_WIDTH, INDICATOR_WIDTH)


class AddCardButtonItem(QGraphicsItem):
    """A round "+" shown in the cell under the mouse: a click adds a card there."""

    def __init__(self) -> None:
        super().__init__()
        self.cell: tuple[str, str] | None = None
        self.setZValue(OVERLAY_Z + 1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def show_for(self, cell: tuple[str, str], centre: QPointF) -> None:
        self.cell = cell
        self.setPos(centre)
        self.show()

    def dismiss(self) -> None:
        self.cell = None
        self.hide()

    def hit(self, point: QPointF) -> bool:
        return self.isVisible() and QLineF(point, self.pos()).length() <= PLUS_RADIUS + 1.0

    def boundingRect(self) -> QRectF:
        r = PLUS_RADIUS + 1.0
        return QRectF(-r, -r, 2 * r, 2 * r + 1.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(16, 24, 40, 40))
        painter.drawEllipse(QPointF(0.0, 1.0), PLUS_RADIUS, PLUS_RADIUS)
        painter.setBrush(PLUS_FILL)
        painter.drawEllipse(QPointF(0.0, 0.0), PLUS_RADIUS, PLUS_RADIUS)
        pen = QPen(PLUS_INK, 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        arm = PLUS_RADIUS * 0.5
        painter.drawLine(QLineF(-arm, 0.0, arm, 0.0))
        painter.drawLine(QLineF(0.0, -arm, 0.0, arm))


class CellCursorItem(QGraphicsItem):
    """The cell the keyboard is on when no card is selected: Ctrl+N and paste go there."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.setZValue(OVERLAY_Z - 1)
        self.hide()

    def show_at(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self.setVisible(not rect.isEmpty())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2.0, -2.0, 2.0, 2.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(SELECTION, 2.0)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.fillRect(self._rect, CELL_TINT)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect.adjusted(1.0, 1.0, -1.0, -1.0))

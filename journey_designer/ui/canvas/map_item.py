"""The base of the scene items that stand for one model entity (a card, a stage, a lane).

An item keeps its entity's id and kind, nothing else of the model: it is a view of the
model object with the same id. It sits at its rectangle's top-left corner (so the next
issue can move it with setPos) and paints the layout's absolute geometry by translating
the painter back by that corner.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journey_designer.layout import Rect
from journey_designer.ui.canvas.palette import SELECTION
from journey_designer.ui.canvas.text_painter import MapTextPainter

SELECTION_WIDTH = 2.0  # device pixels: the outline stays crisp at every zoom


def to_qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class MapItem(QGraphicsItem):
    kind = ""  # "card", "stage", "lane": what the id refers to
    corner_radius = 0.0

    def __init__(self, model_id: str, rect: Rect, text_painter: MapTextPainter) -> None:
        super().__init__()
        self.model_id = model_id
        self.text_painter = text_painter
        self._origin = QPointF()
        self._local_rect = QRectF()
        self.set_rect(rect)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)

    def set_rect(self, rect: Rect) -> None:
        """Place the item on a (new) layout rectangle."""
        self.prepareGeometryChange()
        self._origin = QPointF(rect.x, rect.y)
        self._local_rect = QRectF(0.0, 0.0, rect.width, rect.height)
        self.setPos(self._origin)
        self.geometry_changed()

    def geometry_changed(self) -> None:
        """Subclasses rebuild what they derive from the rectangle (paths, colours)."""

    @property
    def local_rect(self) -> QRectF:
        return self._local_rect

    def boundingRect(self) -> QRectF:
        return self._local_rect.adjusted(-3.0, -3.0, 3.0, 3.0)  # room for outline and shadow

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._local_rect)
        return path

    def to_layout_coordinates(self, painter: QPainter) -> None:
        """Let the painter take the layout's absolute (scene) coordinates."""
        painter.translate(-self._origin)

    def paint_selection(self, painter: QPainter) -> None:
        if not self.isSelected():
            return
        pen = QPen(SELECTION, SELECTION_WIDTH)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = self.corner_radius
        painter.drawRoundedRect(self._local_rect.adjusted(-1.0, -1.0, 1.0, 1.0), radius, radius)


def level_of_detail(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    """Device pixels per scene point at the painter's current transform."""
    return option.levelOfDetailFromTransform(painter.worldTransform())

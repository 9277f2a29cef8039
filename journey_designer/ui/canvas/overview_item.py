"""All cards in one item, for a view zoomed out too far to read any card.

Each card item costs a Python paint call; with thousands of cards on screen (a whole big
map fitted to the window) those calls alone take longer than a frame. Below
`OVERVIEW_ZOOM` the scene hides the card items and this item paints every card's box and
accent bar in a few batched `drawRects` calls, one per colour, from the same layout.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout import MapLayout

OVERVIEW_ZOOM = 0.2  # device pixels per point: cards show no text below this anyway
ACCENT_WIDTH = 3.0


class OverviewItem(QGraphicsItem):
    def __init__(self, layout: MapLayout) -> None:
        super().__init__()
        self.setZValue(3.0)  # where the cards are
        self._bounds = QRectF()
        self._fills: dict[str, list[QRectF]] = {}
        self._accents: dict[str, list[QRectF]] = {}
        self.set_layout(layout)

    def set_layout(self, layout: MapLayout) -> None:
        """Take a new layout; the rectangles are gathered when next painted (cheap per edit)."""
        self.prepareGeometryChange()
        self._bounds = QRectF(0.0, 0.0, layout.width, layout.height)
        self._layout: MapLayout | None = layout
        self.update()

    def _gather(self, layout: MapLayout) -> None:
        fills: dict[str, list[QRectF]] = defaultdict(list)
        accents: dict[str, list[QRectF]] = defaultdict(list)
        for box in layout.cards:
            rect = box.rect
            fills[box.fill].append(QRectF(rect.x, rect.y, rect.width, rect.height))
            accents[box.accent].append(QRectF(rect.x, rect.y, ACCENT_WIDTH, rect.height))
        self._fills, self._accents = dict(fills), dict(accents)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._layout is not None:
            self._gather(self._layout)
            self._layout = None
        painter.setPen(Qt.PenStyle.NoPen)
        for colours in (self._fills, self._accents):
            for colour, rects in colours.items():
                painter.setBrush(QColor(colour))
                painter.drawRects(rects)

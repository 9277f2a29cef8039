"""Dragging cards: the selected cards follow the mouse, half see-through, and a bar shows
where they will land (the cell under the mouse, between the cards nearest it).

The drag changes nothing in the map: on release it says where the cards go, and the
caller makes that one edit (one undo step). Cancelled or not, the items go back to their
layout places; the edit's redraw moves the ones that moved. Near the view's edges the
view scrolls, so cards can go to stages off screen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPoint, QPointF, QTimer
from PySide6.QtWidgets import QGraphicsView

from journey_designer.layout import CardBox, LayoutStyle
from journey_designer.model.card_ops import Cell
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.canvas.cell_items import DropIndicatorItem
from journey_designer.ui.canvas.scene import MapScene

DRAG_Z = 40.0
DRAG_OPACITY = 0.7
EDGE_ZONE = 28  # viewport pixels from an edge where a drag scrolls the view
EDGE_MAX_STEP = 24  # pixels per step
EDGE_SCROLL_INTERVAL_MS = 30


@dataclass(frozen=True)
class DropTarget:
    card_ids: tuple[str, ...]  # in reading order
    cell: Cell
    position: int  # among the cell's cards that are not dragged


class CardDrag:
    def __init__(
        self,
        scene: MapScene,
        items: Sequence[CardItem],
        start: QPointF,
        indicator: DropIndicatorItem,
        style: LayoutStyle,
    ) -> None:
        self.scene = scene
        self.items = list(items)
        self.card_ids = tuple(item.card_id for item in self.items)
        self._start = QPointF(start)
        self._indicator = indicator
        self._style = style
        self._target: DropTarget | None = None
        self._boxes_by_cell = self._cell_boxes(set(self.card_ids))
        for item in self.items:
            item.setOpacity(DRAG_OPACITY)
            item.setZValue(DRAG_Z)

    def _cell_boxes(self, dragged: set[str]) -> dict[Cell, list[CardBox]]:
        """The boxes of the cards that stay, by cell, top to bottom (once per drag)."""
        cells: dict[Cell, list[CardBox]] = defaultdict(list)
        layout = self.scene.layout
        for box in layout.cards if layout is not None else ():
            if box.card_id not in dragged:
                cells[(box.lane_id, box.stage_id)].append(box)
        for boxes in cells.values():
            boxes.sort(key=lambda b: b.rect.y)
        return cells

    @property
    def target(self) -> DropTarget | None:
        return self._target

    def move_to(self, point: QPointF) -> None:
        delta = point - self._start
        for item in self.items:
            item.setPos(item.box.rect.x + delta.x(), item.box.rect.y + delta.y())
        self._target = self._target_at(point)
        if self._target is None:
            self._indicator.hide()
        else:
            self._indicator.show_at(
                self.scene.cell_rect(self._target.cell), self._bar(self._target, point)
            )

    def _target_at(self, point: QPointF) -> DropTarget | None:
        cell = self.scene.cell_at(point)
        if cell is None:
            return None
        boxes = self._boxes_by_cell.get(cell, [])
        position = sum(1 for box in boxes if box.rect.y + box.rect.height / 2 < point.y())
        return DropTarget(self.card_ids, cell, position)

    def _bar(self, target: DropTarget, point: QPointF) -> QLineF:
        """A line in the gap where the cards will go."""
        cell = self.scene.cell_rect(target.cell)
        style = self._style
        boxes = self._boxes_by_cell.get(target.cell, [])
        if not boxes:
            y = cell.top() + style.cell_padding / 2
        elif target.position == 0:
            y = boxes[0].rect.y - style.card_gap / 2
        else:
            y = boxes[target.position - 1].rect.bottom + style.card_gap / 2
        y = max(y, cell.top() + 2.0)
        left, right = cell.left() + style.cell_padding, cell.right() - style.cell_padding
        return QLineF(left, y, right, y)

    def finish(self) -> DropTarget | None:
        """End the drag: the items go back, and the target (if any) is returned."""
        self.cancel()
        return self._target

    def cancel(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                item.restore_place()
        self._indicator.hide()


class EdgeScroller:
    """Scrolls the view while a drag holds the mouse near one of its edges, so cards can be
    taken to stages and lanes off screen; the drag follows the scrolled map."""

    def __init__(self, view: QGraphicsView, follow: Callable[[QPointF], None]) -> None:
        self._view = view
        self._follow = follow
        self._at = QPoint()
        self._speed = QPoint()
        self._timer = QTimer()
        self._timer.setInterval(EDGE_SCROLL_INTERVAL_MS)
        self._timer.timeout.connect(self._step)

    def mouse_at(self, scene_point: QPointF) -> None:
        self._at = self._view.mapFromScene(scene_point)
        area = self._view.viewport().rect()
        self._speed = QPoint(
            _edge_speed(self._at.x(), area.left(), area.right()),
            _edge_speed(self._at.y(), area.top(), area.bottom()),
        )
        if self._speed.isNull():
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _step(self) -> None:
        horizontal, vertical = self._view.horizontalScrollBar(), self._view.verticalScrollBar()
        horizontal.setValue(horizontal.value() + self._speed.x())
        vertical.setValue(vertical.value() + self._speed.y())
        self._follow(self._view.mapToScene(self._at))


def _edge_speed(position: int, low: int, high: int) -> int:
    """Pixels per step: faster the nearer the edge (or the further past it)."""
    if position < low + EDGE_ZONE:
        return -min(EDGE_MAX_STEP, (low + EDGE_ZONE - position) // 2 + 2)
    if position > high - EDGE_ZONE:
        return min(EDGE_MAX_STEP, (position - high + EDGE_ZONE) // 2 + 2)
    return 0

"""The cards' mouse gestures on the canvas, as small modes rather than one if-chain.

- click a card: select it (Ctrl toggles, Shift adds); click an empty spot: that cell
  becomes the keyboard's place and a rubber band can start (the view's default);
- press on a selected card and move: drag every selected card (`card_drag`);
- double-click a card: edit its text in place; double-click an empty spot: a new card
  there, between the cards nearest the mouse;
- hover a cell: a "+" offers a new card at the cell's end.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsSceneMouseEvent

from journey_designer.layout import LayoutStyle
from journey_designer.model.card_ops import Cell
from journey_designer.ui.canvas.card_drag import CardDrag, DropTarget, EdgeScroller
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.canvas.card_navigation import Place
from journey_designer.ui.canvas.cell_items import PLUS_RADIUS, AddCardButtonItem, DropIndicatorItem
from journey_designer.ui.canvas.scene import MapScene

PLUS_ROOM = 2 * PLUS_RADIUS + 6.0  # free space below a cell's last card to hold the "+"


class CardCommands(Protocol):
    """What the gestures ask of the card editing feature."""

    def editing_at(self, point: QPointF) -> bool: ...
    def finish_editing(self) -> None: ...
    def edit_card(self, card_id: str) -> None: ...
    def add_card(self, cell: Cell, position: int | None) -> None: ...
    def drop_cards(self, target: DropTarget) -> None: ...
    def set_place(self, place: Place | None) -> None: ...


class _Mode(Protocol):
    def move(self, event: QGraphicsSceneMouseEvent) -> _Mode: ...
    def release(self, event: QGraphicsSceneMouseEvent) -> None: ...
    def cancel(self) -> None: ...


class CardGestures:
    def __init__(self, scene: MapScene, commands: CardCommands, style: LayoutStyle) -> None:
        self.scene = scene
        self.commands = commands
        self.style = style
        self.mode: _Mode | None = None
        self.plus = AddCardButtonItem()
        self.indicator = DropIndicatorItem()
        self.hover_cell: Cell | None = None
        scene.add_overlay(self.plus)
        scene.add_overlay(self.indicator)
        scene.mouse_handlers.append(self.handle)

    def handle(self, kind: str, event: QGraphicsSceneMouseEvent) -> bool:
        handlers = {
            "press": self._press,
            "move": self._move,
            "release": self._release,
            "double_click": self._double_click,
        }
        return handlers[kind](event)

    def cancel(self) -> bool:
        """Esc: stop a drag (nothing moves). False if there was none."""
        if self.mode is None:
            return False
        self.mode.cancel()
        self.mode = None
        return True

    def forget_hover(self) -> None:
        self.hover_cell = None
        self.plus.dismiss()

    # --- events -------------------------------------------------------------------------

    def _press(self, event: QGraphicsSceneMouseEvent) -> bool:
        point = event.scenePos()
        if event.button() != Qt.MouseButton.LeftButton or self.commands.editing_at(point):
            return False
        self.commands.finish_editing()
        if self.plus.hit(point) and self.plus.cell is not None:
            cell = self.plus.cell
            self.forget_hover()
            self.commands.add_card(cell, None)
            return _taken(event)
        card = self.scene.card_at(point)
        if card is None:
            under = self.scene.cell_at(point)
            self.commands.set_place(Place(under) if under is not None else None)
            return False  # the view's rubber band
        self.forget_hover()  # no "+" over a card being dragged
        self._select_on_press(card, event.modifiers())
        self.commands.set_place(Place((card.box.lane_id, card.box.stage_id), card.card_id))
        return _taken(event)

    def _select_on_press(self, card: CardItem, modifiers: Qt.KeyboardModifier) -> None:
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            card.setSelected(not card.isSelected())
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            card.setSelected(True)
        elif not card.isSelected():
            self.scene.clearSelection()
            card.setSelected(True)
        else:  # keep the selection for a drag; a plain click selects only this card
            self.mode = _PressedOnCard(self, card, select_only_on_click=True)
            return
        if card.isSelected():
            self.mode = _PressedOnCard(self, card, select_only_on_click=False)

    def _move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.mode is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.mode = self.mode.move(event)
            return _taken(event)
        if not event.buttons():
            self._hover(event.scenePos())
        return False

    def _release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.mode is None:
            return False
        mode, self.mode = self.mode, None
        mode.release(event)
        return _taken(event)

    def _double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        point = event.scenePos()
        if event.button() != Qt.MouseButton.LeftButton or self.commands.editing_at(point):
            return False
        self.mode = None
        card = self.scene.card_at(point)
        if card is not None:
            self.commands.edit_card(card.card_id)
            return _taken(event)
        cell = self.scene.cell_at(point)
        if cell is None:
            return False
        self.commands.add_card(cell, self._position_at(cell, point))
        return _taken(event)

    # --- the "+" ------------------------------------------------------------------------

    def _hover(self, point: QPointF) -> None:
        if self.plus.hit(point):
            return
        cell = self.scene.cell_at(point)
        if cell == self.hover_cell:
            return
        self.hover_cell = cell
        if cell is None or self.commands.editing_at(point):
            self.plus.dismiss()
            return
        self.plus.show_for(cell, self._plus_centre(cell))

    def _plus_centre(self, cell: Cell) -> QPointF:
        """Below the cell's last card if there is room, else in its bottom-right corner."""
        rect = self.scene.cell_rect(cell)
        bottoms = [item.box.rect.bottom for item in self._cell_items(cell)]
        free_top = max(bottoms, default=rect.top() + self.style.cell_padding)
        if rect.bottom() - free_top >= PLUS_ROOM:
            return QPointF(rect.center().x(), free_top + self.style.card_gap + PLUS_RADIUS)
        return QPointF(rect.right() - PLUS_RADIUS - 4.0, rect.bottom() - PLUS_RADIUS - 2.0)

    def _cell_items(self, cell: Cell) -> list[CardItem]:
        return [
            item
            for item in self.scene.items(self.scene.cell_rect(cell))
            if isinstance(item, CardItem) and (item.box.lane_id, item.box.stage_id) == cell
        ]

    def _position_at(self, cell: Cell, point: QPointF) -> int:
        """How many of the cell's cards are above `point`: where a new card goes."""
        return sum(
            1
            for item in self._cell_items(cell)
            if item.box.rect.y + item.box.rect.height / 2 < point.y()
        )


class _PressedOnCard:
    """The button is down on a selected card: a drag once it moves far enough."""

    def __init__(self, gestures: CardGestures, card: CardItem, select_only_on_click: bool) -> None:
        self.gestures = gestures
        self.card = card
        self.select_only_on_click = select_only_on_click

    def move(self, event: QGraphicsSceneMouseEvent) -> _Mode:
        travelled = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
        if travelled.manhattanLength() < QApplication.startDragDistance():
            return self
        scene = self.gestures.scene
        items = [item for item in scene.selectedItems() if isinstance(item, CardItem)]
        items.sort(key=lambda item: (item.box.rect.x, item.box.rect.y))  # reading order
        start = event.buttonDownScenePos(Qt.MouseButton.LeftButton)
        drag = CardDrag(scene, items, start, self.gestures.indicator, self.gestures.style)
        drag.move_to(event.scenePos())
        return _DraggingCards(self.gestures, drag)

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.select_only_on_click and self.card.scene() is self.gestures.scene:
            self.gestures.scene.clearSelection()
            self.card.setSelected(True)

    def cancel(self) -> None:
        pass


class _DraggingCards:
    def __init__(self, gestures: CardGestures, drag: CardDrag) -> None:
        self.gestures = gestures
        self.drag = drag
        views = gestures.scene.views()
        self.scroller = EdgeScroller(views[0], drag.move_to) if views else None

    def move(self, event: QGraphicsSceneMouseEvent) -> _Mode:
        self.drag.move_to(event.scenePos())
        if self.scroller is not None:
            self.scroller.mouse_at(event.scenePos())
        return self

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.scroller is not None:
            self.scroller.stop()
        self.drag.move_to(event.scenePos())
        target = self.drag.finish()
        if target is not None:
            self.gestures.commands.drop_cards(target)

    def cancel(self) -> None:
        if self.scroller is not None:
            self.scroller.stop()
        self.drag.cancel()


def _taken(event: QGraphicsSceneMouseEvent) -> bool:
    event.accept()
    return True

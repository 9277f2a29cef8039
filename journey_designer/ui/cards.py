"""Card editing on the canvas, mouse and keyboard: add, edit in place, drag, select, delete,
duplicate, cut/copy/paste, find.

`install_card_editing(window)` builds it all. Every change is one `window.editor` edit
(one undo step). The keyboard's place on the map (`card_place`) follows the selection
and the arrows; Ctrl+N, Enter and paste act there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu

from journey_designer.model import JourneyMap, operations
from journey_designer.model.card_ops import Cell, duplicate_cards
from journey_designer.model.operations import remove_cards
from journey_designer.ui.canvas.card_drag import DropTarget
from journey_designer.ui.canvas.card_edit_sessions import CardEditSessions
from journey_designer.ui.canvas.card_gestures import CardGestures
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.canvas.card_navigation import CardGrid, Place, Step
from journey_designer.ui.card_actions import CardActions
from journey_designer.ui.card_place import KeyboardPlace
from journey_designer.ui.clipboard import CardClipboard
from journey_designer.ui.editor import MapEditor
from journey_designer.ui.find_bar import FindBar

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

KEY_STEPS = {
    Qt.Key.Key_Up: Step.UP,
    Qt.Key.Key_Down: Step.DOWN,
    Qt.Key.Key_Left: Step.LEFT,
    Qt.Key.Key_Right: Step.RIGHT,
    Qt.Key.Key_Tab: Step.NEXT_CELL,
    Qt.Key.Key_Backtab: Step.PREVIOUS_CELL,
}
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def install_card_editing(window: MainWindow) -> CardEditing:
    return CardEditing(window)


class CardEditing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene, self.view = window.scene, window.view
        self.sessions = CardEditSessions(window, self._edit_done)
        self.keyboard = KeyboardPlace(
            self.scene, self.view, lambda: self.journey, lambda: self.sessions.is_editing
        )
        self.gestures = CardGestures(self.scene, self, window.layout_style)
        self.gestures.plus.setToolTip(self.tr("Add a card to this cell"))
        self.actions = CardActions(window, self.view, window.menu_actions.edit_menu)
        self.clipboard = CardClipboard(self)
        self.find_bar = FindBar(window)
        self._connect_actions()
        self.view.key_handlers.append(self.handle_key)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.sessions.text_editor.tabbed.connect(
            lambda forward: self.keyboard.step(Step.NEXT_CELL if forward else Step.PREVIOUS_CELL)
        )
        window.editorChanged.connect(self._editor_changed)
        window.editor.changed.connect(self._map_changed)
        window.installEventFilter(self)  # a closing window commits the card being typed
        for menu in window.menuBar().findChildren(QMenu):  # so do its menus: Save, Open...
            menu.aboutToShow.connect(self.finish_editing)
        self._selection_changed()

    def _connect_actions(self) -> None:
        actions = self.actions
        actions.new_card.triggered.connect(self.new_card)
        actions.edit_card.triggered.connect(self.edit_or_add)
        actions.duplicate.triggered.connect(self.duplicate)
        actions.delete.triggered.connect(self.delete)
        actions.select_all.triggered.connect(self.select_all)
        actions.cut.triggered.connect(self.clipboard.cut)
        actions.copy.triggered.connect(self.clipboard.copy)
        actions.paste.triggered.connect(self.clipboard.paste)
        actions.find.triggered.connect(self.find_bar.open)
        actions.find_next.triggered.connect(self.find_bar.find_next)
        actions.find_previous.triggered.connect(self.find_bar.find_previous)

    @property
    def journey(self) -> JourneyMap:
        return self.window.document.journey

    @property
    def place(self) -> Place | None:
        return self.keyboard.place

    # --- what the gestures ask (CardCommands) -----------------------------------------

    def editing_at(self, point: QPointF) -> bool:
        return self.sessions.editing_at(point)

    def finish_editing(self) -> None:
        self.sessions.finish()

    def edit_card(self, card_id: str) -> None:
        self.keyboard.go_to(Place(self._cell_of(card_id), card_id))
        self.sessions.edit_card(card_id)

    def add_card(self, cell: Cell, position: int | None) -> None:
        self.scene.clearSelection()
        self.gestures.forget_hover()
        self.keyboard.place = Place(cell)
        self.sessions.add_card(cell, position)
        self.keyboard.show()  # no cell outline around the card being typed

    def drop_cards(self, target: DropTarget) -> None:
        move = operations.move_cards(self.journey, target.card_ids, *target.cell, target.position)
        if isinstance(move, operations.SetPlacements) and not move.placements:
            return  # dropped where they were: no edit, no undo step
        self.window.editor.apply(move, self.tr("Move Cards"))

    def set_place(self, place: Place | None) -> None:
        self.keyboard.set(place)

    # --- commands ---------------------------------------------------------------------

    def new_card(self) -> None:
        """Ctrl+N: a new card after the selected one, else at the end of the keyboard's cell."""
        self.finish_editing()
        place = self.keyboard.current() or self._hovered_place()
        place = place or CardGrid(self.journey).first_place()
        if place is None:
            self.window.statusBar().showMessage(self.tr("The map has no lane for cards"), 6000)
            return
        self.add_card(place.cell, self.keyboard.position_after(place))

    def edit_or_add(self) -> None:
        """Enter: edit the card the keyboard is on, or type a new one in its empty cell."""
        place = self.keyboard.current()
        if place is None:
            self.keyboard.step(Step.DOWN)
        elif place.card_id is not None:
            self.edit_card(place.card_id)
        else:
            self.add_card(place.cell, None)

    def delete(self) -> None:
        card_ids = self.scene.selected_card_ids()
        if not card_ids:
            return
        cell = self._cell_of(card_ids[0])
        removal = remove_cards(self.journey, card_ids)
        if self.window.editor.apply(removal, self.tr("Delete Cards")):
            self.keyboard.set(Place(cell))

    def duplicate(self) -> None:
        card_ids = self.scene.selected_card_ids()
        if card_ids:
            operation, new_ids = duplicate_cards(self.journey, card_ids)
            if self.window.editor.apply(operation, self.tr("Duplicate Cards")):
                self.select_cards(new_ids)

    def select_all(self) -> None:
        self.finish_editing()
        self.select_cards([item.card_id for item in self.scene.card_items()])

    def select_cards(self, card_ids: list[str]) -> None:
        self.keyboard.select_cards(card_ids)

    def paste_target(self) -> tuple[Cell | None, int | None]:
        """Where pasted cards go: after the selected card, or in the keyboard's or the
        hovered cell; (None, None) lets each card find its own lane and stage."""
        place = self.keyboard.current() or self._hovered_place()
        if place is None:
            return None, None
        return place.cell, self.keyboard.position_after(place)

    # --- keyboard ---------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            return self._escape()
        if event.modifiers() & COMMAND_MODIFIERS:
            return False
        if key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            key = Qt.Key.Key_Backtab  # some platforms send Shift+Tab as it is
        if key in KEY_STEPS:
            self.keyboard.step(KEY_STEPS[key])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_or_add()
            return True
        return False

    def _escape(self) -> bool:
        """Esc stops a drag, else lets go of the selection, else closes the find bar."""
        if self.gestures.cancel():
            return True
        if self.scene.selectedItems() or self.place is not None:
            self.scene.clearSelection()
            self.keyboard.set(None)
            return True
        return self.find_bar.close_bar()

    def _hovered_place(self) -> Place | None:
        cell = self.gestures.hover_cell
        return Place(cell) if cell is not None and self.view.viewport().underMouse() else None

    def _cell_of(self, card_id: str) -> Cell:
        card = self.journey.card(card_id)
        return card.lane_id, card.stage_id

    def _selection_changed(self) -> None:
        if not shiboken6.isValid(self.scene):  # the window is closing: its scene goes first
            return
        selected = [item for item in self.scene.selectedItems() if isinstance(item, CardItem)]
        self.actions.selection_changed(len(selected))
        self.keyboard.follow_selection(selected)

    def _edit_done(self, card_id: str | None) -> None:
        if card_id is not None and self.scene.card_item(card_id) is not None:
            self.keyboard.go_to(Place(self._cell_of(card_id), card_id))
        else:
            self.keyboard.show()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the open map -----------------------------------------------------------------

    def _editor_changed(self, editor: MapEditor) -> None:
        self.sessions.abandon()
        self.gestures.cancel()
        self.gestures.forget_hover()
        self.keyboard.set(None)
        editor.changed.connect(self._map_changed)
        self.find_bar.map_changed()

    def _map_changed(self) -> None:
        self.gestures.forget_hover()  # the "+" is placed again on the next mouse move
        self.sessions.follow_map()
        self.keyboard.follow_map()
        self.find_bar.map_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.finish_editing()
        return False

"""The card actions of the Edit menu and their shortcuts.

Ctrl+N, Ctrl+F and F3 work anywhere in the window. The others (Delete, Ctrl+A, Ctrl+D,
cut, copy, paste, F2) act on the canvas only while it has the keyboard: in the find bar
or a panel's text field the same keys edit that text, as everyone expects.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from journey_designer.ui.actions import Shortcut, StandardKey, key_sequences


class CardActions(QObject):
    def __init__(self, window: QWidget, canvas: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self._window, self._canvas = window, canvas
        self.new_card = self._action(self.tr("&New Card"), ["Ctrl+N"], window)
        self.edit_card = self._action(self.tr("&Edit Card Text"), ["F2"], canvas)
        self.duplicate = self._action(self.tr("D&uplicate Cards"), ["Ctrl+D"], canvas)
        self.delete = self._action(
            self.tr("&Delete Cards"), [StandardKey.Delete, "Backspace"], canvas
        )
        self.cut = self._action(self.tr("Cu&t"), [StandardKey.Cut], canvas)
        self.copy = self._action(self.tr("&Copy"), [StandardKey.Copy], canvas)
        self.paste = self._action(self.tr("&Paste"), [StandardKey.Paste], canvas)
        self.select_all = self._action(self.tr("Select &All Cards"), ["Ctrl+A"], canvas)
        self.find = self._action(self.tr("&Find…"), [StandardKey.Find, "Ctrl+F"], window)
        self.find_next = self._action(self.tr("Find &Next"), [StandardKey.FindNext, "F3"], window)
        self.find_previous = self._action(
            self.tr("Find Pre&vious"), [StandardKey.FindPrevious, "Shift+F3"], window
        )
        self.new_card.setStatusTip(self.tr("Add a card next to the selected card or in the cell"))
        self.edit_card.setStatusTip(self.tr("Type the card's title and text on the card"))
        self.copy.setStatusTip(self.tr("Copy the selected cards, also as text for a mail"))
        for action in (self.new_card, self.edit_card, self.duplicate, self.delete):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.cut, self.copy, self.paste, self.select_all):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.find, self.find_next, self.find_previous):
            menu.addAction(action)

    def _action(self, text: str, shortcuts: list[Shortcut], scope: QWidget) -> QAction:
        action = QAction(text, scope)
        action.setShortcuts(key_sequences(shortcuts))
        if scope is self._canvas:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        scope.addAction(action)
        return action

    def selection_changed(self, cards_selected: int) -> None:
        for action in (self.edit_card, self.duplicate, self.delete, self.cut, self.copy):
            action.setEnabled(cards_selected > 0)
        self.edit_card.setEnabled(cards_selected == 1)

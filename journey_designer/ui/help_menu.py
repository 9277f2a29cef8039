"""The Help menu's own commands: Show Tour and User Guide (F1), above Keyboard Shortcuts,
About Journey Designer and About Qt (those three are the panels' and the window's).

`install_help(window)` adds them. F1 opens the user guide; Keyboard Shortcuts, which the
panels gave the help key (F1) before there was a guide, moves to Ctrl+/.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from journey_designer.ui.actions import key_sequences
from journey_designer.ui.tour import Tour, start_tour

if TYPE_CHECKING:
    from journey_designer.ui.guide_window import GuideWindow
    from journey_designer.ui.main_window import MainWindow

SHORTCUTS_KEY = "Ctrl+/"


def install_help(window: MainWindow) -> HelpCommands:
    return HelpCommands(window)


class HelpCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide: GuideWindow | None = None
        self.show_tour = QAction(self.tr("Show &Tour"), window)
        self.show_tour.setStatusTip(
            self.tr("Five steps: add a card, move it, draw the emotion curve, import, export")
        )
        self.show_tour.triggered.connect(self.start_tour)
        self.user_guide = QAction(self.tr("&User Guide"), window)
        self.user_guide.setShortcuts(key_sequences(["F1"]))
        self.user_guide.setStatusTip(self.tr("How to use Journey Designer, step by step"))
        self.user_guide.triggered.connect(self.open_guide)
        shortcuts = window.panels.shortcuts
        taken = {key.toString() for key in self.user_guide.shortcuts()}
        if {key.toString() for key in shortcuts.shortcuts()} & taken:
            shortcuts.setShortcuts(key_sequences([SHORTCUTS_KEY]))
        menu = window.menu_actions.help_menu
        first = shortcuts if shortcuts in menu.actions() else window.menu_actions.about
        menu.insertActions(first, [self.show_tour, self.user_guide])

    def start_tour(self) -> Tour:
        return start_tour(self.window)

    def open_guide(self) -> GuideWindow:
        """Show the user guide in the UI language (one window, raised if already open)."""
        from journey_designer.ui.guide_window import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self.window.language, self.window)
            self.guide.destroyed.connect(self._forget_guide)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def _forget_guide(self) -> None:
        self.guide = None

"""The main window's actions and menus, with the platform's standard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from journey_designer.ui.recent_files_menu import RecentFilesMenu
from journey_designer.ui.settings import AppSettings

StandardKey = QKeySequence.StandardKey
Shortcut = StandardKey | str


def key_sequences(shortcuts: list[Shortcut]) -> list[QKeySequence]:
    """The platform's bindings of standard keys plus literal ones, each once, in order."""
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, str):
            keys.append(QKeySequence(shortcut))
        else:
            keys.extend(QKeySequence.keyBindings(shortcut))
    unique = dict.fromkeys(key.toString() for key in keys if not key.isEmpty())
    return [QKeySequence(key) for key in unique]


class MainActions(QObject):
    """Creates every action of the main window and its menu bar; the window connects them."""

    def __init__(self, window: QMainWindow, settings: AppSettings, undo_group: QUndoGroup) -> None:
        super().__init__(window)
        self.undo = undo_group.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo))
        self.redo = undo_group.createRedoAction(window, self.tr("&Redo"))
        # Ctrl+Shift+Z and Ctrl+Y on every platform: facilitators come from both worlds.
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Ctrl+N adds a card (the facilitator's most frequent action); a new map is Ctrl+Shift+N.
        self.new_from_template = self._action(self.tr("&New from Template…"), ["Ctrl+Shift+N"])
        self.open = self._action(self.tr("&Open…"), [StandardKey.Open])
        self.save = self._action(self.tr("&Save"), [StandardKey.Save])
        self.save_as = self._action(self.tr("Save &As…"), [StandardKey.SaveAs, "Ctrl+Shift+S"])
        self.quit = self._action(self.tr("&Quit"), [StandardKey.Quit, "Ctrl+Q"])
        # Ctrl+= as well as Ctrl++: on most keyboards "+" needs Shift.
        self.zoom_in = self._action(self.tr("Zoom &In"), [StandardKey.ZoomIn, "Ctrl+="])
        self.zoom_out = self._action(self.tr("Zoom &Out"), [StandardKey.ZoomOut, "Ctrl+-"])
        self.zoom_fit = self._action(self.tr("&Fit to Window"), ["Ctrl+0"])
        self.zoom_actual = self._action(self.tr("&Actual Size"), ["Ctrl+1"])
        self.about = self._action(self.tr("&About Journey Designer"), [])
        self.about_qt = self._action(self.tr("About &Qt"), [])
        self.new_from_template.setStatusTip(
            self.tr("Start a new map from one of the bundled templates")
        )
        self.open.setStatusTip(self.tr("Open a journey map file"))
        self.save.setStatusTip(self.tr("Save the map"))
        self.save_as.setStatusTip(self.tr("Save the map under a new name"))
        self.zoom_fit.setStatusTip(self.tr("Show the whole map"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.recent_files = RecentFilesMenu(settings, window)
        self._build_menus(window)

    def _action(self, text: str, shortcuts: list[Shortcut]) -> QAction:
        action = QAction(text, self.parent())
        action.setShortcuts(key_sequences(shortcuts))
        return action

    def _build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        file_menu: QMenu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        file_menu.addAction(self.new_from_template)
        file_menu.addAction(self.open)
        file_menu.addMenu(self.recent_files)
        file_menu.addSeparator()
        file_menu.addAction(self.save)
        file_menu.addAction(self.save_as)
        file_menu.addSeparator()
        # Feature modules insert their export actions before this separator.
        self.file_export_separator = file_menu.addSeparator()
        file_menu.addAction(self.quit)
        # The feature modules add their actions to these menus (see MainWindow._install_features).
        self.edit_menu: QMenu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.edit_menu.addSeparator()
        self.view_menu: QMenu = bar.addMenu(self.tr("&View"))
        for action in (self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_actual):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.map_menu: QMenu = bar.addMenu(self.tr("&Map"))
        self.help_menu: QMenu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about)
        self.help_menu.addAction(self.about_qt)

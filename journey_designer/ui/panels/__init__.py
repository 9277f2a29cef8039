"""The panels around the canvas: inspector, personas and history docks, Map Properties, and
the keyboard shortcut reference.

`install_panels(window)` builds them, puts their actions in the window's menus, follows
the window when another map is opened, and remembers where the docks were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from journey_designer.ui.editor import MapEditor
from journey_designer.ui.panels.history_panel import HistoryDock
from journey_designer.ui.panels.inspector import InspectorDock
from journey_designer.ui.panels.map_access import MapAccess
from journey_designer.ui.panels.map_properties import MapPropertiesDialog
from journey_designer.ui.panels.persona_panel import PersonaDock
from journey_designer.ui.panels.shortcuts_dialog import ShortcutsDialog, all_rows

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

DOCK_STATE_KEY = "panels/windowState"  # QMainWindow.saveState(): docks and where they are
DOCK_STATE_VERSION = 1
INSPECTOR_WIDTH = 340
INSPECTOR_SHARE = (0.62, 0.38)  # of the right-hand column's height: inspector, personas


class Panels(QObject):
    """The installed panels; `window.panels` after `install_panels`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.access = MapAccess(window)
        self.inspector = InspectorDock(self.access, window)
        self.personas = PersonaDock(self.access, window)
        self.history = HistoryDock(window.undo_group, window)
        self.inspector.map_properties_button.clicked.connect(self.show_map_properties)
        self.map_properties = QAction(self.tr("Map &Properties…"), window)
        self.map_properties.setStatusTip(
            self.tr("Title, description, language, authors and emotion scale of the map")
        )
        self.map_properties.triggered.connect(self.show_map_properties)
        self.shortcuts = QAction(self.tr("&Keyboard Shortcuts"), window)
        self.shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self._place_docks()
        self._add_to_menus()
        window.editorChanged.connect(self._follow_editor)
        window.installEventFilter(self)
        # Restored once every feature has added its docks (they install after this one).
        QTimer.singleShot(0, self.restore_dock_state)

    def _place_docks(self) -> None:
        window = self.window
        area = Qt.DockWidgetArea.RightDockWidgetArea
        window.addDockWidget(area, self.inspector)
        window.addDockWidget(area, self.personas)
        window.tabifyDockWidget(self.personas, self.history)
        self.personas.raise_()
        window.resizeDocks([self.inspector], [INSPECTOR_WIDTH], Qt.Orientation.Horizontal)
        # The inspector is the dock used most: it gets most of the height.
        height = window.height()
        heights = [round(height * share) for share in INSPECTOR_SHARE]
        window.resizeDocks([self.inspector, self.personas], heights, Qt.Orientation.Vertical)

    def _add_to_menus(self) -> None:
        actions = self.window.menu_actions
        actions.view_menu.addSeparator()
        for dock in self.docks():
            actions.view_menu.addAction(dock.toggleViewAction())
        actions.map_menu.addAction(self.map_properties)
        help_actions = actions.help_menu.actions()
        if help_actions:  # first in Help, above About
            actions.help_menu.insertAction(help_actions[0], self.shortcuts)
            actions.help_menu.insertSeparator(help_actions[0])
        else:
            actions.help_menu.addAction(self.shortcuts)

    def docks(self) -> list[QDockWidget]:
        return [self.inspector, self.personas, self.history]

    def _follow_editor(self, editor: MapEditor) -> None:
        self.inspector.follow_editor(editor)
        self.personas.follow_editor(editor)

    # --- commands ---------------------------------------------------------------------

    def show_map_properties(self) -> MapPropertiesDialog:
        self.commit_pending()
        dialog = MapPropertiesDialog(self.access, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        actions = self.window.menu_actions
        names = {actions.undo: self.tr("Undo"), actions.redo: self.tr("Redo")}
        dialog = ShortcutsDialog(all_rows(self.window, names), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def commit_pending(self) -> None:
        """Commit what is typed in any panel field (before saving, closing, a dialog)."""
        self.inspector.commit_pending()
        self.personas.commit_pending()

    # --- window state -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # Before the window asks "save changes?": typed text counts as a change.
            self.commit_pending()
            self.save_dock_state()
        return False

    def save_dock_state(self) -> None:
        QSettings().setValue(DOCK_STATE_KEY, self.window.saveState(DOCK_STATE_VERSION))

    def restore_dock_state(self) -> None:
        state = QSettings().value(DOCK_STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.window.restoreState(state, DOCK_STATE_VERSION)


def install_panels(window: MainWindow) -> Panels:
    return Panels(window)

"""File ▸ Export… (Ctrl+E): opens the Export dialog.

The dialog, the picture export (QtSvg) and the PDF code load when the command is first
used, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from journey_designer.ui.export_dialog import ExportDialog
    from journey_designer.ui.main_window import MainWindow


def install_export(window: MainWindow) -> ExportCommand:
    return ExportCommand(window)


class ExportCommand(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ExportDialog | None = None  # the open one
        self.action = QAction(self.tr("&Export…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setStatusTip(self.tr("Export the map as a PDF, an image or an outline"))
        self.action.triggered.connect(self.open_dialog)
        actions = window.menu_actions
        actions.file_menu.insertAction(actions.file_export_separator, self.action)

    def open_dialog(self) -> ExportDialog:
        from journey_designer.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

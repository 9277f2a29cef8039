"""File ▸ Export Cards and Metrics to Excel: the map's cards and metrics for analysts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journey_designer.messages import UserError
from journey_designer.ui.messages import user_text

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow


def install_excel_export(window: MainWindow) -> ExcelExport:
    return ExcelExport(window)


class ExcelExport(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Export Cards and &Metrics to Excel…"), window)
        self.action.setStatusTip(
            self.tr("A workbook with every card and metric, for analysis in a spreadsheet")
        )
        self.action.triggered.connect(self.export)
        actions = window.menu_actions
        actions.file_menu.insertAction(actions.file_export_separator, self.action)

    def suggested_path(self) -> str:
        current = self.window.document.path
        name = (current.name.removesuffix(".journey.json") if current else "map") + ".xlsx"
        return str((current.parent if current else Path.home()) / name)

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export Cards and Metrics"),
            self.suggested_path(),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.write(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def write(self, path: Path) -> bool:
        from journey_designer.survey.xlsx_export import write_map_workbook  # openpyxl: lazily

        try:
            write_map_workbook(self.window.document.journey, path)
        except OSError as error:  # WorkbookWriteError: its message is the line to show
            QMessageBox.warning(
                self.window, self.tr("Export Cards and Metrics"), self._write_failure(path, error)
            )
            return False
        self.window.statusBar().showMessage(self.tr("Exported to {file}.").format(file=path.name))
        return True

    def _write_failure(self, path: Path, error: OSError) -> str:
        if isinstance(error, UserError):
            return user_text(error)
        return self.tr("Could not write {file}: {reason}").format(
            file=path.name, reason=error.strerror or error
        )

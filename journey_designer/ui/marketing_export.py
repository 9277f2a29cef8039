"""File ▸ Export Responsibility Table… and Export Marketing Workbook…: the workbooks of
`journey_designer.analytics.workbook` (who owns each touchpoint, pain point, opportunity
and rule; and the automation plan, touchpoint metrics, funnel and ROI besides).

openpyxl and the workbook code load when a command is first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journey_designer.messages import UserError
from journey_designer.model import JourneyMap
from journey_designer.ui.messages import user_text

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

RESPONSIBILITIES = "Responsibilities"  # the workbook's sheet of owners


def write_responsibility_table(journey: JourneyMap, path: Path) -> None:
    """The marketing workbook's Responsibilities sheet alone, written atomically."""
    from journey_designer.analytics.workbook import build_marketing_workbook
    from journey_designer.survey.xlsx_export import save_workbook_atomically

    workbook = build_marketing_workbook(journey)
    for sheet in list(workbook.worksheets):
        if sheet.title != RESPONSIBILITIES:
            workbook.remove(sheet)
    save_workbook_atomically(workbook, path)


def write_marketing_workbook(journey: JourneyMap, path: Path) -> None:
    from journey_designer.analytics.workbook import write_marketing_workbook as write

    write(journey, path)


class MarketingExport(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.responsibilities = QAction(self.tr("Export Responsibility &Table…"), window)
        self.responsibilities.setStatusTip(
            self.tr("Who owns each touchpoint, pain point, opportunity and rule, as a workbook")
        )
        self.responsibilities.triggered.connect(self.export_responsibilities)
        self.workbook = QAction(self.tr("Export Mar&keting Workbook…"), window)
        self.workbook.setStatusTip(
            self.tr("Automation plan, touchpoint metrics and A/B tests, funnel and ROI, owners")
        )
        self.workbook.triggered.connect(self.export_workbook)
        actions = window.menu_actions
        for action in (self.responsibilities, self.workbook):
            actions.file_menu.insertAction(actions.file_export_separator, action)

    def suggested_path(self, suffix: str) -> str:
        current = self.window.document.path
        stem = current.name.removesuffix(".journey.json") if current else "map"
        return str((current.parent if current else Path.home()) / f"{stem} {suffix}.xlsx")

    def export_responsibilities(self) -> None:
        path = self._ask(self.tr("Export Responsibility Table"), self.tr("responsibilities"))
        if path is not None:
            self.write(path, responsibilities_only=True)

    def export_workbook(self) -> None:
        path = self._ask(self.tr("Export Marketing Workbook"), self.tr("marketing"))
        if path is not None:
            self.write(path, responsibilities_only=False)

    def _ask(self, title: str, suffix: str) -> Path | None:
        self.window.panels.commit_pending()  # what is typed in the inspector counts
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, title, self.suggested_path(suffix), self.tr("Excel workbooks (*.xlsx)")
        )
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def write(self, path: Path, responsibilities_only: bool) -> bool:
        journey = self.window.document.journey
        try:
            if responsibilities_only:
                write_responsibility_table(journey, path)
            else:
                write_marketing_workbook(journey, path)
        except OSError as error:  # WorkbookWriteError: its message is the line to show
            QMessageBox.warning(self.window, self.tr("Export"), self._write_failure(path, error))
            return False
        self.window.statusBar().showMessage(self.tr("Exported to {file}.").format(file=path.name))
        return True

    def _write_failure(self, path: Path, error: OSError) -> str:
        if isinstance(error, UserError):
            return user_text(error)
        return self.tr("Could not write {file}: {reason}").format(
            file=path.name, reason=error.strerror or error
        )

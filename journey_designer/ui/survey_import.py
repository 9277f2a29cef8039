"""Map ▸ Import Survey… and Map ▸ Refresh Survey Data.

Import opens `survey_wizard.SurveyImportWizard`. Refresh reads a source the map recorded
(`journey.survey_sources`) again with its saved mapping and applies the result as one
undo step: what the import made (metrics, measured curves, verbatim quotes) is replaced,
what was typed by hand stays. An unchanged file (same SHA-256) changes nothing.

The wizard and the survey code are imported when first used: start-up stays light.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from journey_designer.model import SurveySource
from journey_designer.ui.editor import MapEditor
from journey_designer.ui.locale_format import ui_count, ui_date_time

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow
    from journey_designer.ui.survey_jobs import RefreshResult
    from journey_designer.ui.survey_wizard import SurveyImportWizard
    from journey_designer.ui.survey_worker import BackgroundTask

IMPORT_SHORTCUT = "Ctrl+Shift+I"
STATUS_MS = 10000


def install_survey_import(window: MainWindow) -> SurveyImport:
    return SurveyImport(window)


class SurveyImport(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wizard: SurveyImportWizard | None = None
        self.refresh_task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self._refreshing: SurveySource | None = None
        self.import_action = QAction(self.tr("&Import Survey…"), window)
        self.import_action.setShortcut(QKeySequence(IMPORT_SHORTCUT))
        self.import_action.setStatusTip(
            self.tr("Turn a survey export into metrics, emotion curves and quotes")
        )
        self.import_action.triggered.connect(self.open_wizard)
        self.refresh_action = QAction(self.tr("&Refresh Survey Data"), window)
        self.refresh_action.setStatusTip(
            self.tr("Read an imported survey file again; manual edits stay")
        )
        self.refresh_action.triggered.connect(self.refresh)
        menu = window.menu_actions.map_menu
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.refresh_action)
        window.editorChanged.connect(self._follow_editor)
        self._follow_editor(window.editor)

    def _follow_editor(self, editor: MapEditor) -> None:
        editor.changed.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self) -> None:
        sources = self.window.document.journey.survey_sources
        running = self.refresh_task is not None and self.refresh_task.is_running()
        self.refresh_action.setEnabled(bool(sources) and not running)

    # --- import -----------------------------------------------------------------------

    def open_wizard(self) -> SurveyImportWizard:
        """Open the import wizard (window-modal) on the open map."""
        from journey_designer.survey.sandbox import keep_warm
        from journey_designer.ui.survey_wizard import SurveyImportWizard

        # While the user picks a file, a reader process starts ahead: the read skips the
        # interpreter's start-up (~50 ms, a quarter of a 10,000-row read).
        keep_warm(True)
        wizard = SurveyImportWizard(self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.destroyed.connect(self._wizard_closed)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _wizard_closed(self) -> None:
        from journey_designer.survey.sandbox import keep_warm

        keep_warm(False)
        self.wizard = None

    # --- refresh ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Refresh one survey source (asking which when the map has several)."""
        source = self.choose_source()
        if source is None:
            return
        path = Path(source.path)
        if not source.path or not path.is_file():
            located = self.locate_file(source)
            if located is None:
                return
            path = located
        self.start_refresh(source, path)

    def choose_source(self) -> SurveySource | None:
        sources = self.window.document.journey.survey_sources
        if len(sources) <= 1:
            return sources[0] if sources else None
        names = [
            self.tr("{file} (sheet {sheet}, imported {date})").format(
                file=s.file_name, sheet=s.sheet or "—", date=ui_date_time(s.imported_at)
            )
            for s in sources
        ]
        name, chosen = QInputDialog.getItem(
            self.window,
            self.tr("Refresh Survey Data"),
            self.tr("Survey to read again:"),
            names,
            0,
            False,
        )
        return sources[names.index(name)] if chosen and name in names else None

    def locate_file(self, source: SurveySource) -> Path | None:
        """The file moved or was renamed: ask the user where it is now."""
        QMessageBox.information(
            self.window,
            self.tr("Refresh Survey Data"),
            self.tr("{file} is no longer at {path}. Please locate it.").format(
                file=source.file_name, path=source.path or "—"
            ),
        )
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Locate {file}").format(file=source.file_name),
            str(Path(source.path).parent) if source.path else "",
            self.tr("Survey exports ({extensions});;All files (*)").format(
                extensions=f"*{Path(source.file_name).suffix}"
            ),
        )
        return Path(name) if name else None

    def start_refresh(self, source: SurveySource, path: Path) -> None:
        """Read `path` in the background, then apply `source`'s mapping to it."""
        from journey_designer.ui.survey_jobs import refresh_survey

        task = self._task()
        self._refreshing = source
        self.progress = self._progress_dialog(source, task)
        journey = self.window.document.journey.model_copy(deep=True)
        task.start(partial(refresh_survey, source, path, journey))
        self._update_actions()

    def _task(self) -> BackgroundTask:
        """One task for every refresh, made on first use (it lives as long as the window)."""
        if self.refresh_task is None:
            from journey_designer.ui.survey_worker import BackgroundTask

            task = BackgroundTask(self)
            task.succeeded.connect(self._refreshed)
            task.failed.connect(lambda message: self._refresh_ended(message, failed=True))
            task.cancelled.connect(lambda: self._refresh_ended(self.tr("Refresh cancelled.")))
            task.progressed.connect(self._show_progress)
            self.refresh_task = task
        return self.refresh_task

    def _progress_dialog(self, source: SurveySource, task: BackgroundTask) -> QProgressDialog:
        from journey_designer.ui.survey_worker import PROGRESS_STEPS

        dialog = QProgressDialog(
            self.tr("Reading {file}…").format(file=source.file_name),
            self.tr("Cancel"),
            0,
            PROGRESS_STEPS,
            self.window,
        )
        dialog.setWindowTitle(self.tr("Refresh Survey Data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a small file is done before it would flash up
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        return dialog

    def _show_progress(self, permille: int) -> None:
        from journey_designer.ui.survey_worker import BUSY, PROGRESS_STEPS

        if self.progress is not None:
            self.progress.setRange(0, 0 if permille == BUSY else PROGRESS_STEPS)
            self.progress.setValue(max(permille, 0))

    def _refreshed(self, result: object) -> None:
        from journey_designer.survey.apply import import_edit
        from journey_designer.ui.survey_jobs import RefreshResult

        assert isinstance(result, RefreshResult) and self._refreshing is not None
        source = self._refreshing
        if result.unchanged:
            self._refresh_ended(
                self.tr("{file} has not changed since it was imported.").format(
                    file=source.file_name
                )
            )
            return
        assert result.table is not None and result.plan is not None
        journey = self.window.document.journey
        # Pain points are decisions taken in the wizard: a refresh adds none by itself.
        operation = import_edit(journey, result.table, result.plan, accepted_pain_points=())
        if self.window.editor.apply(operation, self.tr("Refresh Survey Data")):
            self._refresh_ended(self._refreshed_text(result))
        else:
            self._refresh_ended("")  # the editor said why in the status bar

    def _refreshed_text(self, result: RefreshResult) -> str:
        assert result.plan is not None
        source = result.plan.source
        text = self.tr("Refreshed from {file}: {responses} responses.").format(
            file=source.file_name, responses=ui_count(source.responses)
        )
        if result.missing_columns:
            text += " " + self.tr("No longer in the file: {columns}.").format(
                columns=", ".join(f"“{header}”" for header in result.missing_columns)
            )
        return text

    def _refresh_ended(self, message: str, failed: bool = False) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._refreshing = None
        self._update_actions()
        if failed:
            QMessageBox.warning(self.window, self.tr("Refresh Survey Data"), message)
        elif message:
            self.window.statusBar().showMessage(message, STATUS_MS)

"""The import wizard's first pages: choose the file and sheet, then check the header rows.

Both pages start their work on a `BackgroundTask` (the read runs in a child process,
typing the columns in a worker thread) and show its progress with a Cancel button; the
wizard's Next waits until the page has a result. Errors are one line on the page.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from journey_designer.model import JourneyMap
from journey_designer.survey.columns import Role
from journey_designer.survey.headers import MAX_HEADER_ROWS
from journey_designer.survey.values import display
from journey_designer.ui.locale_format import ui_count
from journey_designer.ui.survey_jobs import (
    LoadedSurvey,
    Progress,
    ShouldCancel,
    load_survey,
    understood,
)
from journey_designer.ui.survey_worker import BUSY, PROGRESS_STEPS, BackgroundTask
from journey_designer.ui.theme import WARNING, ThemedColour, tint_text

if TYPE_CHECKING:
    from journey_designer.ui.survey_wizard import SurveyImportWizard

PREVIEW_ROWS = 20  # answer rows shown below the header
CELL_CHARS = 60
HEADER_SHADE = ThemedColour("#DCE6F2", "#2B3A4E")
ABOVE_SHADE = ThemedColour("#EEEEEE", "#33373C")  # titles and legends above the header
MASK = "•••"  # personal data is not shown in the preview either
FILE_FILTER_EXTENSIONS = "*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt"


class TaskStatus(QWidget):
    """A task's progress bar and Cancel button, and one line saying how it went."""

    def __init__(
        self, task: BackgroundTask, focus_after: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Where the keyboard goes when Cancel hides: left to Qt, it would land on the
        # wizard's own Cancel, and the next Enter would close the wizard.
        self._focus_after = focus_after
        self.bar = QProgressBar()
        self.bar.setRange(0, PROGRESS_STEPS)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(task.cancel)
        self.message = QLabel()
        # One line: a long message must not widen the wizard; the tooltip has it whole.
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        task.progressed.connect(self._show_progress)
        task.runningChanged.connect(self._show_running)
        self._show_running(False)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)
        tint_text(self.message, WARNING if error else None)

    def _show_running(self, running: bool) -> None:
        if not running and self.cancel_button.hasFocus():
            self._focus_after.setFocus(Qt.FocusReason.OtherFocusReason)
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.bar.setRange(0, 0)  # busy until the first report

    def _show_progress(self, permille: int) -> None:
        if permille == BUSY:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, PROGRESS_STEPS)
            self.bar.setValue(permille)


class FilePage(QWizardPage):
    """Step 1: the file and the sheet; reading starts as soon as a file is chosen."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.task = BackgroundTask(self)
        self._requested: Path | None = None  # the file read, being read, or refused
        self.setTitle(self.tr("Choose the survey file"))
        self.setSubTitle(
            self.tr("An export from Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, "
                    "Typeform, 问卷星 or any spreadsheet.")
        )  # fmt: skip
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A .xlsx, .xls, .ods, .csv or .tsv file"))
        self.path_edit.editingFinished.connect(self._path_typed)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.status = TaskStatus(self.task, self.path_edit)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(_buddy(self.tr("&File:"), self.path_edit), file_row)
        form.addRow(_buddy(self.tr("&Sheet:"), self.sheet_combo), self.sheet_combo)
        form.addRow(self.status)
        self.task.succeeded.connect(self._loaded)
        self.task.failed.connect(lambda message: self._stopped(message, error=True))
        self.task.cancelled.connect(lambda: self._stopped(self.tr("Reading cancelled.")))
        self.task.runningChanged.connect(lambda _running: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return self.import_wizard.loaded is not None and not self.task.is_running()

    def browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose Survey File"), str(self._start_directory()),
            self.tr("Survey exports ({extensions});;All files (*)").format(
                extensions=FILE_FILTER_EXTENSIONS),
        )  # fmt: skip
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        """Read `path` (its first sheet unless `sheet` is given) and suggest a mapping."""
        self.path_edit.setText(str(path))
        self._requested = path
        if sheet is None:  # another file: its sheets are not known yet
            self.sheet_combo.clear()
            self.sheet_combo.setEnabled(False)
        self.import_wizard.set_loaded(None)
        self.status.say(self.tr("Reading {file}…").format(file=path.name))
        journey = self.import_wizard.journey
        self.task.start(partial(load_survey, path, sheet, journey))
        self.completeChanged.emit()

    def _start_directory(self) -> Path:
        loaded = self.import_wizard.loaded
        if loaded is not None:
            return loaded.path.parent
        document_path = self.import_wizard.main_window.document.path
        return document_path.parent if document_path is not None else Path.home()

    def _path_typed(self) -> None:
        """A path typed or pasted: read it, unless it is the file read (or being read)
        already (the field also reports when it merely loses focus)."""
        text = self.path_edit.text().strip()
        if text and Path(text) != self._requested:
            self.open_file(Path(text))

    def _sheet_chosen(self, index: int) -> None:
        loaded = self.import_wizard.loaded
        sheet = self.sheet_combo.itemText(index)
        if loaded is not None and sheet != loaded.read.sheet.name:
            self.open_file(loaded.path, sheet)

    def _loaded(self, result: object) -> None:
        assert isinstance(result, LoadedSurvey)
        self.import_wizard.set_loaded(result)
        with QSignalBlocker(self.sheet_combo):
            self.sheet_combo.clear()
            self.sheet_combo.addItems(result.read.sheet_names)
            self.sheet_combo.setCurrentText(result.read.sheet.name)
        self.sheet_combo.setEnabled(len(result.read.sheet_names) > 1)
        sheet = result.read.sheet
        self.status.say(
            self.tr("{file}: {rows} rows × {columns} columns read.").format(
                file=result.read.file_name, rows=ui_count(sheet.n_rows),
                columns=ui_count(sheet.n_columns))
        )  # fmt: skip
        self.completeChanged.emit()

    def _stopped(self, message: str, error: bool = False) -> None:
        self.status.say(message, error)
        self.completeChanged.emit()


class PreviewPage(QWizardPage):
    """Step 2: the first rows as read, the header rows shaded; their number can change."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__()
        self.import_wizard = wizard
        self.task = BackgroundTask(self)
        self._shown_version = -1
        self.setTitle(self.tr("Check the header rows"))
        self.setSubTitle(self.tr("Shaded rows are read as the questions; the rows below them "
                                 "are answers."))  # fmt: skip
        self.summary = QLabel()
        self.header_rows = QSpinBox()
        self.header_rows.setRange(0, MAX_HEADER_ROWS)
        self.header_rows.valueChanged.connect(self._header_rows_changed)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.status = TaskStatus(self.task, self.header_rows)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(_buddy(self.tr("&Header rows:"), self.header_rows))
        row.addWidget(self.header_rows)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        self.task.succeeded.connect(self._understood)
        self.task.failed.connect(lambda message: self.status.say(message, error=True))
        self.task.runningChanged.connect(lambda _running: self.completeChanged.emit())

    def initializePage(self) -> None:
        if self._shown_version != self.import_wizard.version:
            self.show_table()

    def isComplete(self) -> bool:
        return self.import_wizard.loaded is not None and not self.task.is_running()

    def show_table(self) -> None:
        loaded = self.import_wizard.loaded
        if loaded is None:
            return
        self._shown_version = self.import_wizard.version
        shape = loaded.table.shape
        with QSignalBlocker(self.header_rows):
            self.header_rows.setValue(shape.header_rows)
        self.summary.setText(self._summary_text(loaded))
        skipped = ", ".join(f"{reason}: {count:,}" for reason, count in shape.skipped_rows.items())
        self.summary.setToolTip(skipped)
        self._fill_preview(loaded)

    def _summary_text(self, loaded: LoadedSurvey) -> str:
        shape = loaded.table.shape
        parts = [
            shape.format.name,
            self.tr("%n header row(s)", "", shape.header_rows),
            self.tr("%Ln response(s)", "", loaded.table.n_responses),
        ]
        skipped = sum(shape.skipped_rows.values())
        if skipped:
            parts.append(self.tr("%Ln row(s) skipped", "", skipped))
        return " · ".join(parts)

    def _fill_preview(self, loaded: LoadedSurvey) -> None:
        sheet, shape = loaded.read.sheet, loaded.table.shape
        rows = min(sheet.n_rows, shape.first_data_row + PREVIEW_ROWS)
        personal = {c.index for c in loaded.table.columns if c.role is Role.PERSONAL}
        self.preview.clear()
        self.preview.setRowCount(rows)
        self.preview.setColumnCount(sheet.n_columns)
        self.preview.setHorizontalHeaderLabels([_column_letter(j) for j in range(sheet.n_columns)])
        self.preview.setVerticalHeaderLabels([str(i + 1) for i in range(rows)])
        bold = QFont(self.preview.font())
        bold.setBold(True)
        palette = self.preview.palette()
        for i in range(rows):
            is_header = shape.header_start <= i < shape.first_data_row
            for j in range(sheet.n_columns):
                text = display(sheet.cell(i, j))
                if j in personal and i >= shape.first_data_row and text:
                    text = MASK
                item = QTableWidgetItem(text if len(text) <= CELL_CHARS else text[:59] + "…")
                if is_header:
                    item.setBackground(HEADER_SHADE.on(palette))
                    item.setFont(bold)
                elif i < shape.header_start:
                    item.setBackground(ABOVE_SHADE.on(palette))
                self.preview.setItem(i, j, item)
        self.preview.resizeColumnsToContents()
        for j in range(sheet.n_columns):
            self.preview.setColumnWidth(j, min(self.preview.columnWidth(j), 260))

    def _header_rows_changed(self, value: int) -> None:
        loaded = self.import_wizard.loaded
        if loaded is None or value == loaded.table.shape.header_rows:
            return
        self.status.say(self.tr("Reading the columns again…"))
        job = partial(_understand_job, loaded, value, self.import_wizard.journey)
        self.task.start(job)

    def _understood(self, result: object) -> None:
        assert isinstance(result, LoadedSurvey)
        self.import_wizard.set_loaded(result)  # a new table: the mapping is suggested again
        self.status.say("")
        self.show_table()
        self.completeChanged.emit()


def _understand_job(
    loaded: LoadedSurvey, header_rows: int, journey: JourneyMap, _progress: Progress,
    _cancel: ShouldCancel,
) -> LoadedSurvey:  # fmt: skip
    return understood(loaded.path, loaded.read, header_rows, journey)


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose &-mnemonic focuses `widget`."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the spreadsheet's own column names."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters

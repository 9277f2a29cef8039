"""The Export dialog: PDF, PNG, SVG or a Markdown outline, with a preview of the pages.

The left column holds the choices (the format's options in a stack), the right the
preview: one thumbnail per sheet drawn from the page plans, redrawn 150 ms after the last
change. Choices are remembered per map (`export_settings`, keyed by the map's id). The
file is written by `ExportRunner`: a PDF off the GUI thread with a progress bar and
Cancel, the pictures and the outline in the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journey_designer.export.options import ExportOptions
from journey_designer.export.pages import (
    MANY_SHEETS,
    MIN_READABLE_PT,
    MapPlan,
    PageSetupError,
    plan_map_pages,
)
from journey_designer.export.words import export_language, layout_labels
from journey_designer.layout import MapLayout, layout_map
from journey_designer.storage import FILE_SUFFIX
from journey_designer.ui.canvas.scene import MapScene
from journey_designer.ui.export_options_form import ImageForm, PdfForm
from journey_designer.ui.export_runner import ExportDone, ExportRunner
from journey_designer.ui.export_settings import (
    ExportChoices,
    Format,
    load_choices,
    save_choices,
)
from journey_designer.ui.export_thumbnails import (
    CAPTION_HEIGHT,
    MAX_THUMBNAILS,
    PADDING,
    OverviewScene,
    Thumbnail,
    ThumbnailGrid,
    fit_grid,
    picture_thumbnail,
    preview_scene,
    sheet_thumbnail,
)
from journey_designer.ui.image_export import (
    MAX_PIXELS,
    picture_rect,
    png_size,
    scene_for_layout,
)
from journey_designer.ui.locale_format import ui_count
from journey_designer.ui.messages import user_text
from journey_designer.ui.theme import MUTED, WARNING, tint_text

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

PREVIEW_DELAY_MS = 150
PREVIEW_MIN_SIZE = (560, 440)
OUTLINE_PREVIEW_LINES = 60
SUFFIXES: dict[Format, str] = {"pdf": ".pdf", "png": ".png", "svg": ".svg", "markdown": ".md"}


class ExportDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window  # not `window`: QWidget.window() is the top-level widget
        self.journey = window.document.journey
        self.setWindowTitle(
            self.tr("Export “{title}”").format(title=self.journey.title or self.tr("Untitled"))
        )
        self.layout_for_export = self._export_layout(window)
        self.scene = preview_scene(
            self.layout_for_export, window.scene.text_painter, window.layout_style
        )
        self.plan: MapPlan | None = None
        self.runner = ExportRunner(self)
        self._remembered = load_choices(self.journey.id)
        self._build()
        self.set_choices(self._remembered)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)
        for form_changed in (self.pdf_form.changed, self.image_form.changed):
            form_changed.connect(self.schedule_preview)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.runner.progressed.connect(self._show_progress)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)
        self.runner.runningChanged.connect(self._running_changed)
        self.update_preview()
        self.format_combo.setFocus()  # Enter exports; the button box would focus Close

    def _export_layout(self, window: MainWindow) -> MapLayout:
        """The layout the PDF will draw: badges and metric names in the export's language."""
        language = export_language(ExportOptions().language, self.journey.language)
        labels = layout_labels(language)
        shown = window.scene.layout
        if shown is not None and labels == window.canvas_labels():
            return shown  # the canvas already shows these words: no second layout
        return layout_map(self.journey, window.map_font.measurer, window.layout_style, labels)

    # --- widgets ------------------------------------------------------------------------

    def _build(self) -> None:
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("PDF document"), "pdf")
        self.format_combo.addItem(self.tr("PNG image"), "png")
        self.format_combo.addItem(self.tr("SVG picture"), "svg")
        self.format_combo.addItem(self.tr("Markdown outline"), "markdown")
        self.pdf_form = PdfForm(self)
        self.image_form = ImageForm(self)
        self.svg_note = _note(
            self.tr("A vector picture of the whole map, sized in points; its text stays text.")
        )
        self.outline_note = _note(
            self.tr(
                "The map's content as a Markdown outline: the personas, then stage by stage "
                "each lane's cards and the emotion values."
            )
        )
        self.options_stack = QStackedWidget()
        for page in (self.pdf_form, self.image_form, self.svg_note, self.outline_note):
            self.options_stack.addWidget(page)
        left = QVBoxLayout()
        format_row = QHBoxLayout()
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        format_row.addWidget(format_label)
        format_row.addWidget(self.format_combo, 1)
        left.addLayout(format_row)
        left.addWidget(self.options_stack)
        left.addStretch(1)

        self.thumbnails = ThumbnailGrid()
        scroll = QScrollArea()
        scroll.setWidget(self.thumbnails)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumSize(*PREVIEW_MIN_SIZE)
        self.preview_scroll = scroll
        self.outline_preview = QPlainTextEdit()
        self.outline_preview.setReadOnly(True)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(scroll)
        self.preview_stack.addWidget(self.outline_preview)
        self.summary_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        tint_text(self.warning_label, WARNING)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview")))
        right.addWidget(self.preview_stack, 1)
        right.addWidget(self.summary_label)
        right.addWidget(self.warning_label)

        columns = QHBoxLayout()
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter exports: the box would make Close the default button.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addLayout(bottom)

    # --- choices ------------------------------------------------------------------------

    def current_choices(self) -> ExportChoices:
        return ExportChoices(
            format=cast(Format, self.format_combo.currentData()),
            options=self.pdf_form.options(self._remembered.options),
            unit=self.pdf_form.unit(),
            dpi=self.image_form.dpi(),
            transparent=self.image_form.transparent(),
            last_path=self._remembered.last_path,
        )

    def set_choices(self, choices: ExportChoices) -> None:
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(choices.format)))
        self.options_stack.setCurrentIndex(self.format_combo.currentIndex())
        self.pdf_form.set_options(choices.options, choices.unit)
        self.image_form.set_values(choices.dpi, choices.transparent)

    def remember(self, last_path: Path | None = None) -> None:
        choices = self.current_choices()
        if last_path is not None:
            choices = replace(choices, last_path=str(last_path))
        self._remembered = choices
        save_choices(self.journey.id, choices)

    def _format_changed(self) -> None:
        self.options_stack.setCurrentIndex(self.format_combo.currentIndex())
        self.schedule_preview()

    # --- preview ------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        self.preview_timer.start()  # restarted by each change: drawn once the user pauses

    def update_preview(self) -> None:
        self.preview_timer.stop()
        choices = self.current_choices()
        self.plan = None
        problems: list[str] = []
        summary = ""
        thumbnails: list[Thumbnail] = []
        hidden = 0
        columns = 1
        if choices.format == "pdf":
            summary, problems, thumbnails, hidden, columns = self._pdf_preview(choices.options)
        elif choices.format in ("png", "svg"):
            transparent = choices.format == "svg" or choices.transparent
            picture = picture_rect(self.scene)
            fit = fit_grid(1, (picture.width(), picture.height()), self._preview_room(False))
            image = picture_thumbnail(self.scene, fit.box, transparent, self.devicePixelRatioF())
            thumbnails = [Thumbnail(image, "")]
            if choices.format == "png":
                summary, problems = self._png_size_text(choices.dpi)
        else:
            self._show_outline_preview(choices.options)
        self.preview_stack.setCurrentIndex(1 if choices.format == "markdown" else 0)
        self.thumbnails.show_thumbnails(thumbnails, hidden, columns)
        self.summary_label.setText(summary)
        self.warning_label.setText("\n".join(problems))
        self.warning_label.setVisible(bool(problems))
        # A page that does not work, or a PNG too large to draw (the warning says why).
        blocked = (choices.format == "pdf" and self.plan is None) or (
            choices.format == "png" and bool(problems)
        )
        self.export_button.setEnabled(not blocked and not self.runner.is_running())

    def _preview_room(self, counted: bool) -> tuple[int, int]:
        """The preview's free pixels (less the "… and K more" line when sheets are counted)."""
        viewport = self.preview_scroll.viewport().size()
        width = max(viewport.width(), PREVIEW_MIN_SIZE[0]) - 2 * PADDING
        height = max(viewport.height(), PREVIEW_MIN_SIZE[1]) - 2 * PADDING
        return width, height - (CAPTION_HEIGHT if counted else 0)

    def _pdf_preview(
        self, options: ExportOptions
    ) -> tuple[str, list[str], list[Thumbnail], int, int]:
        language = export_language(options.language, self.journey.language)
        try:
            plan = plan_map_pages(self.layout_for_export, options, language)
        except PageSetupError as error:
            problem = self.tr("This page does not work: {reason}").format(reason=user_text(error))
            return "", [problem], [], 0, 1
        self.plan = plan
        shown = plan.pages[:MAX_THUMBNAILS]
        room = self._preview_room(len(plan.pages) > len(shown))
        fit = fit_grid(len(shown), (plan.sheet.width, plan.sheet.height), room)
        box = fit.box
        names = {stage.id: stage.name for stage in self.journey.stages}
        thumbnails = []
        for number, page in enumerate(shown, start=1):
            if page.label:
                caption = page.label
            elif page.stages:
                caption = " · ".join(names.get(s, "") for s in page.stages)
            else:
                caption = self.tr("Sheet {number}").format(number=number)
            image = sheet_thumbnail(
                self.scene, self.layout_for_export, plan, page, box, self.devicePixelRatioF()
            )
            thumbnails.append(Thumbnail(image, caption))
        problems = []
        if 0 < plan.smallest_text < MIN_READABLE_PT:
            if options.mode == "per_stage":
                advice = self.tr("choose a larger page, the other orientation or Tile.")
            else:
                advice = self.tr("choose a larger page, Tile or One stage per sheet.")
            problems.append(
                self.tr("The smallest text prints at {size} pt, below {limit} pt: {advice}").format(
                    size=f"{plan.smallest_text:g}", limit=f"{MIN_READABLE_PT:g}", advice=advice
                )
            )
        if options.mode == "tile" and len(plan.pages) > MANY_SHEETS:
            problems.append(
                self.tr("{count} sheets: a larger page or Fit needs fewer.").format(
                    count=len(plan.pages)
                )
            )
        summary = self.tr("Map sheets: {count}").format(count=len(plan.pages))
        if plan.rows > 1 and options.mode == "tile":
            summary += self.tr(" ({rows} rows × {columns} columns)").format(
                rows=plan.rows, columns=plan.columns
            )
        return summary, problems, thumbnails, len(plan.pages) - len(shown), fit.columns

    def _png_size_text(self, dpi: int) -> tuple[str, list[str]]:
        size = png_size(self.scene, dpi)
        pixels = size.width() * size.height()
        summary = self.tr("{width} × {height} pixels").format(
            width=ui_count(size.width()), height=ui_count(size.height())
        )
        if pixels <= MAX_PIXELS:
            return summary, []
        fitting = int(dpi * (MAX_PIXELS / pixels) ** 0.5)
        return summary, [
            self.tr("Too large: at most {limit} megapixels. Choose {dpi} dpi or lower.").format(
                limit=MAX_PIXELS // 1_000_000, dpi=fitting
            )
        ]

    def _show_outline_preview(self, options: ExportOptions) -> None:
        from journey_designer.export.outline import outline_markdown

        lines = outline_markdown(self.journey, options).splitlines()
        shown = lines[:OUTLINE_PREVIEW_LINES]
        if len(lines) > len(shown):
            shown.append(self.tr("… and {count} more lines").format(count=len(lines) - len(shown)))
        self.outline_preview.setPlainText("\n".join(shown))

    # --- export -------------------------------------------------------------------------

    def suggested_path(self, choices: ExportChoices) -> Path:
        suffix = SUFFIXES[choices.format]
        if choices.last_path:
            return Path(choices.last_path).with_suffix(suffix)
        document = self.main_window.document
        stem = document.suggested_file_name().removesuffix(FILE_SUFFIX)  # file, else title
        if document.path is not None:
            return document.path.parent / (stem + suffix)
        return (self.main_window.settings.last_folder() or Path.home()) / (stem + suffix)

    def export(self) -> None:
        choices = self.current_choices()
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "png": self.tr("PNG images (*.png)"),
            "svg": self.tr("SVG pictures (*.svg)"),
            "markdown": self.tr("Markdown outlines (*.md)"),
        }
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(self.suggested_path(choices)), filters[choices.format]
        )
        if name:
            suffix = SUFFIXES[choices.format]
            path = Path(name if name.lower().endswith(suffix) else name + suffix)
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the chosen format to `path` (the answer: status bar or a message box)."""
        self.update_preview()
        if not self.export_button.isEnabled():
            return
        self.remember(path)
        self.progress.setValue(0)
        choices = self.current_choices()
        # The PDF draws with the font the canvas uses: the user's choice, else the default.
        font = self.main_window.settings.cjk_font() or ""
        choices = replace(choices, options=replace(choices.options, font_path=font))
        self.runner.run(self.journey, choices, path, self.picture_scene)

    def picture_scene(self) -> MapScene:
        """The full scene a PNG or SVG is drawn from (the preview may show an overview)."""
        if isinstance(self.scene, OverviewScene):
            self.scene = scene_for_layout(
                self.layout_for_export,
                self.main_window.scene.text_painter,
                self.main_window.layout_style,
            )
        return self.scene

    def _running_changed(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.export_button.setEnabled(not running)
        for widget in (self.format_combo, self.options_stack):
            widget.setEnabled(not running)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Cancel") if running else self.tr("Close"))

    def _show_progress(self, permille: int) -> None:
        if permille < 0:
            self.progress.setRange(0, 0)  # busy
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(permille)

    def _succeeded(self, done: ExportDone) -> None:
        if done.pages:
            message = self.tr("Exported {file} (%n page(s)).", "", done.pages)
        else:
            message = self.tr("Exported {file}.")
        message = message.format(file=done.path.name)
        self.main_window.settings.set_last_folder(done.path.resolve().parent)  # for Save As
        if done.warnings:
            message += " " + user_text(done.warnings[0])
        self.main_window.statusBar().showMessage(message, 15000)
        self.accept()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export"), message)

    # --- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        if self.runner.is_running():  # Cancel stops the export, the dialog stays
            self.runner.cancel()
            self.main_window.statusBar().showMessage(self.tr("Export cancelled."), 6000)
            return
        self.remember()
        super().reject()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.schedule_preview()  # thumbnails as large as the preview allows

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_running():
            self.runner.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)


def _note(text: str) -> QWidget:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    tint_text(label, MUTED)
    return label

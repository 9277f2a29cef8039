"""Writing the file the Export dialog asked for.

A PDF is written off the GUI thread (reportlab needs no Qt) with progress and Cancel. PNG
and SVG are drawn by Qt's scene, which belongs to the GUI thread, so they run there under
a busy cursor; so does the Markdown outline, which is quick. Every failure reaches the
dialog as one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from journey_designer.export.options import ExportOptions
from journey_designer.messages import Message, UserError
from journey_designer.model import JourneyMap
from journey_designer.survey.cells import ImportCancelled
from journey_designer.ui.canvas.scene import MapScene
from journey_designer.ui.export_settings import ExportChoices
from journey_designer.ui.image_export import write_png, write_svg
from journey_designer.ui.messages import user_text
from journey_designer.ui.survey_worker import BackgroundTask

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class ExportDone:
    path: Path
    pages: int = 0  # of a PDF
    warnings: tuple[Message, ...] = ()  # of a PDF (shown in the UI's language)


class ExportRunner(QObject):
    progressed = Signal(int)  # permille, or -1 when the exporter cannot tell
    succeeded = Signal(object)  # ExportDone
    failed = Signal(str)  # one line
    cancelled = Signal()
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task = BackgroundTask(self)
        self.task.progressed.connect(self.progressed)
        self.task.succeeded.connect(self.succeeded)
        self.task.failed.connect(self.failed)
        self.task.cancelled.connect(self.cancelled)
        self.task.runningChanged.connect(self.runningChanged)

    def is_running(self) -> bool:
        return self.task.is_running()

    def cancel(self) -> None:
        self.task.cancel()

    def shutdown(self) -> None:
        self.task.shutdown()

    def run(
        self,
        journey: JourneyMap,
        choices: ExportChoices,
        path: Path,
        scene: Callable[[], MapScene],
    ) -> None:
        """Write `path`; the answer comes as `succeeded`, `failed` or `cancelled`.

        `scene()` gives the scene a picture is drawn from (built on demand: a big map's
        scene takes seconds, and only PNG and SVG need it).
        """
        if choices.format == "pdf":
            self._start_pdf(journey, choices.options, path)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if choices.format == "png":
                write_png(scene(), path, choices.dpi, choices.transparent, journey.title)
            elif choices.format == "svg":
                write_svg(scene(), path, journey.title)
            else:
                from journey_designer.export.outline import export_outline

                export_outline(journey, path, choices.options)
        except OSError as error:
            self.failed.emit(_one_line(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.succeeded.emit(ExportDone(path))

    def _start_pdf(self, journey: JourneyMap, options: ExportOptions, path: Path) -> None:
        # reportlab and the PDF writer load when the first PDF is asked for.
        from journey_designer.export.pdf import ExportCancelled, export_pdf

        def job(progress: Progress, should_cancel: ShouldCancel) -> ExportDone:
            try:
                report = export_pdf(
                    journey, path, options, progress=progress, should_cancel=should_cancel
                )
            except ExportCancelled:
                raise ImportCancelled() from None  # the task's own word for a quiet stop
            # PdfExportError and PageSetupError (the dialog checks the page first) are
            # UserErrors: the task shows them in the UI's language.
            return ExportDone(path, report.pages, report.notes)

        self.task.start(job)


def _one_line(error: OSError) -> str:
    if isinstance(error, UserError):  # ImageExportError: one line already
        return user_text(error)
    text = str(error) if error.strerror is None else error.strerror
    name = getattr(error, "filename", None)
    if error.strerror is not None and name:
        text = f"{Path(name).name}: {text}"
    return " ".join(text.split())

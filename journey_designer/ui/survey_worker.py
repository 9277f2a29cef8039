"""Run one survey job at a time off the GUI thread, with progress and Cancel.

A job is `job(progress, should_cancel) -> result` (see `survey_jobs`). Each start gets a
QThread of its own with a worker QObject moved into it; the worker reports through queued
signals that carry its run number, so a late answer of a run that was replaced or
cancelled is ignored. Cancel sets the run's flag; the reader polls it (and kills its child
process), the other steps check it between them.

`shutdown()` cancels and waits: a QThread must not be destroyed while it runs, so the
wizard calls it when it closes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from journey_designer.messages import UserError
from journey_designer.survey.cells import ImportCancelled
from journey_designer.ui.messages import user_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
Job = Callable[[Progress, ShouldCancel], object]

PROGRESS_STEPS = 1000  # reported as permille: byte counts overflow a QProgressBar's int
BUSY = -1  # the job runs but cannot tell how far it is
REPORT_INTERVAL = 0.05  # seconds; more often only floods the GUI thread's event queue
_ORPHANS: list[tuple[QThread, QObject]] = []  # threads that outlived their owner


class _Worker(QObject):
    progressed = Signal(int, int)  # run, permille
    succeeded = Signal(int, object)  # run, result
    failed = Signal(int, str)  # run, one line ("" for a bug: the log has the traceback)
    # The line is translated here, in the worker's thread (QCoreApplication.translate is
    # thread-safe), so every owner of a task shows a UserError in the UI's language.
    cancelled = Signal(int)  # run
    done = Signal()

    def __init__(self, run: int, job: Job, stop: threading.Event) -> None:
        super().__init__()
        self._run, self._job, self._stop = run, job, stop
        self._last = (0.0, BUSY)

    @Slot()
    def work(self) -> None:
        try:
            result = self._job(self._report, self._stop.is_set)
            if self._stop.is_set():
                raise ImportCancelled()
        except ImportCancelled:
            self.cancelled.emit(self._run)
        except UserError as error:  # SurveyError, PdfExportError, WorkbookWriteError...
            self.failed.emit(self._run, user_text(error))
        except OSError as error:
            self.failed.emit(self._run, _os_message(error))
        except Exception:  # a bug: the user gets one line, the log the traceback
            log.exception("survey import job failed")
            self.failed.emit(self._run, "")
        else:
            self.succeeded.emit(self._run, result)
        finally:
            self.done.emit()

    def _report(self, done: int, total: int) -> None:
        permille = min(PROGRESS_STEPS, done * PROGRESS_STEPS // total) if total > 0 else BUSY
        now = time.monotonic()
        last_time, last_permille = self._last
        if permille != last_permille and (now - last_time >= REPORT_INTERVAL or done == total):
            self._last = (now, permille)
            self.progressed.emit(self._run, permille)


def _os_message(error: OSError) -> str:
    name = getattr(error, "filename", None)
    reason = error.strerror or str(error)
    return f"{name}: {reason}" if name else reason


class BackgroundTask(QObject):
    """The one job a page or command is running; starting another cancels it."""

    progressed = Signal(int)  # permille, or BUSY
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = 0  # the run whose answers count; 0: none
        self._runs: dict[int, tuple[QThread, _Worker, threading.Event]] = {}
        self._counter = 0
        app = QCoreApplication.instance()
        if app is not None:  # a thread still running when Python tears Qt down aborts
            app.aboutToQuit.connect(self.shutdown)

    def is_running(self) -> bool:
        return self._current != 0

    def has_threads(self) -> bool:
        """Whether a thread is still working (a cancelled one finishes its current step)."""
        return any(thread.isRunning() for thread, _worker, _stop in self._runs.values())

    def start(self, job: Job) -> None:
        self.cancel()
        self._counter += 1
        run = self._counter
        stop = threading.Event()
        thread = QThread(self)
        worker = _Worker(run, job, stop)
        worker.moveToThread(thread)
        thread.started.connect(worker.work)
        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(self._on_success)
        worker.failed.connect(self._on_failure)
        worker.cancelled.connect(self._on_cancelled)
        # Direct: quit is thread-safe, and queued to the GUI thread it would wait there,
        # so a `shutdown()` blocking the GUI thread would wait for it forever.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._reap)
        self._runs[run] = (thread, worker, stop)
        self._current = run
        thread.start()
        self.runningChanged.emit(True)

    def cancel(self) -> None:
        """Stop the current run; its answers are ignored from now on."""
        if self._current in self._runs:
            self._runs[self._current][2].set()
        if self._current:
            self._current = 0
            self.cancelled.emit()
            self.runningChanged.emit(False)

    def shutdown(self, wait_ms: int = 15000) -> None:
        """Cancel every run and wait for the threads (before the owner is destroyed)."""
        self.cancel()
        for thread, _worker, stop in list(self._runs.values()):
            stop.set()
            thread.quit()  # ends the event loop as soon as the job returns
            if not thread.wait(wait_ms):
                # Destroying a running QThread aborts the app: let it finish unowned.
                log.warning("a survey job did not stop within %d ms", wait_ms)
                thread.setParent(None)
                _ORPHANS.append((thread, _worker))
        self._reap()

    @Slot(int, int)
    def _on_progress(self, run: int, permille: int) -> None:
        if run == self._current:
            self.progressed.emit(permille)

    @Slot(int, object)
    def _on_success(self, run: int, result: object) -> None:
        if run == self._current:
            self._finish()
            self.succeeded.emit(result)

    @Slot(int, str)
    def _on_failure(self, run: int, message: str) -> None:
        if run == self._current:
            self._finish()
            self.failed.emit(message or self.tr("Unexpected error; the log has the details."))

    @Slot(int)
    def _on_cancelled(self, run: int) -> None:
        if run == self._current:  # the job gave up by itself (the child was stopped)
            self._finish()
            self.cancelled.emit()

    def _finish(self) -> None:
        self._current = 0
        self.runningChanged.emit(False)

    @Slot()
    def _reap(self) -> None:
        """Forget the threads that have ended."""
        for run, (thread, _worker, _stop) in list(self._runs.items()):
            if thread.isFinished() or thread.parent() is None:
                del self._runs[run]
                if thread.parent() is not None:
                    thread.deleteLater()

"""Never lose work: the open map's unsaved changes are copied to a recovery file.

At most `autosave/interval_ms` (default 30 s, set in Preferences; a change applies to the
running timer) after the first unsaved change, the map is written to
`<app data>/recovery/KEY.journey.json` with the atomic save; the next change starts the
next interval. The recovery goes away when the map is saved (or undone back to
its saved state), or when the user chooses to discard the changes. A map that is killed
keeps its recovery, and the next start offers it (`autosave_restore.py`). When the language
switch moves the map to a new window, that window's autosave takes the recovery over.

While a window owns a recovery it holds `KEY.lock` (QLockFile: released by the system when
the process dies), so a second running Journey Designer never offers a live map.
"""

from __future__ import annotations

import atexit
import functools
import logging
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from journey_designer.storage import MapFileError
from journey_designer.storage.recovery import RecoveredMap, remove_recovery, write_recovery
from journey_designer.ui.document import MapDocument
from journey_designer.ui.editor import MapEditor
from journey_designer.ui.messages import user_text
from journey_designer.ui.settings import (
    AUTOSAVE_INTERVAL,
    DEFAULT_AUTOSAVE_MS,
    MIN_AUTOSAVE_MS,
    AppSettings,
)

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

log = logging.getLogger(__name__)

INTERVAL_KEY = AUTOSAVE_INTERVAL
DEFAULT_INTERVAL_MS = DEFAULT_AUTOSAVE_MS
MIN_INTERVAL_MS = MIN_AUTOSAVE_MS
RECOVERY_FOLDER = "recovery"


def recovery_folder() -> Path:
    """`<app data>/recovery`. Under tests (QStandardPaths' test mode) a folder of this process
    only, removed at exit: a test run never offers, nor leaves, maps to restore."""
    if QStandardPaths.isTestModeEnabled():
        return _test_run_folder()
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / RECOVERY_FOLDER


@functools.cache
def _test_run_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="journey-designer-test-recovery-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def autosave_interval_ms() -> int:
    return AppSettings().autosave_interval_ms()


def recovery_lock(folder: Path, key: str) -> QLockFile:
    lock = QLockFile(str(folder / f"{key}.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it was held
    return lock


class Autosave(QObject):
    recoveryWritten = Signal(Path)
    recoveryRemoved = Signal()

    def __init__(self, window: MainWindow, folder: Path, interval_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.write_now)
        self.key = ""
        self._document: MapDocument | None = None
        self._lock: QLockFile | None = None  # held from the first write to the removal
        self._discarded: MapDocument | None = None  # its changes were thrown away on purpose
        self._failure_shown = False
        window.editorChanged.connect(self._follow)
        window.files.changesDiscarded.connect(self._discard)
        self._follow(window.editor)

    # --- which document ------------------------------------------------------------------

    def _follow(self, editor: MapEditor) -> None:
        """Another map is shown: the last one was saved or discarded, so its recovery goes."""
        previous = self._document
        kept = previous is not None and previous.modified and previous is not self._discarded
        if kept and previous is not editor.document:
            self.write_now()  # replaced without being asked about: keep its work (never lose)
            self._release()
        else:
            self.remove()
        self._document = editor.document
        self.key = uuid.uuid4().hex[:16]
        editor.changed.connect(self._on_edit)
        editor.document.modifiedChanged.connect(self._on_modified_changed)

    def hand_over(self) -> tuple[str, QLockFile | None]:
        """Let go of the shown map and leave its recovery as it is, for another window's
        autosave to `take_over` (the language switch): the recovery's key and its lock."""
        self.timer.stop()
        handed = (self.key, self._lock)
        self._lock = None
        self._document = None  # this autosave writes and removes nothing any more
        return handed

    def take_over(self, key: str, lock: QLockFile | None) -> None:
        """Keep the recovery another window's autosave kept for the map shown now (it was
        moved here with its unsaved changes); what is unsaved is written at once."""
        self.remove()
        self.key, self._lock = key, lock
        self.write_now()

    def set_interval(self, milliseconds: int) -> None:
        """Write at most `milliseconds` after a change from now on; a write that was waiting
        happens now, so a longer interval never delays it."""
        self.timer.setInterval(milliseconds)
        if self.timer.isActive():
            self.write_now()

    def adopt(self, recovered: RecoveredMap, lock: QLockFile) -> None:
        """The shown map was restored from `recovered`: keep writing to that recovery."""
        self.remove()
        self.key, self._lock = recovered.key, lock
        self.write_now()  # the recovery now holds exactly what is shown

    # --- when to write -----------------------------------------------------------------

    def _on_edit(self) -> None:
        if self._current() and self.window.document.modified and not self.timer.isActive():
            self.timer.start()

    def _on_modified_changed(self, modified: bool) -> None:
        if not self._current():
            return
        if not modified:  # saved, or undone back to the saved state
            self.remove()
        elif not self.timer.isActive():
            self.timer.start()

    def _current(self) -> bool:
        return self.window.document is self._document

    def _discard(self) -> None:
        """The user chose to discard the changes; if the map stays after all (a cancelled
        file dialog), its recovery is written again at once."""
        self.remove()
        self._discarded = self._document
        QTimer.singleShot(0, self._write_if_still_open)

    def _write_if_still_open(self) -> None:
        if self.window.isVisible() and self._current() and self.window.document.modified:
            self._discarded = None
            self.write_now()

    # --- files ---------------------------------------------------------------------------

    def write_now(self) -> bool:
        """Copy the map to its recovery file now; False when there is nothing to copy."""
        self.timer.stop()
        document = self._document
        if document is None or not document.modified:
            return False
        if not self._hold_lock():
            return False
        try:
            path = write_recovery(self.folder, self.key, document.journey, document.path)
        except (MapFileError, ValueError) as error:
            self._report_failure(user_text(error))
            return False
        self._failure_shown = False
        self.recoveryWritten.emit(path)
        return True

    def remove(self) -> None:
        """Delete the recovery (if any) and let go of its lock."""
        self.timer.stop()
        if self._lock is None:
            return
        remove_recovery(self.folder, self.key)
        self._release()
        self.recoveryRemoved.emit()

    def _hold_lock(self) -> bool:
        if self._lock is not None:
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._report_failure(
                self.tr("{folder}: {reason}").format(
                    folder=self.folder, reason=error.strerror or error
                )
            )
            return False
        lock = recovery_lock(self.folder, self.key)
        if not lock.tryLock(0):
            self._report_failure(
                self.tr("{folder}: another Journey Designer holds the recovery of this map").format(
                    folder=self.folder
                )
            )
            return False
        self._lock = lock
        return True

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _report_failure(self, reason: str) -> None:
        log.warning("autosave failed: %s", reason)
        self.timer.start()  # try again after the next interval
        if not self._failure_shown:  # said once, not every 30 s
            self._failure_shown = True
            message = self.tr("Autosave failed ({reason}). Save the map to keep your changes.")
            self.window.statusBar().showMessage(message.format(reason=reason), 15000)


def install_autosave(window: MainWindow) -> Autosave:
    return Autosave(window, recovery_folder(), autosave_interval_ms())

"""Maps opened from the desktop while the app runs: macOS hands a double-clicked
`*.journey.json` (and, at launch, the file that started the app) to the application as a
QFileOpenEvent rather than on the command line. The map opens in the current window, after
the usual "save changes?" question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from journey_designer.ui.main_window import MainWindow


class FileOpenEvents(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        path = Path(event.file())
        # After the event has returned: the question and the file's errors are modal.
        QTimer.singleShot(0, lambda: open_in_current_window(path))
        return True


def open_in_current_window(path: Path) -> None:
    window = current_main_window()
    if window is not None and window.files.maybe_save():
        window.files.open_path(path)


def current_main_window() -> MainWindow | None:
    """The window to open in: the active one, else any shown (a language switch replaces it)."""
    active = QApplication.activeWindow()
    if isinstance(active, MainWindow):
        return active
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    return shown[0] if shown else None


def install_file_open_events(app: QApplication) -> FileOpenEvents:
    handler = FileOpenEvents(app)
    app.installEventFilter(handler)
    return handler

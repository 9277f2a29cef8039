"""Start the app: `run(path, language)` is what the `journey-designer` command calls.

Start-up is kept short (target: the sample map on screen within 0.6 s): only QtCore,
QtGui and QtWidgets are imported, nothing of the PDF or spreadsheet code, and the map is
laid out and its scene built before the window first paints.

The preferences apply before the window is built: the interface language (`--lang` wins
over the saved one, which wins over the system's), the theme and the interface font.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from journey_designer import __version__
from journey_designer.resources import MissingResourceError, icon_path
from journey_designer.ui.autosave_restore import offer_recovered_maps
from journey_designer.ui.file_open_events import FileOpenEvents, install_file_open_events
from journey_designer.ui.i18n import install_translators, resolve_language
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.map_font import load_map_font
from journey_designer.ui.settings import APPLICATION_NAME, ORGANIZATION_NAME, AppSettings
from journey_designer.ui.theme import apply_appearance
from journey_designer.ui.tour import maybe_start_first_run_tour

log = logging.getLogger(__name__)
APP_ICON = "journey_designer.svg"


def run(path: Path | None, language: str | None) -> int:
    """Open `path` (or the sample map) in the UI `language` ("zh", "en"; None: the saved
    preference, else the system's) and run until the last window closes."""
    app, _window = start(path, language)
    return app.exec()


def start(path: Path | None, language: str | None) -> tuple[QApplication, MainWindow]:
    """Everything `run` does before the event loop: the app with its preferences applied,
    the main window shown on `path` (or the sample map)."""
    started = time.perf_counter()
    app = create_application()
    settings = AppSettings()
    saved = settings.language()
    ui_language = resolve_language(language or (None if saved == "system" else saved))
    apply_appearance(app, settings)
    install_translators(app, ui_language)
    if app.findChild(FileOpenEvents) is None:
        install_file_open_events(app)
    window = create_main_window(ui_language, settings)
    problem = open_first_map(window, path)
    window.view.firstPainted.connect(
        lambda: log.debug(
            "map on screen %.0f ms after run()", (time.perf_counter() - started) * 1000
        )
    )
    window.show()
    QTimer.singleShot(0, lambda: _after_first_show(window, problem))
    return app, window


def _after_first_show(window: MainWindow, problem: str | None) -> None:
    """Offer what a crash left behind first, then say why the file could not be opened, then
    (on the very first run) show the tour."""
    offer_recovered_maps(window)
    if problem is not None:
        QMessageBox.warning(window, window.files.cannot_open_title(), problem)
    maybe_start_first_run_tour(window)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("journey-designer")
    try:
        app.setWindowIcon(QIcon(str(icon_path(APP_ICON))))
    except MissingResourceError as error:
        log.warning("%s", error)
    return app


def create_main_window(language: str, settings: AppSettings | None = None) -> MainWindow:
    settings = settings or AppSettings()
    map_font = load_map_font(settings.cjk_font())
    return MainWindow(map_font, language, settings)


def open_first_map(window: MainWindow, path: Path | None) -> str | None:
    """Open `path`, else the sample map; the reason `path` could not be opened, if it could not."""
    problem = window.files.try_open(path) if path is not None else None
    if path is None or problem is not None:
        window.files.open_sample()
    return problem

"""UI test fixtures: fresh settings, a translated app, a main window on the sample map."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_designer.ui.app import create_main_window, open_first_map
from journey_designer.ui.i18n import install_translators, remove_translators
from journey_designer.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Call with "zh" or "en" to install that language's translators for this test."""
    installed = []

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield install
    remove_translators(qapp, installed)


@pytest.fixture
def make_window(qtbot: QtBot, translated: Callable[[str], None]) -> Iterator[WindowFactory]:
    """Build a shown main window on the sample map, in the given UI language."""
    windows: list[MainWindow] = []

    def make(language: str = "en") -> MainWindow:
        translated(language)
        window = create_main_window(language)
        open_first_map(window, None)
        # pytest-qt closes its widgets before fixtures end: forget unsaved edits first, so
        # closing asks no "save changes?" question.
        qtbot.addWidget(window, before_close_func=_forget_unsaved_changes)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        # Keyboard focus needs the active window: a window left by an earlier test may hold it.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        _forget_unsaved_changes(window)


def _forget_unsaved_changes(window: MainWindow) -> None:
    window.editor.undo_stack.setClean()
    window.document.set_modified(False)


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window("en")

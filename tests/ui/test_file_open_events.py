"""A map opened from the desktop while the app runs (macOS's QFileOpenEvent) opens in the
current window, after the "save changes?" question."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_designer.ui.file_commands import FileCommands
from journey_designer.ui.file_open_events import install_file_open_events
from tests.ui.conftest import WindowFactory

TEMPLATE = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "templates"
    / "b2b_full_funnel.en.journey.json"
)


@pytest.mark.parametrize("answer", [True, False])
def test_a_file_open_event_opens_the_map_after_asking(
    qapp: QApplication,
    qtbot: QtBot,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    window = make_window("en")
    asked: list[bool] = []
    monkeypatch.setattr(FileCommands, "maybe_save", lambda _self: asked.append(True) or answer)
    handler = install_file_open_events(qapp)
    try:
        assert QApplication.sendEvent(qapp, QFileOpenEvent(str(TEMPLATE)))
        qtbot.waitUntil(lambda: bool(asked))
        qtbot.wait(20)
        opened = window.document.path == TEMPLATE
        assert opened is answer
    finally:
        qapp.removeEventFilter(handler)
        handler.deleteLater()

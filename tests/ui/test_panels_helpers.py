"""Helpers for the panel tests (no tests here): drive the panels as a user would, by
selecting on the canvas, typing (Chinese through the input method) and pressing keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journey_designer.model import Card, LaneKind
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.panels import Panels

CTRL = Qt.KeyboardModifier.ControlModifier


def cards_in(window: MainWindow, kind: LaneKind) -> list[Card]:
    journey = window.document.journey
    lanes = {lane.id for lane in journey.lanes if lane.kind is kind}
    return [card for card in journey.cards if card.lane_id in lanes]


def card_lines(window: MainWindow, card_id: str) -> list[str]:
    item = window.scene.item_for(card_id)
    assert isinstance(item, CardItem)
    return [line.text for line in item.box.lines]


def badges(window: MainWindow, card_id: str) -> set[tuple[str, str]]:
    item = window.scene.item_for(card_id)
    assert isinstance(item, CardItem)
    return {(badge.kind, badge.key) for badge in item.box.badges}


def panels(window: MainWindow) -> Panels:
    return window.panels


def select(qtbot: QtBot, window: MainWindow, *model_ids: str) -> None:
    """Select items on the canvas; wait until the inspector shows them."""
    window.scene.clearSelection()
    for model_id in model_ids:
        item = window.scene.item_for(model_id)
        assert item is not None, model_id
        item.setSelected(True)
    inspector = panels(window).inspector
    qtbot.waitUntil(lambda: set(inspector.target[1]) == set(model_ids))


def click_on_canvas(window: MainWindow, model_id: str) -> None:
    """Click an item where it is drawn on the canvas."""
    item = window.scene.item_for(model_id)
    assert item is not None
    window.view.ensureVisible(item)
    point = window.view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def click_empty_canvas(window: MainWindow) -> None:
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def type_text(widget: QWidget, text: str) -> None:
    """Type `text`: ASCII key by key, Return for a new line, anything else as an input
    method commits it (QTest's key clicks know only ASCII)."""
    for chunk in _runs(text):
        if chunk == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif chunk.isascii():
            QTest.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QCoreApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    """ "ab中文\nc" -> ["ab", "中文", "\n", "c"]."""
    runs: list[str] = []
    for char in text:
        joins = runs and "\n" not in (char, runs[-1]) and runs[-1].isascii() == char.isascii()
        if joins:
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def replace_text(widget: QWidget, text: str) -> None:
    """Click into a field, select all it holds and type `text` over it."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(widget, text)


def undo_with_keyboard(window: MainWindow) -> None:
    window.activateWindow()  # shortcuts need the window active again after a dialog
    assert QTest.qWaitForWindowActive(window)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)


def clear_selections() -> None:
    """Deselect on every main window before it is destroyed.

    Workaround: a scene destroyed with a selection emits selectionChanged to the card
    editing's slot after the scene's wrapper is gone ("MapScene already deleted"), which
    pytest-qt reports in whichever test runs next.
    """
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.scene.clearSelection()

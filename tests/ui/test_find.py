"""Ctrl+F finds text on the cards: a bar at the bottom, matches outlined, Enter/F3 to the next."""

from __future__ import annotations

from cards_helpers import CTRL, SHIFT, card_centre, double_click, key, type_text
from conftest import WindowFactory
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_designer.ui.find_bar import matching_cards
from journey_designer.ui.main_window import MainWindow


def marks(window: MainWindow) -> dict[str, str]:
    return {i.card_id: i.find_mark for i in window.scene.card_items() if i.find_mark is not None}


def open_find(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    key(window, Qt.Key.Key_F, CTRL)


def test_ctrl_f_finds_highlights_and_steps_through_matches(
    window: MainWindow, qtbot: QtBot
) -> None:
    bar = window.cards.find_bar
    open_find(window, qtbot)
    assert bar.isVisible() and bar.field.hasFocus()
    assert window.toolBarArea(bar) == Qt.ToolBarArea.BottomToolBarArea
    QTest.keyClicks(bar.field, "WARRANTY")  # any case
    expected = ["c-de-ac-2", "c-de-tp-2", "c-de-th-1", "c-de-pp-2", "c-de-op-1"]  # reading order
    assert marks(window) == {
        card_id: ("current" if i == 0 else "match") for i, card_id in enumerate(expected)
    }
    assert bar.count.text() == f"1 of {len(expected)}"
    assert window.scene.selected_card_ids() == [expected[0]]
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert (
        window.scene.selected_card_ids() == [expected[1]]
        and marks(window)[expected[1]] == "current"
    )
    QTest.keyClick(bar.field, Qt.Key.Key_F3)
    QTest.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    assert bar.count.text() == f"2 of {len(expected)}"
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and marks(window) == {}
    assert window.view.hasFocus()
    assert window.editor.undo_stack.count() == 0


def test_no_match_says_so(window: MainWindow, qtbot: QtBot) -> None:
    open_find(window, qtbot)
    QTest.keyClicks(window.cards.find_bar.field, "zebra crossing")
    assert window.cards.find_bar.count.text() == "No matches" and marks(window) == {}


def test_matches_follow_an_edit(window: MainWindow, qtbot: QtBot) -> None:
    open_find(window, qtbot)
    bar = window.cards.find_bar
    QTest.keyClicks(bar.field, "barista")
    found = set(marks(window))
    double_click(window, card_centre(window, "c-aw-th-1"))
    key(window, Qt.Key.Key_End, CTRL)
    type_text(window.view, " Barista!")
    key(window, Qt.Key.Key_Return)
    assert set(marks(window)) == found | {"c-aw-th-1"}


def test_chinese_text_is_found_on_a_chinese_map(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window("zh")
    journey = window.document.journey
    word = journey.cards[0].title[:2]
    open_find(window, qtbot)
    type_text(window.cards.find_bar.field, word)
    assert set(marks(window)) == set(matching_cards(journey, word)) and marks(window)

"""Cut, copy and paste of cards: as JSON between two windows, and as plain text."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from cards_helpers import CTRL, card_centre, cell_ids, click, key
from conftest import WindowFactory
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_designer.model import JourneyMap
from journey_designer.ui.clipboard import CARDS_MIME_TYPE
from journey_designer.ui.main_window import MainWindow

PLACE_FIELDS = {"id", "lane_id", "stage_id", "order"}


@pytest.fixture(autouse=True)
def empty_clipboard_afterwards() -> Iterator[None]:
    # The offscreen platform's clipboard crashes the process at exit if it still holds
    # data (PySide6 6.11; not under xcb): leave it empty.
    yield
    QGuiApplication.clipboard().clear()


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """Keys go to the active window: make it this one, as a click on it would."""
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def content(journey: JourneyMap, card_id: str) -> dict[str, object]:
    return journey.card(card_id).model_dump(exclude=PLACE_FIELDS)


def test_copied_cards_paste_into_another_window_after_its_selected_card(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    source, target = make_window("en"), make_window("en")
    copied = ["c-aw-pp-1", "c-co-pp-1"]
    activate(source, qtbot)
    click(source, card_centre(source, "c-aw-pp-1"))
    click(source, card_centre(source, "c-co-pp-1"), CTRL)
    key(source, Qt.Key.Key_C, CTRL)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(CARDS_MIME_TYPE)
    document = json.loads(bytes(mime.data(CARDS_MIME_TYPE).data()))
    assert [entry["lane_kind"] for entry in document["cards"]] == ["pain_points"] * 2
    assert mime.text() == (
        "Jargon-heavy comparisons\nPump pressure, burr types and milk systems are hard to "
        "compare; most reviews assume expertise.\n\nPrices differ by channel\nThe same bundle "
        "costs different amounts in store, online and on marketplaces, so she waits for a deal.\n"
    )

    journey = target.document.journey
    before = journey.model_dump()
    activate(target, qtbot)
    click(target, card_centre(target, "c-de-pp-1"))
    key(target, Qt.Key.Key_V, CTRL)
    cell = cell_ids(journey, "ln-pain-points", "st-decision")
    assert cell[0] == "c-de-pp-1" and cell[3] == "c-de-pp-2"  # pasted after the selected card
    new_ids = cell[1:3]
    assert not set(new_ids) & set(before_ids(before))  # fresh ids
    assert [content(journey, i) for i in new_ids] == [
        content(source.document.journey, i) for i in copied
    ]
    assert set(target.scene.selected_card_ids()) == set(new_ids)
    assert target.editor.undo_stack.count() == 1 and source.editor.undo_stack.count() == 0
    key(target, Qt.Key.Key_Z, CTRL)
    assert target.document.journey.model_dump() == before


def before_ids(dump: dict[str, object]) -> list[str]:
    cards = dump["cards"]
    assert isinstance(cards, list)
    return [card["id"] for card in cards]


def test_pasting_with_nothing_selected_uses_the_lane_kind_and_stage(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    source, target = make_window("en"), make_window("zh")
    activate(source, qtbot)
    click(source, card_centre(source, "c-us-op-2"))
    key(source, Qt.Key.Key_C, CTRL)
    journey = target.document.journey
    opportunities = next(lane.id for lane in journey.lanes if lane.kind == "opportunities")
    use = journey.stages[3].id
    count = len(cell_ids(journey, opportunities, use))
    activate(target, qtbot)
    key(target, Qt.Key.Key_V, CTRL)
    cell = cell_ids(journey, opportunities, use)
    assert len(cell) == count + 1
    assert journey.card(cell[-1]).title == "Bean-based presets"


def test_cut_removes_the_cards_and_paste_puts_them_back_elsewhere(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    click(window, card_centre(window, "c-aw-th-1"))
    key(window, Qt.Key.Key_X, CTRL)
    assert cell_ids(journey, "ln-thoughts", "st-awareness") == []
    click(window, card_centre(window, "c-co-th-1"))
    key(window, Qt.Key.Key_V, CTRL)
    titles = [c.title for c in journey.cell_cards("ln-thoughts", "st-consideration")]
    assert titles == ["Will I keep it clean?", "Is it worth the money?"]
    assert window.editor.undo_stack.count() == 2
    key(window, Qt.Key.Key_Z, CTRL)
    key(window, Qt.Key.Key_Z, CTRL)
    assert window.document.journey.model_dump() == before


def test_plain_text_from_a_mail_pastes_as_one_card_per_line(window: MainWindow) -> None:
    journey = window.document.journey
    mime = QMimeData()
    mime.setText("- 排队时间太长\n- 店员不懂产品\n")
    QGuiApplication.clipboard().setMimeData(mime)
    click(window, card_centre(window, "c-lo-pp-1"))
    key(window, Qt.Key.Key_V, CTRL)
    titles = [c.title for c in journey.cell_cards("ln-pain-points", "st-loyalty")]
    assert titles == ["Subscription hard to pause", "排队时间太长", "店员不懂产品"]
    assert window.editor.undo_stack.count() == 1


def test_foreign_data_under_our_type_is_refused_with_a_message(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    mime = QMimeData()
    mime.setData(CARDS_MIME_TYPE, b'{"format": "something else"}')
    QGuiApplication.clipboard().setMimeData(mime)
    window.view.setFocus()
    key(window, Qt.Key.Key_V, CTRL)
    assert window.document.journey.model_dump() == before
    assert "Cannot paste" in window.statusBar().currentMessage()

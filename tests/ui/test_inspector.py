"""The inspector: typed and picked values reach the map as one undo step each, the canvas
shows them, undo shows the old values, and nothing typed is lost or overwritten."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from test_panels_helpers import (
    CTRL,
    badges,
    card_lines,
    cards_in,
    clear_selections,
    click_empty_canvas,
    click_on_canvas,
    panels,
    replace_text,
    select,
    undo_with_keyboard,
)

from journey_designer.model import LaneKind, Priority, Severity
from journey_designer.model import operations as ops
from journey_designer.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _deselect_before_teardown() -> Iterator[None]:
    yield
    clear_selections()


def test_typing_a_title_with_chinese_and_enter_is_one_undo_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    card = cards_in(window, LaneKind.TOUCHPOINTS)[0]
    before = window.document.journey.model_dump()
    click_on_canvas(window, card.id)
    qtbot.waitUntil(lambda: panels(window).inspector.target == ("card", (card.id,)))
    title = panels(window).inspector.card_form.title
    assert title.text() == card.title
    replace_text(title, "Kiosk 自助结账")
    QTest.keyClick(title, Qt.Key.Key_Shift)  # a modifier alone (input methods) commits nothing
    assert window.document.journey.card(card.id).title == card.title  # not before Enter
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert window.document.journey.card(card.id).title == "Kiosk 自助结账"
    assert "Kiosk 自助结账" in card_lines(window, card.id)
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.text(0) == "Edit card title"
    QTest.keyClick(title, Qt.Key.Key_Tab)  # leaving the field commits nothing more
    assert window.editor.undo_stack.count() == 1
    undo_with_keyboard(window)
    assert window.document.journey.model_dump() == before
    assert title.text() == card.title  # the inspector shows the old value again


def test_multi_line_text_commits_when_the_field_is_left(qtbot: QtBot, window: MainWindow) -> None:
    card = cards_in(window, LaneKind.THOUGHTS)[0]
    select(qtbot, window, card.id)
    text = panels(window).inspector.card_form.text
    replace_text(text, "第一行\nsecond line")
    click_empty_canvas(window)
    assert window.document.journey.card(card.id).text == "第一行\nsecond line"
    assert window.editor.undo_stack.text(0) == "Edit card text"


def test_typed_text_is_committed_before_a_window_shortcut_runs(
    qtbot: QtBot, window: MainWindow
) -> None:
    card = cards_in(window, LaneKind.ACTIONS)[0]
    select(qtbot, window, card.id)
    notes = panels(window).inspector.card_form.notes
    replace_text(notes, "ask about 价格")
    zoom = window.view.zoom()
    QTest.keyClick(notes, Qt.Key.Key_0, CTRL)  # Fit to Window (Ctrl+S would save the same way)
    assert window.document.journey.card(card.id).notes == "ask about 价格"
    assert window.view.zoom() != zoom  # and the shortcut still did its work
    assert notes.hasFocus()


def test_an_edit_elsewhere_does_not_overwrite_what_is_being_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    first, other = cards_in(window, LaneKind.ACTIONS)[:2]
    select(qtbot, window, first.id)
    title = panels(window).inspector.card_form.title
    replace_text(title, "half typed")
    window.editor.apply(ops.update_card(other.id, title="changed meanwhile"), "Rename")
    assert title.text() == "half typed" and title.hasFocus()
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert window.document.journey.card(first.id).title == "half typed"


def test_severity_is_picked_from_the_combo(qtbot: QtBot, window: MainWindow) -> None:
    card = next(c for c in cards_in(window, LaneKind.PAIN_POINTS) if c.severity is Severity.MEDIUM)
    select(qtbot, window, card.id)
    form = panels(window).inspector.card_form
    assert form.severity.isVisibleTo(form) and not form.priority.isVisibleTo(form)
    assert form.severity.currentText() == window.labels["severity.medium"]
    form.severity.setFocus()
    QTest.keyClick(form.severity, Qt.Key.Key_Down)
    assert window.document.journey.card(card.id).severity is Severity.HIGH
    assert ("severity", "high") in badges(window, card.id)  # the canvas shows it
    assert window.editor.undo_stack.text(0) == "Change severity"
    undo_with_keyboard(window)
    assert window.document.journey.card(card.id).severity is Severity.MEDIUM
    assert form.severity.currentText() == window.labels["severity.medium"]


def test_three_cards_get_a_priority_in_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    chosen = cards_in(window, LaneKind.OPPORTUNITIES)[:3]
    assert {c.priority for c in chosen} != {Priority.LOW}
    before = window.document.journey.model_dump()
    select(qtbot, window, *(c.id for c in chosen))
    form = panels(window).inspector.cards_form
    assert panels(window).inspector.shown_page() is form
    assert form.priority.currentIndex() == -1  # the cards differ: no value shown
    form.priority.setFocus()
    QTest.keyClick(form.priority, Qt.Key.Key_Down)  # from no value to the first: (none)
    QTest.keyClick(form.priority, Qt.Key.Key_Down)  # Low priority
    journey = window.document.journey
    assert all(journey.card(c.id).priority is Priority.LOW for c in chosen)
    assert window.editor.undo_stack.count() == 2
    assert window.editor.undo_stack.text(1) == "Change priority of 3 cards"
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    assert window.document.journey.model_dump() == before


def test_tags_are_added_to_every_selected_card(qtbot: QtBot, window: MainWindow) -> None:
    chosen = cards_in(window, LaneKind.ACTIONS)[:2]
    select(qtbot, window, *(c.id for c in chosen))
    field = panels(window).inspector.cards_form.add_tags
    replace_text(field, "vip，移动端")
    QTest.keyClick(field, Qt.Key.Key_Return)
    journey = window.document.journey
    assert all(journey.card(c.id).tags[-2:] == ["vip", "移动端"] for c in chosen)
    assert window.editor.undo_stack.count() == 1 and field.text() == ""


def test_a_stage_and_a_lane_show_their_own_fields(qtbot: QtBot, window: MainWindow) -> None:
    journey = window.document.journey
    stage = journey.stages[1]
    click_on_canvas(window, stage.id)
    inspector = panels(window).inspector
    qtbot.waitUntil(lambda: inspector.target == ("stage", (stage.id,)))
    form = inspector.stage_form
    replace_text(form.name, "比较")
    QTest.keyClick(form.name, Qt.Key.Key_Return)
    assert window.document.journey.stage(stage.id).name == "比较"
    assert form.name.hasFocus()  # the canvas rebuilt its headers; the field kept the focus
    assert inspector.shown_page() is form
    form.stage_width.setFocus()
    QTest.keyClick(form.stage_width, Qt.Key.Key_Up)
    assert window.document.journey.stage(stage.id).width == stage.width + 10
    lane = next(lane for lane in journey.lanes if lane.kind is LaneKind.BACKSTAGE)
    select(qtbot, window, lane.id)
    lane_form = inspector.lane_form
    replace_text(lane_form.title, "Behind the scenes")
    QTest.keyClick(lane_form.title, Qt.Key.Key_Return)
    assert window.document.journey.lane(lane.id).title == "Behind the scenes"
    assert window.editor.undo_stack.count() == 3


def test_nothing_selected_shows_a_hint(qtbot: QtBot, window: MainWindow) -> None:
    card = window.document.journey.cards[0]
    select(qtbot, window, card.id)
    window.scene.clearSelection()
    inspector = panels(window).inspector
    qtbot.waitUntil(lambda: inspector.shown_page() is inspector.empty_page)
    assert "Select a card" in inspector.empty_text.text()


def test_clicking_another_card_keeps_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    first, second = cards_in(window, LaneKind.THOUGHTS)[:2]
    select(qtbot, window, first.id)
    form = panels(window).inspector.card_form
    replace_text(form.title, "没按回车")
    click_on_canvas(window, second.id)
    qtbot.waitUntil(lambda: panels(window).inspector.target == ("card", (second.id,)))
    assert window.document.journey.card(first.id).title == "没按回车"
    assert form.title.text() == second.title

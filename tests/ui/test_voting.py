"""Dot-voting with real clicks: a vote is an undoable edit saved in the map and drawn on the
card; other cards say why nothing happened; the top-voted list and Reset Votes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from journey_designer.model import LaneKind
from journey_designer.storage import load_map
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.voting import DotVoting

Key = Qt.Key
LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_KEYS = Qt.KeyboardModifier.NoModifier


def voting(window: MainWindow) -> DotVoting:
    return window.workshop.voting


def cards_of(window: MainWindow, kind: LaneKind) -> list[str]:
    journey = window.document.journey
    lanes = {lane.id for lane in journey.lanes if lane.kind == kind}
    return [card.id for card in journey.cards if card.lane_id in lanes]


def point_on(window: MainWindow, card_id: str) -> QPoint:
    """A viewport point on the card, after bringing it into view."""
    item = window.scene.item_for(card_id)
    assert isinstance(item, CardItem)
    window.view.centerOn(item)
    return window.view.mapFromScene(item.sceneBoundingRect().center())


def click(
    qtbot: QtBot, window: MainWindow, card_id: str, modifier: Qt.KeyboardModifier = NO_KEYS
) -> None:
    qtbot.mouseClick(window.view.viewport(), LEFT, modifier, point_on(window, card_id))


def votes(window: MainWindow, card_id: str) -> int:
    return window.document.journey.card(card_id).votes


def drawn_votes(window: MainWindow, card_id: str) -> int:
    item = window.scene.item_for(card_id)
    assert isinstance(item, CardItem)
    return item.box.votes


def test_v_then_a_click_adds_a_vote_saved_in_the_map_and_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    pain = cards_of(window, LaneKind.PAIN_POINTS)[0]
    qtbot.keyClick(window.view, Key.Key_V)
    assert voting(window).active and voting(window).banner.isVisible()
    click(qtbot, window, pain)
    click(qtbot, window, pain)
    assert votes(window, pain) == 2 and drawn_votes(window, pain) == 2
    assert window.document.modified
    assert window.editor.undo_stack.count() == 2  # one undo step per vote
    assert "2 vote" in voting(window).toast.text()
    window.editor.undo_stack.undo()
    assert votes(window, pain) == 1 and drawn_votes(window, pain) == 1
    window.document.save(tmp_path / "voted.journey.json")
    assert load_map(tmp_path / "voted.journey.json").card(pain).votes == 1


def test_shift_click_takes_a_vote_back_never_below_zero(window: MainWindow, qtbot: QtBot) -> None:
    idea = cards_of(window, LaneKind.OPPORTUNITIES)[0]
    voting(window).set_active(True)
    click(qtbot, window, idea)
    click(qtbot, window, idea, SHIFT)
    assert votes(window, idea) == 0
    steps = window.editor.undo_stack.count()
    click(qtbot, window, idea, SHIFT)
    assert votes(window, idea) == 0 and window.editor.undo_stack.count() == steps
    assert "no votes to take back" in voting(window).toast.text()


def test_a_double_click_is_two_votes_and_opens_no_editor(window: MainWindow, qtbot: QtBot) -> None:
    pain = cards_of(window, LaneKind.PAIN_POINTS)[1]
    voting(window).set_active(True)
    position = point_on(window, pain)
    viewport = window.view.viewport()
    # What Qt 6 sends for a double click (seen under X11): press, release, double click,
    # release; the double click stands for the second press.
    qtbot.mouseClick(viewport, LEFT, pos=position)
    qtbot.mouseDClick(viewport, LEFT, pos=position)
    qtbot.mouseRelease(viewport, LEFT, pos=position)
    assert votes(window, pain) == 2
    assert window.scene.focusItem() is None and not window.scene.selectedItems()


def test_a_click_on_another_kind_of_card_says_why_nothing_happened(
    window: MainWindow, qtbot: QtBot
) -> None:
    touchpoint = cards_of(window, LaneKind.TOUCHPOINTS)[0]
    journey_before = window.document.journey.model_copy(deep=True)
    voting(window).set_active(True)
    click(qtbot, window, touchpoint)
    assert window.document.journey == journey_before and not window.document.modified
    message = voting(window).toast.text()
    assert message.startswith("Only pain points and opportunities take votes")
    assert window.statusBar().currentMessage() == message


def test_without_voting_a_click_selects_the_card(window: MainWindow, qtbot: QtBot) -> None:
    pain = cards_of(window, LaneKind.PAIN_POINTS)[0]
    voting(window).set_active(True)
    qtbot.keyClick(window.view, Key.Key_V)  # off again
    assert not voting(window).active and not voting(window).banner.isVisible()
    click(qtbot, window, pain)
    assert votes(window, pain) == 0
    assert [item.model_id for item in window.scene.selected_map_items()] == [pain]


def test_top_voted_lists_by_votes_and_reset_is_one_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    pains, ideas = cards_of(window, LaneKind.PAIN_POINTS), cards_of(window, LaneKind.OPPORTUNITIES)
    voting(window).set_active(True)
    for card_id, count in ((ideas[2], 3), (pains[1], 1), (pains[0], 2)):
        for _ in range(count):
            click(qtbot, window, card_id)
    dialog = voting(window).show_top_voted()
    qtbot.waitExposed(dialog)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [(row.text(0), row.text(1)) for row in rows[:3]] == [("1", "3"), ("2", "2"), ("3", "1")]
    journey = window.document.journey
    assert rows[0].text(2) == journey.card(ideas[2]).title
    assert rows[0].text(3) == "Opportunity"
    assert rows[0].text(4) == journey.stage(journey.card(ideas[2]).stage_id).name
    assert len(rows) == len(pains) + len(ideas)
    click(qtbot, window, pains[1])  # the open list follows the votes
    assert [dialog.tree.topLevelItem(i).text(1) for i in range(3)] == ["3", "2", "2"]
    steps = window.editor.undo_stack.count()
    qtbot.mouseClick(dialog.reset_button, LEFT)
    assert all(card.votes == 0 for card in window.document.journey.cards)
    assert window.editor.undo_stack.count() == steps + 1
    assert not dialog.reset_button.isEnabled()
    window.editor.undo_stack.undo()
    assert votes(window, ideas[2]) == 3 and votes(window, pains[1]) == 2
    dialog.tree.itemActivated.emit(dialog.tree.topLevelItem(0), 0)
    assert [item.model_id for item in window.scene.selected_map_items()] == [ideas[2]]
    dialog.close()


def test_voting_in_the_presentation_and_undo_without_the_menu_bar(
    window: MainWindow, qtbot: QtBot
) -> None:
    undo_in_window = window.menu_actions.undo in window.actions()
    qtbot.keyClick(window.view, Key.Key_F5)
    qtbot.keyClick(window.view, Key.Key_V)
    assert window.isFullScreen() and voting(window).active
    qtbot.waitUntil(lambda: not window.workshop.presentation.animation.state().value)
    pain = cards_of(window, LaneKind.PAIN_POINTS)[0]  # in the first stage, shown now
    item = window.scene.item_for(pain)
    assert item is not None
    position = window.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(window.view.viewport(), LEFT, pos=position)
    assert votes(window, pain) == 1
    qtbot.keyClick(window.view, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert votes(window, pain) == 0
    qtbot.keyClick(window.view, Key.Key_Escape)
    assert not window.isFullScreen() and voting(window).active  # voting goes on
    assert (window.menu_actions.undo in window.actions()) == undo_in_window

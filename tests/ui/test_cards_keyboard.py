"""Keyboard first: arrows between cards and cells, Tab to the next cell, Enter edits or adds,
Esc cancels, Ctrl+N next to the selection."""

from __future__ import annotations

from cards_helpers import CTRL, SHIFT, card_centre, cell_ids, click, key, type_text
from PySide6.QtCore import Qt

from journey_designer.model import Lane, LaneKind
from journey_designer.model import operations as ops
from journey_designer.ui.main_window import MainWindow

AWARENESS, CONSIDERATION = "st-awareness", "st-consideration"


def selected(window: MainWindow) -> list[str]:
    return window.scene.selected_card_ids()


def add_empty_lane(window: MainWindow) -> str:
    """A notes lane at the bottom, every cell empty (set up as one edit, then forgotten)."""
    window.editor.apply(ops.add_lane(Lane(id="ln-ideas", kind=LaneKind.NOTES, title="Ideas")), "")
    window.editor.undo_stack.clear()
    return "ln-ideas"


def test_arrows_walk_through_cards_and_cells(window: MainWindow) -> None:
    click(window, card_centre(window, "c-aw-ac-1"))
    key(window, Qt.Key.Key_Down)
    assert selected(window) == ["c-aw-ac-2"]
    key(window, Qt.Key.Key_Down)  # past the cell's last card: the lane below
    assert selected(window) == ["c-aw-tp-1"]
    key(window, Qt.Key.Key_Right)
    assert selected(window) == ["c-co-tp-1"]
    key(window, Qt.Key.Key_Down)
    key(window, Qt.Key.Key_Left)  # the card at the same position in the stage before
    assert selected(window) == ["c-aw-tp-2"]
    key(window, Qt.Key.Key_Up)
    key(window, Qt.Key.Key_Up)  # up from the lane's first card: the lane above's last card
    assert selected(window) == ["c-aw-ac-2"]
    for _ in range(5):
        key(window, Qt.Key.Key_Left)  # the first stage holds the keyboard
    assert selected(window) == ["c-aw-ac-2"]
    assert window.editor.undo_stack.count() == 0


def test_arrows_with_nothing_selected_start_at_the_first_card(window: MainWindow) -> None:
    window.view.setFocus()
    key(window, Qt.Key.Key_Right)
    assert selected(window) == ["c-aw-ac-1"]


def test_tab_goes_to_the_next_cell_and_enter_types_a_card_in_an_empty_one(
    window: MainWindow,
) -> None:
    lane = add_empty_lane(window)
    journey = window.document.journey
    click(window, card_centre(window, "c-lo-mt-1"))  # the last stage of the last card lane
    key(window, Qt.Key.Key_Tab)  # on to the new lane's first cell, which is empty
    assert selected(window) == [] and window.cards.place is not None
    assert window.cards.place.cell == (lane, AWARENESS)
    assert window.cards.keyboard.cell_cursor.isVisible()
    key(window, Qt.Key.Key_Tab)
    assert window.cards.place.cell == (lane, CONSIDERATION)
    key(window, Qt.Key.Key_Tab, SHIFT)
    key(window, Qt.Key.Key_Return)
    type_text(window.view, "Loyalty stamp card")
    key(window, Qt.Key.Key_Return)
    (new_id,) = cell_ids(journey, lane, AWARENESS)
    assert journey.card(new_id).title == "Loyalty stamp card"
    assert selected(window) == [new_id] and not window.cards.keyboard.cell_cursor.isVisible()


def test_tab_while_typing_commits_and_moves_on(window: MainWindow) -> None:
    lane = add_empty_lane(window)
    journey = window.document.journey
    click(window, card_centre(window, "c-lo-mt-1"))
    key(window, Qt.Key.Key_Tab)
    key(window, Qt.Key.Key_Return)
    type_text(window.view, "第一个想法")
    key(window, Qt.Key.Key_Tab)  # commits, and the next cell is the keyboard's place
    assert [c.title for c in journey.cell_cards(lane, AWARENESS)] == ["第一个想法"]
    assert window.cards.place is not None and window.cards.place.cell == (lane, CONSIDERATION)
    key(window, Qt.Key.Key_Return)
    type_text(window.view, "第二个")
    key(window, Qt.Key.Key_Return)
    assert [c.title for c in journey.cell_cards(lane, CONSIDERATION)] == ["第二个"]
    assert window.editor.undo_stack.count() == 2


def test_f2_and_enter_edit_the_selected_card_and_esc_cancels(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    click(window, card_centre(window, "c-aw-bs-1"))
    key(window, Qt.Key.Key_F2)
    editor = window.cards.sessions.text_editor
    assert editor.is_open and editor.typed_text().startswith("Creator & SEO programme")
    key(window, Qt.Key.Key_Escape)
    assert not editor.is_open and journey.model_dump() == before
    assert selected(window) == ["c-aw-bs-1"]  # still there for the next key
    key(window, Qt.Key.Key_Return)
    key(window, Qt.Key.Key_End, CTRL)
    type_text(window.view, " (weekly)")
    key(window, Qt.Key.Key_Return)
    assert journey.card("c-aw-bs-1").text.endswith("search terms. (weekly)")


def test_esc_clears_the_selection(window: MainWindow) -> None:
    click(window, card_centre(window, "c-aw-ac-1"))
    key(window, Qt.Key.Key_Escape)
    assert selected(window) == [] and window.cards.place is None


def test_delete_then_ctrl_n_types_into_the_emptied_cell(window: MainWindow) -> None:
    journey = window.document.journey
    click(window, card_centre(window, "c-aw-th-1"))
    key(window, Qt.Key.Key_Delete)
    assert cell_ids(journey, "ln-thoughts", AWARENESS) == []
    assert window.cards.keyboard.cell_cursor.isVisible()
    key(window, Qt.Key.Key_N, CTRL)
    type_text(window.view, "Why so many models?")
    key(window, Qt.Key.Key_Return)
    assert [c.title for c in journey.cell_cards("ln-thoughts", AWARENESS)] == [
        "Why so many models?"
    ]
    assert window.editor.undo_stack.count() == 2

"""Dragging cards between cells and within one, selecting with clicks and the rubber band."""

from __future__ import annotations

from cards_helpers import (
    CTRL,
    SHIFT,
    card_centre,
    card_item,
    card_rect,
    cell_ids,
    click,
    drag,
    key,
    press_and_move,
    release_at,
)
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journey_designer.ui.main_window import MainWindow

ACTIONS, AWARENESS, CONSIDERATION = "ln-actions", "st-awareness", "st-consideration"


def test_a_drag_of_two_selected_cards_to_another_stage_is_one_undo_step(
    window: MainWindow,
) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    click(window, card_centre(window, "c-aw-ac-1"))
    click(window, card_centre(window, "c-aw-ac-2"), CTRL)
    target_cell = window.scene.cell_rect((ACTIONS, CONSIDERATION))
    last = card_rect(window, "c-co-ac-2")
    end = QPointF(target_cell.center().x(), last.bottom() + 3)
    press_and_move(window, card_centre(window, "c-aw-ac-1"), end)
    indicator = window.cards.gestures.indicator
    assert indicator.isVisible()
    assert last.bottom() <= indicator.line.y1() <= target_cell.bottom()  # below the last card
    assert card_item(window, "c-aw-ac-2").opacity() < 1.0  # both follow the mouse
    assert journey.model_dump() == before  # nothing moves in the map during the drag
    release_at(window, end)
    assert cell_ids(journey, ACTIONS, CONSIDERATION) == [
        "c-co-ac-1",
        "c-co-ac-2",
        "c-aw-ac-1",
        "c-aw-ac-2",
    ]
    assert cell_ids(journey, ACTIONS, AWARENESS) == []
    assert not indicator.isVisible() and card_item(window, "c-aw-ac-2").opacity() == 1.0
    assert window.editor.undo_stack.count() == 1
    key(window, Qt.Key.Key_Z, CTRL)
    assert window.document.journey.model_dump() == before
    assert card_item(window, "c-aw-ac-1").pos().x() < target_cell.left()  # back in its stage


def test_dragging_a_card_below_its_neighbour_reorders_the_cell(window: MainWindow) -> None:
    journey = window.document.journey
    second = card_rect(window, "c-co-pp-2")
    drag(
        window, card_centre(window, "c-co-pp-1"), QPointF(second.center().x(), second.bottom() + 2)
    )
    assert cell_ids(journey, "ln-pain-points", CONSIDERATION) == ["c-co-pp-2", "c-co-pp-1"]
    assert [c.order for c in journey.cell_cards("ln-pain-points", CONSIDERATION)] == [0, 1]
    assert window.editor.undo_stack.count() == 1


def test_a_drop_where_the_cards_were_makes_no_undo_step(window: MainWindow) -> None:
    start = card_centre(window, "c-aw-ac-1")
    drag(window, start, start + QPointF(4, 6))
    assert window.editor.undo_stack.count() == 0 and not window.document.modified


def test_esc_during_a_drag_puts_the_cards_back(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    home = card_item(window, "c-aw-ac-1").pos()
    far = card_centre(window, "c-co-ac-2") + QPointF(0, 20)
    press_and_move(window, card_centre(window, "c-aw-ac-1"), far)
    assert card_item(window, "c-aw-ac-1").pos() != home
    key(window, Qt.Key.Key_Escape)
    assert card_item(window, "c-aw-ac-1").pos() == home
    release_at(window, far)
    assert window.document.journey.model_dump() == before
    assert window.editor.undo_stack.count() == 0


def test_a_drop_outside_the_cells_changes_nothing(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    header = window.scene.item_for(CONSIDERATION)
    assert header is not None
    drag(window, card_centre(window, "c-aw-ac-1"), header.sceneBoundingRect().center())
    assert window.document.journey.model_dump() == before
    assert card_item(window, "c-aw-ac-1").opacity() == 1.0


def test_shift_adds_and_ctrl_toggles_in_the_selection(window: MainWindow) -> None:
    click(window, card_centre(window, "c-aw-ac-1"))
    click(window, card_centre(window, "c-aw-tp-1"), SHIFT)
    click(window, card_centre(window, "c-aw-th-1"), CTRL)
    assert set(window.scene.selected_card_ids()) == {"c-aw-ac-1", "c-aw-tp-1", "c-aw-th-1"}
    click(window, card_centre(window, "c-aw-tp-1"), CTRL)
    assert set(window.scene.selected_card_ids()) == {"c-aw-ac-1", "c-aw-th-1"}
    click(window, card_centre(window, "c-aw-th-1"))  # a plain click: only this one
    assert window.scene.selected_card_ids() == ["c-aw-th-1"]


def test_a_rubber_band_from_an_empty_spot_selects_the_cards_it_touches(
    window: MainWindow,
) -> None:
    click(window, card_centre(window, "c-lo-ac-1"))
    drag(window, QPointF(-20, -20), card_centre(window, "c-aw-ac-2"))  # from the margin
    assert set(window.scene.selected_card_ids()) == {"c-aw-ac-1", "c-aw-ac-2"}


def test_a_drag_held_at_the_view_edge_scrolls_to_far_stages(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.view
    view.set_zoom(1.5)
    view.centerOn(card_centre(window, "c-aw-ac-1"))
    start = view.mapFromScene(card_centre(window, "c-aw-ac-1"))
    edge = QPoint(view.viewport().width() - 4, start.y())
    scrolled = view.horizontalScrollBar().value()
    QTest.mousePress(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    QTest.mouseMove(view.viewport(), start + QPoint(20, 0))
    QTest.mouseMove(view.viewport(), edge)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().value() > scrolled + 200)
    under = view.mapToScene(edge)
    assert window.cards.gestures.indicator.isVisible()
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge
    )
    card = window.document.journey.card("c-aw-ac-1")
    assert window.scene.cell_at(under) == (card.lane_id, card.stage_id) != (ACTIONS, AWARENESS)

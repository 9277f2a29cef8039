"""The tour moves on by itself a moment after the user has done what the step asks: a card
added, a card moved, a curve point changed or added, the survey wizard opened and closed,
an export made (which finishes the tour). Other edits, undo and Next by hand do not make
it jump. Most tests shorten the tour's wait (ADVANCE_MS) to QUICK_MS; the first checks
the real one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import structure_helpers
from cards_helpers import (
    CTRL,
    card_centre,
    cell_ids,
    double_click,
    drag,
    free_spot_below,
    key,
    type_text,
)
from cards_helpers import click as click_card
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journey_designer.model import Card, EmotionPoint
from journey_designer.model import operations as ops
from journey_designer.ui import tour as tour_module
from journey_designer.ui.curves import set_active_persona
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.tour import ADVANCE_MS, TOUR_DONE_KEY, Tour, start_tour
from journey_designer.ui.tour_steps import MapMarks, edits_done

PAINS, OPPORTUNITIES = "ln-pain-points", "ln-opportunities"
AWARENESS, CONSIDERATION, DECISION, LOYALTY = (
    "st-awareness",
    "st-consideration",
    "st-decision",
    "st-loyalty",
)
CURVE = "cv-enthusiast-as-is"
STEP_KEYS = ["add_card", "move_card", "curve", "survey", "export"]
QUICK_MS = 100


@pytest.fixture(autouse=True)
def quick_tour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tour_module, "ADVANCE_MS", QUICK_MS)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed export would open a modal box and stop the test: fail it instead."""

    def warn(_parent: object, _title: str, text: str, *_args: object) -> None:
        raise AssertionError(text)

    monkeypatch.setattr(QMessageBox, "warning", warn)


@pytest.fixture(autouse=True)
def empty_clipboard_afterwards() -> Iterator[None]:
    # The offscreen clipboard crashes the process at exit if it still holds data.
    yield
    QGuiApplication.clipboard().clear()


def tour_at(window: MainWindow, key_: str) -> Tour:
    """The tour, moved to the step `key_` with Next as the user would."""
    tour = start_tour(window)
    while tour.step.key != key_:
        QTest.mouseClick(tour.callout.next_button, Qt.MouseButton.LeftButton)
    return tour


def moves_on(qtbot: QtBot, tour: Tour, from_key: str, to_key: str | None) -> None:
    """Not at once (the user sees what they did first), then by itself to `to_key`
    (None: the tour has finished)."""
    assert tour.running and tour.step.key == from_key
    soon = tour.advance_timer.interval() + 1500
    if to_key is None:
        qtbot.waitUntil(lambda: not tour.running, timeout=soon)
    else:
        qtbot.waitUntil(lambda: tour.step.key == to_key, timeout=soon)
        assert tour.running and tour.callout.isVisible()
        number = STEP_KEYS.index(to_key) + 1
        assert tour.callout.counter.text() == f"Step {number} of 5"


def stays(qtbot: QtBot, tour: Tour, key_: str) -> None:
    qtbot.wait(tour.advance_timer.interval() + 300)
    assert tour.running and tour.step.key == key_


# --- step 1: add a card ---------------------------------------------------------------


def test_a_card_added_on_the_map_moves_on_to_step_2_which_points_at_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tour_module, "ADVANCE_MS", ADVANCE_MS)  # the real wait
    tour = tour_at(window, "add_card")
    assert 600 <= tour.advance_timer.interval() <= 800
    double_click(window, free_spot_below(window, PAINS, AWARENESS))
    type_text(window.view, "Queue at the till")
    key(window, Qt.Key.Key_Return)
    new_id = cell_ids(window.document.journey, PAINS, AWARENESS)[-1]
    assert window.document.journey.card(new_id).title == "Queue at the till"
    qtbot.wait(ADVANCE_MS - 300)  # the new card is seen before the callout moves
    assert tour.step.key == "add_card"
    moves_on(qtbot, tour, "add_card", "move_card")
    assert tour.targets.card_id == new_id
    item = window.scene.card_item(new_id)
    assert item is not None
    shown = window.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    shown.moveTopLeft(window.view.viewport().mapTo(window, shown.topLeft()))
    assert tour.highlight.geometry().contains(shown)


def add_with_ctrl_n(window: MainWindow) -> None:
    click_card(window, card_centre(window, "c-aw-pp-1"))
    key(window, Qt.Key.Key_N, CTRL)
    type_text(window.view, "Added with Ctrl+N")
    key(window, Qt.Key.Key_Return)


def add_with_paste(window: MainWindow) -> None:
    click_card(window, card_centre(window, "c-aw-pp-1"))
    QGuiApplication.clipboard().setText("Pasted from a note")
    key(window, Qt.Key.Key_V, CTRL)


def add_through_the_editor(window: MainWindow) -> None:
    journey = window.document.journey
    card = Card(id="c-new", lane_id=PAINS, stage_id=AWARENESS, title="New")
    window.editor.apply(ops.add_card(journey, card, 0), "Add Card")


@pytest.mark.parametrize("add", [add_with_ctrl_n, add_with_paste, add_through_the_editor])
def test_each_way_of_adding_a_card_moves_on(
    qtbot: QtBot, window: MainWindow, add: Callable[[MainWindow], None]
) -> None:
    tour = tour_at(window, "add_card")
    before = {c.id for c in window.document.journey.cards}
    add(window)
    new = {c.id for c in window.document.journey.cards} - before
    assert len(new) == 1
    moves_on(qtbot, tour, "add_card", "move_card")
    assert tour.targets.card_id in new


def test_renaming_a_stage_or_opening_another_map_is_not_adding_a_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    tour = tour_at(window, "add_card")
    window.editor.apply(ops.update_stage(AWARENESS, name="Discovery"), "Rename Stage")
    stays(qtbot, tour, "add_card")
    window.files.open_sample()  # another map with its own editor, and other card ids
    stays(qtbot, tour, "add_card")
    add_through_the_editor(window)  # the new map's edits count
    moves_on(qtbot, tour, "add_card", "move_card")


# --- step 2: move it ------------------------------------------------------------------


def test_a_card_dragged_to_another_cell_moves_on_to_the_curve(
    qtbot: QtBot, window: MainWindow
) -> None:
    tour = tour_at(window, "move_card")
    card_id = tour.targets.card_id
    assert card_id is not None
    drag(window, card_centre(window, card_id), free_spot_below(window, PAINS, LOYALTY))
    assert window.document.journey.card(card_id).stage_id == LOYALTY
    moves_on(qtbot, tour, "move_card", "curve")


def test_cards_reordered_in_their_cell_count_as_a_move(qtbot: QtBot, window: MainWindow) -> None:
    tour = tour_at(window, "move_card")
    journey = window.document.journey
    first, second = cell_ids(journey, PAINS, CONSIDERATION)
    window.editor.apply(ops.move_cards(journey, [second], PAINS, CONSIDERATION, 0), "Move")
    assert cell_ids(journey, PAINS, CONSIDERATION) == [second, first]
    moves_on(qtbot, tour, "move_card", "curve")


def test_adding_or_deleting_a_card_is_not_moving_one(qtbot: QtBot, window: MainWindow) -> None:
    """Both renumber the cell's other cards; their places relative to each other stay."""
    tour = tour_at(window, "move_card")
    add_through_the_editor(window)  # at the top of its cell: the card below gets order 1
    journey = window.document.journey
    assert journey.card("c-aw-pp-1").order == 1
    window.editor.apply(ops.remove_cards(journey, [cell_ids(journey, PAINS, DECISION)[0]]), "Del")
    stays(qtbot, tour, "move_card")


# --- step 3: the emotion curve --------------------------------------------------------


def test_a_curve_point_dragged_moves_on_to_the_survey(qtbot: QtBot, window: MainWindow) -> None:
    tour = tour_at(window, "curve")
    assert window.scene.layout is not None
    plot = window.scene.layout.plots[0]
    curve = next(c for c in plot.curves if c.curve_id == CURVE)
    start = next(p for p in curve.points if p.stage_id == CONSIDERATION)
    structure_helpers.drag(window, QPointF(start.x, start.y), QPointF(start.x, plot.y_of(1.8)))
    point = next(
        p for p in window.document.journey.curve(CURVE).points if p.stage_id == start.stage_id
    )
    assert point.value == 2
    moves_on(qtbot, tour, "curve", "survey")


def test_a_point_added_in_the_plot_moves_on_removing_one_does_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    tour = tour_at(window, "curve")
    journey = window.document.journey
    window.editor.apply(ops.remove_emotion_point(journey, CURVE, DECISION), "Remove Point")
    stays(qtbot, tour, "curve")
    set_active_persona(window, "p-enthusiast")
    assert window.scene.layout is not None
    plot = window.scene.layout.plots[0]
    header = next(s.header for s in window.scene.layout.stages if s.stage_id == DECISION)
    structure_helpers.click(window, QPointF(header.x + header.width / 2 + 60, plot.y_of(-1.2)))
    assert any(p.stage_id == DECISION for p in journey.curve(CURVE).points)
    moves_on(qtbot, tour, "curve", "survey")


def test_a_point_changed_by_the_curve_operations_moves_on(qtbot: QtBot, window: MainWindow) -> None:
    tour = tour_at(window, "curve")
    journey = window.document.journey
    point = EmotionPoint(stage_id=LOYALTY, value=-1, label="Renewal letter")
    window.editor.apply(ops.set_emotion_point(journey, CURVE, point), "Move Emotion Point")
    moves_on(qtbot, tour, "curve", "survey")


def test_a_step_done_just_before_a_dialog_opens_moves_on_after_it_closes(
    qtbot: QtBot, window: MainWindow
) -> None:
    tour = tour_at(window, "curve")
    point = EmotionPoint(stage_id=LOYALTY, value=-1)
    window.editor.apply(ops.set_emotion_point(window.document.journey, CURVE, point), "Point")
    window.export.action.trigger()  # a window-modal dialog, before the tour moved on
    dialog = window.export.dialog
    assert dialog is not None
    stays(qtbot, tour, "curve")  # the callout does not move behind the dialog
    dialog.reject()
    moves_on(qtbot, tour, "curve", "survey")


def test_a_moved_card_is_not_a_curve_edit(qtbot: QtBot, window: MainWindow) -> None:
    tour = tour_at(window, "curve")
    journey = window.document.journey
    window.editor.apply(ops.move_cards(journey, ["c-aw-pp-1"], PAINS, LOYALTY), "Move")
    stays(qtbot, tour, "curve")


# --- step 4: import a survey ----------------------------------------------------------


def test_the_survey_wizard_opened_moves_on_once_it_is_closed(
    qtbot: QtBot, window: MainWindow
) -> None:
    tour = tour_at(window, "survey")
    window.survey_import.import_action.trigger()
    wizard = window.survey_import.wizard
    assert wizard is not None and wizard.isVisible()
    stays(qtbot, tour, "survey")  # not while the wizard is up
    wizard.reject()
    moves_on(qtbot, tour, "survey", "export")


# --- step 5: export a PDF -------------------------------------------------------------


def test_a_pdf_exported_finishes_the_tour(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    tour = tour_at(window, "export")
    ended: list[bool] = []
    tour.ended.connect(ended.append)
    window.export.action.trigger()
    dialog = window.export.dialog
    assert dialog is not None
    path = tmp_path / "map.pdf"
    dialog.export_to(path)
    qtbot.waitUntil(lambda: window.export.dialog is None, timeout=60000)  # closed
    assert path.read_bytes().startswith(b"%PDF")
    moves_on(qtbot, tour, "export", None)
    assert ended == [True] and not tour.callout.isVisible()
    assert QSettings().value(TOUR_DONE_KEY, type=bool) is True


def test_the_export_dialog_closed_without_an_export_keeps_the_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    tour = tour_at(window, "export")
    window.export.action.trigger()
    dialog = window.export.dialog
    assert dialog is not None
    dialog.reject()
    stays(qtbot, tour, "export")
    assert QSettings().value(TOUR_DONE_KEY) is None


# --- Next, undo, and a tour no longer running -----------------------------------------


def test_next_by_hand_after_doing_the_step_moves_one_step_not_two(
    qtbot: QtBot, window: MainWindow
) -> None:
    tour = tour_at(window, "add_card")
    add_through_the_editor(window)
    QTest.mouseClick(tour.callout.next_button, Qt.MouseButton.LeftButton)
    assert tour.step.key == "move_card"
    stays(qtbot, tour, "move_card")


def test_undo_of_the_steps_edit_does_not_move_the_tour_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    tour = tour_at(window, "add_card")
    add_through_the_editor(window)
    moves_on(qtbot, tour, "add_card", "move_card")
    window.editor.undo_stack.undo()
    assert "c-new" not in {c.id for c in window.document.journey.cards}
    stays(qtbot, tour, "move_card")


def test_a_tour_skipped_just_after_a_step_was_done_stays_ended(
    qtbot: QtBot, window: MainWindow
) -> None:
    tour = tour_at(window, "add_card")
    add_through_the_editor(window)
    QTest.mouseClick(tour.callout.skip_button, Qt.MouseButton.LeftButton)
    window.editor.apply(ops.move_cards(window.document.journey, ["c-new"], PAINS, LOYALTY), "M")
    qtbot.wait(QUICK_MS + 300)
    assert not tour.running and not tour.callout.isVisible() and tour.index == 0


# --- what an edit did, from the map alone ---------------------------------------------


def test_edits_done_compares_the_map_before_and_after(window: MainWindow) -> None:
    journey = window.document.journey
    before = MapMarks.of(journey)
    assert edits_done(before, MapMarks.of(journey)) == set()
    add_through_the_editor(window)
    after_add = MapMarks.of(journey)
    assert edits_done(before, after_add) == {"add_card"}
    window.editor.apply(ops.move_cards(journey, ["c-new"], OPPORTUNITIES, AWARENESS), "Move")
    after_move = MapMarks.of(journey)
    assert edits_done(after_add, after_move) == {"move_card"}
    point = EmotionPoint(stage_id=AWARENESS, card_id=None, value=2)
    window.editor.apply(ops.set_emotion_point(journey, CURVE, point), "Point")
    assert edits_done(after_move, MapMarks.of(journey)) == {"curve"}
    window.editor.undo_stack.setIndex(0)
    assert edits_done(MapMarks.of(journey), before) == set()  # same map again

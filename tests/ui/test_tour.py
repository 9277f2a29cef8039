"""The first-run tour: shown once, by the app's start-up only; Back / Next / Skip / Esc; it
points at the part of the window each step is about and leaves the map editable; its texts
name the shortcuts the actions really have; Help ▸ Show Tour starts it again."""

from __future__ import annotations

from cards_helpers import card_centre, cell_ids, double_click, drag, free_spot_below, key, type_text
from conftest import WindowFactory
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.tour import (
    TOUR_DONE_KEY,
    Tour,
    maybe_start_first_run_tour,
    start_tour,
)
from journey_designer.ui.tour_steps import tour_steps

PAINS, AWARENESS, LOYALTY = "ln-pain-points", "st-awareness", "st-loyalty"
NATIVE = QKeySequence.SequenceFormat.NativeText
STEP_KEYS = ["add_card", "move_card", "curve", "survey", "export"]


def running_tour(window: MainWindow) -> Tour:
    tour = maybe_start_first_run_tour(window)
    assert tour is not None
    return tour


def on_window(window: MainWindow, scene_rect_top_left: QPoint) -> QPoint:
    return window.view.viewport().mapTo(window, scene_rect_top_left)


def card_on_window(window: MainWindow, card_id: str) -> QRect:
    """A card's rectangle in the window's coordinates, as the tour's targets are."""
    item = window.scene.card_item(card_id)
    assert item is not None
    rect = window.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return QRect(on_window(window, rect.topLeft()), rect.size())


def click(button: object) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def test_a_window_alone_starts_no_tour(make_window: WindowFactory) -> None:
    window = make_window("en")
    QApplication.processEvents()
    assert window.findChild(Tour) is None


def test_the_first_run_shows_the_tour_and_the_next_run_does_not(make_window: WindowFactory) -> None:
    first = make_window("en")
    assert QSettings().value(TOUR_DONE_KEY) is None
    tour = running_tour(first)
    assert tour.callout.isVisible() and tour.callout.title.text() == "Add a card"
    assert "Step 1 of 5" in tour.callout.counter.text()
    click(tour.callout.skip_button)
    assert not tour.callout.isVisible() and not tour.highlight.isVisible()
    assert QSettings().value(TOUR_DONE_KEY, type=bool) is True
    second = make_window("en")
    assert maybe_start_first_run_tour(second) is None
    assert second.findChild(Tour) is None


def test_next_back_and_done_walk_the_five_steps(window: MainWindow) -> None:
    tour = running_tour(window)
    callout = tour.callout
    assert not callout.back_button.isEnabled()
    seen = []
    for number in range(1, 6):
        seen.append(tour.step.key)
        assert callout.counter.text() == f"Step {number} of 5"
        if number < 5:
            assert callout.next_button.text() == "Next"
            click(callout.next_button)
    assert seen == STEP_KEYS
    assert callout.next_button.text() == "Done" and callout.back_button.isEnabled()
    click(callout.back_button)
    assert tour.step.key == "survey" and callout.counter.text() == "Step 4 of 5"
    click(callout.next_button)
    assert QSettings().value(TOUR_DONE_KEY) is None  # not done until Done
    with_signal: list[bool] = []
    tour.ended.connect(with_signal.append)
    click(callout.next_button)  # Done
    assert with_signal == [True] and not tour.running and not callout.isVisible()
    assert QSettings().value(TOUR_DONE_KEY, type=bool) is True


def test_esc_on_the_callout_ends_the_tour_esc_on_the_map_does_not(window: MainWindow) -> None:
    tour = running_tour(window)
    click(tour.callout.next_button)
    key(window, Qt.Key.Key_Escape)  # the canvas's Esc (stop editing, clear the selection)
    assert tour.running and tour.callout.isVisible()
    QTest.keyClick(tour.callout.next_button, Qt.Key.Key_Escape)
    assert not tour.running and not tour.callout.isVisible()
    assert QSettings().value(TOUR_DONE_KEY, type=bool) is True


def test_closing_the_window_during_the_tour_counts_as_dismissing_it(window: MainWindow) -> None:
    tour = running_tour(window)
    window.close()
    assert not tour.running
    assert QSettings().value(TOUR_DONE_KEY, type=bool) is True


def test_help_show_tour_starts_it_again_from_the_first_step(window: MainWindow) -> None:
    QSettings().setValue(TOUR_DONE_KEY, True)
    assert maybe_start_first_run_tour(window) is None
    assert window.help.show_tour in window.menu_actions.help_menu.actions()
    window.help.show_tour.trigger()
    tour = window.findChild(Tour)
    assert tour is not None and tour.running and tour.step.key == "add_card"
    click(tour.callout.next_button)
    click(tour.callout.skip_button)
    window.help.show_tour.trigger()
    assert window.findChildren(Tour) == [tour]  # the same tour, again at its start
    assert tour.running and tour.index == 0 and tour.callout.isVisible()


def test_each_step_points_at_its_part_of_the_window(window: MainWindow) -> None:
    tour = running_tour(window)
    journey = window.document.journey
    # Add a card: a cell of the map; move it: a card in that cell.
    ring = tour.highlight.geometry()
    card_id = tour.targets.card_id
    assert card_id is not None
    card = journey.card(card_id)
    assert ring.contains(card_on_window(window, card_id))
    for other in cell_ids(journey, card.lane_id, card.stage_id):
        assert ring.contains(card_on_window(window, other))
    assert not tour.callout.geometry().intersects(ring.adjusted(6, 6, -6, -6))
    click(tour.callout.next_button)
    assert tour.highlight.geometry().contains(card_on_window(window, card_id))
    # The emotion curve: the emotion lane's plot.
    click(tour.callout.next_button)
    plot = next(iter(window.scene.plot_items.values()))
    shown = window.view.mapFromScene(plot.sceneBoundingRect()).boundingRect()
    shown = shown.intersected(window.view.viewport().rect())
    plot_rect = QRect(on_window(window, shown.topLeft()), shown.size())
    assert tour.highlight.geometry().contains(plot_rect.adjusted(2, 2, -2, -2))
    # Import and export: the Map and File menus' titles.
    bar = window.menuBar()
    for menu in (window.menu_actions.map_menu, window.menu_actions.file_menu):
        click(tour.callout.next_button)
        title = bar.actionGeometry(menu.menuAction())
        title = QRect(bar.mapTo(window, title.topLeft()), title.size())
        assert tour.highlight.geometry().intersected(title) == title.intersected(window.rect())
        assert tour.callout.geometry().top() >= title.bottom()  # below it, the arrow up
        assert tour.callout.side == "below"


def test_the_steps_name_the_shortcuts_the_actions_have(window: MainWindow) -> None:
    steps = {step.key: step for step in tour_steps(window)}
    assert list(steps) == STEP_KEYS

    def keys(action: object) -> str:
        return action.shortcut().toString(NATIVE)  # type: ignore[attr-defined]

    new_card = keys(window.cards.actions.new_card)
    undo = keys(window.menu_actions.undo)
    survey = keys(window.survey_import.import_action)
    export = keys(window.export.action)
    assert (new_card, undo, survey, export) == ("Ctrl+N", "Ctrl+Z", "Ctrl+Shift+I", "Ctrl+E")
    assert f"<b>{new_card}</b>" in steps["add_card"].html
    assert (
        "Double-click an empty spot" in steps["add_card"].html and "“+”" in steps["add_card"].html
    )
    assert f"<b>{undo}</b>" in steps["move_card"].html and "Drag a card" in steps["move_card"].html
    assert "Drag a point up or down" in steps["curve"].html
    assert "Click empty space" in steps["curve"].html
    assert f"<b>Map ▸ Import Survey…</b> (<b>{survey}</b>)" in steps["survey"].html
    assert f"<b>File ▸ Export…</b> (<b>{export}</b>)" in steps["export"].html


def test_the_steps_follow_a_changed_shortcut(window: MainWindow) -> None:
    window.export.action.setShortcut(QKeySequence("Ctrl+Alt+P"))
    export = next(step for step in tour_steps(window) if step.key == "export")
    assert "<b>Ctrl+Alt+P</b>" in export.html and "Ctrl+E" not in export.html


def test_the_map_stays_editable_while_the_tour_is_shown(window: MainWindow) -> None:
    tour = running_tour(window)
    assert not tour.callout.isWindow() and QApplication.activeModalWidget() is None
    # Step 1 as the callout says: double-click an empty spot, type, Enter.
    double_click(window, free_spot_below(window, PAINS, AWARENESS))
    type_text(window.view, "Queue at the till")
    key(window, Qt.Key.Key_Return)
    new_id = cell_ids(window.document.journey, PAINS, AWARENESS)[-1]
    assert window.document.journey.card(new_id).title == "Queue at the till"
    assert tour.running and tour.callout.isVisible()
    # Step 2 points at the card just added, and follows it when it is dragged.
    click(tour.callout.next_button)
    assert tour.targets.card_id == new_id
    drag(window, card_centre(window, new_id), free_spot_below(window, PAINS, LOYALTY))
    assert window.document.journey.card(new_id).stage_id == LOYALTY
    QApplication.processEvents()
    assert tour.highlight.geometry().contains(card_on_window(window, new_id))


def test_no_callout_over_a_presentation(window: MainWindow) -> None:
    tour = running_tour(window)
    presentation = window.workshop.presentation.action
    presentation.setChecked(True)
    assert not tour.callout.isVisible() and not tour.highlight.isVisible()
    presentation.setChecked(False)
    assert tour.running and tour.callout.isVisible()


def test_start_tour_reuses_the_windows_tour(window: MainWindow) -> None:
    first = start_tour(window)
    assert start_tour(window) is first

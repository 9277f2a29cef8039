"""Presentation mode with real keys: F5 full screen and back exactly, stage by stage, lanes,
the whole map, and the window leaving it before it closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog
from pytestqt.qtbot import QtBot

from journey_designer.templates import template_path
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.presentation import Presentation
from journey_designer.ui.presentation_geometry import PADDING, TEXT_SHARE
from journey_designer.ui.presentation_state import is_in_front

Key = Qt.Key


def presentation(window: MainWindow) -> Presentation:
    return window.workshop.presentation


def press(qtbot: QtBot, window: MainWindow, key: Key) -> None:
    qtbot.keyClick(window.view, key)
    qtbot.waitUntil(lambda: not presentation(window).animation.state().value, timeout=2000)


def view_centre(window: MainWindow) -> QPointF:
    return window.view.mapToScene(window.view.viewport().rect().center())


def stage_range(window: MainWindow, index: int) -> tuple[float, float]:
    column = window.scene.layout.stages[index].column  # type: ignore[union-attr]
    return column.x, column.right


def view_state(window: MainWindow) -> tuple[object, ...]:
    view = window.view
    return (
        window.geometry(),
        window.isFullScreen(),
        window.menuBar().isVisible(),
        window.statusBar().isVisible(),
        sorted((d.windowTitle(), is_in_front(d)) for d in window.findChildren(QDockWidget)),
        view.transform(),
        view.horizontalScrollBar().value(),
        view.verticalScrollBar().value(),
        view.horizontalScrollBarPolicy(),
    )


def test_f5_goes_full_screen_without_chrome_and_back_exactly(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.view.set_zoom(1.3)
    window.view.horizontalScrollBar().setValue(140)
    window.view.verticalScrollBar().setValue(90)
    before = view_state(window)
    press(qtbot, window, Key.Key_F5)
    assert window.isFullScreen() and presentation(window).presenting
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(dock.isVisible() for dock in window.findChildren(QDockWidget))
    assert not window.view.horizontalScrollBar().isVisible()
    assert window.view.hasFocus()
    press(qtbot, window, Key.Key_Right)
    press(qtbot, window, Key.Key_F5)
    assert not presentation(window).presenting
    assert view_state(window) == before
    press(qtbot, window, Key.Key_F5)
    press(qtbot, window, Key.Key_Escape)  # Esc ends it too
    assert view_state(window) == before
    assert not presentation(window).action.isChecked()


def test_docks_in_tabs_come_back_with_the_same_tab_in_front(
    window: MainWindow, qtbot: QtBot
) -> None:
    first, second, *_ = window.findChildren(QDockWidget)
    window.tabifyDockWidget(first, second)
    for front in (first, second):
        front.raise_()
        qtbot.waitUntil(lambda: is_in_front(front))  # noqa: B023
        press(qtbot, window, Key.Key_F5)
        press(qtbot, window, Key.Key_F5)
        assert is_in_front(front), front.windowTitle()
        assert first.isVisible() and second.isVisible()


def test_the_first_stage_fills_the_screen_in_large_type(window: MainWindow, qtbot: QtBot) -> None:
    press(qtbot, window, Key.Key_F5)
    left, right = stage_range(window, 0)
    assert left <= view_centre(window).x() <= right
    view, zoom = window.view, window.view.transform().m11()
    body_pixels = zoom * window.layout_style.body_size
    column_pixels = zoom * (right - left)
    # Text readable from the back of the room, unless the column already fills the width.
    readable = body_pixels >= view.viewport().height() * TEXT_SHARE - 0.01
    assert readable or column_pixels >= view.viewport().width() * 0.8
    header_top = view.mapFromScene(QPointF(left, 0.0)).y()
    assert 0 <= header_top <= PADDING + 1  # the stage's name at the top of the screen
    assert presentation(window).indicator.text().startswith("1 / 5")


def test_right_and_left_move_stage_by_stage_home_shows_the_whole_map(
    window: MainWindow, qtbot: QtBot
) -> None:
    press(qtbot, window, Key.Key_F5)
    for index, key in ((1, Key.Key_Right), (2, Key.Key_PageDown), (3, Key.Key_Space)):
        press(qtbot, window, key)
        left, right = stage_range(window, index)
        assert left <= view_centre(window).x() <= right, key
        assert presentation(window).stage_index == index
    press(qtbot, window, Key.Key_Left)
    left, right = stage_range(window, 2)
    assert left <= view_centre(window).x() <= right
    press(qtbot, window, Key.Key_End)
    assert presentation(window).stage_index == 4
    press(qtbot, window, Key.Key_Right)  # past the last stage: stays
    assert presentation(window).stage_index == 4
    press(qtbot, window, Key.Key_Home)
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.map_rect())
    assert presentation(window).stage_index is None
    assert not presentation(window).spotlight.isVisible()
    press(qtbot, window, Key.Key_Right)  # from the whole map to the first stage
    assert presentation(window).stage_index == 0


def test_down_walks_the_lanes_and_the_lane_stays_across_stages(
    window: MainWindow, qtbot: QtBot
) -> None:
    press(qtbot, window, Key.Key_F5)
    layout = window.scene.layout
    assert layout is not None
    assert window.view.mapFromScene(QPointF(0, layout.height)).y() > window.view.height()
    top_before = window.view.mapToScene(0, 0).y()
    press(qtbot, window, Key.Key_Down)
    shown_top = window.view.mapToScene(0, int(PADDING)).y()
    assert shown_top == pytest.approx(layout.lanes[0].rect.y, abs=1.0)
    press(qtbot, window, Key.Key_Down)
    assert window.view.mapToScene(0, int(PADDING)).y() == pytest.approx(
        layout.lanes[1].rect.y, abs=1.0
    )
    press(qtbot, window, Key.Key_Up)
    press(qtbot, window, Key.Key_Right)
    assert window.view.mapToScene(0, int(PADDING)).y() == pytest.approx(shown_top, abs=2.0)
    press(qtbot, window, Key.Key_Up)
    assert window.view.mapToScene(0, 0).y() == pytest.approx(top_before, abs=2.0)


def test_typing_in_a_card_is_not_taken_by_the_presentation(
    window: MainWindow, qtbot: QtBot
) -> None:
    press(qtbot, window, Key.Key_F5)
    card = window.scene.card_items()[0]
    card.setFlag(card.GraphicsItemFlag.ItemIsFocusable, True)
    window.scene.setFocusItem(card)
    assert window.scene.focusItem() is card
    qtbot.keyClick(window.view, Key.Key_Right)
    assert presentation(window).stage_index == 0
    window.scene.clearFocus()


def test_closing_the_window_ends_the_presentation_first(window: MainWindow, qtbot: QtBot) -> None:
    geometry = window.geometry()
    press(qtbot, window, Key.Key_F5)
    window.close()
    assert not presentation(window).presenting and not window.isFullScreen()
    assert window.geometry() == geometry


def test_opening_another_map_while_presenting_starts_at_its_first_stage(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    press(qtbot, window, Key.Key_F5)
    press(qtbot, window, Key.Key_End)
    other = template_path("ecommerce_cart_abandonment", "en")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(other), ""))
    window.menu_actions.open.trigger()
    assert window.document.path == Path(other).resolve()
    assert presentation(window).stage_index == 0 and window.isFullScreen()
    left, right = stage_range(window, 0)
    assert left <= view_centre(window).x() <= right

"""The workshop timer: set from the menu or the digit keys, T pauses, 0 resets, large in the
presentation, and it flashes when the time is up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.presentation_timer import format_remaining

Key = Qt.Key


def test_remaining_time_reads_as_minutes_and_seconds() -> None:
    assert format_remaining(300_000) == "5:00"
    assert format_remaining(299_200) == "5:00"  # the first second counts down from 5:00
    assert format_remaining(61_000) == "1:01"
    assert format_remaining(9_000) == "0:09"
    assert format_remaining(0) == "0:00"


def test_the_view_menu_starts_a_ten_minute_countdown(window: MainWindow, qtbot: QtBot) -> None:
    workshop = window.workshop
    label = workshop.timer_display.label
    assert not label.isVisible()
    workshop.timer_actions.minutes[10].trigger()
    assert workshop.timer.running and label.isVisible()
    assert label.text() in ("10:00", "9:59")
    qtbot.keyClick(window.view, Key.Key_T)  # pause
    assert not workshop.timer.running and label.text().endswith("(paused)")
    paused_at = workshop.timer.remaining_ms()
    qtbot.wait(300)
    assert workshop.timer.remaining_ms() == paused_at
    qtbot.keyClick(window.view, Key.Key_T)  # on again
    qtbot.wait(300)
    assert workshop.timer.running and workshop.timer.remaining_ms() < paused_at
    workshop.timer_actions.reset.trigger()
    assert not label.isVisible() and not workshop.timer.running


def test_digits_in_the_presentation_set_minutes_and_the_display_is_large(
    window: MainWindow, qtbot: QtBot
) -> None:
    workshop = window.workshop
    qtbot.keyClick(window.view, Key.Key_F5)
    qtbot.keyClick(window.view, Key.Key_3)
    label = workshop.timer_display.label
    assert workshop.timer.running and label.text() in ("3:00", "2:59")
    assert label.font().pixelSize() >= window.view.viewport().height() // 10
    assert label.geometry().right() > window.view.viewport().width() * 0.7  # top right
    qtbot.keyClick(window.view, Key.Key_0)
    assert not label.isVisible()
    qtbot.keyClick(window.view, Key.Key_Escape)
    workshop.timer_actions.minutes[5].trigger()
    assert label.font().pixelSize() == 30  # back to its normal size


def test_the_end_of_the_countdown_flashes(window: MainWindow, qtbot: QtBot) -> None:
    workshop = window.workshop
    with qtbot.waitSignal(workshop.timer.finished, timeout=3000):
        workshop.timer.set_duration(400)
    display = workshop.timer_display
    assert display.flashing() and "Time’s up" in display.label.text()
    first = display.label.styleSheet()
    qtbot.waitUntil(lambda: display.label.styleSheet() != first, timeout=1000)  # it blinks
    qtbot.waitUntil(lambda: display.label.styleSheet() == first, timeout=1000)
    qtbot.keyClick(window.view, Key.Key_T)  # T starts it again from the top
    assert workshop.timer.running and not display.flashing()

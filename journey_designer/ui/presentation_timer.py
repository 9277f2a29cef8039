"""The workshop timer: a countdown shown large in the view's top-right corner.

View ▸ Workshop Timer sets 5, 10 or 15 minutes; in the presentation the keys 1–9 set that
many minutes. T starts and pauses, 0 resets. The last minute turns amber; at zero the
display flashes and the computer beeps. Time is measured on a monotonic clock, so a busy
event loop delays a repaint, never the end.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QGraphicsView, QMainWindow, QMenu

from journey_designer.ui.presentation_overlays import Alignment, ViewportLabel, bubble

MENU_MINUTES = (5, 10, 15)
DEFAULT_MINUTES = 5
TICK_MS = 200
FLASH_MS = 450
FLASHES = 12
STYLE = bubble("white", "rgba(20, 28, 40, 205)")
LAST_MINUTE = bubble("#1F1300", "rgba(242, 169, 0, 235)")
TIME_UP = bubble("white", "rgba(198, 40, 40, 240)")
TIME_UP_OFF = bubble("#C62828", "rgba(255, 255, 255, 240)")


class WorkshopTimer(QObject):
    """A countdown: set, started, paused, finished."""

    changed = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.duration_ms = DEFAULT_MINUTES * 60_000
        self._left_at_start = self.duration_ms
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self.is_set = False  # shown at all: set and not reset

    @property
    def running(self) -> bool:
        return self._ticker.isActive()

    def remaining_ms(self) -> int:
        if not self.running:
            return self._left_at_start
        return max(0, self._left_at_start - self._clock.elapsed())

    def set_duration(self, milliseconds: int, start: bool = True) -> None:
        self.duration_ms = milliseconds
        self._ticker.stop()
        self._left_at_start = milliseconds
        self.is_set = True
        if start:
            self.start()
        self.changed.emit()

    def start(self) -> None:
        if self._left_at_start <= 0:  # finished: go again from the top
            self._left_at_start = self.duration_ms
        self.is_set = True
        self._clock.start()
        self._ticker.start()
        self.changed.emit()

    def pause(self) -> None:
        self._left_at_start = self.remaining_ms()
        self._ticker.stop()
        self.changed.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._ticker.stop()
        self._left_at_start = self.duration_ms
        self.is_set = False
        self.changed.emit()

    def _tick(self) -> None:
        if self.remaining_ms() <= 0:
            self._ticker.stop()
            self._left_at_start = 0
            self.changed.emit()
            self.finished.emit()
            return
        self.changed.emit()


def format_remaining(milliseconds: int) -> str:
    seconds = math.ceil(milliseconds / 1000)  # 4:59.2 left shows 5:00 only at the start
    return f"{seconds // 60}:{seconds % 60:02d}"


class TimerDisplay(QObject):
    """Shows a WorkshopTimer in a corner label; flashes when it ends."""

    def __init__(self, timer: WorkshopTimer, view: QGraphicsView) -> None:
        super().__init__(view)
        self.timer = timer
        self.label = ViewportLabel(view, Alignment.AlignTop | Alignment.AlignRight, STYLE)
        self.label.set_pixel_size(30)
        self._flashes_left = 0
        self._flasher = QTimer(self)
        self._flasher.setInterval(FLASH_MS)
        self._flasher.timeout.connect(self._flash)
        timer.changed.connect(self.refresh)
        timer.finished.connect(self._time_up)

    def set_large(self, large: bool) -> None:
        """Large in the presentation: a tenth of the screen height."""
        view_height = self.label.view.viewport().height()
        self.label.set_pixel_size(max(30, view_height // 10) if large else 30)

    def refresh(self) -> None:
        if not self.timer.is_set:
            self._flasher.stop()
            self.label.hide()
            return
        remaining = self.timer.remaining_ms()
        if remaining > 0:
            self._flasher.stop()
            self.label.set_style(STYLE if remaining > 60_000 else LAST_MINUTE)
        text = format_remaining(remaining)
        if not self.timer.running and remaining > 0:
            text = QCoreApplication.translate("WorkshopTimer", "{time} (paused)").format(time=text)
        self.label.show_text(text)

    def flashing(self) -> bool:
        return self._flasher.isActive()

    def _time_up(self) -> None:
        self.label.show_text(QCoreApplication.translate("WorkshopTimer", "0:00 Time’s up"))
        self._flashes_left = FLASHES
        self._flash()
        self._flasher.start()
        QApplication.beep()

    def _flash(self) -> None:
        self._flashes_left -= 1
        self.label.set_style(TIME_UP if self._flashes_left % 2 == 0 else TIME_UP_OFF)
        if self._flashes_left <= 0:
            self._flasher.stop()
            self.label.set_style(TIME_UP)


class TimerActions(QObject):
    """View ▸ Workshop Timer: start/pause (T), 5/10/15 minutes, reset."""

    def __init__(self, window: QMainWindow, timer: WorkshopTimer, menu: QMenu) -> None:
        super().__init__(window)
        self.timer = timer
        submenu = menu.addMenu(self.tr("Workshop &Timer"))
        self.start_pause = QAction(self.tr("&Start / Pause Timer"), window)
        self.start_pause.setShortcut(QKeySequence("T"))
        self.start_pause.triggered.connect(timer.toggle)
        submenu.addAction(self.start_pause)
        submenu.addSeparator()
        self.minutes: dict[int, QAction] = {}
        for minutes in MENU_MINUTES:
            action = QAction(self.tr("%n Minute(s)", "", minutes), window)
            action.triggered.connect(lambda _checked=False, m=minutes: self.set_minutes(m))
            submenu.addAction(action)
            self.minutes[minutes] = action
        submenu.addSeparator()
        self.reset = QAction(self.tr("&Reset Timer"), window)
        self.reset.triggered.connect(timer.reset)
        submenu.addAction(self.reset)
        window.addAction(self.start_pause)  # T works with the menu bar hidden too

    def set_minutes(self, minutes: int) -> None:
        self.timer.set_duration(minutes * 60_000)

"""Real mouse gestures on the map view, in scene points."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

from journey_designer.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def on_screen(window: MainWindow, point: QPointF) -> QPoint:
    return window.view.mapFromScene(point)


def drag(window: MainWindow, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press at `start`, move there in steps, release at `end` (all in scene points)."""
    viewport = window.view.viewport()
    QTest.mousePress(viewport, LEFT, NO_KEYS, on_screen(window, start))
    for step in range(1, steps + 1):
        QTest.mouseMove(viewport, on_screen(window, start + (end - start) * (step / steps)))
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, on_screen(window, end))


def double_click(window: MainWindow, point: QPointF) -> None:
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_KEYS, on_screen(window, point))


def click(window: MainWindow, point: QPointF) -> None:
    QTest.mouseClick(window.view.viewport(), LEFT, NO_KEYS, on_screen(window, point))


def context_menu(window: MainWindow, point: QPointF) -> None:
    """Right-click at `point`: the context menu opens (and blocks until it is closed)."""
    viewport = window.view.viewport()
    position = on_screen(window, point)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, viewport.mapToGlobal(position)
    )
    QApplication.sendEvent(viewport, event)


def then_choose(*path: str) -> None:
    """Once a menu pops up, click through `path` ("Lane Kind", "Notes") with the mouse."""

    def choose(step: int) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, lambda: choose(step))
            return
        action = next((a for a in menu.actions() if a.text() == path[step]), None)
        if action is None:  # close the menus, or the test would wait for ever
            while (popup := QApplication.activePopupWidget()) is not None:
                popup.close()
            raise AssertionError(f"no {path[step]!r} in {[a.text() for a in menu.actions()]}")
        QTest.mouseClick(menu, LEFT, NO_KEYS, menu.actionGeometry(action).center())
        if step + 1 < len(path):
            QTimer.singleShot(50, lambda: choose(step + 1))

    QTimer.singleShot(20, lambda: choose(0))


def then_press_button(text: str) -> None:
    """Once a modal dialog shows, click its button labelled `text`."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        buttons = (
            [b for b in dialog.findChildren(QPushButton) if b.text() == text] if dialog else []
        )
        if not buttons:
            QTimer.singleShot(20, press)
            return
        QTest.mouseClick(buttons[0], LEFT)

    QTimer.singleShot(20, press)


def then_in_dialog(act: Callable[[QWidget], None]) -> None:
    """Once a modal dialog shows, hand it to `act` (which types into it)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        act(dialog)

    QTimer.singleShot(20, run)


def type_with_input_method(widget: QWidget, preedit: str, text: str) -> None:
    """What a Chinese input method sends: the pinyin being composed, then the characters."""
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def undo(window: MainWindow) -> None:
    """Ctrl+Z on the map, its window active again (as after a dialog or menu closes)."""
    window.activateWindow()
    for _ in range(100):
        if QApplication.activeWindow() is window:
            break
        QTest.qWait(20)
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

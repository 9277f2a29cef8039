"""Driving the canvas as a user does: real mouse and key events on the view's viewport."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from journey_designer.model import JourneyMap
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def card_item(window: MainWindow, card_id: str) -> CardItem:
    item = window.scene.card_item(card_id)
    assert item is not None, card_id
    return item


def card_rect(window: MainWindow, card_id: str) -> QRectF:
    """The card's box as the layout placed it, in scene points."""
    box = card_item(window, card_id).box.rect
    return QRectF(box.x, box.y, box.width, box.height)


def card_centre(window: MainWindow, card_id: str) -> QPointF:
    return card_rect(window, card_id).center()


def shown(window: MainWindow, point: QPointF) -> QPoint:
    """Scroll `point` into the view; where it is on the viewport."""
    window.view.ensureVisible(point.x() - 1, point.y() - 1, 2, 2, 80, 80)
    return window.view.mapFromScene(point)


def click(window: MainWindow, point: QPointF, modifiers: Qt.KeyboardModifier = NO_KEYS) -> None:
    QTest.mouseClick(window.view.viewport(), LEFT, modifiers, shown(window, point))


def double_click(window: MainWindow, point: QPointF) -> None:
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_KEYS, shown(window, point))


def hover(window: MainWindow, point: QPointF) -> None:
    QTest.mouseMove(window.view.viewport(), shown(window, point))


def press_and_move(window: MainWindow, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press on `start` and move to `end` in small steps, the button still down."""
    viewport = window.view.viewport()
    window.view.ensureVisible(_span(start, end), 20, 20)
    begin, finish = window.view.mapFromScene(start), window.view.mapFromScene(end)
    QTest.mousePress(viewport, LEFT, NO_KEYS, begin)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, begin + (finish - begin) * i / steps)


def release_at(window: MainWindow, end: QPointF) -> None:
    QTest.mouseRelease(window.view.viewport(), LEFT, NO_KEYS, window.view.mapFromScene(end))


def drag(window: MainWindow, start: QPointF, end: QPointF) -> None:
    press_and_move(window, start, end)
    release_at(window, end)


def _span(start: QPointF, end: QPointF) -> QRectF:
    return QRectF(start, end).normalized().adjusted(-1, -1, 1, 1)


def key(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_KEYS) -> None:
    QTest.keyClick(window.view, key, modifiers)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Chinese included, one key event per character.

    `QTest.keyClicks` maps each character to a Latin-1 key code and aborts the process
    (a Qt assertion) on characters beyond Latin-1, such as Chinese; a key event that
    carries the character as its text is what a keyboard layout sends.
    """
    for character in text:
        if character == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return, SHIFT)
        elif character.isascii() and character.isprintable():
            QTest.keyClick(widget, character)  # its own key code: Space is Key_Space
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, NO_KEYS
            )


def commit_through_input_method(widget: QWidget, preedit: str, commit: str) -> None:
    """What a Chinese input method sends: the pinyin being composed, then the characters."""
    composing = QInputMethodEvent(preedit, [])
    QApplication.sendEvent(widget, composing)
    done = QInputMethodEvent("", [])
    done.setCommitString(commit)
    QApplication.sendEvent(widget, done)


def cell_ids(journey: JourneyMap, lane_id: str, stage_id: str) -> list[str]:
    return [card.id for card in journey.cell_cards(lane_id, stage_id)]


def free_spot_below(window: MainWindow, lane_id: str, stage_id: str) -> QPointF:
    """A point in the cell below its last card (the cell must have room there)."""
    rect = window.scene.cell_rect((lane_id, stage_id))
    cards = [
        card_item(window, card_id)
        for card_id in cell_ids(window.document.journey, lane_id, stage_id)
    ]
    bottom = max((item.sceneBoundingRect().bottom() for item in cards), default=rect.top())
    assert rect.bottom() - bottom > 12, "no room below the cell's last card"
    return QPointF(rect.center().x(), (bottom + rect.bottom()) / 2)

"""Zoom (actions, shortcuts, Ctrl+wheel), fit, panning and rubber-band selection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView
from pytestqt.qtbot import QtBot

from journey_designer.ui.main_window import MainWindow


def test_zoom_in_and_out_change_the_view_transform(window: MainWindow) -> None:
    view = window.view
    start = view.transform().m11()
    window.menu_actions.zoom_in.trigger()
    assert view.transform().m11() > start
    window.menu_actions.zoom_out.trigger()
    window.menu_actions.zoom_out.trigger()
    assert view.transform().m11() < start
    assert "%" in window.zoom_label.text()


def test_zoom_fit_shows_the_whole_map(window: MainWindow) -> None:
    view = window.view
    view.set_zoom(3.0)
    window.menu_actions.zoom_fit.trigger()
    shown = view.mapFromScene(view.scene().map_rect()).boundingRect()
    assert view.viewport().rect().contains(shown)
    # and it is as large as fits: one more step in would not fit
    assert (
        shown.width() > view.viewport().width() * 0.7
        or shown.height() > view.viewport().height() * 0.7
    )


def test_standard_shortcuts_are_bound(window: MainWindow) -> None:
    keys = {
        action: [k.toString() for k in action.shortcuts()]
        for action in (
            window.menu_actions.zoom_in,
            window.menu_actions.zoom_out,
            window.menu_actions.zoom_fit,
            window.menu_actions.open,
            window.menu_actions.save,
            window.menu_actions.quit,
        )
    }
    assert "Ctrl+=" in keys[window.menu_actions.zoom_in]
    assert "Ctrl+-" in keys[window.menu_actions.zoom_out]
    assert keys[window.menu_actions.zoom_fit] == ["Ctrl+0"]
    assert "Ctrl+O" in keys[window.menu_actions.open]
    assert "Ctrl+S" in keys[window.menu_actions.save]
    assert "Ctrl+Q" in keys[window.menu_actions.quit]


def test_ctrl_equal_and_ctrl_zero_on_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    start = window.view.zoom()
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() > start
    window.view.set_zoom(4.0)
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() < 4.0


def test_ctrl_wheel_zooms_under_the_mouse(window: MainWindow) -> None:
    view = window.view
    view.set_zoom(1.0)  # room to zoom and scroll whatever the docks leave to the view
    target = QPoint(300, 200)
    under_mouse = view.mapToScene(target)
    start = view.zoom()
    wheel(view, target, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > start
    assert (view.mapToScene(target) - under_mouse).manhattanLength() < 3.0  # the anchor stayed


def test_plain_wheel_scrolls_without_zooming(window: MainWindow) -> None:
    view = window.view
    view.set_zoom(1.0)
    start, scroll = view.zoom(), view.verticalScrollBar().value()
    wheel(view, QPoint(300, 200), -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoom() == start
    assert view.verticalScrollBar().value() > scroll


def test_middle_button_drag_pans(window: MainWindow) -> None:
    view = window.view
    view.set_zoom(3.0)
    bar = view.horizontalScrollBar()
    bar.setValue((bar.minimum() + bar.maximum()) // 2)
    before = bar.value()
    viewport = view.viewport()
    send_mouse(
        viewport, QEvent.Type.MouseButtonPress, QPoint(400, 300), Qt.MouseButton.MiddleButton
    )
    send_mouse(
        viewport,
        QEvent.Type.MouseMove,
        QPoint(300, 300),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.MiddleButton,
    )
    send_mouse(
        viewport,
        QEvent.Type.MouseButtonRelease,
        QPoint(300, 300),
        Qt.MouseButton.MiddleButton,
        Qt.MouseButton.NoButton,
    )
    assert bar.value() == before + 100


def test_space_switches_to_hand_dragging(window: MainWindow, qtbot: QtBot) -> None:
    view = window.view
    qtbot.keyPress(view, Qt.Key.Key_Space)
    assert view.dragMode() == QGraphicsView.DragMode.ScrollHandDrag
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.dragMode() == QGraphicsView.DragMode.RubberBandDrag


def test_rubber_band_selects_the_cards_it_covers(window: MainWindow) -> None:
    view = window.view
    view.set_zoom(0.4)
    view.centerOn(view.scene().map_rect().center())
    viewport = view.viewport()
    corner = view.mapFromScene(QPointF(-20, -20))
    far = view.mapFromScene(view.scene().map_rect().bottomRight() + QPointF(20, 20))
    send_mouse(viewport, QEvent.Type.MouseButtonPress, corner, Qt.MouseButton.LeftButton)
    send_mouse(
        viewport,
        QEvent.Type.MouseMove,
        (corner + far) / 2,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
    )
    send_mouse(
        viewport, QEvent.Type.MouseMove, far, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton
    )
    send_mouse(
        viewport,
        QEvent.Type.MouseButtonRelease,
        far,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton,
    )
    selected = {item.model_id for item in window.scene.selected_map_items() if item.kind == "card"}
    assert selected == {card.id for card in window.document.journey.cards}


def wheel(
    view: QGraphicsView, position: QPoint, delta: int, modifiers: Qt.KeyboardModifier
) -> None:
    event = QWheelEvent(
        QPointF(position),
        QPointF(view.viewport().mapToGlobal(position)),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def send_mouse(
    widget,
    kind: QEvent.Type,
    position: QPoint,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton | None = None,
) -> None:
    held = button if buttons is None else buttons
    event = QMouseEvent(
        kind,
        QPointF(position),
        QPointF(widget.mapToGlobal(position)),
        button,
        held,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)

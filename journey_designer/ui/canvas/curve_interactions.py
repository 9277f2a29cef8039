"""Gestures on the emotion plot: drag a point up or down, click empty space to add one.

The plot item hands its mouse events to the scene's `PlotHandler` (the window's curve
editing, registered with `set_plot_handler`). A dragged point snaps to whole steps of the
map's scale and the plot shows it, its curve and its value as it moves; the edit is made
on release (one undo step). The plot is rebuilt after every edit, so nothing here keeps
it longer than the gesture.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol
from weakref import WeakKeyDictionary

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from journey_designer.layout import CurveLayout
from journey_designer.ui.canvas.header_interactions import DragInteraction, passed_drag_distance

if TYPE_CHECKING:
    from journey_designer.ui.canvas.emotion_item import EmotionPlotItem


class PlotHandler(Protocol):
    @property
    def current_curve_id(self) -> str | None:
        """The curve a click in empty plot space adds to: its legend entry is marked."""
        ...

    def plot_pressed(
        self, item: EmotionPlotItem, event: QGraphicsSceneMouseEvent
    ) -> DragInteraction | None: ...

    def plot_double_clicked(self, item: EmotionPlotItem, scene_pos: QPointF) -> None: ...

    def plot_context_menu(
        self, item: EmotionPlotItem, scene_pos: QPointF, screen_pos: QPoint
    ) -> None: ...

    def plot_cursor(self, item: EmotionPlotItem, scene_pos: QPointF) -> Qt.CursorShape | None: ...


_handlers: WeakKeyDictionary[QGraphicsScene, PlotHandler] = WeakKeyDictionary()


def set_plot_handler(scene: QGraphicsScene, handler: PlotHandler) -> None:
    _handlers[scene] = handler


def plot_handler(scene: QGraphicsScene | None) -> PlotHandler | None:
    return _handlers.get(scene) if scene is not None else None


class PointDrag:
    """Drag a point vertically: whole steps of the scale, shown live; a click changes nothing."""

    def __init__(
        self,
        item: EmotionPlotItem,
        curve: CurveLayout,
        index: int,
        snap: Callable[[float], int],
        on_done: Callable[[int], None],
    ) -> None:
        self._item = item
        self._curve = curve
        self._index = index
        self._snap = snap
        self._on_done = on_done
        self.value: int | None = None  # None until the press became a drag

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.value is None and not passed_drag_distance(event):
            return
        point = self._curve.points[self._index]
        pressed = event.buttonDownScenePos(Qt.MouseButton.LeftButton)
        y = point.y + event.scenePos().y() - pressed.y()
        self.value = self._snap(self._item.plot.value_at(y))
        self._item.show_drag(self._curve.curve_id, self._index, self.value)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.move(event)
        self.cancel()
        if self.value is not None and self.value != self._curve.points[self._index].value:
            self._on_done(self.value)

    def cancel(self) -> None:
        self._item.end_drag()


class PlotClick:
    """A press on empty plot space: a click (not a drag) calls `on_click` with its point."""

    def __init__(self, on_click: Callable[[QPointF], None]) -> None:
        self._on_click = on_click
        self._dragged = False

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        self._dragged = self._dragged or passed_drag_distance(event)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.move(event)
        if not self._dragged:
            self._on_click(event.scenePos())

    def cancel(self) -> None:
        self._dragged = True

"""The map view: zoom (anchored under the mouse with Ctrl+wheel), fit, rubber-band selection,
and panning with the scroll bars, Space+drag or a middle-button drag.

Features take keys through `key_handlers`, asked first whenever no item on the canvas
(the in-place card editor) has the keyboard: arrows, Enter, Tab, Esc work on the map.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from journey_designer.ui.canvas.overview_item import OVERVIEW_ZOOM
from journey_designer.ui.canvas.palette import CANVAS_BACKGROUND
from journey_designer.ui.canvas.scene import MapScene

ZOOM_STEP = 1.25
MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
WHEEL_NOTCH = 120  # angleDelta units of one wheel notch
OPENING_MAX_ZOOM = 1.25  # a narrow map opens no larger than this

KeyHandler = Callable[[QKeyEvent], bool]  # True: the key was used


class MapView(QGraphicsView):
    zoomChanged = Signal(float)
    firstPainted = Signal()  # the map is on screen (start-up time is measured to here)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(CANVAS_BACKGROUND)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self.key_handlers: list[KeyHandler] = []
        self._painted = False
        self._opening_view_pending = False

    # --- zoom -------------------------------------------------------------------------

    def zoom(self) -> float:
        """Device pixels per point (1.0 = 100%)."""
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        factor = zoom / self.zoom()
        if abs(factor - 1.0) > 1e-9:
            self.scale(factor, factor)
            self._follow_zoom()
            self.zoomChanged.emit(self.zoom())

    def setTransform(self, matrix: QTransform, combine: bool = False) -> None:
        super().setTransform(matrix, combine)
        self._follow_zoom()  # e.g. leaving presentation mode restores a saved transform

    def _follow_zoom(self) -> None:
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.set_overview(self.zoom() < OVERVIEW_ZOOM)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)  # about the view's centre

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_actual_size(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """Show the whole map, with its margin, and no scroll bars."""
        room = self.contentsRect().size()  # the scroll bars go once everything fits
        self._fit(self.sceneRect(), room.width() - 1, room.height() - 1)

    def zoom_fit_width(self, max_zoom: float = 1.0) -> None:
        """Fit the map's width with its margin (not above `max_zoom`) and show its top-left:
        the opening view."""
        # A map taller than the view keeps its vertical scroll bar: leave room for it.
        width = self.contentsRect().width() - self.verticalScrollBar().sizeHint().width() - 1
        self._fit(self.sceneRect(), width, None, max_zoom)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def request_opening_view(self) -> None:
        """Show a newly opened map fitted to the width, now and on resizes until it is painted.

        The window's final size is known only once it is laid out and shown, so the fit is
        repeated on each resize before the first paint that follows the request.
        """
        self._opening_view_pending = True
        self._apply_opening_view()

    def _apply_opening_view(self) -> None:
        if self._opening_view_pending and self.isVisible():
            self.zoom_fit_width(max_zoom=OPENING_MAX_ZOOM)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_opening_view()

    def _fit(
        self, rect: QRectF, width: float, height: float | None, max_zoom: float = MAX_ZOOM
    ) -> None:
        """Zoom so that `rect` fits `width` (and `height`) pixels, and centre it."""
        if rect.isEmpty() or width <= 0:
            return
        zoom = width / rect.width()
        if height is not None and height > 0:
            zoom = min(zoom, height / rect.height())
        self.set_zoom(min(zoom, max_zoom))
        self.centerOn(rect.center())

    def zoom_at(self, zoom: float, anchor: QPoint) -> None:
        """Zoom keeping the scene point under `anchor` (viewport pixels) where it is."""
        # Done by hand: AnchorUnderMouse follows the last mouse *move*, not this event.
        fixed = self.mapToScene(anchor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.set_zoom(zoom)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        drift = self.mapFromScene(fixed) - anchor
        self.pan_by(-drift)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / WHEEL_NOTCH
            if notches:
                self.zoom_at(self.zoom() * ZOOM_STEP**notches, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    # --- keys -------------------------------------------------------------------------

    def _item_has_keyboard(self) -> bool:
        scene = self.scene()
        return scene is not None and scene.focusItem() is not None

    def _offer_key(self, event: QKeyEvent) -> bool:
        if self._item_has_keyboard():
            return False  # an item is typing: the keys are its own
        if any(handler(event) for handler in list(self.key_handlers)):
            event.accept()
            return True
        return False

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus out of the canvas; on the map it goes to the next cell.
        is_tab = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        )
        if is_tab and isinstance(event, QKeyEvent) and self._offer_key(event):
            return True
        return super().event(event)

    # --- panning ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._item_has_keyboard():  # typing on a card: Space is a space
            super().keyPressEvent(event)
            return
        if self._offer_key(event):
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._pan_from is None:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Space
            and not event.isAutoRepeat()
            and not self._item_has_keyboard()
        ):
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            position = event.position().toPoint()
            self.pan_by(position - self._pan_from)
            self._pan_from = position
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan_by(self, delta: QPoint) -> None:
        """Move the map with the pointer by `delta` device pixels."""
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(horizontal.value() - delta.x())
        vertical.setValue(vertical.value() - delta.y())

    # --- first paint ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_opening_view()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._opening_view_pending = False
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

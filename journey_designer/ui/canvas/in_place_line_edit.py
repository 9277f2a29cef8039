"""A one-line editor laid over a piece of the map: a stage's name, a lane's title, a label.

A plain QLineEdit on the view's viewport (so input methods work as in any text field),
placed over a rectangle of the scene and kept there while the view scrolls or zooms.
Enter commits, Esc cancels, and clicking elsewhere commits: typed words are never lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

MIN_PIXEL_SIZE = 11
MIN_WIDTH_PIXELS = 120
PADDING_PIXELS = 4
STYLE = "QLineEdit { border: 2px solid #1A73E8; border-radius: 3px; background: #FFFFFF; }"


class InPlaceLineEdit(QLineEdit):
    def __init__(
        self,
        view: QGraphicsView,
        scene_rect: QRectF,
        text: str,
        font_family: str,
        point_size: float,
        on_commit: Callable[[str], None],
    ) -> None:
        super().__init__(text, view.viewport())
        self._view = view
        self._scene_rect = scene_rect
        self._font_family = font_family
        self._point_size = point_size
        self._on_commit = on_commit
        self._done = False
        self.setStyleSheet(STYLE)
        self.setObjectName("inPlaceLineEdit")
        view.horizontalScrollBar().valueChanged.connect(self._follow_view)
        view.verticalScrollBar().valueChanged.connect(self._follow_view)
        zoom_changed = getattr(view, "zoomChanged", None)
        if zoom_changed is not None:
            zoom_changed.connect(self._follow_view)
        self._follow_view()
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        # Opened from a context menu, the closing popup may hand focus back to the view
        # after this: take it again once the event loop has run.
        QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        if not self._done and self.isVisible() and not self.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def is_open(self) -> bool:
        return not self._done

    def commit(self) -> None:
        if self._done:
            return
        self._close()
        self._on_commit(self.text())

    def cancel(self) -> None:
        if not self._done:
            self._close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A popup (this field's own menu) or another window does not end the edit.
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self.commit()

    def _close(self) -> None:
        self._done = True
        self.hide()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.deleteLater()

    def _follow_view(self) -> None:
        """Sit over the scene rectangle at the view's current zoom and scroll."""
        if self._done:
            return
        zoom = self._view.transform().m11()
        font = QFont(self._font_family)
        font.setPixelSize(max(MIN_PIXEL_SIZE, round(self._point_size * zoom)))
        self.setFont(font)
        area = self._view.mapFromScene(self._scene_rect).boundingRect()
        height = max(area.height(), self.fontMetrics().height() + 2 * PADDING_PIXELS)
        width = max(area.width(), MIN_WIDTH_PIXELS)
        self.setGeometry(area.x(), area.y() + (area.height() - height) // 2, width, height)


class InPlaceEditing:
    """At most one in-place editor on a view: opening another commits the one still open."""

    def __init__(self, view: QGraphicsView, font_family: Callable[[], str]) -> None:
        self._view = view
        self._font_family = font_family
        self.current: InPlaceLineEdit | None = None

    def open(
        self, rect: QRectF, text: str, point_size: float, on_commit: Callable[[str], None]
    ) -> InPlaceLineEdit:
        self.close()
        self._view.ensureVisible(rect, 40, 40)
        self.current = InPlaceLineEdit(
            self._view, rect, text, self._font_family(), point_size, on_commit
        )
        return self.current

    def close(self) -> None:
        """Commit what is being typed (before another edit, or another map, takes over)."""
        if self.current is not None and self.current.is_open:
            self.current.commit()
        self.current = None

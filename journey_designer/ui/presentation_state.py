"""The window as it was before the presentation, to put back exactly when it ends: window
state and geometry, menu and status bars, docks and tool bars, the view's zoom and scroll.

Leaving full screen resizes the window asynchronously on most window managers, so the view
is put back again on each resize that follows within `SETTLE_MS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QElapsedTimer, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QMainWindow, QToolBar, QWidget

SETTLE_MS = 1500
ScrollPolicy = Qt.ScrollBarPolicy


@dataclass
class WindowSnapshot:
    state: Qt.WindowState
    geometry: QRect  # the window's own rectangle, without its frame
    bars: list[tuple[QWidget, bool]]  # menu bar, status bar, tool bars: shown or not
    docks: list[tuple[QDockWidget, bool, bool]]  # open (maybe behind a tab), on top
    layout: QByteArray  # docks' and tool bars' places and sizes (QMainWindow.saveState)
    transform: QTransform
    scroll: tuple[int, int]
    policies: tuple[ScrollPolicy, ScrollPolicy]
    _settle: _ViewSettler | None = field(default=None, repr=False)

    @classmethod
    def capture(cls, window: QMainWindow, view: QGraphicsView) -> WindowSnapshot:
        bars: list[QWidget] = [window.menuBar(), window.statusBar()]
        bars += window.findChildren(QToolBar)
        docks = window.findChildren(QDockWidget)
        return cls(
            state=window.windowState(),
            geometry=window.geometry(),
            bars=[(bar, bar.isVisible()) for bar in bars],
            docks=[(d, d.toggleViewAction().isChecked(), is_in_front(d)) for d in docks],
            layout=window.saveState(),
            transform=view.transform(),
            scroll=(view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            policies=(view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
        )

    def strip(self, window: QMainWindow, view: QGraphicsView) -> None:
        """No chrome: the bars and docks hidden, no scroll bars."""
        for bar, _shown in self.bars:
            bar.hide()
        for dock, _open, _on_top in self.docks:
            dock.hide()
        view.setHorizontalScrollBarPolicy(ScrollPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(ScrollPolicy.ScrollBarAlwaysOff)

    def restore(self, window: QMainWindow, view: QGraphicsView) -> None:
        window.setWindowState(self.state)
        if not self.state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            window.setGeometry(self.geometry)  # exact: restoreGeometry() may fit it to a screen
        for bar, shown in self.bars:
            bar.setVisible(shown)
        for dock, is_open, _on_top in self.docks:
            dock.setVisible(is_open)
        for dock, _open, on_top in self.docks:
            if on_top:  # the tab that was in front, not the one shown last
                dock.raise_()
        window.restoreState(self.layout)  # sizes too (for docks that have an objectName)
        view.setHorizontalScrollBarPolicy(self.policies[0])
        view.setVerticalScrollBarPolicy(self.policies[1])
        self.restore_view(view)
        self._settle = _ViewSettler(view, self)

    def restore_view(self, view: QGraphicsView) -> None:
        view.setTransform(self.transform)
        view.horizontalScrollBar().setValue(self.scroll[0])
        view.verticalScrollBar().setValue(self.scroll[1])
        zoom_changed = getattr(view, "zoomChanged", None)
        if zoom_changed is not None:
            zoom_changed.emit(view.transform().m11())


def is_in_front(dock: QDockWidget) -> bool:
    """Shown, and not behind another dock's tab (Qt keeps those "visible", out of sight)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


class _ViewSettler(QObject):
    """Puts the view back after each resize of the settling window, then goes."""

    def __init__(self, view: QGraphicsView, snapshot: WindowSnapshot) -> None:
        super().__init__(view)
        self._view, self._snapshot = view, snapshot
        self._clock = QElapsedTimer()
        self._clock.start()
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if self._clock.elapsed() > SETTLE_MS:
                self._view.viewport().removeEventFilter(self)
                self.deleteLater()
            else:  # once the view has taken its new size and scroll ranges
                QTimer.singleShot(0, lambda: self._snapshot.restore_view(self._view))
        return False

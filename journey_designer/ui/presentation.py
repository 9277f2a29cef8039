"""Presentation mode (F5): full screen, no chrome, the map stage by stage in large type.

Right, Page Down and Space go to the next stage, Left, Page Up and Backspace back (before
the first stage comes the whole map); Down and Up walk the lanes of a tall column, and a
stage change keeps the lane in view, so a room can follow one lane along the journey.
Home shows the whole map, End the last stage; Esc or F5 ends it and puts the window back
exactly as it was. The workshop timer and dot-voting (`install_workshop`) work in it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QAction, QKeySequence

from journey_designer.layout import MapLayout, StageColumn
from journey_designer.ui.canvas.view import MapView
from journey_designer.ui.presentation_geometry import (
    Box,
    Shot,
    interpolate,
    next_lane_top,
    readable_zoom,
    stage_shot,
    visible_top,
    whole_map_shot,
)
from journey_designer.ui.presentation_keys import PresentationKeys
from journey_designer.ui.presentation_overlays import (
    Alignment,
    StageSpotlight,
    ViewportLabel,
    bubble,
    lane_bands,
)
from journey_designer.ui.presentation_state import WindowSnapshot
from journey_designer.ui.presentation_timer import TimerActions, TimerDisplay, WorkshopTimer
from journey_designer.ui.voting import DotVoting

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

MOVE_MS = 320
HINT_MS = 5000
STRIP_SHARE = 0.12  # the lane-name strip: this share of the screen width
INDICATOR_STYLE = bubble("white", "rgba(20, 28, 40, 180)")
BOTTOM = Alignment.AlignBottom


class Presentation(QObject):
    def __init__(
        self, window: MainWindow, timer: WorkshopTimer, timer_display: TimerDisplay
    ) -> None:
        super().__init__(window)
        self.window = window
        self.view: MapView = window.view
        self.timer, self.timer_display = timer, timer_display
        self.stage_index: int | None = None  # None: the whole map
        self.lane_top = 0.0  # scene height at the top of the screen, kept across stages
        self.snapshot: WindowSnapshot | None = None
        self._borrowed: list[QAction] = []  # actions given to the window while presenting
        self.spotlight = StageSpotlight(self.view)
        self.indicator = ViewportLabel(
            self.view, BOTTOM | Alignment.AlignRight, INDICATOR_STYLE, height_share=1 / 36
        )
        self.hint = ViewportLabel(
            self.view, BOTTOM | Alignment.AlignHCenter, INDICATOR_STYLE, height_share=1 / 48
        )
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(MOVE_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.valueChanged.connect(self._animate)
        self._from = self._to = Shot(1.0, 0.0, 0.0)
        self.action = QAction(self.tr("&Presentation Mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("F5"))
        self.action.setStatusTip(self.tr("Full screen, stage by stage; Esc ends it"))
        self.action.toggled.connect(self._set_presenting)
        self.keys = PresentationKeys(self, timer)
        window.addAction(self.action)  # F5 works with the menu bar hidden
        window.editorChanged.connect(lambda _editor: self._reshow())

    @property
    def presenting(self) -> bool:
        return self.snapshot is not None

    # --- entering and leaving ---------------------------------------------------------

    def _set_presenting(self, on: bool) -> None:
        if on and not self.presenting:
            self._enter()
        elif not on and self.presenting:
            self._leave()

    def _enter(self) -> None:
        window = self.window
        self.snapshot = WindowSnapshot.capture(window, self.view)
        self.snapshot.strip(window, self.view)
        actions = window.menu_actions
        self._borrowed = [a for a in (actions.undo, actions.redo) if a not in window.actions()]
        window.addActions(self._borrowed)  # Ctrl+Z takes back a vote on the projector too
        window.showFullScreen()
        self.view.installEventFilter(self)
        window.installEventFilter(self)
        self.keys.install()  # after any other filter: asked first
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.timer_display.set_large(True)
        self.timer_display.refresh()
        self.stage_index, self.lane_top = self._starting_stage(), 0.0
        self._show(animate=False)
        self.hint.show_text(
            self.tr("← → stages   ↑ ↓ lanes   Home whole map   1–9 timer   V voting   Esc end"),
            HINT_MS,
        )

    def _leave(self) -> None:
        snapshot, self.snapshot = self.snapshot, None
        self.animation.stop()
        self.view.removeEventFilter(self)
        self.window.removeEventFilter(self)
        self.keys.remove()
        for action in self._borrowed:
            self.window.removeAction(action)
        self._borrowed = []
        for overlay in (self.spotlight, self.indicator, self.hint):
            overlay.hide()
        if snapshot is not None:
            snapshot.restore(self.window, self.view)
        self.timer_display.set_large(False)
        self.timer_display.refresh()
        self.action.setChecked(False)

    def leave(self) -> None:
        self.action.setChecked(False)

    def _starting_stage(self) -> int | None:
        """The stage of the selected item, else the first stage."""
        layout = self._layout()
        if layout is None or not layout.stages:
            return None
        selected = self.window.scene.selectedItems()
        if selected:
            x = selected[0].sceneBoundingRect().center().x()
            for index, column in enumerate(layout.stages):
                if column.column.x <= x <= column.column.x + column.column.width:
                    return index
        return 0

    # --- moving -------------------------------------------------------------------------

    def next_stage(self) -> None:
        count = len(self._stages())
        if count:
            index = self.stage_index
            self.stage_index = 0 if index is None else min(index + 1, count - 1)
            self._show()

    def previous_stage(self) -> None:
        if self.stage_index is not None:
            self.stage_index = self.stage_index - 1 if self.stage_index > 0 else None
            self._show()

    def show_stage(self, index: int | None) -> None:
        self.stage_index = index
        if index is None:
            self.lane_top = 0.0
        self._show()

    def step_lane(self, forward: bool) -> None:
        layout = self._layout()
        if layout is None or self.stage_index is None:
            return
        tops = [layout.stages[self.stage_index].header.y] + [row.rect.y for row in layout.lanes]
        current = visible_top(self._target(), self.view.viewport().height())
        top = next_lane_top(tops, current, forward)
        if top is not None:
            self.lane_top = top
            self._show()

    def _reshow(self) -> None:
        """Another map: start again at its first stage, if presenting."""
        if self.presenting:
            self.stage_index = 0 if self._stages() else None
            self.lane_top = 0.0
            self._show(animate=False)

    def _show(self, animate: bool = True) -> None:
        target = self._target()
        self._update_overlays()
        if not animate or not self.view.isVisible():
            self.animation.stop()
            self._apply(target)
            return
        self._from, self._to = self._current_shot(), target
        self.animation.stop()
        self.animation.start()

    def _target(self) -> Shot:
        viewport = self.view.viewport()
        size = (float(viewport.width()), float(viewport.height()))
        column = self._column_box()
        if column is None:
            rect = self.window.scene.map_rect()
            return whole_map_shot(Box(rect.x(), rect.y(), rect.width(), rect.height()), size)
        zoom_cap = readable_zoom(size[1], self.window.layout_style.body_size)
        return stage_shot(column, size, self._strip_width(), zoom_cap, self.lane_top)

    def _current_shot(self) -> Shot:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return Shot(self.view.transform().m11(), centre.x(), centre.y())

    def _animate(self, progress: object) -> None:
        self._apply(interpolate(self._from, self._to, float(progress)))  # type: ignore[arg-type]

    def _apply(self, shot: Shot) -> None:
        self.view.set_zoom(shot.zoom)
        self.view.centerOn(QPointF(shot.centre_x, shot.centre_y))

    # --- what is shown --------------------------------------------------------------------

    def _layout(self) -> MapLayout | None:
        layout: MapLayout | None = self.window.scene.layout
        return layout

    def _stages(self) -> tuple[StageColumn, ...]:
        layout = self._layout()
        return layout.stages if layout is not None else ()

    def _column_box(self) -> Box | None:
        stages = self._stages()
        if self.stage_index is None or not stages:
            return None
        self.stage_index = min(self.stage_index, len(stages) - 1)
        stage = stages[self.stage_index]
        top = stage.header.y
        return Box(stage.header.x, top, stage.header.width, stage.column.bottom - top)

    def _strip_width(self) -> int:
        return int(self.view.viewport().width() * STRIP_SHARE)

    def _update_overlays(self) -> None:
        column, layout = self._column_box(), self._layout()
        if column is None or layout is None:
            self.spotlight.hide()
            self.indicator.show_text(self.tr("Whole map"))
            return
        style = self.window.layout_style
        journey = self.window.document.journey
        lanes = lane_bands(journey, layout, style.card_accents)
        rect = QRectF(column.x, column.y, column.width, column.height)
        # Lane names as large as the map's own lane titles, within the strip.
        lane_pixels = style.lane_size * self._target().zoom
        strip = self._strip_width()
        text_pixels = int(min(max(lane_pixels, 13.0), strip / 6))
        self.spotlight.show_stage(rect, lanes, strip, text_pixels)
        stage = journey.stage(layout.stages[self.stage_index or 0].stage_id)
        self.indicator.show_text(
            self.tr("{index} / {count}  {name}").format(
                index=(self.stage_index or 0) + 1, count=len(layout.stages), name=stage.name
            )
        )

    # --- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While presenting: a resized view shows its stage again; the window leaves the
        presentation before it closes (so that it remembers its normal geometry)."""
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Close:
            self.leave()
        elif watched is self.view and kind == QEvent.Type.Resize:
            self._show(animate=False)
        return False

    def show_last_stage(self) -> None:
        self.show_stage(len(self._stages()) - 1 if self._stages() else None)


class Workshop(QObject):
    """Presentation mode, the workshop timer and dot-voting."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        view_menu = window.menu_actions.view_menu
        self.timer = WorkshopTimer(self)
        self.timer_display = TimerDisplay(self.timer, window.view)
        self.presentation = Presentation(window, self.timer, self.timer_display)
        view_menu.addAction(self.presentation.action)
        self.timer_actions = TimerActions(window, self.timer, view_menu)
        self.voting = DotVoting(window)


def install_workshop(window: MainWindow) -> Workshop:
    return Workshop(window)

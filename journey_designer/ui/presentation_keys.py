"""The presentation's keys: stages, lanes, the whole map, the timer's minutes, Esc.

They are taken before the canvas (arrows select cards there) and before the window's
shortcuts: the filter is installed last, so it is asked first, and it claims its keys at
ShortcutOverride. Keys typed into a card on the canvas stay the card's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from journey_designer.ui.presentation_timer import WorkshopTimer

if TYPE_CHECKING:
    from journey_designer.ui.presentation import Presentation

Key = Qt.Key
NEXT_KEYS = {Key.Key_Right, Key.Key_PageDown, Key.Key_Space}  # a presenter's clicker: PgDn
PREVIOUS_KEYS = {Key.Key_Left, Key.Key_PageUp, Key.Key_Backspace}
LANE_KEYS = {Key.Key_Down, Key.Key_Up}
DIGITS = set(range(Key.Key_0, Key.Key_9 + 1))
OTHER_KEYS = {Key.Key_Home, Key.Key_End, Key.Key_Escape}


class PresentationKeys(QObject):
    def __init__(self, presentation: Presentation, timer: WorkshopTimer) -> None:
        super().__init__(presentation)
        self.presentation = presentation
        self.timer = timer

    def install(self) -> None:
        self.presentation.view.installEventFilter(self)

    def remove(self) -> None:
        self.presentation.view.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        if not self._is_ours(event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver it as a key press, not as a shortcut
            return True
        self._handle(Key(event.key()))
        return True

    def _is_ours(self, event: QKeyEvent) -> bool:
        if self.presentation.window.scene.focusItem() is not None:  # typing in a card
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        return event.key() in NEXT_KEYS | PREVIOUS_KEYS | LANE_KEYS | DIGITS | OTHER_KEYS

    def _handle(self, key: Key) -> None:
        presentation = self.presentation
        if key in NEXT_KEYS:
            presentation.next_stage()
        elif key in PREVIOUS_KEYS:
            presentation.previous_stage()
        elif key in LANE_KEYS:
            presentation.step_lane(forward=key == Key.Key_Down)
        elif key == Key.Key_Home:
            presentation.show_stage(None)
        elif key == Key.Key_End:
            presentation.show_last_stage()
        elif key == Key.Key_Escape:
            presentation.leave()
        elif key == Key.Key_0:
            self.timer.reset()
        else:  # 1-9: that many minutes on the workshop timer, counting down at once
            self.timer.set_duration((key - Key.Key_0) * 60_000)

"""The editor: one open map's undo stack and the only way the UI changes the map.

Every edit is a model operation (`journey_designer.model.operations`) pushed as one undo
step; several operations (a drag of many cards, a multi-card edit) go in one step through
`apply_all` or a macro. After each change the map is laid out again and the scene updates
only the items whose geometry changed. Nothing else writes to `document.journey`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journey_designer.model import EditError, JourneyMap, Operation
from journey_designer.model.operations import Composite
from journey_designer.ui.document import MapDocument
from journey_designer.ui.messages import user_text

log = logging.getLogger(__name__)


class OperationCommand(QUndoCommand):
    """One undo step: apply an operation, keep its inverse; undo applies the inverse."""

    def __init__(self, editor: MapEditor, operation: Operation, text: str) -> None:
        super().__init__(text)
        self._editor = editor
        self._forward = operation
        self._backward: Operation | None = None
        self.failed: EditError | None = None

    def redo(self) -> None:
        try:
            self._backward = self._forward.apply(self._editor.journey)
        except EditError as error:  # the map is unchanged; the stack drops this command
            self.failed = error
            self.setObsolete(True)
            return
        self._editor.notify_changed()

    def undo(self) -> None:
        if self._backward is None:
            return
        self._forward = self._backward.apply(self._editor.journey)
        self._editor.notify_changed()


class MapEditor(QObject):
    changed = Signal()  # the map changed (an edit, an undo or a redo); the scene is updated
    editRefused = Signal(str)  # an edit that would break the map: one line for the user

    def __init__(
        self, document: MapDocument, on_change: Callable[[], object], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._on_change = on_change
        # A method, not a lambda: Qt drops the connection with the editor, so a stack cleared
        # at exit never calls into a document that is already gone.
        self.undo_stack.cleanChanged.connect(self._follow_clean_state)
        self._in_macro = 0

    def _follow_clean_state(self, clean: bool) -> None:
        if shiboken6.isValid(self.document):
            self.document.set_modified(not clean)

    @property
    def journey(self) -> JourneyMap:
        return self.document.journey

    def apply(self, operation: Operation, text: str) -> bool:
        """Apply one edit as one undo step; False (and `editRefused`) if the map refused it."""
        command = OperationCommand(self, operation, text)
        self.undo_stack.push(command)
        if command.failed is not None:
            log.info("edit refused: %s", command.failed)
            self.editRefused.emit(user_text(command.failed))
            return False
        return True

    def apply_all(self, operations: Sequence[Operation], text: str) -> bool:
        """Several operations as one undo step, all or nothing."""
        return self.apply(Composite(tuple(operations)), text) if operations else True

    def begin_macro(self, text: str) -> None:
        """Group the edits until `end_macro` into one undo step (e.g. a whole drag)."""
        self._in_macro += 1
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        if self._in_macro:
            self._in_macro -= 1
            self.undo_stack.endMacro()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def notify_changed(self) -> None:
        self._on_change()
        self.changed.emit()

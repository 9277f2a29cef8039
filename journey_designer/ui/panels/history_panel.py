"""The history dock: every edit of the open map; clicking one goes back (or forward) to it."""

from __future__ import annotations

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget


class HistoryDock(QDockWidget):
    def __init__(self, undo_group: QUndoGroup, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("historyDock")
        # On the group, the view follows whichever map's stack is active.
        self.view = QUndoView(undo_group)
        self.view.setEmptyLabel(self.tr("Map as opened"))
        self.setWidget(self.view)

    def entries(self) -> list[str]:
        """The texts listed, the opened map first."""
        model = self.view.model()
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]

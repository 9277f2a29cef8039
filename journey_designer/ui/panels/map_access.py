"""What a panel needs of the main window: the open map, its words, and the editor.

The window swaps its document and editor when another map is opened, so panels ask for
them at the moment they need them instead of keeping references.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from journey_designer.model import JourneyMap, Operation

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow


class MapAccess:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @property
    def journey(self) -> JourneyMap:
        return self.window.document.journey

    @property
    def labels(self) -> dict[str, str]:
        return self.window.labels

    def apply(self, operation: Operation, text: str) -> bool:
        """One undo step; False when the map refused it (the status bar says why)."""
        return self.window.editor.apply(operation, text)

    def apply_all(self, operations: Sequence[Operation], text: str) -> bool:
        return self.window.editor.apply_all(operations, text)

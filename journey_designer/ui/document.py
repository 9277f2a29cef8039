"""The open map: the journey, the file it belongs to, and whether it has unsaved changes.

One document per opened map. The editor (undo stack, edit commands, change events) is
built on this: once edits exist, `modified` follows the undo stack's clean state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from journey_designer.model import JourneyMap
from journey_designer.model.entities import utc_now
from journey_designer.storage import FILE_SUFFIX, save_map


class MapDocument(QObject):
    modifiedChanged = Signal(bool)
    pathChanged = Signal()
    saved = Signal()  # written to its file: the editor marks its undo stack clean

    def __init__(
        self, journey: JourneyMap, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.journey = journey
        self._path = path
        self._modified = False

    @property
    def path(self) -> Path | None:
        """The file the map was opened from or last saved to; None while untitled."""
        return self._path

    @property
    def modified(self) -> bool:
        return self._modified

    def set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)

    def display_name(self) -> str:
        return self._path.name if self._path else self.tr("Untitled")

    def suggested_file_name(self) -> str:
        """A file name for Save As: the current one, else the map's title."""
        if self._path:
            return self._path.name
        title = "".join(c for c in self.journey.title if c not in '\\/:*?"<>|').strip()
        return (title or self.tr("Untitled")) + FILE_SUFFIX

    def save(self, path: Path) -> None:
        """Write the map to `path` (raises MapFileError) and make it the document's file.

        The map's `modified` time moves only when there were unsaved changes; a failed save
        leaves it as it was.
        """
        journey = self.journey
        if self._modified:
            journey = journey.model_copy(update={"modified": utc_now()})
        save_map(journey, path)
        self.journey = journey
        if path != self._path:
            self._path = path
            self.pathChanged.emit()
        self.set_modified(False)
        self.saved.emit()

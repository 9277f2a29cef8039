"""File menu commands: new from template, open, open recent, save, save as, and the
"save changes?" question before the current map is closed.

A file that cannot be read shows its one-line message (no traceback) and the current map
stays; the log keeps the details.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from journey_designer.model import JourneyMap
from journey_designer.resources import MissingResourceError
from journey_designer.storage import FILE_SUFFIX, MapFileError, load_map
from journey_designer.templates import SAMPLE_TEMPLATE, UnknownTemplateError, new_map_from_template
from journey_designer.ui.document import MapDocument
from journey_designer.ui.messages import user_text
from journey_designer.ui.settings import AppSettings
from journey_designer.ui.template_dialog import NewFromTemplateDialog

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

log = logging.getLogger(__name__)
StandardButton = QMessageBox.StandardButton


class FileCommands(QObject):
    # The user chose to throw the unsaved changes away (the autosave drops its recovery).
    changesDiscarded = Signal()

    def __init__(self, window: MainWindow, settings: AppSettings, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.language = language  # the UI language, also the sample map's language

    def file_filter(self) -> str:
        return self.tr("Journey maps (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX)

    # --- new ---------------------------------------------------------------------------

    def open_sample(self) -> None:
        """Show the sample map as a new, untitled and unmodified document."""
        self.window.set_document(MapDocument(self._sample_map()))

    def _sample_map(self) -> JourneyMap:
        try:
            return new_map_from_template(SAMPLE_TEMPLATE, self.language)
        except (UnknownTemplateError, MissingResourceError, MapFileError) as error:
            log.error("the sample map cannot be loaded: %s", error)
            return JourneyMap(id="map", title=self.tr("Untitled"), language=self.language)

    def new_from_template(self) -> None:
        if not self.maybe_save():
            return
        dialog = NewFromTemplateDialog(self.language, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return
        template_id, language = dialog.choice
        try:
            journey = new_map_from_template(template_id, language)
        except (UnknownTemplateError, MapFileError) as error:
            self._warn(self.tr("Cannot Create Map"), user_text(error))
            return
        self.window.set_document(MapDocument(journey))

    # --- open --------------------------------------------------------------------------

    def open(self) -> None:
        if not self.maybe_save():
            return
        folder = self.settings.last_folder() or Path.home()
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Map"), str(folder), self.file_filter()
        )
        if name:
            self.open_path(Path(name))

    def open_recent(self, path: Path) -> None:
        if not self.maybe_save():
            return
        if not self.open_path(path):
            self.settings.remove_recent_file(path)

    def open_path(self, path: Path) -> bool:
        """Open a map file; on failure say why and keep the current map."""
        problem = self.try_open(path)
        if problem is not None:
            self._warn(self.cannot_open_title(), problem)
        return problem is None

    def try_open(self, path: Path) -> str | None:
        """Open a map file quietly; the one-line reason when it cannot be read."""
        try:
            journey = load_map(path)
        except MapFileError as error:
            log.info("cannot open %s: %s", path, error)
            return user_text(error)
        self.window.set_document(MapDocument(journey, path.resolve()))
        self._remember(path)
        return None

    def cannot_open_title(self) -> str:
        return self.tr("Cannot Open Map")

    # --- save --------------------------------------------------------------------------

    def save(self) -> bool:
        document = self.window.document
        if document.path is None:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        document = self.window.document
        folder = (
            document.path.parent if document.path else (self.settings.last_folder() or Path.home())
        )
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save Map As"),
            str(folder / document.suggested_file_name()),
            self.file_filter(),
        )
        if not name:
            return False
        return self._save_to(with_map_suffix(Path(name)))

    def _save_to(self, path: Path) -> bool:
        try:
            self.window.document.save(path)
        except MapFileError as error:
            log.warning("cannot save %s: %s", path, error)
            self._warn(self.tr("Cannot Save Map"), user_text(error))
            return False
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def maybe_save(self) -> bool:
        """True when the current map may be closed: saved, discarded, or not modified."""
        document = self.window.document
        if document is None or not document.modified:
            return True
        answer = QMessageBox.warning(
            self.window,
            self.tr("Unsaved Changes"),
            self.tr("Save the changes to “{name}” before closing it?").format(
                name=document.display_name()
            ),
            StandardButton.Save | StandardButton.Discard | StandardButton.Cancel,
            StandardButton.Save,
        )
        if answer == StandardButton.Save:
            return self.save()
        if answer == StandardButton.Discard:
            self.changesDiscarded.emit()
            return True
        return False

    # --- helpers -----------------------------------------------------------------------

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(path.resolve().parent)

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)


def with_map_suffix(path: Path) -> Path:
    """`trip` -> `trip.journey.json`; a name the user ended in `.json` is kept as typed."""
    return path if path.name.endswith(".json") else path.with_name(path.name + FILE_SUFFIX)

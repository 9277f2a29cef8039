"""File ▸ Open Recent: the last maps opened or saved, rebuilt each time the menu opens."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from journey_designer.ui.settings import AppSettings


class RecentFilesMenu(QMenu):
    fileChosen = Signal(object)  # a pathlib.Path

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open &Recent"))
        self._settings = settings
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = self._settings.recent_files()
        for number, path in enumerate(paths, start=1):
            # "&1 name" gives keyboard access; the full path is in the status tip.
            prefix = f"&{number} " if number < 10 else ""
            action = self.addAction(prefix + path.name.replace("&", "&&"))
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(
                lambda _checked=False, chosen=path: self.fileChosen.emit(chosen)
            )
        if paths:
            self.addSeparator()
        clear = self.addAction(self.tr("&Clear List"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self._clear)
        self.setEnabled(True)

    def _clear(self) -> None:
        self._settings.clear_recent_files()
        self.rebuild()

"""What the app remembers between runs (QSettings): recent files, last folder, chosen font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION_NAME = "JourneyDesigner"
APPLICATION_NAME = "Journey Designer"
MAX_RECENT_FILES = 8

_RECENT_FILES = "files/recent"
_LAST_FOLDER = "files/lastFolder"
_CJK_FONT = "fonts/cjkFont"
_WINDOW_GEOMETRY = "window/geometry"


class AppSettings:
    """Typed access to the few values the UI keeps; QSettings stores them per user."""

    def __init__(self) -> None:
        self._settings = QSettings()

    # --- recent files -----------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        return [Path(name) for name in self._string_list(_RECENT_FILES)]

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        names = [str(path)] + [n for n in self._string_list(_RECENT_FILES) if n != str(path)]
        self._settings.setValue(_RECENT_FILES, names[:MAX_RECENT_FILES])

    def remove_recent_file(self, path: Path) -> None:
        names = [n for n in self._string_list(_RECENT_FILES) if n != str(path)]
        self._settings.setValue(_RECENT_FILES, names)

    def clear_recent_files(self) -> None:
        self._settings.remove(_RECENT_FILES)

    # --- folders, fonts, window -------------------------------------------------------

    def last_folder(self) -> Path | None:
        value = self._settings.value(_LAST_FOLDER, "")
        return Path(value) if isinstance(value, str) and value else None

    def set_last_folder(self, folder: Path) -> None:
        self._settings.setValue(_LAST_FOLDER, str(folder))

    def cjk_font(self) -> str | None:
        """The font file the user chose (`path` or `path#face`), if any."""
        value = self._settings.value(_CJK_FONT, "")
        return value if isinstance(value, str) and value else None

    def set_cjk_font(self, value: str) -> None:
        self._settings.setValue(_CJK_FONT, value)

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value(_WINDOW_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue(_WINDOW_GEOMETRY, geometry)

    def _string_list(self, key: str) -> list[str]:
        # An INI file gives back one string for a one-item list, and None for an empty one.
        value = self._settings.value(key, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

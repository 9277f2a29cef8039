"""What the app remembers between runs (QSettings): recent files, last folder, chosen font,
and the preferences (language, theme, interface font, default PDF page, autosave interval).

Every value is read defensively: one from an older version or edited by hand falls back to
its default instead of breaking the start.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

from PySide6.QtCore import QByteArray, QSettings

from journey_designer.export.options import PAGE_SIZES_MM, Orientation

ORGANIZATION_NAME = "JourneyDesigner"
APPLICATION_NAME = "Journey Designer"
MAX_RECENT_FILES = 8

LanguageChoice = Literal["system", "en", "zh"]
Theme = Literal["system", "light", "dark"]
LANGUAGE_CHOICES: tuple[LanguageChoice, ...] = get_args(LanguageChoice)
THEMES: tuple[Theme, ...] = get_args(Theme)
ORIENTATIONS: tuple[Orientation, ...] = get_args(Orientation)
DEFAULT_PAGE_SIZE = "A3"  # as PageSetup's default: a journey map is wide
DEFAULT_ORIENTATION: Orientation = "landscape"
UI_FONT_SIZES = (6.0, 36.0)  # points, the sizes the interface font may have
# The autosave: never off (a lost map is the worst thing), at most every 10 minutes.
DEFAULT_AUTOSAVE_MS = 30_000
MIN_AUTOSAVE_MS = 100  # tests write every few tenths of a second
MAX_AUTOSAVE_MS = 600_000

_RECENT_FILES = "files/recent"
_LAST_FOLDER = "files/lastFolder"
_CJK_FONT = "fonts/cjkFont"
_WINDOW_GEOMETRY = "window/geometry"
_LANGUAGE = "ui/language"
_THEME = "ui/theme"
_UI_FONT_FAMILY = "ui/fontFamily"
_UI_FONT_SIZE = "ui/fontSize"
_PAGE_SIZE = "export/defaultPageSize"
_ORIENTATION = "export/defaultOrientation"
AUTOSAVE_INTERVAL = "autosave/interval_ms"


@dataclass(frozen=True)
class UiFont:
    """The interface's font (not the map's): a family and a size in points."""

    family: str
    point_size: float


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

    def clear_cjk_font(self) -> None:
        """Find the Chinese font automatically again."""
        self._settings.remove(_CJK_FONT)

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value(_WINDOW_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue(_WINDOW_GEOMETRY, geometry)

    # --- preferences --------------------------------------------------------------------

    def language(self) -> LanguageChoice:
        """The UI language chosen in Preferences; "system" follows the system's."""
        return cast(LanguageChoice, self._choice(_LANGUAGE, LANGUAGE_CHOICES, "system"))

    def set_language(self, language: LanguageChoice) -> None:
        self._settings.setValue(_LANGUAGE, language)

    def theme(self) -> Theme:
        return cast(Theme, self._choice(_THEME, THEMES, "system"))

    def set_theme(self, theme: Theme) -> None:
        self._settings.setValue(_THEME, theme)

    def ui_font(self) -> UiFont | None:
        """The interface font chosen in Preferences; None: the system's."""
        family = self._settings.value(_UI_FONT_FAMILY, "")
        size = _number(self._settings.value(_UI_FONT_SIZE, 0))
        if not isinstance(family, str) or not family.strip():
            return None
        low, high = UI_FONT_SIZES
        if size is None or not low <= size <= high:
            return None
        return UiFont(family.strip(), size)

    def set_ui_font(self, font: UiFont | None) -> None:
        if font is None:
            self._settings.remove(_UI_FONT_FAMILY)
            self._settings.remove(_UI_FONT_SIZE)
            return
        self._settings.setValue(_UI_FONT_FAMILY, font.family)
        self._settings.setValue(_UI_FONT_SIZE, font.point_size)

    def default_page(self) -> tuple[str, Orientation]:
        """The PDF page (a key of PAGE_SIZES_MM) and orientation of a map never exported."""
        size = self._settings.value(_PAGE_SIZE, DEFAULT_PAGE_SIZE)
        if not isinstance(size, str) or size not in PAGE_SIZES_MM:
            size = DEFAULT_PAGE_SIZE
        orientation = self._choice(_ORIENTATION, ORIENTATIONS, DEFAULT_ORIENTATION)
        return size, cast(Orientation, orientation)

    def set_default_page(self, size: str, orientation: Orientation) -> None:
        if size not in PAGE_SIZES_MM:
            raise ValueError(f"unknown page size {size!r}")
        self._settings.setValue(_PAGE_SIZE, size)
        self._settings.setValue(_ORIENTATION, orientation)

    def autosave_interval_ms(self) -> int:
        """How long after the first unsaved change the map is copied to its recovery file."""
        value = _number(self._settings.value(AUTOSAVE_INTERVAL, DEFAULT_AUTOSAVE_MS))
        if value is None:
            return DEFAULT_AUTOSAVE_MS
        return round(min(MAX_AUTOSAVE_MS, max(MIN_AUTOSAVE_MS, value)))

    def set_autosave_interval_ms(self, milliseconds: int) -> None:
        self._settings.setValue(
            AUTOSAVE_INTERVAL, min(MAX_AUTOSAVE_MS, max(MIN_AUTOSAVE_MS, milliseconds))
        )

    # --- reading ----------------------------------------------------------------------

    def _choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) and value in allowed else default

    def _string_list(self, key: str) -> list[str]:
        # An INI file gives back one string for a one-item list, and None for an empty one.
        value = self._settings.value(key, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []


def _number(value: object) -> float | None:
    """A finite number from a setting (an INI file gives text), else None."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]  # str, int or float from QSettings
    except (TypeError, ValueError):
        return None
    return number if abs(number) < 1e12 else None  # no NaN (fails <), no inf

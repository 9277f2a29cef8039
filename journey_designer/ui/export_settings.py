"""What the Export dialog remembers per map (QSettings, keyed by the map's id).

`ExportChoices` is everything the dialog asks: the format, the PDF's `ExportOptions`, the
unit a custom page is typed in, the PNG's resolution and background, and the last file
written. Values are read back defensively: a value from an older version or edited by hand
falls back to the default instead of breaking the dialog. A map never exported starts on
the default PDF page of Preferences (`default_choices`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal, cast, get_args

from PySide6.QtCore import QSettings

from journey_designer.export.options import PAGE_SIZES_MM, ExportOptions, Mode, PageSetup
from journey_designer.ui.settings import AppSettings

Format = Literal["pdf", "png", "svg", "markdown"]
Unit = Literal["mm", "in"]
FORMATS: tuple[Format, ...] = get_args(Format)
MODES: tuple[Mode, ...] = get_args(Mode)
DEFAULT_DPI = 150
_GROUP = "export/maps"
_UNSAFE_KEY = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class ExportChoices:
    format: Format = "pdf"
    options: ExportOptions = field(default_factory=ExportOptions)
    unit: Unit = "mm"  # of a custom page's width and height
    dpi: int = DEFAULT_DPI
    transparent: bool = False
    last_path: str = ""  # the file the last export of this map wrote


def default_choices() -> ExportChoices:
    """The choices of a map never exported: the defaults on the preferred PDF page."""
    size, orientation = AppSettings().default_page()
    page = PageSetup(size=size, orientation=orientation)
    return ExportChoices(options=ExportOptions(page=page))


def settings_key(map_id: str) -> str:
    """The map's settings group: its id with the characters QSettings treats specially replaced."""
    return f"{_GROUP}/{_UNSAFE_KEY.sub('_', map_id) or '_'}"


def save_choices(map_id: str, choices: ExportChoices) -> None:
    settings = QSettings()
    settings.beginGroup(settings_key(map_id))
    settings.remove("")  # nothing left over from an older version
    options, page = choices.options, choices.options.page
    values: dict[str, object] = {
        "format": choices.format,
        "unit": choices.unit,
        "dpi": choices.dpi,
        "transparent": choices.transparent,
        "lastPath": choices.last_path,
        "pageSize": page.size,
        "orientation": page.orientation,
        "marginMm": page.margin_mm,
        "mode": options.mode,
        "cover": options.cover,
        "legend": options.legend,
        "appendix": options.appendix,
        "headerFooter": options.header_footer,
    }
    if page.custom_mm is not None:
        values["customWidthMm"], values["customHeightMm"] = page.custom_mm
    for key, value in values.items():
        settings.setValue(key, value)
    settings.endGroup()


def load_choices(map_id: str) -> ExportChoices:
    """The map's remembered choices; `default_choices()` for a map never exported."""
    default = default_choices()
    settings = QSettings()
    settings.beginGroup(settings_key(map_id))
    try:
        if not settings.childKeys():
            return default
        return _read(settings, default)
    finally:
        settings.endGroup()


def _read(settings: QSettings, default: ExportChoices) -> ExportChoices:
    page_default = default.options.page
    size = _text(settings, "pageSize", page_default.size)
    if size != "custom" and size not in PAGE_SIZES_MM:
        size = page_default.size
    custom: tuple[float, float] | None = None
    width = _number(settings, "customWidthMm", 0.0)
    height = _number(settings, "customHeightMm", 0.0)
    if width > 0 and height > 0:
        custom = (width, height)
    elif size == "custom":
        size = page_default.size
    orientation = _choice(
        settings, "orientation", ("landscape", "portrait"), page_default.orientation
    )
    page = PageSetup(
        size=size,
        orientation=orientation,  # type: ignore[arg-type]  # one of the Literal's values
        custom_mm=custom,
        margin_mm=max(0.0, _number(settings, "marginMm", page_default.margin_mm)),
    )
    options = replace(
        default.options,
        page=page,
        mode=cast(Mode, _choice(settings, "mode", MODES, default.options.mode)),
        cover=_flag(settings, "cover", default.options.cover),
        legend=_flag(settings, "legend", default.options.legend),
        appendix=_flag(settings, "appendix", default.options.appendix),
        header_footer=_flag(settings, "headerFooter", default.options.header_footer),
    )
    return ExportChoices(
        format=cast(Format, _choice(settings, "format", FORMATS, default.format)),
        options=options,
        unit=cast(Unit, _choice(settings, "unit", ("mm", "in"), default.unit)),
        dpi=round(_number(settings, "dpi", default.dpi)),
        transparent=_flag(settings, "transparent", default.transparent),
        last_path=_text(settings, "lastPath", ""),
    )


def _text(settings: QSettings, key: str, default: str) -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def _choice(settings: QSettings, key: str, allowed: tuple[str, ...], default: str) -> str:
    value = _text(settings, key, default)
    return value if value in allowed else default


def _number(settings: QSettings, key: str, default: float) -> float:
    value = settings.value(key, default)
    try:
        number = float(value)  # type: ignore[arg-type]  # an INI file gives strings
    except (TypeError, ValueError):
        return default
    return number if number == number and abs(number) < 1e9 else default  # no NaN, no inf


def _flag(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):  # an INI file gives "true" / "false"
        return value.lower() in ("true", "1", "yes")
    return bool(value)

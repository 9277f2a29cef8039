"""Numbers and dates in the interface, in the locale's format.

The locale is the UI language in the system's region, as far as Qt knows the pair: an
English interface writes 22/11/2026 on a British system, 11/22/26 on an American one and
1.234,5 on a German one; a Chinese one writes 2026/11/22. The PDF keeps the map's own
words (export/words.py).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

from journey_designer.analytics.figures import NumberFormat

LANGUAGE_LOCALES = {  # each UI language's own locale; its region when the system has none
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "zh": QLocale(
        QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China
    ),
}
_QT_LANGUAGES = {"en": QLocale.Language.English, "zh": QLocale.Language.Chinese}


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale of a UI `language` ("en", "zh") in the `system` locale's region."""
    system = system if system is not None else QLocale.system()
    if system.language() == _QT_LANGUAGES[language]:
        return system
    in_region = QLocale(_QT_LANGUAGES[language], system.territory())
    if in_region.language() == _QT_LANGUAGES[language] and in_region.territory() == (
        system.territory()
    ):
        return in_region
    return LANGUAGE_LOCALES[language]


def ui_numbers() -> NumberFormat:
    """The current locale's separators, for the shared figure formats (analytics.figures)."""
    locale = QLocale()
    return NumberFormat(group=locale.groupSeparator(), decimal=locale.decimalPoint())


def ui_count(value: int) -> str:
    """A whole number with the locale's thousands separators: 12,345 or 12.345."""
    return QLocale().toString(value)


def ui_date_time(moment: datetime) -> str:
    """A moment in the user's time zone, in the locale's short date and time format."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)

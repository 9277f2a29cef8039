"""Numbers and dates in the interface follow the UI language in the system's region."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from journey_designer.analytics.figures import count, percent
from journey_designer.ui.locale_format import locale_for, ui_count, ui_date_time, ui_numbers

MOMENT = datetime(2026, 11, 22, 14, 5)  # local time, as shown


@pytest.fixture
def default_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("system", "language", "expected"),
    [
        ("en_GB", "en", "en_GB"),
        ("en_US", "zh", "zh_CN"),
        ("de_DE", "en", "en_DE"),
        ("zh_TW", "zh", "zh_TW"),
        ("zh_CN", "en", "en_US"),  # Qt has no English for China: the plain English locale
    ],
)
def test_the_locale_is_the_language_in_the_systems_region(
    system: str, language: str, expected: str
) -> None:
    assert locale_for(language, QLocale(system)).name() == expected


def test_numbers_and_dates_use_the_locale(default_locale: None) -> None:
    QLocale.setDefault(locale_for("en", QLocale("de_DE")))
    assert ui_count(1234567) == "1.234.567"
    assert percent(0.125, ui_numbers()) == "12,5%"
    assert ui_date_time(MOMENT) == "22/11/2026 14:05"
    QLocale.setDefault(locale_for("en", QLocale("en_US")))
    assert ui_count(1234567) == count(1234567) == "1,234,567"
    assert ui_date_time(MOMENT) == "11/22/26 2:05\u202fPM"
    QLocale.setDefault(locale_for("zh", QLocale("zh_CN")))
    assert ui_date_time(MOMENT) == "2026/11/22 14:05"


def test_the_ab_result_reads_in_the_locale(default_locale: None) -> None:
    from journey_designer.analytics.ab import analyse_test
    from journey_designer.model.entities import ABTest, ABVariant
    from journey_designer.ui.panels.marketing_labels import ab_result_html

    test = ABTest(
        name="Subject line",
        variants=[
            ABVariant(name="A", sample_size=20000, conversions=2000),
            ABVariant(name="B", sample_size=20000, conversions=2600),
        ],
    )
    QLocale.setDefault(locale_for("en", QLocale("de_DE")))
    assert "10,0% (2.000 of 20.000)" in ab_result_html(analyse_test(test))
    QLocale.setDefault(locale_for("en", QLocale("en_US")))
    assert "10.0% (2,000 of 20,000)" in ab_result_html(analyse_test(test))


def test_installing_a_language_sets_its_locale(translated: Callable[[str], None]) -> None:
    translated("zh")
    assert QLocale().language() == QLocale.Language.Chinese
    assert QLocale().name() == locale_for("zh").name()
    translated("en")
    assert QLocale().name() == locale_for("en").name()

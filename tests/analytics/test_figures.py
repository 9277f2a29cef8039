"""Figures as text: the plain (English and Chinese) separators, and a locale's own."""

from __future__ import annotations

from journey_designer.analytics.figures import (
    NumberFormat,
    count,
    money,
    p_value,
    percent,
    signed_percent,
)

GERMAN = NumberFormat(group=".", decimal=",")
SWISS = NumberFormat(group="’", decimal=".")


def test_plain_figures() -> None:
    assert percent(0.25) == "25.0%"
    assert percent(0.0009) == "0.09%"
    assert signed_percent(0.3) == "+30.0%"
    assert signed_percent(-0.125) == "-12.5%"
    assert signed_percent(None) == "–"
    assert money(1234.5, "EUR") == "1,234 EUR"
    assert money(-12.5, "¥") == "-¥12.50"
    assert count(1234567) == "1,234,567"
    assert p_value(0.00291) == "0.0029"
    assert p_value(0.00001) == "<0.0001"


def test_a_locale_swaps_both_separators_at_once() -> None:
    assert count(1234567, GERMAN) == "1.234.567"
    assert percent(0.125, GERMAN) == "12,5%"
    assert money(1234.5, "EUR", GERMAN) == "1.234 EUR"
    assert money(12.5, "€", GERMAN) == "€12,50"
    assert p_value(0.0123, GERMAN) == "0,0123"
    assert count(1234567, SWISS) == "1’234’567"
    assert signed_percent(0.3, SWISS) == "+30.0%"

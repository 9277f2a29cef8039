"""Figures as short text for the dashboard (in the app and in the PDF) and the Funnel and
Costs dialog: percentages with a sign, money with its currency, counts with thousands
separators. No Qt."""

from __future__ import annotations


def percent(value: float | None) -> str:
    """25.0%; below 1%, two decimals (0.09%), so a deep funnel's end is not 0.1%."""
    if value is None:
        return "–"
    digits = 2 if 0 < abs(value) < 0.01 else 1
    return f"{value * 100:.{digits}f}%"


def signed_percent(value: float | None) -> str:
    """'+30.0%', '-12.5%', '–' when undefined."""
    text = percent(value)
    return "+" + text if value is not None and value > 0 else text


def money(value: float, currency: str) -> str:
    """A currency code after the amount (1,200 EUR), a sign before it (¥1,200); no decimals
    from 1,000 on, where they are noise in a chart."""
    digits = 0 if abs(value) >= 1000 or float(value).is_integer() else 2
    amount = f"{abs(value):,.{digits}f}"
    sign = "-" if value < 0 else ""
    if currency.isalpha() and currency.isascii():
        return f"{sign}{amount} {currency}"
    return f"{sign}{currency}{amount}"


def count(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def p_value(value: float | None) -> str:
    if value is None:
        return "–"
    return "<0.0001" if value < 0.0001 else f"{value:.4f}"

"""Figures as short text for the dashboard (in the app and in the PDF) and the Funnel and
Costs dialog: percentages with a sign, money with its currency, counts with thousands
separators. No Qt: the app passes its locale's separators as a `NumberFormat`; the PDF
uses the plain one (English and Chinese both write 1,234.5)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NumberFormat:
    """The separators of a locale: `1,234.5` in en_US and zh_CN, `1.234,5` in de_DE."""

    group: str = ","
    decimal: str = "."

    def apply(self, plain: str) -> str:
        """`plain` written with "," and "." (Python's format), in this locale's separators."""
        if self.group == "," and self.decimal == ".":
            return plain
        return plain.translate({ord(","): self.group, ord("."): self.decimal})


PLAIN = NumberFormat()


def percent(value: float | None, numbers: NumberFormat = PLAIN) -> str:
    """25.0%; below 1%, two decimals (0.09%), so a deep funnel's end is not 0.1%."""
    if value is None:
        return "–"
    digits = 2 if 0 < abs(value) < 0.01 else 1
    return numbers.apply(f"{value * 100:.{digits}f}%")


def signed_percent(value: float | None, numbers: NumberFormat = PLAIN) -> str:
    """'+30.0%', '-12.5%', '–' when undefined."""
    text = percent(value, numbers)
    return "+" + text if value is not None and value > 0 else text


def money(value: float, currency: str, numbers: NumberFormat = PLAIN) -> str:
    """A currency code after the amount (1,200 EUR), a sign before it (¥1,200); no decimals
    from 1,000 on, where they are noise in a chart."""
    digits = 0 if abs(value) >= 1000 or float(value).is_integer() else 2
    amount = numbers.apply(f"{abs(value):,.{digits}f}")
    sign = "-" if value < 0 else ""
    if currency.isalpha() and currency.isascii():
        return f"{sign}{amount} {currency}"
    return f"{sign}{currency}{amount}"


def count(value: int | None, numbers: NumberFormat = PLAIN) -> str:
    return "–" if value is None else numbers.apply(f"{value:,}")


def p_value(value: float | None, numbers: NumberFormat = PLAIN) -> str:
    if value is None:
        return "–"
    return numbers.apply("<0.0001" if value < 0.0001 else f"{value:.4f}")

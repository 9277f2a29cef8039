"""Numbers typed into text fields and table cells: shown exactly, read leniently.

A blank entry is "not known" (None). Thousands separators (1,200 or 1，200) and spaces are
ignored; anything else that is not a number is refused with ValueError, so the caller
can say which field is wrong.
"""

from __future__ import annotations

import math

_IGNORED = str.maketrans("", "", ",，_  ")


def number_text(value: float | None) -> str:
    """1200.0 -> '1200', 2.5 -> '2.5', None -> ''."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def parse_number(text: str) -> float | None:
    """The number typed, or None when blank; ValueError when it is not a finite number."""
    cleaned = text.translate(_IGNORED).strip()
    if not cleaned:
        return None
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {text!r}")
    return value


def parse_count(text: str) -> int | None:
    """A whole number of 0 or more, or None when blank; ValueError otherwise."""
    value = parse_number(text)
    if value is None:
        return None
    if value < 0 or not value.is_integer():
        raise ValueError(f"not a whole number of 0 or more: {text!r}")
    return int(value)


def parse_amount(text: str) -> float | None:
    """A number of 0 or more, or None when blank; ValueError otherwise."""
    value = parse_number(text)
    if value is not None and value < 0:
        raise ValueError(f"negative: {text!r}")
    return value

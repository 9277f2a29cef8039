"""Reading one answer: clean text, numbers stored as text, dates, and "no answer" tokens.

These run on a column's distinct values only (a few hundred at most for a typical
question), never once per row, so clarity wins over speed here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from journey_designer.survey.cells import Cell

# Numbers stored as text: "4", "-2", "3.5", "1.14628E+11", " 7 ". Codes with a leading
# zero ("01", "007") are identifiers and stay text.
_NUMBER = re.compile(r"^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+$")
_DATE_TEXT = re.compile(
    r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2}| ?UTC)?$"
    r"|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?$"
)

# Answers that mean "no answer": counted as skipped, never as a value (and never as 0).
SKIP_TOKENS = frozenset(
    {
        "n/a", "na", "n.a.", "-", "--", "—", "none of the above",
        "not applicable", "does not apply", "don't know", "dont know", "do not know",
        "don’t know", "prefer not to say", "prefer not to answer", "no answer", "skipped",
        "不适用", "不知道", "不清楚", "不了解", "说不清", "无法回答", "无法判断", "跳过",
        "(跳过)", "（跳过）", "未填写", "(空)", "（空）",
    }
)  # fmt: skip


def clean_text(value: str) -> str:
    """One spelling per answer: runs of spaces (non-breaking and ideographic ones too)
    become one space, and the edges are trimmed."""
    return " ".join(value.split())


LONGEST_SKIP = max(len(token) for token in SKIP_TOKENS) + 4


def is_skip(value: Cell) -> bool:
    if value is None:
        return True
    return (
        isinstance(value, str)
        and len(value) <= LONGEST_SKIP
        and (clean_text(value).lower() in SKIP_TOKENS)
    )


def as_number(value: Cell) -> float | None:
    """The number a cell holds, whether stored as a number or as text; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if value == value else None  # NaN is no answer
    if isinstance(value, str):
        text = clean_text(value).replace("，", ",")
        if _NUMBER.match(text):
            return float(text)
    return None


def is_date_like(value: Cell) -> bool:
    if isinstance(value, datetime | date | time):
        return True
    return isinstance(value, str) and bool(_DATE_TEXT.match(clean_text(value)))


def is_duration_like(value: Cell) -> bool:
    return isinstance(value, timedelta) or (
        isinstance(value, str) and bool(re.match(r"^\d+(?:\.\d+)?\s*(?:秒|分钟|s|sec|min)$", value))
    )


def display(value: Cell) -> str:
    """A cell as the user would read it in a preview."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value)

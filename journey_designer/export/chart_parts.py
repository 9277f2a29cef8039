"""Pieces the dashboard charts share: sizes, colours, the chart type, number formats and
drawing helpers (rows, bars, whiskers, scales). No Qt."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from journey_designer.analytics.ab import ABResult
from journey_designer.export.page_canvas import (
    INK,
    MUTED,
    PageCanvas,
    line_height,
)
from journey_designer.layout.geometry import Rect
from journey_designer.model.entities import Severity

CHART_TITLE_SIZE = 11.0
BODY_SIZE = 8.0
SMALL_SIZE = 7.0
GAP = 14.0
PADDING = 10.0
ROW_MIN = 15.0  # a row's least height; fewer rows shown, "+ n more", below it
ROW_MAX = 24.0
POSITIVE = "#1E7B34"
NEGATIVE = "#B03A2E"
PANEL_FILL = "#FBFCFD"
SEVERITY_INK = {Severity.CRITICAL: "#B03A2E", Severity.HIGH: "#D9822B",
                Severity.MEDIUM: "#E3B23C", Severity.LOW: "#8FA3B8"}  # fmt: skip

Body = Callable[[PageCanvas, Rect], None]


@dataclass(frozen=True)
class Chart:
    title: str
    hint: str  # shown instead of the body when the map lacks the chart's figures
    body: Body | None  # None: no figures


# --- formatting ---------------------------------------------------------------------------


def level_text(level: float) -> str:
    digits = 0 if abs(level * 100 - round(level * 100)) < 1e-9 else 1
    return f"{level:.{digits}%}"


def verdict(result: ABResult, said: Mapping[str, str]) -> str:
    """One line: the winner, or why there is none."""
    if result.winner is not None:
        return said["chart_winner"].format(name=result.winner)
    if len(result.variants) < 2:
        return said["chart_two_variants"]
    if any(variant.rate is None for variant in result.variants):
        return said["chart_no_sample"]
    return said["chart_not_significant"].format(level=level_text(result.confidence))


# --- the charts ---------------------------------------------------------------------------


def fit_rows(body: Rect, count: int) -> tuple[int, float]:
    """How many of `count` rows fit in `body` (one line kept for "+ n more"), and their
    height."""
    shown = min(count, max(1, int(body.height // ROW_MIN)))
    if shown < count:
        shown = min(count, max(1, int((body.height - line_height(BODY_SIZE)) // ROW_MIN)))
    return shown, min(ROW_MAX, body.height / max(shown, 1))


def middle(top: float, height: float, page: PageCanvas, size: float = BODY_SIZE) -> float:
    """The baseline that centres a line of `size` in a band."""
    m = page.ink.measurer
    return top + height / 2 + (m.ascent - m.descent) * size / 2


def more(page: PageCanvas, x: float, y: float, hidden: int, said: Mapping[str, str]) -> None:
    if hidden > 0:
        text = said["chart_more"].format(count=hidden)
        page.text(x, y + line_height(BODY_SIZE) * 0.8, text, BODY_SIZE, MUTED)


def caption(page: PageCanvas, body: Rect, text: str) -> Rect:
    """`text` on the body's last line; the body above it."""
    page.text(body.x, body.bottom - 2.0, page.ink.fit(text, body.width, SMALL_SIZE), SMALL_SIZE,
              MUTED)  # fmt: skip
    return Rect(body.x, body.y, body.width, body.height - line_height(SMALL_SIZE) - 4.0)


def bar(page: PageCanvas, x1: float, x2: float, top: float, height: float, fill: str) -> None:
    left, right = min(x1, x2), max(x1, x2)
    page.rect(Rect(left, top, max(right - left, 0.8), height), fill=fill)


def whisker(page: PageCanvas, x1: float, x2: float, y: float, colour: str = INK) -> None:
    page.line(x1, y, x2, y, colour, 0.8)
    for x in (x1, x2):
        page.line(x, y - 3.0, x, y + 3.0, colour, 0.8)


def linear_scale(low: float, high: float, x: float, width: float) -> Callable[[float], float]:
    span = (high - low) or 1.0
    return lambda value: x + (min(max(value, low), high) - low) / span * width


# --- funnel -------------------------------------------------------------------------------

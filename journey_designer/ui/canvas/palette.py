"""Colours of the canvas that the layout does not decide: text, lines, badges, selection.

Card fills and accents come from the layout (`LayoutStyle`), stage fills from the map.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from journey_designer.model import LaneKind

CANVAS_BACKGROUND = QColor("#E4E7EB")  # around the map
MAP_BACKGROUND = QColor("#FFFFFF")
MAP_BORDER = QColor("#C5CCD3")
GRID_LINE = QColor("#D9DEE3")
LANE_HEADER_FILL = QColor("#F5F7FA")
CORNER_FILL = QColor("#EEF1F5")
SELECTION = QColor("#1A73E8")
CARD_SHADOW = QColor(16, 24, 40, 26)
GREEKED_TEXT = QColor(60, 72, 88, 90)  # the grey bars that stand for text when zoomed out

TEXT_COLOURS: dict[str, QColor] = {
    "stage": QColor("#1F2933"),
    "goal": QColor("#52606D"),
    "lane": QColor("#243B53"),
    "title": QColor("#1F2933"),
    "body": QColor("#3E4C59"),
    "metric": QColor("#334E68"),
    "metric_measured": QColor("#5B3FA0"),
    "label": QColor("#3E4C59"),
    "legend": QColor("#3E4C59"),
    "badge": QColor("#243B53"),
}
DEFAULT_TEXT = QColor("#1F2933")

# Lane-header accents; card lanes reuse the layout's card accents.
EMOTION_LANE_ACCENT = QColor("#E07A5F")

# Badges: (fill, text) by kind, then by value where the value matters.
BADGE_COLOURS: dict[tuple[str, str], tuple[QColor, QColor]] = {
    ("severity", "low"): (QColor("#E6F4EA"), QColor("#1E6B34")),
    ("severity", "medium"): (QColor("#FFF3D6"), QColor("#8A5A00")),
    ("severity", "high"): (QColor("#FDE0DC"), QColor("#A52A20")),
    ("severity", "critical"): (QColor("#C62828"), QColor("#FFFFFF")),
    ("priority", "low"): (QColor("#E8EEF7"), QColor("#3B5B85")),
    ("priority", "medium"): (QColor("#D6E4FA"), QColor("#1F4E8C")),
    ("priority", "high"): (QColor("#1F5FBF"), QColor("#FFFFFF")),
}
BADGE_KIND_COLOURS: dict[str, tuple[QColor, QColor]] = {
    "channel": (QColor("#DCEFEC"), QColor("#1D6B61")),
    "owner": (QColor("#ECEFF3"), QColor("#3E4C59")),
}
DEFAULT_BADGE = (QColor("#ECEFF3"), QColor("#3E4C59"))

# Emotion faces, from the bottom of the scale to the top.
MOOD_COLOURS = (
    QColor("#E05252"),
    QColor("#F08C4B"),
    QColor("#F2C14E"),
    QColor("#9CCB5A"),
    QColor("#4CAF6A"),
)
FACE_INK = QColor("#2B2B2B")


def text_colour(role: str) -> QColor:
    return TEXT_COLOURS.get(role, DEFAULT_TEXT)


def badge_colours(kind: str, key: str) -> tuple[QColor, QColor]:
    return BADGE_COLOURS.get((kind, key)) or BADGE_KIND_COLOURS.get(kind, DEFAULT_BADGE)


def mood_colour(mood: float) -> QColor:
    """`mood` from 0 (worst) to 1 (best), blended between the five mood colours."""
    mood = min(1.0, max(0.0, mood))
    position = mood * (len(MOOD_COLOURS) - 1)
    low = int(position)
    high = min(low + 1, len(MOOD_COLOURS) - 1)
    t = position - low
    a, b = MOOD_COLOURS[low], MOOD_COLOURS[high]
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def lane_accent(kind: LaneKind, card_accents: dict[LaneKind, str]) -> QColor:
    if kind is LaneKind.EMOTION_CURVE:
        return EMOTION_LANE_ACCENT
    return QColor(card_accents.get(kind, "#9AA5B1"))

"""The canvas's colours as QColors, from the Qt-free values in `layout/looks.py`.

`looks` decides every colour (the PDF draws with the same values); this module only turns
them into QColors once. Card fills and accents come from the layout, stage fills from the map.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from journey_designer.layout import looks
from journey_designer.model import LaneKind


def qcolor(colour: str | looks.Rgba) -> QColor:
    """A "#RRGGBB" string or an (r, g, b, alpha) tuple as a QColor."""
    if isinstance(colour, str):
        return QColor(colour)
    return QColor(*colour)


CANVAS_BACKGROUND = qcolor(looks.CANVAS_BACKGROUND)  # around the map
MAP_BACKGROUND = qcolor(looks.MAP_BACKGROUND)
MAP_BORDER = qcolor(looks.MAP_BORDER)
GRID_LINE = qcolor(looks.GRID_LINE)
LANE_HEADER_FILL = qcolor(looks.LANE_HEADER_FILL)
CORNER_FILL = qcolor(looks.CORNER_FILL)
SELECTION = qcolor(looks.SELECTION)
CARD_SHADOW = qcolor(looks.CARD_SHADOW)
GREEKED_TEXT = qcolor(looks.GREEKED_TEXT)  # the grey bars that stand for text when zoomed out
EMOTION_LANE_ACCENT = qcolor(looks.EMOTION_LANE_ACCENT)
FACE_INK = qcolor(looks.FACE_INK)

TEXT_COLOURS: dict[str, QColor] = {role: qcolor(c) for role, c in looks.TEXT_COLOURS.items()}
DEFAULT_TEXT = qcolor(looks.DEFAULT_TEXT)


def text_colour(role: str) -> QColor:
    return TEXT_COLOURS.get(role, DEFAULT_TEXT)


def badge_colours(kind: str, key: str) -> tuple[QColor, QColor]:
    fill, ink = looks.badge_colours(kind, key)
    return qcolor(fill), qcolor(ink)


def mood_colour(mood: float) -> QColor:
    """`mood` from 0 (worst) to 1 (best), blended between the five mood colours."""
    return qcolor(looks.mood_colour(mood))


def darker(colour: QColor, factor: int) -> QColor:
    """`colour` darker as `looks.darker` computes it (so the PDF gets the same colour)."""
    return qcolor(looks.darker(colour.name(), factor))


def lane_accent(kind: LaneKind, card_accents: dict[LaneKind, str]) -> QColor:
    return qcolor(looks.lane_accent(kind, card_accents))

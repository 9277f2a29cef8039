"""How each lane kind's cards look, as the canvas draws them: `looks.card_look` in Qt types.

The decisions (which mark, which colours, dashed or solid, the bubble's trail) are made
without Qt in `layout/looks.py`, so the PDF draws the same cards. Decided once per layout
box, not on every paint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainterPath

from journey_designer.layout import CardBox, looks
from journey_designer.layout.glyphs import GLYPHS
from journey_designer.ui.canvas.channel_glyphs import glyph_path
from journey_designer.ui.canvas.palette import qcolor

CORNER_RADIUS = looks.CORNER_RADIUS
SEVERITY_MARK = {severity: qcolor(colour) for severity, colour in looks.SEVERITY_MARK.items()}
PRIORITY_MARK = {priority: qcolor(colour) for priority, colour in looks.PRIORITY_MARK.items()}
PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dashed": Qt.PenStyle.DashLine}


@dataclass(frozen=True)
class CardLook:
    corner_radius: float
    accent_width: float
    border_style: Qt.PenStyle
    border: QColor
    border_width: float
    shadow: bool
    mark: QPainterPath | None  # a glyph on the 10 x 10 grid, top right
    mark_colour: QColor | None
    thought_trail: bool


def card_look(box: CardBox) -> CardLook:
    look = looks.card_look(box)
    return CardLook(
        corner_radius=look.corner_radius,
        accent_width=look.accent_width,
        border_style=PEN_STYLES[look.border_style],
        border=qcolor(look.border),
        border_width=look.border_width,
        shadow=look.shadow,
        mark=glyph_path(GLYPHS[look.mark]) if look.mark is not None else None,
        mark_colour=qcolor(look.mark_colour) if look.mark_colour is not None else None,
        thought_trail=look.thought_trail,
    )

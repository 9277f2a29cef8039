"""How each lane kind's cards look, beyond the layout's fill and accent colours.

Pain points carry a warning sign coloured by severity (a critical one is framed in red);
opportunities a light bulb coloured by priority; touchpoints the glyph of their channel;
thoughts are rounded bubbles with a trail of two small circles; backstage cards are muted
(dashed outline, no shadow). Decided once per layout box, not on every paint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainterPath

from journey_designer.layout import CardBox
from journey_designer.model import LaneKind
from journey_designer.ui.canvas.channel_glyphs import channel_glyph, light_bulb, warning_sign
from journey_designer.ui.canvas.palette import badge_colours

CORNER_RADIUS = 3.0
THOUGHT_CORNER_RADIUS = 8.0
ACCENT_WIDTH = 3.0
SEVERITY_ACCENT_WIDTH = {"low": 3.0, "medium": 3.0, "high": 4.5, "critical": 5.5}
PRIORITY_ACCENT_WIDTH = {"low": 3.0, "medium": 3.0, "high": 4.5}
SEVERITY_MARK = {
    "low": QColor("#C58A1B"),
    "medium": QColor("#D9822B"),
    "high": QColor("#C62828"),
    "critical": QColor("#B71C1C"),
}
PRIORITY_MARK = {"low": QColor("#6B9E78"), "medium": QColor("#2E8B57"), "high": QColor("#1E6B34")}
CRITICAL_BORDER = QColor("#C62828")


@dataclass(frozen=True)
class CardLook:
    corner_radius: float = CORNER_RADIUS
    accent_width: float = ACCENT_WIDTH
    border_style: Qt.PenStyle = Qt.PenStyle.SolidLine
    border: QColor | None = None  # None: the fill, darker
    shadow: bool = True
    mark: QPainterPath | None = None  # a glyph on the 10 x 10 grid, top right
    mark_colour: QColor | None = None
    thought_trail: bool = False


def card_look(box: CardBox) -> CardLook:
    badges = {badge.kind: badge.key for badge in box.badges}
    kind = box.lane_kind
    if kind is LaneKind.PAIN_POINTS:
        severity = badges.get("severity", "")
        return CardLook(
            accent_width=SEVERITY_ACCENT_WIDTH.get(severity, ACCENT_WIDTH),
            border=CRITICAL_BORDER if severity == "critical" else None,
            mark=warning_sign(),
            mark_colour=SEVERITY_MARK.get(severity, QColor(box.accent)),
        )
    if kind is LaneKind.OPPORTUNITIES:
        priority = badges.get("priority", "")
        return CardLook(
            accent_width=PRIORITY_ACCENT_WIDTH.get(priority, ACCENT_WIDTH),
            mark=light_bulb(),
            mark_colour=PRIORITY_MARK.get(priority, QColor(box.accent)),
        )
    if kind is LaneKind.THOUGHTS:
        return CardLook(corner_radius=THOUGHT_CORNER_RADIUS, accent_width=0.0, thought_trail=True)
    if kind is LaneKind.BACKSTAGE:
        return CardLook(border_style=Qt.PenStyle.DashLine, shadow=False)
    if "channel" in badges:  # touchpoints, channels, or any card given a channel
        return CardLook(mark=channel_glyph(badges["channel"]), mark_colour=_channel_ink())
    return CardLook()


def _channel_ink() -> QColor:
    return badge_colours("channel", "")[1]

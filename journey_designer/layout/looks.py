"""How the map looks beyond its geometry, decided without Qt: colours, card looks, faces.

The canvas (`ui/canvas/palette.py`, `card_looks.py`, the items) turns these values into
QColors and QPainterPaths; the PDF (`export/`) uses them as they are. One source, so the
two pictures share every colour and size. Colours are "#RRGGBB" strings; a translucent
colour is an (r, g, b, alpha) tuple of 0-255 integers. Sizes are in points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from journey_designer.layout.geometry import CardBox
from journey_designer.layout.glyphs import channel_glyph_name
from journey_designer.model.entities import LaneKind

Rgba = tuple[int, int, int, int]

# --- the sheet, headers and grid --------------------------------------------------------

CANVAS_BACKGROUND = "#E4E7EB"  # around the map (the canvas only)
MAP_BACKGROUND = "#FFFFFF"
MAP_BORDER = "#C5CCD3"
GRID_LINE = "#D9DEE3"
LANE_HEADER_FILL = "#F5F7FA"
CORNER_FILL = "#EEF1F5"
SELECTION = "#1A73E8"
CARD_SHADOW: Rgba = (16, 24, 40, 26)
GREEKED_TEXT: Rgba = (60, 72, 88, 90)  # the grey bars that stand for text when zoomed out
COLUMN_TINT_ALPHA = 70  # stage colours behind the cards, lighter than the headers
STAGE_RULE_DARKER = 125  # the rule under a stage header: its fill, darker by this factor
LANE_ACCENT_WIDTH = 4.0  # the colour bar at the left of a lane header
EMOTION_LANE_ACCENT = "#E07A5F"  # lane-header accents; card lanes reuse the card accents

TEXT_COLOURS: dict[str, str] = {
    "stage": "#1F2933",
    "goal": "#52606D",
    "lane": "#243B53",
    "title": "#1F2933",
    "body": "#3E4C59",
    "metric": "#334E68",
    "metric_measured": "#5B3FA0",
    "label": "#3E4C59",
    "legend": "#3E4C59",
    "badge": "#243B53",
    "rule": "#1E2F97",  # a rule's "trigger → action"
    "rule_detail": "#3E4C59",
    "ab_winner": "#1E6B34",  # "B wins +37.0% (p=0.002)"
    "ab_open": "#52606D",  # "No winner yet"
    "funnel_label": "#3E4C59",
    "funnel_count": "#1F2933",
    "funnel_rate": "#1F2933",  # the conversion in a pill
    "funnel_drop": "#B42318",  # the drop-off below it
}
DEFAULT_TEXT = "#1F2933"

# Badges: (fill, text) by kind, then by value where the value matters.
BADGE_COLOURS: dict[tuple[str, str], tuple[str, str]] = {
    ("severity", "low"): ("#E6F4EA", "#1E6B34"),
    ("severity", "medium"): ("#FFF3D6", "#8A5A00"),
    ("severity", "high"): ("#FDE0DC", "#A52A20"),
    ("severity", "critical"): ("#C62828", "#FFFFFF"),
    ("priority", "low"): ("#E8EEF7", "#3B5B85"),
    ("priority", "medium"): ("#D6E4FA", "#1F4E8C"),
    ("priority", "high"): ("#1F5FBF", "#FFFFFF"),
    ("ab", "winner"): ("#DDF1E3", "#1E6B34"),
    ("legal", "missing"): ("#FDE0DC", "#A52A20"),
}
BADGE_KIND_COLOURS: dict[str, tuple[str, str]] = {
    "channel": ("#DCEFEC", "#1D6B61"),
    "owner": ("#ECEFF3", "#3E4C59"),
    "department": ("#E6EBF2", "#33507A"),
    "ab": ("#EEE8FA", "#5B3FA0"),
    "link": ("#FDEBD3", "#8F4A00"),
    "legal": ("#E3EAFB", "#23408E"),
    "personal_data": ("#FFF3D6", "#8A5A00"),
}
DEFAULT_BADGE = ("#ECEFF3", "#3E4C59")


def text_colour(role: str) -> str:
    return TEXT_COLOURS.get(role, DEFAULT_TEXT)


def badge_colours(kind: str, key: str) -> tuple[str, str]:
    """(fill, text) of a badge."""
    return BADGE_COLOURS.get((kind, key)) or BADGE_KIND_COLOURS.get(kind, DEFAULT_BADGE)


def lane_accent(kind: LaneKind, card_accents: dict[LaneKind, str]) -> str:
    if kind is LaneKind.EMOTION_CURVE:
        return EMOTION_LANE_ACCENT
    return card_accents.get(kind, "#9AA5B1")


# --- cards ------------------------------------------------------------------------------

CORNER_RADIUS = 3.0
THOUGHT_CORNER_RADIUS = 8.0
ACCENT_WIDTH = 3.0
BORDER_WIDTH = 0.75
EMPHASISED_BORDER_WIDTH = 1.2  # a critical pain point's red frame
BORDER_DARKER = 118  # a card's outline: its fill, darker by this factor
SEVERITY_ACCENT_WIDTH = {"low": 3.0, "medium": 3.0, "high": 4.5, "critical": 5.5}
PRIORITY_ACCENT_WIDTH = {"low": 3.0, "medium": 3.0, "high": 4.5}
SEVERITY_MARK = {"low": "#C58A1B", "medium": "#D9822B", "high": "#C62828", "critical": "#B71C1C"}
PRIORITY_MARK = {"low": "#6B9E78", "medium": "#2E8B57", "high": "#1E6B34"}
CRITICAL_BORDER = "#C62828"
RULE_ACCENT_WIDTH = 4.5
MARK_SIZE = 8.5  # the kind's glyph in the card's top-right corner
MARK_INSET = 3.0
# Thought bubbles trail two small circles below their left corner: (dx, dy below, radius).
THOUGHT_TRAIL = ((12.0, 2.6, 2.0), (7.5, 5.2, 1.2))
MAX_VOTE_DOTS = 10
VOTE_DOT_RADIUS = 3.0
VOTE_DOT = "#F2A900"
VOTE_DOT_RING = "#8A5A00"
VOTE_RING_WIDTH = 0.75
VOTE_COUNT_SIZE = 6.0  # "+3" left of the dots past MAX_VOTE_DOTS

BorderStyle = Literal["solid", "dashed"]


@dataclass(frozen=True)
class CardLook:
    """What a card's lane kind (and severity, priority, channel) adds to its fill and accent.

    Pain points carry a warning sign coloured by severity (a critical one is framed in
    red); opportunities a light bulb coloured by priority; cards with a channel its glyph;
    thoughts are rounded bubbles with a trail of two small circles; backstage cards are
    muted (dashed outline, no shadow); automation rules are outlined in their accent with a
    lightning bolt; content cards with a link carry a chain link.
    """

    fill: str
    accent: str
    border: str  # the outline's colour
    border_width: float = BORDER_WIDTH
    border_style: BorderStyle = "solid"
    corner_radius: float = CORNER_RADIUS
    accent_width: float = ACCENT_WIDTH
    shadow: bool = True
    mark: str | None = None  # a glyph name in `glyphs.GLYPHS`, drawn top right
    mark_colour: str | None = None
    thought_trail: bool = False


def card_look(box: CardBox) -> CardLook:
    badges = {badge.kind: badge.key for badge in box.badges}
    kind = box.lane_kind
    plain = darker(box.fill, BORDER_DARKER)
    if kind is LaneKind.PAIN_POINTS:
        severity = badges.get("severity", "")
        critical = severity == "critical"
        return CardLook(
            box.fill,
            box.accent,
            CRITICAL_BORDER if critical else plain,
            border_width=EMPHASISED_BORDER_WIDTH if critical else BORDER_WIDTH,
            accent_width=SEVERITY_ACCENT_WIDTH.get(severity, ACCENT_WIDTH),
            mark="warning_sign",
            mark_colour=SEVERITY_MARK.get(severity, box.accent),
        )
    if kind is LaneKind.OPPORTUNITIES:
        priority = badges.get("priority", "")
        return CardLook(
            box.fill,
            box.accent,
            plain,
            accent_width=PRIORITY_ACCENT_WIDTH.get(priority, ACCENT_WIDTH),
            mark="light_bulb",
            mark_colour=PRIORITY_MARK.get(priority, box.accent),
        )
    if kind is LaneKind.THOUGHTS:
        return CardLook(
            box.fill,
            box.accent,
            plain,
            corner_radius=THOUGHT_CORNER_RADIUS,
            accent_width=0.0,
            thought_trail=True,
        )
    if kind is LaneKind.BACKSTAGE:
        return CardLook(box.fill, box.accent, plain, border_style="dashed", shadow=False)
    if kind is LaneKind.AUTOMATION:  # a rule: a lightning bolt, outlined in its accent
        return CardLook(
            box.fill,
            box.accent,
            box.accent,
            accent_width=RULE_ACCENT_WIDTH,
            mark="lightning",
            mark_colour=box.accent,
        )
    if "link" in badges and (kind is LaneKind.CONTENT or "channel" not in badges):
        return CardLook(box.fill, box.accent, plain, mark="link", mark_colour=box.accent)
    if "channel" in badges:  # touchpoints, channels, or any card given a channel
        ink = badge_colours("channel", "")[1]
        return CardLook(
            box.fill, box.accent, plain, mark=channel_glyph_name(badges["channel"]), mark_colour=ink
        )
    return CardLook(box.fill, box.accent, plain)


def mark_rect(card_right: float, card_top: float) -> tuple[float, float, float]:
    """(left, top, size) of the glyph square in a card's top-right corner."""
    return card_right - MARK_INSET - MARK_SIZE, card_top + MARK_INSET - 0.5, MARK_SIZE


@dataclass(frozen=True)
class VoteDots:
    """Dot-votes along a card's top edge, right to left; past ten, ten dots and "+n"."""

    centres: tuple[tuple[float, float], ...]
    more: str  # "" or "+n"
    more_centre: tuple[float, float]


def vote_dots(card_right: float, card_top: float, votes: int, has_mark: bool) -> VoteDots:
    """Where a card's votes go: the dots line up left of the kind's glyph, if it has one."""
    if has_mark:
        right = card_right - MARK_INSET - MARK_SIZE - VOTE_DOT_RADIUS - 1.5
    else:
        right = card_right - VOTE_DOT_RADIUS - 3.0
    step = 2 * VOTE_DOT_RADIUS + 1.5
    y = card_top + VOTE_DOT_RADIUS + 3.0
    dots = min(max(votes, 0), MAX_VOTE_DOTS)
    centres = tuple((right - i * step, y) for i in range(dots))
    more = f"+{votes - MAX_VOTE_DOTS}" if votes > MAX_VOTE_DOTS else ""
    return VoteDots(centres, more, (right - dots * step - 5.0, y))


# --- automation connectors and the funnel band ------------------------------------------

CONNECTOR_WIDTH = 1.2
CONNECTOR_DASHES = (4.0, 2.0)  # in units of the width, as Qt's QPen takes them
CONNECTOR_DOT = 2.2  # the radius of the dot on the rule card's edge
FUNNEL_ACCENT = "#6C8EBF"  # the band header's colour bar
FUNNEL_BAR = "#8FA9D6"
FUNNEL_TRACK = "#E1E6ED"  # behind a bar: as long as the largest count's
FUNNEL_PILL = "#FFFFFF"
FUNNEL_PILL_BORDER = "#9AA5B1"
FUNNEL_PILL_BORDER_WIDTH = 0.75
FUNNEL_RULE = "#C5CCD3"  # the line under the band


# --- the emotion plot -------------------------------------------------------------------

CURVE_WIDTH = 2.2
AREA_ALPHA = 34  # the soft fill under an as-is curve at the plot's top, fading to 0
# Dash patterns in units of the line width (as Qt's QPen takes them).
TO_BE_DASHES = (3.0, 2.0)
MEASURED_DASHES = (0.1, 2.0)  # round dots: the measured curve, beside the solid estimate
GRID_DASHES = (4.0, 2.0)  # the grid lines off the neutral value (Qt's DashLine)
NEUTRAL_DARKER = 115  # the neutral grid line: the grid colour, darker by this factor
COSMETIC_WIDTH = 1.0  # the canvas draws some lines one device pixel wide: the PDF, 1 point
SCALE_TEXT_SIZE = 7.0
SCALE_TEXT_INSET = 14.0  # from the plot's left edge to the centre of the scale values
SCALE_PILL = (18.0, 11.0)  # width, height of the pill behind a scale value
LABEL_HALO: Rgba = (255, 255, 255, 210)
MEASURED_TEXT_SIZE = 6.5
MEASURED_SIDE = 1.5  # a measured point's square: this many point radii wide
MEASURED_RING_WIDTH = 1.2
TO_BE_POINT = 0.7  # a to-be point's circle: this share of the point radius
TO_BE_RING_WIDTH = 1.5
DISAGREEMENT = "#D62728"
DISAGREEMENT_WIDTH = 1.5  # a cosmetic width on the canvas
DISAGREEMENT_DOT = 5.5
DISAGREEMENT_TEXT_SIZE = 8.0
POINT_RING_DARKER = 110  # a face's ring: its curve's colour, darker by this factor

# Emotion faces, from the bottom of the scale to the top.
MOOD_COLOURS = ("#E05252", "#F08C4B", "#F2C14E", "#9CCB5A", "#4CAF6A")
FACE_INK = "#2B2B2B"


def neutral_value(scale_min: int, scale_max: int) -> float:
    """The scale value drawn as the plot's solid middle line."""
    return 0 if scale_min < 0 else (scale_min + scale_max) / 2


def scale_value_text(value: float, scale_min: int) -> str:
    """A scale value as the plot writes it: signed on a scale around 0, a true minus sign."""
    text = f"{value:+g}" if scale_min < 0 and value else f"{value:g}"
    return text.replace("-", "\u2212")


def mood_colour(mood: float) -> str:
    """`mood` from 0 (worst) to 1 (best), blended between the five mood colours."""
    mood = min(1.0, max(0.0, mood))
    position = mood * (len(MOOD_COLOURS) - 1)
    low = int(position)
    high = min(low + 1, len(MOOD_COLOURS) - 1)
    t = position - low
    a, b = rgb(MOOD_COLOURS[low]), rgb(MOOD_COLOURS[high])
    return hex_colour(*(round(x + (y - x) * t) for x, y in zip(a, b, strict=True)))


@dataclass(frozen=True)
class Face:
    """A face for an emotion value: a coloured disc with a ring, two eyes and a mouth."""

    fill: str
    ring_width: float
    eyes: tuple[tuple[float, float], ...]  # centres
    eye_radius: float
    mouth: tuple[float, float, float, float, float, float]  # start, control (quadratic), end
    mouth_width: float


def face(x: float, y: float, radius: float, mood: float) -> Face:
    """The face at (x, y); `mood` runs from 0 (the bottom of the scale) to 1 (the top)."""
    half_width = radius * 0.40
    corners_y = y + radius * 0.30
    bend = (mood - 0.5) * radius * 0.75  # > 0 smiles (the middle dips), < 0 frowns
    eye_y = y - radius * 0.22
    start, end = (x - half_width, corners_y - bend / 3), (x + half_width, corners_y - bend / 3)
    return Face(
        fill=mood_colour(mood),
        ring_width=radius * 0.28,
        eyes=tuple((x + side * radius * 0.32, eye_y) for side in (-1.0, 1.0)),
        eye_radius=radius * 0.12,
        mouth=(*start, x, corners_y + bend, *end),
        mouth_width=radius * 0.13,
    )


# --- colour arithmetic ------------------------------------------------------------------


def rgb(colour: str) -> tuple[int, int, int]:
    """A "#RRGGBB" colour as three 0-255 integers."""
    value = int(colour.lstrip("#"), 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def hex_colour(red: int, green: int, blue: int) -> str:
    return f"#{red:02X}{green:02X}{blue:02X}"


def darker(colour: str, factor: int) -> str:
    """`colour` with its HSV value divided by factor / 100, as Qt's QColor.darker does it.

    Qt works in 16-bit channels and single-precision floats; this follows the same steps
    in double precision, and agrees with Qt on all but a few in a hundred thousand colours
    (by one step of 255 in one channel, where Qt's rounding lands on exactly .5).
    """
    red, green, blue = (channel * 257 for channel in rgb(colour))
    top, bottom = max(red, green, blue), min(red, green, blue)
    value = top * 100 // factor
    if top == bottom:
        return hex_colour(*([_to_8bit(value)] * 3))
    hue = _hue(red, green, blue, top, bottom)
    saturation = round(((top - bottom) / top) * 65535)
    return hex_colour(*(_to_8bit(c) for c in _hsv_to_rgb16(hue, saturation, value)))


def _hue(red: int, green: int, blue: int, top: int, bottom: int) -> int:
    """Hue in hundredths of a degree, as Qt stores it."""
    delta = (top - bottom) / 65535
    r, g, b = red / 65535, green / 65535, blue / 65535
    if red == top:
        sextant = (g - b) / delta
    elif green == top:
        sextant = 2.0 + (b - r) / delta
    else:
        sextant = 4.0 + (r - g) / delta
    degrees = sextant * 60.0
    if degrees < 0:
        degrees += 360.0
    return int(degrees * 100.0 + 0.5)


def _hsv_to_rgb16(hue: int, saturation: int, value: int) -> tuple[int, int, int]:
    h = 0.0 if hue == 36000 else hue / 6000.0
    s, v = saturation / 65535, value / 65535
    sextant = int(h)
    f = h - sextant
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    r, g, b = {
        0: (v, t, p), 1: (q, v, p), 2: (p, v, t), 3: (p, q, v), 4: (t, p, v), 5: (v, p, q),
    }.get(sextant, (v, t, p))  # fmt: skip
    return int(r * 65535 + 0.5), int(g * 65535 + 0.5), int(b * 65535 + 0.5)


def _to_8bit(channel16: int) -> int:
    """A 16-bit channel as Qt gives it in 8 bits."""
    return (channel16 + 128 - ((channel16 + 128) >> 8)) >> 8

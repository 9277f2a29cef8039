"""Small line drawings on cards, as plain path data (no Qt): one per known touchpoint channel,
the pain point's warning sign, the opportunity's light bulb, the automation rule's lightning
bolt and the content link's chain.

Each glyph lives on a 10 x 10 grid (y down) and is stroked, never filled, with round caps
and joins `STROKE` grid units wide. The canvas builds a QPainterPath from the data and the
PDF a reportlab path, so both draw the same figure. Commands:

- `("M", (x, y))` move, `("L", (x, y))` line, `("C", (c1x, c1y, c2x, c2y, x, y))` cubic,
  `("Z", ())` close the subpath;
- `("E", (cx, cy, rx, ry))` an ellipse, `("R", (x, y, width, height, radius))` a rounded
  rectangle: each a closed subpath of its own.

A channel name the app does not know gets a plain ring (`UNKNOWN`), so a typed-in channel
still shows that it is a channel.
"""

from __future__ import annotations

import math
from typing import NamedTuple

GRID = 10.0
STROKE = 1.1  # in grid units
# Cubic Bézier control distance for a quarter circle of radius 1 (as Qt and PDF use).
KAPPA = 0.5522847498


class PathOp(NamedTuple):
    op: str  # "M", "L", "C", "Z", "E" or "R"
    args: tuple[float, ...]


Glyph = tuple[PathOp, ...]


def _poly(*coordinates: float) -> Glyph:
    """An open polyline through (x0, y0, x1, y1, ...)."""
    ops = [PathOp("M", coordinates[0:2])]
    ops.extend(PathOp("L", coordinates[i : i + 2]) for i in range(2, len(coordinates), 2))
    return tuple(ops)


def _lines(*segments: tuple[float, float, float, float]) -> Glyph:
    ops: list[PathOp] = []
    for x0, y0, x1, y1 in segments:
        ops += [PathOp("M", (x0, y0)), PathOp("L", (x1, y1))]
    return tuple(ops)


def _rounded(x: float, y: float, w: float, h: float, r: float = 1.0) -> Glyph:
    return (PathOp("R", (x, y, w, h, r)),)


def _circle(cx: float, cy: float, r: float) -> Glyph:
    return (PathOp("E", (cx, cy, r, r)),)


def _curve(*points: float) -> Glyph:
    """A move to (x0, y0), then cubics of six numbers each."""
    ops = [PathOp("M", points[0:2])]
    ops.extend(PathOp("C", points[i : i + 6]) for i in range(2, len(points), 6))
    return tuple(ops)


def _union(*parts: Glyph) -> Glyph:
    """Parts drawn together (not a boolean union: each part's strokes stay visible)."""
    return tuple(op for part in parts for op in part)


def _bubble(x: float, y: float, w: float, h: float) -> Glyph:
    return _union(
        _rounded(x, y, w, h, 2.0),
        _poly(x + 2, y + h, x + 1.5, y + h + 2, x + 4, y + h),
    )


def _upper_half_circle(cx: float, cy: float, r: float) -> Glyph:
    """From the left end over the top to the right end: two quarter-circle cubics."""
    k = KAPPA * r
    return _curve(
        cx - r, cy,
        cx - r, cy - k, cx - k, cy - r, cx, cy - r,
        cx + k, cy - r, cx + r, cy - k, cx + r, cy,
    )  # fmt: skip


def _email() -> Glyph:
    return _union(_rounded(0.5, 2, 9, 6, 0.8), _poly(0.8, 2.4, 5, 5.6, 9.2, 2.4))


def _star() -> Glyph:
    """A five-pointed star (review sites)."""
    points: list[float] = []
    for i in range(11):
        radius = 4.6 if i % 2 == 0 else 1.9
        angle = -math.pi / 2 + i * math.pi / 5
        points += [5 + radius * math.cos(angle), 5.3 + radius * math.sin(angle)]
    return _poly(*points)


CHANNEL_GLYPHS: dict[str, Glyph] = {
    "website": _union(_rounded(0.5, 1.5, 9, 7), _lines((0.5, 3.8, 9.5, 3.8)), _circle(2, 2.7, 0.2)),
    "app": _union(_rounded(2.5, 0.5, 5, 9, 1.2), _lines((4.3, 8.0, 5.7, 8.0))),
    "email": _email(),
    "sms": _union(_bubble(0.5, 1, 9, 6), _lines((3, 4, 3.1, 4), (5, 4, 5.1, 4), (7, 4, 7.1, 4))),
    "social": _union(
        _circle(2, 5, 1.3),
        _circle(8, 2, 1.3),
        _circle(8, 8, 1.3),
        _lines((3.2, 4.4, 6.8, 2.6), (3.2, 5.6, 6.8, 7.4)),
    ),
    "wechat": _union(_bubble(0.5, 1, 6, 4.5), _rounded(4, 4.5, 5.5, 4, 2.0)),
    "ads": _union(  # a megaphone
        _poly(1, 4, 6, 1.5, 6, 8.5, 1, 6, 1, 4),
        _lines((2.5, 6.6, 3.2, 9), (8, 3.5, 9.5, 3), (8, 6.5, 9.5, 7)),
    ),
    "search": _union(_circle(4, 4, 3), _lines((6.2, 6.2, 9.3, 9.3))),
    "chat": _bubble(0.5, 1, 9, 6),
    "webinar": _union(
        _rounded(0.5, 1, 9, 6.5),
        _poly(4, 2.8, 6.6, 4.25, 4, 5.7, 4, 2.8),
        _lines((3, 9.3, 7, 9.3)),
    ),
    "video_call": _union(_rounded(0.5, 2.5, 6, 5), _poly(6.5, 4.2, 9.5, 2.8, 9.5, 7.2, 6.5, 5.8)),
    "marketplace": _union(  # a shopping cart
        _poly(0.5, 1, 2, 1, 3.2, 6.5, 8.5, 6.5, 9.5, 2.8, 2.5, 2.8),
        _circle(3.8, 8.6, 0.8),
        _circle(7.8, 8.6, 0.8),
    ),
    "review_site": _star(),
    "support_portal": _union(  # a lifebuoy
        _circle(5, 5, 4.3),
        _circle(5, 5, 1.9),
        _lines((2, 2, 3.6, 3.6), (8, 2, 6.4, 3.6), (2, 8, 3.6, 6.4), (8, 8, 6.4, 6.4)),
    ),
    "phone": _union(  # a handset
        _poly(2.2, 0.8, 3.8, 3.2, 2.8, 4.4),
        (PathOp("C", (3.6, 6.0, 4.2, 6.6, 5.6, 7.2)),),
        (PathOp("L", (6.8, 6.2)), PathOp("L", (9.2, 7.8)), PathOp("L", (8.2, 9.3))),
        (PathOp("C", (4.0, 9.3, 0.7, 6.0, 0.7, 1.8)), PathOp("Z", ())),
    ),
    "store": _union(
        _poly(0.5, 3.5, 1.8, 0.8, 8.2, 0.8, 9.5, 3.5, 0.5, 3.5),
        _poly(1.3, 3.5, 1.3, 9.2, 8.7, 9.2, 8.7, 3.5),
        _rounded(4, 5.8, 2, 3.4, 0.3),
    ),
    "event": _union(  # a calendar page
        _rounded(0.8, 1.8, 8.4, 7.6),
        _lines(
            (0.8, 4, 9.2, 4),
            (3, 0.6, 3, 2.8),
            (7, 0.6, 7, 2.8),
            (3, 6.3, 3.1, 6.3),
            (5, 6.3, 5.1, 6.3),
            (7, 6.3, 7.1, 6.3),
        ),
    ),
    "call_centre": _union(  # a headset
        _upper_half_circle(5.0, 4.8, 3.8),
        _rounded(0.6, 4.6, 2, 3, 0.6),
        _rounded(7.4, 4.6, 2, 3, 0.6),
        _poly(8.4, 7.6, 8.4, 8.8, 5.5, 9.2),
    ),
    "service_desk": _union(  # a desk bell
        _curve(1.5, 7.2, 1.5, 2.2, 8.5, 2.2, 8.5, 7.2),
        _lines((0.5, 7.6, 9.5, 7.6), (5, 2.6, 5, 1.6), (4, 1.4, 6, 1.4)),
    ),
    "sales_rep": _union(_circle(5, 3, 2.2), _curve(1, 9.5, 1, 5.2, 9, 5.2, 9, 9.5)),  # a person
    "mail": _union(_email(), _rounded(6.8, 2.6, 1.8, 1.8, 0.2)),  # a letter with a stamp
    "print": _union(  # a page with a folded corner
        _poly(2, 0.5, 6.5, 0.5, 8.5, 2.5, 8.5, 9.5, 2, 9.5, 2, 0.5),
        _poly(6.5, 0.5, 6.5, 2.5, 8.5, 2.5),
        _lines((3.5, 4.5, 7, 4.5), (3.5, 6.2, 7, 6.2), (3.5, 7.9, 6, 7.9)),
    ),
    "partner": _union(_circle(3.6, 5, 2.8), _circle(6.4, 5, 2.8)),  # two linked rings
}

UNKNOWN = _union(_circle(5, 5, 4), _circle(5, 5, 0.6))
WARNING_SIGN = _union(
    _poly(5, 0.6, 9.6, 9, 0.4, 9, 5, 0.6),
    _lines((5, 3.6, 5, 6), (5, 7.4, 5, 7.5)),
)
LIGHT_BULB = _union(
    _curve(3.6, 6.6, 0.6, 4.6, 2, 0.4, 5, 0.4, 8, 0.4, 9.4, 4.6, 6.4, 6.6),
    _lines((3.6, 6.6, 3.6, 7.6), (6.4, 6.6, 6.4, 7.6), (3.6, 7.6, 6.4, 7.6), (4, 9.2, 6, 9.2)),
)
LIGHTNING = _poly(6.2, 0.5, 1.8, 5.6, 4.9, 5.6, 3.8, 9.5, 8.2, 4.2, 5.1, 4.2, 6.2, 0.5)
LINK = _union(  # two links of a chain
    _rounded(0.5, 3.2, 5.4, 3.6, 1.8),
    _rounded(4.1, 3.2, 5.4, 3.6, 1.8),
)

# Every glyph by the name a card look refers to it with: the channel names, and five more.
GLYPHS: dict[str, Glyph] = {
    **CHANNEL_GLYPHS,
    "warning_sign": WARNING_SIGN,
    "light_bulb": LIGHT_BULB,
    "lightning": LIGHTNING,
    "link": LINK,
    "unknown": UNKNOWN,
}


def channel_glyph_name(channel: str) -> str:
    """The glyph name for a channel name as typed: the channel's own, else "unknown"."""
    name = channel.strip().lower()
    return name if name in CHANNEL_GLYPHS else "unknown"


def channel_glyph(channel: str) -> Glyph:
    return GLYPHS[channel_glyph_name(channel)]

"""Qt's pens, brushes and shapes on a reportlab canvas, so the PDF strokes as the canvas does.

The canvas paints with QPen defaults the PDF does not share: square caps, bevel joins and
dash patterns in units of the pen's width. `Pen` carries them and `Ink` sets them on the
canvas only when they change (a 4,000-card map would otherwise repeat every colour and
width thousands of times). Shapes are built as Qt builds them (a rounded rectangle starts
at its left edge, as QPainterPath.addRoundedRect does), so a dashed outline's dashes fall
where the canvas puts them.

Coordinates are the layout's (y down): the caller has flipped the canvas.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from journey_designer.layout.glyphs import KAPPA, Glyph
from journey_designer.layout.looks import Rgba, rgb

Colour = str | Rgba  # "#RRGGBB" or (r, g, b, alpha) in 0-255
CAPS = {"butt": 0, "round": 1, "square": 2}
JOINS = {"miter": 0, "round": 1, "bevel": 2}


@dataclass(frozen=True)
class Pen:
    colour: Colour
    width: float
    dashes: tuple[float, ...] = ()  # dash, gap, ... in units of `width` (as QPen takes them)
    cap: str = "square"  # QPen's default
    join: str = "bevel"  # QPen's default


@cache
def rgb_alpha(colour: Colour) -> tuple[tuple[float, float, float], float]:
    """A colour as reportlab wants it: (r, g, b) in 0-1 and an alpha in 0-1."""
    if isinstance(colour, str):
        red, green, blue = rgb(colour)
        alpha = 255
    else:
        red, green, blue, alpha = colour
    return (red / 255, green / 255, blue / 255), alpha / 255


class Ink:
    """A reportlab canvas with its colour, alpha and pen state remembered."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self._state: dict[str, object] = {}
        self._saved: list[dict[str, object]] = []

    def save(self) -> None:
        self.canvas.saveState()
        self._saved.append(dict(self._state))

    def restore(self) -> None:
        self.canvas.restoreState()
        self._state = self._saved.pop()

    def _changed(self, key: str, value: object) -> bool:
        if self._state.get(key) == value:
            return False
        self._state[key] = value
        return True

    def set_fill(self, colour: Colour, alpha: float | None = None) -> None:
        """Fill with `colour`; `alpha` (0-1) overrides the colour's own."""
        rgb_value, own_alpha = rgb_alpha(colour)
        alpha = own_alpha if alpha is None else alpha
        if self._changed("fill", rgb_value):
            self.canvas.setFillColorRGB(*rgb_value)
        if self._changed("fill_alpha", alpha):
            self.canvas.setFillAlpha(alpha)

    def opaque_fill(self) -> None:
        if self._changed("fill_alpha", 1.0):
            self.canvas.setFillAlpha(1.0)

    def text_fill_set(self, colour: Colour) -> None:
        """Note a fill colour a text object set (colour state outlives the text object)."""
        self._state["fill"] = rgb_alpha(colour)[0]

    def set_pen(self, pen: Pen) -> None:
        rgb_value, alpha = rgb_alpha(pen.colour)
        canvas = self.canvas
        if self._changed("stroke", rgb_value):
            canvas.setStrokeColorRGB(*rgb_value)
        if self._changed("stroke_alpha", alpha):
            canvas.setStrokeAlpha(alpha)
        if self._changed("width", pen.width):
            canvas.setLineWidth(pen.width)
        dashes = tuple(d * pen.width for d in pen.dashes)
        if self._changed("dashes", dashes):
            canvas.setDash(list(dashes), 0)
        if self._changed("cap", pen.cap):
            canvas.setLineCap(CAPS[pen.cap])
        if self._changed("join", pen.join):
            canvas.setLineJoin(JOINS[pen.join])

    def path(self) -> Any:
        return self.canvas.beginPath()

    def draw(self, path: Any, pen: Pen | None = None, fill: Colour | None = None) -> None:
        """Fill `path` with `fill` and stroke it with `pen` (either may be None)."""
        if pen is None and fill is None:
            return
        if fill is not None:
            self.set_fill(fill)
        if pen is not None:
            self.set_pen(pen)
        self.canvas.drawPath(path, stroke=pen is not None, fill=fill is not None)

    def fill_rect(self, x: float, y: float, width: float, height: float, colour: Colour) -> None:
        self.set_fill(colour)
        self.canvas.rect(x, y, width, height, stroke=0, fill=1)

    def line(self, x0: float, y0: float, x1: float, y1: float, pen: Pen) -> None:
        self.set_pen(pen)
        self.canvas.line(x0, y0, x1, y1)

    def clip(self, path: Any) -> None:
        """Intersect the clip with `path` (undone by `restore`)."""
        self.canvas.clipPath(path, stroke=0, fill=0)


def add_rounded_rect(
    path: Any, x: float, y: float, width: float, height: float, radius: float
) -> None:
    """A rounded rectangle as QPainterPath.addRoundedRect builds it: the radius at most half
    a side, starting at the left edge and going over the top-left corner first."""
    rx, ry = min(radius, width / 2), min(radius, height / 2)
    if rx <= 0 or ry <= 0:
        path.rect(x, y, width, height)
        return
    kx, ky = rx * KAPPA, ry * KAPPA
    right, bottom = x + width, y + height
    path.moveTo(x, y + ry)
    path.curveTo(x, y + ry - ky, x + rx - kx, y, x + rx, y)
    path.lineTo(right - rx, y)
    path.curveTo(right - rx + kx, y, right, y + ry - ky, right, y + ry)
    path.lineTo(right, bottom - ry)
    path.curveTo(right, bottom - ry + ky, right - rx + kx, bottom, right - rx, bottom)
    path.lineTo(x + rx, bottom)
    path.curveTo(x + rx - kx, bottom, x, bottom - ry + ky, x, bottom - ry)
    path.close()


def add_ellipse(path: Any, cx: float, cy: float, rx: float, ry: float) -> None:
    """An ellipse of four cubic quarters, starting at its right end."""
    kx, ky = rx * KAPPA, ry * KAPPA
    path.moveTo(cx + rx, cy)
    path.curveTo(cx + rx, cy - ky, cx + kx, cy - ry, cx, cy - ry)
    path.curveTo(cx - kx, cy - ry, cx - rx, cy - ky, cx - rx, cy)
    path.curveTo(cx - rx, cy + ky, cx - kx, cy + ry, cx, cy + ry)
    path.curveTo(cx + kx, cy + ry, cx + rx, cy + ky, cx + rx, cy)
    path.close()


def add_quad(path: Any, x0: float, y0: float, cx: float, cy: float, x1: float, y1: float) -> None:
    """A quadratic Bézier from (x0, y0), as the cubic PDF needs (the same curve)."""
    path.moveTo(x0, y0)
    path.curveTo(
        x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0),
        x1 + 2 / 3 * (cx - x1), y1 + 2 / 3 * (cy - y1),
        x1, y1,
    )  # fmt: skip


def add_glyph(path: Any, glyph: Glyph, x: float, y: float, scale: float) -> None:
    """A glyph's path data (`layout/glyphs.py`), scaled and moved to (x, y)."""

    def at(*values: float) -> list[float]:
        return [(x if i % 2 == 0 else y) + v * scale for i, v in enumerate(values)]

    for op, args in glyph:
        if op == "M":
            path.moveTo(*at(*args))
        elif op == "L":
            path.lineTo(*at(*args))
        elif op == "C":
            path.curveTo(*at(*args))
        elif op == "Z":
            path.close()
        elif op == "E":
            cx, cy = at(*args[:2])
            add_ellipse(path, cx, cy, args[2] * scale, args[3] * scale)
        elif op == "R":
            left, top = at(*args[:2])
            width, height, radius = (v * scale for v in args[2:])
            add_rounded_rect(path, left, top, width, height, radius)
        else:
            raise ValueError(f"unknown glyph path command {op!r}")

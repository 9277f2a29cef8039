"""Where an emotion point's label goes: the nearest free spot, tried in a fixed order.

A label is a block of wrapped lines centred on one another. Its spot is a rectangle that
includes the halo both renderers paint around each line (`HALO` points left and right of
the text), so two labels never share ink, halo included. The obstacles are the points'
markers, the measured points' "n=…", the disagreement brackets and the labels placed
before.

The spots, in order:

1. The six the plot has always tried, so an uncluttered map keeps its look: centred on
   the preferred side (above a point in the lower half of the plot, else below), the other
   side, right and left of the point, then one row further out above and below.
2. Every other spot, nearest to the point first (the distance from the point to the
   spot's rectangle, plus `NARROWER` per narrower wrap): rows above and below at any
   distance within the lane, centred on the point, starting or ending at it, or beside it
   diagonally; right and left of the point just above and below its centre line; and the
   same with the label wrapped narrower (up to three lines, never dropping a word that
   the first wrap kept).

The first spot that hits nothing is taken; when every spot hits something, the one of the
`FALLBACK_SPOTS` first that covers the least obstacle area is: a label is never dropped.
Deterministic, and as fast as before when the first spots are free (the rest are built
only when they are not); the obstacles are looked up by x, so a wide map costs no more
per label than a narrow one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from journey_designer.layout.geometry import Rect

HALO = 2.0  # the renderers' halo reaches this far left and right of a label's text
ROW_GAP = 1.0  # between two rows of labels stacked above or below a point
NARROWER = 4.0  # a narrower wrap counts as this much further from the point
MAX_LINES = 3  # a narrower wrap may take this many lines
FALLBACK_SPOTS = 30  # when every spot is taken, the least covering of these nearest ones

Box = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True)
class LabelShape:
    """A label wrapped one way: its lines and the size of their block (text only)."""

    pieces: tuple[str, ...]
    width: float
    height: float


@dataclass(frozen=True)
class Spot:
    """A place for a label: its rectangle (halo included) and the wrap it is for."""

    rect: Rect
    shape: LabelShape


@dataclass(frozen=True)
class Bounds:
    """Where labels may go: the lane's height (less a point each side), the plot's width."""

    top: float
    bottom: float
    left: float
    right: float

    def holds(self, rect: Rect) -> bool:
        return (
            self.top <= rect.y
            and rect.bottom <= self.bottom
            and self.left <= rect.x
            and rect.right <= self.right
        )


class Obstacles:
    """What labels must not cover, found by x: in columns `CELL` points wide."""

    CELL = 96.0

    def __init__(self) -> None:
        self._boxes: list[Box] = []
        self._columns: dict[int, list[int]] = defaultdict(list)

    def add(self, rect: Rect) -> None:
        index = len(self._boxes)
        self._boxes.append((rect.x, rect.y, rect.right, rect.bottom))
        for column in range(int(rect.x // self.CELL), int(rect.right // self.CELL) + 1):
            self._columns[column].append(index)

    def near(self, x: float, y: float, left: float, right: float) -> list[Box]:
        """The obstacles between `left` and `right`, nearest to (`x`, `y`) first."""
        found: set[int] = set()
        for column in range(int(left // self.CELL), int(right // self.CELL) + 1):
            found.update(self._columns.get(column, ()))
        boxes = [self._boxes[i] for i in sorted(found)]
        boxes.sort(key=lambda b: max(b[0] - x, 0.0, x - b[2]) + max(b[1] - y, 0.0, y - b[3]))
        return boxes


def best_spot(
    x: float,
    y: float,
    shape: LabelShape,
    narrower: Callable[[], list[LabelShape]],
    prefer_above: bool,
    radius: float,
    bounds: Bounds,
    obstacles: Obstacles,
) -> Spot:
    """The spot for the label of the point at (`x`, `y`): `shape` is its usual wrap,
    `narrower` gives narrower ones (called only when the first six spots are taken)."""
    reach = shape.width * 2 + radius * 4
    near = obstacles.near(x, y, x - reach, x + reach)
    tried: list[Spot] = []
    for spot in _first_spots(x, y, shape, prefer_above, radius, bounds):
        if not _hits(spot.rect, near):
            return spot
        tried.append(spot)
    for spot in _other_spots(x, y, (shape, *narrower()), prefer_above, radius, bounds):
        if not _hits(spot.rect, near):
            return spot
        if len(tried) < FALLBACK_SPOTS:
            tried.append(spot)
    if tried:  # every spot is taken: the one of the nearest that covers the least
        return min(tried, key=lambda spot: sum(_overlap_area(spot.rect, b) for b in near))
    # Nothing fits the lane (a label taller than the plot): centred on the preferred side.
    gap = radius + 2
    top = y - gap - shape.height if prefer_above else y + gap
    return Spot(_centred(x, top, shape, bounds), shape)


def _first_spots(
    x: float, y: float, shape: LabelShape, prefer_above: bool, radius: float, bounds: Bounds
) -> Iterator[Spot]:
    gap = radius + 2
    height = shape.height
    above = [y - gap - height, y - gap - 2 * height - ROW_GAP]
    below = [y + gap, y + gap + height + ROW_GAP]
    first, second = (above, below) if prefer_above else (below, above)
    beside = y - height / 2
    width = shape.width + 2 * HALO
    rects = [
        _centred(x, first[0], shape, bounds),
        _centred(x, second[0], shape, bounds),
        Rect(x + gap - HALO, beside, width, height),
        Rect(x - gap - shape.width - HALO, beside, width, height),
        _centred(x, first[1], shape, bounds),
        _centred(x, second[1], shape, bounds),
    ]
    for rect in rects:
        if bounds.holds(rect):
            yield Spot(rect, shape)


def _other_spots(
    x: float,
    y: float,
    shapes: tuple[LabelShape, ...],
    prefer_above: bool,
    radius: float,
    bounds: Bounds,
) -> list[Spot]:
    """Every other spot in the lane, nearest first (ties: the order they are made in)."""
    gap = radius + 2
    ranked: list[tuple[float, int, Spot]] = []
    for level, shape in enumerate(shapes):
        width, height = shape.width + 2 * HALO, shape.height
        rects: list[Rect] = []
        step = height + ROW_GAP
        sides = (-1, 1) if prefer_above else (1, -1)  # -1: rows above the point
        for side in sides:
            row = 0
            while True:
                top = y - gap - height - row * step if side < 0 else y + gap + row * step
                if top < bounds.top or top + height > bounds.bottom:
                    break
                rects.append(_centred(x, top, shape, bounds))
                rects.append(Rect(x - radius, top, width, height))  # starting at the point
                rects.append(Rect(x + radius - width, top, width, height))  # ending at it
                rects.append(Rect(x + radius, top, width, height))  # diagonally right
                rects.append(Rect(x - radius - width, top, width, height))  # diagonally left
                row += 1
        for top in (y - height - ROW_GAP / 2, y + ROW_GAP / 2, y - height / 2):
            rects.append(Rect(x + radius, top, width, height))
            rects.append(Rect(x - radius - width, top, width, height))
        for rect in rects:
            if bounds.holds(rect):
                cost = _distance(x, y, rect) + NARROWER * level
                ranked.append((cost, len(ranked), Spot(rect, shape)))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [spot for _, _, spot in ranked]


def _centred(x: float, top: float, shape: LabelShape, bounds: Bounds) -> Rect:
    """Centred on `x`, moved in to stay inside the plot's width."""
    width = shape.width + 2 * HALO
    left = min(max(x - width / 2, bounds.left), bounds.right - width)
    return Rect(left, top, width, shape.height)


def _distance(x: float, y: float, rect: Rect) -> float:
    dx = max(rect.x - x, 0.0, x - rect.right)
    dy = max(rect.y - y, 0.0, y - rect.bottom)
    return math.hypot(dx, dy)


def _hits(rect: Rect, boxes: list[Box]) -> bool:
    left, top, right, bottom = rect.x, rect.y, rect.right, rect.bottom
    return any(left < x1 and x0 < right and top < y1 and y0 < bottom for x0, y0, x1, y1 in boxes)


def _overlap_area(rect: Rect, box: Box) -> float:
    width = min(rect.right, box[2]) - max(rect.x, box[0])
    height = min(rect.bottom, box[3]) - max(rect.y, box[1])
    return width * height if width > 0 and height > 0 else 0.0

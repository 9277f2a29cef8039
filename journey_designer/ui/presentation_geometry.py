"""Where the presentation looks: pure arithmetic in scene points and viewport pixels (no Qt).

A stage is shown as large as reads well on a projector: its column fills the room beside
the lane-name strip, but the zoom stops once the cards' body text is `TEXT_SHARE` of the
screen height (a whole column of a many-laned map is three to four screens tall at that
size; Up and Down walk its lanes). A short map is shown whole, centred.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT_SHARE = 1 / 45  # body text height / viewport height: readable from the back of a room
PADDING = 12.0  # pixels kept free around the column


@dataclass(frozen=True)
class Shot:
    """A view: its zoom (pixels per point) and the scene point at the viewport's centre."""

    zoom: float
    centre_x: float
    centre_y: float


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.y + self.height


def readable_zoom(viewport_height: float, body_size: float) -> float:
    return viewport_height * TEXT_SHARE / body_size


def stage_shot(
    column: Box, viewport: tuple[float, float], strip: float, zoom_cap: float, top: float
) -> Shot:
    """Show `column` right of a `strip` pixels wide, from scene height `top` downwards.

    `zoom_cap` is the readable zoom; the zoom is never below fitting the whole column.
    `top` is clamped so that the column's end never leaves the bottom of the screen.
    """
    width, height = viewport
    room_width = max(1.0, width - strip - 2 * PADDING)
    room_height = max(1.0, height - 2 * PADDING)
    fit_width = room_width / column.width
    fit_height = room_height / column.height
    zoom = min(fit_width, max(fit_height, zoom_cap))
    centre_x = column.x + column.width / 2 - (strip / 2) / zoom
    visible = room_height / zoom  # scene points of column on screen
    if column.height <= visible + 1e-6:
        return Shot(zoom, centre_x, column.y + column.height / 2)
    top = min(max(top, column.y), column.bottom - visible)
    return Shot(zoom, centre_x, top - PADDING / zoom + height / 2 / zoom)


def whole_map_shot(map_box: Box, viewport: tuple[float, float]) -> Shot:
    width, height = viewport
    zoom = min((width - 2 * PADDING) / map_box.width, (height - 2 * PADDING) / map_box.height)
    return Shot(zoom, map_box.x + map_box.width / 2, map_box.y + map_box.height / 2)


def visible_top(shot: Shot, viewport_height: float) -> float:
    """The scene height shown just below the padding at the top of the viewport."""
    return shot.centre_y - viewport_height / 2 / shot.zoom + PADDING / shot.zoom


def next_lane_top(lane_tops: list[float], current: float, forward: bool) -> float | None:
    """The top of the lane after (or before) the one at `current`; None at the end."""
    epsilon = 0.5
    if forward:
        later = [top for top in lane_tops if top > current + epsilon]
        return min(later) if later else None
    earlier = [top for top in lane_tops if top < current - epsilon]
    return max(earlier) if earlier else None


def interpolate(start: Shot, end: Shot, progress: float) -> Shot:
    """A step of the move between two shots: the zoom changes evenly on a log scale."""
    zoom = start.zoom * (end.zoom / start.zoom) ** progress
    return Shot(
        zoom,
        start.centre_x + (end.centre_x - start.centre_x) * progress,
        start.centre_y + (end.centre_y - start.centre_y) * progress,
    )

"""Page plans: where on which sheet each part of the map goes (no drawing, no Qt, no reportlab).

Page coordinates are points from the sheet's top-left corner, y growing downwards, like
the layout's; the PDF writer flips them. Three modes:

- **fit**: the whole map scaled onto one sheet, centred; a warning when its smallest text
  would print below `MIN_READABLE_PT`.
- **tile**: a poster at 100% over a grid of sheets labelled A1, A2, … (row letter, column
  number). Neighbouring sheets share at least `overlap_mm`; a seam moves back to the
  nearest stage edge (columns) or lane edge (rows) when one lies in the sheet's second
  half, so seams run between cards rather than through them. Crop marks at the image's
  corners; ticks in the margin show where the next sheet's image starts.
- **per_stage**: one sheet per stage, the lane-header column repeated, every stage at the
  same scale (the largest that fits the widest stage).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from journey_designer.export.options import MM, ExportOptions, PageSetup
from journey_designer.export.words import words
from journey_designer.layout.geometry import MapLayout, Rect
from journey_designer.messages import QT_TRANSLATE_NOOP, Message, UserError, message

MIN_READABLE_PT = 6.0
HEADER_HEIGHT = 16.0
FOOTER_HEIGHT = 14.0
BAND_GAP = 8.0  # between the header/footer band and the content
CROP_MARK_LENGTH = 10.0
CROP_MARK_GAP = 3.0  # crop marks stop short of the corner, so they never print on the image
TICK_LENGTH = 8.0
MIN_SIDE_MM = 50.0
MAX_SIDE_MM = 5080.0  # PDF viewers' limit: 200 inches (14,400 pt)
MIN_AREA = 72.0  # the content area must be at least an inch each way
MANY_SHEETS = 60

Segment = tuple[float, float, float, float]  # (x1, y1, x2, y2) in page coordinates


class PageSetupError(UserError, ValueError):
    """A page the map cannot be printed on (a bad custom size, margins wider than the sheet)."""


@dataclass(frozen=True)
class Sheet:
    """One sheet's geometry: the content area between the header and footer bands."""

    width: float
    height: float
    area: Rect
    header: Rect | None
    footer: Rect | None


@dataclass(frozen=True)
class StageMark:
    """A stage's bookmark target: its header's top-left corner on the page."""

    stage_id: str
    x: float
    y: float


@dataclass(frozen=True)
class MapPage:
    region: Rect  # what is shown, in layout points (packed coordinates when `stages` is set)
    scale: float
    origin: tuple[float, float]  # where the region's top-left corner lands on the page
    clip: Rect  # the page rectangle the map is clipped to
    stages: tuple[str, ...] | None = None  # per_stage: the stage columns drawn (packed)
    label: str = ""  # tile: "B2"
    row: int = 0
    column: int = 0
    marks: tuple[StageMark, ...] = ()
    crop_marks: tuple[Segment, ...] = ()
    ticks: tuple[Segment, ...] = ()
    neighbours: dict[str, str] = field(default_factory=dict)  # "left"/"right"/"up"/"down"

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """A layout point (in the region's coordinates) on the page."""
        return (
            self.origin[0] + (x - self.region.x) * self.scale,
            self.origin[1] + (y - self.region.y) * self.scale,
        )


@dataclass(frozen=True)
class MapPlan:
    mode: str
    sheet: Sheet
    pages: tuple[MapPage, ...]
    rows: int = 1
    columns: int = 1
    smallest_text: float = 0.0  # the smallest text as printed, in points
    warnings: tuple[str, ...] = ()  # in the export's language (the CLI prints them)
    notes: tuple[Message, ...] = ()  # the same warnings, for the UI to translate


def sheet_for(page: PageSetup, header_footer: bool = True) -> Sheet:
    """The sheet's size and content area; PageSetupError when nothing fits on it."""
    if page.size == "custom":
        if page.custom_mm is None:
            raise PageSetupError(
                QT_TRANSLATE_NOOP("Messages", "a custom page needs its width and height")
            )
        for side in page.custom_mm:
            if not (math.isfinite(side) and MIN_SIDE_MM <= side <= MAX_SIDE_MM):
                raise PageSetupError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "a custom page side must be {low:g}–{high:g} mm, not {side:g}"
                    ),
                    low=MIN_SIDE_MM,
                    high=MAX_SIDE_MM,
                    side=side,
                )
    try:
        width, height = page.size_points()
    except KeyError:
        raise PageSetupError(
            QT_TRANSLATE_NOOP("Messages", "unknown page size {size!r}"), size=page.size
        ) from None
    margin = page.margin_mm * MM
    if not math.isfinite(margin) or margin < 0:
        raise PageSetupError(
            QT_TRANSLATE_NOOP("Messages", "the margin must be 0 mm or more, not {margin:g}"),
            margin=page.margin_mm,
        )
    inner = Rect(margin, margin, width - 2 * margin, height - 2 * margin)
    header = footer = None
    area = inner
    if header_footer:
        header = Rect(inner.x, inner.y, inner.width, HEADER_HEIGHT)
        footer = Rect(inner.x, inner.bottom - FOOTER_HEIGHT, inner.width, FOOTER_HEIGHT)
        taken = HEADER_HEIGHT + FOOTER_HEIGHT + 2 * BAND_GAP
        area = Rect(inner.x, header.bottom + BAND_GAP, inner.width, inner.height - taken)
    if area.width < MIN_AREA or area.height < MIN_AREA:
        raise PageSetupError(
            QT_TRANSLATE_NOOP(
                "Messages", "margins of {margin:g} mm leave no room on a {size} page"
            ),
            margin=page.margin_mm,
            size=page.size,
        )
    return Sheet(width, height, area, header, footer)


def smallest_text_size(layout: MapLayout) -> float:
    """The smallest font size the layout uses, in layout points (0 for a map with no text)."""
    sizes = {line.size for stage in layout.stages for line in stage.lines}
    sizes.update(line.size for lane in layout.lanes for line in lane.lines)
    for box in layout.cards:
        sizes.update(line.size for line in box.lines)
        sizes.update(badge.text_line.size for badge in box.badges)
    for plot in layout.plots:
        sizes.update(entry.line.size for entry in plot.legend)
        for curve in plot.curves:
            for point in curve.points:
                sizes.update(line.size for line in point.label_lines)
    if layout.funnel is not None:
        band = layout.funnel
        sizes.update(line.size for line in band.header_lines)
        sizes.update(line.size for slot in band.slots for line in slot.lines)
        sizes.update(line.size for link in band.links for line in link.lines)
    return min(sizes, default=0.0)


def plan_map_pages(layout: MapLayout, options: ExportOptions, language: str = "en") -> MapPlan:
    sheet = sheet_for(options.page, options.header_footer)
    smallest = smallest_text_size(layout)
    if options.mode == "tile":
        plan = _tile(layout, sheet, options.overlap_mm * MM, options.crop_marks)
    elif options.mode == "per_stage":
        plan = _per_stage(layout, sheet)
    else:
        plan = _fit(layout, sheet)
    printed = round(smallest * plan.pages[0].scale, 1) if plan.pages else 0.0
    said = words(language)
    warnings: list[str] = []
    notes: list[Message] = []
    if 0 < printed < MIN_READABLE_PT:
        size, limit = f"{printed:g}", f"{MIN_READABLE_PT:g}"
        key = "warn_small_text_stage" if options.mode == "per_stage" else "warn_small_text"
        small = _SMALL_TEXT_STAGE if options.mode == "per_stage" else _SMALL_TEXT
        warnings.append(said[key].format(size=size, limit=limit))
        notes.append(message(small, size=size, limit=limit))
    if len(plan.pages) > MANY_SHEETS and options.mode == "tile":
        warnings.append(said["warn_many_pages"].format(pages=len(plan.pages)))
        notes.append(message(_MANY_PAGES, pages=len(plan.pages)))
    return MapPlan(
        plan.mode, sheet, plan.pages, plan.rows, plan.columns, printed, tuple(warnings),
        tuple(notes),
    )  # fmt: skip


# The warnings of words.py's English table, as Messages for the UI.
_SMALL_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "The smallest text prints at {size} pt, below a readable {limit} pt; "
    "choose a larger page, Tile or One stage per page.",
)
_SMALL_TEXT_STAGE = QT_TRANSLATE_NOOP(
    "Messages",
    "The smallest text prints at {size} pt, below a readable {limit} pt; "
    "choose a larger page or Tile.",
)
_MANY_PAGES = QT_TRANSLATE_NOOP(
    "Messages", "The poster needs {pages} sheets; a larger page needs fewer."
)


# --- fit ------------------------------------------------------------------------------


def _fit(layout: MapLayout, sheet: Sheet) -> MapPlan:
    area = sheet.area
    width, height = max(layout.width, 1.0), max(layout.height, 1.0)
    scale = min(area.width / width, area.height / height)
    origin = (
        area.x + (area.width - width * scale) / 2,
        area.y + (area.height - height * scale) / 2,
    )
    region = Rect(0.0, 0.0, width, height)
    page = MapPage(region, scale, origin, area)
    marks = tuple(
        StageMark(stage.stage_id, *page.to_page(stage.header.x, stage.header.y))
        for stage in layout.stages
    )
    page = MapPage(region, scale, origin, area, marks=marks)
    return MapPlan("fit", sheet, (page,))


# --- one stage per page ---------------------------------------------------------------


def _per_stage(layout: MapLayout, sheet: Sheet) -> MapPlan:
    area = sheet.area
    header_width = layout.corner.width
    height = max(layout.height, 1.0)
    if not layout.stages:
        return _fit(layout, sheet)
    widest = max(header_width + stage.header.width for stage in layout.stages)
    scale = min(area.width / widest, area.height / height)
    pages = []
    for stage in layout.stages:
        width = header_width + stage.header.width
        region = Rect(0.0, 0.0, width, height)
        origin = (
            area.x + (area.width - width * scale) / 2,
            area.y + (area.height - height * scale) / 2,
        )
        mark = StageMark(stage.stage_id, origin[0] + header_width * scale, origin[1])
        pages.append(MapPage(region, scale, origin, area, stages=(stage.stage_id,), marks=(mark,)))
    return MapPlan("per_stage", sheet, tuple(pages), 1, len(pages))


# --- tiles ----------------------------------------------------------------------------


def tile_starts(length: float, span: float, overlap: float, edges: Sequence[float]) -> list[float]:
    """Where each sheet starts along one axis: consecutive sheets share at least `overlap`;
    a start moves back to an edge (a stage's or a lane's) found in the sheet's second half."""
    overlap = min(max(overlap, 0.0), span / 3)
    starts = [0.0]
    while starts[-1] + span < length - 0.01:
        here = starts[-1]
        regular = here + span - overlap
        snapped = [edge for edge in edges if here + span / 2 < edge <= regular]
        starts.append(max(snapped) if snapped else regular)
    return starts


def grid_label(row: int, column: int) -> str:
    """`A1` for the first sheet; rows are letters (… Z, AA, AB …), columns numbers."""
    letters = ""
    index = row + 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{column + 1}"


def _tile(layout: MapLayout, sheet: Sheet, overlap: float, crop_marks: bool) -> MapPlan:
    area = sheet.area
    width, height = max(layout.width, 1.0), max(layout.height, 1.0)
    x_edges = [stage.header.x for stage in layout.stages]
    y_edges = [lane.rect.y for lane in layout.lanes]
    xs = tile_starts(width, area.width, overlap, x_edges)
    ys = tile_starts(height, area.height, overlap, y_edges)
    # Each sheet's image ends where its overlap with the next one ends: what lies beyond
    # is printed on the next sheet anyway (a seam moved back to a stage edge would
    # otherwise print most of a stage twice).
    x_ends = _image_ends(xs, width, area.width, overlap)
    y_ends = _image_ends(ys, height, area.height, overlap)
    pages: list[MapPage] = []
    marked: set[str] = set()
    for row, top in enumerate(ys):
        for column, left in enumerate(xs):
            region = Rect(left, top, x_ends[column] - left, y_ends[row] - top)
            image = Rect(area.x, area.y, region.width, region.height)
            page = MapPage(region, 1.0, (area.x, area.y), image)
            marks = []
            for stage in layout.stages:
                if stage.stage_id not in marked and left <= stage.header.x < left + region.width:
                    marked.add(stage.stage_id)
                    marks.append(StageMark(stage.stage_id, *page.to_page(stage.header.x, top)))
            ticks: list[Segment] = []
            if column + 1 < len(xs):
                ticks.extend(_column_ticks(image, image.x + xs[column + 1] - left))
            if row + 1 < len(ys):
                ticks.extend(_row_ticks(image, image.y + ys[row + 1] - top))
            neighbours = {
                name: grid_label(r, c)
                for name, r, c in (
                    ("left", row, column - 1),
                    ("right", row, column + 1),
                    ("up", row - 1, column),
                    ("down", row + 1, column),
                )
                if 0 <= r < len(ys) and 0 <= c < len(xs)
            }
            pages.append(
                MapPage(
                    region,
                    1.0,
                    (area.x, area.y),
                    image,
                    label=grid_label(row, column),
                    row=row,
                    column=column,
                    marks=tuple(marks),
                    crop_marks=corner_marks(image) if crop_marks else (),
                    ticks=tuple(ticks) if crop_marks else (),
                    neighbours=neighbours,
                )
            )
    return MapPlan("tile", sheet, tuple(pages), len(ys), len(xs))


def _image_ends(starts: Sequence[float], length: float, span: float, overlap: float) -> list[float]:
    overlap = min(max(overlap, 0.0), span / 3)
    ends = [min(start + span, after + overlap) for start, after in itertools.pairwise(starts)]
    return [*ends, min(starts[-1] + span, length)]


def corner_marks(image: Rect) -> tuple[Segment, ...]:
    """Two short lines outside each corner of `image`, on the extension of its edges."""
    gap, length = CROP_MARK_GAP, CROP_MARK_LENGTH
    segments: list[Segment] = []
    for x, sx in ((image.x, -1.0), (image.right, 1.0)):
        for y, sy in ((image.y, -1.0), (image.bottom, 1.0)):
            segments.append((x + sx * gap, y, x + sx * (gap + length), y))  # horizontal
            segments.append((x, y + sy * gap, x, y + sy * (gap + length)))  # vertical
    return tuple(segments)


def _column_ticks(image: Rect, x: float) -> list[Segment]:
    """Above and below the image: where the right-hand neighbour's image starts."""
    gap = CROP_MARK_GAP
    return [
        (x, image.y - gap, x, image.y - gap - TICK_LENGTH),
        (x, image.bottom + gap, x, image.bottom + gap + TICK_LENGTH),
    ]


def _row_ticks(image: Rect, y: float) -> list[Segment]:
    """Left and right of the image: where the neighbour below starts."""
    gap = CROP_MARK_GAP
    return [
        (image.x - gap, y, image.x - gap - TICK_LENGTH, y),
        (image.right + gap, y, image.right + gap + TICK_LENGTH, y),
    ]

"""The layout's output: plain geometry in points (1/72 in), y growing downwards.

Both the Qt canvas and the PDF exporter draw from these values and nothing else, so the
two pictures agree by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journey_designer.model.entities import CurveVariant, LaneKind

# A cubic Bézier segment: (x0, y0, c1x, c1y, c2x, c2y, x1, y1).
Segment = tuple[float, float, float, float, float, float, float, float]
Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of text, drawn left-aligned with its baseline at (x, baseline)."""

    text: str
    x: float
    baseline: float
    size: float
    # "title", "body", "metric", "metric_measured", "stage", "goal", "lane", "label", "legend"
    role: str


@dataclass(frozen=True, slots=True)
class Badge:
    # "channel", "severity", "priority", "owner", "department", "ab", "link", "legal",
    # "personal_data"
    kind: str
    key: str  # the value behind it: "email", "high", ...
    text: str
    rect: Rect
    text_line: TextLine


@dataclass(frozen=True, slots=True)
class CardBox:
    card_id: str
    lane_id: str
    stage_id: str
    lane_kind: LaneKind
    rect: Rect
    fill: str
    accent: str
    lines: tuple[TextLine, ...]
    badges: tuple[Badge, ...]
    votes: int = 0  # workshop dot-votes, drawn as dots in the card's top-right corner


@dataclass(frozen=True, slots=True)
class StageColumn:
    stage_id: str
    header: Rect
    column: Rect  # the whole column below the header, across all lanes
    fill: str
    lines: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class LaneRow:
    lane_id: str
    kind: LaneKind
    rect: Rect  # the whole row, header included
    header: Rect
    lines: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class CurvePoint:
    stage_id: str
    card_id: str | None
    x: float
    y: float
    value: float
    n: int | None
    measured: bool
    label_lines: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class CurveLayout:
    curve_id: str
    persona_id: str
    variant: CurveVariant
    colour: str
    points: tuple[CurvePoint, ...]
    # Smooth path through the points: cubic Bézier segments.
    segments: tuple[Segment, ...]
    measured: bool = False  # computed from a survey, drawn beside the facilitator's estimate


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """A curve's entry in the emotion lane's header: a line swatch and "persona · variant"."""

    curve_id: str
    persona_id: str
    variant: CurveVariant
    colour: str
    swatch: Rect  # a horizontal line from (x, y) to (right, y): height 0
    line: TextLine
    measured: bool = False


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A stage where the measured curve and the facilitator's estimate for the same persona
    differ by a quarter of the scale or more: drawn as a bracket between the two points."""

    stage_id: str
    persona_id: str
    x: float
    estimate_y: float
    measured_y: float
    estimate: float
    measured: float


@dataclass(frozen=True, slots=True)
class EmotionPlot:
    """The plotting area of an emotion-curve lane, with one grid line per scale step."""

    lane_id: str
    area: Rect
    scale_min: int
    scale_max: int
    grid: tuple[tuple[int, float], ...]  # (value, y)
    curves: tuple[CurveLayout, ...]
    legend: tuple[LegendEntry, ...]
    disagreements: tuple[Disagreement, ...] = ()

    def y_of(self, value: float) -> float:
        """Where `value` is drawn: the inverse of `value_at`."""
        span = self.scale_max - self.scale_min
        return self.area.bottom - (value - self.scale_min) / span * self.area.height

    def value_at(self, y: float) -> float:
        """The (unsnapped, unclamped) scale value at height `y`: for dragging a point."""
        span = self.scale_max - self.scale_min
        return self.scale_min + (self.area.bottom - y) / self.area.height * span


@dataclass(frozen=True, slots=True)
class Connector:
    """An automation rule's arrow to the touchpoint card it creates: a dashed curve from the
    rule card's side to the target card's side, through the gutters between stage columns,
    ending in a filled arrow head whose tip touches the target card."""

    rule_card_id: str
    target_card_id: str
    source_stage_id: str
    target_stage_id: str
    start: Point  # on the rule card's edge (a small dot marks it)
    segments: tuple[Segment, ...]  # from `start` to the arrow head's base
    head: tuple[Point, Point, Point]  # the tip (on the target card's edge), two back corners
    colour: str


@dataclass(frozen=True, slots=True)
class FunnelSlot:
    """One funnel step's part of the funnel band: its label, count and amount, and a bar
    filling its track as the count fills the largest count (every track is as wide)."""

    stage_id: str
    rect: Rect
    lines: tuple[TextLine, ...]
    track: Rect
    bar: Rect | None  # None when the count is not known


@dataclass(frozen=True, slots=True)
class FunnelLink:
    """Conversion into a step from the last step before it with a known count: a pill on the
    left edge of the step's slot ("→ 23.5%") and the drop-off below it ("−76.5%")."""

    stage_id: str  # the later step's stage (the pill is drawn with its column)
    pill: Rect
    lines: tuple[TextLine, ...]  # the conversion (in the pill), the drop-off


@dataclass(frozen=True, slots=True)
class FunnelBand:
    """A strip between the stage headers and the first lane: the funnel's steps per stage
    and the conversion between them; its left part (under the corner) names it and gives
    the overall conversion and the ROI per channel."""

    rect: Rect  # across the whole map
    header: Rect  # the part under the corner, left of the stage columns
    header_lines: tuple[TextLine, ...]
    slots: tuple[FunnelSlot, ...]
    links: tuple[FunnelLink, ...]


@dataclass(frozen=True, slots=True)
class MapLayout:
    width: float
    height: float
    corner: Rect  # top-left cell above the lane headers
    stages: tuple[StageColumn, ...]
    lanes: tuple[LaneRow, ...]
    cards: tuple[CardBox, ...]
    plots: tuple[EmotionPlot, ...]
    connectors: tuple[Connector, ...] = ()
    funnel: FunnelBand | None = None
    _card_index: dict[str, CardBox] = field(default_factory=dict, compare=False, repr=False)

    def card(self, card_id: str) -> CardBox:
        if not self._card_index:
            self._card_index.update((box.card_id, box) for box in self.cards)
        return self._card_index[card_id]

    def curve_points(self) -> list[CurvePoint]:
        return [point for plot in self.plots for curve in plot.curves for point in curve.points]

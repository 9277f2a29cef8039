"""The map in a PDF, drawn with reportlab from the same layout as the canvas, as the canvas
draws it: vector shapes, real text in the embedded map font, the canvas's exact colours.

Coordinates: `draw_map` draws in layout points, x right and y DOWN (as Qt and the layout
have them). The caller places the map with `begin_layout_transform(canvas, x, y_top,
scale)` (or the `layout_transform` context manager): the layout's (0, 0) lands at page
point (x, y_top) — reportlab's page coordinates, y up — and one layout point is `scale`
page points. Text comes out upright: each line flips its own text matrix back.

What is drawn, in the canvas's stacking order: the sheet (stage column tints, grid lines,
border), the stage headers, the lane headers with the emotion legends, the funnel band's
header, the emotion plots' grid, curves, points and brackets, the automation rules'
connectors, then the cells, then the plots' scale values. The cells go stage by stage
and, within a stage, the stage's funnel steps then lane by lane (the labels of the
stage's emotion points in the emotion lane's turn): so the content stream, and what
`pdftotext` or a screen reader reads, is the stage names, the lane names, then each
stage's column top to bottom.

`region` (in the drawn map's points) culls: only what meets it is drawn, so a poster tiled
over 72 sheets draws each card about once, not 72 times. It does not clip; the caller
clips to the sheet. `stages` draws the lane-header column and only those stage columns,
packed to the right of it in the order given (the lane headers repeat on every page).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from journey_designer.export.draw_cards import CardPainter
from journey_designer.export.draw_marketing import MarketingPainter
from journey_designer.export.draw_plot import PlotPainter
from journey_designer.export.pdf_fonts import PdfFonts
from journey_designer.export.pdf_ink import Ink, Pen
from journey_designer.export.pdf_text import TextWriter
from journey_designer.layout import looks
from journey_designer.layout.geometry import CardBox, EmotionPlot, LaneRow, MapLayout, Rect
from journey_designer.layout.style import LayoutStyle

CARD_MARGIN = 9.0  # around a card's box: its shadow, outline and a thought bubble's trail
GRID_PEN = Pen(looks.GRID_LINE, 1.0)


def begin_layout_transform(canvas: Any, x: float, y_top: float, scale: float) -> None:
    """Make layout points (y down) the canvas's user space: layout (0, 0) at page (x, y_top)."""
    canvas.translate(x, y_top)
    canvas.scale(scale, -scale)


@contextmanager
def layout_transform(canvas: Any, x: float, y_top: float, scale: float) -> Iterator[None]:
    """`begin_layout_transform` inside saveState/restoreState."""
    canvas.saveState()
    try:
        begin_layout_transform(canvas, x, y_top, scale)
        yield
    finally:
        canvas.restoreState()


@dataclass(frozen=True)
class MapView:
    """Which stage columns are drawn, and how far each moves left when columns are packed."""

    columns: tuple[tuple[Rect, Rect, str, float], ...]  # header, column, stage id, x shift
    width: float  # of the drawn map
    height: float
    packed: bool

    @classmethod
    def of(cls, layout: MapLayout, stages: Sequence[str] | None) -> MapView:
        if stages is None:
            columns = tuple((s.header, s.column, s.stage_id, 0.0) for s in layout.stages)
            return cls(columns, layout.width, layout.height, False)
        by_id = {s.stage_id: s for s in layout.stages}
        unknown = [stage_id for stage_id in stages if stage_id not in by_id]
        if unknown:
            raise ValueError(f"no stage {unknown[0]!r} in the layout")
        x = layout.corner.right
        packed = []
        for stage_id in stages:
            stage = by_id[stage_id]
            packed.append((stage.header, stage.column, stage_id, x - stage.header.x))
            x += stage.header.width
        return cls(tuple(packed), x, layout.height, True)

    def shift(self, stage_id: str) -> float | None:
        for _header, _column, column_id, dx in self.columns:
            if column_id == stage_id:
                return dx
        return None


def draw_map(
    canvas: Any,
    layout: MapLayout,
    fonts: PdfFonts,
    *,
    region: Rect | None = None,
    stages: Sequence[str] | None = None,
    style: LayoutStyle | None = None,
) -> None:
    """Draw `layout` in layout points on a canvas already set up by `begin_layout_transform`.

    `fonts` must be the face the layout was measured with. `style`: the layout's, for the
    lane accents and the emotion points' size (default: LayoutStyle()).
    """
    _MapDrawer(canvas, layout, fonts, MapView.of(layout, stages), region, style).run()


class _MapDrawer:
    def __init__(
        self,
        canvas: Any,
        layout: MapLayout,
        fonts: PdfFonts,
        view: MapView,
        region: Rect | None,
        style: LayoutStyle | None,
    ) -> None:
        self.layout = layout
        self.view = view
        self.region = region
        style = style or LayoutStyle()
        self.accents = style.card_accents
        self.ink = Ink(canvas)
        self.text = TextWriter(self.ink, fonts)
        self.cards = CardPainter(self.ink, self.text)
        self.plots = PlotPainter(self.ink, self.text, style.point_radius)
        self.marketing = MarketingPainter(self.ink, self.text)
        self.plot_of = {plot.lane_id: plot for plot in layout.plots}

    def meets(self, rect: Rect, dx: float = 0.0, margin: float = 0.0) -> bool:
        region = self.region
        if region is None:
            return True
        return (
            rect.x + dx - margin < region.right
            and region.x < rect.right + dx + margin
            and rect.y - margin < region.bottom
            and region.y < rect.bottom + margin
        )

    def run(self) -> None:
        self.ink.save()
        self._sheet()
        self._stage_headers()
        self._lane_headers()
        band = self.layout.funnel
        if band is not None and self.meets(band.header, margin=1.0):
            self.marketing.draw_band_header(band, self.view.width)
        plots = [(p, r) for p, r in self._plot_rows() if self.meets(r.rect, margin=4.0)]
        graphic_columns = self._curve_columns()
        for plot, _row in plots:
            self.plots.draw_graphics(plot, self.view.width - plot.area.x, graphic_columns)
            self.plots.draw_points(plot, self.view.shift)
        self._connectors()
        self._cells()
        for plot, _row in plots:
            self.plots.draw_scale_values(plot)
        self.ink.restore()

    def _plot_rows(self) -> list[tuple[EmotionPlot, LaneRow]]:
        return [
            (self.plot_of[r.lane_id], r) for r in self.layout.lanes if r.lane_id in self.plot_of
        ]

    def _curve_columns(self) -> list[tuple[Rect, float]] | None:
        """None: the curves are drawn whole; else each packed column draws its own piece."""
        if not self.view.packed:
            return None
        return [(column, dx) for _header, column, _id, dx in self.view.columns]

    @contextmanager
    def _shifted(self, dx: float) -> Iterator[None]:
        if dx == 0.0:
            yield
            return
        self.ink.save()
        self.ink.canvas.translate(dx, 0.0)
        try:
            yield
        finally:
            self.ink.restore()

    # --- the sheet and the headers (background_item.py, header_items.py) --------------

    def _sheet(self) -> None:
        ink, view = self.ink, self.view
        ink.fill_rect(0.0, 0.0, view.width, view.height, looks.MAP_BACKGROUND)
        corner = self.layout.corner
        ink.fill_rect(corner.x, corner.y, corner.width, corner.height, looks.CORNER_FILL)
        for _header, column, stage_id, dx in view.columns:
            if not self.meets(column, dx, 1.0):
                continue
            fill = self._stage_fill(stage_id)
            tint = (*looks.rgb(fill), looks.COLUMN_TINT_ALPHA)
            x = column.x + dx
            ink.fill_rect(x, column.y, column.width, column.height, tint)
            ink.line(x + column.width, column.y, x + column.width, column.bottom, GRID_PEN)
        for lane in self.layout.lanes:
            ink.line(0.0, lane.rect.bottom, view.width, lane.rect.bottom, GRID_PEN)
        border = ink.path()
        border.rect(0.0, 0.0, view.width, view.height)
        ink.draw(border, Pen(looks.MAP_BORDER, 1.0))

    def _stage_fill(self, stage_id: str) -> str:
        return next(s.fill for s in self.layout.stages if s.stage_id == stage_id)

    def _stage_headers(self) -> None:
        ink = self.ink
        stages = {stage.stage_id: stage for stage in self.layout.stages}
        for _header, _column, stage_id, dx in self.view.columns:
            stage = stages[stage_id]
            if not self.meets(stage.header, dx, 2.0):
                continue
            with self._shifted(dx):
                rect = stage.header
                ink.fill_rect(rect.x, rect.y, rect.width, rect.height, stage.fill)
                rule = Pen(looks.darker(stage.fill, looks.STAGE_RULE_DARKER), 2.0)
                ink.line(rect.x, rect.bottom - 1.0, rect.right, rect.bottom - 1.0, rule)
                ink.line(rect.right, rect.y, rect.right, rect.bottom, GRID_PEN)
                self.text.draw_lines(stage.lines)

    def _lane_headers(self) -> None:
        ink = self.ink
        for row in self.layout.lanes:
            rect = row.header
            if not self.meets(rect, margin=1.0):
                continue
            ink.fill_rect(rect.x, rect.y, rect.width, rect.height, looks.LANE_HEADER_FILL)
            accent = looks.lane_accent(row.kind, self.accents)
            ink.fill_rect(rect.x, rect.y, looks.LANE_ACCENT_WIDTH, rect.height, accent)
            ink.line(rect.right, rect.y, rect.right, rect.bottom, GRID_PEN)
            self.text.draw_lines(row.lines)
            plot = self.plot_of.get(row.lane_id)
            if plot is not None:  # the plot item paints its legend over the lane header
                self.plots.draw_legend(plot)

    def _connectors(self) -> None:
        """Each rule's arrow, when both its stages are drawn side by side as on the map."""
        for connector in self.layout.connectors:
            dx = self.view.shift(connector.source_stage_id)
            if dx is None or dx != self.view.shift(connector.target_stage_id):
                continue
            xs = [connector.start[0], *(p[0] for p in connector.head)]
            ys = [connector.start[1], *(p[1] for p in connector.head)]
            for segment in connector.segments:
                xs.extend(segment[0::2])
                ys.extend(segment[1::2])
            bounds = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            if self.meets(bounds, dx, 4.0):
                with self._shifted(dx):
                    self.marketing.draw_connector(connector)

    # --- the cells: stage by stage, lane by lane --------------------------------------

    def _cells(self) -> None:
        by_cell: dict[tuple[str, str], list[CardBox]] = defaultdict(list)
        for box in self.layout.cards:
            by_cell[(box.stage_id, box.lane_id)].append(box)
        for _header, column, stage_id, dx in self.view.columns:
            if not self.meets(column, dx, CARD_MARGIN):
                continue
            with self._shifted(dx):
                band = self.layout.funnel
                if band is not None and self.meets(band.rect, margin=CARD_MARGIN):
                    self.marketing.draw_stage(band, stage_id)
                for row in self.layout.lanes:
                    if not self.meets(row.rect, margin=CARD_MARGIN):
                        continue
                    plot = self.plot_of.get(row.lane_id)
                    if plot is not None:
                        self.plots.draw_labels(plot, stage_id)
                        continue
                    for box in by_cell.get((stage_id, row.lane_id), ()):
                        if self.meets(box.rect, dx, CARD_MARGIN):
                            self.cards.draw(box)

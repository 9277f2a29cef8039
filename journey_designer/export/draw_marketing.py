"""The marketing marks in the PDF, as `ui/canvas/marketing_items.py` paints them: the
automation rules' connectors (dashed curve, arrow head, a dot on the rule card) and the
funnel band (its header, each step's text and bar, the conversion pills). Colours and
sizes come from `layout/looks.py`, the geometry from the layout.
"""

from __future__ import annotations

from journey_designer.export.pdf_ink import Ink, Pen, add_rounded_rect
from journey_designer.export.pdf_text import TextWriter
from journey_designer.layout import looks
from journey_designer.layout.geometry import Connector, FunnelBand

GRID_PEN = Pen(looks.GRID_LINE, 1.0)


class MarketingPainter:
    def __init__(self, ink: Ink, text: TextWriter) -> None:
        self.ink = ink
        self.text = text

    def draw_connector(self, connector: Connector) -> None:
        ink = self.ink
        path = ink.path()
        path.moveTo(*connector.start)
        for _x0, _y0, c1x, c1y, c2x, c2y, x1, y1 in connector.segments:
            path.curveTo(c1x, c1y, c2x, c2y, x1, y1)
        pen = Pen(connector.colour, looks.CONNECTOR_WIDTH, looks.CONNECTOR_DASHES, cap="butt")
        ink.draw(path, pen)
        head = ink.path()
        head.moveTo(*connector.head[0])
        for point in connector.head[1:]:
            head.lineTo(*point)
        head.close()
        ink.draw(head, fill=connector.colour)
        dot = ink.path()
        dot.circle(*connector.start, looks.CONNECTOR_DOT)
        ink.draw(dot, fill=connector.colour)

    def draw_band_header(self, band: FunnelBand, width: float) -> None:
        """The band's left part and the line under the band, `width` long."""
        ink = self.ink
        header = band.header
        ink.fill_rect(header.x, header.y, header.width, header.height, looks.LANE_HEADER_FILL)
        ink.fill_rect(
            header.x, header.y, looks.LANE_ACCENT_WIDTH, header.height, looks.FUNNEL_ACCENT
        )
        ink.line(header.right, header.y, header.right, header.bottom, GRID_PEN)
        ink.line(0.0, header.bottom, width, header.bottom, Pen(looks.FUNNEL_RULE, 1.0))
        self.text.draw_lines(band.header_lines)

    def draw_stage(self, band: FunnelBand, stage_id: str) -> None:
        """One stage's steps, and the pills on their left edges."""
        ink = self.ink
        for slot in band.slots:
            if slot.stage_id != stage_id:
                continue
            track = slot.track
            ink.fill_rect(track.x, track.y, track.width, track.height, looks.FUNNEL_TRACK)
            if slot.bar is not None:
                bar = slot.bar
                ink.fill_rect(bar.x, bar.y, bar.width, bar.height, looks.FUNNEL_BAR)
            self.text.draw_lines(slot.lines)
        pen = Pen(looks.FUNNEL_PILL_BORDER, looks.FUNNEL_PILL_BORDER_WIDTH)
        for link in band.links:
            if link.stage_id != stage_id:
                continue
            pill = link.pill
            path = ink.path()
            add_rounded_rect(path, pill.x, pill.y, pill.width, pill.height, pill.height / 2)
            ink.draw(path, pen, looks.FUNNEL_PILL)
            self.text.draw_lines(link.lines)

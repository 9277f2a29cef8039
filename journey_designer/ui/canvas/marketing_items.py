"""The marketing marks that are not cards: the automation rules' connectors and the funnel
band. Both only paint what the layout placed (`layout/connectors.py`,
`layout/funnel_band.py`) in the colours of `layout/looks.py`; the PDF draws the same
(`export/draw_marketing.py`). Neither is selectable: they are views of the rules and the
funnel, which are edited in the inspector.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_designer.layout import Connector, FunnelBand, looks
from journey_designer.ui.canvas.map_item import level_of_detail, to_qrect
from journey_designer.ui.canvas.palette import GRID_LINE, LANE_HEADER_FILL, qcolor, text_colour
from journey_designer.ui.canvas.text_painter import MapTextPainter, no_pen_fill

CONNECTOR_Z = 2.5  # over the emotion plot, under the cards
FUNNEL_Z = 1.0  # with the headers


def connector_path(connector: Connector) -> QPainterPath:
    path = QPainterPath(QPointF(*connector.start))
    for _x0, _y0, c1x, c1y, c2x, c2y, x1, y1 in connector.segments:
        path.cubicTo(c1x, c1y, c2x, c2y, x1, y1)
    return path


class ConnectorsItem(QGraphicsItem):
    """Every rule's dashed arrow to the card it creates, in one item."""

    def __init__(self, connectors: tuple[Connector, ...]) -> None:
        super().__init__()
        self.connectors = connectors
        self._paths = [connector_path(c) for c in connectors]
        bounds = QRectF()
        for connector, path in zip(connectors, self._paths, strict=True):
            bounds = bounds.united(path.boundingRect())
            bounds = bounds.united(QPolygonF([QPointF(*p) for p in connector.head]).boundingRect())
        self._bounds = bounds.adjusted(-4.0, -4.0, 4.0, 4.0)
        self.setZValue(CONNECTOR_Z)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for connector, path in zip(self.connectors, self._paths, strict=True):
            colour = qcolor(connector.colour)
            pen = QPen(colour, looks.CONNECTOR_WIDTH)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            pen.setDashPattern(list(looks.CONNECTOR_DASHES))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            no_pen_fill(painter, colour)
            painter.drawPolygon(QPolygonF([QPointF(*point) for point in connector.head]))
            radius = looks.CONNECTOR_DOT
            painter.drawEllipse(QPointF(*connector.start), radius, radius)


class FunnelBandItem(QGraphicsItem):
    """The funnel band: its header left, each step's label, count, amount and bar, and the
    conversion pills with the drop-off below them."""

    def __init__(self, band: FunnelBand, text_painter: MapTextPainter) -> None:
        super().__init__()
        self.band = band
        self.text_painter = text_painter
        self.setZValue(FUNNEL_Z)

    def boundingRect(self) -> QRectF:
        return to_qrect(self.band.rect).adjusted(-1.0, -1.0, 1.0, 1.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        band = self.band
        lod = level_of_detail(painter, option)
        header = to_qrect(band.header)
        painter.fillRect(header, LANE_HEADER_FILL)
        accent = QRectF(header.left(), header.top(), looks.LANE_ACCENT_WIDTH, header.height())
        painter.fillRect(accent, qcolor(looks.FUNNEL_ACCENT))
        painter.setPen(QPen(GRID_LINE, 1.0))
        painter.drawLine(QLineF(header.right(), header.top(), header.right(), header.bottom()))
        rule = QPen(qcolor(looks.FUNNEL_RULE), 1.0)
        painter.setPen(rule)
        painter.drawLine(QLineF(0.0, header.bottom(), band.rect.right, header.bottom()))
        self.text_painter.draw_lines(painter, band.header_lines, lod)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for slot in band.slots:
            painter.fillRect(to_qrect(slot.track), qcolor(looks.FUNNEL_TRACK))
            if slot.bar is not None:
                painter.fillRect(to_qrect(slot.bar), qcolor(looks.FUNNEL_BAR))
            self.text_painter.draw_lines(painter, slot.lines, lod)
        pill_pen = QPen(qcolor(looks.FUNNEL_PILL_BORDER), looks.FUNNEL_PILL_BORDER_WIDTH)
        for link in band.links:
            pill = to_qrect(link.pill)
            painter.setPen(pill_pen)
            painter.setBrush(qcolor(looks.FUNNEL_PILL))
            radius = pill.height() / 2
            painter.drawRoundedRect(pill, radius, radius)
            self.text_painter.draw_lines(painter, link.lines, lod, text_colour)

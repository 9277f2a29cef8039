"""A card: one item that paints its own box, accent bar, pre-wrapped lines and badges.

One QGraphicsTextItem per card would cost ~35 KB and 0.7 s per 4,000 cards to build, and
would wrap text its own way; the layout already decided every line break.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journey_designer.layout import Badge, CardBox
from journey_designer.ui.canvas.map_item import MapItem, level_of_detail, to_qrect
from journey_designer.ui.canvas.palette import CARD_SHADOW, badge_colours
from journey_designer.ui.canvas.text_painter import MapTextPainter, no_pen_fill

CORNER_RADIUS = 3.0
ACCENT_WIDTH = 3.0
# Below this zoom (device pixels per point) a card shows no text at all, only its colours.
TEXTLESS_LEVEL_OF_DETAIL = 0.2
MAX_VOTE_DOTS = 10
VOTE_DOT_RADIUS = 3.0
VOTE_DOT = QColor("#F2A900")
VOTE_DOT_RING = QColor("#8A5A00")


class CardItem(MapItem):
    kind = "card"
    corner_radius = CORNER_RADIUS

    def __init__(self, box: CardBox, text_painter: MapTextPainter) -> None:
        self.box = box  # before the base class places the item: geometry_changed reads it
        super().__init__(box.card_id, box.rect, text_painter)
        self.setZValue(3.0)

    @property
    def card_id(self) -> str:
        return self.model_id

    def set_box(self, box: CardBox) -> None:
        """Show a new layout of the same card (called after an edit, from the next issue on)."""
        if box.card_id != self.model_id:
            raise ValueError(f"the box of {box.card_id!r} given to the item of {self.model_id!r}")
        self.box = box
        self.set_rect(box.rect)
        self.update()

    def geometry_changed(self) -> None:
        self._fill = QColor(self.box.fill)
        self._border = self._fill.darker(118)
        self._accent = QColor(self.box.accent)
        self._body = QPainterPath()
        self._body.addRoundedRect(self.local_rect, CORNER_RADIUS, CORNER_RADIUS)
        bar = QPainterPath()
        bar.addRect(QRectF(0.0, 0.0, ACCENT_WIDTH, self.local_rect.height()))
        self._accent_bar = self._body.intersected(bar)  # follows the rounded corners

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = level_of_detail(painter, option)
        self._paint_box(painter, lod)
        if lod >= TEXTLESS_LEVEL_OF_DETAIL:
            painter.save()
            self.to_layout_coordinates(painter)
            self.text_painter.draw_lines(painter, self.box.lines, lod)
            for badge in self.box.badges:
                self._paint_badge(painter, badge, lod)
            painter.restore()
            self._paint_votes(painter)
        self.paint_selection(painter)

    def _paint_box(self, painter: QPainter, lod: float) -> None:
        if lod < TEXTLESS_LEVEL_OF_DETAIL:  # a few pixels wide: plain rectangles are enough
            painter.fillRect(self.local_rect, self._fill)
            painter.fillRect(QRectF(0.0, 0.0, ACCENT_WIDTH, self.local_rect.height()), self._accent)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        no_pen_fill(painter, CARD_SHADOW)
        painter.drawPath(self._body.translated(0.0, 1.0))
        painter.setPen(QPen(self._border, 0.75))
        painter.setBrush(self._fill)
        painter.drawPath(self._body)
        no_pen_fill(painter, self._accent)
        painter.drawPath(self._accent_bar)

    def _paint_votes(self, painter: QPainter) -> None:
        """Dot-votes as dots along the top-right edge; past ten, ten dots and a count."""
        votes = self.box.votes
        if votes <= 0:
            return
        dots = min(votes, MAX_VOTE_DOTS)
        right = self.local_rect.right() - VOTE_DOT_RADIUS - 3.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(VOTE_DOT_RING, 0.75))
        painter.setBrush(VOTE_DOT)
        for i in range(dots):
            centre = QPointF(right - i * (2 * VOTE_DOT_RADIUS + 1.5), VOTE_DOT_RADIUS + 3.0)
            painter.drawEllipse(centre, VOTE_DOT_RADIUS, VOTE_DOT_RADIUS)
        if votes > MAX_VOTE_DOTS:
            left = right - dots * (2 * VOTE_DOT_RADIUS + 1.5)
            self.text_painter.draw_centred(
                painter,
                f"+{votes - MAX_VOTE_DOTS}",
                QPointF(left - 5.0, VOTE_DOT_RADIUS + 3.0),
                6.0,
                VOTE_DOT_RING,
            )

    def _paint_badge(self, painter: QPainter, badge: Badge, lod: float) -> None:
        fill, ink = badge_colours(badge.kind, badge.key)
        rect = to_qrect(badge.rect)
        radius = rect.height() / 2
        no_pen_fill(painter, fill)
        painter.drawRoundedRect(rect, radius, radius)
        self.text_painter.draw_lines(painter, (badge.text_line,), lod, lambda _role: ink)

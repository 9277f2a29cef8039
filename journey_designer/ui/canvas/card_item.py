"""A card: one item that paints its own box, accent bar, pre-wrapped lines and badges,
in its lane kind's look (`card_looks`), with its dot-votes and find highlight.

One QGraphicsTextItem per card would cost ~35 KB and 0.7 s per 4,000 cards to build, and
would wrap text its own way; the layout already decided every line break. Only the card
being edited gets a text editor (`card_editor`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journey_designer.layout import Badge, CardBox, looks
from journey_designer.ui.canvas.card_looks import CORNER_RADIUS, CardLook, card_look
from journey_designer.ui.canvas.channel_glyphs import draw_glyph
from journey_designer.ui.canvas.map_item import MapItem, level_of_detail, to_qrect
from journey_designer.ui.canvas.palette import CARD_SHADOW, badge_colours, qcolor
from journey_designer.ui.canvas.text_painter import MapTextPainter, no_pen_fill

CARD_Z = 3.0
FIND_MATCH = QColor("#FFD400")  # a card that matches the find bar's text ...
FIND_CURRENT = QColor("#FF8A00")  # ... and the one the find bar is on
# Below this zoom (device pixels per point) a card shows no text at all, only its colours.
TEXTLESS_LEVEL_OF_DETAIL = 0.2
VOTE_DOT_RADIUS = looks.VOTE_DOT_RADIUS
VOTE_DOT = qcolor(looks.VOTE_DOT)
VOTE_DOT_RING = qcolor(looks.VOTE_DOT_RING)


class CardItem(MapItem):
    kind = "card"
    corner_radius = CORNER_RADIUS  # per lane kind: set from the card's look

    def __init__(self, box: CardBox, text_painter: MapTextPainter) -> None:
        self.box = box  # before the base class places the item: geometry_changed reads it
        self.find_mark: str | None = None  # None, "match" or "current"
        super().__init__(box.card_id, box.rect, text_painter)
        self.setZValue(CARD_Z)

    @property
    def card_id(self) -> str:
        return self.model_id

    def set_box(self, box: CardBox) -> None:
        """Show a new layout of the same card (after an edit)."""
        if box.card_id != self.model_id:
            raise ValueError(f"the box of {box.card_id!r} given to the item of {self.model_id!r}")
        old, self.box = self.box, box
        if _only_moved(old, box):  # a lane above grew: same card, lower down
            self._origin = QPointF(box.rect.x, box.rect.y)
            self.setPos(self._origin)
        else:
            self.set_rect(box.rect)
        self.update()

    def restore_place(self) -> None:
        """Back to the layout's place and look after a drag moved it."""
        self.setPos(self.box.rect.x, self.box.rect.y)
        self.setOpacity(1.0)
        self.setZValue(CARD_Z)

    def set_find_mark(self, mark: str | None) -> None:
        if mark != self.find_mark:
            self.find_mark = mark
            self.update()

    def geometry_changed(self) -> None:
        self.look: CardLook = card_look(self.box)
        self.corner_radius = self.look.corner_radius
        self._fill = QColor(self.box.fill)
        self._border = self.look.border
        self._accent = QColor(self.box.accent)
        self._body = QPainterPath()
        self._body.addRoundedRect(self.local_rect, self.corner_radius, self.corner_radius)
        bar = QPainterPath()
        bar.addRect(QRectF(0.0, 0.0, self.look.accent_width, self.local_rect.height()))
        self._accent_bar = self._body.intersected(bar)  # follows the rounded corners

    def boundingRect(self) -> QRectF:
        extra = 6.0 if self.look.thought_trail else 0.0  # the bubble's trail below the card
        return self.local_rect.adjusted(-4.0, -4.0, 4.0, 4.0 + extra)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = level_of_detail(painter, option)
        self._paint_find_mark(painter)
        self._paint_box(painter, lod)
        if lod >= TEXTLESS_LEVEL_OF_DETAIL:
            painter.save()
            self.to_layout_coordinates(painter)
            self.text_painter.draw_lines(painter, self.box.lines, lod)
            for badge in self.box.badges:
                self._paint_badge(painter, badge, lod)
            painter.restore()
            self._paint_mark(painter)
            self._paint_votes(painter)
        self.paint_selection(painter)

    def _paint_find_mark(self, painter: QPainter) -> None:
        if self.find_mark is None:
            return
        current = self.find_mark == "current"
        pen = QPen(FIND_CURRENT if current else FIND_MATCH, 5.0 if current else 3.5)
        pen.setCosmetic(True)  # device pixels: seen at every zoom, also on a projector
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = self.corner_radius + 1.5
        painter.drawRoundedRect(self.local_rect.adjusted(-1.5, -1.5, 1.5, 1.5), radius, radius)

    def _mark_rect(self) -> QRectF:
        left, top, size = looks.mark_rect(self.local_rect.right(), 0.0)
        return QRectF(left, top, size, size)

    def _paint_mark(self, painter: QPainter) -> None:
        look = self.look
        if look.mark is not None and look.mark_colour is not None:
            draw_glyph(painter, look.mark, self._mark_rect(), look.mark_colour)

    def _paint_box(self, painter: QPainter, lod: float) -> None:
        look = self.look
        if lod < TEXTLESS_LEVEL_OF_DETAIL:  # a few pixels wide: plain rectangles are enough
            painter.fillRect(self.local_rect, self._fill)
            bar = QRectF(0.0, 0.0, look.accent_width, self.local_rect.height())
            painter.fillRect(bar, self._accent)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if look.shadow:
            no_pen_fill(painter, CARD_SHADOW)
            painter.drawPath(self._body.translated(0.0, 1.0))
        if look.thought_trail:
            self._paint_thought_trail(painter)
        border = QPen(self._border, look.border_width)
        border.setStyle(look.border_style)
        painter.setPen(border)
        painter.setBrush(self._fill)
        painter.drawPath(self._body)
        if look.accent_width > 0:
            no_pen_fill(painter, self._accent)
            painter.drawPath(self._accent_bar)

    def _paint_thought_trail(self, painter: QPainter) -> None:
        """Two small circles below the bubble's left corner, as in a comic's thought."""
        painter.setPen(QPen(self._border, looks.BORDER_WIDTH))
        painter.setBrush(self._fill)
        bottom = self.local_rect.bottom()
        for dx, dy, radius in looks.THOUGHT_TRAIL:
            painter.drawEllipse(QPointF(dx, bottom + dy), radius, radius)

    def _paint_votes(self, painter: QPainter) -> None:
        """Dot-votes as dots along the top-right edge; past ten, ten dots and a count."""
        if self.box.votes <= 0:
            return
        right = self.local_rect.right()
        dots = looks.vote_dots(right, 0.0, self.box.votes, self.look.mark is not None)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(VOTE_DOT_RING, looks.VOTE_RING_WIDTH))
        painter.setBrush(VOTE_DOT)
        for x, y in dots.centres:
            painter.drawEllipse(QPointF(x, y), VOTE_DOT_RADIUS, VOTE_DOT_RADIUS)
        if dots.more:
            self.text_painter.draw_centred(
                painter, dots.more, QPointF(*dots.more_centre), looks.VOTE_COUNT_SIZE, VOTE_DOT_RING
            )

    def _paint_badge(self, painter: QPainter, badge: Badge, lod: float) -> None:
        fill, ink = badge_colours(badge.kind, badge.key)
        rect = to_qrect(badge.rect)
        radius = rect.height() / 2
        no_pen_fill(painter, fill)
        painter.drawRoundedRect(rect, radius, radius)
        self.text_painter.draw_lines(painter, (badge.text_line,), lod, lambda _role: ink)


def _only_moved(old: CardBox, new: CardBox) -> bool:
    """The same picture at another place: the paths and the look can stay."""
    return (
        old.rect.width == new.rect.width
        and old.rect.height == new.rect.height
        and old.lane_kind is new.lane_kind
        and (old.fill, old.accent) == (new.fill, new.accent)
        and [(b.kind, b.key) for b in old.badges] == [(b.kind, b.key) for b in new.badges]
    )

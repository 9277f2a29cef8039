"""A card in the PDF, painted as `ui/canvas/card_item.py` paints it at a readable zoom.

In the canvas's order: shadow, the thought bubble's trail, the box with its outline, the
accent bar along the left edge, the text lines, the badges (pills), the kind's glyph in
the top-right corner and the dot-votes. Sizes, colours and looks come from
`layout/looks.py`, the same values the canvas uses.
"""

from __future__ import annotations

from collections.abc import Callable

from journey_designer.export.pdf_ink import Ink, Pen, add_glyph, add_rounded_rect
from journey_designer.export.pdf_text import TextWriter
from journey_designer.layout import looks
from journey_designer.layout.geometry import CardBox
from journey_designer.layout.glyphs import GLYPHS, GRID, KAPPA, STROKE
from journey_designer.layout.looks import CardLook

DASHED = looks.GRID_DASHES  # Qt's DashLine: 4 on, 2 off, in pen widths


class CardPainter:
    def __init__(self, ink: Ink, text: TextWriter) -> None:
        self.ink = ink
        self.text = text

    def draw(self, box: CardBox) -> None:
        look = looks.card_look(box)
        self._box(box, look)
        self.text.draw_lines(box.lines)
        for badge in box.badges:
            fill, ink = looks.badge_colours(badge.kind, badge.key)
            rect = badge.rect
            path = self.ink.path()
            add_rounded_rect(path, rect.x, rect.y, rect.width, rect.height, rect.height / 2)
            self.ink.draw(path, fill=fill)
            self.text.draw_lines((badge.text_line,), _always(ink))
        self._mark(box, look)
        self._votes(box, look)

    def _body(self, box: CardBox, look: CardLook, dy: float = 0.0) -> object:
        rect = box.rect
        path = self.ink.path()
        add_rounded_rect(path, rect.x, rect.y + dy, rect.width, rect.height, look.corner_radius)
        return path

    def _box(self, box: CardBox, look: CardLook) -> None:
        ink = self.ink
        if look.shadow:
            ink.draw(self._body(box, look, 1.0), fill=looks.CARD_SHADOW)
        if look.thought_trail:
            trail_pen = Pen(look.border, looks.BORDER_WIDTH)
            for dx, dy, radius in looks.THOUGHT_TRAIL:
                path = ink.path()
                path.circle(box.rect.x + dx, box.rect.bottom + dy, radius)
                ink.draw(path, trail_pen, box.fill)
        dashes = DASHED if look.border_style == "dashed" else ()
        ink.draw(self._body(box, look), Pen(look.border, look.border_width, dashes), box.fill)
        if look.accent_width > 0:
            self._accent_bar(box, look)

    def _accent_bar(self, box: CardBox, look: CardLook) -> None:
        """The box's left strip, `accent_width` wide, following its rounded corners."""
        rect, width = box.rect, look.accent_width
        radius = min(look.corner_radius, rect.width / 2, rect.height / 2)
        ink = self.ink
        if width < radius:  # the strip ends inside the corners' curve: clip it to the box
            ink.save()
            ink.clip(self._body(box, look))
            ink.fill_rect(rect.x, rect.y, width, rect.height, box.accent)
            ink.restore()
            return
        k = radius * KAPPA
        path = ink.path()
        path.moveTo(rect.x + width, rect.y)
        path.lineTo(rect.x + radius, rect.y)
        path.curveTo(
            rect.x + radius - k, rect.y, rect.x, rect.y + radius - k, rect.x, rect.y + radius
        )
        path.lineTo(rect.x, rect.bottom - radius)
        path.curveTo(
            rect.x, rect.bottom - radius + k, rect.x + radius - k, rect.bottom,
            rect.x + radius, rect.bottom,
        )  # fmt: skip
        path.lineTo(rect.x + width, rect.bottom)
        path.close()
        ink.draw(path, fill=box.accent)

    def _mark(self, box: CardBox, look: CardLook) -> None:
        if look.mark is None or look.mark_colour is None:
            return
        left, top, size = looks.mark_rect(box.rect.right, box.rect.y)
        scale = size / GRID
        path = self.ink.path()
        add_glyph(path, GLYPHS[look.mark], left, top, scale)
        self.ink.draw(path, Pen(look.mark_colour, STROKE * scale, cap="round", join="round"))

    def _votes(self, box: CardBox, look: CardLook) -> None:
        if box.votes <= 0:
            return
        dots = looks.vote_dots(box.rect.right, box.rect.y, box.votes, look.mark is not None)
        pen = Pen(looks.VOTE_DOT_RING, looks.VOTE_RING_WIDTH)
        for x, y in dots.centres:
            path = self.ink.path()
            path.circle(x, y, looks.VOTE_DOT_RADIUS)
            self.ink.draw(path, pen, looks.VOTE_DOT)
        if dots.more:
            x, y = dots.more_centre
            self.text.draw_centred(dots.more, x, y, looks.VOTE_COUNT_SIZE, looks.VOTE_DOT_RING)


def _always(colour: str) -> Callable[[str], str]:
    """A colour for every text role (a badge's text has its badge's ink)."""
    return lambda _role: colour

"""Reuse of card boxes between layouts of the same map, for fast edits.

After an edit only a few cards change. The model replaces an edited card with a new
object, so an unchanged card is the very same object as last time: its box is reused as
it is when its place is unchanged, or moved when the lane above grew. Measuring and
wrapping, the costly part, is done only for cards that changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from journey_designer.layout.geometry import Badge, CardBox, Rect, TextLine
from journey_designer.layout.style import LayoutStyle
from journey_designer.layout.text import TextMeasurer
from journey_designer.model.entities import Card, LaneKind


@dataclass(frozen=True, slots=True)
class _Entry:
    card: Card  # held, so that `is` compares with a live object, never a reused id
    kind: LaneKind
    width: float
    placed: CardBox


class LayoutCache:
    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._settings: tuple[object, ...] = ()

    def use_settings(
        self, measurer: TextMeasurer, style: LayoutStyle, labels: Mapping[str, str], language: str
    ) -> None:
        """Forget every box when what shapes a card's text changed."""
        settings = (measurer, style, dict(labels), language)
        if settings != self._settings:
            self._entries.clear()
            self._settings = settings

    def box_for(
        self, card: Card, kind: LaneKind, x: float, top: float, width: float
    ) -> CardBox | None:
        """The cached box of an unchanged card, placed at (x, top); None if it changed."""
        entry = self._entries.get(card.id)
        if (
            entry is None
            or entry.card is not card
            or entry.kind is not kind
            or entry.width != width
        ):
            return None
        rect = entry.placed.rect
        if rect.x == x and rect.y == top:
            return entry.placed
        # Moved rather than measured again; coordinates may differ from a fresh layout's in
        # the last bits of a float (1e-13 pt), which no picture can show.
        placed = moved_box(entry.placed, x - rect.x, top - rect.y)
        self._entries[card.id] = replace(entry, placed=placed)
        return placed

    def store(self, card: Card, kind: LaneKind, width: float, placed: CardBox) -> None:
        self._entries[card.id] = _Entry(card, kind, width, placed)

    def forget_missing(self, card_ids: set[str]) -> None:
        for card_id in set(self._entries) - card_ids:
            del self._entries[card_id]


def moved_box(box: CardBox, dx: float, dy: float) -> CardBox:
    return replace(
        box,
        rect=_moved_rect(box.rect, dx, dy),
        lines=tuple(_moved_line(line, dx, dy) for line in box.lines),
        badges=tuple(
            Badge(
                b.kind, b.key, b.text, _moved_rect(b.rect, dx, dy), _moved_line(b.text_line, dx, dy)
            )
            for b in box.badges
        ),
    )


def _moved_rect(rect: Rect, dx: float, dy: float) -> Rect:
    return Rect(rect.x + dx, rect.y + dy, rect.width, rect.height)


def _moved_line(line: TextLine, dx: float, dy: float) -> TextLine:
    return TextLine(line.text, line.x + dx, line.baseline + dy, line.size, line.role)

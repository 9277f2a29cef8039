"""The cover: title, client, author, date, the map's description, and a card per persona
with its goals and frustrations.

Persona cards sit in a grid (one to four columns by the page's width); rows that do not fit
continue on further pages ("Personas (continued)"). A card longer than a page is cut with
an ellipsis; every text is wrapped with the layout's line breaker and drawn literally.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from journey_designer.export.document import DocumentInfo
from journey_designer.export.page_canvas import (
    ACCENT,
    FAINT,
    INK,
    MUTED,
    RULE,
    Ink,
    PageCanvas,
    SectionPage,
    line_height,
)
from journey_designer.layout.geometry import Rect
from journey_designer.model.entities import JourneyMap, Persona

KICKER_SIZE = 11.0
TITLE_SIZE = 30.0
FACT_LABEL_SIZE = 8.5
FACT_SIZE = 11.5
DESCRIPTION_SIZE = 10.0
HEADING_SIZE = 15.0
NAME_SIZE = 13.0
ROLE_SIZE = 9.0
LABEL_SIZE = 8.5
ITEM_SIZE = 9.0
CARD_WIDTH = 230.0  # the narrowest persona card worth a column
CARD_GAP = 14.0
CARD_PADDING = 10.0
CARD_BAND = 4.0  # the persona's colour down the card's left edge
MAX_CARD_WIDTH = 340.0
MIN_CARD_ROOM = 120.0  # less room than this under the title: the personas start a new page
BULLET = "•"
FRUSTRATION = "#C0392B"


@dataclass(frozen=True)
class Line:
    """One line of a persona card, below the previous one."""

    text: str
    size: float
    colour: str
    indent: float = 0.0
    gap_before: float = 0.0
    bullet: bool = False  # the first line of a list item: a bullet in the indent


@dataclass(frozen=True)
class PersonaCard:
    colour: str
    lines: tuple[Line, ...]

    def height(self) -> float:
        return 2 * CARD_PADDING + sum(
            line.gap_before + line_height(line.size) for line in self.lines
        )


def plan_cover(
    journey: JourneyMap, info: DocumentInfo, ink: Ink, box: Rect, said: Mapping[str, str]
) -> list[SectionPage]:
    """The cover's pages in `box` (the sheet inside its margins)."""
    title_size = min(TITLE_SIZE, max(16.0, box.width / 22))
    head: list[tuple[str, float, str, float]] = [(said["cover_kicker"], KICKER_SIZE, ACCENT, 0.0)]
    head += [
        (line, title_size, INK, 0.0) for line in ink.wrap(info.title, box.width, title_size, 3)
    ]
    facts = [(said[k], v) for k, v in (("client", info.client), ("author", info.author),
                                        ("date", info.date)) if v]  # fmt: skip
    description = ink.wrap(journey.description, box.width * 0.8, DESCRIPTION_SIZE, 8)
    if not journey.description:
        description = []
    top_height = sum(line_height(size) for _t, size, _c, _g in head) + 14.0
    top_height += (line_height(FACT_LABEL_SIZE) + line_height(FACT_SIZE) + 14.0) if facts else 0
    top_height += len(description) * line_height(DESCRIPTION_SIZE) + (14.0 if description else 0)

    columns = max(1, min(4, int((box.width + CARD_GAP) // (CARD_WIDTH + CARD_GAP))))
    columns = min(columns, max(1, len(journey.personas)))
    card_width = min(MAX_CARD_WIDTH, (box.width - (columns - 1) * CARD_GAP) / columns)
    inner = card_width - 2 * CARD_PADDING - CARD_BAND
    cards = [persona_card(p, ink, inner, said) for p in journey.personas]
    rows = [cards[i : i + columns] for i in range(0, len(cards), columns)]

    pages: list[SectionPage] = []
    first, any_placed, heading_pending = True, False, True
    heading_height = line_height(HEADING_SIZE) + 8.0
    y = box.y + top_height
    placed: list[tuple[float, list[PersonaCard], float]] = []  # (top, cards, height)
    title = said["personas"]
    for row in rows:
        height = max(card.height() for card in row)
        room = box.bottom - y - (heading_height if heading_pending else 0.0)
        if height > room and (placed or room < MIN_CARD_ROOM):
            pages.append(_page(box, first, head, facts, description, placed, card_width, title))
            if any_placed:
                title = said["personas_continued"]
            first, placed, y, heading_pending = False, [], box.y, True
        if heading_pending:
            y += heading_height
            heading_pending = False
        height = min(height, box.bottom - y)
        placed.append((y, row, height))
        any_placed = True
        y += height + CARD_GAP
    if first:  # all on one page: lower it, as a cover's title sits below the top edge
        drop = min((box.bottom - y) * 0.35, box.height * 0.15)
        box = Rect(box.x, box.y + drop, box.width, box.height)
        placed = [(top + drop, row, height) for top, row, height in placed]
    pages.append(_page(box, first, head, facts, description, placed, card_width, title))
    return pages


def _page(
    box: Rect,
    first: bool,
    head: list[tuple[str, float, str, float]],
    facts: list[tuple[str, str]],
    description: list[str],
    placed: list[tuple[float, list[PersonaCard], float]],
    card_width: float,
    title: str,
) -> SectionPage:
    paint = partial(_paint, box, first, head, facts, description, list(placed), card_width, title)
    return SectionPage(paint)


def _paint(
    box: Rect,
    first: bool,
    head: list[tuple[str, float, str, float]],
    facts: list[tuple[str, str]],
    description: list[str],
    placed: list[tuple[float, list[PersonaCard], float]],
    card_width: float,
    title: str,
    page: PageCanvas,
) -> None:
    y = box.y
    if first:
        for text, size, colour, _gap in head:
            y = page.lines(box.x, y, [text], size, colour)
        y += 6.0
        page.line(box.x, y, box.right, y, RULE, 0.8)
        y += 8.0
        if facts:
            width = min(box.width / len(facts), 260.0)
            for index, (label, value) in enumerate(facts):
                x = box.x + index * width
                below = page.lines(x, y, [label], FACT_LABEL_SIZE, MUTED)
                page.lines(x, below, [page.ink.fit(value, width - 12.0, FACT_SIZE)], FACT_SIZE)
            y += line_height(FACT_LABEL_SIZE) + line_height(FACT_SIZE) + 14.0
        if description:
            y = page.lines(box.x, y, description, DESCRIPTION_SIZE, MUTED) + 14.0
    if placed:
        page.lines(box.x, placed[0][0] - line_height(HEADING_SIZE) - 8.0, [title], HEADING_SIZE)
    for top, row, height in placed:
        for column, card in enumerate(row):
            x = box.x + column * (card_width + CARD_GAP)
            _paint_card(page, Rect(x, top, card_width, height), card)


def persona_card(persona: Persona, ink: Ink, width: float, said: Mapping[str, str]) -> PersonaCard:
    """The card's lines, wrapped to `width`: name, role, goals, frustrations, quote."""
    lines = [Line(text, NAME_SIZE, INK) for text in ink.wrap(persona.name, width, NAME_SIZE, 2)]
    lines += [Line(t, ROLE_SIZE, MUTED) for t in ink.wrap(persona.role, width, ROLE_SIZE, 2)]
    indent = ink.width(BULLET + " ", ITEM_SIZE)
    for key, items, colour in (
        ("goals", persona.goals, ACCENT),
        ("frustrations", persona.frustrations, FRUSTRATION),
    ):
        if items:
            lines.append(Line(said[key], LABEL_SIZE, colour, gap_before=6.0))
        for item in items:
            for index, text in enumerate(ink.wrap(item, width - indent, ITEM_SIZE, 4)):
                first = index == 0
                lines.append(Line(text, ITEM_SIZE, INK, indent, 1.0 if first else 0.0, first))
    if persona.quote:
        quote = ink.wrap(f"“{persona.quote}”", width, ITEM_SIZE, 4)
        lines += [Line(t, ITEM_SIZE, MUTED, gap_before=6.0 if i == 0 else 0.0)
                  for i, t in enumerate(quote)]  # fmt: skip
    return PersonaCard(persona.colour, tuple(line for line in lines if line.text))


def _paint_card(page: PageCanvas, box: Rect, card: PersonaCard) -> None:
    page.rect(box, fill="#FFFFFF", stroke=RULE, line_width=0.6, radius=3.0)
    page.rect(Rect(box.x, box.y, CARD_BAND, box.height), fill=card.colour)
    x = box.x + CARD_BAND + CARD_PADDING
    width = box.right - CARD_PADDING - x
    y = box.y + CARD_PADDING
    bottom = box.bottom - CARD_PADDING + 0.01
    for index, line in enumerate(card.lines):
        step = line.gap_before + line_height(line.size)
        if y + step > bottom:
            break
        text = line.text
        following = card.lines[index + 1] if index + 1 < len(card.lines) else None
        if following and y + step + following.gap_before + line_height(following.size) > bottom:
            text = page.ink.fit(text + " …", width - line.indent, line.size)  # cut short here
        top = y + line.gap_before
        if line.bullet:
            page.lines(x, top, [BULLET], line.size, FAINT)
        page.lines(x + line.indent, top, [text], line.size, line.colour)
        y += step

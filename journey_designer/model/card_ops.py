"""Card edits a facilitator makes on the canvas. No Qt here.

Typed card text: the first line is the title, the rest the text. New cards and
duplicates get fresh ids and go into cells with the cards after them renumbered, as one
operation (one undo step) whose inverse is exact. Deleting many cards is one pass over
the map, and so is its undo (4,000 single inserts would each scan every id).
"""

from __future__ import annotations

from collections.abc import Iterable

from journey_designer.model.entities import Card, JourneyMap, Lane, LaneKind
from journey_designer.model.ids import new_id
from journey_designer.model.operations import (
    Composite,
    InsertItem,
    Operation,
    Placement,
    SetPlacements,
    update_card,
)

Cell = tuple[str, str]  # lane_id, stage_id
CARD_ID_PREFIX = "card"


# --- typed text ---------------------------------------------------------------------------


def split_typed_text(typed: str) -> tuple[str, str]:
    """The first line is the title, the rest the text (without blank lines around it)."""
    title, _newline, text = typed.strip().partition("\n")
    return title.strip(), text.strip()


def joined_text(card: Card) -> str:
    """A card's title and text as the in-place editor shows them."""
    return f"{card.title}\n{card.text}" if card.text else card.title


def edit_card_text(journey: JourneyMap, card_id: str, typed: str) -> Operation | None:
    """Set a card's title and text from typed text; None when nothing changed."""
    card = journey.card(card_id)
    title, text = split_typed_text(typed)
    changes = {
        name: value
        for name, value in (("title", title), ("text", text))
        if getattr(card, name) != value
    }
    return update_card(card_id, **changes) if changes else None


# --- new cards, duplicates ------------------------------------------------------------------


def card_lanes(journey: JourneyMap) -> list[Lane]:
    """The visible lanes that hold cards, top to bottom."""
    return [
        lane for lane in journey.lanes if lane.visible and lane.kind is not LaneKind.EMOTION_CURVE
    ]


def add_typed_card(
    journey: JourneyMap, cell: Cell, position: int | None, typed: str
) -> tuple[Operation, str]:
    """A new card from typed text in `cell` at `position` (None: at the end)."""
    title, text = split_typed_text(typed)
    card_id = new_id(CARD_ID_PREFIX, journey.all_ids())
    card = Card(id=card_id, lane_id=cell[0], stage_id=cell[1], title=title, text=text)
    cards = journey.cell_cards(*cell)
    position = len(cards) if position is None else max(0, min(position, len(cards)))
    cards.insert(position, card)
    return place_cells(journey, {cell: cards}, {card.id}), card.id


def duplicate_cards(journey: JourneyMap, card_ids: Iterable[str]) -> tuple[Operation, list[str]]:
    """Copies of the cards, each right after its original; dot-votes are not copied."""
    wanted = set(card_ids)
    taken = journey.all_ids()
    cells: dict[Cell, list[Card]] = {}
    new_ids: list[str] = []
    for card in ordered_cards(journey, wanted):
        cell = (card.lane_id, card.stage_id)
        if cell not in cells:
            cells[cell] = journey.cell_cards(*cell)
        copy_id = new_id(CARD_ID_PREFIX, taken)
        taken.add(copy_id)
        new_ids.append(copy_id)
        copy = card.model_copy(deep=True, update={"id": copy_id, "votes": 0})
        row = cells[cell]
        row.insert(row.index(card) + 1, copy)
    return place_cells(journey, cells, set(new_ids)), new_ids


def ordered_cards(journey: JourneyMap, card_ids: Iterable[str]) -> list[Card]:
    """The cards in reading order: stage by stage, lane by lane, top to bottom."""
    wanted = set(card_ids)
    stage_index = {s.id: i for i, s in enumerate(journey.stages)}
    lane_index = {lane.id: i for i, lane in enumerate(journey.lanes)}
    cards = [c for c in journey.cards if c.id in wanted]
    return sorted(cards, key=lambda c: (stage_index[c.stage_id], lane_index[c.lane_id], c.order))


def place_cells(journey: JourneyMap, cells: dict[Cell, list[Card]], new: set[str]) -> Operation:
    """Number the cards of each cell in list order: insert the new, renumber the moved."""
    placements: dict[str, Placement] = {}
    inserts: list[Operation] = []
    for (lane_id, stage_id), cards in cells.items():
        for order, card in enumerate(cards):
            if card.id in new:
                placed = card.model_copy(update={"lane_id": lane_id, "stage_id": stage_id})
                inserts.append(InsertItem("cards", placed.model_copy(update={"order": order})))
            elif card.order != order:
                placements[card.id] = (lane_id, stage_id, order)
    return Composite((SetPlacements(placements), *inserts))

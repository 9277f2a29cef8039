"""Moving the keyboard's place over the card grid: arrows between cards and cells, Tab to
the next cell. Pure logic over the map (no Qt), so it is easy to follow and to test.

The place is a cell (lane x stage) and, if the cell has cards, one of them. Up and Down
walk through a cell's cards and on into the cells above and below; Left and Right go to
the neighbouring stage, to the card at the same position (or the cell's last one); Tab
goes along the lane, then to the next lane's first stage. Empty cells are places too, so
a new card can be added anywhere without the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from journey_designer.model import JourneyMap
from journey_designer.model.card_ops import Cell, card_lanes


class Step(Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    NEXT_CELL = "next_cell"
    PREVIOUS_CELL = "previous_cell"


@dataclass(frozen=True)
class Place:
    cell: Cell
    card_id: str | None = None


class CardGrid:
    """The map's card cells in display order, for one keyboard step."""

    def __init__(self, journey: JourneyMap) -> None:
        self.lanes = [lane.id for lane in card_lanes(journey)]
        self.stages = [stage.id for stage in journey.stages]
        self._cards: dict[Cell, list[str]] = {}
        for card in sorted(journey.cards, key=lambda c: c.order):
            self._cards.setdefault((card.lane_id, card.stage_id), []).append(card.id)
        self._cell_of = {
            card_id: cell for cell, card_ids in self._cards.items() for card_id in card_ids
        }

    def cards_in(self, cell: Cell) -> list[str]:
        return self._cards.get(cell, [])

    def place_of(self, card_id: str) -> Place | None:
        cell = self._cell_of.get(card_id)
        return Place(cell, card_id) if cell is not None and self.has(cell) else None

    def has(self, cell: Cell) -> bool:
        return cell[0] in self.lanes and cell[1] in self.stages

    def first_place(self) -> Place | None:
        if not self.lanes or not self.stages:
            return None
        return self._enter((self.lanes[0], self.stages[0]), from_top=True)

    def step(self, place: Place | None, step: Step) -> Place | None:
        """Where `step` leads from `place` (the first cell when there is no place yet)."""
        if place is None or not self.has(place.cell):
            return self.first_place()
        moves = {
            Step.UP: lambda: self._vertical(place, -1),
            Step.DOWN: lambda: self._vertical(place, +1),
            Step.LEFT: lambda: self._sideways(place, -1),
            Step.RIGHT: lambda: self._sideways(place, +1),
            Step.NEXT_CELL: lambda: self._along(place, +1),
            Step.PREVIOUS_CELL: lambda: self._along(place, -1),
        }
        return moves[step]()

    def _vertical(self, place: Place, direction: int) -> Place:
        cards = self.cards_in(place.cell)
        if place.card_id in cards:
            index = cards.index(place.card_id) + direction
            if 0 <= index < len(cards):
                return Place(place.cell, cards[index])
        lane_index = self.lanes.index(place.cell[0]) + direction
        if not 0 <= lane_index < len(self.lanes):
            return place
        return self._enter((self.lanes[lane_index], place.cell[1]), from_top=direction > 0)

    def _sideways(self, place: Place, direction: int) -> Place:
        stage_index = self.stages.index(place.cell[1]) + direction
        if not 0 <= stage_index < len(self.stages):
            return place
        cell = (place.cell[0], self.stages[stage_index])
        here = self.cards_in(place.cell)
        position = here.index(place.card_id) if place.card_id in here else 0
        there = self.cards_in(cell)
        return Place(cell, there[min(position, len(there) - 1)] if there else None)

    def _along(self, place: Place, direction: int) -> Place:
        cells = [(lane, stage) for lane in self.lanes for stage in self.stages]
        index = (cells.index(place.cell) + direction) % len(cells)
        return self._enter(cells[index], from_top=True)

    def _enter(self, cell: Cell, from_top: bool) -> Place:
        cards = self.cards_in(cell)
        if not cards:
            return Place(cell)
        return Place(cell, cards[0] if from_top else cards[-1])

"""Dot-voting in a workshop: which cards take votes, a vote as an edit, the ranking (no Qt).

Votes live on the cards (`Card.votes`), so they are saved with the map and undone like any
other edit. Only pain points and opportunities are voted on: those are what a room ranks.
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_designer.model.entities import Card, JourneyMap, LaneKind
from journey_designer.model.operations import Composite, Operation, update_card

VOTABLE_KINDS = (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES)


@dataclass(frozen=True)
class RankedCard:
    rank: int  # 1 for the most votes; equal votes share a rank
    card_id: str
    title: str  # the card's title, else the first line of its text
    votes: int
    lane_kind: LaneKind
    stage_id: str
    stage_name: str


def card_kind(journey: JourneyMap, card: Card) -> LaneKind:
    return journey.lane(card.lane_id).kind


def is_votable(journey: JourneyMap, card: Card) -> bool:
    return card_kind(journey, card) in VOTABLE_KINDS


def card_label(card: Card) -> str:
    """What a person calls the card: its title, else the first line of its text."""
    return card.title.strip() or (card.text.strip().splitlines() or [""])[0]


def vote(journey: JourneyMap, card_id: str, change: int) -> Operation | None:
    """Add (`change` > 0) or take back (< 0) votes; None when nothing would change."""
    card = journey.card(card_id)
    votes = max(0, card.votes + change)
    return update_card(card_id, votes=votes) if votes != card.votes else None


def reset_votes(journey: JourneyMap) -> Operation | None:
    """Every vote back to zero as one edit; None when there are no votes."""
    voted = [card.id for card in journey.cards if card.votes]
    return Composite(tuple(update_card(card_id, votes=0) for card_id in voted)) if voted else None


def ranked_cards(journey: JourneyMap) -> list[RankedCard]:
    """Pain points and opportunities, most votes first; ties in map order (stage, lane, card)."""
    stage_order = {stage.id: i for i, stage in enumerate(journey.stages)}
    lane_order = {lane.id: i for i, lane in enumerate(journey.lanes)}
    lanes = {lane.id: lane for lane in journey.lanes}
    stages = {stage.id: stage for stage in journey.stages}
    votable = [card for card in journey.cards if lanes[card.lane_id].kind in VOTABLE_KINDS]
    votable.sort(key=lambda c: (-c.votes, stage_order[c.stage_id], lane_order[c.lane_id], c.order))
    ranked: list[RankedCard] = []
    for position, card in enumerate(votable, start=1):
        tied = ranked and ranked[-1].votes == card.votes
        ranked.append(
            RankedCard(
                rank=ranked[-1].rank if tied else position,
                card_id=card.id,
                title=card_label(card),
                votes=card.votes,
                lane_kind=lanes[card.lane_id].kind,
                stage_id=card.stage_id,
                stage_name=stages[card.stage_id].name,
            )
        )
    return ranked


def total_votes(journey: JourneyMap) -> int:
    return sum(card.votes for card in journey.cards)

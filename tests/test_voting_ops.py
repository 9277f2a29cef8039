"""Dot-voting helpers: which cards take votes, votes as undoable edits, the ranking (no Qt)."""

from __future__ import annotations

from map_factory import generated_map

from journey_designer.model import LaneKind
from journey_designer.model.voting_ops import (
    is_votable,
    ranked_cards,
    reset_votes,
    total_votes,
    vote,
)

PAIN_0, PAIN_1, PAIN_2 = "c-pain_points-0-0", "c-pain_points-1-0", "c-pain_points-2-0"
IDEA_0, IDEA_2 = "c-opportunities-0-0", "c-opportunities-2-0"


def test_only_pain_points_and_opportunities_take_votes() -> None:
    journey = generated_map(2)
    votable = {card.id for card in journey.cards if is_votable(journey, card)}
    assert votable == {
        "c-pain_points-0-0",
        "c-pain_points-1-0",
        "c-opportunities-0-0",
        "c-opportunities-1-0",
    }


def test_a_vote_is_an_edit_whose_inverse_takes_it_back() -> None:
    journey = generated_map(2)
    original = journey.model_copy(deep=True)
    operation = vote(journey, PAIN_0, +1)
    assert operation is not None
    undo = operation.apply(journey)
    assert journey.card(PAIN_0).votes == 1
    undo.apply(journey)
    assert journey == original


def test_votes_never_go_below_zero() -> None:
    journey = generated_map(2)
    assert vote(journey, PAIN_0, -1) is None
    vote(journey, PAIN_0, +2).apply(journey)  # type: ignore[union-attr]
    vote(journey, PAIN_0, -5).apply(journey)  # type: ignore[union-attr]
    assert journey.card(PAIN_0).votes == 0


def test_ranking_puts_most_votes_first_ties_share_a_rank_in_map_order() -> None:
    journey = generated_map(3)
    for card_id, votes in ((PAIN_1, 3), (IDEA_2, 5), (PAIN_2, 3), (IDEA_0, 1)):
        vote(journey, card_id, votes).apply(journey)  # type: ignore[union-attr]
    ranked = ranked_cards(journey)
    assert [(r.rank, r.card_id, r.votes) for r in ranked[:5]] == [
        (1, IDEA_2, 5),
        (2, PAIN_1, 3),
        (2, PAIN_2, 3),
        (4, IDEA_0, 1),
        (5, PAIN_0, 0),
    ]
    assert len(ranked) == 6  # every pain point and opportunity, voted or not
    assert ranked[0].stage_name == "Stage 2 阶段" and ranked[0].lane_kind is LaneKind.OPPORTUNITIES
    assert ranked[0].title == journey.card(IDEA_2).title


def test_reset_is_one_edit_and_undo_gives_every_vote_back() -> None:
    journey = generated_map(3)
    assert reset_votes(journey) is None
    vote(journey, PAIN_1, 3).apply(journey)  # type: ignore[union-attr]
    vote(journey, IDEA_2, 2).apply(journey)  # type: ignore[union-attr]
    voted = journey.model_copy(deep=True)
    undo = reset_votes(journey).apply(journey)  # type: ignore[union-attr]
    assert total_votes(journey) == 0
    undo.apply(journey)
    assert journey == voted

"""Edit operations: each returns its exact inverse, cascades included (no Qt)."""

from __future__ import annotations

import pytest
from edit_checks import apply_and_undo
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from map_factory import generated_map

from journey_designer.model import (
    Card,
    EditError,
    EmotionCurve,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
    find_problems,
)
from journey_designer.model import operations as ops


def test_remove_stage_cascades_to_cards_and_points_and_undoes() -> None:
    journey = generated_map(3)
    operation = ops.remove_stage(journey, "st-1")
    before = journey.model_dump()
    inverse = operation.apply(journey)
    assert all(c.stage_id != "st-1" for c in journey.cards)
    assert all(p.stage_id != "st-1" for p in journey.emotion_curves[0].points)
    assert find_problems(journey) == []
    inverse.apply(journey)
    assert journey.model_dump() == before


def test_remove_lane_cascades_to_its_cards() -> None:
    journey = generated_map(2)
    apply_and_undo(journey, ops.remove_lane(journey, "ln-touchpoints"))
    assert not [c for c in journey.cards if c.lane_id == "ln-touchpoints"]


def test_remove_persona_removes_its_curves() -> None:
    journey = generated_map(2)
    inverse = ops.remove_persona(journey, "p-1").apply(journey)
    assert journey.emotion_curves == []
    inverse.apply(journey)
    assert journey.emotion_curves[0].persona_id == "p-1"


def test_add_card_inserts_at_a_position_and_renumbers_the_cell() -> None:
    journey = generated_map(1, cards_per_cell=3)
    card = Card(id="c-new", lane_id="ln-actions", stage_id="st-0", title="新卡片")
    apply_and_undo(journey, ops.add_card(journey, card, position=1))
    cell = journey.cell_cards("ln-actions", "st-0")
    assert [c.id for c in cell] == ["c-actions-0-0", "c-new", "c-actions-0-1", "c-actions-0-2"]
    assert [c.order for c in cell] == [0, 1, 2, 3]


def test_move_cards_between_cells_keeps_both_cells_dense() -> None:
    journey = generated_map(2, cards_per_cell=3)
    moving = ["c-actions-0-0", "c-actions-0-2"]
    apply_and_undo(journey, ops.move_cards(journey, moving, "ln-notes", "st-1", 1))
    target = journey.cell_cards("ln-notes", "st-1")
    assert [c.id for c in target] == ["c-notes-1-0", *moving, "c-notes-1-1", "c-notes-1-2"]
    assert [c.order for c in target] == list(range(5))
    assert [c.order for c in journey.cell_cards("ln-actions", "st-0")] == [0]


def test_reorder_within_a_cell() -> None:
    journey = generated_map(1, cards_per_cell=3)
    ops.move_cards(journey, ["c-actions-0-2"], "ln-actions", "st-0", 0).apply(journey)
    assert [c.id for c in journey.cell_cards("ln-actions", "st-0")] == [
        "c-actions-0-2",
        "c-actions-0-0",
        "c-actions-0-1",
    ]


def test_update_validates_and_refuses_bad_values_without_changing_the_map() -> None:
    journey = generated_map(1)
    before = journey.model_dump()
    with pytest.raises(EditError, match="colour"):
        ops.update_stage("st-0", colour="not a colour").apply(journey)
    with pytest.raises(EditError, match="id cannot be changed"):
        ops.update_card("c-actions-0-0", id="other").apply(journey)
    with pytest.raises(EditError, match="no stage"):
        ops.update_card("c-actions-0-0", stage_id="st-404").apply(journey)
    with pytest.raises(EditError, match="no field"):
        ops.update_lane("ln-notes", colour="#ffffff").apply(journey)
    assert journey.model_dump() == before


def test_emotion_points_are_checked_against_the_scale() -> None:
    journey = generated_map(2)
    with pytest.raises(EditError, match="outside the emotion scale"):
        ops.set_emotion_point(journey, "cv-1", EmotionPoint(stage_id="st-0", value=3))
    apply_and_undo(
        journey,
        ops.set_emotion_point(
            journey, "cv-1", EmotionPoint(stage_id="st-0", value=-1.5, label="排队太久")
        ),
    )


def test_changing_the_scale_refuses_points_that_would_fall_off() -> None:
    journey = generated_map(2)
    ops.set_emotion_point(journey, "cv-1", EmotionPoint(stage_id="st-0", value=-2)).apply(journey)
    with pytest.raises(EditError, match="does not fit"):
        ops.update_map(emotion_scale={"min": 1, "max": 5}).apply(journey)
    apply_and_undo(journey, ops.update_map(title="新标题", authors=["王芳"]))


def test_a_failing_composite_leaves_the_map_unchanged() -> None:
    journey = generated_map(2)
    before = journey.model_dump()
    broken = ops.Composite((ops.move_stage("st-1", 0), ops.DeleteItem("cards", "c-none")))
    with pytest.raises(EditError):
        broken.apply(journey)
    assert journey.model_dump() == before


def test_duplicate_ids_are_refused() -> None:
    journey = generated_map(1)
    with pytest.raises(EditError, match="already used"):
        ops.add_stage(Stage(id="c-actions-0-0", name="dup")).apply(journey)


# --- any sequence of edits, undone, gives the original document back ------------------


def _edits(journey: JourneyMap, choice: int, pick: int) -> ops.Operation:
    stages = [s.id for s in journey.stages]
    lanes = [lane.id for lane in journey.lanes if lane.kind is not LaneKind.EMOTION_CURVE]
    cards = [c.id for c in journey.cards]
    taken = journey.all_ids()
    fresh = f"x-{len(taken)}-{pick}"
    while fresh in taken:
        fresh += "x"
    makers = [
        lambda: ops.add_stage(Stage(id=fresh, name="新阶段"), pick % (len(stages) + 1)),
        lambda: ops.remove_stage(journey, stages[pick % len(stages)]),
        lambda: ops.move_stage(stages[pick % len(stages)], pick % 7),
        lambda: ops.update_stage(
            stages[pick % len(stages)], name=f"S{pick}", width=100 + pick % 300
        ),
        lambda: ops.add_lane(Lane(id=fresh, kind=LaneKind.NOTES, title="笔记"), pick % 5),
        lambda: ops.remove_lane(journey, lanes[pick % len(lanes)]),
        lambda: ops.move_lane(lanes[pick % len(lanes)], pick % 9),
        lambda: ops.add_card(
            journey,
            Card(
                id=fresh,
                lane_id=lanes[pick % len(lanes)],
                stage_id=stages[pick % len(stages)],
                title="卡",
            ),
            pick % 3,
        ),
        lambda: ops.remove_cards(journey, cards[pick % len(cards) :: 5]),
        lambda: ops.move_cards(
            journey,
            cards[pick % len(cards) :: 7],
            lanes[pick % len(lanes)],
            stages[pick % len(stages)],
            pick % 4,
        ),
        lambda: ops.update_card(cards[pick % len(cards)], text=f"文本 {pick}", tags=["a", "b"]),
        lambda: ops.set_emotion_point(
            journey, "cv-1", EmotionPoint(stage_id=stages[pick % len(stages)], value=(pick % 5) - 2)
        ),
        lambda: ops.add_persona(Persona(id=fresh, name="新人物")),
        lambda: ops.update_map(title=f"T{pick}"),
    ]
    return makers[choice % len(makers)]()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 1000)), min_size=1, max_size=25))
def test_any_sequence_of_edits_undone_restores_the_document(steps: list[tuple[int, int]]) -> None:
    journey = generated_map(4, cards_per_cell=2)
    journey.emotion_curves.append(EmotionCurve(id="cv-2", persona_id="p-1", variant="to_be"))
    original = journey.model_dump()
    undo: list[ops.Operation] = []
    for choice, pick in steps:
        if not journey.stages or len(journey.lanes) < 2 or not journey.cards:
            break
        try:
            operation = _edits(journey, choice, pick)
            undo.append(operation.apply(journey))
        except (EditError, KeyError, IndexError, ZeroDivisionError):
            continue
        assert find_problems(journey) == []
    for inverse in reversed(undo):
        inverse.apply(journey)
    assert journey.model_dump() == original

"""Any sequence of edits through the editor, undone with the undo stack, gives the original
document back exactly (the model-level twin is tests/test_operations.py)."""

from __future__ import annotations

import random

import pytest

from journey_designer.model import Card, EmotionPoint, LaneKind, Stage
from journey_designer.model import operations as ops
from journey_designer.ui.main_window import MainWindow


def random_edit(window: MainWindow, rng: random.Random, step: int) -> ops.Operation | None:
    journey = window.document.journey
    stages = [s.id for s in journey.stages]
    lanes = [lane.id for lane in journey.lanes if lane.kind is not LaneKind.EMOTION_CURVE]
    cards = [c.id for c in journey.cards]
    if not stages or not lanes or not cards:
        return None
    fresh = f"x-{step}-{rng.randrange(10**6)}"
    choices = [
        lambda: ops.add_card(
            journey,
            Card(id=fresh, lane_id=rng.choice(lanes), stage_id=rng.choice(stages), title="新卡片"),
        ),
        lambda: ops.remove_cards(journey, rng.sample(cards, min(3, len(cards)))),
        lambda: ops.move_cards(
            journey, rng.sample(cards, min(2, len(cards))), rng.choice(lanes), rng.choice(stages), 0
        ),
        lambda: ops.update_card(rng.choice(cards), text="修改后的文字 " * rng.randint(1, 9)),
        lambda: ops.add_stage(Stage(id=fresh, name="新阶段"), rng.randrange(len(stages) + 1)),
        lambda: ops.remove_stage(journey, rng.choice(stages)),
        lambda: ops.move_stage(rng.choice(stages), rng.randrange(len(stages))),
        lambda: ops.update_stage(rng.choice(stages), width=rng.choice((120, 240, 400))),
        lambda: ops.remove_lane(journey, rng.choice(lanes)),
        lambda: ops.update_lane(rng.choice(lanes), visible=rng.random() < 0.5),
        lambda: ops.set_emotion_point(
            journey,
            journey.emotion_curves[0].id,
            EmotionPoint(stage_id=rng.choice(stages), value=rng.randint(-2, 2)),
        ),
    ]
    return rng.choice(choices)()


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_undone_restore_the_document(window: MainWindow, seed: int) -> None:
    rng = random.Random(seed)
    original = window.document.journey.model_dump()
    for step in range(30):
        operation = random_edit(window, rng, step)
        if operation is not None:
            window.editor.apply(operation, f"edit {step}")
    assert window.editor.undo_stack.count() > 0
    while window.editor.undo_stack.canUndo():
        window.editor.undo_stack.undo()
    assert window.document.journey.model_dump() == original
    assert not window.document.modified
    # The canvas shows the original map again: one card item per shown card, none left over.
    journey = window.document.journey
    shown_lanes = {lane.id for lane in journey.lanes if lane.visible}
    shown = {card.id for card in journey.cards if card.lane_id in shown_lanes}
    assert {item.card_id for item in window.scene.card_items()} == shown

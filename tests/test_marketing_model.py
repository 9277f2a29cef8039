"""Marketing fields of the model: automation rules, A/B tests, funnel, channel costs (no Qt).

Old files load unchanged (every new field has a default); the new references are checked
by integrity and by the edit operations; deleting what they point at cascades in the
same undoable edit.
"""

from __future__ import annotations

import json

import pytest
from edit_checks import apply_and_undo
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from map_factory import generated_map
from pydantic import ValidationError

from journey_designer.model import (
    ABTest,
    ABVariant,
    AutomationRule,
    Card,
    ChannelCost,
    EditError,
    FunnelStep,
    JourneyMap,
    Lane,
    LaneKind,
    MetricKind,
    RuleAction,
    RuleTrigger,
    find_problems,
)
from journey_designer.model import operations as ops
from journey_designer.model.clipboard_ops import (
    clip_cards,
    clip_from_json,
    clip_to_json,
    paste_cards,
)
from journey_designer.storage import dump_map, parse_map


def _with_rule(journey: JourneyMap, creates: str | None = "c-touchpoints-1-0") -> JourneyMap:
    journey.lanes.append(Lane(id="ln-auto", kind=LaneKind.AUTOMATION, title="Automation"))
    rule = AutomationRule(
        trigger=RuleTrigger.CART_ABANDONED,
        wait_hours=1,
        segment="cart > 0",
        action=RuleAction.SEND_EMAIL,
        content="=cart reminder",
        goal_metric=MetricKind.CONVERSION,
        goal="5%",
        creates_card_id=creates,
        personal_data=["email", "cart"],
        legal_basis="consent",
    )
    journey.cards.append(
        Card(id="rule-1", lane_id="ln-auto", stage_id="st-1", title="Cart reminder", rule=rule)
    )
    return journey


def test_a_file_without_the_new_fields_loads_with_their_defaults() -> None:
    journey = generated_map(2)
    document = json.loads(dump_map(journey))
    for card in document["cards"]:
        for name in ("department", "link", "rule", "ab_test"):
            del card[name]
    del document["funnel"], document["channel_costs"]
    loaded, problems = parse_map(json.dumps(document).encode())
    assert problems == [] and loaded is not None
    assert loaded.funnel == [] and loaded.channel_costs == []
    assert all(c.rule is None and c.ab_test is None and c.link == "" for c in loaded.cards)


def test_a_map_with_rules_tests_and_funnel_round_trips() -> None:
    journey = _with_rule(generated_map(2))
    journey.card("c-touchpoints-0-0").ab_test = ABTest(
        name="Subject line",
        variants=[ABVariant(name="A", sample_size=10, conversions=1), ABVariant(name="B")],
    )
    journey.funnel = [FunnelStep(stage_id="st-0", label="Visitors", count=1000)]
    journey.channel_costs = [ChannelCost(channel="email", cost=10, revenue=30, acquisitions=2)]
    loaded, problems = parse_map(dump_map(journey))
    assert problems == [] and loaded is not None
    assert loaded.model_dump() == journey.model_dump()


def test_values_are_validated() -> None:
    with pytest.raises(ValidationError, match="conversions"):
        ABVariant(name="A", sample_size=10, conversions=11)
    with pytest.raises(ValidationError):
        ABTest(confidence=0.5)
    with pytest.raises(ValidationError):
        ABTest(confidence=1.0)
    assert ABTest(confidence=0.999).confidence == 0.999
    with pytest.raises(ValidationError, match="days"):
        AutomationRule(trigger=RuleTrigger.NO_PURCHASE_DAYS, trigger_value=-3)
    with pytest.raises(ValidationError):
        AutomationRule(legal_basis="because")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        ChannelCost(channel="ads", cost=-1)
    assert RuleTrigger.LEAD_SCORE_AT_LEAST.takes_value and not RuleTrigger.SIGNED_UP.takes_value


def test_integrity_reports_broken_rule_links_and_funnel_stages() -> None:
    journey = _with_rule(generated_map(2), creates="nowhere")
    journey.funnel = [FunnelStep(stage_id="st-9", label="Orders")]
    paths = [str(problem) for problem in find_problems(journey)]
    assert any("rule.creates_card_id: no card with id 'nowhere'" in p for p in paths)
    assert any(p.startswith("funnel[0].stage_id") for p in paths)
    self_link = _with_rule(generated_map(2), creates="rule-1")
    assert "own card" in str(find_problems(self_link)[0])


def test_updating_a_rule_checks_its_link() -> None:
    journey = _with_rule(generated_map(2))
    bad = AutomationRule(creates_card_id="nowhere")
    with pytest.raises(EditError, match="no card 'nowhere'"):
        ops.update_card("rule-1", rule=bad).apply(journey)
    apply_and_undo(journey, ops.update_card("rule-1", rule={"creates_card_id": "c-actions-0-0"}))


@pytest.mark.parametrize(
    "removal",
    [
        lambda j: ops.remove_cards(j, ["c-touchpoints-1-0"]),
        lambda j: ops.remove_lane(j, "ln-touchpoints"),
        lambda j: ops.remove_stage(j, "st-1"),
    ],
)
def test_removing_the_created_card_clears_the_link_in_the_same_edit(removal: object) -> None:
    journey = _with_rule(generated_map(3))
    journey.cards[-1] = journey.cards[-1].model_copy(update={"stage_id": "st-0"})
    operation = removal(journey)  # type: ignore[operator]
    apply_and_undo(journey, operation)  # sound after, undo exact, redo again
    rule = journey.card("rule-1").rule
    assert rule is not None and rule.creates_card_id is None
    assert rule.legal_basis == "consent"  # the rest of the rule is kept


def test_removing_a_stage_drops_its_funnel_steps_and_undo_restores_them() -> None:
    journey = generated_map(3)
    steps = [
        FunnelStep(stage_id="st-0", label="Visitors", count=1000),
        FunnelStep(stage_id="st-1", label="Sign-ups", count=100),
        FunnelStep(stage_id="st-2", label="Orders", count=10, amount=999.5, currency="¥"),
    ]
    ops.update_map(funnel=steps).apply(journey)
    apply_and_undo(journey, ops.remove_stage(journey, "st-1"))
    assert [step.label for step in journey.funnel] == ["Visitors", "Orders"]


def test_update_map_sets_funnel_and_costs_validated() -> None:
    journey = generated_map(2)
    apply_and_undo(
        journey,
        ops.update_map(
            funnel=[{"stage_id": "st-0", "label": "Visitors", "count": 50}],
            channel_costs=[ChannelCost(channel="ads", campaign="Spring", cost=100, revenue=250)],
        ),
    )
    assert journey.funnel[0].count == 50 and journey.channel_costs[0].campaign == "Spring"
    with pytest.raises(EditError, match="no stage 'st-9'"):
        ops.update_map(funnel=[{"stage_id": "st-9", "label": "X"}]).apply(journey)
    with pytest.raises(EditError, match="cost"):
        ops.update_map(channel_costs=[{"channel": "ads", "cost": -5}]).apply(journey)
    assert journey.funnel[0].count == 50  # unchanged by the refused edits


def test_pasting_a_rule_keeps_its_link_only_if_the_card_is_there() -> None:
    source = _with_rule(generated_map(2))
    clips = clip_from_json(clip_to_json(clip_cards(source, ["rule-1"])))
    same_map, new_ids = paste_cards(source, clips)
    same_map.apply(source)
    rule = source.card(new_ids[0]).rule
    assert rule is not None and rule.creates_card_id == "c-touchpoints-1-0"
    other = generated_map(1)
    other.lanes.append(Lane(id="ln-auto", kind=LaneKind.AUTOMATION, title="Automation"))
    operation, new_ids = paste_cards(other, clips)
    apply_and_undo(other, operation)
    rule = other.card(new_ids[0]).rule
    assert rule is not None and rule.creates_card_id is None and rule.content == "=cart reminder"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 1000)), min_size=1, max_size=8))
def test_removals_keep_rule_links_and_funnel_sound_and_undo_exactly(
    steps: list[tuple[int, int]],
) -> None:
    journey = generated_map(4)
    journey.lanes.append(Lane(id="ln-auto", kind=LaneKind.AUTOMATION, title="Automation"))
    targets = [c.id for c in journey.cards if c.lane_id == "ln-touchpoints"]
    for i, stage in enumerate(journey.stages):  # each rule creates a touchpoint elsewhere
        rule = AutomationRule(creates_card_id=targets[(i + 1) % len(targets)])
        journey.cards.append(Card(id=f"r-{i}", lane_id="ln-auto", stage_id=stage.id, rule=rule))
    journey.funnel = [FunnelStep(stage_id=s.id, label=s.id, count=100 - i)
                      for i, s in enumerate(journey.stages)]  # fmt: skip
    original = journey.model_dump()
    undo: list[ops.Operation] = []
    for choice, pick in steps:
        cards, stages = [c.id for c in journey.cards], [s.id for s in journey.stages]
        lanes = [lane.id for lane in journey.lanes if lane.kind is not LaneKind.EMOTION_CURVE]
        if not cards or not stages or not lanes:
            break
        if choice == 0:
            operation = ops.remove_cards(journey, cards[pick % len(cards) :: 3])
        elif choice == 1:
            operation = ops.remove_stage(journey, stages[pick % len(stages)])
        else:
            operation = ops.remove_lane(journey, lanes[pick % len(lanes)])
        undo.append(operation.apply(journey))
        assert find_problems(journey) == []
    for inverse in reversed(undo):
        inverse.apply(journey)
    assert journey.model_dump() == original

"""The panels' edits (no Qt): tags, multi-card updates, metrics, personas with a curve."""

from __future__ import annotations

import pytest
from edit_checks import apply_and_undo
from map_factory import generated_map

from journey_designer.model import (
    ChannelMode,
    EditError,
    EmotionScale,
    Metric,
    MetricKind,
    Persona,
    Priority,
    Provenance,
    panel_ops,
)
from journey_designer.model import operations as ops


def test_tags_split_on_latin_and_chinese_separators() -> None:
    assert panel_ops.split_tags(" vip, 售后；mobile、vip ,, ") == ["vip", "售后", "mobile"]
    assert panel_ops.join_tags(["a", "售后"]) == "a, 售后"
    assert panel_ops.split_lines("Ann\n\n  李雷 \n") == ["Ann", "李雷"]


def test_language_tags() -> None:
    for good in ("zh", "en", "zh-CN", "zh-Hans-CN", "de-CH"):
        assert panel_ops.is_language_tag(good)
    for bad in ("", "z", "中文", "en_US", "english-"):
        assert not panel_ops.is_language_tag(bad)


def test_update_cards_skips_cards_that_already_have_the_value() -> None:
    journey = generated_map(3)
    ids = [c.id for c in journey.cards[:3]]
    ops.update_card(ids[0], priority=Priority.HIGH).apply(journey)
    operations = panel_ops.update_cards(journey, ids, priority=Priority.HIGH)
    assert len(operations) == 2
    apply_and_undo(journey, ops.Composite(tuple(operations)))
    assert all(journey.card(i).priority is Priority.HIGH for i in ids)
    with pytest.raises(EditError):
        panel_ops.update_cards(journey, ids, nonsense=1)


def test_add_tags_keeps_each_cards_own_tags() -> None:
    journey = generated_map(2)
    first, second = journey.cards[:2]
    ops.update_card(first.id, tags=["old", "vip"]).apply(journey)
    operation = ops.Composite(
        tuple(panel_ops.add_tags(journey, [first.id, second.id], ["vip", "新"]))
    )
    apply_and_undo(journey, operation)
    assert journey.card(first.id).tags == ["old", "vip", "新"]
    assert journey.card(second.id).tags == [*second.tags, "vip", "新"]


def test_channel_from_a_name() -> None:
    assert panel_ops.channel_named("  ", None) is None
    store = panel_ops.channel_named("store", None)
    assert store is not None and store.mode is ChannelMode.OFFLINE
    kiosk = panel_ops.channel_named("自助终端", ChannelMode.OFFLINE)
    assert kiosk is not None and kiosk.name == "自助终端" and kiosk.mode is ChannelMode.OFFLINE


def test_manual_metrics_are_added_edited_and_removed() -> None:
    journey = generated_map(2)
    card = journey.cards[0]
    nps = Metric(kind=MetricKind.NPS, value=32, n=120)
    apply_and_undo(journey, panel_ops.add_metric(card, nps))
    card = journey.card(card.id)
    index = len(card.metrics) - 1
    assert card.metrics[index] == nps
    better = nps.model_copy(update={"value": 40.0})
    apply_and_undo(journey, panel_ops.replace_metric(card, index, better))
    card = journey.card(card.id)
    assert card.metrics[index].value == 40
    apply_and_undo(journey, panel_ops.remove_metric(card, index))
    assert better not in journey.card(card.id).metrics


def test_survey_metrics_are_not_edited_by_hand() -> None:
    journey = generated_map(2)
    card = journey.cards[0]
    measured = Metric(
        kind=MetricKind.CSAT, value=81, provenance=Provenance(kind="survey", source_id="src-1")
    )
    panel_ops.add_metric(card, measured).apply(journey)
    card = journey.card(card.id)
    index = len(card.metrics) - 1
    with pytest.raises(EditError, match="survey"):
        panel_ops.remove_metric(card, index)
    with pytest.raises(EditError):
        panel_ops.replace_metric(card, index + 1, measured)


def test_a_new_persona_comes_with_an_empty_as_is_curve() -> None:
    journey = generated_map(2)
    persona = panel_ops.new_persona(journey, "新角色")
    assert persona.colour not in {p.colour for p in journey.personas}
    apply_and_undo(journey, panel_ops.add_persona_with_curve(journey, persona))
    curves = [c for c in journey.emotion_curves if c.persona_id == persona.id]
    assert len(curves) == 1 and curves[0].variant == "as_is" and curves[0].points == []


def test_persona_colours_cycle_when_all_are_used() -> None:
    journey = generated_map(1)
    journey.personas = [
        Persona(id=f"p-{i}", name=str(i), colour=colour)
        for i, colour in enumerate(panel_ops.PERSONA_COLOURS)
    ]
    assert panel_ops.next_persona_colour(journey) in panel_ops.PERSONA_COLOURS


def test_points_outside_a_scale() -> None:
    journey = generated_map(3)
    values = [p.value for c in journey.emotion_curves for p in c.points]
    expected = sum(1 for v in values if not 1 <= v <= 5)
    assert panel_ops.points_outside(journey, EmotionScale(min=1, max=5)) == expected
    assert panel_ops.points_outside(journey, journey.emotion_scale) == 0

"""The document model: types, defaults and referential integrity (no Qt)."""

from __future__ import annotations

import pytest
from map_factory import generated_map
from pydantic import ValidationError

from journey_designer.model import (
    Card,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    MetricKind,
    Provenance,
    Stage,
    find_problems,
)


def test_generated_map_is_sound() -> None:
    assert find_problems(generated_map(5, 2)) == []


def test_card_on_missing_stage_and_lane_is_reported_with_its_place() -> None:
    journey = generated_map(2)
    journey.cards[3] = journey.cards[3].model_copy(
        update={"stage_id": "st-missing", "lane_id": "ln-x"}
    )
    messages = [str(p) for p in find_problems(journey)]
    assert "cards[3].stage_id: no stage with id 'st-missing'" in messages
    assert "cards[3].lane_id: no lane with id 'ln-x'" in messages


def test_duplicate_ids_across_kinds_are_reported() -> None:
    journey = generated_map(2)
    journey.cards.append(journey.cards[0].model_copy(update={"order": 5}))
    journey.lanes.append(Lane(id="st-0", kind=LaneKind.NOTES, title="clash"))
    problems = [str(p) for p in find_problems(journey)]
    assert any(p.startswith("lanes[9].id: duplicate id 'st-0'") for p in problems)
    assert any("duplicate id 'c-actions-0-0'" in p for p in problems)


def test_emotion_value_outside_the_scale_is_reported() -> None:
    journey = generated_map(2)
    journey.emotion_curves[0].points[1] = EmotionPoint(stage_id="st-1", value=4)
    assert [str(p) for p in find_problems(journey)] == [
        "emotion_curves[0].points[1].value: 4 is outside the map's emotion scale -2..2"
    ]


def test_cards_cannot_live_in_the_emotion_curve_lane() -> None:
    journey = generated_map(1)
    journey.cards.append(Card(id="c-x", lane_id="ln-emotion", stage_id="st-0"))
    assert "emotion-curve lane" in str(find_problems(journey)[0])


def test_survey_provenance_must_name_an_existing_source() -> None:
    journey = generated_map(1)
    metric = Metric(
        kind=MetricKind.CSAT, value=80, provenance=Provenance(kind="survey", source_id="src-1")
    )
    journey.cards[0].metrics.append(metric)
    assert "no survey source 'src-1'" in str(find_problems(journey)[0])
    with pytest.raises(ValidationError):
        Provenance(kind="survey")


@pytest.mark.parametrize(("low", "high"), [(-2, 2), (1, 5), (1, 7), (1, 10)])
def test_allowed_emotion_scales(low: int, high: int) -> None:
    assert EmotionScale(min=low, max=high).contains(high)


def test_other_emotion_scales_are_refused() -> None:
    with pytest.raises(ValidationError, match="not one of"):
        EmotionScale(min=0, max=3)


def test_unknown_fields_and_bad_colours_are_refused() -> None:
    with pytest.raises(ValidationError):
        Stage(id="s", name="x", colour="red")
    with pytest.raises(ValidationError):
        Stage.model_validate({"id": "s", "name": "x", "colur": "#ffffff"})
    with pytest.raises(ValidationError):
        Stage(id="has space", name="x")


def test_cell_cards_are_in_display_order() -> None:
    journey = JourneyMap(id="m", title="t")
    journey.stages.append(Stage(id="s", name="S"))
    journey.lanes.append(Lane(id="l", kind=LaneKind.ACTIONS, title="L"))
    journey.cards += [Card(id=f"c{o}", lane_id="l", stage_id="s", order=o) for o in (2, 0, 1)]
    assert [c.id for c in journey.cell_cards("l", "s")] == ["c0", "c1", "c2"]

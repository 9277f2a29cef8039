"""Stage, lane and curve helpers for the canvas gestures: each edit undoes exactly (no Qt)."""

from __future__ import annotations

import pytest
from edit_checks import apply_and_undo
from map_factory import generated_map

from journey_designer.layout import EmotionPlot, Rect
from journey_designer.model import (
    CurveVariant,
    EditError,
    EmotionPoint,
    EmotionScale,
    LaneKind,
    Provenance,
)
from journey_designer.model import operations as ops
from journey_designer.model import structure_ops as structure


@pytest.mark.parametrize(
    ("dragged", "expected"),
    [(243.0, 240.0), (246.0, 250.0), (12.0, 80.0), (5000.0, 2000.0), (80.0, 80.0)],
)
def test_a_dragged_width_snaps_to_ten_points_within_the_stage_limits(
    dragged: float, expected: float
) -> None:
    assert structure.snap_width(dragged) == expected


def test_move_before_puts_a_stage_before_another_or_last() -> None:
    journey = generated_map(4)
    operation = structure.move_before(journey, "stages", "st-3", "st-1")
    assert operation is not None
    apply_and_undo(journey, operation)
    assert [s.id for s in journey.stages] == ["st-0", "st-3", "st-1", "st-2"]
    last = structure.move_before(journey, "stages", "st-0", None)
    assert last is not None
    last.apply(journey)
    assert [s.id for s in journey.stages] == ["st-3", "st-1", "st-2", "st-0"]


def test_move_before_is_none_when_nothing_moves() -> None:
    journey = generated_map(3)
    assert structure.move_before(journey, "stages", "st-1", "st-2") is None  # already there
    assert structure.move_before(journey, "stages", "st-1", "st-1") is None
    assert structure.move_before(journey, "stages", "st-2", None) is None
    assert structure.move_before(journey, "lanes", "nowhere", None) is None


def test_move_before_keeps_hidden_lanes_in_their_place() -> None:
    journey = generated_map(1)
    ids = [lane.id for lane in journey.lanes]
    operation = structure.move_before(journey, "lanes", ids[0], ids[3])
    assert operation is not None
    operation.apply(journey)
    assert [lane.id for lane in journey.lanes][:4] == [ids[1], ids[2], ids[0], ids[3]]


def test_new_stage_and_lane_get_fresh_ids_and_a_neighbour_free_colour() -> None:
    journey = generated_map(2)
    journey.stages[0].colour = structure.STAGE_COLOURS[0]
    stage = structure.new_stage(journey, "新阶段", neighbours=["st-0"])
    assert stage.id not in journey.all_ids() and stage.colour != structure.STAGE_COLOURS[0]
    apply_and_undo(journey, ops.add_stage(stage, 1))
    lane = structure.new_lane(journey, LaneKind.NOTES, "Notes 备注")
    assert lane.id not in journey.all_ids()
    apply_and_undo(journey, ops.add_lane(lane))


def test_a_lane_kind_changes_and_changes_back() -> None:
    journey = generated_map(2)
    apply_and_undo(journey, structure.SetLaneKind("ln-notes", LaneKind.OPPORTUNITIES))
    assert journey.lane("ln-notes").kind is LaneKind.OPPORTUNITIES
    assert structure.SetLaneKind("ln-notes", LaneKind.NOTES).apply(journey) == (
        structure.SetLaneKind("ln-notes", LaneKind.OPPORTUNITIES)
    )


def test_a_lane_with_cards_cannot_become_the_emotion_lane() -> None:
    journey = generated_map(2)
    before = journey.model_dump()
    with pytest.raises(EditError, match="has cards"):
        structure.SetLaneKind("ln-notes", LaneKind.EMOTION_CURVE).apply(journey)
    with pytest.raises(EditError, match="no lane"):
        structure.SetLaneKind("nowhere", LaneKind.NOTES).apply(journey)
    assert journey.model_dump() == before
    journey.cards = [c for c in journey.cards if c.lane_id != "ln-notes"]
    apply_and_undo(journey, structure.SetLaneKind("ln-notes", LaneKind.EMOTION_CURVE))


@pytest.mark.parametrize(
    ("raw", "scale", "expected"),
    [
        (1.6, (-2, 2), 2),
        (-0.4, (-2, 2), 0),
        (3.7, (-2, 2), 2),
        (0.2, (1, 5), 1),
        (9.6, (1, 10), 10),
    ],
)
def test_dragged_values_snap_to_whole_steps_of_the_scale(
    raw: float, scale: tuple[int, int], expected: int
) -> None:
    assert structure.snap_emotion_value(raw, EmotionScale(min=scale[0], max=scale[1])) == expected


def test_the_plot_maps_values_to_heights_and_back() -> None:
    plot = EmotionPlot("ln", Rect(150.0, 100.0, 600.0, 120.0), -2, 2, (), (), ())
    assert plot.y_of(2) == 100.0 and plot.y_of(-2) == 220.0 and plot.y_of(0) == 160.0
    assert plot.value_at(130.0) == pytest.approx(1.0)


def test_a_point_value_and_label_change_and_undo() -> None:
    journey = generated_map(3)
    apply_and_undo(journey, structure.set_point_value(journey, "cv-1", "st-1", None, 2))
    assert structure.point_of(journey, "cv-1", "st-1") == EmotionPoint(stage_id="st-1", value=2)
    apply_and_undo(journey, structure.set_point_label(journey, "cv-1", "st-1", None, "开心"))
    point = structure.point_of(journey, "cv-1", "st-1")
    assert point is not None and point.label == "开心"
    with pytest.raises(EditError, match="no point"):
        structure.set_point_label(journey, "cv-1", "st-9", None, "x")


def test_a_measured_point_cannot_be_moved_by_hand() -> None:
    journey = generated_map(2)
    journey.survey_sources = []
    measured = EmotionPoint(
        stage_id="st-0", value=1, n=120, provenance=Provenance(kind="survey", source_id="src-1")
    )
    journey.emotion_curves[0].points[0] = measured
    with pytest.raises(EditError, match="survey"):
        structure.set_point_value(journey, "cv-1", "st-0", None, -1)
    structure.set_point_label(journey, "cv-1", "st-0", None, "测得").apply(journey)


def test_add_point_adds_to_a_curve_or_creates_the_curve() -> None:
    journey = generated_map(3)
    journey.emotion_curves[0].points.pop(1)
    curve = journey.curve("cv-1")
    apply_and_undo(
        journey, structure.add_point(journey, curve, EmotionPoint(stage_id="st-1", value=-1))
    )
    with pytest.raises(EditError, match="already"):
        structure.add_point(journey, curve, EmotionPoint(stage_id="st-1", value=0))
    assert structure.curve_of(journey, "p-1", CurveVariant.TO_BE) is None
    to_be = structure.new_curve(journey, "p-1", CurveVariant.TO_BE)
    apply_and_undo(
        journey, structure.add_point(journey, to_be, EmotionPoint(stage_id="st-2", value=2))
    )
    created = structure.curve_of(journey, "p-1", CurveVariant.TO_BE)
    assert created is not None and created.id == to_be.id
    assert [p.value for p in created.points] == [2]

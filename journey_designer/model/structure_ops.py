"""What the stage, lane and curve gestures need beyond `operations` (no Qt).

Fresh stages, lanes and curves with unique ids; a dragged stage's width snapped to the
grid; the move that puts a dragged stage or lane before another; a guarded change of a
lane's kind; emotion values snapped to the map's scale; a point's label and value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from journey_designer.messages import QT_TRANSLATE_NOOP
from journey_designer.model.entities import (
    CurveVariant,
    EmotionCurve,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    Stage,
)
from journey_designer.model.ids import new_id
from journey_designer.model.operations import (
    EditError,
    MoveItem,
    Operation,
    add_curve,
    set_emotion_point,
)

MIN_STAGE_WIDTH = 80.0  # as Stage.width allows
MAX_STAGE_WIDTH = 2000.0
WIDTH_STEP = 10.0
# Soft stage colours; a new stage takes the first one its neighbours do not use.
STAGE_COLOURS = ("#E3F2FD", "#EDE7F6", "#FFF3E0", "#E8F5E9", "#FCE4EC", "#E0F7FA", "#F9FBE7")


def snap_width(width: float, step: float = WIDTH_STEP) -> float:
    """A dragged stage width on the `step` grid, within what a stage allows."""
    snapped = round(width / step) * step
    return min(MAX_STAGE_WIDTH, max(MIN_STAGE_WIDTH, snapped))


def move_before(
    journey: JourneyMap,
    collection: Literal["stages", "lanes"],
    moving_id: str,
    before_id: str | None,
) -> Operation | None:
    """The move that puts `moving_id` just before `before_id` (None: last); None if it is there.

    Hidden lanes keep their place among the others: the drop names a visible neighbour.
    """
    ids = [item.id for item in getattr(journey, collection)]
    if moving_id not in ids or before_id == moving_id:
        return None
    rest = [item_id for item_id in ids if item_id != moving_id]
    index = rest.index(before_id) if before_id is not None else len(rest)
    return None if index == ids.index(moving_id) else MoveItem(collection, moving_id, index)


def new_stage(journey: JourneyMap, name: str, neighbours: Sequence[str] = ()) -> Stage:
    """A stage with a fresh id, coloured unlike the stages it will sit between."""
    taken = {journey.stage(stage_id).colour for stage_id in neighbours}
    colour = next((c for c in STAGE_COLOURS if c not in taken), STAGE_COLOURS[0])
    return Stage(id=new_id("st", journey.all_ids()), name=name, colour=colour)


def new_lane(journey: JourneyMap, kind: LaneKind, title: str) -> Lane:
    return Lane(id=new_id("ln", journey.all_ids()), kind=kind, title=title)


@dataclass(frozen=True)
class SetLaneKind:
    """Change what a lane holds; a lane with cards cannot become the emotion-curve lane."""

    lane_id: str
    kind: LaneKind

    def apply(self, journey: JourneyMap) -> Operation:
        index = next((i for i, lane in enumerate(journey.lanes) if lane.id == self.lane_id), None)
        if index is None:
            raise EditError(f"no lane {self.lane_id!r}")
        lane = journey.lanes[index]
        if self.kind is LaneKind.EMOTION_CURVE and any(
            card.lane_id == self.lane_id for card in journey.cards
        ):
            raise EditError(
                f"the lane “{lane.title}” has cards; an emotion-curve lane holds a curve, not cards"
            )
        journey.lanes[index] = lane.model_copy(update={"kind": self.kind})
        return SetLaneKind(self.lane_id, lane.kind)


# --- emotion curves ---------------------------------------------------------------------


def snap_emotion_value(value: float, scale: EmotionScale) -> int:
    """A dragged value as a whole step of the map's scale."""
    return int(min(scale.max, max(scale.min, round(value))))


def curve_of(journey: JourneyMap, persona_id: str, variant: CurveVariant) -> EmotionCurve | None:
    return next(
        (
            curve
            for curve in journey.emotion_curves
            if curve.persona_id == persona_id and curve.variant is variant
        ),
        None,
    )


def new_curve(
    journey: JourneyMap,
    persona_id: str,
    variant: CurveVariant,
    points: Sequence[EmotionPoint] = (),
) -> EmotionCurve:
    return EmotionCurve(
        id=new_id("cv", journey.all_ids()),
        persona_id=persona_id,
        variant=variant,
        points=list(points),
    )


def point_of(
    journey: JourneyMap, curve_id: str, stage_id: str, card_id: str | None = None
) -> EmotionPoint | None:
    return point_of_curve(journey.curve(curve_id), stage_id, card_id)


def point_of_curve(
    curve: EmotionCurve, stage_id: str, card_id: str | None = None
) -> EmotionPoint | None:
    """The curve's point in a stage (or on a card in it), if it has one."""
    return next((p for p in curve.points if (p.stage_id, p.card_id) == (stage_id, card_id)), None)


def set_point_value(
    journey: JourneyMap, curve_id: str, stage_id: str, card_id: str | None, value: float
) -> Operation:
    """Move a drawn point to `value`; a point measured from survey data is refused."""
    point = _existing_point(journey, curve_id, stage_id, card_id)
    if point.provenance.kind == "survey":
        raise EditError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "this point was measured from survey data; change the data, not the curve",
            )
        )
    return set_emotion_point(journey, curve_id, point.model_copy(update={"value": value}))


def set_point_label(
    journey: JourneyMap, curve_id: str, stage_id: str, card_id: str | None, label: str
) -> Operation:
    point = _existing_point(journey, curve_id, stage_id, card_id)
    return set_emotion_point(journey, curve_id, point.model_copy(update={"label": label}))


def add_point(journey: JourneyMap, curve: EmotionCurve, point: EmotionPoint) -> Operation:
    """Add a point to `curve`, adding the curve itself first when the map lacks it."""
    if curve.id not in {c.id for c in journey.emotion_curves}:
        return add_curve(curve.model_copy(update={"points": [point]}))
    if point_of(journey, curve.id, point.stage_id, point.card_id) is not None:
        raise EditError(QT_TRANSLATE_NOOP("Messages", "the curve has a point there already"))
    return set_emotion_point(journey, curve.id, point)


def _existing_point(
    journey: JourneyMap, curve_id: str, stage_id: str, card_id: str | None
) -> EmotionPoint:
    point = point_of(journey, curve_id, stage_id, card_id)
    if point is None:
        raise EditError(f"the curve {curve_id!r} has no point in the stage {stage_id!r}")
    return point

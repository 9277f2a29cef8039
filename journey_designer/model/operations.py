"""Edit operations on a journey map, each returning its exact inverse.

An operation is a small value; `apply(journey)` changes the map in place and returns the
operation that undoes it. The canvas builds its undo stack on these, so undo/redo is
tested here without Qt. Four primitives over the map's id-keyed lists (insert, delete,
update, move), card placements, and a composite; the functions at the bottom build the
edits a user makes, with their cascades (removing a stage removes its cards and points).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from pydantic import BaseModel, TypeAdapter, ValidationError

from journey_designer.messages import QT_TRANSLATE_NOOP, UserError
from journey_designer.model.entities import (
    Card,
    ChannelCost,
    EmotionCurve,
    EmotionPoint,
    EmotionScale,
    FunnelStep,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
    SurveySource,
)

Collection = Literal["personas", "stages", "lanes", "cards", "emotion_curves", "survey_sources"]
Placement = tuple[str, str, int]  # lane_id, stage_id, order


class EditError(UserError, ValueError):
    """An edit that would break the map; the map is left unchanged. The edits a user can
    attempt carry a translatable message; the rest (unknown ids) are the code's mistakes."""


class Operation(Protocol):
    def apply(self, journey: JourneyMap) -> Operation: ...


def _items(journey: JourneyMap, collection: Collection) -> list[Any]:
    items: list[Any] = getattr(journey, collection)
    return items


def _index_of(items: Sequence[Any], item_id: str, collection: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise EditError(f"no item {item_id!r} in {collection}")


@dataclass(frozen=True)
class InsertItem:
    collection: Collection
    item: BaseModel
    index: int | None = None  # None appends

    def apply(self, journey: JourneyMap) -> Operation:
        items = _items(journey, self.collection)
        item_id = self.item.id  # type: ignore[attr-defined]
        if item_id in journey.all_ids():
            raise EditError(f"id {item_id!r} is already used")
        _check_references(journey, self.item)
        index = len(items) if self.index is None else max(0, min(self.index, len(items)))
        items.insert(index, self.item.model_copy(deep=True))
        return DeleteItem(self.collection, item_id)


@dataclass(frozen=True)
class DeleteItem:
    collection: Collection
    item_id: str

    def apply(self, journey: JourneyMap) -> Operation:
        items = _items(journey, self.collection)
        index = _index_of(items, self.item_id, self.collection)
        removed = items.pop(index)
        return InsertItem(self.collection, removed, index)


@dataclass(frozen=True)
class UpdateItem:
    """Set some fields of one item; the new values are validated as the item's type."""

    collection: Collection
    item_id: str
    changes: Mapping[str, Any]

    def apply(self, journey: JourneyMap) -> Operation:
        if "id" in self.changes:
            raise EditError("an id cannot be changed")
        items = _items(journey, self.collection)
        index = _index_of(items, self.item_id, self.collection)
        old = items[index]
        unknown = set(self.changes) - set(type(old).model_fields)
        if unknown:
            raise EditError(f"{type(old).__name__} has no field {sorted(unknown)[0]!r}")
        try:
            new = type(old).model_validate({**old.model_dump(), **self.changes})
        except ValidationError as error:
            raise EditError(_first_error(error)) from None
        _check_references(journey, new)
        items[index] = new
        previous = {name: copy.deepcopy(getattr(old, name)) for name in self.changes}
        return UpdateItem(self.collection, self.item_id, previous)


@dataclass(frozen=True)
class MoveItem:
    """Move one stage, lane or persona to a new position in its list."""

    collection: Collection
    item_id: str
    index: int

    def apply(self, journey: JourneyMap) -> Operation:
        items = _items(journey, self.collection)
        old_index = _index_of(items, self.item_id, self.collection)
        item = items.pop(old_index)
        items.insert(max(0, min(self.index, len(items))), item)
        return MoveItem(self.collection, self.item_id, old_index)


@dataclass(frozen=True)
class SetPlacements:
    """Put cards in cells and positions: the primitive under every card move."""

    placements: Mapping[str, Placement]

    def apply(self, journey: JourneyMap) -> Operation:
        stage_ids = {s.id for s in journey.stages}
        lanes = {lane.id: lane for lane in journey.lanes}
        by_id = {c.id: i for i, c in enumerate(journey.cards)}
        for card_id, (lane_id, stage_id, _order) in self.placements.items():
            if card_id not in by_id:
                raise EditError(f"no card {card_id!r}")
            _check_cell(lanes, stage_ids, lane_id, stage_id)
        previous: dict[str, Placement] = {}
        for card_id, (lane_id, stage_id, order) in self.placements.items():
            index = by_id[card_id]
            card = journey.cards[index]
            previous[card_id] = (card.lane_id, card.stage_id, card.order)
            journey.cards[index] = card.model_copy(
                update={"lane_id": lane_id, "stage_id": stage_id, "order": order}
            )
        return SetPlacements(previous)


@dataclass(frozen=True)
class DeleteCards:
    """Remove many cards in one pass (deleting 4,000 one by one is quadratic)."""

    card_ids: frozenset[str]

    def apply(self, journey: JourneyMap) -> Operation:
        removed = tuple((i, c) for i, c in enumerate(journey.cards) if c.id in self.card_ids)
        if len(removed) != len(self.card_ids):
            missing = self.card_ids - {card.id for _i, card in removed}
            raise EditError(f"no card {sorted(missing)[0]!r}")
        journey.cards[:] = [card for card in journey.cards if card.id not in self.card_ids]
        return InsertCards(removed)


@dataclass(frozen=True)
class InsertCards:
    """Cards back at their places in the map's list: (index, card), indices ascending."""

    cards: tuple[tuple[int, Card], ...]

    def apply(self, journey: JourneyMap) -> Operation:
        ids = [card.id for _index, card in self.cards]
        if len(set(ids)) != len(ids) or set(ids) & journey.all_ids():
            raise EditError("a card id is already used")
        lanes = {lane.id: lane for lane in journey.lanes}
        stage_ids = {s.id for s in journey.stages}
        for _index, card in self.cards:
            _check_cell(lanes, stage_ids, card.lane_id, card.stage_id)
        for index, card in self.cards:  # ascending: each lands where it was
            journey.cards.insert(index, card)
        return DeleteCards(frozenset(ids))


_FUNNEL = TypeAdapter(list[FunnelStep])
_CHANNEL_COSTS = TypeAdapter(list[ChannelCost])


@dataclass(frozen=True)
class UpdateMap:
    """Set map-level fields: title, description, language, authors, emotion scale, the
    marketing funnel and the channel costs (lists replaced whole)."""

    changes: Mapping[str, Any]

    EDITABLE = frozenset(
        {"title", "description", "language", "authors", "emotion_scale", "funnel", "channel_costs"}
    )

    def apply(self, journey: JourneyMap) -> Operation:
        unknown = set(self.changes) - self.EDITABLE
        if unknown:
            raise EditError(f"the map field {sorted(unknown)[0]!r} cannot be edited")
        values: dict[str, Any] = {}
        try:
            for name, value in self.changes.items():
                field_type = JourneyMap.model_fields[name].annotation
                if name == "emotion_scale":
                    values[name] = EmotionScale.model_validate(value)
                elif name == "funnel":
                    values[name] = _FUNNEL.validate_python(_plain(value))
                elif name == "channel_costs":
                    values[name] = _CHANNEL_COSTS.validate_python(_plain(value))
                elif field_type is str:
                    values[name] = str(value) if isinstance(value, str) else _reject(name)
                else:
                    values[name] = [str(v) for v in value]
        except ValidationError as error:
            raise EditError(_first_error(error)) from None
        if "emotion_scale" in values:
            _check_scale_fits(journey, values["emotion_scale"])
        if "funnel" in values:
            stage_ids = {s.id for s in journey.stages}
            for step in values["funnel"]:
                if step.stage_id not in stage_ids:
                    raise EditError(f"no stage {step.stage_id!r}")
        previous = {name: copy.deepcopy(getattr(journey, name)) for name in values}
        for name, value in values.items():
            setattr(journey, name, value)
        return UpdateMap(previous)


@dataclass(frozen=True)
class Composite:
    """Several operations as one edit (one undo step)."""

    operations: tuple[Operation, ...] = field(default_factory=tuple)

    def apply(self, journey: JourneyMap) -> Operation:
        inverses: list[Operation] = []
        try:
            for operation in self.operations:
                inverses.append(operation.apply(journey))
        except EditError:
            for inverse in reversed(inverses):  # leave the map as it was
                inverse.apply(journey)
            raise
        return Composite(tuple(reversed(inverses)))


def _plain(value: Any) -> Any:
    """Models as dicts, so a list is validated afresh and never shared with the caller."""
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value.model_dump() if isinstance(value, BaseModel) else value


def _reject(name: str) -> Any:
    raise EditError(f"{name} must be text")


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


def _check_cell(
    lanes: Mapping[str, Lane], stage_ids: set[str], lane_id: str, stage_id: str
) -> None:
    if stage_id not in stage_ids:
        raise EditError(f"no stage {stage_id!r}")
    if lane_id not in lanes:
        raise EditError(f"no lane {lane_id!r}")
    if lanes[lane_id].kind is LaneKind.EMOTION_CURVE:
        raise EditError(
            QT_TRANSLATE_NOOP("Messages", "the emotion-curve lane holds a curve, not cards")
        )


def _check_references(journey: JourneyMap, item: BaseModel) -> None:
    """Refuse an item that points at something the map does not have."""
    if isinstance(item, Card):
        _check_cell(
            {lane.id: lane for lane in journey.lanes},
            {s.id for s in journey.stages},
            item.lane_id,
            item.stage_id,
        )
        target = item.rule.creates_card_id if item.rule is not None else None
        if target is not None:
            if target == item.id:
                raise EditError("a rule cannot create its own card")
            if not any(c.id == target for c in journey.cards):
                raise EditError(f"no card {target!r}")
    elif isinstance(item, EmotionCurve):
        if item.persona_id not in {p.id for p in journey.personas}:
            raise EditError(f"no persona {item.persona_id!r}")
        for point in item.points:
            _check_point(journey, point)


def _check_point(journey: JourneyMap, point: EmotionPoint) -> None:
    if point.stage_id not in {s.id for s in journey.stages}:
        raise EditError(f"no stage {point.stage_id!r}")
    if point.card_id is not None and point.card_id not in {c.id for c in journey.cards}:
        raise EditError(f"no card {point.card_id!r}")
    scale = journey.emotion_scale
    if not scale.contains(point.value):
        raise EditError(
            QT_TRANSLATE_NOOP("Messages", "{value:g} is outside the emotion scale {low}..{high}"),
            value=point.value,
            low=scale.min,
            high=scale.max,
        )


def _check_scale_fits(journey: JourneyMap, scale: EmotionScale) -> None:
    for curve in journey.emotion_curves:
        for point in curve.points:
            if not scale.contains(point.value):
                raise EditError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "a point of {value:g} does not fit the scale {low}..{high}; "
                        "change the points first",
                    ),
                    value=point.value,
                    low=scale.min,
                    high=scale.max,
                )


# --- The edits a user makes -------------------------------------------------------------


def add_persona(persona: Persona, index: int | None = None) -> Operation:
    return InsertItem("personas", persona, index)


def remove_persona(journey: JourneyMap, persona_id: str) -> Operation:
    """Remove a persona with its emotion curves."""
    curves = [
        DeleteItem("emotion_curves", c.id)
        for c in journey.emotion_curves
        if c.persona_id == persona_id
    ]
    return Composite((*curves, DeleteItem("personas", persona_id)))


def update_persona(persona_id: str, **changes: Any) -> Operation:
    return UpdateItem("personas", persona_id, changes)


def add_stage(stage: Stage, index: int | None = None) -> Operation:
    return InsertItem("stages", stage, index)


def remove_stage(journey: JourneyMap, stage_id: str) -> Operation:
    """Remove a stage with its cards, the emotion points and the funnel steps in it."""
    doomed = {c.id for c in journey.cards if c.stage_id == stage_id}
    funnel = [step for step in journey.funnel if step.stage_id != stage_id]
    return Composite(
        (
            *_drop_points(journey, lambda p: p.stage_id == stage_id or p.card_id in doomed),
            *_unlink_rules(journey, doomed),
            DeleteCards(frozenset(doomed)),
            *([UpdateMap({"funnel": funnel})] if len(funnel) != len(journey.funnel) else []),
            DeleteItem("stages", stage_id),
        )
    )


def update_stage(stage_id: str, **changes: Any) -> Operation:
    return UpdateItem("stages", stage_id, changes)


def move_stage(stage_id: str, index: int) -> Operation:
    return MoveItem("stages", stage_id, index)


def add_lane(lane: Lane, index: int | None = None) -> Operation:
    return InsertItem("lanes", lane, index)


def remove_lane(journey: JourneyMap, lane_id: str) -> Operation:
    """Remove a lane with its cards (and emotion points pinned to those cards)."""
    doomed = {c.id for c in journey.cards if c.lane_id == lane_id}
    return Composite(
        (
            *_drop_points(journey, lambda p: p.card_id in doomed),
            *_unlink_rules(journey, doomed),
            DeleteCards(frozenset(doomed)),
            DeleteItem("lanes", lane_id),
        )
    )


def update_lane(lane_id: str, **changes: Any) -> Operation:
    return UpdateItem("lanes", lane_id, changes)


def move_lane(lane_id: str, index: int) -> Operation:
    return MoveItem("lanes", lane_id, index)


def add_card(journey: JourneyMap, card: Card, position: int | None = None) -> Operation:
    """Add a card to its cell at `position` (None: at the end), shifting the others down."""
    cell = journey.cell_cards(card.lane_id, card.stage_id)
    position = len(cell) if position is None else max(0, min(position, len(cell)))
    shifted = {c.id: (c.lane_id, c.stage_id, i + 1) for i, c in enumerate(cell) if i >= position}
    renumbered = {c.id: (c.lane_id, c.stage_id, i) for i, c in enumerate(cell) if i < position}
    new_card = card.model_copy(update={"order": position})
    return Composite((SetPlacements({**renumbered, **shifted}), InsertItem("cards", new_card)))


def remove_cards(journey: JourneyMap, card_ids: Iterable[str]) -> Operation:
    """Remove cards, with the emotion points pinned to them; rules that created one of them
    keep their rule but lose the link."""
    doomed = frozenset(card_ids)
    return Composite(
        (
            *_drop_points(journey, lambda p: p.card_id in doomed),
            *_unlink_rules(journey, doomed),
            DeleteCards(doomed),
        )
    )


def update_card(card_id: str, **changes: Any) -> Operation:
    return UpdateItem("cards", card_id, changes)


def move_cards(
    journey: JourneyMap,
    card_ids: Sequence[str],
    lane_id: str,
    stage_id: str,
    position: int | None = None,
) -> Operation:
    """Move cards (in the given order) into one cell at `position`; both cells are renumbered."""
    moving = [journey.card(card_id) for card_id in card_ids]
    moving_ids = {c.id for c in moving}
    target = [c for c in journey.cell_cards(lane_id, stage_id) if c.id not in moving_ids]
    position = len(target) if position is None else max(0, min(position, len(target)))
    target[position:position] = moving
    placements: dict[str, Placement] = {c.id: (lane_id, stage_id, i) for i, c in enumerate(target)}
    for lane, stage in {(c.lane_id, c.stage_id) for c in moving} - {(lane_id, stage_id)}:
        remaining = [c for c in journey.cell_cards(lane, stage) if c.id not in moving_ids]
        placements.update({c.id: (lane, stage, i) for i, c in enumerate(remaining)})
    changed = {
        card_id: where
        for card_id, where in placements.items()
        if (
            journey.card(card_id).lane_id,
            journey.card(card_id).stage_id,
            journey.card(card_id).order,
        )
        != where
    }
    return SetPlacements(changed)


def add_curve(curve: EmotionCurve, index: int | None = None) -> Operation:
    return InsertItem("emotion_curves", curve, index)


def remove_curve(curve_id: str) -> Operation:
    return DeleteItem("emotion_curves", curve_id)


def set_emotion_point(journey: JourneyMap, curve_id: str, point: EmotionPoint) -> Operation:
    """Set the curve's point for a stage (or a card in it), replacing one already there."""
    _check_point(journey, point)
    curve = journey.curve(curve_id)
    points = [p for p in curve.points if (p.stage_id, p.card_id) != (point.stage_id, point.card_id)]
    points.append(point)
    order = {s.id: i for i, s in enumerate(journey.stages)}
    points.sort(key=lambda p: (order.get(p.stage_id, len(order)), p.card_id or ""))
    return UpdateItem("emotion_curves", curve_id, {"points": points})


def remove_emotion_point(
    journey: JourneyMap, curve_id: str, stage_id: str, card_id: str | None = None
) -> Operation:
    curve = journey.curve(curve_id)
    points = [p for p in curve.points if (p.stage_id, p.card_id) != (stage_id, card_id)]
    return UpdateItem("emotion_curves", curve_id, {"points": points})


def add_survey_source(source: SurveySource) -> Operation:
    return InsertItem("survey_sources", source)


def update_map(**changes: Any) -> Operation:
    return UpdateMap(changes)


def _drop_points(journey: JourneyMap, doomed: Any) -> list[Operation]:
    """Update each curve that has points matching `doomed(point)` to the points without them."""
    operations: list[Operation] = []
    for curve in journey.emotion_curves:
        kept = [p for p in curve.points if not doomed(p)]
        if len(kept) != len(curve.points):
            operations.append(UpdateItem("emotion_curves", curve.id, {"points": kept}))
    return operations


def _unlink_rules(journey: JourneyMap, doomed: set[str] | frozenset[str]) -> list[Operation]:
    """Clear `rule.creates_card_id` on the surviving cards whose rule points at a doomed card."""
    operations: list[Operation] = []
    for card in journey.cards:
        rule = card.rule
        if rule is not None and rule.creates_card_id in doomed and card.id not in doomed:
            unlinked = rule.model_copy(update={"creates_card_id": None})
            operations.append(UpdateItem("cards", card.id, {"rule": unlinked}))
    return operations

"""Referential integrity of a journey map: what pydantic's field types cannot see.

Each problem names the place in the file (`cards[3].stage_id`) so that a user, or the
`validate` command, can find and fix it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from journey_designer.model.entities import JourneyMap, LaneKind


@dataclass(frozen=True)
class Problem:
    path: str  # where in the file, e.g. "cards[3].stage_id"; "" for the file as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def find_problems(journey: JourneyMap) -> list[Problem]:
    """All integrity problems of `journey`, in file order; empty when the map is sound."""
    problems: list[Problem] = []
    problems += _duplicate_ids(journey)
    stage_ids = {s.id for s in journey.stages}
    lane_ids = {lane.id for lane in journey.lanes}
    lane_kinds = {lane.id: lane.kind for lane in journey.lanes}
    card_ids = {c.id for c in journey.cards}
    source_ids = {s.id for s in journey.survey_sources}
    persona_ids = {p.id for p in journey.personas}

    # Paths are formatted only for problems: this loop runs over every card on each load.
    for i, card in enumerate(journey.cards):
        if card.stage_id not in stage_ids:
            problems.append(Problem(f"cards[{i}].stage_id", f"no stage with id {card.stage_id!r}"))
        if card.lane_id not in lane_ids:
            problems.append(Problem(f"cards[{i}].lane_id", f"no lane with id {card.lane_id!r}"))
        elif lane_kinds[card.lane_id] is LaneKind.EMOTION_CURVE:
            problems.append(
                Problem(f"cards[{i}].lane_id", "the emotion-curve lane holds a curve, not cards")
            )
        if card.source_id is not None and card.source_id not in source_ids:
            problems.append(
                Problem(f"cards[{i}].source_id", f"no survey source {card.source_id!r}")
            )
        if card.rule is not None and card.rule.creates_card_id is not None:
            problems += _rule_link_problems(i, card.id, card.rule.creates_card_id, card_ids)
        for j, metric in enumerate(card.metrics):
            source = metric.provenance.source_id
            if source is not None and source not in source_ids:
                problems.append(
                    Problem(
                        f"cards[{i}].metrics[{j}].provenance.source_id",
                        f"no survey source {source!r}",
                    )
                )

    scale = journey.emotion_scale
    for i, curve in enumerate(journey.emotion_curves):
        here = f"emotion_curves[{i}]"
        if curve.persona_id not in persona_ids:
            problems.append(
                Problem(f"{here}.persona_id", f"no persona with id {curve.persona_id!r}")
            )
        if curve.source_id is not None and curve.source_id not in source_ids:
            problems.append(Problem(f"{here}.source_id", f"no survey source {curve.source_id!r}"))
        seen: set[tuple[str, str | None]] = set()
        for j, point in enumerate(curve.points):
            at = f"{here}.points[{j}]"
            if point.stage_id not in stage_ids:
                problems.append(Problem(f"{at}.stage_id", f"no stage with id {point.stage_id!r}"))
            if point.card_id is not None and point.card_id not in card_ids:
                problems.append(Problem(f"{at}.card_id", f"no card with id {point.card_id!r}"))
            if not scale.contains(point.value):
                problems.append(
                    Problem(
                        f"{at}.value",
                        f"{point.value:g} is outside the map's emotion scale "
                        f"{scale.min}..{scale.max}",
                    )
                )
            key = (point.stage_id, point.card_id)
            if key in seen:
                problems.append(Problem(at, "a second point for the same stage and card"))
            seen.add(key)
            source = point.provenance.source_id
            if source is not None and source not in source_ids:
                problems.append(
                    Problem(f"{at}.provenance.source_id", f"no survey source {source!r}")
                )
    for i, step in enumerate(journey.funnel):
        if step.stage_id not in stage_ids:
            problems.append(Problem(f"funnel[{i}].stage_id", f"no stage with id {step.stage_id!r}"))
    return problems


def _rule_link_problems(index: int, card_id: str, target: str, card_ids: set[str]) -> list[Problem]:
    path = f"cards[{index}].rule.creates_card_id"
    if target == card_id:
        return [Problem(path, "a rule cannot create its own card")]
    if target not in card_ids:
        return [Problem(path, f"no card with id {target!r}")]
    return []


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def _duplicate_ids(journey: JourneyMap) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[str, tuple[str, int]] = {journey.id: ("id", -1)}
    groups: tuple[tuple[str, Sequence[_Identified]], ...] = (
        ("personas", journey.personas),
        ("stages", journey.stages),
        ("lanes", journey.lanes),
        ("cards", journey.cards),
        ("emotion_curves", journey.emotion_curves),
        ("survey_sources", journey.survey_sources),
    )
    for name, items in groups:
        for i, item in enumerate(items):
            if item.id not in first_seen:
                first_seen[item.id] = (name, i)
                continue
            where, index = first_seen[item.id]
            first = where if index < 0 else f"{where}[{index}].id"
            problems.append(
                Problem(f"{name}[{i}].id", f"duplicate id {item.id!r} (first used at {first})")
            )
    return problems

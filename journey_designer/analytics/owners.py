"""The responsibility table: who owns each touchpoint, pain point, opportunity and rule.

Every card of those kinds is listed, owned or not (an unowned touchpoint is a gap the
table should show); a card of another kind is listed only when someone owns it. Rows are
in reading order: stage by stage, lane by lane, card by card. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_designer.model.entities import Card, JourneyMap, LaneKind

# The kinds every card of which has a row; the word is the row's "what".
OWNED_KINDS: dict[LaneKind, str] = {
    LaneKind.TOUCHPOINTS: "touchpoint",
    LaneKind.PAIN_POINTS: "pain point",
    LaneKind.OPPORTUNITIES: "opportunity",
    LaneKind.AUTOMATION: "rule",
}


@dataclass(frozen=True)
class Responsibility:
    card_id: str
    what: str  # "touchpoint", "pain point", "opportunity", "rule", or the lane kind
    title: str
    stage: str
    lane: str
    owner: str
    department: str

    @property
    def assigned(self) -> bool:
        return bool(self.owner.strip() or self.department.strip())


def responsibilities(journey: JourneyMap) -> list[Responsibility]:
    stages = {stage.id: (i, stage.name) for i, stage in enumerate(journey.stages)}
    lanes = {lane.id: (i, lane) for i, lane in enumerate(journey.lanes)}
    missing = len(stages) + len(lanes)  # a damaged map's card goes last, not lost
    rows: list[tuple[tuple[int, int, int, int], Responsibility]] = []
    for position, card in enumerate(journey.cards):
        lane_index, lane = lanes.get(card.lane_id, (missing, None))
        what = _what(card, lane.kind if lane is not None else None)
        if what is None:
            continue
        stage_index, stage_name = stages.get(card.stage_id, (missing, card.stage_id))
        row = Responsibility(
            card_id=card.id,
            what=what,
            title=card.title or card.text.partition("\n")[0],
            stage=stage_name,
            lane=lane.title if lane is not None else card.lane_id,
            owner=card.owner,
            department=card.department,
        )
        rows.append(((stage_index, lane_index, card.order, position), row))
    rows.sort(key=lambda pair: pair[0])
    return [row for _, row in rows]


def _what(card: Card, kind: LaneKind | None) -> str | None:
    if card.rule is not None:
        return OWNED_KINDS[LaneKind.AUTOMATION]
    if kind in OWNED_KINDS:
        return OWNED_KINDS[kind]
    if card.owner.strip() or card.department.strip():
        return kind.value.replace("_", " ") if kind is not None else "card"
    return None

"""Edits the panels make (inspector, persona panel, map properties), built on `operations`.

No Qt here. Each builder returns operations whose `apply` returns the exact inverse, like
every operation; the panels push them through the editor as one undo step each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from journey_designer.messages import QT_TRANSLATE_NOOP
from journey_designer.model.entities import (
    KNOWN_CHANNELS,
    Card,
    Channel,
    ChannelMode,
    CurveVariant,
    EmotionCurve,
    EmotionScale,
    JourneyMap,
    Metric,
    Persona,
)
from journey_designer.model.ids import new_id
from journey_designer.model.operations import (
    Composite,
    EditError,
    Operation,
    UpdateItem,
    add_curve,
    add_persona,
)

# Latin and Chinese commas, semicolons and the enumeration comma all separate tags.
_TAG_SEPARATORS = re.compile(r"[,;，；、]")
# Distinct, readable on white, and different from the default persona colour's neighbours.
PERSONA_COLOURS = (
    "#4C78A8",
    "#F58518",
    "#54A24B",
    "#E45756",
    "#72B7B2",
    "#B279A2",
    "#9D755D",
    "#EECA3B",
)
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def split_tags(text: str) -> list[str]:
    """Tags typed as one line: "vip, 售后；mobile" -> ["vip", "售后", "mobile"], no repeats."""
    tags = (part.strip() for part in _TAG_SEPARATORS.split(text))
    return list(dict.fromkeys(tag for tag in tags if tag))


def join_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


def split_lines(text: str) -> list[str]:
    """One entry per non-empty line (persona goals, map authors)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def is_language_tag(text: str) -> bool:
    """A plausible BCP 47 tag: "zh", "en", "zh-CN", "zh-Hans-CN", "de-CH"."""
    return bool(_LANGUAGE_TAG.match(text))


def update_cards(journey: JourneyMap, card_ids: Iterable[str], **changes: Any) -> list[Operation]:
    """Set the same fields on several cards; cards that already have the values are skipped."""
    operations: list[Operation] = []
    for card_id in card_ids:
        card = journey.card(card_id)
        differing = {name: value for name, value in changes.items() if _differs(card, name, value)}
        if differing:
            operations.append(UpdateItem("cards", card_id, differing))
    return operations


def add_tags(journey: JourneyMap, card_ids: Iterable[str], tags: Sequence[str]) -> list[Operation]:
    """Add tags to several cards, keeping each card's own tags and their order."""
    operations: list[Operation] = []
    for card_id in card_ids:
        card = journey.card(card_id)
        merged = list(dict.fromkeys([*card.tags, *tags]))
        if merged != card.tags:
            operations.append(UpdateItem("cards", card_id, {"tags": merged}))
    return operations


def channel_named(name: str, mode: ChannelMode | None) -> Channel | None:
    """The channel a user typed or picked; a known name brings its own mode when none is given."""
    name = name.strip()
    if not name:
        return None
    if mode is None:
        mode = KNOWN_CHANNELS.get(name, ChannelMode.ONLINE)
    return Channel(mode=mode, name=name)


def add_metric(card: Card, metric: Metric) -> Operation:
    return UpdateItem("cards", card.id, {"metrics": [*card.metrics, metric]})


def replace_metric(card: Card, index: int, metric: Metric) -> Operation:
    _check_manual(card, index)
    metrics = list(card.metrics)
    metrics[index] = metric
    return UpdateItem("cards", card.id, {"metrics": metrics})


def remove_metric(card: Card, index: int) -> Operation:
    _check_manual(card, index)
    remaining = card.metrics[:index] + card.metrics[index + 1 :]
    return UpdateItem("cards", card.id, {"metrics": remaining})


def _check_manual(card: Card, index: int) -> None:
    if not 0 <= index < len(card.metrics):
        raise EditError(f"card {card.id!r} has no metric {index}")
    if card.metrics[index].provenance.kind != "manual":
        # Survey numbers are recomputed from their source; a hand edit would be overwritten.
        raise EditError(
            QT_TRANSLATE_NOOP(
                "Messages", "a metric from a survey changes only when its survey data is refreshed"
            )
        )


def next_persona_colour(journey: JourneyMap) -> str:
    """The first palette colour no persona uses yet (cycling when all are taken)."""
    used = {p.colour.upper() for p in journey.personas}
    for colour in PERSONA_COLOURS:
        if colour.upper() not in used:
            return colour
    return PERSONA_COLOURS[len(journey.personas) % len(PERSONA_COLOURS)]


def new_persona(journey: JourneyMap, name: str) -> Persona:
    return Persona(
        id=new_id("p", journey.all_ids()), name=name, colour=next_persona_colour(journey)
    )


def add_persona_with_curve(journey: JourneyMap, persona: Persona) -> Operation:
    """Add a persona with an empty as-is emotion curve, so it can be plotted at once."""
    curve = EmotionCurve(
        id=new_id("cv", journey.all_ids() | {persona.id}),
        persona_id=persona.id,
        variant=CurveVariant.AS_IS,
    )
    return Composite((add_persona(persona), add_curve(curve)))


def points_outside(journey: JourneyMap, scale: EmotionScale) -> int:
    """How many emotion points would not fit `scale` (the map refuses the scale if any)."""
    return sum(
        1
        for curve in journey.emotion_curves
        for point in curve.points
        if not scale.contains(point.value)
    )


def _differs(card: Card, name: str, value: Any) -> bool:
    if name not in Card.model_fields:
        raise EditError(f"Card has no field {name!r}")
    return bool(getattr(card, name) != value)

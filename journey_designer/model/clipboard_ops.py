"""The cards' clipboard format, and pasting cards into a map. No Qt here.

The clipboard carries cards as JSON (their content plus where they came from: lane kind,
lane and stage ids, stage index) so that a paste into another map lands in the lane of
the same kind and the stage at the same position; and as plain text for a mail or a
document, which pastes back as cards too: one per paragraph, or one per line.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from journey_designer.messages import QT_TRANSLATE_NOOP, UserError
from journey_designer.model.card_ops import (
    CARD_ID_PREFIX,
    Cell,
    card_lanes,
    ordered_cards,
    place_cells,
    split_typed_text,
)
from journey_designer.model.entities import Card, JourneyMap, LaneKind
from journey_designer.model.ids import new_id
from journey_designer.model.operations import EditError, Operation

CLIP_FORMAT = "journey-designer-cards"
CLIP_VERSION = 1
MAX_PASTED_CARDS = 500  # a pasted document, not a novel: more lines than this are dropped
# The fields a card carries to the clipboard: everything but where it sits.
PLACE_FIELDS = frozenset({"id", "lane_id", "stage_id", "order"})
_BULLET = re.compile(r"^\s*(?:[-*•·‣◦]|\d+[.)、])\s+")


class ClipboardFormatError(UserError, ValueError):
    """The clipboard holds something that is not this app's cards."""


@dataclass(frozen=True)
class ClippedCard:
    """A card on the clipboard: its content and where it came from."""

    content: dict[str, Any]  # Card fields except id, lane_id, stage_id, order
    lane_kind: LaneKind
    lane_id: str
    stage_id: str
    stage_index: int


def clip_cards(journey: JourneyMap, card_ids: Iterable[str]) -> list[ClippedCard]:
    stage_index = {s.id: i for i, s in enumerate(journey.stages)}
    lanes = {lane.id: lane for lane in journey.lanes}
    return [
        ClippedCard(
            content=card.model_dump(mode="json", exclude=set(PLACE_FIELDS)),
            lane_kind=lanes[card.lane_id].kind,
            lane_id=card.lane_id,
            stage_id=card.stage_id,
            stage_index=stage_index[card.stage_id],
        )
        for card in ordered_cards(journey, card_ids)
    ]


def clip_to_json(clips: Sequence[ClippedCard]) -> str:
    cards = [
        {
            "lane_kind": clip.lane_kind.value,
            "lane_id": clip.lane_id,
            "stage_id": clip.stage_id,
            "stage_index": clip.stage_index,
            "card": clip.content,
        }
        for clip in clips
    ]
    document = {"format": CLIP_FORMAT, "version": CLIP_VERSION, "cards": cards}
    return json.dumps(document, ensure_ascii=False)


def clip_from_json(data: str | bytes) -> list[ClippedCard]:
    """Cards from the clipboard's JSON; ClipboardFormatError when it is not ours or broken."""
    try:
        document = json.loads(data)
        if document.get("format") != CLIP_FORMAT or document.get("version") != CLIP_VERSION:
            raise ClipboardFormatError(
                QT_TRANSLATE_NOOP("Messages", "the clipboard holds no Journey Designer cards")
            )
        return [_clip_from_dict(entry) for entry in document["cards"]]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        if isinstance(error, ClipboardFormatError):
            raise
        raise ClipboardFormatError(
            QT_TRANSLATE_NOOP("Messages", "the cards on the clipboard cannot be read: {reason}"),
            reason=str(error),
        ) from None


def _clip_from_dict(entry: dict[str, Any]) -> ClippedCard:
    content = dict(entry["card"])
    if PLACE_FIELDS & set(content):
        raise ClipboardFormatError(
            QT_TRANSLATE_NOOP("Messages", "a clipped card carries its place")
        )
    try:  # the content must make a valid card
        Card.model_validate({**content, "id": "clip", "lane_id": "clip", "stage_id": "clip"})
    except ValidationError as error:
        raise ClipboardFormatError(str(error.errors()[0]["msg"])) from None
    return ClippedCard(
        content=content,
        lane_kind=LaneKind(entry["lane_kind"]),
        lane_id=str(entry["lane_id"]),
        stage_id=str(entry["stage_id"]),
        stage_index=int(entry["stage_index"]),
    )


def clip_to_plain_text(clips: Sequence[ClippedCard]) -> str:
    """Each card's title and text, cards separated by a blank line."""
    blocks = []
    for clip in clips:
        title, text = clip.content.get("title", ""), clip.content.get("text", "")
        blocks.append("\n".join(part for part in (title, text) if part))
    return "\n\n".join(block for block in blocks if block) + "\n"


def clips_from_plain_text(text: str) -> list[ClippedCard]:
    """Cards from pasted text: paragraphs (title line, then text) if there are blank lines,
    else one card per line (a list from a mail or a document), bullets removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return []
    if re.search(r"\n[ \t]*\n", text):
        pieces = [p.strip() for p in re.split(r"\n[ \t]*\n", text)]
    else:
        pieces = [line.strip() for line in text.split("\n")]
    clips = []
    for piece in pieces[:MAX_PASTED_CARDS]:
        title, body = split_typed_text(_BULLET.sub("", piece))
        if title or body:
            content = {"title": title, "text": body}
            clips.append(ClippedCard(content, LaneKind.ACTIONS, "", "", -1))
    return clips


def paste_cards(
    journey: JourneyMap,
    clips: Sequence[ClippedCard],
    cell: Cell | None = None,
    position: int | None = None,
) -> tuple[Operation, list[str]]:
    """New cards (fresh ids) from clipped ones.

    Into a target `cell`: cards of one lane kind all go there, at `position` (None: the
    end); cards of several kinds go to their kinds' lanes, from the target's stage on, as
    they were laid out. Without a target: each card to its own cell if this map has it,
    else to the lane of its kind in the stage at the same index.
    """
    taken = journey.all_ids()
    sources = {s.id for s in journey.survey_sources}
    card_ids = {c.id for c in journey.cards}
    grouped: dict[Cell, list[Card]] = defaultdict(list)
    new_ids: list[str] = []
    for clip, target in zip(clips, _targets(journey, clips, cell), strict=True):
        card_id = new_id(CARD_ID_PREFIX, taken)
        taken.add(card_id)
        new_ids.append(card_id)
        content = _without_missing_links(_without_missing_sources(clip.content, sources), card_ids)
        grouped[target].append(Card(id=card_id, lane_id=target[0], stage_id=target[1], **content))
    cells: dict[Cell, list[Card]] = {}
    for target, cards in grouped.items():
        row = journey.cell_cards(*target)
        at = position if target == cell and position is not None else len(row)
        at = max(0, min(at, len(row)))
        row[at:at] = cards
        cells[target] = row
    return place_cells(journey, cells, set(new_ids)), new_ids


def _targets(journey: JourneyMap, clips: Sequence[ClippedCard], cell: Cell | None) -> list[Cell]:
    if cell is None:
        return [_home_cell(journey, clip) for clip in clips]
    if len({clip.lane_kind for clip in clips}) <= 1:
        return [cell] * len(clips)
    base = [s.id for s in journey.stages].index(cell[1])
    first = min(clip.stage_index for clip in clips)
    return [_kind_cell(journey, clip.lane_kind, base + clip.stage_index - first) for clip in clips]


def _home_cell(journey: JourneyMap, clip: ClippedCard) -> Cell:
    stage_ids = {s.id for s in journey.stages}
    lane_ids = {lane.id for lane in card_lanes(journey)}
    if clip.lane_id in lane_ids and clip.stage_id in stage_ids:
        return clip.lane_id, clip.stage_id
    return _kind_cell(journey, clip.lane_kind, clip.stage_index)


def _kind_cell(journey: JourneyMap, kind: LaneKind, stage_index: int) -> Cell:
    """The first lane of `kind` (else the first card lane), in the stage at that index."""
    lanes = card_lanes(journey)
    if not lanes or not journey.stages:
        raise EditError(
            QT_TRANSLATE_NOOP("Messages", "the map has no lane and stage to put cards in")
        )
    lane = next((lane for lane in lanes if lane.kind is kind), lanes[0])
    stage = journey.stages[min(max(stage_index, 0), len(journey.stages) - 1)]
    return lane.id, stage.id


def _without_missing_links(content: dict[str, Any], card_ids: set[str]) -> dict[str, Any]:
    """A rule keeps the touchpoint it creates only if that card is in this map."""
    rule = content.get("rule")
    if isinstance(rule, dict) and rule.get("creates_card_id") not in card_ids:
        return {**content, "rule": {**rule, "creates_card_id": None}}
    return content


def _without_missing_sources(content: dict[str, Any], sources: set[str]) -> dict[str, Any]:
    """Metrics computed from a survey this map lacks become typed-in numbers."""
    metrics = []
    for metric in content.get("metrics", []):
        source = metric.get("provenance", {}).get("source_id")
        if source is not None and source not in sources:
            metric = {**metric, "provenance": {"kind": "manual"}}
        metrics.append(metric)
    return {**content, "metrics": metrics} if metrics else dict(content)

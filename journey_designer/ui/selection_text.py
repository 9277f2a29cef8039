"""The status bar's line about the selection: the card's title, the stage's name, or a count."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from journey_designer.model import JourneyMap
from journey_designer.ui.canvas.map_item import MapItem

MAX_TITLE_CHARACTERS = 60
translate = QCoreApplication.translate


def describe_selection(journey: JourneyMap, items: Sequence[MapItem]) -> str:
    if not items:
        return describe_map(journey)
    if len(items) > 1:
        return translate("Selection", "{count} items selected").format(count=len(items))
    item = items[0]
    try:
        if item.kind == "card":
            return _describe_card(journey, item.model_id)
        if item.kind == "stage":
            return translate("Selection", "Stage “{name}”").format(
                name=_short(journey.stage(item.model_id).name)
            )
        if item.kind == "lane":
            return translate("Selection", "Lane “{title}”").format(
                title=_short(journey.lane(item.model_id).title)
            )
    except KeyError:  # the item outlived its model object; the next redraw removes it
        pass
    return ""


def describe_map(journey: JourneyMap) -> str:
    return translate("Selection", "{stages} stages · {lanes} lanes · {cards} cards").format(
        stages=len(journey.stages), lanes=len(journey.lanes), cards=len(journey.cards)
    )


def _describe_card(journey: JourneyMap, card_id: str) -> str:
    card = journey.card(card_id)
    title = card.title or card.text.split("\n", 1)[0] or translate("Selection", "(no title)")
    return translate("Selection", "Card “{title}” in {lane} · {stage}").format(
        title=_short(title),
        lane=_short(journey.lane(card.lane_id).title),
        stage=_short(journey.stage(card.stage_id).name),
    )


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE_CHARACTERS:
        return text
    return text[: MAX_TITLE_CHARACTERS - 1] + "…"

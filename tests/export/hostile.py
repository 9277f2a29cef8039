"""A map whose texts try to break exports: markup, entities, quotes, emoji, a 200-letter word."""

from __future__ import annotations

from journey_designer.model import Card, JourneyMap, Metric, MetricKind, Persona
from journey_designer.templates import new_map_from_template

LONG_WORD = "Supercalifragilistic" * 10  # 200 characters, no break opportunity
HOSTILE_TEXTS = (
    "R&D",
    "a<b",
    "<font size=40>",
    "&amp; &lt;b&gt;",
    "\"double\" and 'single' quotes",
    "emoji 😀🚀 end",
    "*not bold* _nor_ `code` [link](http://x) | pipe # hash",
    "1. not a list",
    LONG_WORD,
    "</para><para>",
)


def hostile_map() -> JourneyMap:
    """The English sample map with hostile texts in the title, a persona, a stage and cards."""
    journey = new_map_from_template("b2c_five_stages", "en")
    journey.title = 'R&D <b>map</b> & "quotes" 😀'
    journey.personas.append(
        Persona(
            id="p-hostile",
            name="<script>alert(1)</script>",
            goals=["R&D", LONG_WORD],
            frustrations=["a<b", "<font size=40>"],
            quote="'single' & \"double\"",
        )
    )
    journey.stages[0].name = "Awareness & <i>reach</i>"
    lane = next(lane for lane in journey.lanes if lane.kind.value == "actions")
    for order, text in enumerate(HOSTILE_TEXTS, start=10):
        journey.cards.append(
            Card(
                id=f"c-hostile-{order}",
                lane_id=lane.id,
                stage_id=journey.stages[1].id,
                order=order,
                title=text,
                text=f"{text} ({order})",
                metrics=[Metric(kind=MetricKind.CUSTOM, label="<n>&", value=order)],
            )
        )
    return journey

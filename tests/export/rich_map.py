"""A sample map with every look the renderer knows: a measured curve with its n and a
disagreement, dot-votes (a few, and more than ten), a critical pain point, a channel the
app has no glyph for, a recoloured card and a survey-measured metric."""

from __future__ import annotations

from datetime import UTC, datetime

from journey_designer.model import (
    Channel,
    ChannelMode,
    EmotionCurve,
    EmotionPoint,
    JourneyMap,
    Metric,
    MetricKind,
    Provenance,
    Severity,
    SurveySource,
)
from journey_designer.templates import new_map_from_template

SURVEY = Provenance(kind="survey", source_id="survey-1")


def rich_map(language: str = "en") -> JourneyMap:
    journey = new_map_from_template("b2c_five_stages", language)
    journey.survey_sources.append(
        SurveySource(
            id="survey-1",
            file_name="survey.csv",
            sha256="0" * 64,
            imported_at=datetime(2026, 1, 5, tzinfo=UTC),
        )
    )
    estimate = next(c for c in journey.emotion_curves if c.persona_id == "p-professional")
    stage_values = {p.stage_id: p.value for p in estimate.points if p.card_id is None}
    measured = [
        EmotionPoint(
            stage_id=stage, value=value - (1.5 if i == 2 else 0.3), n=40 + i, provenance=SURVEY
        )
        for i, (stage, value) in enumerate(stage_values.items())
    ]
    journey.emotion_curves.append(
        EmotionCurve(
            id="cv-measured", persona_id="p-professional", points=measured, source_id="survey-1"
        )
    )
    cards = {card.id: card for card in journey.cards}
    cards["c-aw-ac-1"].votes = 3
    cards["c-co-pp-1"].votes = 14
    cards["c-de-pp-1"].severity = Severity.CRITICAL
    cards["c-aw-tp-2"].channel = Channel(mode=ChannelMode.OFFLINE, name="Carrier pigeon")
    cards["c-aw-ac-2"].colour = "#FFD8A8"
    cards["c-aw-mt-1"].metrics.append(
        Metric(kind=MetricKind.CSAT, value=81, unit="%", n=96, provenance=SURVEY)
    )
    return journey

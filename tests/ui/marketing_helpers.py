"""A marketing map for the UI tests (no tests here): the analytics tests' B2B map with a
persona, an estimated and a measured emotion curve, NPS and CSAT on touchpoints, and
voted pain points, shown in a main window."""

from __future__ import annotations

from journey_designer.model import (
    CurveVariant,
    EmotionCurve,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    MetricKind,
    Persona,
    Provenance,
    Severity,
    SurveySource,
)
from journey_designer.model.entities import utc_now
from journey_designer.ui.document import MapDocument
from journey_designer.ui.main_window import MainWindow
from tests.analytics.marketing_map import marketing_map

ESTIMATE = (-1.0, 0.0, 1.0, -1.5, 1.5)  # per stage, on -2..+2
MEASURED = ((-0.5, 120), (0.4, 95), (0.2, 80), (-1.2, 60))  # (value, n); the last stage unmeasured


def rich_marketing_map() -> JourneyMap:
    journey = marketing_map()
    journey.personas = [Persona(id="p-buyer", name="Buyer", colour="#4C78A8")]
    journey.lanes.insert(1, Lane(id="ln-emotion", kind=LaneKind.EMOTION_CURVE, title="Emotion"))
    stages = [stage.id for stage in journey.stages]
    journey.emotion_curves = [
        EmotionCurve(
            id="curve-estimate",
            persona_id="p-buyer",
            variant=CurveVariant.AS_IS,
            points=[
                EmotionPoint(stage_id=s, value=v) for s, v in zip(stages, ESTIMATE, strict=True)
            ],
        ),
        EmotionCurve(
            id="curve-measured",
            persona_id="p-buyer",
            source_id="survey-1",
            points=[
                EmotionPoint(
                    stage_id=s,
                    value=v,
                    n=n,
                    provenance=Provenance(kind="survey", source_id="survey-1"),
                )
                for s, (v, n) in zip(stages, MEASURED, strict=False)
            ],
        ),
    ]
    journey.survey_sources = [
        SurveySource(id="survey-1", file_name="survey.xlsx", sha256="0" * 64, imported_at=utc_now())
    ]
    welcome = journey.card("tp-welcome")
    welcome.metrics.append(
        Metric(kind=MetricKind.NPS, value=32, n=140, ci_low=18, ci_high=46, unit="pts")
    )
    offer = journey.card("tp-offer")
    offer.metrics = [
        Metric(kind=MetricKind.NPS, value=-12, n=60, ci_low=-35, ci_high=11),
        Metric(kind=MetricKind.CSAT, value=71.5, unit="%", n=60, ci_low=60, ci_high=83),
    ]
    pain = journey.card("pain-1")
    pain.votes, pain.severity = 4, Severity.HIGH
    journey.cards.append(
        pain.model_copy(
            update={
                "id": "pain-2",
                "title": "Slow onboarding",
                "votes": 4,
                "order": 1,
                "severity": Severity.CRITICAL,
                "department": "Success",
            }
        )
    )
    journey.cards.append(
        pain.model_copy(
            update={
                "id": "pain-3",
                "title": "Too many emails",
                "votes": 1,
                "order": 2,
                "severity": Severity.LOW,
                "stage_id": "st-1",
                "department": "",
            }
        )
    )
    return journey


def show_map(window: MainWindow, journey: JourneyMap) -> None:
    window.set_document(MapDocument(journey))

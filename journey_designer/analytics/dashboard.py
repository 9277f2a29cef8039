"""What each dashboard chart shows, gathered from the map. No Qt.

The marketing figures are `journey_designer.analytics`' (funnel, ROI per channel, A/B
results): nothing is computed twice. The experience figures are read from the map as the
canvas draws them: the emotion curves (the estimates and the survey-measured curves, on
the map's scale), NPS and CSAT with their n and interval as stored on the cards, and the
pain points by votes, then severity.
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_designer.analytics.funnel import FunnelRow, analyse_funnel
from journey_designer.analytics.report import CardTest, card_tests
from journey_designer.analytics.roi import RoiRow, analyse_costs
from journey_designer.model import CurveVariant, JourneyMap, LaneKind, MetricKind, Severity
from journey_designer.model.card_ops import ordered_cards

SEVERITY_RANK = {Severity.CRITICAL: 4, Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1}
BAR_METRICS = (MetricKind.NPS, MetricKind.CSAT)
PAIN_POINTS_SHOWN = 6


def funnel_rows(journey: JourneyMap) -> tuple[FunnelRow, ...]:
    return analyse_funnel(journey).rows


def roi_channels(journey: JourneyMap) -> tuple[RoiRow, ...]:
    """ROI per channel (and currency), as the analytics sums them."""
    return analyse_costs(journey).channels


def ab_tests(journey: JourneyMap) -> list[CardTest]:
    return card_tests(journey)


# --- the emotion curve beside measured satisfaction ---------------------------------------


@dataclass(frozen=True)
class EmotionSeries:
    persona: str
    colour: str
    measured: bool  # from a survey; otherwise the facilitator's as-is estimate
    values: tuple[float | None, ...]  # one per stage, None where the curve has no point
    n: tuple[int | None, ...]  # respondents per stage (measured curves)


@dataclass(frozen=True)
class EmotionData:
    stages: tuple[str, ...]
    low: int  # the map's emotion scale
    high: int
    series: tuple[EmotionSeries, ...]

    @property
    def has_measured(self) -> bool:
        return any(series.measured for series in self.series)


def emotion_data(journey: JourneyMap) -> EmotionData:
    """The as-is estimates and the measured curves, one value per stage.

    A stage's value is its stage-level point; a stage with points on cards only shows
    their mean (a point per touchpoint is still one feeling about the stage).
    """
    personas = {p.id: p for p in journey.personas}
    series = []
    for curve in journey.emotion_curves:
        measured = curve.source_id is not None
        if not measured and curve.variant is not CurveVariant.AS_IS:
            continue  # the to-be curve is a wish, not something to compare with a survey
        values: list[float | None] = []
        counts: list[int | None] = []
        for stage in journey.stages:
            points = [p for p in curve.points if p.stage_id == stage.id]
            own = [p for p in points if p.card_id is None]
            chosen = own or points
            if not chosen:
                values.append(None)
                counts.append(None)
                continue
            values.append(sum(p.value for p in chosen) / len(chosen))
            known = [p.n for p in chosen if p.n is not None]
            counts.append(sum(known) if known else None)
        if any(value is not None for value in values):
            persona = personas.get(curve.persona_id)
            series.append(
                EmotionSeries(
                    persona.name if persona else curve.persona_id,
                    persona.colour if persona else "#4C78A8",
                    measured,
                    tuple(values),
                    tuple(counts),
                )
            )
    scale = journey.emotion_scale
    return EmotionData(
        tuple(stage.name for stage in journey.stages), scale.min, scale.max, tuple(series)
    )


# --- NPS and CSAT per touchpoint ----------------------------------------------------------


@dataclass(frozen=True)
class MetricBar:
    card_id: str
    card: str
    stage: str
    kind: MetricKind  # NPS or CSAT
    value: float
    n: int | None
    low: float | None  # the stored confidence interval
    high: float | None

    @property
    def axis(self) -> tuple[float, float]:
        """NPS runs from -100 to +100, CSAT (the share satisfied) from 0 to 100."""
        return (-100.0, 100.0) if self.kind is MetricKind.NPS else (0.0, 100.0)


def metric_bars(journey: JourneyMap) -> list[MetricBar]:
    """Every NPS and CSAT on a card, NPS first, cards in reading order."""
    stages = {stage.id: stage.name for stage in journey.stages}
    cards = ordered_cards(journey, [card.id for card in journey.cards])
    bars = [
        MetricBar(
            card.id,
            metric.label or card.title or card.text.partition("\n")[0],
            stages.get(card.stage_id, ""),
            metric.kind,
            metric.value,
            metric.n,
            metric.ci_low,
            metric.ci_high,
        )
        for card in cards
        for metric in card.metrics
        if metric.kind in BAR_METRICS
    ]
    return sorted(bars, key=lambda bar: BAR_METRICS.index(bar.kind))


@dataclass(frozen=True)
class MetricRow:
    """One touchpoint's NPS and CSAT, side by side."""

    card_id: str
    card: str
    nps: MetricBar | None
    csat: MetricBar | None

    @property
    def n(self) -> tuple[int, ...]:
        """The distinct sample sizes of the row's figures."""
        sizes = (bar.n for bar in (self.nps, self.csat) if bar is not None and bar.n is not None)
        return tuple(dict.fromkeys(sizes))


def metric_rows(journey: JourneyMap) -> list[MetricRow]:
    """A row per touchpoint with its NPS and CSAT, cards in reading order; a card's second
    NPS (or CSAT) starts another row."""
    by_card: dict[str, list[MetricBar]] = {}
    for bar in metric_bars(journey):
        by_card.setdefault(bar.card_id, []).append(bar)
    titles = {card.id: card.title or card.text.partition("\n")[0] for card in journey.cards}
    order = [c.id for c in ordered_cards(journey, by_card)]
    rows: list[MetricRow] = []
    for card_id in order:
        nps = [bar for bar in by_card[card_id] if bar.kind is MetricKind.NPS]
        csat = [bar for bar in by_card[card_id] if bar.kind is MetricKind.CSAT]
        for index in range(max(len(nps), len(csat))):
            rows.append(
                MetricRow(
                    card_id,
                    titles[card_id],
                    nps[index] if index < len(nps) else None,
                    csat[index] if index < len(csat) else None,
                )
            )
    return rows


# --- top pain points ----------------------------------------------------------------------


@dataclass(frozen=True)
class PainPoint:
    card_id: str
    title: str
    stage: str
    votes: int
    severity: Severity | None


def severity_rank(severity: Severity | None) -> int:
    return SEVERITY_RANK[severity] if severity is not None else 0


def top_pain_points(journey: JourneyMap, limit: int = PAIN_POINTS_SHOWN) -> list[PainPoint]:
    """The pain points with the most votes, then the most severe, then in reading order."""
    lanes = {lane.id for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS}
    stages = {stage.id: stage.name for stage in journey.stages}
    cards = ordered_cards(journey, [card.id for card in journey.cards if card.lane_id in lanes])
    ranked = sorted(
        enumerate(cards),
        key=lambda pair: (-pair[1].votes, -severity_rank(pair[1].severity), pair[0]),
    )
    return [
        PainPoint(
            card.id,
            card.title or card.text.partition("\n")[0],
            stages.get(card.stage_id, ""),
            card.votes,
            card.severity,
        )
        for _index, card in ranked[:limit]
    ]

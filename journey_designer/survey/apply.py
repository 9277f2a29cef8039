"""A survey import as one edit on the map, and Refresh data without undoing manual edits.

What the import owns is marked with its source id: metrics (their provenance), the
measured emotion curves, and the quote and pain-point cards it made. Applying again with
the same source (Refresh data) replaces the metrics and curves it made before; everything
typed by hand stays. Quote cards are replaced only while they still quote an answer
verbatim: a quote the facilitator rewrote is theirs now. Pain points the user accepted
are decisions, not data: they stay, and the same proposal is not made twice.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from journey_designer.messages import QT_TRANSLATE_NOOP, Message, message
from journey_designer.model import (
    Card,
    EmotionCurve,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    SurveyMapping,
    SurveySource,
    new_id,
)
from journey_designer.model.entities import Provenance, Severity, utc_now
from journey_designer.model.operations import (
    Composite,
    InsertItem,
    Operation,
    UpdateItem,
    add_card,
    remove_cards,
)
from journey_designer.survey.columns import Role
from journey_designer.survey.measures import (
    Measured,
    all_rows,
    by_segment,
    curve_values,
    measure_columns,
    metric_for,
)
from journey_designer.survey.table import SurveyTable

QUOTES_PER_COLUMN = 3
PAIN_POINT_PROPOSALS = 3
QUOTE_TAG = "quote"
QUOTE_TITLE_LENGTH = 80
_JUNK = frozenset(
    {
        "test",
        "testing",
        "n/a",
        "na",
        "none",
        "nothing",
        "no",
        "ok",
        "无",
        "没有",
        "暂无",
        "好",
        "没",
    }
)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<!\d)(?:\+?\d[\d\s-]{8,}\d)(?!\d)")


@dataclass(frozen=True)
class Quote:
    stage_id: str
    card_id: str | None
    text: str
    count: int
    column: str


@dataclass(frozen=True)
class PainPointProposal:
    stage_id: str
    card_id: str  # the touchpoint that scored low
    title: str
    detail: str
    score: float  # mean on 0..1 by the question's scale
    column: str  # the question's header


@dataclass
class ImportPlan:
    """What applying will change, computed before anything changes (the wizard shows it)."""

    source: SurveySource
    card_metrics: dict[str, list[Metric]] = field(default_factory=dict)  # card id -> metrics
    stage_metrics: dict[str, list[Metric]] = field(default_factory=dict)  # stage id -> metrics
    curves: dict[str, dict[str, tuple[float, int]]] = field(default_factory=dict)  # persona ->
    quotes: list[Quote] = field(default_factory=list)
    pain_points: list[PainPointProposal] = field(default_factory=list)
    new_persona: Persona | None = None  # the map had none to hang the measured curve on
    warnings: list[Message] = field(default_factory=list)  # shown in the UI's language


def make_source(
    table: SurveyTable, mapping: SurveyMapping, path: Path, source_id: str | None = None,
    taken: set[str] | None = None, imported_at: datetime | None = None,
) -> SurveySource:  # fmt: skip
    read = table.read
    return SurveySource(
        id=source_id or new_id("survey", taken),
        file_name=read.file_name,
        sha256=read.sha256,
        sheet=read.sheet.name,
        path=str(path),
        format=table.shape.format.name,
        responses=table.n_responses,
        mapping=mapping,
        imported_at=imported_at or utc_now(),
    )


def plan_import(journey: JourneyMap, table: SurveyTable, source: SurveySource) -> ImportPlan:
    plan = ImportPlan(source)
    mapping = source.mapping
    cards = {c.id: c for c in journey.cards}
    stages = {s.id for s in journey.stages}
    overall: list[Measured] = []
    for column in measure_columns(table, mapping):
        if column.stage_id not in stages:
            gone = QT_TRANSLATE_NOOP("Messages", "{column}: its stage is no longer on the map")
            plan.warnings.append(message(gone, column=column.header))
            continue
        measure = all_rows(table, mapping, column)
        metric = None if measure is None else metric_for(measure, source.id)
        if measure is None or metric is None:
            continue
        overall.append(measure)
        card = cards.get(column.card_id or "")
        if card is not None and card.stage_id == column.stage_id:
            plan.card_metrics.setdefault(card.id, []).append(metric)
        else:
            plan.stage_metrics.setdefault(column.stage_id or "", []).append(metric)
    _plan_curves(plan, journey, table, overall)
    plan.quotes = _quotes(table, mapping, stages)
    plan.pain_points = _pain_points(journey, overall, cards, source.id)
    return plan


def _plan_curves(
    plan: ImportPlan, journey: JourneyMap, table: SurveyTable, overall: list[Measured]
) -> None:
    mapping = plan.source.mapping
    personas = {p.id for p in journey.personas}
    segments = {k: v for k, v in mapping.segment_personas.items() if v in personas}
    if mapping.segment_column is not None and segments:
        per_segment: dict[str, list[Measured]] = {}
        for column in measure_columns(table, mapping):
            for name, measure in by_segment(table, mapping, column).items():
                if name in segments:
                    per_segment.setdefault(segments[name], []).append(measure)
        for persona_id, measures in per_segment.items():
            values = curve_values(measures, journey)
            if values:
                plan.curves[persona_id] = values
        return
    values = curve_values(overall, journey)
    if not values:
        return
    if journey.personas:
        chosen = mapping.curve_persona
        plan.curves[chosen if chosen in personas else journey.personas[0].id] = values
    else:
        name = "受访者" if journey.language.startswith("zh") else "Respondents"
        plan.new_persona = Persona(id=new_id("persona", journey.all_ids()), name=name)
        plan.curves[plan.new_persona.id] = values


def _quotes(table: SurveyTable, mapping: SurveyMapping, stages: set[str]) -> list[Quote]:
    quotes: list[Quote] = []
    for column in mapping.columns:
        if column.role != Role.TEXT or column.stage_id not in stages:
            continue
        if (
            column.column >= len(table.columns)
            or table.columns[column.column].role is Role.PERSONAL
        ):
            continue  # personal data never becomes a quote
        counts = table.top_texts(column.column)
        ranked = sorted(
            ((text, n) for text, n in counts.items() if _worth_quoting(text)),
            key=lambda item: -item[1],
        )
        for text, n in ranked[:QUOTES_PER_COLUMN]:
            shown = text if mapping.include_personal else scrub_personal(text)
            quotes.append(Quote(column.stage_id or "", column.card_id, shown, n, column.header))
    return quotes


def _worth_quoting(text: str) -> bool:
    return text.lower().strip(" .!。！") not in _JUNK and len(text) >= 2


def scrub_personal(text: str) -> str:
    """Contact details inside a comment are replaced: they must not reach a client's wall."""
    return _PHONE.sub("[phone]", _EMAIL.sub("[email]", text))


def _pain_points(
    journey: JourneyMap, overall: list[Measured], cards: dict[str, Card], source_id: str
) -> list[PainPointProposal]:
    # A proposal once accepted names its column in the card's notes; the touchpoint's title
    # may have changed since, so that is what tells a repeat.
    made = [c.notes for c in journey.cards if c.source_id == source_id and c.severity]
    scored: list[tuple[float, Measured]] = []
    for measure in overall:
        unit = measure.unit_mean()
        if unit is not None and unit < 0.5 and measure.column.card_id in cards:
            scored.append((unit, measure))
    proposals: list[PainPointProposal] = []
    zh = journey.language.startswith("zh")
    for unit, measure in sorted(scored, key=lambda item: item[0]):
        card = cards[measure.column.card_id or ""]
        title = f"{'评分低：' if zh else 'Low score: '}{card.title}"
        column_note = _column_note(measure.info.header)
        if any(column_note in notes for notes in made) or any(
            p.card_id == card.id for p in proposals
        ):
            continue
        mean = measure.ratings().mean or 0.0
        detail = f"{mean:.2f} / {measure.scale[1]:g} · n={measure.n} · {measure.info.header}"
        proposals.append(
            PainPointProposal(card.stage_id, card.id, title, detail, unit, measure.info.header)
        )
        if len(proposals) == PAIN_POINT_PROPOSALS:
            break
    return proposals


def _column_note(header: str) -> str:
    return f"survey column: {header}"


class _Builder:
    """Builds the edit against a scratch copy, so each step sees the steps before it."""

    def __init__(self, journey: JourneyMap) -> None:
        self.scratch = journey.model_copy(deep=True)
        self.operations: list[Operation] = []

    def do(self, operation: Operation) -> None:
        operation.apply(self.scratch)
        self.operations.append(operation)


def import_edit(
    journey: JourneyMap, table: SurveyTable, plan: ImportPlan,
    accepted_pain_points: Collection[str] | None = None,
) -> Operation:  # fmt: skip
    """The whole import as one operation. `accepted_pain_points`: touchpoint card ids whose
    proposal becomes a pain-point card (None: all proposals)."""
    build = _Builder(journey)
    _put_source(build, plan.source)
    if plan.new_persona is not None:
        build.do(InsertItem("personas", plan.new_persona))
    _put_metrics(build, plan)
    _put_curves(build, plan)
    _put_quotes(build, table, plan)
    accepted = (
        {p.card_id for p in plan.pain_points}
        if accepted_pain_points is None
        else set(accepted_pain_points)
    )
    _put_pain_points(build, [p for p in plan.pain_points if p.card_id in accepted], plan.source.id)
    return Composite(tuple(build.operations))


def _put_source(build: _Builder, source: SurveySource) -> None:
    if any(s.id == source.id for s in build.scratch.survey_sources):
        changes = source.model_dump(exclude={"id"})
        build.do(UpdateItem("survey_sources", source.id, changes))
    else:
        build.do(InsertItem("survey_sources", source))


def _survey_free(metrics: Iterable[Metric], source_id: str) -> list[Metric]:
    return [m for m in metrics if m.provenance.source_id != source_id]


def _put_metrics(build: _Builder, plan: ImportPlan) -> None:
    source_id = plan.source.id
    stage_cards = _stage_metric_cards(build, plan)
    for card in list(build.scratch.cards):
        kept = _survey_free(card.metrics, source_id)
        new = plan.card_metrics.get(card.id, []) + stage_cards.get(card.id, [])
        if len(kept) != len(card.metrics) or new:
            build.do(UpdateItem("cards", card.id, {"metrics": [*kept, *new]}))


def _stage_metric_cards(build: _Builder, plan: ImportPlan) -> dict[str, list[Metric]]:
    """Stage-level metrics go on one card per stage in the metrics lane (made if needed)."""
    if not plan.stage_metrics:
        return {}
    lane = _lane(build, LaneKind.METRICS, ("指标", "Metrics"))
    result: dict[str, list[Metric]] = {}
    zh = build.scratch.language.startswith("zh")
    for stage_id, metrics in plan.stage_metrics.items():
        card = next(
            (c for c in build.scratch.cards
             if c.source_id == plan.source.id and c.lane_id == lane and c.stage_id == stage_id),
            None,
        )  # fmt: skip
        if card is None:
            card = Card(
                id=new_id("card", build.scratch.all_ids()), lane_id=lane, stage_id=stage_id,
                title="调查结果" if zh else "Survey results", source_id=plan.source.id,
            )  # fmt: skip
            build.do(add_card(build.scratch, card))
        result[card.id] = metrics
    return result


def _lane(build: _Builder, kind: LaneKind, titles: tuple[str, str]) -> str:
    lane = next((lane for lane in build.scratch.lanes if lane.kind is kind), None)
    if lane is not None:
        return lane.id
    title = titles[0] if build.scratch.language.startswith("zh") else titles[1]
    new_lane = Lane(id=new_id("lane", build.scratch.all_ids()), kind=kind, title=title)
    build.do(InsertItem("lanes", new_lane))
    return new_lane.id


def _put_curves(build: _Builder, plan: ImportPlan) -> None:
    source_id = plan.source.id
    mine = {c.persona_id: c for c in build.scratch.emotion_curves if c.source_id == source_id}
    for persona_id, values in plan.curves.items():
        points = [
            EmotionPoint(stage_id=stage.id, value=values[stage.id][0], n=values[stage.id][1],
                         provenance=Provenance(kind="survey", source_id=source_id))
            for stage in build.scratch.stages if stage.id in values
        ]  # fmt: skip
        if persona_id in mine:
            build.do(UpdateItem("emotion_curves", mine[persona_id].id, {"points": points}))
        else:
            curve = EmotionCurve(
                id=new_id("curve", build.scratch.all_ids()), persona_id=persona_id,
                points=points, source_id=source_id,
            )  # fmt: skip
            build.do(InsertItem("emotion_curves", curve))
    for persona_id, curve in mine.items():
        if persona_id not in plan.curves:
            build.do(UpdateItem("emotion_curves", curve.id, {"points": []}))


def _put_quotes(build: _Builder, table: SurveyTable, plan: ImportPlan) -> None:
    source_id = plan.source.id
    old = [c for c in build.scratch.cards if c.source_id == source_id and QUOTE_TAG in c.tags]
    wanted = {(q.stage_id, q.text) for q in plan.quotes}
    stale = []
    if old:  # a quote still word for word in the answers is data; a rewritten one is theirs
        verbatim = _answers(table, plan.source.mapping)
        stale = [
            c.id for c in old if _quoted(c) in verbatim and (c.stage_id, _quoted(c)) not in wanted
        ]
    if stale:
        build.do(remove_cards(build.scratch, stale))
    present = {(c.stage_id, _quoted(c)) for c in old if c.id not in stale}
    if not plan.quotes:
        return
    lane = _quote_lane(build)
    for quote in plan.quotes:
        if (quote.stage_id, quote.text) in present:
            continue
        # The thoughts lane draws its titles in quotation marks itself.
        short = len(quote.text) <= QUOTE_TITLE_LENGTH
        title = quote.text if short else quote.text[: QUOTE_TITLE_LENGTH - 1] + "…"
        card = Card(
            id=new_id("card", build.scratch.all_ids()), lane_id=lane, stage_id=quote.stage_id,
            title=title, text="" if short else quote.text, tags=[QUOTE_TAG], source_id=source_id,
            notes=f"×{quote.count} · {quote.column}",
        )  # fmt: skip
        build.do(add_card(build.scratch, card))
        present.add((quote.stage_id, quote.text))


def _quoted(card: Card) -> str:
    """The comment a quote card holds: its text when the title had to be shortened."""
    return card.text or card.title


def _answers(table: SurveyTable, mapping: SurveyMapping) -> set[str]:
    texts: set[str] = set()
    for column in mapping.columns:
        if column.role == Role.TEXT and column.column < len(table.columns):
            answers = table.text_counts(column.column)
            texts.update(answers)
            texts.update(scrub_personal(text) for text in answers)
    return texts


def _quote_lane(build: _Builder) -> str:
    for kind in (LaneKind.THOUGHTS, LaneKind.FEELINGS, LaneKind.NOTES):
        lane = next((lane for lane in build.scratch.lanes if lane.kind is kind), None)
        if lane is not None:
            return lane.id
    return _lane(build, LaneKind.THOUGHTS, ("用户原话", "Quotes"))


def _put_pain_points(build: _Builder, proposals: list[PainPointProposal], source_id: str) -> None:
    if not proposals:
        return
    lane = _lane(build, LaneKind.PAIN_POINTS, ("痛点", "Pain points"))
    for proposal in proposals:
        severity = Severity.HIGH if proposal.score < 0.25 else Severity.MEDIUM
        card = Card(
            id=new_id("card", build.scratch.all_ids()), lane_id=lane, stage_id=proposal.stage_id,
            title=proposal.title, text=proposal.detail, severity=severity, source_id=source_id,
            notes=_column_note(proposal.column),
        )  # fmt: skip
        build.do(add_card(build.scratch, card))

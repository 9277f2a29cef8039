"""From a mapped measure column to the numbers the map shows.

The measured emotion curve is documented here because users ask where it comes from:

    For each stage, every satisfaction-type column mapped to it (satisfaction, CSAT or
    mean; not NPS or effort) contributes its mean answer, first put on 0..1 by its own
    scale, u = (mean − scale_min) / (scale_max − scale_min). The stage's value is the
    n-weighted average of those u, placed on the map's emotion scale:
    value = emotion_min + u · (emotion_max − emotion_min).
    So a mean of 4.0 on a 1–5 question is u = 0.75, which is +1 on the −2..+2 scale.
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_designer.model import ColumnMapping, JourneyMap, Metric, SurveyMapping
from journey_designer.model.entities import MetricKind, Provenance
from journey_designer.survey.columns import ColumnInfo, Role
from journey_designer.survey.stats import (
    NpsSummary,
    RatingSummary,
    csat,
    rescale,
    summarize_nps,
    summarize_ratings,
)
from journey_designer.survey.table import SurveyTable

CURVE_METRICS = frozenset({MetricKind.SATISFACTION, MetricKind.CSAT, MetricKind.MEAN})
Counts = dict[float, int]


@dataclass(frozen=True)
class Measured:
    """One measure column over one group of rows."""

    column: ColumnMapping
    info: ColumnInfo
    scale: tuple[float, float]
    counts: Counts  # answers on `scale` (reversed already when the column says so)
    skipped: int

    @property
    def n(self) -> int:
        return sum(self.counts.values())

    def ratings(self) -> RatingSummary:
        return summarize_ratings(self.counts, self.scale, self.skipped)

    def nps(self) -> NpsSummary:
        return summarize_nps(self.counts, self.skipped)

    def unit_mean(self) -> float | None:
        """The mean answer on 0..1 by the column's own scale (for the curve and ranking)."""
        mean = self.ratings().mean
        return None if mean is None else rescale(mean, self.scale, (0.0, 1.0))


def column_scale(column: ColumnMapping, info: ColumnInfo) -> tuple[float, float] | None:
    if column.scale_min is not None and column.scale_max is not None:
        return (column.scale_min, column.scale_max)
    return info.scale


def measured(
    table: SurveyTable, column: ColumnMapping, counts: Counts, skipped: int
) -> Measured | None:
    info = table.columns[column.column]
    scale = column_scale(column, info)
    if scale is None or scale[0] >= scale[1]:
        return None
    inside = {v: n for v, n in counts.items() if scale[0] <= v <= scale[1]}
    skipped += sum(counts.values()) - sum(inside.values())  # off-scale answers are not zero
    if column.reverse:
        inside = {scale[0] + scale[1] - v: n for v, n in inside.items()}
    return Measured(column, info, scale, inside, skipped)


def measure_columns(table: SurveyTable, mapping: SurveyMapping) -> list[ColumnMapping]:
    return [
        c
        for c in mapping.columns
        if c.column < len(table.columns)
        and c.role in {Role.RATING, Role.LIKERT, Role.NPS}
        and c.stage_id
        and c.metric is not None
    ]


def all_rows(table: SurveyTable, mapping: SurveyMapping, column: ColumnMapping) -> Measured | None:
    """The column over the rows the mapping's filter keeps (all response rows without one)."""
    info = table.columns[column.column]
    if mapping.filter_column is None or not mapping.filter_values:
        counts = info.value_counts()
        return measured(table, column, counts, info.skipped)
    groups = table.grouped_counts(column.column, mapping.filter_column)
    kept: Counts = {}
    skipped = 0
    for name in mapping.filter_values:
        numbers, group_skipped = groups.get(name, ({}, 0))
        skipped += group_skipped
        for value, count in numbers.items():
            kept[value] = kept.get(value, 0) + count
    return measured(table, column, kept, skipped)


def by_segment(
    table: SurveyTable, mapping: SurveyMapping, column: ColumnMapping
) -> dict[str, Measured]:
    """The column per answer of the segment column (filter applied first is not supported:
    a segment split and a filter on another column combine as the segment split only)."""
    if mapping.segment_column is None:
        return {}
    groups = table.grouped_counts(column.column, mapping.segment_column)
    result: dict[str, Measured] = {}
    for name, (numbers, skipped) in groups.items():
        found = measured(table, column, numbers, skipped)
        if found is not None:
            result[name] = found
    return result


def metric_for(measure: Measured, source_id: str) -> Metric | None:
    """The badge a touchpoint gets: value, n and the 95% interval where one exists."""
    kind = measure.column.metric or MetricKind.SATISFACTION
    provenance = Provenance(kind="survey", source_id=source_id, column=measure.info.header[:200])
    if kind is MetricKind.NPS:
        nps = measure.nps()
        if nps.nps is None:
            return None
        return Metric(
            kind=kind, value=round(nps.nps, 1), n=nps.n, scale_min=-100, scale_max=100,
            ci_low=_round(nps.ci_low, 1), ci_high=_round(nps.ci_high, 1), provenance=provenance,
        )  # fmt: skip
    summary = measure.ratings()
    if summary.mean is None:
        return None
    if kind is MetricKind.CSAT:
        share = csat(summary)
        value = 0.0 if share is None else share
        return Metric(
            kind=kind, value=round(value, 1), unit="%", n=summary.n, provenance=provenance
        )
    return Metric(
        kind=kind, value=round(summary.mean, 2), n=summary.n,
        scale_min=measure.scale[0], scale_max=measure.scale[1],
        ci_low=_round(summary.ci_low, 2), ci_high=_round(summary.ci_high, 2),
        provenance=provenance,
    )  # fmt: skip


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def curve_values(measures: list[Measured], journey: JourneyMap) -> dict[str, tuple[float, int]]:
    """Stage id -> (value on the map's emotion scale, respondents), by the formula above."""
    sums: dict[str, tuple[float, int]] = {}
    for measure in measures:
        if measure.column.metric not in CURVE_METRICS or not measure.column.stage_id:
            continue
        unit = measure.unit_mean()
        if unit is None:
            continue
        total, n = sums.get(measure.column.stage_id, (0.0, 0))
        sums[measure.column.stage_id] = (total + unit * measure.n, n + measure.n)
    low, high = journey.emotion_scale.min, journey.emotion_scale.max
    return {
        stage: (round(low + (total / n) * (high - low), 2), n)
        for stage, (total, n) in sums.items()
        if n
    }

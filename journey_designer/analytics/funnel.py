"""The marketing funnel: counts per step, conversion and drop-off between steps. No Qt.

Steps are read in the order of the map's stages (left to right), then in the funnel
list's order within a stage. A step's conversion is its count over the count of the
nearest earlier step whose count is known (a step left blank is skipped, not read as
zero); drop-off is one minus that; overall conversion is the count over the first known
count. Rates are fractions (0.25 is 25%); None when undefined (an unknown count, or a
step before it of zero).
"""

from __future__ import annotations

from dataclasses import dataclass

from journey_designer.model.entities import FunnelStep, JourneyMap


@dataclass(frozen=True)
class FunnelRow:
    stage_id: str
    stage: str  # the stage's name (its id if the stage is missing)
    label: str
    count: int | None
    amount: float | None
    currency: str
    previous: str | None  # the label of the step `conversion` is measured from
    conversion: float | None  # count / previous known count
    drop_off: float | None  # 1 - conversion
    overall: float | None  # count / the first known count
    average_amount: float | None  # amount / count: an average deal or order


@dataclass(frozen=True)
class FunnelReport:
    rows: tuple[FunnelRow, ...]
    overall: float | None  # the last known count over the first
    warnings: tuple[str, ...]  # steps larger than the one before them


def ordered_steps(journey: JourneyMap) -> list[FunnelStep]:
    """The funnel steps in stage order; steps of a missing stage go last, in list order."""
    rank = {stage.id: i for i, stage in enumerate(journey.stages)}
    indexed = sorted(
        enumerate(journey.funnel),
        key=lambda pair: (rank.get(pair[1].stage_id, len(rank)), pair[0]),
    )
    return [step for _, step in indexed]


def analyse_funnel(journey: JourneyMap) -> FunnelReport:
    names = {stage.id: stage.name for stage in journey.stages}
    rows: list[FunnelRow] = []
    warnings: list[str] = []
    first: int | None = None
    last_known: FunnelStep | None = None
    for step in ordered_steps(journey):
        count = step.count
        previous = last_known.label if last_known is not None else None
        conversion = _ratio(count, last_known.count if last_known is not None else None)
        if first is None and count is not None:
            first = count
        if conversion is not None and conversion > 1.0 and last_known is not None:
            warnings.append(f"{step.label!r} ({count}) is larger than {previous!r} "
                            f"({last_known.count})")  # fmt: skip
        rows.append(
            FunnelRow(
                stage_id=step.stage_id,
                stage=names.get(step.stage_id, step.stage_id),
                label=step.label,
                count=count,
                amount=step.amount,
                currency=step.currency,
                previous=previous if last_known is not None and count is not None else None,
                conversion=conversion,
                drop_off=None if conversion is None else 1.0 - conversion,
                overall=_ratio(count, first),
                average_amount=_average(step.amount, count),
            )
        )
        if count is not None:
            last_known = step
    last = last_known.count if last_known is not None else None
    overall = _ratio(last, first) if len([r for r in rows if r.count is not None]) > 1 else None
    return FunnelReport(tuple(rows), overall, tuple(warnings))


def _ratio(part: int | None, whole: int | None) -> float | None:
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole


def _average(amount: float | None, count: int | None) -> float | None:
    if amount is None or count is None or count <= 0:
        return None
    return amount / count

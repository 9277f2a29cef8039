"""A suggested mapping: what each column is, and which stage and touchpoint it measures.

A measure (rating, Likert, NPS) whose question names a touchpoint card or a stage goes
there. The others follow the journey's order, as questionnaires do: between two named
columns they are spread over the stages in between, and with no named column at all they
are spread over all stages in column order. A free-text column comments on the measure
just before it. A category column whose answers are persona names (or whose header says
segment, persona, 用户类型...) segments the measured emotion curve.
"""

from __future__ import annotations

import re
from itertools import pairwise

from journey_designer.model import ColumnMapping, JourneyMap, LaneKind, SurveyMapping
from journey_designer.model.entities import MetricKind
from journey_designer.survey.columns import MEASURE_ROLES, ColumnInfo, Role
from journey_designer.survey.matching import similarity
from journey_designer.survey.table import SurveyTable

MATCH_THRESHOLD = 0.6
_EFFORT = re.compile(r"effort|easy|ease|difficult|hard to|费力|容易|难易|便捷|方便")
_COMMENTS = re.compile(
    r"comment|feedback|suggest|explain|why|tell us|anything else|remarks|improve"
    r"|意见|建议|评论|原因|请说明|留言|反馈|想说|补充|改进"
)
_SEGMENT = re.compile(
    r"segment|persona|customer type|user type|role|用户类型|客户类型|会员|角色|身份|人群"
)

Target = tuple[str, str | None]  # stage id, touchpoint card id


def suggest_mapping(table: SurveyTable, journey: JourneyMap) -> SurveyMapping:
    columns = [
        ColumnMapping(column=c.index, header=c.header, role=c.role.value) for c in table.columns
    ]
    measures = [c for c in table.columns if c.role in MEASURE_ROLES]
    targets = _named_targets(measures, journey)
    # "Would you recommend us?" is asked of the whole journey: it belongs to its end.
    for info in measures:
        if info.role is Role.NPS and info.index not in targets and journey.stages:
            targets[info.index] = (journey.stages[-1].id, None)
    ordered = [c for c in measures if c.role is not Role.NPS or targets[c.index][1] is None]
    _fill_by_order(
        [c for c in ordered if c.role is not Role.NPS], targets, [s.id for s in journey.stages]
    )
    for column in columns:
        info = table.columns[column.column]
        if info.role in MEASURE_ROLES and info.index in targets:
            column.stage_id, column.card_id = targets[info.index]
            column.metric = default_metric(info)
    _comments_follow_measures(table, columns)
    mapping = SurveyMapping(header_rows=table.shape.header_rows, columns=columns)
    _suggest_segments(table, journey, mapping)
    return mapping


def default_metric(info: ColumnInfo) -> MetricKind:
    if info.role is Role.NPS:
        return MetricKind.NPS
    if _EFFORT.search(info.header.lower()):
        return MetricKind.CES
    return MetricKind.SATISFACTION


def _touchpoints(journey: JourneyMap) -> list[tuple[str, str, str]]:
    """(text to match, stage id, card id) for each touchpoint card."""
    lanes = {lane.id for lane in journey.lanes if lane.kind is LaneKind.TOUCHPOINTS}
    found = []
    for card in journey.cards:
        if card.lane_id in lanes and card.title.strip():
            found.append((card.title, card.stage_id, card.id))
    return found


def _named_targets(measures: list[ColumnInfo], journey: JourneyMap) -> dict[int, Target]:
    touchpoints = _touchpoints(journey)
    targets: dict[int, Target] = {}
    for info in measures:
        text = info.header
        best_card = max(
            ((similarity(text, title), stage, card) for title, stage, card in touchpoints),
            default=(0.0, "", ""),
        )
        best_stage = max(
            ((similarity(text, s.name), s.id) for s in journey.stages), default=(0.0, "")
        )
        if best_card[0] >= MATCH_THRESHOLD and best_card[0] >= best_stage[0]:
            targets[info.index] = (best_card[1], best_card[2])
        elif best_stage[0] >= MATCH_THRESHOLD:
            targets[info.index] = (best_stage[1], None)
    return targets


def _fill_by_order(
    measures: list[ColumnInfo], targets: dict[int, Target], stages: list[str]
) -> None:
    if not stages:
        return
    position = {stage: i for i, stage in enumerate(stages)}
    anchors = [
        (k, position[targets[c.index][0]]) for k, c in enumerate(measures) if c.index in targets
    ]
    bounds = [(-1, 0), *anchors, (len(measures), len(stages) - 1)]
    if not anchors:
        bounds = [(-1, 0), (len(measures), len(stages) - 1)]
    for (left, left_stage), (right, right_stage) in pairwise(bounds):
        gap = range(left + 1, right)
        for step, k in enumerate(gap):
            if not anchors:
                stage = (k * len(stages)) // max(1, len(measures))
            else:
                span = max(right_stage, left_stage) - left_stage
                stage = left_stage + round(span * (step + 1) / (len(gap) + 1))
            targets[measures[k].index] = (stages[min(stage, len(stages) - 1)], None)


def _comments_follow_measures(table: SurveyTable, columns: list[ColumnMapping]) -> None:
    last: ColumnMapping | None = None
    for column in columns:
        role = table.columns[column.column].role
        if role in MEASURE_ROLES and column.stage_id:
            last = column
        elif role is Role.TEXT and last is not None and _COMMENTS.search(column.header.lower()):
            # Only comment questions: other free text (an illness, a job title) is not a
            # quote about the touchpoint, and may be sensitive.
            column.stage_id, column.card_id = last.stage_id, last.card_id


def _suggest_segments(table: SurveyTable, journey: JourneyMap, mapping: SurveyMapping) -> None:
    names = {p.name.strip().lower(): p.id for p in journey.personas if p.name.strip()}
    for info in table.columns:
        if info.role is not Role.CATEGORY:
            continue
        answers = set(table.labels(info.index).values())
        matched = {a: names[a.lower()] for a in answers if a.lower() in names}
        if matched or _SEGMENT.search(info.header.lower()):
            mapping.segment_column = info.index
            mapping.segment_personas = matched
            return


def refind_columns(table: SurveyTable, mapping: SurveyMapping) -> tuple[SurveyMapping, list[str]]:
    """A saved mapping on an updated file (Refresh data, `import --mapping`): each column is
    found again by its header, so a column that moved keeps its meaning; the segment and
    filter columns follow theirs. Returns the mapping and the headers no longer in the file."""
    columns = []
    missing = []
    for column in mapping.columns:
        found = table.find_column(column.header) if column.header else None
        if found is None and column.header and column.stage_id:
            missing.append(column.header)
            continue
        index = found.index if found is not None else column.column
        if index < len(table.columns):
            columns.append(column.model_copy(update={"column": index}))
    headers = {c.column: c.header for c in mapping.columns}
    segment = _refind(mapping.segment_column, headers, table)
    row_filter = _refind(mapping.filter_column, headers, table)
    return mapping.model_copy(
        update={
            "columns": columns,
            "segment_column": segment,
            "segment_personas": mapping.segment_personas if segment is not None else {},
            "filter_column": row_filter,
            "filter_values": mapping.filter_values if row_filter is not None else [],
        },
        deep=True,
    ), missing


def _refind(index: int | None, headers: dict[int, str], table: SurveyTable) -> int | None:
    if index is None:
        return None
    header = headers.get(index, "")
    found = table.find_column(header) if header else None
    if found is not None:
        return found.index
    return index if not header and index < len(table.columns) else None

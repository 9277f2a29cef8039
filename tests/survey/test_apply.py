"""Applying a survey to a map: suggested mapping, metrics, measured curves, quotes, pain
points, personal data kept out, one undo, and Refresh data keeping manual edits."""

from __future__ import annotations

import statistics
from pathlib import Path

from journey_designer.model import JourneyMap, Metric, find_problems
from journey_designer.model.entities import LaneKind, MetricKind
from journey_designer.storage import dump_map
from journey_designer.survey.apply import import_edit, make_source, plan_import
from journey_designer.survey.mapping import refind_columns, suggest_mapping
from journey_designer.survey.table import SurveyTable
from journey_designer.templates import new_map_from_template
from tests.survey.survey_csv import table_of

HEADERS = [
    "ID",
    "Email",
    "How satisfied were you with the Creator review video? (1-5)",
    "How satisfied were you with the Comparison page? (1-5)",
    "How satisfied were you with Checkout & payment? (1-5)",
    "Any comments about checkout?",
    "How satisfied are you with the Companion app? (1-5)",
    "How likely are you to recommend us to a friend? (0-10)",
    "Persona",
]
COMMENTS = ["Too many steps", "Too many steps", "Card was declined, call me on 13912345678",
            "Too many steps", "Fine", "Fine", "Slow page", "", "N/A", "Slow page"]  # fmt: skip


def survey_rows(shift: int = 0) -> list[list[str | None]]:
    rows: list[list[str | None]] = [list(HEADERS)]
    for i in range(40):
        rows.append([
            str(100 + i), f"person{i}@example.com", str(3 + i % 3), str(2 + (i + shift) % 4),
            str(1 + (i + shift) % 2), COMMENTS[i % 10], str(4 + i % 2), str((i * 7 + shift) % 11),
            ["Emma Walsh", "Marcus Berg"][i % 2],
        ])  # fmt: skip
    return rows


def numbers(rows: list[list[str | None]], column: int, persona: str | None = None) -> list[float]:
    return [
        float(r[column]) for r in rows[1:] if r[column] and (persona is None or r[8] == persona)
    ]


def imported(tmp_path: Path, rows: list[list[str | None]]) -> tuple[JourneyMap, SurveyTable]:
    return new_map_from_template("b2c_five_stages", "en"), table_of(tmp_path, rows)


def test_the_suggested_mapping_follows_the_question_text(tmp_path: Path) -> None:
    journey, table = imported(tmp_path, survey_rows())
    mapping = suggest_mapping(table, journey)
    targets = {c.column: (c.stage_id, c.card_id, c.metric) for c in mapping.columns if c.stage_id}
    assert targets[2] == ("st-awareness", "c-aw-tp-1", MetricKind.SATISFACTION)
    assert targets[3] == ("st-consideration", "c-co-tp-1", MetricKind.SATISFACTION)
    assert targets[4] == ("st-decision", "c-de-tp-1", MetricKind.SATISFACTION)
    assert targets[5][:2] == ("st-decision", "c-de-tp-1")  # comments follow their rating
    assert targets[6] == ("st-use", "c-us-tp-1", MetricKind.SATISFACTION)
    assert targets[7] == ("st-loyalty", None, MetricKind.NPS)  # recommending ends the journey
    assert 1 not in targets  # the email column measures nothing
    assert mapping.segment_column == 8
    assert mapping.segment_personas == {
        "Emma Walsh": "p-professional",
        "Marcus Berg": "p-enthusiast",
    }


def apply_survey(  # type: ignore[no-untyped-def]
    journey: JourneyMap, table: SurveyTable, tmp_path: Path, source_id: str | None = None
):
    if source_id is None:
        mapping = suggest_mapping(table, journey)
    else:  # Refresh data: the saved mapping, its columns found again by header
        saved = next(s for s in journey.survey_sources if s.id == source_id).mapping
        mapping, missing = refind_columns(table, saved)
        assert missing == []
    source = make_source(table, mapping, tmp_path / "survey.csv", source_id, journey.all_ids())
    plan = plan_import(journey, table, source)
    return plan, import_edit(journey, table, plan).apply(journey)


def survey_metric(journey: JourneyMap, card_id: str) -> Metric:
    return next(m for m in journey.card(card_id).metrics if m.provenance.kind == "survey")


def test_touchpoints_get_metrics_with_n_and_interval(tmp_path: Path) -> None:
    rows = survey_rows()
    journey, table = imported(tmp_path, rows)
    apply_survey(journey, table, tmp_path)
    assert find_problems(journey) == []
    checkout = survey_metric(journey, "c-de-tp-1")
    answers = numbers(rows, 4)
    assert checkout.kind is MetricKind.SATISFACTION and checkout.n == len(answers) == 40
    assert checkout.value == round(statistics.mean(answers), 2)
    assert checkout.ci_low is not None and checkout.ci_low < checkout.value < (
        checkout.ci_high or 0
    )
    nps_card = next(
        c for c in journey.cards
        if c.stage_id == "st-loyalty" and c.source_id and c.metrics
    )  # fmt: skip
    scores = numbers(rows, 7)
    expected = 100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)
    assert nps_card.metrics[-1].value == round(expected, 1)


def test_one_measured_curve_per_persona_by_the_documented_formula(tmp_path: Path) -> None:
    rows = survey_rows()
    journey, table = imported(tmp_path, rows)
    apply_survey(journey, table, tmp_path)
    measured = {c.persona_id: c for c in journey.emotion_curves if c.source_id}
    assert set(measured) == {"p-professional", "p-enthusiast"}
    point = next(p for p in measured["p-enthusiast"].points if p.stage_id == "st-decision")
    answers = numbers(rows, 4, "Marcus Berg")
    unit = (statistics.mean(answers) - 1) / (5 - 1)
    assert point.value == round(-2 + unit * 4, 2) and point.n == len(answers)
    assert point.provenance.kind == "survey"
    # The facilitator's estimates are untouched.
    assert sum(1 for c in journey.emotion_curves if c.source_id is None) == 3


def test_quotes_pain_points_and_no_personal_data(tmp_path: Path) -> None:
    journey, table = imported(tmp_path, survey_rows())
    plan, _undo = apply_survey(journey, table, tmp_path)
    thoughts = next(lane.id for lane in journey.lanes if lane.kind is LaneKind.THOUGHTS)
    quotes = [c for c in journey.cards if "quote" in c.tags]
    assert {c.lane_id for c in quotes} == {thoughts}
    assert quotes[0].title == "Too many steps"  # the most frequent first
    assert all(c.stage_id == "st-decision" for c in quotes)
    assert plan.pain_points[0].card_id == "c-de-tp-1"  # checkout scored lowest
    pain_lane = next(lane.id for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS)
    assert any(c.lane_id == pain_lane and c.source_id for c in journey.cards)
    saved = dump_map(journey).decode("utf-8")
    assert "@example.com" not in saved and "13912345678" not in saved


def test_the_import_is_one_edit_that_undoes_exactly(tmp_path: Path) -> None:
    journey, table = imported(tmp_path, survey_rows())
    before = journey.model_dump()
    _plan, undo = apply_survey(journey, table, tmp_path)
    after = journey.model_dump()
    redo = undo.apply(journey)
    assert journey.model_dump() == before
    redo.apply(journey)
    assert journey.model_dump() == after


def test_refresh_replaces_survey_data_and_keeps_manual_edits(tmp_path: Path) -> None:
    journey, table = imported(tmp_path, survey_rows())
    apply_survey(journey, table, tmp_path)
    source_id = journey.survey_sources[0].id
    checkout = journey.card("c-de-tp-1")
    manual = Metric(kind=MetricKind.CONVERSION, value=3.4, unit="%")
    journey.cards[journey.cards.index(checkout)] = checkout.model_copy(
        update={"title": "Checkout (new flow)", "metrics": [*checkout.metrics, manual]}
    )
    counts = (len(journey.cards), len(journey.emotion_curves))
    updated = survey_rows(shift=1)
    table2 = table_of(tmp_path, updated, "survey-v2.csv")
    apply_survey(journey, table2, tmp_path, source_id)
    card = journey.card("c-de-tp-1")
    assert card.title == "Checkout (new flow)" and manual in card.metrics
    survey = [m for m in card.metrics if m.provenance.kind == "survey"]
    assert len(survey) == 1 and survey[0].value == round(statistics.mean(numbers(updated, 4)), 2)
    assert (len(journey.cards), len(journey.emotion_curves)) == counts  # nothing doubled
    assert len(journey.survey_sources) == 1 and find_problems(journey) == []


def test_only_comment_questions_become_quotes(tmp_path: Path) -> None:
    rows: list[list[str | None]] = [
        [
            "How satisfied were you with Checkout & payment? (1-5)",
            "Which illness do you have?",
            "Any comments on checkout?",
        ]
    ]
    for i in range(30):
        rows.append([str(1 + i % 5), ["高血压", "关节炎", "无"][i % 3], ["Slow", "Fine"][i % 2]])
    journey, table = imported(tmp_path, rows)
    mapping = suggest_mapping(table, journey)
    assert mapping.columns[1].stage_id is None  # free text, but not a comment on the touchpoint
    assert mapping.columns[2].stage_id == "st-decision"


def test_refresh_follows_the_segment_column_when_it_moves(tmp_path: Path) -> None:
    journey, table = imported(tmp_path, survey_rows())
    mapping = suggest_mapping(table, journey)
    moved = [[row[8], *row[:8]] for row in survey_rows()]  # the persona column comes first
    table2 = table_of(tmp_path, moved, "moved.csv")
    refound, missing = refind_columns(table2, mapping)
    assert missing == [] and refound.segment_column == 0
    assert refound.segment_personas == mapping.segment_personas
    assert {c.header: c.column for c in refound.columns}[HEADERS[4]] == 5


def test_one_curve_for_all_respondents_goes_to_the_chosen_persona(tmp_path: Path) -> None:
    journey, table = imported(tmp_path, survey_rows())
    mapping = suggest_mapping(table, journey)
    mapping.segment_column = None  # no split by persona: one curve of everyone
    for chosen, expected in [(None, "p-professional"), ("p-enthusiast", "p-enthusiast"),
                             ("p-deleted", "p-professional")]:  # fmt: skip
        mapping.curve_persona = chosen
        source = make_source(table, mapping, tmp_path / "survey.csv", None, journey.all_ids())
        assert list(plan_import(journey, table, source).curves) == [expected], chosen

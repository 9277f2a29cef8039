"""The real exports in ../shared/data/surveys/: format, header rows, roles and metrics.

The files were written by others (see SOURCES.md there) and are never copied into the
project; these tests skip when the folder is absent. Metrics are checked against values
computed here independently: the csv module or openpyxl reads the raw cells and the
answer words are mapped to numbers by hand.
"""

from __future__ import annotations

import csv
import statistics
from functools import cache
from pathlib import Path

import pytest

from journey_designer.survey.columns import Role
from journey_designer.survey.reading import read_file
from journey_designer.survey.stats import summarize_nps, summarize_ratings
from journey_designer.survey.table import SurveyTable, understand

SURVEYS = Path(__file__).resolve().parents[3] / "shared" / "data" / "surveys"
pytestmark = pytest.mark.skipif(not SURVEYS.is_dir(), reason="shared survey exports absent")


@cache
def table(name: str) -> SurveyTable:
    return understand(read_file(SURVEYS / name))


def roles(name: str) -> list[Role]:
    return [c.role for c in table(name).columns]


@pytest.mark.parametrize(
    ("name", "format_key", "header_rows", "responses"),
    [
        ("google_forms_hotdog_spring25.xlsx", "google_forms", 1, 64),
        ("msforms_vfx_curriculum_responses.xlsx", "microsoft_forms", 1, 230),
        ("qualtrics_many_question_types_insights.csv", "qualtrics", 3, 5),
        ("surveymonkey_post_test_export.xlsx", "surveymonkey", 2, 4),
        ("surveymonkey_pre_test_export.csv", "surveymonkey", 2, 4),
        ("typeform_founderland_member_survey.xlsx", "typeform", 1, 43),
        ("nps_timeseries_data.csv", "generic", 1, 5000),
        ("springer_nature_data_sharing_survey.xlsx", "generic", 1, 7718),
        ("wjx_health_survey_zh.xlsx", "wjx", 1, 2488),
    ],
)
def test_format_header_rows_and_responses(
    name: str, format_key: str, header_rows: int, responses: int
) -> None:
    found = table(name)
    assert found.shape.format.key == format_key
    assert found.shape.header_rows == header_rows
    assert found.n_responses == responses


def test_google_forms_columns() -> None:
    found = roles("google_forms_hotdog_spring25.xlsx")
    assert found[0] is Role.TIMESTAMP
    assert found[1] is Role.CATEGORY  # "No", "NO", "Nope", "Yesss"... typed freely
    assert found[2] is Role.TEXT


def test_microsoft_forms_columns() -> None:
    found = table("msforms_vfx_curriculum_responses.xlsx")
    assert [c.role for c in found.columns[:5]] == [
        Role.ID, Role.TIMESTAMP, Role.TIMESTAMP, Role.PERSONAL, Role.PERSONAL,
    ]  # fmt: skip
    assert found.columns[8].role is Role.MULTI and found.columns[8].separator == ";"
    assert found.columns[9].role is Role.MULTI
    # Free text that holds a few semicolons is still free text.
    assert found.columns[14].role is Role.TEXT and found.columns[21].role is Role.TEXT
    assert found.columns[7].header == "What is your seniority level?"  # trailing space gone


def test_qualtrics_columns_and_slider_mean() -> None:
    found = table("qualtrics_many_question_types_insights.csv")
    assert found.columns[0].role is Role.ID
    assert found.columns[2].role is Role.PERSONAL and found.columns[7].role is Role.PERSONAL
    slider = found.columns[51]
    assert slider.code == "Q5_1" and slider.role is Role.RATING and slider.scale == (0.0, 100.0)
    assert "Oranges" in slider.header
    with (SURVEYS / "qualtrics_many_question_types_insights.csv").open(newline="") as handle:
        raw = [row[51] for row in list(csv.reader(handle))[3:] if row[51]]
    expected = statistics.mean(float(v) for v in raw)
    assert summarize_ratings(slider.value_counts(), (0, 100)).mean == pytest.approx(expected)


def test_surveymonkey_matrix_headers_and_likert_words() -> None:
    for name in ("surveymonkey_post_test_export.xlsx", "surveymonkey_pre_test_export.csv"):
        found = table(name)
        assert found.columns[0].role is Role.ID
        assert found.columns[4].role is Role.PERSONAL and found.columns[4].personal_kind == "ip"
        matrix = found.columns[11]
        assert matrix.header.startswith("Please rate your level of confidence")
        assert matrix.header.endswith("Identify a scientific problem")
        assert all(c.role is Role.LIKERT for c in found.columns[9:24])
    pre = table("surveymonkey_pre_test_export.csv").columns[10]
    words = {"Not at all confident": 1, "Slightly confident": 2, "Somewhat confident": 3,
             "Very confident": 4, "Extremely confident": 5}  # fmt: skip
    labels = table("surveymonkey_pre_test_export.csv").labels(10)
    for code, number in pre.numbers.items():
        assert number == words[labels[code]]


def test_typeform_option_columns_and_satisfaction() -> None:
    found = table("typeform_founderland_member_survey.xlsx")
    assert all(c.role is Role.MULTI for c in found.columns[3:7])
    assert all(c.role is Role.LIKERT for c in found.columns[19:29])  # "Gained  a lot" typo too
    satisfaction = found.columns[31]
    assert satisfaction.role is Role.LIKERT
    words = {
        "Very dissatisfied": 1,
        "Somewhat dissatisfied": 2,
        "Neither satisfied nor dissatisfied": 3,
        "Somewhat satisfied": 4,
        "Very satisfied": 5,
    }
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(SURVEYS / "typeform_founderland_member_survey.xlsx").active
    raw = [row[31] for row in sheet.iter_rows(min_row=2, values_only=True) if row[31]]
    expected = statistics.mean(words[v] for v in raw)
    assert summarize_ratings(satisfaction.value_counts(), (1, 5)).mean == pytest.approx(expected)


def test_nps_matches_a_count_by_hand() -> None:
    found = table("nps_timeseries_data.csv")
    assert roles("nps_timeseries_data.csv") == [
        Role.ID, Role.CATEGORY, Role.TIMESTAMP, Role.PERSONAL, Role.NUMBER, Role.NUMBER, Role.NPS,
    ]  # fmt: skip
    with (SURVEYS / "nps_timeseries_data.csv").open(newline="") as handle:
        scores = [int(row["NPS"]) for row in csv.DictReader(handle)]
    promoters = sum(s >= 9 for s in scores) / len(scores)
    detractors = sum(s <= 6 for s in scores) / len(scores)
    nps = summarize_nps(found.columns[6].value_counts())
    assert nps.n == 5000
    assert nps.nps == pytest.approx(100 * (promoters - detractors))


def test_springer_importance_scale_and_checkbox_columns() -> None:
    found = table("springer_nature_data_sharing_survey.xlsx")
    importance = found.columns[10]
    assert importance.role is Role.RATING and importance.scale == (1.0, 10.0)
    assert found.columns[17].scale == (0.0, 10.0) and found.columns[18].role is Role.RATING
    assert all(c.role is Role.MULTI for c in found.columns[11:16])
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(SURVEYS / "springer_nature_data_sharing_survey.xlsx").active
    raw = [row[10] for row in sheet.iter_rows(min_row=2, values_only=True)]
    numbers = [float(v) for v in raw if isinstance(v, int | float)]
    summary = summarize_ratings(importance.value_counts(), (1, 10))
    assert summary.n == len(numbers)
    assert summary.mean == pytest.approx(statistics.mean(numbers))


def test_wjx_chinese_satisfaction_and_personal_columns() -> None:
    found = table("wjx_health_survey_zh.xlsx")
    assert found.columns[0].role is Role.ID and found.columns[1].role is Role.TIMESTAMP
    assert found.columns[4].role is Role.PERSONAL and found.columns[4].personal_kind == "nickname"
    assert found.columns[5].role is Role.PERSONAL and found.columns[5].personal_kind == "ip"
    assert all(c.role is Role.LIKERT for c in found.columns[17:25])
    assert found.columns[34].role is Role.MULTI and found.columns[34].separator == "┋"
    words = {"很满意": 5, "基本满意": 4, "一般": 3, "不太满意": 2, "很不满意": 1}
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(SURVEYS / "wjx_health_survey_zh.xlsx").active
    raw = [row[17] for row in sheet.iter_rows(min_row=2, values_only=True) if row[17]]
    summary = summarize_ratings(found.columns[17].value_counts(), (1, 5))
    assert summary.n == len(raw) == 2488
    assert summary.mean == pytest.approx(statistics.mean(words[v] for v in raw))
    # "不了解" (don't know) is skipped, not a level of the importance scale.
    assert found.columns[30].skipped == 99

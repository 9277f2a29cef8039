"""Understanding a table: header rows, skipped rows, and the role and scale of each column."""

from __future__ import annotations

from pathlib import Path

from journey_designer.survey.columns import Role
from journey_designer.survey.headers import FORMATS
from journey_designer.survey.likert import match_likert
from tests.survey.survey_csv import table_of


def test_likert_words_map_to_numbers_in_both_languages() -> None:
    zh = match_likert(["很满意", "基本满意", "一般", "不太满意", "很不满意"])
    assert zh is not None and zh.scale == (1.0, 5.0)
    assert [zh.values[w] for w in ["很不满意", "不太满意", "一般", "基本满意", "很满意"]] == [
        1,
        2,
        3,
        4,
        5,
    ]
    en = match_likert(["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree"])
    assert en is not None and en.values["Strongly agree"] == 5 and en.values["Disagree"] == 2
    assert match_likert(["非常同意", "同意", "不同意", "非常不同意"]).values["非常不同意"] == 1  # type: ignore[union-attr]
    assert match_likert(["Red", "Green", "Blue"]) is None


def test_likert_codes_that_run_backwards_are_reported() -> None:
    found = match_likert(["1 - Very satisfied", "3 - Neutral", "5 - Very dissatisfied"])
    assert found is not None
    assert found.values["1 - Very satisfied"] == 5  # the words win over the codes
    assert found.reversed_codes


def test_one_header_row_and_typed_columns(tmp_path: Path) -> None:
    rows = [
        ["ID", "Submitted", "How satisfied were you with checkout? (1-5)",
         "How likely are you to recommend us? (0-10)", "Plan", "Comments", "Email", "Code"],
    ]  # fmt: skip
    answers = ["4", "5", "N/A", "2", "", "3", "4", "1", "5", "5"]
    for i, answer in enumerate(answers):
        rows.append([
            str(1000 + i), f"2024-05-{i + 1:02d} 10:00", answer, str(i), ["Basic", "Pro"][i % 2],
            f"comment number {i}", f"user{i}@example.com", f"0{i % 3}",
        ])  # fmt: skip
    table = table_of(tmp_path, rows)
    assert table.shape.header_rows == 1 and table.n_responses == 10
    roles = [c.role for c in table.columns]
    assert roles == [
        Role.ID, Role.TIMESTAMP, Role.RATING, Role.NPS,
        Role.CATEGORY, Role.TEXT, Role.PERSONAL, Role.CATEGORY,
    ]  # fmt: skip
    rating = table.columns[2]
    assert rating.scale == (1.0, 5.0)
    assert rating.n == 8 and rating.skipped == 2  # "N/A" and a blank are skipped, not zero
    assert sum(v * n for v, n in rating.value_counts().items()) == 4 + 5 + 2 + 3 + 4 + 1 + 5 + 5
    assert table.columns[6].personal_kind == "email"
    # Codes with a leading zero stay text.
    assert set(table.labels(7).values()) == {"00", "01", "02"}


def test_header_below_a_title_and_summary_and_blank_rows_left_out(tmp_path: Path) -> None:
    rows: list[list[str | None]] = [
        ["Customer survey, spring", None, None, None],
        [None, None, None, None],
        ["ID", "Store visit satisfaction", "Segment", "Note"],
    ]
    for i in range(12):
        rows.append([f"r{i}", str(1 + i % 5), ["新客", "老客"][i % 2], f"note {i}"])
    rows.insert(8, [None, None, None, None])
    rows.append(["合计", "36", None, None])
    rows.append(["AVERAGE", "3", None, None])
    table = table_of(tmp_path, rows)
    assert table.shape.header_start == 2 and table.shape.header_rows == 1
    assert table.n_responses == 12
    assert table.shape.skipped_rows["blank"] == 1
    assert table.shape.skipped_rows["summary (total, average…)"] == 2
    assert table.columns[1].role is Role.RATING and table.columns[1].n == 12


def test_two_header_rows_fill_matrix_questions_across(tmp_path: Path) -> None:
    rows: list[list[str | None]] = [
        ["Respondent ID", "Collector ID", "Rate each part of your visit", None, None],
        [None, None, "Parking", "Reception", "Waiting room"],
    ]
    for i in range(6):
        rows.append(
            [
                str(i),
                "9",
                *[["Very satisfied", "Satisfied", "Neutral"][(i + k) % 3] for k in range(3)],
            ]
        )
    table = table_of(tmp_path, rows)
    assert table.shape.format.key == "surveymonkey" and table.shape.header_rows == 2
    assert [c.header for c in table.columns[2:]] == [
        "Rate each part of your visit - Parking",
        "Rate each part of your visit - Reception",
        "Rate each part of your visit - Waiting room",
    ]
    assert all(c.role is Role.LIKERT for c in table.columns[2:])


def test_no_header_row_gives_letter_names(tmp_path: Path) -> None:
    rows = [[str(i), str(1 + i % 5), str(i % 11)] for i in range(20)]
    table = table_of(tmp_path, rows)
    assert table.shape.header_rows == 0 and table.n_responses == 20
    assert [c.header for c in table.columns] == ["Column A", "Column B", "Column C"]


def test_multi_select_in_one_cell_and_one_column_per_option(tmp_path: Path) -> None:
    options = ["微信", "微博", "抖音", "小红书"]
    rows = [["渠道（多选）", "Newsletter", "Events", "Free text; with a semicolon"]]
    for i in range(20):
        chosen = "┋".join(options[: 1 + i % 4])
        rows.append([chosen, "Newsletter" if i % 2 else "", "Events" if i % 3 else "",
                     f"answer {i}; unique" if i == 3 else f"answer {i}"])  # fmt: skip
    table = table_of(tmp_path, rows)
    assert table.columns[0].role is Role.MULTI and table.columns[0].separator == "┋"
    assert table.columns[1].role is Role.MULTI and table.columns[2].role is Role.MULTI
    assert table.columns[3].role is Role.TEXT


def test_personal_data_is_recognised_by_header_and_by_value(tmp_path: Path) -> None:
    rows = [["姓名", "您的手机号", "来自IP", "Contact", "10、您使用手机APP的频率"]]
    for i in range(10):
        rows.append([f"张{i}", f"1391234{i:04d}", f"10.0.0.{i}(北京)", f"13812345{i:03d}",
                     ["从不", "偶尔", "经常"][i % 3]])  # fmt: skip
    table = table_of(tmp_path, rows)
    assert [c.role for c in table.columns[:4]] == [Role.PERSONAL] * 4
    assert table.columns[4].role is Role.LIKERT  # "手机" in a question is not a phone number


def test_code_counts_agree_with_a_plain_count() -> None:
    import random
    from array import array
    from collections import Counter

    from journey_designer.survey.cells import ColumnData
    from journey_designer.survey.columns import code_counts
    from journey_designer.survey.headers import TableShape

    rng = random.Random(7)
    for distinct in (2, 255, 256, 300, 5000):
        codes = array("I", (rng.randrange(distinct) for _ in range(3000)))
        column = ColumnData(values=[None, *range(1, distinct)], codes=codes)
        for excluded in (frozenset(), frozenset({5, 17, 2999})):
            shape = TableShape(FORMATS["generic"], 0, 2, len(codes), excluded)
            expected = Counter(codes[2:])
            for row in excluded:
                expected[codes[row]] -= 1
            assert code_counts(column, shape) == {c: n for c, n in expected.items() if n > 0}


def test_a_respondent_number_column_is_an_id_not_a_rating(tmp_path: Path) -> None:
    """Five respondents numbered 1-5 look like a 1-5 rating; the header says what they are."""
    for header in ("Respondent", "Participant ID", "受访者编号"):
        rows = [[header, "How satisfied were you with checkout? (1-5)"]]
        rows += [[str(i), str(6 - i)] for i in range(1, 6)]
        table = table_of(tmp_path, rows)
        assert [c.role for c in table.columns] == [Role.ID, Role.RATING], header

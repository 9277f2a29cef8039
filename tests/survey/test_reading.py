"""Reading survey files: the real exports, text encodings and delimiters, cell values as
read, sheet positions and sheet choice.

The real exports live in ../shared/data/surveys/ (see SOURCES.md there); they are read
from that folder, never copied, and these tests skip when it is absent.
"""

from __future__ import annotations

import codecs
import hashlib
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from journey_designer.survey.cells import ReadResult, SheetData, SurveyReadError
from journey_designer.survey.reading import read_file
from journey_designer.survey.sandbox import list_sheets, read_survey
from tests.survey import hostile_files as hostile

SURVEYS = Path(__file__).resolve().parents[3] / "shared" / "data" / "surveys"
if not SURVEYS.is_dir():
    SURVEYS = Path("/work/shared/data/surveys")

# file, kind, sheet name, rows, columns (SOURCES.md), and a few cells (row, column, value)
REAL_EXPORTS: list[tuple[str, str, str | None, int, int, list[tuple[int, int, object]]]] = [
    (
        "google_forms_hotdog_spring25.xlsx",
        "xlsx",
        "Form Responses 1",
        65,
        9,
        [(0, 0, "Timestamp"), (1, 0, datetime(2025, 1, 15, 21, 53, 4, 789000)), (1, 1, "No")],
    ),
    (
        "msforms_vfx_curriculum_responses.xlsx",
        "xlsx",
        "Sheet1",
        231,
        22,
        [(0, 0, "ID"), (1, 0, 1.0), (1, 3, "anonymous"), (1, 4, None)],
    ),
    (
        "qualtrics_many_question_types_insights.csv",
        "csv",
        None,
        8,
        190,
        [(0, 0, "ResponseID"), (2, 0, "{'ImportId': 'responseId'}")],
    ),
    (
        "surveymonkey_post_test_export.xlsx",
        "xlsx",
        "Sheet",
        6,
        27,
        [(0, 0, "Respondent ID"), (1, 9, "Response")],
    ),
    (
        "surveymonkey_pre_test_export.csv",
        "csv",
        None,
        6,
        27,
        [(0, 0, "Respondent ID"), (2, 0, "1.14628E+11")],
    ),
    (
        "typeform_founderland_member_survey.xlsx",
        "xlsx",
        "kku4lTxX",
        44,
        59,
        [(0, 0, "#"), (1, 1, "LinkedIn"), (1, 2, None)],
    ),
    (
        "nps_timeseries_data.csv",
        "csv",
        None,
        5001,
        7,
        [(0, 6, "NPS"), (1, 0, "1000"), (1, 2, "01/09/2021")],
    ),
    (
        "springer_nature_data_sharing_survey.xlsx",
        "xlsx",
        "All",
        7719,
        24,
        [(1, 0, "Director"), (1, 1, "DE - Germany"), (1, 3, 0.0)],
    ),
    (
        "wjx_health_survey_zh.xlsx",
        "xlsx",
        "Sheet1",
        2489,
        39,
        [(0, 0, "序号"), (1, 0, "3"), (1, 1, "2020/5/12 19:02:50"), (1, 2, "194秒")],
    ),
]


@pytest.mark.parametrize(
    ("name", "kind", "sheet", "rows", "columns", "cells"),
    REAL_EXPORTS,
    ids=[export[0] for export in REAL_EXPORTS],
)
def test_real_export_reads_through_the_child(
    name: str,
    kind: str,
    sheet: str | None,
    rows: int,
    columns: int,
    cells: list[tuple[int, int, object]],
) -> None:
    path = SURVEYS / name
    if not path.exists():
        pytest.skip("the shared survey exports are not on this machine")
    result = read_survey(path)
    assert result.file_name == name
    assert result.kind == kind
    assert result.sheet.name == (sheet if sheet is not None else path.stem)
    assert result.sheet_names == [result.sheet.name]
    assert (result.sheet.n_rows, result.sheet.n_columns) == (rows, columns)
    assert all(len(column.codes) == rows for column in result.sheet.columns)
    for row, column, value in cells:
        assert result.sheet.cell(row, column) == value
        assert type(result.sheet.cell(row, column)) is type(value)
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    if kind == "csv":
        assert (result.encoding, result.delimiter) == ("utf-8", ",")


def test_msforms_dimension_a1_does_not_truncate() -> None:
    path = SURVEYS / "msforms_vfx_curriculum_responses.xlsx"
    if not path.exists():
        pytest.skip("the shared survey exports are not on this machine")
    sheet = read_file(path).sheet
    assert (sheet.n_rows, sheet.n_columns) == (231, 22)
    assert sheet.cell(230, 0) == 230.0
    assert len(set(sheet.columns[6].values)) == 79  # 77 distinct answers, header, blank


def test_a_lying_dimension_is_ignored(tmp_path: Path) -> None:
    sheet = read_survey(hostile.lying_dimension(tmp_path)).sheet
    assert [sheet.row(r) for r in range(sheet.n_rows)] == [["q", "r"], [1.0, 2.0], [3.0, 4.0]]


# --- cells as read -----------------------------------------------------------------------------


def test_formulas_are_their_cached_values_and_bools_stay_apart_from_numbers(
    tmp_path: Path,
) -> None:
    sheet = read_survey(hostile.formulas_and_booleans(tmp_path)).sheet
    rows = [sheet.row(r) for r in range(sheet.n_rows)]
    assert rows == [
        ["a", "b", "sum", "flag"],
        [1.0, 2.0, 3.0, True],
        [0.0, "01", "01x", 1.0],
        [False, "1", True, False],
        [1.0, "No ", None, 0.0],
    ]
    flags = [sheet.cell(r, 3) for r in range(1, 5)]
    assert [type(flag) for flag in flags] == [bool, float, bool, float]
    assert [type(sheet.cell(r, 0)) for r in range(1, 5)] == [float, float, bool, float]
    assert type(sheet.cell(1, 2)) is float and type(sheet.cell(3, 2)) is bool


def test_bools_before_numbers_and_numbers_before_bools(tmp_path: Path) -> None:
    cells = [(True, 1), (1, True), (False, 0), (0, False)]
    rows = hostile.row(1, hostile.inline("A1", "x") + hostile.inline("B1", "y"))
    for index, (first, second) in enumerate(cells, start=2):

        def cell(ref: str, value: object) -> str:
            if isinstance(value, bool):
                return hostile.boolean(ref, value)
            return hostile.number(ref, str(value))

        rows += hostile.row(index, cell(f"A{index}", first) + cell(f"B{index}", second))
    path = hostile.write_xlsx(tmp_path / "mixed.xlsx", {"S": hostile.sheet_xml(rows)})
    sheet = read_file(path).sheet
    for index, (first, second) in enumerate(cells, start=1):
        assert sheet.cell(index, 0) == first and type(sheet.cell(index, 0)) is type(
            first if isinstance(first, bool) else float(first)
        )
        assert type(sheet.cell(index, 1)) is (bool if isinstance(second, bool) else float)


def test_workbook_positions_are_sheet_positions(tmp_path: Path) -> None:
    """Data starting at C3: column index 2 is column C, row index 2 is row 3."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C3"], sheet["D3"], sheet["C4"], sheet["E5"] = "Q1", "Q2", 5, "late"
    path = tmp_path / "offset.xlsx"
    workbook.save(path)
    read = read_survey(path).sheet
    assert (read.n_rows, read.n_columns) == (5, 5)
    assert read.row(0) == [None] * 5 and read.row(1) == [None] * 5
    assert read.row(2) == [None, None, "Q1", "Q2", None]
    assert read.cell(3, 2) == 5 and read.cell(4, 4) == "late"
    assert read.is_blank_row(0) and not read.is_blank_row(2)


def test_blank_strings_are_blank_and_other_text_stays_as_written(tmp_path: Path) -> None:
    rows = (
        hostile.row(1, hostile.inline("A1", "answer"))
        + hostile.row(2, hostile.inline("A2", "   "))
        + hostile.row(3, hostile.inline("A3", " No "))
        + hostile.row(4, hostile.inline("A4", "\u00a0"))
        + hostile.row(5, hostile.inline("A5", "01"))
    )
    path = hostile.write_xlsx(tmp_path / "text.xlsx", {"S": hostile.sheet_xml(rows)})
    column = read_file(path).sheet.columns[0]
    assert [column.cell(r) for r in range(5)] == ["answer", None, " No ", None, "01"]
    assert list(column.codes)[1] == 0 and list(column.codes)[3] == 0
    assert column.values[0] is None


def test_distinct_values_are_kept_once(tmp_path: Path) -> None:
    path = tmp_path / "ratings.csv"
    path.write_text("score\n" + "5\n4\n5\n\n5\n4\n" * 1000, encoding="utf-8")
    column = read_file(path).sheet.columns[0]
    assert column.values == [None, "score", "5", "4"]
    assert len(column.codes) == 6001 and column.codes.typecode == "I"


# --- sheets ----------------------------------------------------------------------------------


def test_sheet_choice(tmp_path: Path) -> None:
    table = hostile.row(1, hostile.inline("A1", "x")) + hostile.row(2, hostile.number("A2", 1))
    other = hostile.row(1, hostile.inline("A1", "y"))
    path = hostile.write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Notes": hostile.sheet_xml(other),
            "Empty": hostile.sheet_xml(""),
            "Answers": hostile.sheet_xml(table),
        },
        hidden={"Notes"},
    )
    assert list_sheets(path) == ["Notes", "Empty", "Answers"]
    first = read_survey(path)  # the hidden sheet is skipped, the empty one too
    assert first.sheet.name == "Answers" and first.sheet_names == ["Notes", "Empty", "Answers"]
    assert read_survey(path, "Notes").sheet.cell(0, 0) == "y"
    with pytest.raises(SurveyReadError) as raised:
        read_survey(path, "Responses")
    assert str(raised.value) == (
        "book.xlsx has no sheet named 'Responses'; choose one of its sheets: Notes, Empty, Answers"
    )


def test_opendocument_spreadsheet(tmp_path: Path) -> None:
    result = read_survey(hostile.minimal_ods(tmp_path))
    assert result.kind == "ods" and result.sheet_names == ["答卷"]
    assert result.sheet.row(1) == ["非常满意", 9.0]


def test_a_spreadsheet_with_a_csv_name_reads_by_its_bytes(tmp_path: Path) -> None:
    path = hostile.small_table(tmp_path / "export.csv")
    result = read_survey(path)
    assert result.kind == "xlsx" and result.sheet.row(1) == ["Ann", 4.0]


# --- text files ------------------------------------------------------------------------------

CHINESE = "序号,您对门店服务的满意程度,意见\r\n1,非常满意,服务很好，下次还会再来。\r\n2,一般,\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CHINESE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + CHINESE.encode("utf-8"), "utf-8-sig"),
        (CHINESE.encode("gb18030"), "gb18030"),
        (CHINESE.encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + CHINESE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + CHINESE.encode("utf-16-be"), "utf-16"),
        (CHINESE.encode("utf-16-le"), "utf-16-le"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "gb18030",
        "gbk",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16-le-no-bom",
    ],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "答卷.csv"
    path.write_bytes(data)
    result = read_survey(path)
    assert (result.kind, result.encoding, result.delimiter) == ("csv", encoding, ",")
    assert result.sheet.name == "答卷" and result.sheet_names == ["答卷"]
    assert result.sheet.row(0) == ["序号", "您对门店服务的满意程度", "意见"]
    assert result.sheet.row(1) == ["1", "非常满意", "服务很好，下次还会再来。"]
    assert result.sheet.row(2) == ["2", "一般", None]
    assert result.sheet.n_rows == 3


def test_qualtrics_style_utf16_tab_export(tmp_path: Path) -> None:
    text = 'ResponseId\tQ1\tQ2_TEXT\r\nR_1\t5\t"Good, fast"\r\nR_2\t01\t"two\r\nlines"\r\n'
    path = tmp_path / "qualtrics.tsv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    result = read_survey(path)
    assert (result.kind, result.encoding, result.delimiter) == ("tsv", "utf-16", "\t")
    assert result.sheet.row(1) == ["R_1", "5", "Good, fast"]
    assert result.sheet.row(2) == ["R_2", "01", "two\r\nlines"]


def test_gb18030_found_after_the_first_64_kilobytes(tmp_path: Path) -> None:
    lines = ["id,comment"] + [f"{i},ok" for i in range(20_000)] + ["20000,非常满意"]
    path = tmp_path / "late.csv"
    path.write_bytes("\r\n".join(lines).encode("gb18030"))
    result = read_file(path)
    assert result.encoding == "gb18030" and result.sheet.cell(20_001, 1) == "非常满意"


def test_text_that_is_no_known_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(b"name,city\r\n" + b"Ren\xe9,K\xf6ln\r\n" * 10)
    with pytest.raises(
        SurveyReadError,
        match=r"^latin\.csv is not text in UTF-8, UTF-16 or "
        r"GB18030; save it again as CSV UTF-8",
    ):
        read_survey(path)


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a;b;c\n1;2,5;x\n3;4,0;y, z\n", ";"),
        ("a|b\n1|2\n", "|"),
        ("a\tb, c, d\n1\t2\n3\tx, y\n", "\t"),
        ('"a,1";b\n"x;y";2\n"p,q";3\n', ";"),
        ("only one column\nvalue, with comma\n", ","),
    ],
    ids=["semicolon", "pipe", "tab-with-commas", "quoted", "single-column"],
)
def test_delimiter_detection(tmp_path: Path, text: str, delimiter: str) -> None:
    path = tmp_path / "sniff.csv"
    path.write_text(text, encoding="utf-8")
    assert read_file(path).delimiter == delimiter


def test_excel_sep_line_is_honoured_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_text("sep=;\r\na;b,c\r\n1;2,5\r\n", encoding="utf-8")
    result = read_file(path)
    assert result.delimiter == ";"
    assert [result.sheet.row(r) for r in range(2)] == [["a", "b,c"], ["1", "2,5"]]


def test_quoted_fields_keep_line_breaks_and_a_200000_character_comment(tmp_path: Path) -> None:
    comment = "很长的意见 long comments " * 10_000  # 200,000 characters
    path = tmp_path / "comments.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write(f'id,comment\r\n1,"line one\nline two\r\nline three"\r\n2,"{comment}"\r\n')
    sheet = read_survey(path).sheet
    assert sheet.cell(1, 1) == "line one\nline two\r\nline three"
    assert sheet.cell(2, 1) == comment and len(comment) == 200_000


def test_short_rows_are_padded_and_trailing_blank_lines_dropped(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("a,b,c\n1\n2,x,y,extra\n\n,,\n3,,\n\n\n", encoding="utf-8")
    sheet = read_file(path).sheet
    assert (sheet.n_rows, sheet.n_columns) == (6, 4)
    assert sheet.row(1) == ["1", None, None, None]
    assert sheet.row(2) == ["2", "x", "y", "extra"]
    assert sheet.is_blank_row(3) and sheet.is_blank_row(4)
    assert sheet.row(5) == ["3", None, None, None]
    assert all(len(column.codes) == 6 for column in sheet.columns)


def test_numbers_in_text_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_text("zip,score\n01234,4\n,5\n", encoding="utf-8")
    sheet = read_file(path).sheet
    assert sheet.row(1) == ["01234", "4"] and sheet.row(2) == [None, "5"]


def test_a_text_file_with_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("\n\n,,\n", encoding="utf-8")
    with pytest.raises(SurveyReadError, match=r"^blank\.csv has no rows"):
        read_survey(path)


def test_progress_reaches_the_end_in_at_most_about_fifty_calls(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text(
        "id,score\n" + "".join(f"{i},{i % 5}\n" for i in range(200_000)), encoding="utf-8"
    )
    calls: list[tuple[int, int]] = []
    result = read_survey(path, progress=lambda done, total: calls.append((done, total)))
    assert result.sheet.n_rows == 200_001
    assert 2 <= len(calls) <= 52
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (path.stat().st_size, path.stat().st_size)


def test_in_process_read_hashes_the_file(tmp_path: Path) -> None:
    path = hostile.small_table(tmp_path / "t.xlsx")
    result = read_file(path)
    assert isinstance(result, ReadResult) and isinstance(result.sheet, SheetData)
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_column_coder_against_a_plain_reference() -> None:
    """Random mixed cells, coded in chunks (both the per-miss and the batch path): every cell
    decodes to itself, with its type, except blank text, which decodes to None."""
    import random
    from datetime import date

    from journey_designer.survey.text_reading import ColumnCoder

    rng = random.Random(7)
    pool: list[object] = [
        True,
        False,
        1,
        0,
        1.0,
        0.0,
        2.5,
        "1",
        "0",
        "",
        " ",
        "\u00a0",
        "No ",
        "01",
        datetime(2024, 1, 1),
        date(2024, 1, 1),
        float("nan"),
    ]
    for trial in range(40):
        unique = trial % 2 == 0  # many new values: the batch path
        cells = [
            rng.choice(pool) if not unique or rng.random() < 0.3 else f"id {i}"
            for i in range(rng.randint(1, 700))
        ]
        coder = ColumnCoder(check_bools=True)
        at = 0
        while at < len(cells):
            size = rng.randint(1, 130)
            coder.add(cells[at : at + size])  # type: ignore[arg-type]
            at += size
        column = coder.finish()
        assert column.values[0] is None and len(column.codes) == len(cells)
        for index, cell in enumerate(cells):
            got = column.cell(index)
            if isinstance(cell, str) and not cell.strip():
                assert got is None
            elif isinstance(cell, float) and cell != cell:
                assert isinstance(got, float) and got != got
            else:
                assert (got == cell and type(got) is type(cell)) or (
                    type(cell) in (int, float) and type(got) in (int, float) and got == cell
                )


def test_a_workbook_whose_only_sheet_is_hidden(tmp_path: Path) -> None:
    table = hostile.row(1, hostile.inline("A1", "x")) + hostile.row(2, hostile.number("A2", 1))
    path = hostile.write_xlsx(
        tmp_path / "hidden.xlsx", {"Data": hostile.sheet_xml(table)}, hidden={"Data"}
    )
    assert read_survey(path).sheet.row(1) == [1.0]

"""The survey-mapping workbook: written, inspected and edited with openpyxl, read back."""

from __future__ import annotations

import random
import subprocess
import sys
import zipfile
from array import array
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest

from journey_designer.model import Card, JourneyMap, Lane, LaneKind, Stage, SurveyMapping
from journey_designer.model.entities import MetricKind
from journey_designer.survey.cells import Cell, ColumnData, ReadResult, SheetData, SurveyError
from journey_designer.survey.mapping import suggest_mapping
from journey_designer.survey.mapping_workbook import (
    MAPPING_HEADERS,
    MappingWorkbookError,
    read_mapping_workbook,
    write_mapping_workbook,
)
from journey_designer.survey.table import SurveyTable, understand
from journey_designer.templates import new_map_from_template

REPO = Path(__file__).resolve().parents[2]
HEADERS = [
    "ID",
    "Customer type 客户类型",
    "How satisfied were you with Checkout & payment? (1-5)",
    "您对结算与支付满意吗？(1-5)",
    "=SUM(A1)",
    "-- comments",
    "How easy was it to get help in Live chat? (1-7)",
    "How likely are you to recommend us? (0-10)",
    "Email",
    "@handle 您的建议",
]
COLUMN = {name: index for index, name in enumerate(MAPPING_HEADERS, start=1)}
EMAIL_ROW = 10  # the Mapping row of column I ("Email"): row 1 is the header


def read_result(rows: list[list[Cell]], file_name: str = "survey 调查.xlsx") -> ReadResult:
    """Rows (header row first) as the reader would give them: columns of codes."""
    width = max(len(row) for row in rows)
    columns = []
    for j in range(width):
        column = ColumnData(values=[None], codes=array("I"))
        index: dict[Cell, int] = {}
        for row in rows:
            cell = row[j] if j < len(row) else None
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                column.codes.append(0)
                continue
            if cell not in index:
                index[cell] = len(column.values)
                column.values.append(cell)
            column.codes.append(index[cell])
        columns.append(column)
    sheet = SheetData(name="Sheet1", n_rows=len(rows), columns=columns)
    return ReadResult(file_name, "0" * 64, "xlsx", ["Sheet1"], sheet)


def survey_table(journey: JourneyMap) -> SurveyTable:
    """Forty responses; the segment column answers with the map's persona names."""
    rng = random.Random(4)
    personas = [persona.name for persona in journey.personas]
    rows: list[list[Cell]] = [list(HEADERS)]
    for i in range(40):
        rows.append([
            i + 1, rng.choice([*personas, "Other 其他"]), rng.randint(1, 5), rng.randint(1, 5),
            rng.randint(1, 5), rng.choice(["Too slow, really", "fine", f"很好很方便 {i}"]),
            rng.randint(1, 7), rng.randint(0, 10), f"user{i}@example.com", f"建议 {i}",
        ])  # fmt: skip
    return understand(read_result(rows))


@pytest.fixture(params=["en", "zh"])
def journey(request: pytest.FixtureRequest) -> JourneyMap:
    return new_map_from_template("b2c_five_stages", request.param)


def written(tmp_path: Path, journey: JourneyMap, mapping: SurveyMapping | None = None) -> Path:
    table = survey_table(journey)
    path = tmp_path / "mapping 映射.xlsx"
    write_mapping_workbook(table, journey, mapping or suggest_mapping(table, journey), path)
    return path


def mapping_cell(name: str, row: int) -> str:
    return f"{openpyxl.utils.get_column_letter(COLUMN[name])}{row}"


# --- round trip -------------------------------------------------------------------------------


def test_the_suggested_mapping_comes_back_equal(tmp_path: Path, journey: JourneyMap) -> None:
    table = survey_table(journey)
    mapping = suggest_mapping(table, journey)
    # The round trip means something: cards, stages, a segment and personal data are mapped.
    assert any(column.card_id for column in mapping.columns)
    assert mapping.segment_column == 1 and len(mapping.segment_personas) == 2
    assert table.columns[8].role == "personal"
    path = tmp_path / "mapping.xlsx"
    write_mapping_workbook(table, journey, mapping, path)
    assert read_mapping_workbook(path, journey) == mapping


def test_every_field_comes_back(tmp_path: Path, journey: JourneyMap) -> None:
    table = survey_table(journey)
    mapping = suggest_mapping(table, journey)
    rating = mapping.columns[4].model_copy(
        update={"scale_min": 0.0, "scale_max": 6.5, "reverse": True, "metric": MetricKind.CSAT}
    )
    columns = [*mapping.columns[:4], rating, *mapping.columns[5:8]]  # I and J left out
    full = mapping.model_copy(update={
        "columns": columns, "header_rows": None, "include_personal": True,
        "filter_column": 1, "filter_values": ["Other 其他", "=1+1"],
    })  # fmt: skip
    path = tmp_path / "mapping.xlsx"
    write_mapping_workbook(table, journey, full, path)
    assert read_mapping_workbook(path, journey) == full


# --- what the workbook looks like -------------------------------------------------------------


def test_workbook_layout(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "zh")
    path = written(tmp_path, journey)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Read me", "Mapping", "Segments", "Filter", "Lists"]
    assert workbook["Lists"].sheet_state == "hidden"
    sheet = workbook["Mapping"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == MAPPING_HEADERS
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "C2"
    assert rows[3][:11] == (
        "C", HEADERS[2], "rating", 40, "rating", "考虑", None, "satisfaction", None, None, "no",
    )  # fmt: skip
    assert rows[4][5:8] == ("决策", "结算与支付", "satisfaction")
    assert 50 <= sheet.column_dimensions["B"].width <= 60  # the headers', capped
    # Personal data: grey, with a note, and still listed with its detected kind.
    email = sheet[EMAIL_ROW]
    assert email[2].value == "personal (email)"
    assert {cell.fill.fgColor.rgb for cell in email} == {"00D9D9D9"}
    assert "not imported unless allowed" in email[1].comment.text
    assert "not imported unless allowed" in email[-1].value
    # Drop-downs: fixed lists inline, the map's names through the hidden Lists sheet.
    rules = {str(rule.sqref): rule.formula1 for rule in sheet.data_validations.dataValidation}
    assert rules["E2:E11"].startswith('"id,timestamp,rating')
    assert rules["F2:F11"] == "'Lists'!$A$2:$A$6"
    assert rules["G2:G11"] == "'Lists'!$B$2:$B$11"
    assert rules["H2:H11"] == '"satisfaction,csat,ces,nps,mean"'
    assert rules["K2:K11"] == '"yes,no"'
    lists = workbook["Lists"]
    stages = [lists.cell(row, 1).value for row in range(2, 7)]
    assert stages == ["意识", "考虑", "决策", "使用", "忠诚"]
    segments = list(workbook["Segments"].iter_rows(values_only=True))
    assert segments[:4] == [
        ("Setting", "Value"), ("Segment column", "B: Customer type 客户类型"),
        ("Include personal data", "no"), ("Header rows", 1),
    ]  # fmt: skip
    assert segments[5] == ("Answer", "Persona")
    assert dict(segments[6:]) == {"林悦": "林悦", "陈志远": "陈志远", "Other 其他": None}
    segment_rules = workbook["Segments"].data_validations.dataValidation
    assert {str(rule.sqref) for rule in segment_rules} == {"B2", "B3", "B4", "B7:B109"}
    readme = [row[0] for row in workbook["Read me"].iter_rows(values_only=True)]
    assert readme[0].startswith("问卷映射：survey 调查.xlsx")  # the map's language first
    command = 'journey-designer import "survey 调查.xlsx" --mapping "mapping 映射.xlsx"'
    assert sum(bool(line) and line.startswith(command) for line in readme) == 2
    assert any(line and line.startswith("Survey mapping:") for line in readme)


def test_formula_looking_text_stays_text(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    path = written(tmp_path, journey)
    sheet = openpyxl.load_workbook(path)["Mapping"]
    for row, text in ((6, "=SUM(A1)"), (7, "-- comments"), (11, "@handle 您的建议")):
        cell = sheet.cell(row, COLUMN["Header"])
        assert (cell.value, cell.data_type) == (text, "s")
        assert cell.quotePrefix
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in archive.read(name).decode("utf-8"), name


def test_many_touchpoints_go_through_the_lists_sheet(tmp_path: Path) -> None:
    journey = JourneyMap(id="m", title="Big 大", language="en")
    journey.stages += [Stage(id="s1", name="Buy, then pay"), Stage(id="s2", name="Use")]
    journey.lanes.append(Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"))
    journey.cards += [
        Card(id=f"c{i}", lane_id="tp", stage_id=f"s{1 + i % 2}", order=i,
             title=f"Touchpoint number {i} with a long title 触点")
        for i in range(60)
    ]  # fmt: skip
    table = survey_table(journey)
    mapping = suggest_mapping(table, journey)
    measures = [c for c in mapping.columns if c.role == "rating"]
    measures[0].stage_id, measures[0].card_id = "s2", "c59"  # the last one, in stage s2
    path = tmp_path / "mapping.xlsx"
    write_mapping_workbook(table, journey, mapping, path)
    sheet = openpyxl.load_workbook(path)["Mapping"]
    rules = {str(rule.sqref): rule.formula1 for rule in sheet.data_validations.dataValidation}
    assert rules["G2:G11"] == "'Lists'!$B$2:$B$61"
    assert read_mapping_workbook(path, journey) == mapping


# --- a user's edits ---------------------------------------------------------------------------


def test_user_edits_are_read(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    path = written(tmp_path, journey)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Mapping"]
    sheet[mapping_cell("Stage", 4)] = "Use"  # column C was on Decision, Checkout & payment
    sheet[mapping_cell("Touchpoint", 4)] = "companion APP"  # names are matched ignoring case
    sheet[mapping_cell("Metric", 4)] = "CSAT"
    sheet[mapping_cell("Reverse", 4)] = "是"
    sheet[mapping_cell("Scale min", 4)] = "1"
    sheet[mapping_cell("Scale max", 4)] = 4
    sheet[mapping_cell("Stage", 5)] = "Loyalty"  # column D: a stage, no touchpoint
    sheet[mapping_cell("Role", EMAIL_ROW)] = None  # Email left out
    segments = workbook["Segments"]
    segments["B2"] = "Customer type 客户类型"  # by header instead of "B: ..."
    segments["B3"] = True
    segments["B4"] = None
    segments["A9"], segments["B9"] = "Other 其他", "Marcus Berg"
    workbook["Filter"]["B2"] = "b"
    workbook["Filter"]["A5"] = "Emma Walsh"
    workbook.save(path)

    mapping = read_mapping_workbook(path, journey)
    column = mapping.columns[2]
    assert (column.stage_id, column.card_id, column.metric) == ("st-use", "c-us-tp-1", "csat")
    assert (column.scale_min, column.scale_max, column.reverse) == (1.0, 4.0, True)
    assert (mapping.columns[3].stage_id, mapping.columns[3].card_id) == ("st-loyalty", None)
    assert "Email" not in [c.header for c in mapping.columns] and len(mapping.columns) == 9
    assert mapping.segment_column == 1 and mapping.include_personal
    assert mapping.header_rows is None
    assert mapping.segment_personas["Other 其他"] == "p-enthusiast"
    assert (mapping.filter_column, mapping.filter_values) == (1, ["Emma Walsh"])


def test_a_touchpoint_alone_gives_its_stage_and_a_stage_named_twice_its_first(
    tmp_path: Path,
) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    path = written(tmp_path, journey)
    journey.stages[3].name = "Decision"  # "Use" is now a second "Decision"
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Mapping"]
    sheet[mapping_cell("Stage", 4)], sheet[mapping_cell("Touchpoint", 4)] = None, "Care hotline"
    sheet[mapping_cell("Touchpoint", 5)] = None
    workbook.save(path)
    mapping = read_mapping_workbook(path, journey)
    assert (mapping.columns[2].stage_id, mapping.columns[2].card_id) == ("st-use", "c-us-tp-2")
    assert (mapping.columns[3].stage_id, mapping.columns[3].card_id) == ("st-decision", None)


# --- bad values and bad files -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sheet", "edits", "message"),
    [
        ("Mapping", {"F7": "Checkuot"}, "Mapping row 7: no stage named 'Checkuot' on the map"),
        ("Mapping", {"G4": "Teleport"},
         "Mapping row 4: no touchpoint titled 'Teleport' on the map"),
        ("Mapping", {"G4": "Live chat"}, None),  # in the row's stage: fine
        ("Mapping", {"G4": "Care hotline"},
         "Mapping row 4: touchpoint 'Care hotline' is in stage 'Use', not 'Decision'"),
        ("Mapping", {"E5": "ratng"}, "Mapping row 5: role 'ratng' is not one of id, timestamp, "),
        ("Mapping", {"H5": "revnue"},
         "Mapping row 5: metric 'revnue' is not one of satisfaction, csat, ces, nps, mean"),
        ("Mapping", {"I5": "one"}, "Mapping row 5: scale min 'one' is not a number"),
        ("Mapping", {"I5": 1, "J5": 0}, "Mapping row 5: scale min 1 is not below scale max 0"),
        ("Mapping", {"K5": "maybe"}, "Mapping row 5: Reverse 'maybe' is not yes or no"),
        ("Mapping", {"A5": "C3"}, "Mapping row 5: 'C3' is not a column letter"),
        ("Mapping", {"A5": "c"}, "Mapping row 5: column C is on row 4 too"),
        ("Mapping", {"A5": None}, "Mapping row 5: the Column cell (A, B, ...) is empty"),
        ("Mapping", {"F1": "Stages"}, "Mapping sheet: row 1 has no 'Stage' column"),
        ("Segments", {"B7": "Nobody"}, "Segments row 7: no persona named 'Nobody' on the map"),
        ("Segments", {"B4": 5}, "Segments row 4: header rows '5' is not 0, 1, 2 or 3"),
        ("Segments", {"B3": "perhaps"},
         "Segments row 3: Include personal data 'perhaps' is not yes or no"),
        ("Segments", {"B2": "ZZ: nothing"},
         "Segments row 2: no survey column 'ZZ: nothing' on the Mapping sheet"),
        ("Segments", {"A8": None, "B8": "Emma Walsh"},
         "Segments row 8: persona 'Emma Walsh' has no answer beside it"),
        ("Filter", {"B2": "Favourite colour"},
         "Filter row 2: no survey column 'Favourite colour' on the Mapping sheet"),
    ],
)  # fmt: skip
def test_bad_values_are_one_line_errors(
    tmp_path: Path, sheet: str, edits: dict[str, Cell], message: str | None
) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    path = written(tmp_path, journey)
    workbook = openpyxl.load_workbook(path)
    for cell, value in edits.items():
        workbook[sheet][cell] = value
    workbook.save(path)
    if message is None:
        assert read_mapping_workbook(path, journey).columns[2].card_id == "c-de-tp-2"
        return
    with pytest.raises(MappingWorkbookError) as caught:
        read_mapping_workbook(path, journey)
    assert str(caught.value) == message or str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, SurveyError)


def test_files_that_are_not_mapping_workbooks(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    text = tmp_path / "notes.xlsx"
    text.write_text("=SUM(A1)\n", encoding="utf-8")
    archive = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("hello.txt", "not a workbook")
    other = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(other)
    cases = [
        (tmp_path / "missing.xlsx", "Could not open missing.xlsx: No such file or directory"),
        (tmp_path, f"Could not open {tmp_path.name}: Is a directory"),
        (text, "notes.xlsx is not an .xlsx workbook"),
        (archive, "archive.xlsx is not an .xlsx workbook Journey Designer can read (KeyError)"),
        (other, "other.xlsx has no 'Mapping' sheet: is it a mapping workbook written by"),
    ]
    for path, message in cases:
        with pytest.raises(MappingWorkbookError) as caught:
            read_mapping_workbook(path, journey)
        assert str(caught.value).startswith(message), path
        assert "\n" not in str(caught.value)


def test_workbooks_are_parsed_through_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML


def test_importing_the_module_does_not_import_openpyxl() -> None:
    code = (
        "import sys, journey_designer.survey.mapping_workbook; sys.exit('openpyxl' in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)

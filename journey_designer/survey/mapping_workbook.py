"""A survey mapping as an .xlsx workbook a user fills in, and read back. No Qt.

Sheets: "Read me" (how to fill it in, English and Chinese), "Mapping" (one row per survey
column: role, the stage and touchpoint it measures, metric, scale, reverse), "Segments"
(the segment column and each answer's persona, include personal data, header rows),
"Filter" (import only the responses answering...) and a hidden "Lists" sheet that the
drop-down lists point at: an inline list holds 255 characters, and a comma in a stage name
would split it. The map's names are shown, never its ids; reading maps them back.

openpyxl is imported inside the functions: importing this module must not cost the app's
start-up the time openpyxl takes.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journey_designer.model import ColumnMapping, JourneyMap, LaneKind, MetricKind, SurveyMapping
from journey_designer.survey.cells import SurveyError
from journey_designer.survey.columns import Role
from journey_designer.survey.headers import column_letter
from journey_designer.survey.table import SurveyTable
from journey_designer.survey.values import clean_text
from journey_designer.survey.xlsx_export import (
    MAX_WIDTH,
    MIN_WIDTH,
    CellValue,
    ordered_cards,
    save_workbook_atomically,
    write_cell,
)
from journey_designer.survey.xlsx_export import _display_width as display_width

if TYPE_CHECKING:  # openpyxl has no type information; these names are for the reader
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

MAPPING, SEGMENTS, FILTER, README, LISTS = "Mapping", "Segments", "Filter", "Read me", "Lists"
MAPPING_HEADERS = (
    "Column", "Header", "Detected role", "Answers (n)", "Role", "Stage", "Touchpoint",
    "Metric", "Scale min", "Scale max", "Reverse", "Note",
)  # fmt: skip
READ_COLUMNS = MAPPING_HEADERS[:2] + MAPPING_HEADERS[4:11]  # the others are for the user only
MEASURE_METRICS = ("satisfaction", "csat", "ces", "nps", "mean")  # the drop-down's metrics
SEGMENT_COLUMN, INCLUDE_PERSONAL = "Segment column", "Include personal data"
HEADER_ROWS, FILTER_COLUMN = "Header rows", "Filter column"
ANSWERS, KEEP = "Answer", "Keep rows answering"  # the headers of the lists below settings
PERSONAL_NOTE = "personal data: not imported unless allowed"
MAX_UNZIPPED = 50_000_000  # bytes: a mapping workbook is small; a bigger one is not one
EXTRA_ROWS = 100  # rows below the answers that still get the persona drop-down
_YES = frozenset({"yes", "y", "true", "1", "是", "对"})
_NO = frozenset({"no", "n", "false", "0", "否", "不", ""})
_LETTERS = re.compile(r"^[A-Z]{1,3}$")
_LABEL = re.compile(r"^([A-Za-z]{1,3}):")

Rows = list[tuple[Any, ...]]


class MappingWorkbookError(SurveyError):
    """The mapping workbook cannot be read or holds a value that means nothing on the map."""


# --- the map's names ------------------------------------------------------------------------


def _key(text: str) -> str:
    return clean_text(text).casefold()


class _Names:
    """Stage names, card titles and persona names, both ways (the first of a name wins)."""

    def __init__(self, journey: JourneyMap) -> None:
        self.stage_name = {s.id: s.name for s in journey.stages}
        self.persona_name = {p.id: p.name for p in journey.personas}
        self.card_title = {c.id: c.title for c in journey.cards}
        self.stages: dict[str, str] = {}
        self.personas: dict[str, str] = {}
        for stage in journey.stages:
            self.stages.setdefault(_key(stage.name), stage.id)
        for persona in journey.personas:
            self.personas.setdefault(_key(persona.name), persona.id)
        touch_lanes = {lane.id for lane in journey.lanes if lane.kind is LaneKind.TOUCHPOINTS}
        # Touchpoint cards are looked up before other cards with the same title.
        cards = sorted(ordered_cards(journey), key=lambda card: card.lane_id not in touch_lanes)
        self.cards: dict[tuple[str, str], str] = {}
        self.cards_anywhere: dict[str, tuple[str, str]] = {}
        for card in cards:
            self.cards.setdefault((card.stage_id, _key(card.title)), card.id)
            self.cards_anywhere.setdefault(_key(card.title), (card.stage_id, card.id))
        self.touchpoint_titles = _unique(c.title for c in cards if c.lane_id in touch_lanes)

    def card(self, title: str, stage_id: str | None, where: str) -> tuple[str, str]:
        """(stage id, card id) of the card titled `title`, in `stage_id` when one is given."""
        anywhere = self.cards_anywhere.get(_key(title))
        if anywhere is None:
            raise MappingWorkbookError(f"{where}: no touchpoint titled {title!r} on the map")
        if stage_id is None:
            return anywhere
        found = self.cards.get((stage_id, _key(title)))
        if found is None:
            stage, other = self.stage_name[stage_id], self.stage_name.get(anywhere[0], "?")
            raise MappingWorkbookError(
                f"{where}: touchpoint {title!r} is in stage {other!r}, not {stage!r}"
            )
        return stage_id, found


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(name for name in names if name.strip()))


def column_label(table: SurveyTable, index: int | None) -> str:
    """How Segments and Filter name a survey column: "C: Customer type" ("" for none)."""
    if index is None or index >= len(table.columns):
        return ""
    return f"{column_letter(index)}: {table.columns[index].header}"


# --- writing --------------------------------------------------------------------------------


def write_mapping_workbook(
    table: SurveyTable, journey: JourneyMap, mapping: SurveyMapping, path: Path
) -> None:
    """Write `mapping` of `table` onto `journey` as a workbook to fill in, atomically.

    Raises WorkbookWriteError (an OSError) with a one-line message when the file cannot
    be written. Mapping entries for columns the table does not have are left out.
    """
    workbook = build_mapping_workbook(table, journey, mapping, Path(path).name)
    save_workbook_atomically(workbook, Path(path))


def build_mapping_workbook(
    table: SurveyTable, journey: JourneyMap, mapping: SurveyMapping, file_name: str
) -> Workbook:
    """The workbook `write_mapping_workbook` saves as `file_name`, in memory."""
    from openpyxl import Workbook

    names = _Names(journey)
    workbook = Workbook()
    workbook.properties.creator = "Journey Designer"
    workbook.properties.title = clean_text(f"Survey mapping: {table.read.file_name}")
    _write_readme(workbook.active, table, journey, file_name)
    lists = {
        "stage": _unique(s.name for s in journey.stages),
        "touchpoint": names.touchpoint_titles,
        "persona": _unique(p.name for p in journey.personas),
        "column": [column_label(table, info.index) for info in table.columns],
    }
    ranges = _write_lists(workbook.create_sheet(LISTS), lists)
    _write_mapping(workbook.create_sheet(MAPPING, 1), table, mapping, names, ranges)

    segment = mapping.segment_column
    known = segment is not None and segment < len(table.columns)
    answers = list(table.labels(segment).values()) if segment is not None and known else []
    answers = _unique([*answers, *mapping.segment_personas])
    sheet = workbook.create_sheet(SEGMENTS, 2)
    settings: list[CellValue] = [
        column_label(table, segment), "yes" if mapping.include_personal else "no",
        mapping.header_rows,
    ]  # fmt: skip
    persona_of = mapping.segment_personas
    pairs = [(a, names.persona_name.get(persona_of.get(a, ""), "")) for a in answers]
    _write_settings(sheet, [SEGMENT_COLUMN, INCLUDE_PERSONAL, HEADER_ROWS], settings,
                    (ANSWERS, "Persona"), pairs)  # fmt: skip
    _dropdown(sheet, ranges.get("column"), "B2", "survey column")
    _dropdown(sheet, _inline(["yes", "no"]), "B3", "yes or no")
    _dropdown(sheet, None, "B4", HEADER_ROWS, whole=(0, 3))
    _dropdown(sheet, ranges.get("persona"), f"B7:B{6 + len(answers) + EXTRA_ROWS}", "persona")

    sheet = workbook.create_sheet(FILTER, 3)
    values = [(value, None) for value in mapping.filter_values]
    label = column_label(table, mapping.filter_column)
    _write_settings(sheet, [FILTER_COLUMN], [label], (KEEP, None), values)
    _dropdown(sheet, ranges.get("column"), "B2", "survey column")
    return workbook


def _write_mapping(
    sheet: Worksheet, table: SurveyTable, mapping: SurveyMapping, names: _Names,
    ranges: dict[str, str],
) -> None:  # fmt: skip
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    entries = {entry.column: entry for entry in mapping.columns}
    rows: list[list[CellValue]] = []
    for info in table.columns:
        entry = entries.get(info.index)
        detected = info.role.value + (f" ({info.personal_kind})" if info.personal_kind else "")
        row: list[CellValue] = [column_letter(info.index), info.header, detected, info.n]
        if entry is None:  # Role left empty: the column stays out of the mapping
            row += ["", "", "", "", None, None, ""]
        else:
            row += [
                entry.role,
                names.stage_name.get(entry.stage_id or "", ""),
                names.card_title.get(entry.card_id or "", ""),
                entry.metric.value if entry.metric else "",
                entry.scale_min,
                entry.scale_max,
                "yes" if entry.reverse else "no",
            ]
        notes = [PERSONAL_NOTE] if info.role is Role.PERSONAL else []
        rows.append([*row, "; ".join(notes + info.notes)])
    _write_table(sheet, MAPPING_HEADERS, rows, freeze="C2")
    grey = PatternFill("solid", fgColor="D9D9D9")
    for number, info in enumerate(table.columns, start=2):
        if info.role is Role.PERSONAL:
            for cell in sheet[number]:
                cell.fill = grey
            sheet.cell(number, 2).comment = Comment(PERSONAL_NOTE, "Journey Designer")
    last = len(rows) + 1
    for header, formula, what in (
        ("Role", _inline([role.value for role in Role]), "role"),
        ("Stage", ranges.get("stage"), "stage"),
        ("Touchpoint", ranges.get("touchpoint"), "touchpoint"),
        ("Metric", _inline(MEASURE_METRICS), "metric"),
        ("Reverse", _inline(["yes", "no"]), "yes or no"),
    ):
        letter = column_letter(MAPPING_HEADERS.index(header))
        if last >= 2:
            _dropdown(sheet, formula, f"{letter}2:{letter}{last}", what)


def _write_settings(
    sheet: Worksheet, labels: list[str], values: list[CellValue],
    list_header: tuple[str, str | None], listed: Sequence[tuple[str, str | None]],
) -> None:  # fmt: skip
    """Setting / Value rows, a blank row, then a list with its own bold header."""
    from openpyxl.styles import Font

    rows: list[Sequence[CellValue]] = [[*pair] for pair in zip(labels, values, strict=True)]
    rows += [[None, None], list_header, *listed]
    _write_table(sheet, ("Setting", "Value"), rows, freeze="A2")
    for column in (1, 2):
        sheet.cell(len(labels) + 3, column).font = Font(bold=True)


def _write_lists(sheet: Worksheet, lists: dict[str, list[str]]) -> dict[str, str]:
    """One column per list; returns list name -> the range its drop-downs refer to."""
    _write_table(sheet, [name.capitalize() for name in lists], [], freeze="A2")
    ranges: dict[str, str] = {}
    for column, (name, values) in enumerate(lists.items(), start=1):
        for row, value in enumerate(values, start=2):
            write_cell(sheet, row, column, value)
        if values:
            letter = column_letter(column - 1)
            ranges[name] = f"'{LISTS}'!${letter}$2:${letter}${len(values) + 1}"
    sheet.sheet_state = "hidden"
    return ranges


def _write_readme(
    sheet: Worksheet, table: SurveyTable, journey: JourneyMap, file_name: str
) -> None:
    from openpyxl.styles import Alignment, Font

    survey = table.read.file_name
    command = (
        f'journey-designer import "{survey}" --mapping "{file_name}" '
        "--into MAP.journey.json -o OUT.journey.json"
    )
    english = [
        f"Survey mapping: {survey} → map “{journey.title}”",
        "1. Mapping: one row per survey column. Role says what it holds: rating, likert and nps"
        " are measures; text columns give quotes. Leave Role empty to leave a column out.",
        "2. For a measure pick the Stage, the Touchpoint if it rates one, and the Metric:"
        " satisfaction, csat (% top-2-box), ces (effort), nps or mean.",
        "3. Scale min / Scale max: only when the answer scale differs from the detected one."
        " Reverse: yes when a higher answer is worse.",
        "4. Grey rows hold personal data, not imported unless Include personal data (on the"
        " Segments sheet) is yes.",
        "5. Segments: the column whose answers are personas (customer type...) and the persona"
        " each answer stands for; each persona gets its own measured curve. Header rows: rows"
        " of headers at the top of the survey (empty: detected).",
        "6. Filter: to import only some responses, the column and the answers to keep.",
        "7. Keep the sheet names and header rows as they are. Save, then import:",
    ]
    chinese = [
        f"问卷映射：{survey} → 旅程图「{journey.title}」",
        "1. Mapping 表：每行是问卷的一列。Role 表示该列内容：rating、likert、nps 为测量题，"
        "text 列提供用户原话。Role 留空则不导入该列。",
        "2. 测量题请选择 Stage（阶段）；若只评价一个触点，再选择 Touchpoint（触点）；"
        "以及 Metric（指标）：satisfaction（满意度）、csat（前两项占比）、ces（费力度）、"
        "nps 或 mean（平均分）。",
        "3. Scale min / Scale max：仅当答案量表与识别出的不同时填写。"
        "Reverse：分数越高越差时填 yes（是）。",
        "4. 灰色行为个人信息：除非 Segments 表中 Include personal data 为 yes，否则不导入。",
        "5. Segments 表：哪一列的答案代表用户画像（如客户类型），以及每个答案对应的画像；"
        "每个画像各得一条测量曲线。Header rows：问卷顶部的表头行数（留空为自动识别）。",
        "6. Filter 表：只导入部分答卷时，填写筛选列和要保留的答案。",
        "7. 请勿修改工作表名称和表头行。保存后导入：",
    ]
    first, second = (chinese, english) if journey.language.startswith("zh") else (english, chinese)
    sheet.title = README
    wrapped = Alignment(wrap_text=True, vertical="top")
    for row, line in enumerate([*first, command, "", *second, command], start=1):
        write_cell(sheet, row, 1, line).alignment = wrapped
    for row in (1, len(first) + 3):
        sheet.cell(row, 1).font = Font(bold=True, size=13)
    sheet.column_dimensions["A"].width = 110


def _write_table(
    sheet: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[CellValue]], freeze: str
) -> None:
    """Bold frozen header, the rows as given, and widths to fit (CJK characters count 2)."""
    from openpyxl.styles import Font

    bold = Font(bold=True)
    widths = [display_width(header) for header in headers]
    for column, header in enumerate(headers, start=1):
        write_cell(sheet, 1, column, header).font = bold
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            write_cell(sheet, number, column, value)
            width = display_width(value) if isinstance(value, str) else 8
            widths[column - 1] = max(widths[column - 1], width)
    sheet.freeze_panes = freeze
    for column, width in enumerate(widths):
        letter = column_letter(column)
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))


def _inline(values: Sequence[str]) -> str:
    formula = '"' + ",".join(values) + '"'
    assert len(formula) <= 257, "an inline list holds 255 characters"
    return formula


def _dropdown(
    sheet: Worksheet, formula: str | None, cells: str, what: str,
    whole: tuple[int, int] | None = None,
) -> None:  # fmt: skip
    """A drop-down list on `cells` (none for an empty list), or a whole-number range."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if whole is not None:
        rule = DataValidation(type="whole", operator="between", formula1=str(whole[0]),
                              formula2=str(whole[1]), allow_blank=True)  # fmt: skip
        rule.error = f"{whole[0]} to {whole[1]}, or empty"
    elif formula is not None:
        rule = DataValidation(type="list", formula1=formula, allow_blank=True)
        rule.error = f"Pick a {what} from the list. 请从列表中选择。"
    else:
        return
    rule.showErrorMessage, rule.errorTitle = True, what.capitalize()
    sheet.add_data_validation(rule)
    rule.add(cells)


# --- reading --------------------------------------------------------------------------------


def read_mapping_workbook(path: Path, journey: JourneyMap) -> SurveyMapping:
    """The mapping a user filled in, with the map's names turned back into its ids.

    Raises MappingWorkbookError with a one-line message naming the sheet, row and value
    when the file is not a mapping workbook or a value means nothing on `journey`.
    """
    path = Path(path)
    workbook = _open(path)
    try:
        if MAPPING not in workbook.sheetnames:
            raise MappingWorkbookError(
                f"{path.name} has no {MAPPING!r} sheet: is it a mapping workbook written by"
                " Journey Designer?"
            )
        sheets = {name: _rows(workbook, name) for name in (MAPPING, SEGMENTS, FILTER)}
    finally:
        workbook.close()
    names = _Names(journey)
    columns, survey = _read_mapping(sheets[MAPPING], names)
    settings, answers = _settings(sheets[SEGMENTS], SEGMENTS, ANSWERS)
    personas: dict[str, str] = {}
    for where, answer, persona in answers:
        if persona and not answer:
            raise MappingWorkbookError(f"{where}: persona {persona!r} has no answer beside it")
        if persona:
            persona_id = names.personas.get(_key(persona))
            if persona_id is None:
                raise MappingWorkbookError(f"{where}: no persona named {persona!r} on the map")
            personas.setdefault(answer, persona_id)
    filters, kept = _settings(sheets[FILTER], FILTER, KEEP)
    return SurveyMapping(
        header_rows=_header_rows(*settings.get(HEADER_ROWS, ("", None))),
        columns=columns,
        segment_column=_survey_column(*settings.get(SEGMENT_COLUMN, ("", None)), survey),
        segment_personas=personas,
        filter_column=_survey_column(*filters.get(FILTER_COLUMN, ("", None)), survey),
        filter_values=_unique(value for _, value, _ in kept),
        include_personal=_yes_no(*settings.get(INCLUDE_PERSONAL, ("", None)), INCLUDE_PERSONAL),
    )


def _open(path: Path) -> Any:
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # a declared dependency: without it openpyxl parses XML unguarded
        raise MappingWorkbookError("defusedxml is missing: reinstall Journey Designer")
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        raise MappingWorkbookError(f"Could not open {path.name}: {reason}") from error
    except (zipfile.BadZipFile, ValueError) as error:
        raise MappingWorkbookError(f"{path.name} is not an .xlsx workbook") from error
    if size > MAX_UNZIPPED:
        raise MappingWorkbookError(f"{path.name} is too large for a mapping workbook")
    try:
        return openpyxl.load_workbook(path, read_only=False, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        raise MappingWorkbookError(
            f"{path.name} is not an .xlsx workbook Journey Designer can read"
            f" ({type(error).__name__})"
        ) from error


def _rows(workbook: Any, name: str) -> Rows:
    return list(workbook[name].iter_rows(values_only=True)) if name in workbook.sheetnames else []


def _cell(cells: tuple[Any, ...], position: int | None) -> Any:
    return cells[position] if position is not None and position < len(cells) else None


def _read_mapping(rows: Rows, names: _Names) -> tuple[list[ColumnMapping], dict[int, str]]:
    """The column mappings, and every survey column listed (index -> header)."""
    positions: dict[str, int] = {}
    for position, value in enumerate(rows[0] if rows else ()):
        positions.setdefault(_text(value).casefold(), position)
    for name in READ_COLUMNS:
        if name.casefold() not in positions:
            raise MappingWorkbookError(f"{MAPPING} sheet: row 1 has no {name!r} column")
    columns: list[ColumnMapping] = []
    survey: dict[int, str] = {}
    seen: dict[int, int] = {}
    for number, cells in enumerate(rows[1:], start=2):
        row = {name: _cell(cells, positions[name.casefold()]) for name in READ_COLUMNS}
        where, letters = f"{MAPPING} row {number}", _text(row["Column"]).upper()
        if not letters:
            if any(_text(value) for value in row.values()):
                raise MappingWorkbookError(f"{where}: the Column cell (A, B, ...) is empty")
            continue
        if not _LETTERS.match(letters):
            raise MappingWorkbookError(f"{where}: {letters!r} is not a column letter")
        index = _column_index(letters)
        if index in seen:
            raise MappingWorkbookError(f"{where}: column {letters} is on row {seen[index]} too")
        seen[index] = number
        header = row["Header"]
        survey[index] = header if isinstance(header, str) else _text(header)
        if _text(row["Role"]):
            columns.append(_column_mapping(row, index, survey[index], names, where))
    return columns, survey


def _column_mapping(
    row: dict[str, Any], index: int, header: str, names: _Names, where: str
) -> ColumnMapping:
    role = _choice(_text(row["Role"]), [r.value for r in Role], [r.value for r in Role],
                   "role", where)  # fmt: skip
    stage_name, title = _text(row["Stage"]), _text(row["Touchpoint"])
    stage_id: str | None = None
    if stage_name:
        stage_id = names.stages.get(_key(stage_name))
        if stage_id is None:
            raise MappingWorkbookError(f"{where}: no stage named {stage_name!r} on the map")
    card_id: str | None = None
    if title:
        stage_id, card_id = names.card(title, stage_id, where)
    metric = None
    if _text(row["Metric"]):
        kinds = [kind.value for kind in MetricKind]
        metric = MetricKind(_choice(_text(row["Metric"]), kinds, MEASURE_METRICS, "metric", where))
    low = _number(row["Scale min"], "scale min", where)
    high = _number(row["Scale max"], "scale max", where)
    if low is not None and high is not None and low >= high:
        raise MappingWorkbookError(f"{where}: scale min {low:g} is not below scale max {high:g}")
    return ColumnMapping(
        column=index, header=header, role=role, stage_id=stage_id, card_id=card_id,
        metric=metric, scale_min=low, scale_max=high,
        reverse=_yes_no(where, row["Reverse"], "Reverse"),
    )  # fmt: skip


def _settings(
    rows: Rows, sheet: str, list_header: str
) -> tuple[dict[str, tuple[str, Any]], list[tuple[str, str, str]]]:
    """Setting -> (where, value) above the list headed `list_header`; the list's rows as
    (where, column A text, column B text). Unknown settings are ignored."""
    settings: dict[str, tuple[str, Any]] = {}
    listed: list[tuple[str, str, str]] = []
    in_list = False
    known = {name.casefold(): name for name in (SEGMENT_COLUMN, INCLUDE_PERSONAL, HEADER_ROWS,
                                                FILTER_COLUMN)}  # fmt: skip
    for number, cells in enumerate(rows[1:], start=2):
        where, label, value = f"{sheet} row {number}", _text(_cell(cells, 0)), _cell(cells, 1)
        if in_list:
            listed.append((where, label, _text(value)))
        elif label.casefold() == list_header.casefold():
            in_list = True
        elif label.casefold() in known:
            settings.setdefault(known[label.casefold()], (where, value))
    return settings, listed


def _survey_column(where: str, value: Any, survey: dict[int, str]) -> int | None:
    """A column named as written ("C: Customer type"), by its header, or by its letter."""
    text = _text(value)
    if not text:
        return None
    for index, header in survey.items():
        if _key(text) == _key(f"{column_letter(index)}: {header}"):
            return index
    for index, header in survey.items():
        if _key(text) == _key(header):
            return index
    found = _LABEL.match(text)
    letters = (found.group(1) if found else text).upper()
    if _LETTERS.match(letters) and _column_index(letters) in survey:
        return _column_index(letters)
    raise MappingWorkbookError(f"{where}: no survey column {text!r} on the {MAPPING} sheet")


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _text(value: Any) -> str:
    """A cell as the text a user sees, whitespace tidied; numbers without a stray ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return clean_text(str(value))


def _choice(
    text: str, accepted: Collection[str], shown: Sequence[str], what: str, where: str
) -> str:
    if text.casefold() in accepted:
        return text.casefold()
    raise MappingWorkbookError(f"{where}: {what} {text!r} is not one of {', '.join(shown)}")


def _yes_no(where: str, value: Any, what: str) -> bool:
    text = _text(value).casefold()
    if text in _YES or text in _NO:
        return text in _YES
    raise MappingWorkbookError(f"{where}: {what} {_text(value)!r} is not yes or no")


def _number(value: Any, what: str, where: str) -> float | None:
    text = _text(value)
    if not text:
        return None
    try:
        number = float(value) if isinstance(value, int | float) else float(text)
    except ValueError:
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number):
        raise MappingWorkbookError(f"{where}: {what} {text!r} is not a number")
    return number


def _header_rows(where: str, value: Any) -> int | None:
    number = _number(value, "header rows", where)
    if number is None:
        return None
    if not number.is_integer() or not 0 <= number <= 3:
        raise MappingWorkbookError(f"{where}: header rows {_text(value)!r} is not 0, 1, 2 or 3")
    return int(number)

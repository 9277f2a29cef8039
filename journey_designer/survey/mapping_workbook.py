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

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journey_designer.messages import QT_TRANSLATE_NOOP, Message
from journey_designer.model import JourneyMap, LaneKind, SurveyMapping
from journey_designer.survey.cells import SurveyError
from journey_designer.survey.columns import Role
from journey_designer.survey.headers import column_letter
from journey_designer.survey.table import SurveyTable
from journey_designer.survey.values import clean_text
from journey_designer.survey.xlsx_export import (
    MAX_WIDTH,
    MIN_WIDTH,
    CellValue,
    display_width,
    ordered_cards,
    save_workbook_atomically,
    write_cell,
)

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

    def card(self, title: str, stage_id: str | None, where: Message) -> tuple[str, str]:
        """(stage id, card id) of the card titled `title`, in `stage_id` when one is given."""
        anywhere = self.cards_anywhere.get(_key(title))
        if anywhere is None:
            raise MappingWorkbookError(
                QT_TRANSLATE_NOOP("Messages", "{where}: no touchpoint titled {title!r} on the map"),
                where=where,
                title=title,
            )
        if stage_id is None:
            return anywhere
        found = self.cards.get((stage_id, _key(title)))
        if found is None:
            stage, other = self.stage_name[stage_id], self.stage_name.get(anywhere[0], "?")
            raise MappingWorkbookError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{where}: touchpoint {title!r} is in stage {other!r}, not {stage!r}"
                ),
                where=where,
                title=title,
                other=other,
                stage=stage,
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
    """The mapping a user filled in (see mapping_workbook_read.py)."""
    from journey_designer.survey.mapping_workbook_read import read_mapping_workbook as read

    return read(path, journey)

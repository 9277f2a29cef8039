"""Where the table starts: the export format, the header rows, the rows that are answers.

Known exports are recognised by their fixed metadata columns and get their known header
depth (Qualtrics: export tag, question text and ImportId rows; SurveyMonkey: question
row and answer-option row). Anything else is read by shape: title and legend lines (one
or two filled cells in a wide sheet) and blank rows are skipped, the first full row of
text is the header, and up to two more text rows join it when the rows below them are
answers of another kind (numbers, dates, or repeated choices).
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field

from journey_designer.survey.cells import Cell, SheetData
from journey_designer.survey.values import as_number, clean_text, is_date_like

SCAN_ROWS = 30  # header rows are looked for among the first rows only
MAX_HEADER_ROWS = 3
SUMMARY_WORDS = frozenset(
    {"average", "avg", "mean", "total", "totals", "sum", "count", "median", "std", "stdev",
     "合计", "总计", "小计", "平均", "平均值", "平均分", "均值", "汇总", "总数", "标准差"}
)  # fmt: skip
_IMPORT_ID = re.compile(r"""^\{\s*['"]ImportId['"]\s*:""")


@dataclass(frozen=True)
class ExportFormat:
    key: str  # "qualtrics", "surveymonkey", ...
    name: str  # shown to the user


FORMATS = {
    "qualtrics": ExportFormat("qualtrics", "Qualtrics"),
    "surveymonkey": ExportFormat("surveymonkey", "SurveyMonkey"),
    "google_forms": ExportFormat("google_forms", "Google Forms"),
    "microsoft_forms": ExportFormat("microsoft_forms", "Microsoft Forms"),
    "typeform": ExportFormat("typeform", "Typeform"),
    "wjx": ExportFormat("wjx", "问卷星 (wjx.cn)"),
    "tencent": ExportFormat("tencent", "腾讯问卷"),
    "generic": ExportFormat("generic", "Spreadsheet"),
}


@dataclass
class TableShape:
    format: ExportFormat
    header_start: int  # first header row (rows above it are titles, legends or blank)
    header_rows: int  # 0..3
    n_rows: int  # rows in the sheet
    excluded: frozenset[int] = frozenset()  # rows below the header that are not answers
    skipped_rows: dict[str, int] = field(default_factory=dict)  # reason -> how many

    @property
    def first_data_row(self) -> int:
        return self.header_start + self.header_rows

    @property
    def n_responses(self) -> int:
        return self.n_rows - self.first_data_row - len(self.excluded)

    def data_rows(self) -> array[int]:
        excluded = self.excluded
        return array("I", (i for i in range(self.first_data_row, self.n_rows) if i not in excluded))


def find_shape(
    sheet: SheetData, header_rows: int | None = None, header_start: int | None = None
) -> TableShape:
    """Recognise the table; `header_rows`/`header_start` override what is detected."""
    top = [sheet.row(i) for i in range(min(sheet.n_rows, SCAN_ROWS))]
    export, known_depth = _recognise(top)
    start = _header_start(top) if header_start is None else header_start
    if header_rows is None:
        header_rows = known_depth if known_depth is not None else _header_depth(top, start)
    header_rows = max(0, min(header_rows, MAX_HEADER_ROWS, sheet.n_rows - start))
    excluded, skipped = _excluded_rows(sheet, start + header_rows)
    if start:
        skipped["above the header"] = start
    return TableShape(export, start, header_rows, sheet.n_rows, frozenset(excluded), skipped)


def header_texts(sheet: SheetData, shape: TableShape) -> list[tuple[str, str, str]]:
    """Per column: (question, option, code). Blank header cells are filled from the left
    within a question (SurveyMonkey matrices), and Qualtrics' ImportId row is dropped."""
    rows = [
        [_text(cell) for cell in sheet.row(i)]
        for i in range(shape.header_start, shape.first_data_row)
    ]
    rows = [row for row in rows if not any(_IMPORT_ID.match(cell) for cell in row)]
    width = sheet.n_columns
    if shape.format.key == "qualtrics" and len(rows) >= 2:
        return [(rows[1][j] or rows[0][j], "", rows[0][j]) for j in range(width)]
    if not rows:
        return [(f"Column {column_letter(j)}", "", "") for j in range(width)]
    question = _filled_across(rows[0], rows[1] if len(rows) > 1 else None)
    option = [" / ".join(r[j] for r in rows[1:] if r[j]) for j in range(width)]
    return [(question[j], _option(option[j]), "") for j in range(width)]


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return clean_text(str(cell))


def _option(text: str) -> str:
    # SurveyMonkey writes "Response" / "Open-Ended Response" under single questions.
    return "" if text.lower() in {"response", "open-ended response", "回答", "开放式回答"} else text


def _filled_across(questions: list[str], options: list[str] | None) -> list[str]:
    filled: list[str] = []
    for j, text in enumerate(questions):
        inherit = not text and filled and options is not None and options[j]
        filled.append(filled[-1] if inherit else text)
    return filled


def _recognise(top: list[list[Cell]]) -> tuple[ExportFormat, int | None]:
    first = {_text(cell).lower() for cell in top[0]} if top else set()
    third = top[2] if len(top) > 2 else []
    if any(isinstance(c, str) and _IMPORT_ID.match(c.strip()) for c in third):
        return FORMATS["qualtrics"], 3
    if {"responseid", "startdate"} <= first or {"responseid", "enddate"} <= first:
        return FORMATS["qualtrics"], 2
    if {"respondent id", "collector id"} <= first:
        return FORMATS["surveymonkey"], 2
    if {"序号", "提交答卷时间"} <= first or {"序号", "所用时间"} <= first:
        return FORMATS["wjx"], 1
    if {"编号", "开始答题时间"} <= first or {"答题时长", "结束答题时间"} <= first:
        return FORMATS["tencent"], 1
    if {"id", "start time", "completion time"} <= first or {"id", "开始时间", "完成时间"} <= first:
        return FORMATS["microsoft_forms"], 1
    if "#" in first and ({"submit date (utc)", "network id"} & first):
        return FORMATS["typeform"], 1
    if top and _text(top[0][0]).lower() in {"timestamp", "时间戳记", "时间戳", "提交时间"}:
        return FORMATS["google_forms"], 1
    return FORMATS["generic"], None


def _filled(row: list[Cell]) -> int:
    return sum(1 for cell in row if cell is not None)


def _header_start(top: list[list[Cell]]) -> int:
    """Skip blank rows, titles and legend lines above the table."""
    width = max((_filled(row) for row in top), default=0)
    for i, row in enumerate(top):
        filled = _filled(row)
        if filled and (width <= 3 or filled > 2):
            return i
    return 0


def _is_text_row(row: list[Cell]) -> bool:
    cells = [cell for cell in row if cell is not None]
    return bool(cells) and all(
        isinstance(cell, str) and as_number(cell) is None and not is_date_like(cell)
        for cell in cells
    )


def _header_depth(top: list[list[Cell]], start: int) -> int:
    if start >= len(top) or not _is_text_row(top[start]):
        return 0
    depth = 1
    while depth < MAX_HEADER_ROWS and start + depth < len(top):
        candidate = top[start + depth]
        below = top[start + depth + 1 :]
        if not below or not _is_text_row(candidate) or not _heads_columns(candidate, below):
            break
        depth += 1
    return depth


def _heads_columns(candidate: list[Cell], below: list[list[Cell]]) -> bool:
    """True when the row names its columns rather than answers in them: none of its cells
    recurs as an answer below, and some stand over numbers, dates or repeated choices."""
    heading = 0
    for j, cell in enumerate(candidate):
        if cell is None:
            continue
        answers = [row[j] for row in below if j < len(row) and row[j] is not None]
        if cell in answers:
            return False
        typed = sum(1 for a in answers if as_number(a) is not None or is_date_like(a))
        repeated = len(answers) >= 4 and len(set(map(str, answers))) <= len(answers) // 2
        if answers and (typed * 2 > len(answers) or repeated):
            heading += 1
    return heading > 0


def _excluded_rows(sheet: SheetData, first: int) -> tuple[set[int], dict[str, int]]:
    """Rows below the header that are not answers: blank, summary and trailing notes."""
    skipped: dict[str, int] = {}
    excluded = _blank_rows(sheet, first)
    if excluded:
        skipped["blank"] = len(excluded)
    summary = _summary_rows(sheet, first) - excluded
    if summary:
        skipped["summary (total, average…)"] = len(summary)
    legend = _trailing_legend(sheet, first, excluded | summary)
    if legend:
        skipped["notes below the table"] = len(legend)
    return excluded | summary | legend, skipped


def _blank_rows(sheet: SheetData, first: int) -> set[int]:
    # Narrow down column by column: the first column is rarely blank, so this stays cheap.
    candidates: list[int] | range = range(first, sheet.n_rows)
    for column in sheet.columns:
        codes = column.codes
        candidates = [i for i in candidates if not codes[i]]
        if not candidates:
            break
    return set(candidates)


def _summary_rows(sheet: SheetData, first: int) -> set[int]:
    rows: set[int] = set()
    for column in sheet.columns[:3]:
        words = {
            code
            for code, value in enumerate(column.values)
            if isinstance(value, str)
            and len(value) <= 12
            and clean_text(value).lower().rstrip(":：") in SUMMARY_WORDS
        }
        if words:
            codes = column.codes
            rows.update(i for i in range(first, sheet.n_rows) if codes[i] in words)
    return rows


def _trailing_legend(sheet: SheetData, first: int, excluded: set[int]) -> set[int]:
    """Lines after the last blank gap that fill one or two cells of a wide table."""
    if sheet.n_columns < 4 or not excluded:
        return set()
    gap = max((i for i in excluded if i >= first), default=None)
    if gap is None or gap == sheet.n_rows - 1:
        return set()
    tail = [i for i in range(gap + 1, sheet.n_rows) if i not in excluded]
    if tail and len(tail) <= 50 and all(_filled(sheet.row(i)) <= 2 for i in tail):
        return set(tail)
    return set()

"""Funnel counts and channel costs from a spreadsheet: the "funnel mapping".

A sheet holds a funnel table, a costs table, or both (stacked, or side by side with a
blank column between them). A table is recognised by its header row, in English or
Chinese:

    funnel: Stage/阶段, Step or Label/步骤/名称, Count/数量/人数, Amount/金额, Currency/货币
    costs:  Channel/渠道, Campaign/活动, Cost or Spend/成本/花费, Revenue/收入,
            Acquisitions or Customers/获客/客户数, Currency/货币

A funnel table needs a stage column and a count, step or amount column; a costs table a
channel column and a cost, revenue or acquisitions column. A stage is named (matched to
the map's stages with `matching.similarity`) or given by its 1-based number. Each problem
is one line naming the sheet row. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from journey_designer.messages import QT_TRANSLATE_NOOP, Message, message
from journey_designer.model import ChannelCost, FunnelStep, JourneyMap
from journey_designer.model.operations import Operation, update_map
from journey_designer.survey.cells import Cell, ReadResult, SheetData, SurveyError
from journey_designer.survey.headers import column_letter
from journey_designer.survey.matching import similarity
from journey_designer.survey.values import as_number, clean_text, display, is_skip

STAGE_MATCH = 0.6  # the least similarity for a stage name to match
MAX_SHEETS = 20  # sheets tried for a table when none is named

FUNNEL = "funnel"
COSTS = "costs"

# Tried in this order, so "阶段名称" is a stage, "活动成本" a cost and "收入金额" revenue;
# "name"/"名称" alone names the step.
_FIELDS: tuple[tuple[str, str | None, tuple[str, ...], tuple[str, ...]], ...] = (
    # (field, table (None: either), English words, Chinese words)
    ("stage", FUNNEL, ("stage", "phase"), ("阶段",)),
    ("channel", COSTS, ("channel", "source", "medium"), ("渠道", "来源")),
    ("cost", COSTS, ("cost", "spend", "spent", "budget", "expense"),
     ("成本", "花费", "费用", "支出")),
    ("revenue", COSTS, ("revenue", "income", "sale"), ("收入", "营收", "销售额")),
    ("acquisitions", COSTS, ("acquisition", "acquired", "customer", "lead", "conversion"),
     ("获客", "客户数", "客户", "转化数")),
    ("campaign", COSTS, ("campaign",), ("活动",)),
    ("count", FUNNEL, ("count", "number", "visitor", "user", "people", "volume"),
     ("数量", "人数", "数目", "计数")),
    ("amount", FUNNEL, ("amount", "value"), ("金额", "价值")),
    ("currency", None, ("currency",), ("货币", "币种")),
    ("label", FUNNEL, ("step", "label", "name", "metric"), ("步骤", "名称", "环节", "指标")),
)  # fmt: skip
FUNNEL_FIELDS = ("stage", "label", "count", "amount", "currency")
COST_FIELDS = ("channel", "campaign", "cost", "revenue", "acquisitions", "currency")
_NEEDED = {FUNNEL: ("stage", ("label", "count", "amount")),
           COSTS: ("channel", ("cost", "revenue", "acquisitions"))}  # fmt: skip
_WORD = re.compile(r"[a-z]+")
_BRACKETS = re.compile(r"[(（\[【].*?[)）\]】]")
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


class FunnelImportError(SurveyError):
    """The file's table has problems: `str()` is the first (one line), `problems` all (in
    English), `problem_messages` all as Messages for the UI."""

    def __init__(self, problems: list[Message]) -> None:
        if len(problems) > 1:
            super().__init__(
                QT_TRANSLATE_NOOP("Messages", "{problem} (and {count} more)"),
                problem=problems[0],
                count=len(problems) - 1,
            )
        else:
            super().__init__(problems[0])
        self.problems = [str(problem) for problem in problems]
        self.problem_messages = problems


# The fields' names in a row's problem ("Row 5: count 'lots' is not a number").
_FIELD_NAMES = {
    "count": message(QT_TRANSLATE_NOOP("Messages", "count")),
    "amount": message(QT_TRANSLATE_NOOP("Messages", "amount")),
    "cost": message(QT_TRANSLATE_NOOP("Messages", "cost")),
    "revenue": message(QT_TRANSLATE_NOOP("Messages", "revenue")),
    "acquisitions": message(QT_TRANSLATE_NOOP("Messages", "acquisitions")),
}


@dataclass
class TableMapping:
    """Where one table is: its header row and which column holds which field."""

    header_row: int  # 0-based sheet row
    columns: dict[str, int]  # field -> 0-based column
    headers: dict[str, str]  # field -> the header text, as written

    def describe(self) -> str:
        return ", ".join(
            f"{name}={column_letter(self.columns[name])} ({self.headers[name]!r})"
            for name in sorted(self.columns, key=self.columns.__getitem__)
        )


@dataclass
class FunnelMapping:
    """The funnel mapping: which sheet, and which column is which in each table found."""

    sheet: str
    funnel: TableMapping | None = None
    costs: TableMapping | None = None


@dataclass
class FunnelImport:
    file_name: str
    mapping: FunnelMapping
    steps: list[FunnelStep] = field(default_factory=list)
    costs: list[ChannelCost] = field(default_factory=list)

    @property
    def stage_ids(self) -> list[str]:
        """The stages the file gives steps for, in the file's order."""
        return list(dict.fromkeys(step.stage_id for step in self.steps))

    def funnel_after(self, journey: JourneyMap) -> list[FunnelStep]:
        """The map's funnel with the steps of the file's stages replaced by the file's."""
        replaced = set(self.stage_ids)
        kept = [step for step in journey.funnel if step.stage_id not in replaced]
        return kept + [step.model_copy(deep=True) for step in self.steps]

    def edit(self, journey: JourneyMap) -> Operation:
        """One UpdateMap: the funnel (the file's stages replaced) and/or the costs."""
        changes: dict[str, object] = {}
        if self.mapping.funnel is not None:
            changes["funnel"] = self.funnel_after(journey)
        if self.mapping.costs is not None:
            changes["channel_costs"] = [cost.model_copy(deep=True) for cost in self.costs]
        return update_map(**changes)

    def summary(self) -> str:
        """One line: what was imported."""
        parts: list[str] = []
        if self.mapping.funnel is not None:
            parts.append(f"{len(self.steps)} funnel steps in {len(self.stage_ids)} stages")
        if self.mapping.costs is not None:
            parts.append(f"{len(self.costs)} channel cost rows")
        return f"{self.file_name}, sheet {self.mapping.sheet!r}: " + "; ".join(parts)


# --- reading ------------------------------------------------------------------------------


def read_funnel_file(
    path: Path,
    journey: JourneyMap,
    sheet: str | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> FunnelImport:
    """Read `sheet` of `path` in the reading child; without `sheet`, the first sheet that
    holds a funnel or costs table."""
    from journey_designer.survey.sandbox import read_survey

    read = read_survey(path, sheet, progress=progress, should_cancel=should_cancel)
    if sheet is not None or find_tables(read.sheet) != (None, None):
        return read_funnel_table(read, journey)
    for name in read.sheet_names[:MAX_SHEETS]:
        if name == read.sheet.name:
            continue
        other = read_survey(path, name, should_cancel=should_cancel)
        if find_tables(other.sheet) != (None, None):
            return read_funnel_table(other, journey)
    return read_funnel_table(read, journey)  # says what is missing


def read_funnel_table(read: ReadResult, journey: JourneyMap) -> FunnelImport:
    """The funnel steps and cost rows of `read`'s sheet; FunnelImportError if wrong."""
    sheet = read.sheet
    funnel, costs = find_tables(sheet)
    if funnel is None and costs is None:
        raise SurveyError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file}, sheet {sheet!r}: no funnel or costs table found; give a "
                "header row with Stage and Count (阶段, 数量) or Channel and Cost (渠道, 成本)",
            ),
            file=read.file_name,
            sheet=sheet.name,
        )
    result = FunnelImport(read.file_name, FunnelMapping(sheet.name, funnel, costs))
    problems: list[Message] = []
    headers = {t.header_row for t in (funnel, costs) if t is not None}
    if funnel is not None:
        for row in _data_rows(sheet, funnel, headers):
            step = _step(sheet, row, funnel, journey, problems)
            if step is not None:
                result.steps.append(step)
    if costs is not None:
        for row in _data_rows(sheet, costs, headers):
            cost = _cost(sheet, row, costs, problems)
            if cost is not None:
                result.costs.append(cost)
    if problems:
        raise FunnelImportError(problems)
    return result


def find_tables(sheet: SheetData) -> tuple[TableMapping | None, TableMapping | None]:
    """The first funnel table and the first costs table of the sheet (by header row)."""
    found: dict[str, TableMapping] = {}
    for row in range(sheet.n_rows):
        for table, mapping in _header_tables(sheet, row).items():
            found.setdefault(table, mapping)
        if len(found) == 2:
            break
    return found.get(FUNNEL), found.get(COSTS)


def header_field(text: str) -> tuple[str, str | None] | None:
    """(field, table) a header text names, or None."""
    cleaned = clean_text(_BRACKETS.sub(" ", text)).lower().strip(" :：*#")
    if not cleaned or len(cleaned) > 40:
        return None
    words = {_singular(word) for word in _WORD.findall(cleaned)}
    for name, table, english, chinese in _FIELDS:
        if words & set(english) or any(word in cleaned for word in chinese):
            return name, table
    return None


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _header_tables(sheet: SheetData, row: int) -> dict[str, TableMapping]:
    cells = [(column, sheet.cell(row, column)) for column in range(sheet.n_columns)]
    named: list[tuple[int, str, str | None, str]] = []
    for column, cell in cells:
        if isinstance(cell, str) and as_number(cell) is None:
            recognised = header_field(cell)
            if recognised is not None:
                named.append((column, *recognised, clean_text(cell)))
    tables: dict[str, TableMapping] = {}
    for column, name, table, text in named:
        if table is None:  # the currency: of the table of the nearest column
            sided = [(abs(c - column), c > column, t) for c, _n, t, _x in named if t is not None]
            if not sided:
                continue
            table = min(sided)[2]
        assert table is not None
        mapping = tables.setdefault(table, TableMapping(row, {}, {}))
        if name not in mapping.columns:
            mapping.columns[name] = column
            mapping.headers[name] = text
    return {
        table: mapping
        for table, mapping in tables.items()
        if _NEEDED[table][0] in mapping.columns
        and any(other in mapping.columns for other in _NEEDED[table][1])
    }


def _data_rows(sheet: SheetData, table: TableMapping, header_rows: set[int]) -> list[int]:
    """The rows below the header up to the next header row, blank ones left out."""
    rows: list[int] = []
    for row in range(table.header_row + 1, sheet.n_rows):
        if row in header_rows or (row > table.header_row + 1 and _header_tables(sheet, row)):
            break
        if any(sheet.cell(row, column) is not None for column in table.columns.values()):
            rows.append(row)
    return rows


def _get(sheet: SheetData, row: int, table: TableMapping, name: str) -> Cell:
    column = table.columns.get(name)
    return None if column is None else sheet.cell(row, column)


def _text(cell: Cell) -> str:
    return clean_text(display(cell))


def _number(cell: Cell, what: str, row: int, problems: list[Message], whole: bool) -> float | None:
    """The number in `cell` (None when blank or "N/A"), else a problem noted."""
    if is_skip(cell):
        return None
    number = as_number(cell)
    if number is None and isinstance(cell, str):
        text = clean_text(cell)
        if _THOUSANDS.match(text):
            number = float(text.replace(",", ""))
    if number is None:
        wrong = QT_TRANSLATE_NOOP("Messages", "Row {row}: {what} {text!r} is not a number")
    elif whole and (number < 0 or not number.is_integer()):
        wrong = QT_TRANSLATE_NOOP(
            "Messages", "Row {row}: {what} {text!r} must be a whole number of 0 or more"
        )
    elif number < 0:
        wrong = QT_TRANSLATE_NOOP(
            "Messages", "Row {row}: {what} {text!r} must be a number of 0 or more"
        )
    else:
        return number
    problems.append(message(wrong, row=row + 1, what=_FIELD_NAMES[what], text=_text(cell)))
    return None


def _step(
    sheet: SheetData, row: int, table: TableMapping, journey: JourneyMap, problems: list[Message]
) -> FunnelStep | None:
    before = len(problems)
    stage = _stage(_get(sheet, row, table, "stage"), row, journey, problems)
    count = _number(_get(sheet, row, table, "count"), "count", row, problems, whole=True)
    amount = _number(_get(sheet, row, table, "amount"), "amount", row, problems, whole=False)
    if stage is None or len(problems) > before:
        return None
    label = _text(_get(sheet, row, table, "label")) or stage[1]
    return FunnelStep(
        stage_id=stage[0],
        label=label,
        count=None if count is None else int(count),
        amount=amount,
        currency=_text(_get(sheet, row, table, "currency")),
    )


def _stage(
    cell: Cell, row: int, journey: JourneyMap, problems: list[Message]
) -> tuple[str, str] | None:
    """(id, name) of the stage a cell names, by name or by its 1-based number."""
    stages = [(stage.id, stage.name) for stage in journey.stages]
    if is_skip(cell):
        problems.append(
            message(QT_TRANSLATE_NOOP("Messages", "Row {row}: no stage given"), row=row + 1)
        )
        return None
    number = as_number(cell)
    if number is not None:
        if number.is_integer() and 1 <= number <= len(stages):
            return stages[int(number) - 1]
        problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Row {row}: no stage number {text} on the map (1 to {last})"
                ),
                row=row + 1,
                text=_text(cell),
                last=len(stages),
            )
        )
        return None
    text = _text(cell)
    exact = [stage for stage in stages if clean_text(stage[1]).casefold() == text.casefold()]
    if exact:
        return exact[0]
    scored = sorted(
        ((similarity(text, name) + similarity(name, text)) / 2, index)
        for index, (_id, name) in enumerate(stages)
    )
    if scored and scored[-1][0] >= STAGE_MATCH:
        best, index = scored[-1]
        ties = [stages[i][1] for score, i in scored if score == best]
        if len(ties) == 1:
            return stages[index]
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Messages", "Row {row}: stage {text!r} could be {stages}"),
                row=row + 1,
                text=text,
                stages=_either(ties),
            )
        )
        return None
    problems.append(
        message(
            QT_TRANSLATE_NOOP("Messages", "Row {row}: no stage named {text!r} on the map"),
            row=row + 1,
            text=text,
        )
    )
    return None


def _either(names: list[str]) -> Message | str:
    """'A' or 'B' or 'C'."""
    if len(names) == 1:
        return repr(names[0])
    return message(
        QT_TRANSLATE_NOOP("Messages", "{one} or {other}"),
        one=repr(names[0]),
        other=_either(names[1:]),
    )


def _cost(
    sheet: SheetData, row: int, table: TableMapping, problems: list[Message]
) -> ChannelCost | None:
    before = len(problems)
    values: dict[str, float] = {}
    for name, whole in (("cost", False), ("revenue", False), ("acquisitions", True)):
        number = _number(_get(sheet, row, table, name), name, row, problems, whole=whole)
        values[name] = number or 0.0
    channel = _text(_get(sheet, row, table, "channel"))
    if not channel:
        problems.append(
            message(QT_TRANSLATE_NOOP("Messages", "Row {row}: no channel given"), row=row + 1)
        )
    if len(problems) > before:
        return None
    return ChannelCost(
        channel=channel,
        campaign=_text(_get(sheet, row, table, "campaign")),
        cost=values["cost"],
        revenue=values["revenue"],
        acquisitions=int(values["acquisitions"]),
        currency=_text(_get(sheet, row, table, "currency")),
    )

"""The map's cards and metrics as an Excel workbook for analysts. No Qt.

Two sheets: "Cards" (one row per card, in stage, lane, card order) and "Metrics" (one row
per metric of a card, with its provenance). openpyxl is imported inside the functions:
importing this module must not cost the app's start-up the time openpyxl takes.

Text from a map is user input, and a spreadsheet is a place where text can run:
`write_cell` always stores a `str` as text, never as a formula or an error value, and
strips the characters XML cannot carry. `save_workbook_atomically` never leaves a
half-written file over a good one. Both are meant for any workbook the app writes.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journey_designer.messages import QT_TRANSLATE_NOOP, UserError
from journey_designer.model.entities import Card, JourneyMap, Metric
from journey_designer.storage.jsonfile import write_atomically

if TYPE_CHECKING:  # openpyxl has no type information; these names are for the reader
    from openpyxl.cell.cell import Cell
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

CellValue = str | int | float | bool | None

# Spreadsheet programs read text starting with these as a formula when it is typed or
# pasted ("CSV injection"); tab and carriage return are on OWASP's list for the same reason.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot carry: C0 controls except tab, newline and carriage return;
# lone UTF-16 surrogates (they cannot be encoded); U+FFFE and U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_CELL_UTF16 = 32_767  # Excel's limit on a cell's text, in UTF-16 code units

MIN_WIDTH, MAX_WIDTH = 6, 60  # column widths in characters (a CJK character counts 2)
NUMBER_FORMAT = "#,##0.0#"
COUNT_FORMAT = "#,##0"


class WorkbookWriteError(UserError, OSError):
    """The workbook could not be written; `str(error)` is the line to show the user."""


# --- safe cells ---------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Text a worksheet can hold: characters XML forbids removed, cut to Excel's limit."""
    text = _ILLEGAL_XML.sub("", text)
    if len(text) <= MAX_CELL_UTF16 // 2:
        return text  # short: within the limit even if every character takes two units
    units = text.encode("utf-16-le")
    if len(units) <= 2 * MAX_CELL_UTF16:
        return text
    return units[: 2 * MAX_CELL_UTF16].decode("utf-16-le", errors="ignore")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would take `text` for a formula if a user typed it."""
    return text.startswith(FORMULA_STARTS)


def write_cell(sheet: Worksheet, row: int, column: int, value: CellValue) -> Cell:
    """Put `value` in a cell so that it reads back exactly as given, and nothing runs.

    openpyxl stores a str starting with "=" as a formula and "#N/A" as an error; here
    every str is stored as text (data type "s"). Formula-looking text also gets Excel's
    quote prefix, so it stays text when a user edits the cell. NaN and infinities, which
    Excel cannot store, become empty cells.
    """
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"
        if looks_like_formula(text):
            cell.quotePrefix = True
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = None
    else:
        cell.value = value
    return cell


# --- the map's workbook ---------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    header: str
    number_format: str | None = None  # None: text
    wrap: bool = False  # long prose: wrapped, so the sheet stays readable at MAX_WIDTH


CARD_COLUMNS = (
    Column("Stage"),
    Column("Lane"),
    Column("Lane kind"),
    Column("Title", wrap=True),
    Column("Text", wrap=True),
    Column("Channel"),
    Column("Owner"),
    Column("Severity"),
    Column("Priority"),
    Column("Tags"),
    Column("Votes", COUNT_FORMAT),
    Column("Notes", wrap=True),
    Column("Card ID"),  # joins a card's row here with its metrics' rows
)
METRIC_COLUMNS = (
    Column("Stage"),
    Column("Lane"),
    Column("Card title", wrap=True),
    Column("Metric kind"),
    Column("Label"),
    Column("Value", NUMBER_FORMAT),
    Column("Unit"),
    Column("n", COUNT_FORMAT),
    Column("CI low", NUMBER_FORMAT),
    Column("CI high", NUMBER_FORMAT),
    Column("Scale"),
    Column("Source"),
    Column("Survey column"),
    Column("Card ID"),
)


def write_map_workbook(journey: JourneyMap, path: Path) -> None:
    """Write the map's "Cards" and "Metrics" sheets to `path` (.xlsx), atomically.

    Raises WorkbookWriteError (an OSError) with a one-line message when the file cannot
    be written; an existing file at `path` is then left as it was.
    """
    save_workbook_atomically(build_map_workbook(journey), path)


def build_map_workbook(journey: JourneyMap) -> Workbook:
    """The workbook `write_map_workbook` saves, in memory."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.properties.title = clean_text(journey.title)
    workbook.properties.creator = "Journey Designer"
    cards = ordered_cards(journey)
    places = _Places(journey)
    cards_sheet = workbook.active
    cards_sheet.title = "Cards"
    card_rows = (_card_row(places, card) for card in cards)
    fill_tables(cards_sheet, [Table("", CARD_COLUMNS, card_rows)])
    metrics_sheet = workbook.create_sheet("Metrics")
    metric_rows = (_metric_row(places, card, metric) for card in cards for metric in card.metrics)
    fill_tables(metrics_sheet, [Table("", METRIC_COLUMNS, metric_rows)])
    return workbook


def ordered_cards(journey: JourneyMap) -> list[Card]:
    """Cards in reading order: stage left to right, lane top to bottom, then card order.

    A card whose stage or lane is missing (a damaged map) goes after the others rather
    than being dropped: an export should show everything the file holds.
    """
    stage_rank = {stage.id: i for i, stage in enumerate(journey.stages)}
    lane_rank = {lane.id: i for i, lane in enumerate(journey.lanes)}
    missing = len(journey.stages) + len(journey.lanes)

    def key(indexed: tuple[int, Card]) -> tuple[int, int, int, int]:
        position, card = indexed
        stage = stage_rank.get(card.stage_id, missing)
        lane = lane_rank.get(card.lane_id, missing)
        return stage, lane, card.order, position  # position: a stable tie-break

    return [card for _, card in sorted(enumerate(journey.cards), key=key)]


class _Places:
    """Names for a card's stage and lane and its metrics' sources, looked up once per map."""

    def __init__(self, journey: JourneyMap) -> None:
        self.stages = {stage.id: stage.name for stage in journey.stages}
        self.lanes = {lane.id: (lane.title, lane.kind.value) for lane in journey.lanes}
        self.sources = {source.id: source.file_name for source in journey.survey_sources}

    def of(self, card: Card) -> tuple[str, str, str]:
        """(stage name, lane title, lane kind); a missing stage or lane shows its id."""
        lane_title, lane_kind = self.lanes.get(card.lane_id, (card.lane_id, ""))
        return self.stages.get(card.stage_id, card.stage_id), lane_title, lane_kind

    def source(self, metric: Metric) -> str:
        """The metric's source: "manual", or the survey file's name (its id if missing)."""
        provenance = metric.provenance
        if provenance.kind == "manual" or provenance.source_id is None:
            return "manual"
        return self.sources.get(provenance.source_id, provenance.source_id)


def _card_row(places: _Places, card: Card) -> list[CellValue]:
    stage_name, lane_title, lane_kind = places.of(card)
    return [
        stage_name,
        lane_title,
        lane_kind,
        card.title,
        card.text,
        card.channel.name if card.channel else "",
        card.owner,
        card.severity.value if card.severity else "",
        card.priority.value if card.priority else "",
        ", ".join(card.tags),
        card.votes,
        card.notes,
        card.id,
    ]


def _metric_row(places: _Places, card: Card, metric: Metric) -> list[CellValue]:
    stage_name, lane_title, _ = places.of(card)
    return [
        stage_name,
        lane_title,
        card.title,
        metric.kind.value,
        metric.label,
        metric.value,
        metric.unit,
        metric.n,
        metric.ci_low,
        metric.ci_high,
        _scale_text(metric),
        places.source(metric),
        metric.provenance.column or "",
        card.id,
    ]


def _scale_text(metric: Metric) -> str:
    if metric.scale_min is None or metric.scale_max is None:
        return ""
    return f"{metric.scale_min:g}–{metric.scale_max:g}"


Rows = Iterable[Sequence[CellValue]]


@dataclass(frozen=True)
class Table:
    title: str  # "" for a sheet's only table: its header is then the first row
    columns: Sequence[Column]
    rows: Rows


def fill_tables(sheet: Worksheet, tables: Sequence[Table]) -> None:
    """Tables one under the other (a title row, the header, the rows, a blank row); the
    first table's header is frozen and gets the filter."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold, title_font = Font(bold=True), Font(bold=True, size=12)
    wrapped = Alignment(wrap_text=True, vertical="top")
    widths: dict[int, int] = {}
    row_number = 1
    for table_index, table in enumerate(tables):
        if table.title:
            write_cell(sheet, row_number, 1, table.title).font = title_font
            row_number += 1
        header_row = row_number
        for index, column in enumerate(table.columns, start=1):
            write_cell(sheet, header_row, index, column.header).font = bold
            widths[index] = max(widths.get(index, 0), display_width(column.header))
        for row_number, values in enumerate(table.rows, start=header_row + 1):
            cells = zip(table.columns, values, strict=True)
            for index, (column, value) in enumerate(cells, start=1):
                cell = write_cell(sheet, row_number, index, value)
                if isinstance(value, str):
                    width = display_width(value)
                    widths[index] = max(widths[index], width)
                    if column.wrap and (width > MAX_WIDTH or "\n" in value):
                        cell.alignment = wrapped
                elif column.number_format and isinstance(value, int | float):
                    cell.number_format = column.number_format
                    widths[index] = max(widths[index], 10)
        if table_index == 0:
            sheet.freeze_panes = f"A{header_row + 1}"
            last_column = get_column_letter(len(table.columns))
            sheet.auto_filter.ref = f"A{header_row}:{last_column}{max(row_number, header_row)}"
        row_number = max(row_number, header_row) + 2  # a blank row before the next table
    for index, width in widths.items():
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))


def display_width(text: str) -> int:
    """Width in character cells of the longest line; CJK characters take two."""
    longest = 0
    for line in text.splitlines() or [""]:
        # Only the first characters matter: widths are capped at MAX_WIDTH anyway.
        head = line[: MAX_WIDTH + 1]
        if head.isascii():
            width = len(head)
        else:
            width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in head)
        longest = max(longest, width)
    return longest


# --- atomic save ----------------------------------------------------------------------------


def save_workbook_atomically(workbook: Workbook, path: Path) -> None:
    """Save to a temp file in the target's folder, fsync, then rename it over `path`.

    A failure at any step (disk full, folder missing or read-only, killed mid-write)
    leaves an existing file at `path` as it was and removes the temp file. OS failures
    are raised as WorkbookWriteError, whose text is one line for the user; anything else
    (a bug) is re-raised as it is, after the same clean-up.
    """
    buffer = io.BytesIO()  # a workbook is small next to the memory it took to build
    target = Path(path)
    try:
        workbook.save(buffer)
        write_atomically(target, buffer.getvalue())
    except OSError as error:
        raise _write_error(target, error) from None


def _write_error(target: Path, error: OSError) -> WorkbookWriteError:
    reason = error.strerror or str(error) or type(error).__name__
    if target.is_file():
        said = QT_TRANSLATE_NOOP(
            "Messages", "Could not write {file}: {reason}. The previous file is unchanged."
        )
    else:
        said = QT_TRANSLATE_NOOP("Messages", "Could not write {file}: {reason}.")
    wrapped = WorkbookWriteError(said, file=target.name, reason=reason)
    wrapped.errno = error.errno
    return wrapped

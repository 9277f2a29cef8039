"""The shape a read spreadsheet takes: one sheet as columns of codes into distinct values.

A survey sheet repeats itself: a rating column of 100,000 rows has five distinct values.
So each column keeps its distinct values once and one small integer code per row. The
reading child process builds this, it pickles fast, and typing and aggregation work on the
distinct values and code counts instead of on millions of Python objects.

Code 0 is always the blank cell (`None`): empty strings and whitespace-only strings read as
blank, so a row is blank exactly when all its codes are 0.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from journey_designer.messages import QT_TRANSLATE_NOOP, UserError

Cell = str | float | int | bool | datetime | date | time | timedelta | None
FileKind = Literal["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv"]


class SurveyError(UserError):
    """A problem the user can act on; `str(error)` is one line saying what to do (in
    English; the UI translates `error.message`)."""


class SurveyReadError(SurveyError):
    """The file could not be read (wrong type, corrupt, protected, empty, too large...)."""


class ImportCancelled(SurveyError):
    """The user cancelled a running read or import."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Messages", "import cancelled"))


@dataclass
class ColumnData:
    """One column: `values[codes[row]]` is the cell at `row`. `values[0]` is None."""

    values: list[Cell] = field(default_factory=lambda: [None])
    codes: array[int] = field(default_factory=lambda: array("I"))

    def cell(self, row: int) -> Cell:
        return self.values[self.codes[row]] if row < len(self.codes) else None


@dataclass
class SheetData:
    """One sheet, every row as read (header rows included; nothing typed yet)."""

    name: str
    n_rows: int
    columns: list[ColumnData]

    @property
    def n_columns(self) -> int:
        return len(self.columns)

    def cell(self, row: int, column: int) -> Cell:
        return self.columns[column].cell(row)

    def row(self, row: int) -> list[Cell]:
        return [column.cell(row) for column in self.columns]

    def is_blank_row(self, row: int) -> bool:
        return not any(column.codes[row] for column in self.columns if row < len(column.codes))


@dataclass
class ReadResult:
    """What reading a file gives back: the chosen sheet and what else the file holds."""

    file_name: str  # the base name, as the user knows it
    sha256: str  # of the file's bytes, to tell an updated file on Refresh data
    kind: FileKind
    sheet_names: list[str]  # every sheet, in workbook order (one name for CSV/TSV)
    sheet: SheetData
    encoding: str | None = None  # CSV/TSV only: the encoding that decoded the file
    delimiter: str | None = None  # CSV/TSV only

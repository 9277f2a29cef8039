"""Reading one survey file into a `ReadResult`, in this process.

The type comes from the bytes (`precheck.detect`): workbooks (.xlsx, .xlsm, .xlsb, .xls,
.ods) are read with python-calamine, text with `text_reading`. Calamine can abort the whole
process on a crafted file, so the app calls this only inside the reading child
(`sandbox.read_survey`); tests and tools may call it directly on files they trust.

Cells are kept as read: strings stay strings ("01", "No "), numbers stay floats, datetimes
stay datetimes; only calamine's "" for an empty cell (and whitespace-only text) becomes blank.
Column index is the sheet column (A = 0) and row index the sheet row (row 1 = 0): leading
empty rows and columns are kept as blanks.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, cast

import python_calamine
from python_calamine import CalamineSheet, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from journey_designer.messages import QT_TRANSLATE_NOOP
from journey_designer.survey import precheck
from journey_designer.survey.cells import (
    ColumnData,
    FileKind,
    ReadResult,
    SheetData,
    SurveyReadError,
)
from journey_designer.survey.child import WORKBOOK_KINDS, StartedParse
from journey_designer.survey.text_reading import (
    CHUNK_ROWS,
    CellTooLong,
    ColumnCoder,
    blank_codes,
    read_text,
)

Progress = Callable[[int, int], None]

# Workbook progress is in thousandths: calamine parses the sheet in one call (estimated by
# time from the XML size), then the rows are coded.
PROGRESS_TOTAL = 1000
PARSE_SHARE = 700
PARSE_BYTES_PER_SECOND = 50e6  # calamine on inline-string sheet XML, measured on this machine
MAX_LISTED_SHEETS = 20


def read_file(
    path: Path,
    sheet: str | None = None,
    progress: Progress | None = None,
    *,
    digest: bool = True,
    checked_kind: str | None = None,
    started: StartedParse | None = None,
) -> ReadResult:
    """Read `sheet` of `path` (None: the first visible worksheet with data).

    `progress(done, total)` is called at most ~50 times, from this thread: bytes for text
    files, thousandths for workbooks. The reading child passes `checked_kind` (its parent
    ran the pre-checks: the kind, or "text") and the parse it `started` early;
    `digest=False` leaves `sha256` empty for a caller that hashes the file itself.
    """
    kind, head, size = _checked(path, checked_kind)
    if kind is None:
        result = _read_text_file(path, head, size, progress)
    else:
        result = _read_workbook(path, kind, sheet, progress, started)
    if digest:
        result.sha256 = precheck.file_sha256(path)
    return result


def _checked(path: Path, checked_kind: str | None) -> tuple[FileKind | None, bytes, int]:
    if checked_kind is None:
        checked_kind = precheck.check(path)
    if checked_kind == "text":
        with path.open("rb") as stream:
            head = stream.read(precheck.HEAD_BYTES)
        return None, head, path.stat().st_size
    if checked_kind not in WORKBOOK_KINDS:
        raise ValueError(f"unknown file kind {checked_kind!r}")
    return cast(FileKind, checked_kind), b"", 0


def list_sheet_names(path: Path, *, checked_kind: str | None = None) -> list[str]:
    """Every worksheet name in workbook order (the file's stem for CSV/TSV)."""
    kind, _head, _size = _checked(path, checked_kind)
    if kind is None:
        return [path.stem]
    with _calamine_errors(path.name):
        workbook = CalamineWorkbook.from_path(str(path))
        with workbook:
            return _worksheet_names(workbook)


def _read_text_file(path: Path, head: bytes, size: int, progress: Progress | None) -> ReadResult:
    try:
        data, encoding, delimiter = read_text(path, head, size, progress)
    except CellTooLong as error:
        raise precheck.too_large(path.name, error.message) from None
    if _is_empty(data):
        raise SurveyReadError(
            QT_TRANSLATE_NOOP(
                "Messages", "{file} has no rows; export the responses again from the survey tool"
            ),
            file=path.name,
        )
    kind: FileKind = "tsv" if delimiter == "\t" else "csv"
    return ReadResult(path.name, "", kind, [data.name], data, encoding, delimiter)


def _read_workbook(
    path: Path,
    kind: FileKind,
    sheet: str | None,
    progress: Progress | None,
    started: StartedParse | None,
) -> ReadResult:
    name = path.name
    reporter = _Reporter(progress)
    if started is None:
        started = StartedParse(str(path), sheet, kind)
    reporter.wait_for(started, _estimated_parse_seconds(path, kind))
    if started.refusal is not None:
        raise SurveyReadError(started.refusal)
    with _calamine_errors(name):
        if started.error is not None:
            raise started.error
        workbook = started.workbook
        assert workbook is not None
    with workbook:
        names = _worksheet_names(workbook)
        if sheet is not None and sheet not in names:
            raise SurveyReadError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file} has no sheet named '{sheet}'; choose one of its sheets: {sheets}",
                ),
                file=name,
                sheet=sheet,
                sheets=_listing(names),
            )
        for candidate in [sheet] if sheet is not None else _visible_worksheets(workbook) or names:
            with _calamine_errors(name):
                parsed = started.sheet if candidate == started.sheet_name else None
                data = _read_sheet(
                    parsed or workbook.get_sheet_by_name(candidate),
                    candidate,
                    reporter,
                    started.may_hold_bools,
                )
            if not _is_empty(data):
                reporter.finish()
                return ReadResult(name, "", kind, names, data)
            if sheet is not None:
                raise SurveyReadError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Sheet '{sheet}' in {file} is empty; choose a sheet "
                        "with responses (sheets: {sheets})",
                    ),
                    sheet=sheet,
                    file=name,
                    sheets=_listing(names),
                )
    raise SurveyReadError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file} has no responses: every sheet is empty (sheets: "
            "{sheets}); export it again from the survey tool",
        ),
        file=name,
        sheets=_listing(names),
    )


def _listing(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_LISTED_SHEETS])
    return shown + (", …" if len(names) > MAX_LISTED_SHEETS else "")


# What calamine raises on a broken file (besides pyo3's PanicException, a BaseException).
_CALAMINE_FAILURES = (python_calamine.CalamineError, OSError, ValueError, EOFError)


@contextmanager
def _calamine_errors(name: str) -> Iterator[None]:
    """calamine's exceptions (several types, and pyo3's PanicException, a BaseException)
    become one message; our own refusals and MemoryError pass through."""
    try:
        yield
    except (SurveyReadError, MemoryError, KeyboardInterrupt, SystemExit):
        raise
    except CellTooLong as error:
        raise precheck.too_large(name, error.message) from None
    except python_calamine.PasswordError:
        raise precheck.protected(name) from None
    except python_calamine.XmlError:
        raise SurveyReadError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} is damaged or malformed (its XML cannot be read "
                "safely); export it again from the survey tool",
            ),
            file=name,
        ) from None
    except BaseException as error:
        if not isinstance(error, _CALAMINE_FAILURES) and type(error).__name__ != "PanicException":
            raise  # a bug here, not a broken file: let the traceback reach the log
        raise precheck.damaged(name, precheck.ANY_WORKBOOK) from None


def _worksheet_names(workbook: CalamineWorkbook) -> list[str]:
    return [m.name for m in workbook.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]


def _visible_worksheets(workbook: CalamineWorkbook) -> list[str]:
    return [
        m.name
        for m in workbook.sheets_metadata
        if m.typ == SheetTypeEnum.WorkSheet and m.visible == SheetVisibleEnum.Visible
    ]


def _estimated_parse_seconds(path: Path, kind: FileKind) -> float:
    """For the progress bar while calamine parses: its speed on the sheet's XML."""
    if kind == "xls":
        return path.stat().st_size / PARSE_BYTES_PER_SECOND
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            parts = [m.file_size for m in archive.infolist() if precheck.is_sheet_part(m.filename)]
    except (zipfile.BadZipFile, OSError):
        return 0.0  # calamine will say what is wrong
    return max(parts, default=0) / PARSE_BYTES_PER_SECOND


def _read_sheet(
    calamine_sheet: CalamineSheet, name: str, reporter: _Reporter, bools: bool
) -> SheetData:
    start, end = calamine_sheet.start, calamine_sheet.end
    if start is None or end is None:
        return SheetData(name, 0, [])
    columns, n_rows = _code_sheet(calamine_sheet.iter_rows(), reporter, end[0] + 1, bools)
    return _placed(name, columns, n_rows, start, end)


def _code_sheet(
    rows: Iterator[list[Any]], reporter: _Reporter, expected_rows: int, bools: bool
) -> tuple[list[ColumnData], int]:
    """Code calamine's rows `CHUNK_ROWS` at a time (their objects stay in the CPU cache)."""
    coders: list[ColumnCoder] = []
    n_rows = 0
    while chunk := list(islice(rows, CHUNK_ROWS)):
        width = max(map(len, chunk))
        if width > len(coders):
            coders += [ColumnCoder(n_rows, bools) for _ in range(width - len(coders))]
        if min(map(len, chunk)) < width:  # calamine's rows are equal; be safe anyway
            chunk = [row + [""] * (width - len(row)) for row in chunk]
        for coder, column in zip(coders, zip(*chunk, strict=True), strict=False):
            coder.add(column)
        for coder in coders[width:]:
            coder.add_blanks(len(chunk))
        n_rows += len(chunk)
        reporter.rows(n_rows, expected_rows)
    return [coder.finish() for coder in coders], n_rows


def _placed(
    sheet: str,
    columns: list[ColumnData],
    n_rows: int,
    start: tuple[int, int],
    end: tuple[int, int],
) -> SheetData:
    """Put the used range at its sheet position: blank rows above it, blank columns left of it.

    calamine's iter_rows yields rows from row 1 but columns from the first used column.
    """
    top, left = start
    missing_rows = end[0] + 1 - n_rows
    if 0 < missing_rows <= top:  # a calamine that starts rows at the used range too
        pad = blank_codes(missing_rows)
        for column in columns:
            column.codes = pad + column.codes
        n_rows += missing_rows
    blank = [ColumnData([None], blank_codes(n_rows)) for _ in range(left)]
    return SheetData(sheet, n_rows, blank + columns)


def _is_empty(data: SheetData) -> bool:
    return data.n_rows == 0 or all(len(column.values) == 1 for column in data.columns)


class _Reporter:
    """Throttles progress to ~50 calls: a parse phase estimated by time, then rows."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.reported = -1

    def report(self, done: int) -> None:
        if self.progress is not None and done >= self.reported + PROGRESS_TOTAL // 50:
            self.reported = done
            self.progress(done, PROGRESS_TOTAL)

    def rows(self, done: int, total: int) -> None:
        share = PROGRESS_TOTAL - PARSE_SHARE
        self.report(PARSE_SHARE + share * min(done, total) // max(total, 1))

    def finish(self) -> None:
        if self.progress is not None and self.reported < PROGRESS_TOTAL:
            self.reported = PROGRESS_TOTAL
            self.progress(PROGRESS_TOTAL, PROGRESS_TOTAL)

    def wait_for(self, started: StartedParse, seconds: float) -> None:
        """Wait for calamine's parse, reporting its estimated share from this thread."""
        began = time.monotonic()
        seconds = max(seconds, 0.05)
        while not started.wait(0.1 if self.progress is not None else -1):
            share = min((time.monotonic() - began) / seconds, 0.95)
            self.report(int(PARSE_SHARE * share))
        self.report(PARSE_SHARE)

"""CSV and TSV survey exports: encoding, delimiter, and a streamed read into columns.

Real exports come as UTF-8 (with or without a BOM), UTF-16 with tabs (Qualtrics) and
GB18030/GBK (Chinese Excel). `csv.Sniffer` fails on real GB18030 exports, so the delimiter
is the one of `,` `\\t` `;` `|` that gives the most consistent field count over the first
lines, parsed with quotes. The file is streamed (never read whole) with `newline=""`, so line
breaks inside quoted fields survive, and progress is reported by bytes.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, filterfalse, islice
from pathlib import Path
from typing import cast

from journey_designer.messages import QT_TRANSLATE_NOOP, UserError
from journey_designer.survey.cells import Cell, ColumnData, SheetData, SurveyReadError
from journey_designer.survey.precheck import utf16_without_bom

# Far above any real comment (Excel cells stop at 32,767 characters, Google Sheets at 50,000)
# yet bounded: csv's default 131,072 raises on long comments, and an unbounded cell (calamine
# returns a 200-million-character one whole) is a malformed file, not an answer.
MAX_CELL_CHARS = 1024 * 1024
MAX_COLUMNS = 16_384  # Excel's limit; a row with more fields is not a survey
DELIMITERS = (",", "\t", ";", "|")
SNIFF_ROWS = 50
CHUNK_ROWS = 128  # rows coded at a time: small enough to stay in the CPU cache
PROGRESS_STEPS = 50

_SEP_LINE = re.compile(r'"?sep=(.)"?\r?\n?')

Progress = Callable[[int, int], None]


class CellTooLong(UserError, ValueError):
    """A cell longer than MAX_CELL_CHARS; the reader turns it into a message naming the file
    (`error.message` is the reason, "a cell holds ... characters")."""

    def __init__(self, length: int) -> None:
        if length > MAX_CELL_CHARS + 1:
            super().__init__(
                QT_TRANSLATE_NOOP("Messages", "a cell holds {length:,} characters"), length=length
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("Messages", "a cell holds more than {limit:,} characters"),
                limit=MAX_CELL_CHARS,
            )


class _Lookup(dict[object, int]):
    """Value → code. A miss appends the value to `distinct` (blank strings code to 0).

    Indexing goes through dict's C code for the common hit, so `map(lookup.__getitem__,
    column)` codes a column without a Python call per cell; `__missing__` is one call per
    new value, and `admit` takes many new values in one call.
    """

    __slots__ = ("distinct", "nan_code")

    def __init__(self) -> None:
        super().__init__({"": 0})
        self.distinct: list[Cell] = [None]
        self.nan_code = 0

    def __missing__(self, key: object) -> int:
        self.admit((key,))
        return self[key] if key == key else self.nan_code

    def admit(self, keys: Sequence[object]) -> None:
        """Give codes to keys not yet known (callers pass only those, each once)."""
        distinct = self.distinct
        if len(keys) > 8 and _plain(keys):  # checked in C: no blank, long or NaN value
            base = len(distinct)
            self.update(zip(keys, range(base, base + len(keys)), strict=True))
            distinct += cast("list[Cell]", keys)
            return
        for key in keys:
            value: Cell
            if isinstance(key, str):
                if key.isspace():
                    self[key] = 0
                    continue
                if len(key) > MAX_CELL_CHARS:
                    raise CellTooLong(len(key))
                value = key
            elif isinstance(key, tuple):  # a bool under _bool_key
                value = key[1]
            elif key != key:  # NaN: never equal to itself, so one code for all of them
                if not self.nan_code:
                    self.nan_code = len(distinct)
                    distinct.append(cast(float, key))
                continue
            else:
                value = cast(Cell, key)
            self[key] = len(distinct)
            distinct.append(value)


_SPECIAL_TYPES = frozenset({str, float, tuple})  # blank/long text, NaN, bools under _bool_key


def _plain(keys: Sequence[object]) -> bool:
    """True when no key needs a second look, decided at C speed (one type per batch)."""
    types = set(map(type, keys))
    if not types & _SPECIAL_TYPES:
        return True  # datetimes, ints...
    if types == {str}:
        texts = cast("Sequence[str]", keys)
        return not any(map(str.isspace, texts)) and max(map(len, texts)) <= MAX_CELL_CHARS
    if types == {float}:
        return not any(map(math.isnan, cast("Sequence[float]", keys)))
    return False


_CODE_SIZE = array("I").itemsize
NEW_VALUE_SHARE = 8  # a chunk with more than 1/8 new values: admit them in one batch


def _bool_key(value: Cell) -> object:
    return (bool, value) if value.__class__ is bool else value


class ColumnCoder:
    """Builds one `ColumnData` from chunks of cells.

    Codes gather in a list (extending a list from `map` costs ~8 ns a cell less than
    building arrays) and move into the array every 64k codes, so memory stays ~4 bytes a cell.
    Columns of mostly new values (ids, timestamps, comments) admit each chunk's new values
    in one batch first: ~0.25 µs a value instead of a `__missing__` call each (~0.5 µs).

    True == 1 == 1.0 as dict keys, so a column holding both bools and the numbers 0/1 would
    fold them together. Such columns (rare) switch to keying bools as `(bool, value)`. The
    check costs a pass over each chunk of a column holding a 0 or 1 (~6% of an .xlsx read),
    so it runs only for files that may hold bools (`check_bools`).
    """

    __slots__ = ("bool_keys", "check_bools", "lookup", "many_new", "packed", "recent")

    def __init__(self, leading_blanks: int = 0, check_bools: bool = False) -> None:
        self.packed = blank_codes(leading_blanks)
        self.recent: list[int] = []
        self.lookup = _Lookup()
        self.check_bools = check_bools  # False when the file can hold no bools (CSV)
        self.bool_keys = False
        self.many_new = False

    def add(self, cells: Sequence[Cell]) -> None:
        lookup, recent = self.lookup, self.recent
        known = len(lookup.distinct)
        if self.bool_keys:
            keys: Sequence[object] = [_bool_key(cell) for cell in cells]
            lookup.admit(list(filterfalse(lookup.__contains__, dict.fromkeys(keys))))
            recent += map(lookup.__getitem__, keys)
        else:
            if self.many_new:
                lookup.admit(list(filterfalse(lookup.__contains__, dict.fromkeys(cells))))
            recent += map(lookup.__getitem__, cells)
            if self.check_bools and (0 in lookup or 1 in lookup) and bool in set(map(type, cells)):
                del recent[len(recent) - len(cells) :]
                self._key_bools_apart()
                self.add(cells)
                return
        self.many_new = (len(lookup.distinct) - known) * NEW_VALUE_SHARE > len(cells)
        if len(recent) > 65_536:
            self.packed.fromlist(recent)
            recent.clear()

    def add_blanks(self, count: int) -> None:
        self.recent += [0] * count

    def _key_bools_apart(self) -> None:
        self.bool_keys = True
        lookup = self.lookup
        for key in [key for key in lookup if key.__class__ is bool]:
            lookup[(bool, key)] = lookup.pop(key)

    def finish(self) -> ColumnData:
        self.packed.fromlist(self.recent)
        self.recent.clear()
        return ColumnData(self.lookup.distinct, self.packed)


def blank_codes(count: int) -> array[int]:
    return array("I", bytes(_CODE_SIZE * count))


def trim_blank_rows(columns: list[ColumnData], n_rows: int) -> tuple[list[ColumnData], int]:
    """Drop blank rows at the end (a CSV's trailing empty lines), as a spreadsheet's range does."""
    last = -1
    for column in columns:
        codes = column.codes
        for row in range(len(codes) - 1, last, -1):
            if codes[row]:
                last = row
                break
    if last + 1 < n_rows:
        for column in columns:
            del column.codes[last + 1 :]
    return columns, last + 1


def detect_encoding(head: bytes) -> str:
    """BOM first, then BOM-less UTF-16 by its NUL bytes, then strict UTF-8, then GB18030."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = utf16_without_bom(head)
    if utf16:
        return utf16
    for encoding in ("utf-8", "gb18030"):
        if _decodes(head, encoding):
            return encoding
    return "gb18030"  # fails on reading with the encoding message


def _decodes(head: bytes, encoding: str) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def sniff_delimiter(sample: str) -> str:
    """The delimiter giving the most consistent field count (more fields break ties)."""
    best, best_score = ",", (False, 0.0, 0)
    for delimiter in DELIMITERS:
        counts = _field_counts(sample, delimiter)
        if not counts:
            continue
        fields, agreeing = Counter(counts).most_common(1)[0]
        score = (fields > 1, agreeing / len(counts), fields)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _field_counts(sample: str, delimiter: str) -> list[int]:
    rows = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    counts: list[int] = []
    try:
        for row in islice(rows, SNIFF_ROWS + 1):
            if row:
                counts.append(len(row))
    except csv.Error:
        pass
    if len(counts) > 1:
        counts.pop()  # the sample may end inside the last row
    return counts


def read_text(
    path: Path, head: bytes, size: int, progress: Progress | None = None
) -> tuple[SheetData, str, str]:
    """The file as one sheet (named after the file), its encoding and its delimiter."""
    encoding = detect_encoding(head)
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        return _read_as(path, head, size, encoding, progress)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise _not_text(path.name) from None
    # The first 64 kB were UTF-8 but a later byte is not: read it again as GB18030.
    try:
        return _read_as(path, head, size, "gb18030", progress)
    except UnicodeDecodeError:
        raise _not_text(path.name) from None


def _not_text(name: str) -> SurveyReadError:
    return SurveyReadError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file} is not text in UTF-8, UTF-16 or GB18030; save it again as "
            "CSV UTF-8 (in Excel: File ▸ Save As ▸ CSV UTF-8) and import again",
        ),
        file=name,
    )


def _read_as(
    path: Path, head: bytes, size: int, encoding: str, progress: Progress | None
) -> tuple[SheetData, str, str]:
    sample = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)
    delimiter, skip_first = _separator(sample)
    with path.open("rb") as binary, io.TextIOWrapper(binary, encoding, newline="") as text:
        lines: Iterable[str] = text
        if skip_first:
            text.readline()
        elif sample.startswith("\ufeff"):  # a BOM that the codec keeps (utf-16-le/-be)
            first = text.readline()
            lines = chain([first.removeprefix("\ufeff")], text)
        rows = csv.reader(lines, delimiter=delimiter)
        try:
            columns, n_rows = _code_rows(rows, binary.tell, size, progress, path.name)
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise CellTooLong(MAX_CELL_CHARS + 1) from None
            raise SurveyReadError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file} is not a well-formed CSV file (line {line}: {reason}); "
                    "export it again from the survey tool",
                ),
                file=path.name,
                line=rows.line_num,
                reason=str(error),  # the csv module's English
            ) from None
    kind_encoding = encoding
    return SheetData(path.stem, n_rows, columns), kind_encoding, delimiter


def _separator(sample: str) -> tuple[str, bool]:
    """An Excel `sep=;` first line decides (and is skipped); else sniff the first lines."""
    first_line = sample.lstrip("\ufeff").split("\n", 1)[0] + "\n"
    declared = _SEP_LINE.fullmatch(first_line)
    if declared:
        return declared.group(1), True
    return sniff_delimiter(sample.lstrip("\ufeff")), False


def _code_rows(
    rows: Iterator[list[str]],
    position: Callable[[], int],
    size: int,
    progress: Progress | None,
    name: str,
) -> tuple[list[ColumnData], int]:
    """Code every row into columns, `CHUNK_ROWS` rows at a time, padding short rows."""
    coders: list[ColumnCoder] = []
    n_rows = 0
    step = max(size // PROGRESS_STEPS, 1)
    next_report = step
    while chunk := list(islice(rows, CHUNK_ROWS)):
        width = max(map(len, chunk))
        if width > len(coders):
            if width > MAX_COLUMNS:
                raise SurveyReadError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{file} has a row with {width:,} fields (more than "
                        "Excel's {limit:,} columns); it is not a survey table",
                    ),
                    file=name,
                    width=width,
                    limit=MAX_COLUMNS,
                )
            coders += [ColumnCoder(n_rows) for _ in range(width - len(coders))]
        if min(map(len, chunk)) < width:
            chunk = _padded(chunk, width)
        for coder, column in zip(coders, zip(*chunk, strict=True), strict=False):
            coder.add(column)
        for coder in coders[width:]:
            coder.add_blanks(len(chunk))
        n_rows += len(chunk)
        if progress is not None and position() >= next_report:
            progress(min(position(), size), size)
            next_report = position() + step
    if progress is not None:
        progress(size, size)
    return trim_blank_rows([coder.finish() for coder in coders], n_rows)


def _padded(chunk: list[list[str]], width: int) -> list[list[str]]:
    padding = [""] * width
    return [row + padding[len(row) :] if len(row) < width else row for row in chunk]

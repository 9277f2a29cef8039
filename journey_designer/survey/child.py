"""The reading child: `python -m journey_designer.survey.child [warm]`, one request on stdin.

The request (see `request`) names the mode, `read` (a pickled `ReadResult` on stdout) or
`sheets` (a pickled list of names), the file's kind as the parent's pre-checks found it (or
`text`), the memory limit, the sheet (empty: the default) and the path. The parent runs the
pre-checks while this interpreter starts, then writes the request and closes stdin; an empty
stdin means "stop".

The memory limit is set before anything is read, so calamine's allocation failures end here
(as an abort) instead of in the app. calamine starts parsing in a helper thread (it releases
the GIL) as soon as `go` arrives, and the rest of the reader is imported meanwhile, so the
~40 ms of imports cost no time. Imports stay lean: no pydantic, Qt, openpyxl.

Exit codes: 0 result on stdout; 2 the file was refused (`@error message` on stderr);
3 out of memory. Progress goes to stderr as `@progress done total` lines.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from array import array
    from collections.abc import Callable

    from journey_designer.messages import Message
    from journey_designer.survey.cells import Cell, ColumnData

EXIT_REFUSED = 2
EXIT_TOO_LARGE = 3
PROGRESS_PREFIX = "@progress "
ERROR_PREFIX = "@error "
WORKBOOK_KINDS = ("xlsx", "xlsm", "xlsb", "xls", "ods")


class StartedParse:
    """calamine opening a workbook and parsing one sheet in a helper thread.

    `sheet` None parses the first visible worksheet. The thread only fills attributes;
    the reader maps `error` to a message and reads the rest in the calling thread.
    A second thread streams an .xlsx's sheet XML meanwhile (`precheck.scan_xlsx`): it may
    refuse the file before calamine's copying of shared text fills the memory limit, and
    without boolean cells the reader skips the (costly) check that keeps True apart from 1.0.
    """

    def __init__(self, path: str, sheet: str | None, kind: str) -> None:
        import _thread  # `threading` costs ~5 ms to import, before the parse could start

        import python_calamine

        self.workbook: python_calamine.CalamineWorkbook | None = None
        self.sheet_name: str | None = None
        self.sheet: python_calamine.CalamineSheet | None = None
        self.error: BaseException | None = None
        self.may_hold_bools = True
        self.refusal: Message | None = None
        self._parsed = _thread.allocate_lock()
        self._parsed.acquire()
        self._scanned = _thread.allocate_lock()
        _thread.start_new_thread(self._parse, (path, sheet))
        if kind in ("xlsx", "xlsm"):
            self._scanned.acquire()
            _thread.start_new_thread(self._scan, (path,))

    def _parse(self, path: str, sheet: str | None) -> None:
        import python_calamine

        try:
            workbook = python_calamine.CalamineWorkbook.from_path(path)
            self.workbook = workbook
            worksheets = [
                m
                for m in workbook.sheets_metadata
                if m.typ == python_calamine.SheetTypeEnum.WorkSheet
            ]
            if sheet is None:
                visible = python_calamine.SheetVisibleEnum.Visible
                sheet = next((m.name for m in worksheets if m.visible == visible), None)
            if sheet is not None and any(m.name == sheet for m in worksheets):
                self.sheet = workbook.get_sheet_by_name(sheet)
                self.sheet_name = sheet
        except BaseException as error:  # handed to the reading thread, which decides
            self.error = error
        finally:
            self._parsed.release()

    def _scan(self, path: str) -> None:
        from pathlib import Path

        from journey_designer.survey.precheck import scan_xlsx

        try:
            scan = scan_xlsx(Path(path))
            self.may_hold_bools, self.refusal = scan.may_hold_bools, scan.refusal
        except BaseException:
            self.may_hold_bools = True  # unknown: keep the check; calamine will judge
        finally:
            self._scanned.release()

    def wait(self, timeout: float) -> bool:
        """True once the parse has ended (well or not) or the scan refused the file."""
        if not self._scanned.acquire(timeout=timeout):
            return False
        self._scanned.release()
        if self.refusal is not None:
            return True
        if not self._parsed.acquire(timeout=timeout):
            return False
        self._parsed.release()
        return True


def limit_memory(limit_mb: int) -> None:
    """Cap the address space (Linux, macOS); without `resource` (Windows) run unlimited."""
    try:
        import resource
    except ImportError:
        return
    limit = limit_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return  # a platform that refuses the limit reads without it


def _progress(done: int, total: int) -> None:
    os.write(2, f"{PROGRESS_PREFIX}{done} {total}\n".encode())


def _refuse(message: Message) -> None:
    """Exit refusing the file: `@error` and the message as one line of JSON on stderr."""
    import json

    line = json.dumps(message.one_line().to_data())  # ASCII: one line, any sheet name
    os.write(2, f"{ERROR_PREFIX}{line}\n".encode())
    os._exit(EXIT_REFUSED)


def refusal(text: str) -> Message:
    """The parent's side of `_refuse`: the Message in an `@error` line's text."""
    import json

    from journey_designer.messages import Message, message

    try:
        return Message.from_data(json.loads(text))
    except (ValueError, RecursionError):  # not JSON, or not a message: the text as it is
        return message("{text}", text=" ".join(text.split()))


def request(mode: str, kind: str, limit_mb: int, sheet: str | None, path: str) -> bytes:
    """What the parent writes on the child's stdin (then closes it): NUL-separated fields,
    the path last and as bytes (neither a path nor a sheet name can hold a NUL)."""
    fields = [mode.encode(), kind.encode(), str(limit_mb).encode(), (sheet or "").encode()]
    return b"\0".join([*fields, os.fsencode(path)])


def main(argv: list[str] | None = None) -> None:
    """Serve one request from stdin. `warm` (a spare child started ahead of need) imports the
    whole reader first; otherwise calamine starts parsing before the rest is imported."""
    if "warm" in (sys.argv[1:] if argv is None else argv):
        _import_reader()
    fields = sys.stdin.buffer.read().split(b"\0", 4)
    if len(fields) != 5:
        os._exit(0)  # the parent refused the file or went away
    mode, kind, limit_text, sheet_bytes = (field.decode() for field in fields[:4])
    path, sheet = os.fsdecode(fields[4]), sheet_bytes or None
    limit_memory(int(limit_text))
    try:
        early = mode == "read" and kind in WORKBOOK_KINDS
        _serve(mode, path, sheet, kind, StartedParse(path, sheet, kind) if early else None)
    except MemoryError:
        os._exit(EXIT_TOO_LARGE)  # no traceback: printing it could need memory too
    except RuntimeError as error:
        if "can't start new thread" in str(error):  # no memory left for a thread's stack
            os._exit(EXIT_TOO_LARGE)
        _crash()
    except BaseException:
        _crash()
    os._exit(0)  # skip interpreter teardown: the result is out, freeing it is wasted time


def _import_reader() -> None:
    import copyreg  # noqa: F401
    import pickle  # noqa: F401

    import python_calamine  # noqa: F401

    import journey_designer.survey.reading  # noqa: F401


def _crash() -> None:
    """An unexpected failure: the traceback goes to the parent's log."""
    import traceback

    traceback.print_exc()
    sys.stderr.flush()
    os._exit(1)


def _serve(
    mode: str, path: str, sheet: str | None, kind: str, started: StartedParse | None
) -> None:
    from pathlib import Path

    from journey_designer.survey.cells import SurveyReadError
    from journey_designer.survey.reading import list_sheet_names, read_file

    try:
        result: object
        if mode == "sheets":
            result = list_sheet_names(Path(path), checked_kind=kind)
        else:
            result = read_file(
                Path(path), sheet, _progress, digest=False, checked_kind=kind, started=started
            )
    except SurveyReadError as error:
        _refuse(error.message)
    _write(result)


def _write(result: object) -> None:
    """Pickle the result column by column, so the parent unpickles while this pickles.

    The stream: the number of columns that follow (-1 for a plain object), the result
    (its sheet's columns left empty), then each column (see `_reduce_column`).
    """
    import copyreg
    import pickle

    from journey_designer.survey.cells import ColumnData, ReadResult

    out = sys.stdout.buffer
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, ColumnData: _reduce_column}
    if not isinstance(result, ReadResult):
        pickler.dump(-1)
        pickler.dump(result)
    else:
        columns, result.sheet.columns = result.sheet.columns, []
        pickler.dump(len(columns))
        pickler.dump(result)
        for column in columns:
            pickler.dump(column)  # one pickler and one unpickler: their memos stay in step
    out.flush()


STAMP_BYTES = 10  # a naive datetime's pickled state


def _reduce_column(column: ColumnData) -> tuple[Callable[..., ColumnData], tuple[object, ...]]:
    """A column of many datetimes (a timestamp column) travels as one bytes object of their
    10-byte states: pickle spends ~1.3 µs on each datetime, this ~0.2 µs (100,000 rows:
    130 ms -> 25 ms). Other columns travel as they are."""
    from array import array
    from datetime import datetime
    from operator import itemgetter, methodcaller

    from journey_designer.survey.cells import ColumnData

    values = column.values
    tail = values[-64:]
    if len(values) < 256 or sum(value.__class__ is datetime for value in tail) * 2 < len(tail):
        return ColumnData, (values, column.codes)
    positions = array(
        "I",
        (
            i
            for i, value in enumerate(values)
            if isinstance(value, datetime) and value.tzinfo is None
        ),
    )
    stamps = [values[position] for position in positions]
    states = b"".join(
        map(itemgetter(0), map(itemgetter(1), map(methodcaller("__reduce_ex__", 4), stamps)))
    )
    rest = list(values)
    for position in positions:
        rest[position] = None
    return rebuild_column, (rest, positions, states, column.codes)


def rebuild_column(
    values: list[Cell], positions: array[int], states: bytes, codes: array[int]
) -> ColumnData:
    """The parent's side of `_reduce_column` (one of the few globals it will unpickle)."""
    from datetime import datetime
    from typing import cast

    from journey_designer.survey.cells import ColumnData

    from_state = cast("Callable[[bytes], datetime]", datetime)  # datetime(state) unpickles
    if not (
        isinstance(values, list)
        and isinstance(states, bytes)
        and len(states) == STAMP_BYTES * len(positions)
    ):
        raise ValueError("malformed column from the reading child")
    chunks = [states[at : at + STAMP_BYTES] for at in range(0, len(states), STAMP_BYTES)]
    for position, stamp in zip(positions, map(from_state, chunks), strict=True):
        values[position] = stamp
    return ColumnData(values, codes)


if __name__ == "__main__":
    main()

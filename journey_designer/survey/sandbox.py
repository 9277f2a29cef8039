"""Reading an untrusted survey file in a child process with a memory limit.

calamine aborts the whole process (SIGABRT, which no `try` catches) on some tiny crafted
workbooks, so the app never reads a file in its own process: `read_survey` starts
`python -m journey_designer.survey.child` (a fresh interpreter, not a fork: the app is a Qt
process with threads), caps its memory, passes progress back on a pipe, lets Cancel kill it,
and turns a killed child into a clean refusal. The parent runs the cheap pre-checks while
the child's interpreter starts, and hashes the file while the child reads it. The result
comes back pickled on stdout, column by column, so the parent unpickles while the child
pickles (nothing to clean up, unlike a temporary file), and only the classes a result is
made of may be unpickled.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib.util
import io
import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

from journey_designer.messages import QT_TRANSLATE_NOOP
from journey_designer.survey import child as child_protocol
from journey_designer.survey.cells import (
    ColumnData,
    ImportCancelled,
    ReadResult,
    SurveyReadError,
)
from journey_designer.survey.precheck import check, check_path, too_large

log = logging.getLogger(__name__)


# Address space of the reading child, in MB: 4 GB, or half the machine's memory when that
# is less (but never under 1.5 GB). Measured peaks of the child (resident): a 1,000,000-row
# × 30-column CSV survey 1.1 GB (it reads under a 1.2 GB limit), the same survey as .xlsx
# 2.6 GB (calamine holds every cell as a 32-byte value plus its text), 100,000 rows × 30 as
# .xlsx 0.3 GB. Crafted files ask for far more (one cell at XFD1048576: a 17-billion-cell
# grid; one long shared string in 99,000 cells: 3.2 GB) and are refused by the pre-checks,
# or else killed at the limit, before the machine starts to swap.
def _default_limit() -> int:
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1024**2
    except (AttributeError, ValueError, OSError):  # Windows: no limit is set anyway
        return 4096
    return max(1536, min(4096, physical // 2))


DEFAULT_LIMIT = _default_limit()

POLL_SECONDS = 0.05  # how often Cancel is checked
HASH_BLOCK = 1024 * 1024  # hashed between polls: ~2 ms each
MAX_LOG_LINES = 200

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

_BOOTSTRAP = (
    "import sys;sys.path[:0]=sys.argv.pop(1).split('\\n');"
    "from journey_designer.survey.child import main;main()"
)
_ALLOWED_GLOBALS = {
    ("journey_designer.survey.cells", "ReadResult"),
    ("journey_designer.survey.cells", "SheetData"),
    ("journey_designer.survey.cells", "ColumnData"),
    ("journey_designer.survey.child", "rebuild_column"),
    ("array", "_array_reconstructor"),
    ("array", "array"),
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
}


def read_survey(
    path: Path,
    sheet: str | None = None,
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    memory_limit_mb: int = DEFAULT_LIMIT,
) -> ReadResult:
    """Read `sheet` of `path` (None: the first visible sheet with data) in a child process.

    `progress(done, total)` is called from this thread at most ~50 times (bytes for text
    files, thousandths for workbooks). Raises SurveyReadError with a one-line message for a
    file that cannot be read (or that needs more than `memory_limit_mb` of address space),
    and ImportCancelled when `should_cancel()` (polled every 50 ms) returns True.
    CSV and TSV files have one sheet, named after the file; `sheet` is ignored for them.
    """
    check_path(path)
    run = _ChildRun(path, "read", sheet, memory_limit_mb)
    result = run.run(progress, should_cancel, hash_file=True)
    if not isinstance(result, ReadResult):
        raise _unexpected(path.name, f"child returned {type(result).__name__}", "")
    result.sha256 = run.sha256
    return result


def list_sheets(path: Path, *, memory_limit_mb: int = DEFAULT_LIMIT) -> list[str]:
    """Worksheet names in workbook order (a CSV's file stem), read in the child."""
    kind = check(path)
    if kind == "text":
        return [path.stem]  # what the child would say, without starting it
    run = _ChildRun(path, "sheets", None, memory_limit_mb, kind)
    names = run.run(None, None, hash_file=False)
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise _unexpected(path.name, "child returned no sheet list", "")
    return names


def keep_warm(enabled: bool = True) -> None:
    """Keep one reading child started ahead of need (interpreter up, reader imported), so a
    read skips ~50 ms of start-up. Off by default: a spare is a live child process until the
    next read or `keep_warm(False)` (and is ended at exit). The import wizard may turn it on
    while it is open."""
    _SPARES.enabled = enabled
    if enabled:
        _SPARES.ensure()
    else:
        _SPARES.drop()


def child_command(*, warm: bool = False) -> list[str]:
    """The child's command line: `-I -S` skip site (~30 ms of start-up) and the environment,
    so the paths to this package and to calamine are passed explicitly."""
    extra = ["warm"] if warm else []
    roots = {str(Path(__file__).resolve().parents[2])}
    spec = importlib.util.find_spec("python_calamine")
    if spec is None or spec.origin is None:
        return [sys.executable, "-m", "journey_designer.survey.child", *extra]
    roots.add(str(Path(spec.origin).resolve().parents[1]))
    return [sys.executable, "-I", "-S", "-c", _BOOTSTRAP, "\n".join(sorted(roots)), *extra]


def _start_child(*, warm: bool = False) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        child_command(warm=warm),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


class _Spares:
    """At most one warm child waiting for a request (see `keep_warm`)."""

    def __init__(self) -> None:
        self.enabled = False
        self.spare: subprocess.Popen[bytes] | None = None
        self.lock = threading.Lock()

    def take(self) -> subprocess.Popen[bytes]:
        with self.lock:
            spare, self.spare = self.spare, None
        if spare is not None and spare.poll() is None:
            return spare
        if spare is not None:
            _end(spare)
        return _start_child()

    def ensure(self) -> None:
        with self.lock:
            if self.enabled and (self.spare is None or self.spare.poll() is not None):
                if self.spare is not None:
                    _end(self.spare)
                self.spare = _start_child(warm=True)

    def drop(self) -> None:
        with self.lock:
            spare, self.spare = self.spare, None
        if spare is not None:
            _end(spare)


def _end(process: subprocess.Popen[bytes]) -> None:
    """Kill (if still running), reap and close: no zombie, no open pipe."""
    if process.poll() is None:
        process.kill()
    process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


_SPARES = _Spares()
atexit.register(_SPARES.drop)


class _ChildRun:
    """One child process: its output, its progress, its stderr log, and the file's hash."""

    def __init__(
        self, path: Path, mode: str, sheet: str | None, limit_mb: int, kind: str | None = None
    ) -> None:
        self.path = path
        self.mode, self.sheet, self.limit_mb = mode, sheet, limit_mb
        self.kind = kind  # already checked, or None: checked while the child starts
        self.result: object = None
        self.result_error: BaseException | None = None
        self.log_lines: list[str] = []
        self.error_message: str | None = None  # the `@error` line's text (see child.refusal)
        self.latest: tuple[int, int] | None = None
        self.finished = threading.Event()
        self.sha256 = ""

    def run(
        self, progress: Progress | None, should_cancel: ShouldCancel | None, *, hash_file: bool
    ) -> object:
        process = _SPARES.take()
        assert process.stdin and process.stdout and process.stderr
        readers = [
            threading.Thread(target=self._read_output, args=(process.stdout,), daemon=True),
            threading.Thread(target=self._read_errors, args=(process.stderr,), daemon=True),
        ]
        for reader in readers:
            reader.start()
        try:
            self._start(process.stdin)
            self._wait(process, progress, should_cancel, hash_file)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()  # reaped on every path: no zombie
            for reader in readers:
                reader.join()
            _end(process)
            _SPARES.ensure()  # the next read's child, when keep_warm is on
        self._deliver(progress)
        return self._outcome(process.returncode)

    def _start(self, stdin: IO[bytes]) -> None:
        """Pre-check the file while the child's interpreter starts, then let it read."""
        kind = self.kind or check(self.path)  # raises for a file we refuse: the child is killed
        order = child_protocol.request(self.mode, kind, self.limit_mb, self.sheet, str(self.path))
        with contextlib.suppress(BrokenPipeError):  # a child that died says why itself
            stdin.write(order)
            stdin.close()

    def _wait(
        self,
        process: subprocess.Popen[bytes],
        progress: Progress | None,
        should_cancel: ShouldCancel | None,
        hash_file: bool,
    ) -> None:
        hasher = _Hasher(self.path) if hash_file else None
        try:
            while True:
                if should_cancel is not None and should_cancel():
                    process.kill()
                    raise ImportCancelled()
                if hasher is not None and not hasher.done:
                    hasher.step()  # ~2 ms: overlaps the child's read
                elif self.finished.wait(POLL_SECONDS):
                    break
                self._deliver(progress)
            if hasher is not None:
                self.sha256 = hasher.finish()
        finally:
            if hasher is not None:
                hasher.close()

    def _deliver(self, progress: Progress | None) -> None:
        latest, self.latest = self.latest, None
        if progress is not None and latest is not None:
            progress(*latest)

    def _read_output(self, stream: IO[bytes]) -> None:
        """Unpickle the result as it arrives (see `child._write`), then drain the pipe."""
        try:
            unpickler = _ResultUnpickler(stream)
            count = unpickler.load()
            result = unpickler.load()
            if isinstance(count, int) and count >= 0 and isinstance(result, ReadResult):
                columns = [unpickler.load() for _ in range(count)]
                if not all(isinstance(column, ColumnData) for column in columns):
                    raise pickle.UnpicklingError("a column of the result is not a ColumnData")
                result.sheet.columns = columns
            self.result = result
        except BaseException as error:  # a child that died mid-way; its exit status says why
            self.result_error = error
        finally:
            while stream.read(1024 * 1024):
                pass
            self.finished.set()

    def _read_errors(self, stream: IO[bytes]) -> None:
        for raw in stream:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if line.startswith(child_protocol.PROGRESS_PREFIX):
                done, _, total = line.removeprefix(child_protocol.PROGRESS_PREFIX).partition(" ")
                if done.isdigit() and total.isdigit():
                    self.latest = (int(done), int(total))
            elif line.startswith(child_protocol.ERROR_PREFIX):
                self.error_message = line.removeprefix(child_protocol.ERROR_PREFIX)
            elif len(self.log_lines) < MAX_LOG_LINES:
                self.log_lines.append(line)

    def _outcome(self, returncode: int) -> object:
        name = self.path.name
        if returncode == 0 and self.result_error is None:
            return self.result
        if returncode == 0:
            raise _unexpected(name, f"unreadable result: {self.result_error!r}", "")
        if returncode == child_protocol.EXIT_REFUSED and self.error_message:
            raise SurveyReadError(child_protocol.refusal(self.error_message))
        if returncode < 0 or returncode == child_protocol.EXIT_TOO_LARGE:
            # killed by a signal: calamine's abort on a failed allocation, or the OOM killer
            log.info("reading child for %s ended with %s", name, returncode)
            raise too_large(name)
        raise _unexpected(name, f"exit status {returncode}", "\n".join(self.log_lines))


class _Hasher:
    """sha256 of the file, a block at a time between polls."""

    def __init__(self, path: Path) -> None:
        self.stream: io.BufferedReader = path.open("rb")
        self.digest = hashlib.sha256()
        self.done = False

    def step(self) -> None:
        block = self.stream.read(HASH_BLOCK)
        if block:
            self.digest.update(block)
        else:
            self.done = True

    def finish(self) -> str:
        while not self.done:
            self.step()
        return self.digest.hexdigest()

    def close(self) -> None:
        self.stream.close()


class _ResultUnpickler(pickle.Unpickler):
    """Only the classes a result is made of: a subverted child cannot run code here."""

    def find_class(self, module: str, name: str) -> type:
        if (module, name) not in _ALLOWED_GLOBALS:
            raise pickle.UnpicklingError(f"unexpected {module}.{name} in a read result")
        found: type = super().find_class(module, name)
        return found


def _unexpected(name: str, what: str, stderr: str) -> SurveyReadError:
    log.error("reading child failed on %s (%s)\n%s", name, what, stderr)
    return SurveyReadError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file} could not be read because of an unexpected error in the "
            "reader (details are in the log); export it again as .xlsx or .csv",
        ),
        file=name,
    )

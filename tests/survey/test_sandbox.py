"""The reading child: lean imports, errors and refusals carried back, progress, Cancel,
no process left behind, and only result classes unpickled."""

from __future__ import annotations

import io
import logging
import os
import pickle
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from journey_designer.survey import child as child_protocol
from journey_designer.survey import sandbox
from journey_designer.survey.cells import ImportCancelled, SurveyReadError
from tests.survey import hostile_files as hostile

REPO = Path(__file__).resolve().parents[2]


def reading_children() -> list[int]:
    """Child processes of this test process that run the survey reader."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = next(
            (line.split()[1] for line in status.splitlines() if line.startswith("PPid:")), ""
        )
        if parent == str(os.getpid()) and b"journey_designer.survey.child" in command:
            found.append(int(entry.name))
    return found


def test_child_imports_stay_lean(tmp_path: Path) -> None:
    """What the real reading child loads (python -X importtime): no pydantic, Qt, openpyxl
    or reportlab."""
    path = hostile.small_table(tmp_path / "t.xlsx")
    command = sandbox.child_command()
    command[1:1] = ["-X", "importtime"]
    order = child_protocol.request("read", "xlsx", 3072, None, str(path))
    finished = subprocess.run(command, input=order, capture_output=True, check=True, timeout=60)
    lines = finished.stderr.decode().splitlines()
    loaded = {line.rsplit("|", 1)[1].strip() for line in lines if line.startswith("import time:")}
    assert {"python_calamine", "journey_designer.survey.reading"} <= loaded
    forbidden = ("pydantic", "PySide6", "shiboken6", "openpyxl", "reportlab")
    assert not {name for name in loaded if name.startswith(forbidden)}


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX")
def test_child_runs_isolated_and_limited(tmp_path: Path) -> None:
    command = sandbox.child_command()
    assert command[:4] == [sys.executable, "-I", "-S", "-c"]
    probe = (
        "import resource, sys\nfrom journey_designer.survey.child import limit_memory\n"
        "limit_memory(1234)\nprint(resource.getrlimit(resource.RLIMIT_AS)[0])"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
    assert int(out) == 1234 * 1024 * 1024


def test_refusal_in_the_child_keeps_its_message(tmp_path: Path) -> None:
    path = hostile.write_xlsx(tmp_path / "book.xlsx", {"A": hostile.sheet_xml("")})
    with pytest.raises(SurveyReadError) as raised:
        sandbox.read_survey(path, "B")
    assert str(raised.value) == "book.xlsx has no sheet named 'B'; choose one of its sheets: A"


def test_an_unexpected_child_failure_is_one_line_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    crash = (
        "import sys; sys.stdin.readline(); print('Traceback: boom', file=sys.stderr); sys.exit(7)"
    )
    monkeypatch.setattr(sandbox, "child_command", lambda **_options: [sys.executable, "-c", crash])
    path = hostile.small_table(tmp_path / "t.xlsx")
    with (
        caplog.at_level(logging.ERROR, logger="journey_designer.survey.sandbox"),
        pytest.raises(SurveyReadError) as raised,
    ):
        sandbox.read_survey(path)
    assert str(raised.value).startswith("t.xlsx could not be read because of an unexpected error")
    assert "\n" not in str(raised.value)
    assert "Traceback: boom" in caplog.text and "exit status 7" in caplog.text
    assert reading_children() == []


def test_a_child_killed_by_a_signal_is_a_clean_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    abort = "import os, sys; sys.stdin.readline(); os.abort()"
    monkeypatch.setattr(sandbox, "child_command", lambda **_options: [sys.executable, "-c", abort])
    path = hostile.small_table(tmp_path / "t.xlsx")
    with pytest.raises(SurveyReadError) as raised:
        sandbox.read_survey(path)
    assert str(raised.value) == "t.xlsx is too large or malformed to read safely"


def test_only_result_classes_are_unpickled() -> None:
    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.getcwd, ())  # type: ignore[return-value]

    stream = io.BytesIO(pickle.dumps(Evil()))
    with pytest.raises(pickle.UnpicklingError, match=r"unexpected posix\.getcwd"):
        sandbox._ResultUnpickler(stream).load()


def test_sha256_and_a_prompt_child(tmp_path: Path) -> None:
    path = hostile.small_table(tmp_path / "t.xlsx")
    started = time.perf_counter()
    result = sandbox.read_survey(path)
    assert time.perf_counter() - started < 5
    import hashlib

    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert reading_children() == []


def test_cancel_before_the_child_is_done(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "id,comment\n" + "".join(f"{i},text {i % 977}\n" for i in range(300_000)), encoding="utf-8"
    )
    polls: list[float] = []

    def should_cancel() -> bool:
        polls.append(time.perf_counter())
        return len(polls) > 2

    with pytest.raises(ImportCancelled):
        sandbox.read_survey(path, should_cancel=should_cancel)
    assert reading_children() == []


def _write_million_rows(path: Path) -> None:
    """1,000,000 responses × 8 columns, quickly: blocks of varied rows written at once."""
    stages = ("网站", "checkout", "delivery", "门店")
    block = "".join(
        f"{i},2024-01-{i % 28 + 1:02d},{i % 11},{i % 5 + 1},{stages[i % 4]},"
        f'{"非常满意" if i % 3 else "Neutral"},"comment {i % 997}, ok",{i % 7}\n'
        for i in range(10_000)
    )
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("id,date,nps,rating,stage,likert,comment,segment\n")
        for _ in range(100):
            stream.write(block)


@pytest.mark.slow
def test_a_million_rows_show_progress_and_cancel_quickly(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    _write_million_rows(path)
    calls: list[tuple[int, int]] = []
    cancel_at: list[float] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 5:
            cancel_at.append(time.perf_counter())

    started = time.perf_counter()
    with pytest.raises(ImportCancelled):
        sandbox.read_survey(path, progress=progress, should_cancel=lambda: bool(cancel_at))
    ended = time.perf_counter()
    assert len(calls) >= 5
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[0][0] < calls[-1][0] < calls[-1][1] == path.stat().st_size
    assert ended - cancel_at[0] < 0.5  # killed within a poll or two
    assert ended - started < 20
    assert reading_children() == []


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_child_gives_what_an_in_process_read_gives(tmp_path: Path, suffix: str) -> None:
    """A generated survey (timestamps travel packed, see child._reduce_column)."""
    from journey_designer.survey.reading import read_file
    from tests.benchmarks.survey_files import NPS_HEADER, make_survey

    path = make_survey(tmp_path / f"survey{suffix}", rows=1_500)
    through_child = sandbox.read_survey(path)
    assert through_child.sheet == read_file(path).sheet
    assert (through_child.sheet.n_rows, through_child.sheet.n_columns) == (1_501, 30)
    assert through_child.sheet.cell(0, 2) == NPS_HEADER
    if suffix == ".xlsx":
        assert isinstance(through_child.sheet.cell(1, 1), datetime)
    assert make_survey(tmp_path / f"survey{suffix}", rows=1_500) == path  # cached


def test_a_warm_spare_serves_the_next_read_and_is_ended(tmp_path: Path) -> None:
    path = hostile.small_table(tmp_path / "t.xlsx")
    sandbox.keep_warm()
    try:
        assert len(reading_children()) == 1  # the spare, waiting
        spare = reading_children()[0]
        assert sandbox.read_survey(path).sheet.row(1) == ["Ann", 4.0]
        assert spare not in reading_children()  # used, reaped, and replaced by a new spare
        assert len(reading_children()) == 1
        with pytest.raises(SurveyReadError, match="no sheet named"):
            sandbox.read_survey(path, "Nope")
        assert sandbox.list_sheets(path) == ["Responses"]
    finally:
        sandbox.keep_warm(False)
    assert reading_children() == []

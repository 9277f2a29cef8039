"""Crafted and broken files: each gives one clear line, and this process survives.

Several of these abort any process that hands them to calamine (see DESIGN.md, "Reading
untrusted spreadsheets"); here they go through `read_survey`, so a failure would kill the
reading child, never pytest.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from journey_designer.survey import child as child_protocol
from journey_designer.survey.cells import SurveyReadError
from journey_designer.survey.sandbox import child_command, read_survey
from tests.survey import hostile_files as hostile

TOO_LARGE = "is too large or malformed to read safely"

CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    (
        "csv named .xlsx",
        hostile.csv_named_xlsx,
        "survey.xlsx is a text (CSV) file with an .xlsx name; rename it to survey.csv",
    ),
    (
        "tsv named .xls",
        hostile.tsv_named_xls,
        "survey.xls is a text (tab-separated) file with an .xls name; rename it to survey.tsv",
    ),
    ("html named .xls", hostile.html_named_xls, "export.xls is a web page (HTML)"),
    (
        "encrypted workbook",
        hostile.encrypted_ole2,
        "protected.xlsx is password-protected; remove the password in Excel (File ▸ Info ▸ "
        "Protect Workbook)",
    ),
    (
        "truncated zip",
        hostile.truncated_xlsx,
        "truncated.xlsx is damaged (not a complete Excel workbook); export it again",
    ),
    (
        "only empty sheets",
        hostile.empty_sheets,
        "empty.xlsx has no responses: every sheet is empty (sheets: Sheet1, Sheet2)",
    ),
    ("zip bomb", hostile.zip_bomb, f"bomb.xlsx {TOO_LARGE} (a part expands"),
    (
        "cell at XFD1048576",
        lambda folder: hostile.far_cell(folder, dimension=False),
        f"far.xlsx {TOO_LARGE} (a sheet spans 17,179,869,184 cells",
    ),
    (
        "dimension A1:XFD1048576",
        lambda folder: hostile.far_cell(folder, dimension=True),
        f"far_declared.xlsx {TOO_LARGE}",
    ),
    (
        "32,767 characters × 99,000 cells",
        hostile.shared_string_amplifier,
        f"amplifier.xlsx {TOO_LARGE} (its repeated text expands to",
    ),
    (
        "billion laughs in sharedStrings",
        hostile.entity_bomb_in_shared_strings,
        "laughs_sst.xlsx is damaged or malformed (its XML cannot be read safely)",
    ),
    (
        "billion laughs in a sheet",
        hostile.entity_bomb_in_sheet,
        "laughs_sheet.xlsx is damaged or malformed",
    ),
    ("external entity", hostile.external_entity, "xxe.xlsx is damaged or malformed"),
    (
        "two-million-character cell",
        hostile.long_cell,
        f"long_cell.xlsx {TOO_LARGE} (a cell holds 2,000,000 characters)",
    ),
    ("pdf", hostile.pdf, "report.pdf is a PDF document, not a spreadsheet"),
    ("numbers", hostile.numbers_file, "survey.numbers is an Apple Numbers file"),
    ("docx", hostile.docx_like, "notes.docx is a zip archive, not an Excel or OpenDocument"),
]


@pytest.mark.parametrize(
    ("builder", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_crafted_file_gives_one_clear_line(
    tmp_path: Path, builder: Callable[[Path], Path], expected: str
) -> None:
    path = builder(tmp_path)
    with pytest.raises(SurveyReadError) as raised:
        read_survey(path)
    message = str(raised.value)
    assert message.startswith(expected)
    assert "\n" not in message
    assert "/tmp" not in message and str(tmp_path) not in message  # the base name only


def test_a_file_that_is_not_there(tmp_path: Path) -> None:
    with pytest.raises(SurveyReadError, match=r"^missing\.xlsx was not found"):
        read_survey(tmp_path / "missing.xlsx")


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "exports.xlsx"
    folder.mkdir()
    with pytest.raises(SurveyReadError, match=r"^exports\.xlsx is a folder, not a file"):
        read_survey(folder)


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.touch()
    with pytest.raises(SurveyReadError, match=r"^survey\.csv is empty \(0 bytes\)"):
        read_survey(path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = hostile.small_table(tmp_path / "locked.xlsx")
    path.chmod(0)
    with pytest.raises(SurveyReadError, match=r"^locked\.xlsx cannot be opened"):
        read_survey(path)


def test_binary_junk_with_a_csv_name(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(SurveyReadError, match=r"^data\.csv is not a spreadsheet or a text"):
        read_survey(path)


def test_an_empty_sheet_asked_for_by_name(tmp_path: Path) -> None:
    path = hostile.empty_sheets(tmp_path)
    with pytest.raises(SurveyReadError) as raised:
        read_survey(path, "Sheet2")
    assert str(raised.value) == (
        "Sheet 'Sheet2' in empty.xlsx is empty; choose a sheet with "
        "responses (sheets: Sheet1, Sheet2)"
    )


@pytest.mark.parametrize("dimension", [False, True])
def test_calamine_abort_is_contained_when_the_prechecks_are_skipped(
    tmp_path: Path, dimension: bool
) -> None:
    """The backstop: sent a request without the parent's checks, the child dies, not the app."""
    path = hostile.far_cell(tmp_path, dimension)
    order = child_protocol.request("read", "xlsx", 3072, None, str(path))
    finished = subprocess.run(
        child_command(), input=order, capture_output=True, timeout=60, check=False
    )
    assert finished.returncode < 0 or finished.returncode == child_protocol.EXIT_TOO_LARGE
    assert finished.stdout == b""


def test_a_child_out_of_memory_is_a_clean_refusal(tmp_path: Path) -> None:
    path = hostile.small_table(tmp_path / "fine.xlsx")
    with pytest.raises(SurveyReadError) as raised:
        read_survey(path, memory_limit_mb=24)  # too little for the interpreter itself
    assert str(raised.value) == f"fine.xlsx {TOO_LARGE}"


def test_a_csv_field_longer_than_any_cell(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("id,comment\n1," + "z" * 1_100_000 + "\n", encoding="utf-8")
    with pytest.raises(SurveyReadError) as raised:
        read_survey(path)
    assert str(raised.value) == (
        f"long.csv {TOO_LARGE} (a cell holds more than 1,048,576 characters)"
    )

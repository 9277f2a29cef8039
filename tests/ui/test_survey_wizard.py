"""Map ▸ Import Survey… end to end in a window, one Ctrl+Z, and Map ▸ Refresh Survey Data."""

from __future__ import annotations

import csv
import os
import re
import statistics
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWizard
from pytestqt.qtbot import QtBot
from structure_helpers import undo

from journey_designer.model import MetricKind
from journey_designer.model import operations as ops
from journey_designer.storage import dump_map
from journey_designer.survey.sandbox import keep_warm
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.survey_mapping_table import ROLE, STAGE, TOUCHPOINT
from journey_designer.ui.survey_wizard import (
    MAPPING_PAGE,
    PREVIEW_PAGE,
    SUMMARY_PAGE,
    SurveyImportWizard,
)
from journey_designer.ui.survey_wizard_pages import MASK

CHECKOUT = "How satisfied were you with the Checkout & payment? (1-5)"
COMMENTS_HEADER = "Any comments on checkout?"
HEADERS = [
    "Respondent ID",
    "Email",
    "How satisfied were you with the Creator review video? (1-5)",
    CHECKOUT,
    COMMENTS_HEADER,
    "How satisfied are you with the Companion app? (1-5)",
    "How likely are you to recommend us to a friend? (0-10)",
]
COMMENTS = ["Too many steps", "Too many steps", "Card declined, mail me at a.b@example.com",
            "Slow page", "Fine", "", "N/A", "Slow page"]  # fmt: skip
TIMEOUT = 20000  # ms: the read starts a child process on a shared 2-core machine


def survey_rows(shift: int = 0) -> list[list[str]]:
    rows = [list(HEADERS)]
    for i in range(40):
        rows.append([
            str(100 + i), f"person{i}@example.com", str(3 + i % 3), str(1 + (i + shift) % 3),
            COMMENTS[i % len(COMMENTS)], str(4 + i % 2), str((i * 7 + shift) % 11),
        ])  # fmt: skip
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def says(text: str, expected: str) -> bool:
    """`expected` in `text`, whether or not the plural forms are translated yet."""
    return expected in re.sub(r"\(s\)|(?<=row|nse|ric|umn|ard|int)s\b", "", text)


def open_survey(window: MainWindow, qtbot: QtBot, path: Path) -> SurveyImportWizard:
    """The wizard on `path`, read and understood (page 1 done)."""
    window.survey_import.import_action.trigger()
    wizard = window.survey_import.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.file_page.open_file(path)
    qtbot.waitUntil(lambda: not wizard.file_page.task.is_running(), timeout=TIMEOUT)
    return wizard


def go_to_summary(wizard: SurveyImportWizard, qtbot: QtBot) -> None:
    while wizard.currentId() != SUMMARY_PAGE:
        assert wizard.currentPage().isComplete()
        wizard.next()
    qtbot.waitUntil(wizard.summary_page.isComplete, timeout=TIMEOUT)


def finish(wizard: SurveyImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isEnabled() and button.text() == "&Import"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def survey_metric(window: MainWindow, card_id: str) -> object:
    card = window.document.journey.card(card_id)
    return next(m for m in card.metrics if m.provenance.kind == "survey")


def import_survey(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    wizard = open_survey(window, qtbot, path)
    go_to_summary(wizard, qtbot)
    finish(wizard)
    qtbot.waitUntil(lambda: window.survey_import.wizard is None)


def test_the_wizard_imports_end_to_end_and_one_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    rows = survey_rows()
    path = write_csv(tmp_path / "survey.csv", rows)
    before = window.document.journey.model_dump()
    wizard = open_survey(window, qtbot, path)
    assert wizard.file_page.status.message.text().startswith("survey.csv: 41 rows × 7 columns")
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    assert says(wizard.preview_page.summary.text(), "Spreadsheet · 1 header row · 40 response")
    preview = wizard.preview_page.preview
    assert preview.item(0, 3).text() == CHECKOUT
    assert preview.item(1, 1).text() == MASK  # the e-mail addresses are not shown
    wizard.next()
    table = wizard.mapping_page.table
    email = table.row_of("Email")
    assert isinstance(table.cellWidget(email, ROLE), QLabel)  # locked: never imported
    checkout = table.row_of(CHECKOUT)
    assert table.combo(checkout, TOUCHPOINT).currentText() == "Checkout & payment"
    go_to_summary(wizard, qtbot)
    summary = wizard.summary_page
    assert says(summary.changes.text(), "3 metric on touchpoint card")
    assert says(summary.changes.text(), "Personal data: 1 column left out")
    box, proposal = summary._boxes[0]
    assert proposal.card_id == "c-de-tp-1"  # checkout scored lowest
    assert box.isChecked() and box.text().startswith("Low score: Checkout && payment — ")
    finish(wizard)
    assert "Imported 40 responses" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.survey_import.wizard is None)

    journey = window.document.journey
    metric = survey_metric(window, "c-de-tp-1")
    answers = [float(r[3]) for r in rows[1:]]
    assert metric.kind is MetricKind.SATISFACTION and metric.n == 40  # type: ignore[attr-defined]
    assert metric.value == round(statistics.mean(answers), 2)  # type: ignore[attr-defined]
    source = journey.survey_sources[0]
    assert (source.file_name, source.responses, source.path) == ("survey.csv", 40, str(path))
    measured = [c for c in journey.emotion_curves if c.source_id == source.id]
    assert measured and all(p.n for p in measured[0].points)
    assert any(c.severity and c.source_id for c in journey.cards)  # the accepted pain point
    saved = dump_map(journey).decode("utf-8")
    assert "@example.com" not in saved and "person1" not in saved

    after = journey.model_dump()
    assert window.editor.undo_stack.count() == 1
    undo(window)  # Ctrl+Z
    assert window.document.journey.model_dump() == before
    assert not window.survey_import.refresh_action.isEnabled()
    window.editor.undo_stack.redo()
    assert window.document.journey.model_dump() == after
    assert window.survey_import.refresh_action.isEnabled()


def test_the_wheel_scrolls_the_mapping_without_changing_a_choice(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_survey(window, qtbot, write_csv(tmp_path / "s.csv", survey_rows()))
    wizard.next()
    wizard.next()
    role = wizard.mapping_page.table.combo(0, ROLE)
    before = role.currentIndex()
    centre = QPointF(role.rect().center())
    wheel = QWheelEvent(
        centre, role.mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(role, wheel)
    assert role.currentIndex() == before and not wheel.isAccepted()  # passed to the table
    wizard.reject()


def test_back_and_forth_keeps_choices_until_the_header_rows_change(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_survey(window, qtbot, write_csv(tmp_path / "s.csv", survey_rows()))
    wizard.next()
    wizard.next()
    table = wizard.mapping_page.table
    row = table.row_of(CHECKOUT)
    table.combo(row, STAGE).setCurrentIndex(table.combo(row, STAGE).findData("st-use"))
    assert table.column_mapping(row).stage_id == "st-use"
    assert table.column_mapping(row).card_id is None  # the touchpoint was in the old stage
    table.combo(row, TOUCHPOINT).setCurrentIndex(2)  # Care hotline
    wizard.mapping_page.include_personal.setChecked(True)
    wizard.back()
    wizard.back()
    wizard.next()
    wizard.next()
    assert table.combo(row, STAGE).currentData() == "st-use"
    assert table.column_mapping(row).card_id == "c-us-tp-2"
    assert wizard.mapping_page.include_personal.isChecked()
    wizard.next()
    qtbot.waitUntil(wizard.summary_page.isComplete, timeout=TIMEOUT)
    assert "contact details inside comments are kept" in wizard.summary_page.changes.text()
    wizard.back()
    wizard.back()
    wizard.preview_page.header_rows.setValue(0)  # a new table: suggested again
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    assert says(wizard.preview_page.summary.text(), "0 header row · 41 response")
    wizard.preview_page.header_rows.setValue(1)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    assert table.column_mapping(table.row_of(CHECKOUT)).stage_id == "st-decision"
    assert not wizard.mapping_page.include_personal.isChecked()
    wizard.reject()


def test_an_unticked_pain_point_stays_unticked_and_is_not_added(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_survey(window, qtbot, write_csv(tmp_path / "s.csv", survey_rows()))
    go_to_summary(wizard, qtbot)
    wizard.summary_page._boxes[0][0].setChecked(False)
    wizard.back()
    wizard.next()  # planned again
    qtbot.waitUntil(wizard.summary_page.isComplete, timeout=TIMEOUT)
    assert not wizard.summary_page._boxes[0][0].isChecked()
    assert wizard.summary_page.accepted_pain_points() == []
    finish(wizard)
    journey = window.document.journey
    assert journey.survey_sources and not any(c.severity and c.source_id for c in journey.cards)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("fake.xlsx", b"Name,Score\nAnn,4\n", "fake.xlsx"),
        ("empty.csv", b"", "empty.csv"),
    ],
)
def test_a_bad_file_says_why_in_one_line(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    wizard = open_survey(window, qtbot, path)
    message = wizard.file_page.status.message.text()
    assert expected in message and "\n" not in message and "Traceback" not in message
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    field = wizard.file_page.path_edit
    field.editingFinished.emit()  # the field lost focus: the same file is not read again
    assert (
        not wizard.file_page.task.is_running() and message in wizard.file_page.status.message.text()
    )
    field.setText(str(write_csv(tmp_path / "good.csv", survey_rows())))  # a path pasted in
    field.editingFinished.emit()
    assert wizard.file_page.task.is_running()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=TIMEOUT)
    wizard.reject()


def reading_children() -> list[int]:
    """The survey-reading child processes this test process has running (reading, not the
    spare kept waiting while the wizard is open)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError):
            continue
        spare = command.endswith(b"\x00warm\x00")  # started ahead while the wizard is open
        mine = int(stat[1]) == os.getpid() and b"journey_designer.survey.child" in command
        if mine and not spare:
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="looks for processes in /proc")
def test_cancel_stops_reading_a_large_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    with big.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(300_000):
            writer.writerow([i, "", i % 5 + 1, i % 3 + 1, "Fine", i % 5 + 1, i % 11])
    window.survey_import.import_action.trigger()
    keep_warm(False)  # no spare: the child seen below is the one reading this file
    wizard = window.survey_import.wizard
    assert wizard is not None
    page = wizard.file_page
    page.open_file(big)
    assert page.task.is_running() and page.status.cancel_button.isVisible()
    qtbot.waitUntil(lambda: page.status.bar.value() > 0, timeout=TIMEOUT)  # reading, mid-way
    assert reading_children()
    page.status.cancel_button.setFocus()
    QTest.keyClick(page.status.cancel_button, Qt.Key.Key_Space)  # Cancel, from the keyboard
    assert not page.task.is_running() and not page.status.cancel_button.isVisible()
    assert page.path_edit.hasFocus()  # not the wizard's Cancel: Enter must not close it
    assert page.status.message.text() == "Reading cancelled."
    qtbot.waitUntil(lambda: not page.task.has_threads(), timeout=3000)  # the worker ended
    assert not reading_children()  # and the child process was stopped
    assert wizard.loaded is None and not page.isComplete()
    wizard.reject()


def test_refresh_updates_metrics_and_keeps_manual_edits(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "survey.csv", survey_rows())
    import_survey(window, qtbot, path)
    renamed = ops.update_card("c-de-tp-1", title="Checkout (new flow)")
    assert window.editor.apply(renamed, "Rename")
    old = survey_metric(window, "c-de-tp-1").value  # type: ignore[attr-defined]
    action = window.survey_import.refresh_action
    assert action.isEnabled()

    action.trigger()  # the file has not changed
    qtbot.waitUntil(lambda: "has not changed" in window.statusBar().currentMessage())
    assert window.editor.undo_stack.count() == 2

    rows = survey_rows(shift=1)
    write_csv(path, rows)
    action.trigger()
    qtbot.waitUntil(lambda: window.editor.undo_stack.count() == 3, timeout=TIMEOUT)
    assert window.editor.undo_stack.undoText() == "Refresh Survey Data"
    card = window.document.journey.card("c-de-tp-1")
    assert card.title == "Checkout (new flow)"
    new = survey_metric(window, "c-de-tp-1").value  # type: ignore[attr-defined]
    assert new == round(statistics.mean(float(r[3]) for r in rows[1:]), 2) != old
    assert len([m for m in card.metrics if m.provenance.kind == "survey"]) == 1
    assert "Refreshed from survey.csv: 40 responses." in window.statusBar().currentMessage()


def test_refresh_asks_for_a_file_that_moved(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "survey.csv", survey_rows())
    import_survey(window, qtbot, path)
    moved = path.rename(tmp_path / "survey-moved.csv")
    write_csv(moved, survey_rows(shift=2))
    asked: list[str] = []

    def locate(source: object) -> Path:
        asked.append(source.file_name)  # type: ignore[attr-defined]
        return moved

    monkeypatch.setattr(window.survey_import, "locate_file", locate)
    window.survey_import.refresh_action.trigger()
    qtbot.waitUntil(lambda: window.editor.undo_stack.count() == 2, timeout=TIMEOUT)
    assert asked == ["survey.csv"]
    assert window.document.journey.survey_sources[0].path == str(moved)

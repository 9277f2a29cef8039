"""Autosave: a recovery file after the interval, only with unsaved changes; gone after a save,
an undo back to the saved state, or a deliberate discard; the restore offer at start."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journey_designer.model.operations import update_card
from journey_designer.storage import load_map, save_map
from journey_designer.storage.recovery import (
    map_file,
    read_recovery,
    recovery_keys,
    write_recovery,
)
from journey_designer.ui import autosave
from journey_designer.ui.autosave_restore import RestoreDialog, offer_recovered_maps
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.settings import AppSettings
from journey_designer.ui.template_dialog import NewFromTemplateDialog

INTERVAL_MS = 300
WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def recovery_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files of this test go to its own folder, written every 0.3 s."""
    folder = tmp_path / "recovery"
    monkeypatch.setattr(autosave, "recovery_folder", lambda: folder)
    QSettings().setValue(autosave.INTERVAL_KEY, INTERVAL_MS)
    return folder


@pytest.fixture
def win(recovery_dir: Path, make_window: WindowFactory) -> MainWindow:
    return make_window("en")


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QMessageBox.StandardButton]]:
    """The answers the "save changes?" question gets, in order; the questions asked."""
    answers: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: answers.pop(0))
    yield answers
    assert answers == [], "a question was expected but not asked"


def first_pain_point(window: MainWindow) -> str:
    journey = window.document.journey
    lane = next(lane for lane in journey.lanes if lane.kind == "pain_points")
    return next(card.id for card in journey.cards if card.lane_id == lane.id)


def vote_once(window: MainWindow) -> str:
    card_id = first_pain_point(window)
    votes = window.document.journey.card(card_id).votes
    assert window.editor.apply(update_card(card_id, votes=votes + 1), "Vote")
    return card_id


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_nothing_is_written_while_the_map_has_no_unsaved_changes(
    win: MainWindow, recovery_dir: Path, qtbot: QtBot
) -> None:
    qtbot.wait(INTERVAL_MS * 2)
    assert files_in(recovery_dir) == []


def test_unsaved_changes_are_written_after_the_interval_and_gone_after_a_save(
    win: MainWindow,
    recovery_dir: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card_id = vote_once(win)
    assert files_in(recovery_dir) == []  # not at once: after the interval
    with qtbot.waitSignal(win.autosave.recoveryWritten, timeout=INTERVAL_MS * 10):
        pass
    [key] = recovery_keys(recovery_dir)
    recovered = read_recovery(recovery_dir, key)
    assert recovered.journey == win.document.journey and recovered.original_path is None
    assert recovered.journey.card(card_id).votes == 1  # type: ignore[union-attr]
    assert (recovery_dir / f"{key}.lock").exists()  # this window holds it
    saved = tmp_path / "workshop.journey.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(saved), ""))
    win.menu_actions.save.trigger()
    assert load_map(saved).card(card_id).votes == 1
    assert files_in(recovery_dir) == []


def test_the_next_change_after_a_write_is_written_one_interval_later(
    win: MainWindow, recovery_dir: Path, qtbot: QtBot
) -> None:
    vote_once(win)
    with qtbot.waitSignal(win.autosave.recoveryWritten, timeout=INTERVAL_MS * 10):
        pass
    card_id = vote_once(win)
    with qtbot.waitSignal(win.autosave.recoveryWritten, timeout=INTERVAL_MS * 10):
        pass
    [key] = recovery_keys(recovery_dir)
    assert read_recovery(recovery_dir, key).journey.card(card_id).votes == 2  # type: ignore[union-attr]


def test_undoing_back_to_the_saved_map_removes_the_recovery(
    win: MainWindow, recovery_dir: Path, qtbot: QtBot
) -> None:
    vote_once(win)
    with qtbot.waitSignal(win.autosave.recoveryWritten, timeout=INTERVAL_MS * 10):
        pass
    win.editor.undo_stack.undo()
    assert not win.document.modified
    assert files_in(recovery_dir) == []
    qtbot.wait(INTERVAL_MS * 2)
    assert files_in(recovery_dir) == []


def test_closing_with_discard_removes_the_recovery_and_cancel_keeps_it(
    win: MainWindow,
    recovery_dir: Path,
    qtbot: QtBot,
    answer: list[QMessageBox.StandardButton],
) -> None:
    vote_once(win)
    assert win.autosave.write_now()
    answer.append(QMessageBox.StandardButton.Cancel)
    assert not win.close()
    assert recovery_keys(recovery_dir) and win.isVisible()
    answer.append(QMessageBox.StandardButton.Discard)
    assert win.close()
    qtbot.wait(50)  # the closed window does not write it back
    assert files_in(recovery_dir) == []


def test_discard_then_a_cancelled_open_writes_the_recovery_again(
    win: MainWindow,
    recovery_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    answer: list[QMessageBox.StandardButton],
) -> None:
    card_id = vote_once(win)
    answer.append(QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: ("", ""))
    win.menu_actions.open.trigger()  # discard, then no file chosen: the map stays
    assert win.document.modified
    qtbot.waitUntil(lambda: bool(recovery_keys(recovery_dir)), timeout=1000)
    [key] = recovery_keys(recovery_dir)
    assert read_recovery(recovery_dir, key).journey.card(card_id).votes == 1  # type: ignore[union-attr]


def test_opening_another_map_after_discard_removes_the_recovery(
    win: MainWindow,
    recovery_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: list[QMessageBox.StandardButton],
) -> None:
    other = tmp_path / "other.journey.json"
    save_map(win.document.journey, other)
    vote_once(win)
    assert win.autosave.write_now()
    answer.append(QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(other), ""))
    win.menu_actions.open.trigger()
    assert win.document.path == other.resolve() and not win.document.modified
    assert files_in(recovery_dir) == []


def click_in_restore_dialog(qtbot: QtBot, act: Callable[[RestoreDialog], None]) -> list[str]:
    """When the restore dialog shows, note what it lists and `act` on it (a real click)."""
    listed: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, poll)
            return
        listed.extend(dialog.row_texts())
        act(dialog)

    QTimer.singleShot(0, poll)
    return listed


def test_a_crashed_map_is_offered_and_restored_modified_to_its_own_file(
    win: MainWindow, recovery_dir: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    original = tmp_path / "客户旅程.journey.json"
    save_map(win.document.journey, original)
    edited = win.document.journey.model_copy(deep=True, update={"title": "After the workshop"})
    write_recovery(recovery_dir, "crashed1", edited, original)
    listed = click_in_restore_dialog(
        qtbot, lambda d: qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    )
    assert offer_recovered_maps(win)
    [row] = listed
    assert row.startswith("客户旅程.journey.json | ") and row.endswith(f" | {tmp_path}")
    assert win.document.journey == edited
    assert win.document.path == original and win.document.modified
    assert "客户旅程.journey.json" in win.windowTitle() and win.isWindowModified()
    assert recovery_keys(recovery_dir) == ["crashed1"]  # kept until saved
    win.menu_actions.save.trigger()
    assert load_map(original).title == "After the workshop"
    assert files_in(recovery_dir) == []


def test_discarding_in_the_offer_deletes_it_and_a_damaged_one_is_put_aside(
    win: MainWindow, recovery_dir: Path, qtbot: QtBot
) -> None:
    write_recovery(recovery_dir, "good", win.document.journey, None)
    write_recovery(recovery_dir, "bad", win.document.journey, None)
    map_file(recovery_dir, "bad").write_bytes(b"\x00 not a map")
    journey = win.document.journey

    def discard_both(dialog: RestoreDialog) -> None:
        for _ in range(2):
            dialog.list.setCurrentItem(dialog.rows[0])
            qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)

    listed = click_in_restore_dialog(qtbot, discard_both)
    assert not offer_recovered_maps(win)
    assert any("Cannot be restored: bad.journey.json" in text for text in listed)
    assert win.document.journey is journey
    assert files_in(recovery_dir) == ["damaged"]
    assert files_in(recovery_dir / "damaged") == ["bad.journey.json", "bad.recovery.json"]


def test_a_map_open_in_another_window_is_not_offered(
    recovery_dir: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    first = make_window("en")
    vote_once(first)
    assert first.autosave.write_now()  # the first window holds its recovery's lock
    second = make_window("en")
    assert not offer_recovered_maps(second)  # no dialog: nothing to offer


def test_later_keeps_the_recoveries_for_the_next_start(
    win: MainWindow, recovery_dir: Path, qtbot: QtBot
) -> None:
    write_recovery(recovery_dir, "crashed2", win.document.journey, None)
    click_in_restore_dialog(
        qtbot, lambda d: qtbot.mouseClick(d.later_button, Qt.MouseButton.LeftButton)
    )
    assert not offer_recovered_maps(win)
    assert recovery_keys(recovery_dir) == ["crashed2"]
    assert not (recovery_dir / "crashed2.lock").exists()  # free for the next start


@pytest.mark.parametrize("route", ["open", "open recent", "new from template", "quit"])
def test_every_way_of_closing_a_changed_map_asks_first_and_cancel_keeps_it(
    win: MainWindow,
    route: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: list[QMessageBox.StandardButton],
) -> None:
    other = tmp_path / "other.journey.json"
    save_map(win.document.journey, other)
    AppSettings().add_recent_file(other)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(other), ""))
    monkeypatch.setattr(NewFromTemplateDialog, "exec", lambda _self: pytest.fail("not asked"))
    vote_once(win)
    journey = win.document.journey
    answer.append(QMessageBox.StandardButton.Cancel)
    actions = win.menu_actions
    if route == "open recent":
        actions.recent_files.rebuild()
        actions.recent_files.actions()[0].trigger()
    else:
        action = {"open": actions.open, "new from template": actions.new_from_template}
        action.get(route, actions.quit).trigger()
    assert win.document.journey is journey and win.document.modified and win.isVisible()


def test_a_failing_autosave_says_so_once_and_tries_again(
    win: MainWindow, recovery_dir: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    win.autosave.folder = blocked
    vote_once(win)
    qtbot.waitUntil(lambda: "Autosave failed" in win.statusBar().currentMessage(), timeout=3000)
    assert "Save the map" in win.statusBar().currentMessage()
    win.autosave.folder = recovery_dir  # the disk is back: the next interval writes
    with qtbot.waitSignal(win.autosave.recoveryWritten, timeout=INTERVAL_MS * 10):
        pass
    assert len(recovery_keys(recovery_dir)) == 1

"""Switching the interface language in Preferences: the window is rebuilt in the new
language and the work moves into it — the same document with its file, its unsaved changes
and its undo history, its recovery file, the window's place, docks, zoom and selection —
with no question asked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from journey_designer.model.operations import update_card
from journey_designer.storage import save_map
from journey_designer.storage.recovery import read_recovery, recovery_keys
from journey_designer.templates import SAMPLE_TEMPLATE, new_map_from_template
from journey_designer.ui import autosave
from journey_designer.ui.app import create_main_window, open_first_map
from journey_designer.ui.autosave import recovery_lock
from journey_designer.ui.file_commands import FileCommands
from journey_designer.ui.i18n import (
    install_translators,
    installed_translators,
    map_labels,
    remove_translators,
)
from journey_designer.ui.language_switch import switch_language
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.owner_highlight import OwnerChoice
from journey_designer.ui.preferences_dialog import PreferencesDialog
from journey_designer.ui.settings import AppSettings

INTERVAL_MS = 300
Button = QDialogButtonBox.StandardButton


@pytest.fixture
def recovery_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setattr(autosave, "recovery_folder", lambda: folder)
    QSettings().setValue(autosave.INTERVAL_KEY, INTERVAL_MS)
    return folder


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any message box or "save changes?" question: there must be none."""
    asked: list[str] = []

    def ask(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]) if len(args) > 2 else "?")
        return QMessageBox.StandardButton.Cancel  # keeps everything if one slips through

    for name in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, ask)
    original = FileCommands.maybe_save

    def maybe_save(self: FileCommands) -> bool:
        asked.append("maybe_save")
        return original(self)

    monkeypatch.setattr(FileCommands, "maybe_save", maybe_save)
    return asked


@pytest.fixture
def windows(
    qapp: QApplication, qtbot: QtBot, recovery_dir: Path, questions: list[str]
) -> Iterator[Callable[[], list[MainWindow]]]:
    """The main windows alive now; all closed afterwards, with the translators installed."""
    before = set(qapp.topLevelWidgets())
    translators = installed_translators()

    def alive() -> list[MainWindow]:
        return [
            w
            for w in qapp.topLevelWidgets()
            if isinstance(w, MainWindow) and w not in before and shiboken6.isValid(w)
        ]

    yield alive
    for window in alive():
        window.editor.undo_stack.setClean()
        window.document.set_modified(False)
        window.close()
        window.deleteLater()
    remove_translators(qapp, [t for t in installed_translators() if t not in translators])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    QApplication.processEvents()


@pytest.fixture
def english(
    qapp: QApplication, qtbot: QtBot, windows: Callable[[], list[MainWindow]], tmp_path: Path
) -> MainWindow:
    """An English window on the sample map saved as a file, then edited (unsaved)."""
    install_translators(qapp, "en")
    window = create_main_window("en")
    path = tmp_path / "coffee.journey.json"
    save_map(new_map_from_template(SAMPLE_TEMPLATE, "en"), path)
    open_first_map(window, path)
    window.resize(780, 700)  # within the offscreen screen (800 × 800): geometry is kept exactly
    window.show()
    qtbot.waitExposed(window)
    return window


def rename_first_card(window: MainWindow, title: str) -> str:
    card = window.document.journey.cards[0]
    assert window.editor.apply(update_card(card.id, title=title), "Rename card")
    return card.id


def switch_with_dialog(
    window: MainWindow, language: str, qtbot: QtBot, button: QDialogButtonBox.StandardButton
) -> MainWindow:
    dialog = window.preferences.show_dialog()
    qtbot.waitExposed(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    dialog.buttons.button(button).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    new = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(new) == 1 and new[0] is not window
    qtbot.waitExposed(new[0])
    return new[0]


def test_switching_to_chinese_keeps_the_unsaved_map_its_file_and_its_undo_history(
    english: MainWindow, qtbot: QtBot, questions: list[str]
) -> None:
    document, editor, path = english.document, english.editor, english.document.path
    card_id = rename_first_card(english, "Edited before the switch")
    english_labels = dict(english.labels)
    assert english.menu_actions.file_menu.title() == "&File"

    chinese = switch_with_dialog(english, "zh", qtbot, Button.Ok)

    assert chinese.language == "zh"
    file_title = QCoreApplication.translate("MainActions", "&File")
    assert file_title != "&File" and chinese.menu_actions.file_menu.title() == file_title
    assert chinese.labels == map_labels() and chinese.labels != english_labels
    assert QLocale().language() == QLocale.Language.Chinese
    assert chinese.document is document and chinese.editor is editor
    assert chinese.document.path == path and chinese.document.modified
    assert chinese.isWindowModified() and path is not None and path.name in chinese.windowTitle()
    assert chinese.menu_actions.undo.isEnabled()
    chinese.menu_actions.undo.trigger()  # the new window's Undo undoes the old window's edit
    assert chinese.document.journey.card(card_id).title != "Edited before the switch"
    assert not chinese.document.modified
    chinese.menu_actions.redo.trigger()
    assert chinese.document.journey.card(card_id).title == "Edited before the switch"
    assert questions == []
    assert AppSettings().language() == "zh"
    qtbot.waitUntil(lambda: not shiboken6.isValid(english))  # the old window is gone


def test_edits_after_the_switch_redraw_the_new_window_only(
    english: MainWindow, qtbot: QtBot, questions: list[str]
) -> None:
    chinese = switch_language(english, "zh")
    qtbot.waitExposed(chinese)
    qtbot.waitUntil(lambda: not shiboken6.isValid(english))
    card_id = rename_first_card(chinese, "顾客在官网比较价格")
    item = chinese.scene.card_item(card_id)
    assert item is not None and item.box.lines[0].text == "顾客在官网比较价格"
    assert chinese.panels.inspector.isVisible()
    # A refused edit speaks in the new window's status bar (the old one is gone).
    assert not chinese.editor.apply(update_card("no-such-card", title="x"), "Rename")
    assert chinese.statusBar().currentMessage()
    assert questions == []


def test_the_recovery_of_unsaved_work_survives_the_switch(
    english: MainWindow, recovery_dir: Path, qtbot: QtBot
) -> None:
    rename_first_card(english, "Kept through the switch")
    qtbot.waitUntil(lambda: len(recovery_keys(recovery_dir)) == 1)
    (key,) = recovery_keys(recovery_dir)
    chinese = switch_language(english, "zh")
    qtbot.waitUntil(lambda: not shiboken6.isValid(english))
    assert recovery_keys(recovery_dir) == [key]  # not deleted by the old window
    assert not recovery_lock(recovery_dir, key).tryLock(0)  # still held: never offered
    recovered = read_recovery(recovery_dir, key)
    assert recovered.journey is not None
    assert recovered.journey.cards[0].title == "Kept through the switch"
    rename_first_card(chinese, "Written by the new window")
    qtbot.waitUntil(
        lambda: (
            read_recovery(recovery_dir, key).journey.cards[0].title  # type: ignore[union-attr]
            == "Written by the new window"
        )
    )
    chinese.files.save()  # saved: the new window's autosave removes the recovery
    assert recovery_keys(recovery_dir) == []


def test_apply_switches_and_reopens_the_dialog_in_the_new_language(
    english: MainWindow, qtbot: QtBot, questions: list[str]
) -> None:
    rename_first_card(english, "Edited")
    chinese = switch_with_dialog(english, "zh", qtbot, Button.Apply)
    qtbot.waitUntil(lambda: isinstance(chinese.preferences.dialog, PreferencesDialog))
    dialog = chinese.preferences.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == QCoreApplication.translate("PreferencesDialog", "Preferences")
    assert dialog.language_combo.currentData() == "zh"
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    assert chinese.document.modified and questions == []


def test_the_window_keeps_its_place_docks_zoom_and_selection(
    english: MainWindow, qtbot: QtBot
) -> None:
    english.panels.history.show()
    english.panels.personas.hide()
    english.view.set_zoom(0.8)
    card = english.document.journey.cards[3]
    item = english.scene.card_item(card.id)
    assert item is not None
    item.setSelected(True)
    english.view.centerOn(item)
    centre = english.view.mapToScene(english.view.viewport().rect().center())
    size = english.size()
    chinese = switch_language(english, "zh")
    qtbot.waitExposed(chinese)
    qtbot.waitUntil(lambda: abs(chinese.view.zoom() - 0.8) < 1e-6)
    assert chinese.size() == size
    assert chinese.panels.history.isVisible() and not chinese.panels.personas.isVisible()
    assert chinese.scene.selected_card_ids() == [card.id]
    now = chinese.view.mapToScene(chinese.view.viewport().rect().center())
    assert abs(now.x() - centre.x()) < 2 and abs(now.y() - centre.y()) < 2


def test_switching_back_to_english_and_to_the_same_language(
    english: MainWindow, qtbot: QtBot
) -> None:
    assert switch_language(english, "en") is english  # nothing to do
    chinese = switch_language(english, "zh")
    english_again = switch_language(chinese, "en")
    qtbot.waitExposed(english_again)
    assert english_again.menu_actions.file_menu.title() == "&File"
    assert english_again.labels == map_labels()
    assert english_again.document is chinese.document


def test_the_highlight_dashboard_and_running_workshop_timer_are_carried_over(
    english: MainWindow, qtbot: QtBot
) -> None:
    card = english.document.journey.cards[0]
    assert english.editor.apply(update_card(card.id, owner="Growth team"), "Owner")
    english.marketing.owners.highlight(OwnerChoice("owner", "Growth team"))
    english.marketing.show_dashboard(True)
    english.workshop.timer.set_duration(10 * 60_000, start=True)
    chinese = switch_language(english, "zh")
    qtbot.waitExposed(chinese)
    assert chinese.marketing.owners.choice == OwnerChoice("owner", "Growth team")
    item = chinese.scene.card_item(card.id)
    other = chinese.scene.card_item(chinese.document.journey.cards[1].id)
    assert item is not None and other is not None
    assert item.opacity() == 1.0 and other.opacity() < 1.0
    dashboard = chinese.marketing.dashboard
    assert dashboard is not None and dashboard.isVisible()
    timer = chinese.workshop.timer
    assert timer.running and timer.duration_ms == 10 * 60_000
    assert 9 * 60_000 < timer.remaining_ms() <= 10 * 60_000

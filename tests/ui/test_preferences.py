"""Edit ▸ Preferences…: each preference saved and read back, bad stored values fall back,
the dialog's OK / Cancel / Apply, each value applied at once (autosave timer, default PDF
page, map font, interface font) and at start-up through the code path `run()` takes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from journey_designer.export.options import PAGE_SIZES_MM
from journey_designer.fonts import find_cjk_font
from journey_designer.model.operations import update_card
from journey_designer.ui import app as ui_app
from journey_designer.ui import preferences_dialog
from journey_designer.ui.export_settings import ExportChoices, load_choices, save_choices
from journey_designer.ui.i18n import installed_translators, remove_translators
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.preferences_dialog import PreferencesDialog
from journey_designer.ui.settings import (
    DEFAULT_AUTOSAVE_MS,
    MAX_AUTOSAVE_MS,
    MIN_AUTOSAVE_MS,
    AppSettings,
    UiFont,
)
from journey_designer.ui.theme import apply_theme, apply_ui_font

CJK_FACE = find_cjk_font()
needs_cjk = pytest.mark.skipif(CJK_FACE is None, reason="no CJK TrueType font (fonts-wqy-microhei)")
Button = QDialogButtonBox.StandardButton


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("a message box was shown")

    for name in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[None]:
    """The test may change the theme and the interface font: both come back afterwards."""
    font = QFont(qapp.font())
    yield
    apply_theme(qapp, "system")
    qapp.setFont(font)


@pytest.fixture
def dialog(window: MainWindow, qtbot: QtBot) -> Iterator[PreferencesDialog]:
    opened = window.preferences.show_dialog()
    qtbot.waitExposed(opened)
    yield opened
    if shiboken6.isValid(opened) and opened.isVisible():
        opened.reject()


def click(dialog: PreferencesDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(button).click()


def select(combo: object, data: object) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


# --- stored values ------------------------------------------------------------------------


def test_each_preference_is_saved_and_read_back() -> None:
    settings = AppSettings()
    settings.set_language("zh")
    settings.set_theme("dark")
    settings.set_ui_font(UiFont("DejaVu Sans", 11.5))
    settings.set_default_page("Letter", "portrait")
    settings.set_autosave_interval_ms(120_000)
    settings.set_cjk_font("/fonts/chinese.ttc#1")
    again = AppSettings()  # a fresh QSettings reads what the other wrote
    assert again.language() == "zh"
    assert again.theme() == "dark"
    assert again.ui_font() == UiFont("DejaVu Sans", 11.5)
    assert again.default_page() == ("Letter", "portrait")
    assert again.autosave_interval_ms() == 120_000
    assert again.cjk_font() == "/fonts/chinese.ttc#1"
    again.set_ui_font(None)
    again.clear_cjk_font()
    assert AppSettings().ui_font() is None and AppSettings().cjk_font() is None


def test_the_defaults_when_nothing_was_chosen() -> None:
    settings = AppSettings()
    assert settings.language() == "system" and settings.theme() == "system"
    assert settings.ui_font() is None
    assert settings.default_page() == ("A3", "landscape")  # ExportChoices' own default page
    assert settings.autosave_interval_ms() == DEFAULT_AUTOSAVE_MS
    assert load_choices("never-exported") == ExportChoices()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("ui/language", "fr"),
        ("ui/language", 3),
        ("ui/theme", "purple"),
        ("ui/fontFamily", ""),
        ("ui/fontSize", "huge"),
        ("ui/fontSize", 400),
        ("export/defaultPageSize", "B5"),
        ("export/defaultPageSize", ["A4"]),
        ("export/defaultOrientation", "sideways"),
        ("autosave/interval_ms", "soon"),
        ("autosave/interval_ms", "nan"),
        ("autosave/interval_ms", True),
    ],
)
def test_a_bad_stored_value_falls_back_to_the_default(key: str, value: object) -> None:
    settings = AppSettings()
    settings.set_ui_font(UiFont("DejaVu Sans", 12))
    QSettings().setValue(key, value)
    settings = AppSettings()
    assert settings.language() in ("system", "en", "zh")
    assert settings.theme() == "system"
    if key.startswith("ui/font"):
        assert settings.ui_font() is None
    assert settings.default_page() == ("A3", "landscape")
    assert settings.autosave_interval_ms() == DEFAULT_AUTOSAVE_MS


def test_autosave_intervals_out_of_range_are_held_to_the_range() -> None:
    QSettings().setValue("autosave/interval_ms", "-5")
    assert AppSettings().autosave_interval_ms() == MIN_AUTOSAVE_MS
    QSettings().setValue("autosave/interval_ms", "3600000")  # an hour: too long to risk
    assert AppSettings().autosave_interval_ms() == MAX_AUTOSAVE_MS


# --- the dialog ---------------------------------------------------------------------------


def test_edit_menu_has_preferences_with_the_standard_shortcut(window: MainWindow) -> None:
    action = window.preferences.action
    assert action in window.menu_actions.edit_menu.actions()
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        assert key in action.shortcuts()


def test_the_action_opens_one_dialog_showing_the_saved_values(
    window: MainWindow, qtbot: QtBot
) -> None:
    settings = window.settings
    settings.set_default_page("A4", "portrait")
    settings.set_autosave_interval_ms(300_000)
    window.preferences.action.trigger()
    dialog = window.preferences.dialog
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitExposed(dialog)
    assert window.preferences.show_dialog() is dialog  # not a second one
    assert dialog.page_combo.currentData() == "A4"
    assert dialog.orientation_combo.currentData() == "portrait"
    assert dialog.autosave_combo.currentData() == 300_000
    assert dialog.language_combo.currentData() == "system"
    assert [dialog.language_combo.itemText(i) for i in (1, 2)] == ["English", "中文"]
    assert dialog.system_font_check.isChecked() and not dialog.font_combo.isEnabled()
    assert not dialog.apply_button.isEnabled()  # nothing changed yet
    dialog.reject()
    qtbot.waitUntil(lambda: window.preferences.dialog is None)


def test_apply_saves_and_stays_cancel_keeps_what_was_applied(
    window: MainWindow, dialog: PreferencesDialog
) -> None:
    select(dialog.page_combo, "Letter")
    assert dialog.apply_button.isEnabled()
    click(dialog, Button.Apply)
    assert dialog.isVisible() and not dialog.apply_button.isEnabled()
    assert window.settings.default_page() == ("Letter", "landscape")
    select(dialog.page_combo, "A0")  # not applied: Cancel forgets it
    click(dialog, Button.Cancel)
    assert not dialog.isVisible()
    assert AppSettings().default_page() == ("Letter", "landscape")


def test_ok_saves_and_closes(window: MainWindow, dialog: PreferencesDialog) -> None:
    select(dialog.orientation_combo, "portrait")
    select(dialog.autosave_combo, 60_000)
    click(dialog, Button.Ok)
    assert not dialog.isVisible()
    assert AppSettings().default_page() == ("A3", "portrait")
    assert AppSettings().autosave_interval_ms() == 60_000


def test_an_interval_set_by_hand_is_shown_and_kept(window: MainWindow, qtbot: QtBot) -> None:
    QSettings().setValue("autosave/interval_ms", 45_000)
    dialog = window.preferences.show_dialog()
    assert dialog.autosave_combo.currentData() == 45_000
    assert dialog.autosave_combo.currentText() == "45 s"
    select(dialog.page_combo, "A4")
    click(dialog, Button.Ok)
    assert AppSettings().autosave_interval_ms() == 45_000


# --- applied at once ----------------------------------------------------------------------


def test_the_autosave_interval_applies_to_the_running_timer(
    window: MainWindow, dialog: PreferencesDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.autosave, "folder", tmp_path / "recovery")
    assert window.autosave.timer.interval() == DEFAULT_AUTOSAVE_MS
    card = window.document.journey.cards[0]
    assert window.editor.apply(update_card(card.id, title="Changed"), "Rename")
    assert window.autosave.timer.isActive()  # a write is waiting: 30 s from the edit
    select(dialog.autosave_combo, 10_000)
    click(dialog, Button.Apply)
    assert window.autosave.timer.interval() == 10_000
    # The waiting write happened now rather than later than it would have.
    assert not window.autosave.timer.isActive()
    assert list((tmp_path / "recovery").glob("*.journey.json"))
    assert window.editor.apply(update_card(card.id, title="Again"), "Rename")
    assert window.autosave.timer.isActive() and window.autosave.timer.interval() == 10_000


@pytest.mark.parametrize(("size", "orientation"), [("A4", "portrait"), ("Letter", "landscape")])
def test_the_default_page_reaches_a_new_maps_export_choices(
    window: MainWindow, dialog: PreferencesDialog, size: str, orientation: str
) -> None:
    assert size in PAGE_SIZES_MM
    remembered = ExportChoices(format="png", dpi=300)  # a map exported before keeps its page
    save_choices("exported-before", remembered)
    select(dialog.page_combo, size)
    select(dialog.orientation_combo, orientation)
    click(dialog, Button.Ok)
    choices = load_choices(window.document.journey.id)
    assert (choices.options.page.size, choices.options.page.orientation) == (size, orientation)
    assert choices.format == "pdf" and choices.options.mode == "fit"  # the rest as before
    assert load_choices("exported-before") == remembered

    from journey_designer.ui.export_dialog import ExportDialog

    export = ExportDialog(window)
    try:
        page = export.current_choices().options.page
        assert (page.size, page.orientation) == (size, orientation)
    finally:
        export.deleteLater()


@needs_cjk
def test_a_chosen_map_font_file_is_used_and_automatic_clears_it(
    window: MainWindow, dialog: PreferencesDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert CJK_FACE is not None
    path = str(CJK_FACE.path)
    monkeypatch.setattr(preferences_dialog, "choose_font_file", lambda _parent: path)
    assert "In use:" in dialog.font_in_use.text()
    assert window.map_font.family in dialog.font_in_use.text()
    assert not dialog.automatic_button.isEnabled()  # automatic already
    dialog.choose_font_button.click()
    assert dialog.cjk_font_field.text() == path and dialog.automatic_button.isEnabled()
    assert window.settings.cjk_font() is None  # not before Apply
    click(dialog, Button.Apply)
    assert window.settings.cjk_font() == path
    assert window.map_font.face is not None and str(window.map_font.face.path) == path
    dialog.automatic_button.click()
    assert dialog.cjk_font_field.text() == "" and dialog.cjk_font_field.placeholderText()
    click(dialog, Button.Ok)
    assert AppSettings().cjk_font() is None
    assert window.map_font.has_cjk  # found again on its own


def test_the_interface_font_applies_at_once_and_system_default_restores_it(
    window: MainWindow,
    dialog: PreferencesDialog,
    qapp: QApplication,
    appearance: None,
    qtbot: QtBot,
) -> None:
    system_size = qapp.font().pointSizeF()
    map_family = window.scene.text_painter.font_for("body").family()
    dialog.system_font_check.setChecked(False)
    assert dialog.font_combo.isEnabled()
    dialog.font_combo.setCurrentFont(QFont("DejaVu Serif"))
    dialog.font_size.setValue(15)
    click(dialog, Button.Apply)
    assert qapp.font().pointSizeF() == 15
    qtbot.waitUntil(lambda: window.menuBar().font().pointSizeF() == 15)  # as Qt posts it
    assert AppSettings().ui_font() == UiFont(dialog.font_combo.currentFont().family(), 15)
    assert window.scene.text_painter.font_for("body").family() == map_family  # not the map
    dialog.system_font_check.setChecked(True)
    click(dialog, Button.Ok)
    assert qapp.font().pointSizeF() == system_size
    assert AppSettings().ui_font() is None


def test_theme_from_the_dialog_changes_the_palette(
    window: MainWindow, dialog: PreferencesDialog, qapp: QApplication, appearance: None
) -> None:
    light = qapp.palette().color(QPalette.ColorRole.Window)
    select(dialog.theme_combo, "dark")
    click(dialog, Button.Apply)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert AppSettings().theme() == "dark"
    select(dialog.theme_combo, "system")
    click(dialog, Button.Ok)
    assert qapp.palette().color(QPalette.ColorRole.Window) == light


# --- start-up -----------------------------------------------------------------------------


@pytest.fixture
def started(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, appearance: None
) -> Iterator[list]:
    """Windows that `ui_app.start` opens, closed afterwards with their translators."""
    # start() names the app as the real one; its settings must stay the tests' own.
    monkeypatch.setattr(ui_app, "ORGANIZATION_NAME", QCoreApplication.organizationName())
    monkeypatch.setattr(ui_app, "APPLICATION_NAME", QCoreApplication.applicationName())
    # Maps other tests left in this run's recovery folder would be offered in a modal dialog.
    monkeypatch.setattr(ui_app, "offer_recovered_maps", lambda _window: False)
    windows: list[MainWindow] = []
    translators = installed_translators()
    yield windows
    for window in windows:
        window.editor.undo_stack.setClean()
        window.close()
        window.deleteLater()
    remove_translators(qapp, [t for t in installed_translators() if t not in translators])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_saved_preferences_apply_at_start_up(
    started: list[MainWindow], qapp: QApplication, qtbot: QtBot
) -> None:
    settings = AppSettings()
    settings.set_language("zh")
    settings.set_theme("dark")
    settings.set_ui_font(UiFont("DejaVu Sans", 14))
    settings.set_autosave_interval_ms(600_000)
    app, window = ui_app.start(None, None)
    started.append(window)
    assert app is qapp
    qtbot.waitExposed(window)
    assert window.language == "zh"
    assert window.menu_actions.file_menu.title() == "文件(&F)"
    assert QLocale().language() == QLocale.Language.Chinese
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert qapp.font().family() == "DejaVu Sans" and qapp.font().pointSizeF() == 14
    assert window.autosave.timer.interval() == 600_000
    canvas = window.view.backgroundBrush().color()
    assert canvas.lightness() < 80  # the canvas around the paper follows the theme


def test_the_lang_option_wins_over_the_saved_language(
    started: list[MainWindow], qtbot: QtBot
) -> None:
    AppSettings().set_language("zh")
    _app, window = ui_app.start(None, "en")
    started.append(window)
    assert window.language == "en"
    assert window.menu_actions.file_menu.title() == "&File"
    assert QCoreApplication.translate("MainActions", "&File") == "&File"


def test_start_up_with_default_preferences_leaves_the_look_alone(
    started: list[MainWindow], qapp: QApplication
) -> None:
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    _app, window = ui_app.start(None, "en")
    started.append(window)
    assert qapp.palette() == palette and qapp.font() == font
    assert window.view.backgroundBrush().color().lightness() > 200
    assert window.view.backgroundBrush().style() == Qt.BrushStyle.SolidPattern


def test_apply_ui_font_none_is_the_system_font(qapp: QApplication, appearance: None) -> None:
    apply_ui_font(qapp, UiFont("DejaVu Serif", 20))
    assert qapp.font().pointSizeF() == 20
    apply_ui_font(qapp, None)
    assert qapp.font().pointSizeF() != 20

"""Personas, Map Properties, the history dock, the shortcut reference, and the docks
following another map and being remembered."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from test_panels_helpers import clear_selections, panels, replace_text, select, undo_with_keyboard

from journey_designer.model import EmotionScale
from journey_designer.templates import new_map_from_template
from journey_designer.ui.document import MapDocument
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.panels import DOCK_STATE_KEY
from journey_designer.ui.panels.map_properties import MapPropertiesDialog

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _deselect_before_teardown() -> Iterator[None]:
    yield
    clear_selections()


def test_the_first_persona_is_active(window: MainWindow) -> None:
    personas = panels(window).personas
    first = window.document.journey.personas[0]
    assert window.active_persona_id == first.id  # type: ignore[attr-defined]
    assert personas.list.count() == len(window.document.journey.personas)
    assert personas.form.name.text() == first.name


def test_picking_a_persona_makes_it_active(qtbot: QtBot, window: MainWindow) -> None:
    personas = panels(window).personas
    second = window.document.journey.personas[1]
    with qtbot.waitSignal(personas.activePersonaChanged) as signal:
        item = personas.list.item(1)
        rect = personas.list.visualItemRect(item)
        QTest.mouseClick(personas.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [second.id]
    assert window.active_persona_id == second.id  # type: ignore[attr-defined]
    assert personas.form.role.text() == second.role


def test_adding_a_persona_adds_its_curve_in_one_step(qtbot: QtBot, window: MainWindow) -> None:
    personas = panels(window).personas
    before = window.document.journey.model_dump()
    with qtbot.waitSignal(personas.activePersonaChanged):
        QTest.mouseClick(personas.add_button, Qt.MouseButton.LeftButton)
    journey = window.document.journey
    added = journey.personas[-1]
    assert window.active_persona_id == added.id  # type: ignore[attr-defined]
    curves = [c for c in journey.emotion_curves if c.persona_id == added.id]
    assert len(curves) == 1 and curves[0].variant == "as_is" and not curves[0].points
    assert window.editor.undo_stack.count() == 1
    assert personas.form.name.hasFocus()  # ready to type the name
    replace_text(personas.form.name, "王芳")
    QTest.keyClick(personas.form.name, Qt.Key.Key_Return)
    assert window.document.journey.persona(added.id).name == "王芳"
    assert personas.list.item(personas.list.count() - 1).text() == "王芳"
    replace_text(personas.form.frustrations, "排队太久\nNo parking")
    QTest.keyClick(
        personas.form.frustrations, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert window.document.journey.persona(added.id).frustrations == ["排队太久", "No parking"]
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    undo_with_keyboard(window)
    assert window.document.journey.model_dump() == before
    assert window.active_persona_id == journey.personas[0].id  # type: ignore[attr-defined]


def test_removing_a_persona_asks_and_removes_its_curves(qtbot: QtBot, window: MainWindow) -> None:
    personas = panels(window).personas
    before = window.document.journey.model_dump()
    doomed = window.document.journey.personas[0]

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and doomed.name in box.text()
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer_yes)
    QTest.mouseClick(personas.remove_button, Qt.MouseButton.LeftButton)
    journey = window.document.journey
    assert doomed.id not in {p.id for p in journey.personas}
    assert all(c.persona_id != doomed.id for c in journey.emotion_curves)
    assert window.active_persona_id == journey.personas[0].id  # type: ignore[attr-defined]
    undo_with_keyboard(window)
    assert window.document.journey.model_dump() == before


def open_map_properties(window: MainWindow) -> MapPropertiesDialog:
    panels(window).map_properties.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MapPropertiesDialog)
    return dialog


def test_map_properties_refuse_a_scale_the_points_do_not_fit(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = window.document.journey.model_dump()
    dialog = open_map_properties(window)
    assert dialog.scale.currentText() == "-2 … +2"
    dialog.scale.setFocus()
    QTest.keyClick(dialog.scale, Qt.Key.Key_Down)  # 1 … 5
    assert dialog.scale.currentData() == (1, 5)
    assert "outside 1 … 5" in dialog.problem.text()  # said before OK
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Change those points first" in dialog.problem.text()
    assert "does not fit the scale 1..5" in window.statusBar().currentMessage()
    assert window.document.journey.model_dump() == before
    assert window.editor.undo_stack.count() == 0
    dialog.reject()


def test_map_properties_change_the_map_in_one_step(qtbot: QtBot, window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    dialog = open_map_properties(window)
    replace_text(dialog.title, "咖啡机旅程")
    replace_text(dialog.authors, "李雷\nAnn Lee")
    dialog.language.setFocus()
    QTest.keyClick(dialog.language, Qt.Key.Key_Up)  # Chinese (zh)
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    journey = window.document.journey
    assert (journey.title, journey.authors, journey.language) == (
        "咖啡机旅程",
        ["李雷", "Ann Lee"],
        "zh",
    )
    assert window.editor.undo_stack.count() == 1
    undo_with_keyboard(window)
    assert window.document.journey.model_dump() == before


def test_map_properties_refuse_a_malformed_language(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_map_properties(window)
    replace_text(dialog.language.lineEdit(), "english please")
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and "not a language tag" in dialog.problem.text()
    assert window.document.journey.language == "en"
    replace_text(dialog.language.lineEdit(), "zh-TW")
    dialog.scale.show_value((-2, 2))
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.document.journey.language == "zh-TW"
    assert window.document.journey.emotion_scale == EmotionScale()


def test_the_history_lists_the_edits(qtbot: QtBot, window: MainWindow) -> None:
    card = window.document.journey.cards[0]
    select(qtbot, window, card.id)
    title = panels(window).inspector.card_form.title
    replace_text(title, "one")
    QTest.keyClick(title, Qt.Key.Key_Return)
    replace_text(title, "two")
    QTest.keyClick(title, Qt.Key.Key_Return)
    history = panels(window).history
    assert history.entries() == ["Map as opened", "Edit card title", "Edit card title"]
    index = history.view.model().index(1, 0)
    history.view.setCurrentIndex(index)  # clicking an entry goes back to it
    assert window.document.journey.card(card.id).title == "one"
    assert title.text() == "one"


def test_the_shortcut_reference_lists_the_actions(qtbot: QtBot, window: MainWindow) -> None:
    help_texts = [a.text() for a in window.menu_actions.help_menu.actions()]
    assert "&Keyboard Shortcuts" in help_texts
    dialog = panels(window).show_shortcuts()
    rows = dialog.rows_shown()
    assert ("Edit", "Undo", "Ctrl+Z, Alt+Backspace") in rows or ("Edit", "Undo", "Ctrl+Z") in rows
    assert any(row[:2] == ("Edit", "Redo") and "Ctrl+Y" in row[2] for row in rows)
    assert ("File", "Save", "Ctrl+S") in rows
    # F5 is listed once: with its action if one has it, else with the canvas keys.
    assert sum("F5" in row[2].split(", ") for row in rows) == 1
    assert ("Map canvas", "Pan the map", "Space + drag") in rows
    QTest.keyClicks(dialog.filter, "redo")
    assert [row[1] for row in dialog.rows_shown()] == ["Redo"]
    dialog.close()


def test_the_docks_are_in_the_view_menu_and_remembered(
    qtbot: QtBot, window: MainWindow, make_window: WindowFactory
) -> None:
    texts = [a.text() for a in window.menu_actions.view_menu.actions()]
    assert {"Inspector", "Personas", "History"} <= set(texts)
    panels(window).history.toggleViewAction().trigger()
    assert not panels(window).history.isVisible()
    window.close()
    from PySide6.QtCore import QSettings

    assert QSettings().value(DOCK_STATE_KEY) is not None
    again = make_window("en")
    qtbot.waitUntil(lambda: not panels(again).history.toggleViewAction().isChecked())
    assert panels(again).inspector.toggleViewAction().isChecked()


def test_the_panels_follow_another_map(qtbot: QtBot, window: MainWindow) -> None:
    window.set_document(MapDocument(new_map_from_template("b2b_saas_renewal", "en")))
    journey = window.document.journey
    personas = panels(window).personas
    assert personas.list.count() == len(journey.personas)
    assert window.active_persona_id == journey.personas[0].id  # type: ignore[attr-defined]
    card = journey.cards[0]
    select(qtbot, window, card.id)
    title = panels(window).inspector.card_form.title
    replace_text(title, "新地图")
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert window.document.journey.card(card.id).title == "新地图"
    assert panels(window).history.entries()[-1] == "Edit card title"

"""The editor: every edit is one undo step, the scene follows, the modified mark follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journey_designer.model import Card, Stage
from journey_designer.model import operations as ops
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.main_window import MainWindow


def card_item(window: MainWindow, card_id: str) -> CardItem:
    item = window.scene.item_for(card_id)
    assert isinstance(item, CardItem)
    return item


def test_an_edit_is_one_undo_step_and_the_scene_follows(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    first = journey.cards[0]
    untouched = card_item(window, journey.cards[-1].id)
    assert window.editor.apply(ops.update_card(first.id, title="全新的标题"), "Rename")
    assert window.document.modified and window.isWindowModified()
    assert any(line.text == "全新的标题" for line in card_item(window, first.id).box.lines)
    assert window.scene.item_for(journey.cards[-1].id) is untouched  # not rebuilt
    window.menu_actions.undo.trigger()
    assert window.document.journey.model_dump() == before
    assert not window.document.modified
    window.menu_actions.redo.trigger()
    assert window.document.journey.card(first.id).title == "全新的标题"


def test_keyboard_undo_and_both_redo_shortcuts(window: MainWindow) -> None:
    journey = window.document.journey
    stage = Stage(id="st-new", name="新阶段")
    window.editor.apply(ops.add_stage(stage), "Add stage")
    assert window.scene.item_for("st-new") is not None
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.item_for("st-new") is None and "st-new" not in journey.all_ids()
    QTest.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "st-new" in window.document.journey.all_ids()
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.view, Qt.Key.Key_Z, modifiers)
    assert "st-new" in window.document.journey.all_ids()


def test_a_refused_edit_changes_nothing_and_says_why(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    bad = Card(id="c-x", lane_id="nowhere", stage_id="st-nowhere")
    assert not window.editor.apply(ops.InsertItem("cards", bad), "Add")
    assert window.document.journey.model_dump() == before
    assert "no stage" in window.statusBar().currentMessage()
    assert not window.editor.undo_stack.canUndo()


def test_several_operations_are_one_step(window: MainWindow) -> None:
    journey = window.document.journey
    ids = [c.id for c in journey.cards[:3]]
    window.editor.apply(ops.remove_cards(journey, ids), "Delete")
    assert window.editor.undo_stack.count() == 1
    assert all(window.scene.item_for(card_id) is None for card_id in ids)
    window.editor.undo_stack.undo()
    assert all(window.scene.item_for(card_id) is not None for card_id in ids)


def test_saving_marks_the_stack_clean(window: MainWindow, tmp_path: Path) -> None:
    window.editor.apply(ops.update_map(title="工作坊"), "Title")
    window.document.save(tmp_path / "w.journey.json")
    assert window.editor.undo_stack.isClean() and not window.isWindowModified()
    window.editor.undo_stack.undo()
    assert window.document.modified

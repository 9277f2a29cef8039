"""Stages and lanes edited on the canvas with the mouse and keyboard; each edit undoes exactly."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from structure_helpers import (
    LEFT,
    NO_KEYS,
    context_menu,
    double_click,
    drag,
    on_screen,
    then_choose,
    then_in_dialog,
    then_press_button,
    type_with_input_method,
    undo,
)

from journey_designer.layout import LaneRow, StageColumn
from journey_designer.model import LaneKind
from journey_designer.ui.canvas.header_interactions import DragOverlay
from journey_designer.ui.dialogs.lane_dialog import AddLaneDialog
from journey_designer.ui.main_window import MainWindow


def stage(window: MainWindow, stage_id: str) -> StageColumn:
    assert window.scene.layout is not None
    return next(s for s in window.scene.layout.stages if s.stage_id == stage_id)


def lane(window: MainWindow, lane_id: str) -> LaneRow:
    assert window.scene.layout is not None
    return next(row for row in window.scene.layout.lanes if row.lane_id == lane_id)


def centre(rect: object) -> QPointF:
    return QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2)  # type: ignore[attr-defined]


def open_line_edit(window: MainWindow) -> QLineEdit:
    editor = window.structure.line_edits.current
    assert editor is not None and editor.isVisible()
    # Focus may arrive one event-loop turn later (after the context menu has closed).
    for _ in range(50):
        if editor.hasFocus():
            break
        QTest.qWait(20)
    assert editor.hasFocus()
    return editor


def stage_ids(window: MainWindow) -> list[str]:
    return [s.id for s in window.document.journey.stages]


def test_double_click_a_stage_header_types_its_name_in_place(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    double_click(window, centre(stage(window, "st-decision").header))
    editor = open_line_edit(window)
    assert editor.text() == "Decision" and editor.selectedText() == "Decision"
    QTest.keyClicks(editor, "Checkout")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.journey.stage("st-decision").name == "Checkout"
    assert stage(window, "st-decision").lines[0].text == "Checkout"  # the header shows it
    assert window.editor.undo_stack.count() == 1 and window.view.hasFocus()
    undo(window)
    assert window.document.journey.model_dump() == before


def test_a_lane_title_typed_with_a_chinese_input_method(window: MainWindow) -> None:
    double_click(window, centre(lane(window, "ln-thoughts").header))
    editor = open_line_edit(window)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    type_with_input_method(editor, "xiangfa", "顾客的想法")
    QTest.keyClick(editor, Qt.Key.Key_Enter)
    assert window.document.journey.lane("ln-thoughts").title == "顾客的想法"


def test_escape_cancels_and_clicking_elsewhere_commits(window: MainWindow) -> None:
    double_click(window, centre(stage(window, "st-use").header))
    QTest.keyClicks(open_line_edit(window), "Nothing")
    QTest.keyClick(open_line_edit(window), Qt.Key.Key_Escape)
    assert window.document.journey.stage("st-use").name == "Use"
    assert not window.editor.undo_stack.canUndo()
    double_click(window, centre(stage(window, "st-use").header))
    type_with_input_method(open_line_edit(window), "shiyong", "使用")
    window.view.setFocus(Qt.FocusReason.MouseFocusReason)  # the facilitator clicks the map
    assert window.document.journey.stage("st-use").name == "使用"


def test_drag_a_stage_header_to_reorder_with_an_insertion_guide(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    start = centre(stage(window, "st-awareness").header)
    target = stage(window, "st-use").header
    end = QPointF(target.x + 20, start.y())  # left part of "Use": goes before it
    viewport = window.view.viewport()
    QTest.mousePress(viewport, LEFT, NO_KEYS, on_screen(window, start))
    QTest.mouseMove(viewport, on_screen(window, (start + end) / 2))
    QTest.mouseMove(viewport, on_screen(window, end))
    guides = [i for i in window.scene.items() if isinstance(i, DragOverlay)]
    assert len(guides) == 1 and guides[0].guide.x1() == target.x  # the insertion line
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, on_screen(window, end))
    assert not [i for i in window.scene.items() if isinstance(i, DragOverlay)]
    assert stage_ids(window) == [
        "st-consideration",
        "st-decision",
        "st-awareness",
        "st-use",
        "st-loyalty",
    ]
    assert window.editor.undo_stack.count() == 1
    undo(window)
    assert window.document.journey.model_dump() == before


def test_a_click_on_a_header_selects_it_and_moves_nothing(window: MainWindow) -> None:
    header = centre(stage(window, "st-use").header)
    QTest.mouseClick(window.view.viewport(), LEFT, NO_KEYS, on_screen(window, header))
    assert [i.model_id for i in window.scene.selected_map_items()] == ["st-use"]
    assert not window.editor.undo_stack.canUndo()


def test_drag_a_lane_header_to_reorder(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    start = centre(lane(window, "ln-metrics").header)
    top = lane(window, "ln-actions").rect
    drag(window, start, QPointF(start.x(), top.y + 5))
    assert [lane.id for lane in window.document.journey.lanes][:2] == ["ln-metrics", "ln-actions"]
    undo(window)
    assert window.document.journey.model_dump() == before


def test_drag_a_stage_edge_to_resize_in_one_step(window: MainWindow, qtbot: QtBot) -> None:
    before = window.document.journey.model_dump()
    header = stage(window, "st-awareness").header
    edge = QPointF(header.right - 1, header.y + header.height / 2)
    viewport = window.view.viewport()
    QTest.mouseMove(viewport, on_screen(window, edge))
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.SizeHorCursor)
    drag(window, edge, edge + QPointF(57, 0), steps=10)
    assert window.document.journey.stage("st-awareness").width == 300.0  # 297 snapped
    assert stage(window, "st-consideration").header.x == header.x + 300.0
    assert window.editor.undo_stack.count() == 1
    undo(window)
    assert window.document.journey.model_dump() == before


def test_delete_a_stage_with_cards_asks_and_one_undo_restores(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    count = sum(1 for c in journey.cards if c.stage_id == "st-decision")
    assert count > 0
    then_choose("Delete Stage…")
    then_press_button("Delete")
    context_menu(window, centre(stage(window, "st-decision").header))
    assert "st-decision" not in stage_ids(window)
    assert not [c for c in window.document.journey.cards if c.stage_id == "st-decision"]
    assert all(
        p.stage_id != "st-decision"
        for c in window.document.journey.emotion_curves
        for p in c.points
    )
    undo(window)
    assert window.document.journey.model_dump() == before


def test_cancelling_the_question_keeps_the_stage(window: MainWindow) -> None:
    then_choose("Delete Stage…")
    then_press_button("Cancel")
    context_menu(window, centre(stage(window, "st-decision").header))
    assert "st-decision" in stage_ids(window)
    assert not window.editor.undo_stack.canUndo()


def test_insert_a_stage_after_and_type_its_name(window: MainWindow) -> None:
    then_choose("Insert Stage After")
    context_menu(window, centre(stage(window, "st-awareness").header))
    editor = open_line_edit(window)
    type_with_input_method(editor, "yanjiu", "研究")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    journey = window.document.journey
    assert journey.stages[1].name == "研究" and journey.stages[1].colour != journey.stages[0].colour
    assert len(journey.stages) == 6


def test_map_menu_adds_a_stage_after_the_selected_one(window: MainWindow) -> None:
    window.scene.item_for("st-use").setSelected(True)  # type: ignore[union-attr]
    window.structure.add_stage_action.trigger()
    QTest.keyClick(open_line_edit(window), Qt.Key.Key_Return)
    names = [s.name for s in window.document.journey.stages]
    assert names[3:5] == ["Use", "New stage"]
    new_id = window.document.journey.stages[4].id
    assert [i.model_id for i in window.scene.selected_map_items()] == [new_id]


def test_hide_a_lane_and_show_it_again_from_the_view_menu(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    menu = window.structure.hidden_lanes_menu
    assert not menu.menuAction().isEnabled()
    then_choose("Hide Lane")
    context_menu(window, centre(lane(window, "ln-backstage").header))
    assert not window.document.journey.lane("ln-backstage").visible
    assert window.scene.item_for("ln-backstage") is None
    assert menu.menuAction().isEnabled()
    then_choose("Backstage")
    menu.exec(window.mapToGlobal(window.rect().center()))
    assert window.document.journey.model_dump() == before


def test_change_a_lane_kind_from_its_menu(window: MainWindow) -> None:
    then_choose("Lane Kind", "Notes")
    context_menu(window, centre(lane(window, "ln-backstage").header))
    assert window.document.journey.lane("ln-backstage").kind is LaneKind.NOTES
    assert window.document.journey.lane("ln-backstage").title == "Notes"  # named by its kind
    then_choose("Lane Kind", "Emotional journey")
    context_menu(window, centre(lane(window, "ln-backstage").header))
    assert window.document.journey.lane("ln-backstage").kind is LaneKind.NOTES  # has cards
    assert "has cards" in window.statusBar().currentMessage()


def test_add_a_lane_of_a_kind_below_and_type_its_title(window: MainWindow) -> None:
    then_choose("Add Lane Below", "Opportunities")
    context_menu(window, centre(lane(window, "ln-actions").header))
    editor = open_line_edit(window)
    assert editor.text() == "Opportunities"
    QTest.keyClicks(editor, "Ideas")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    added = window.document.journey.lanes[1]
    assert (added.kind, added.title) == (LaneKind.OPPORTUNITIES, "Ideas")


def test_add_lane_dialog_by_keyboard(window: MainWindow) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AddLaneDialog)
        QTest.keyClick(dialog.kinds, Qt.Key.Key_End)  # the last kind: notes
        assert dialog.title.text() == "Notes"  # the title follows the kind
        QTest.keyClick(dialog.kinds, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.title
        QTest.keyClick(dialog.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(dialog.title, "Facilitator notes")
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)

    then_in_dialog(fill)
    window.scene.item_for("ln-actions").setSelected(True)  # type: ignore[union-attr]
    window.structure.add_lane_action.trigger()
    added = window.document.journey.lanes[1]  # below the selected lane
    assert (added.kind, added.title) == (LaneKind.NOTES, "Facilitator notes")


def test_the_resize_shows_the_new_width_while_dragging(window: MainWindow) -> None:
    header = stage(window, "st-use").header
    edge = QPointF(header.right, header.y + 10)
    viewport = window.view.viewport()
    QTest.mousePress(viewport, LEFT, NO_KEYS, on_screen(window, edge))
    QTest.mouseMove(viewport, on_screen(window, edge - QPointF(40, 0)))
    QTest.mouseMove(viewport, on_screen(window, edge - QPointF(91, 0)))
    overlay = next(i for i in window.scene.items() if isinstance(i, DragOverlay))
    assert overlay.text == "150 pt" and overlay.ghost.width() == 150.0
    assert window.document.journey.stage("st-use").width == 240.0  # nothing changed yet
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, on_screen(window, edge - QPointF(91, 0)))
    assert window.document.journey.stage("st-use").width == 150.0


def test_editing_follows_a_newly_opened_map(window: MainWindow) -> None:
    window.structure.set_lane_visible("ln-metrics", False)
    assert window.structure.hidden_lanes_menu.menuAction().isEnabled()
    window.files.open_sample()  # another document and editor
    assert not window.structure.hidden_lanes_menu.menuAction().isEnabled()
    double_click(window, centre(stage(window, "st-loyalty").header))
    QTest.keyClicks(open_line_edit(window), "Advocacy")
    QTest.keyClick(open_line_edit(window), Qt.Key.Key_Return)
    assert window.document.journey.stage("st-loyalty").name == "Advocacy"
    assert window.editor.undo_stack.count() == 1

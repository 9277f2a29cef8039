"""Emotion curves edited on the canvas: drag points (snapping), add points, type labels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from structure_helpers import (
    LEFT,
    NO_KEYS,
    click,
    context_menu,
    double_click,
    drag,
    on_screen,
    then_choose,
    type_with_input_method,
    undo,
)

from journey_designer.layout import CurvePoint, EmotionPlot
from journey_designer.model import CurveVariant, EmotionPoint, Provenance
from journey_designer.model import operations as ops
from journey_designer.model import structure_ops as structure
from journey_designer.ui.curves import active_persona_id, set_active_persona
from journey_designer.ui.main_window import MainWindow


def plot(window: MainWindow) -> EmotionPlot:
    assert window.scene.layout is not None
    return window.scene.layout.plots[0]


def shown_point(window: MainWindow, curve_id: str, stage_id: str) -> CurvePoint:
    curve = next(c for c in plot(window).curves if c.curve_id == curve_id)
    return next(p for p in curve.points if p.stage_id == stage_id)


def where(point: CurvePoint) -> QPointF:
    return QPointF(point.x, point.y)


def model_point(window: MainWindow, curve_id: str, stage_id: str) -> EmotionPoint | None:
    return structure.point_of(window.document.journey, curve_id, stage_id)


def stage_centre_x(window: MainWindow, stage_id: str) -> float:
    assert window.scene.layout is not None
    header = next(s.header for s in window.scene.layout.stages if s.stage_id == stage_id)
    return header.x + header.width / 2


def test_drag_a_point_from_0_to_plus_2_snaps_and_is_one_undo_step(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    start = shown_point(window, "cv-enthusiast-as-is", "st-consideration")
    assert start.value == 0
    end = QPointF(start.x, plot(window).y_of(1.8))  # a little short of +2
    viewport = window.view.viewport()
    QTest.mousePress(viewport, LEFT, NO_KEYS, on_screen(window, where(start)))
    QTest.mouseMove(viewport, on_screen(window, (where(start) + end) / 2))
    QTest.mouseMove(viewport, on_screen(window, end))
    item = window.scene.plot_items["ln-emotion"]
    assert item.preview is not None and item.preview.value == 2  # shown while dragging
    window.view.grab()  # the preview paints
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, on_screen(window, end))
    point = model_point(window, "cv-enthusiast-as-is", "st-consideration")
    assert point is not None and point.value == 2 and point.label == "Specs hard to find"
    assert shown_point(window, "cv-enthusiast-as-is", "st-consideration").y == plot(window).y_of(2)
    assert window.editor.undo_stack.count() == 1
    undo(window)
    assert window.document.journey.model_dump() == before


def test_a_dragged_value_is_a_whole_step_within_the_scale(window: MainWindow) -> None:
    start = shown_point(window, "cv-professional-as-is", "st-use")  # -1.5
    drag(window, where(start), QPointF(start.x, plot(window).y_of(0.7)))
    assert model_point(window, "cv-professional-as-is", "st-use").value == 1  # type: ignore[union-attr]
    start = shown_point(window, "cv-professional-as-is", "st-use")
    drag(window, where(start), QPointF(start.x, plot(window).area.bottom + 300))
    assert model_point(window, "cv-professional-as-is", "st-use").value == -2  # type: ignore[union-attr]


def test_a_click_on_a_point_changes_nothing(window: MainWindow) -> None:
    click(window, where(shown_point(window, "cv-professional-as-is", "st-awareness")))
    assert not window.editor.undo_stack.canUndo()
    assert window.structure.curves.current_curve_id == "cv-professional-as-is"


def test_a_measured_point_cannot_be_dragged_and_says_why(window: MainWindow) -> None:
    journey = window.document.journey
    measured = EmotionPoint(
        stage_id="st-decision",
        value=-1,
        n=212,
        provenance=Provenance(kind="survey", source_id="src-1", column="Q3"),
    )
    window.editor.apply(ops.set_emotion_point(journey, "cv-professional-as-is", measured), "Import")
    before = window.document.journey.model_dump()
    shown = shown_point(window, "cv-professional-as-is", "st-decision")
    assert shown.measured and shown.n == 212
    window.view.grab()  # the square marker and its n paint
    drag(window, where(shown), QPointF(shown.x, plot(window).y_of(2)))
    assert window.document.journey.model_dump() == before
    assert "measured" in window.statusBar().currentMessage()


def test_double_click_a_point_types_its_label_in_chinese(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    double_click(window, where(shown_point(window, "cv-professional-as-is", "st-loyalty")))
    editor = window.structure.line_edits.current
    assert isinstance(editor, QLineEdit) and editor.hasFocus()
    assert editor.text() == "Enjoys her daily coffee"
    QTest.keyClick(editor, Qt.Key.Key_Delete)  # the text is selected: typing replaces it
    type_with_input_method(editor, "kaixin", "每天都很开心")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    point = model_point(window, "cv-professional-as-is", "st-loyalty")
    assert point is not None and point.label == "每天都很开心" and point.value == 1
    label = shown_point(window, "cv-professional-as-is", "st-loyalty").label_lines
    assert "".join(line.text for line in label) == "每天都很开心"
    undo(window)
    assert window.document.journey.model_dump() == before


def test_a_click_in_empty_plot_space_adds_a_point_to_the_active_personas_curve(
    window: MainWindow,
) -> None:
    journey = window.document.journey
    window.editor.apply(
        ops.remove_emotion_point(journey, "cv-enthusiast-as-is", "st-decision"), "Remove"
    )
    set_active_persona(window, "p-enthusiast")
    assert active_persona_id(window) == "p-enthusiast"
    before = window.document.journey.model_dump()
    empty = QPointF(stage_centre_x(window, "st-decision") + 60, plot(window).y_of(-1.2))
    click(window, empty)
    point = model_point(window, "cv-enthusiast-as-is", "st-decision")
    assert point is not None and point.value == -1
    undo(window)
    assert window.document.journey.model_dump() == before


def test_a_click_where_the_curve_has_a_point_only_hints(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    click(window, QPointF(stage_centre_x(window, "st-use") + 70, plot(window).y_of(-2)))
    assert window.document.journey.model_dump() == before
    assert "drag it" in window.statusBar().currentMessage()


def test_add_a_to_be_curve_then_click_its_points(window: MainWindow) -> None:
    set_active_persona(window, "p-enthusiast")
    action = window.structure.curves.add_to_be_action
    window.structure.curves.update_actions()
    assert action.isEnabled() and "Marcus Berg" in action.text()
    action.trigger()
    curve = structure.curve_of(window.document.journey, "p-enthusiast", CurveVariant.TO_BE)
    assert curve is not None and curve.points == []
    assert window.structure.curves.current_curve_id == curve.id
    click(window, QPointF(stage_centre_x(window, "st-use") + 60, plot(window).y_of(2)))
    click(window, QPointF(stage_centre_x(window, "st-loyalty") + 60, plot(window).y_of(1)))
    curve = window.document.journey.curve(curve.id)
    assert [(p.stage_id, p.value) for p in curve.points] == [("st-use", 2), ("st-loyalty", 1)]
    window.structure.curves.update_actions()
    assert not action.isEnabled()  # the persona has its to-be curve now


def test_remove_a_point_from_its_menu(window: MainWindow) -> None:
    then_choose("Remove Point")
    context_menu(window, where(shown_point(window, "cv-professional-to-be", "st-loyalty")))
    assert model_point(window, "cv-professional-to-be", "st-loyalty") is None


def test_a_point_on_a_touchpoint_from_the_plot_menu(window: MainWindow) -> None:
    journey = window.document.journey
    card = journey.cell_cards("ln-touchpoints", "st-use")[0]
    then_choose("Add Points To", "Marcus Berg · As-is")
    context_menu(window, QPointF(stage_centre_x(window, "st-use") + 60, plot(window).y_of(2)))
    assert window.structure.curves.current_curve_id == "cv-enthusiast-as-is"
    then_choose("Add Point on Touchpoint", card.title)
    context_menu(window, QPointF(stage_centre_x(window, "st-use") + 60, plot(window).y_of(2)))
    point = structure.point_of(journey, "cv-enthusiast-as-is", "st-use", card.id)
    assert point is not None and point.value == 2


def test_the_active_persona_is_the_windows_attribute(window: MainWindow) -> None:
    curves = window.structure.curves
    set_active_persona(window, "p-enthusiast")
    assert getattr(window, "active_persona_id") == "p-enthusiast"  # noqa: B009
    assert curves.current_curve_id == "cv-enthusiast-as-is"
    setattr(window, "active_persona_id", "p-professional")  # noqa: B010  (a panel may do this)
    assert curves.current_curve_id == "cv-professional-as-is"
    set_active_persona(window, "gone")  # a removed persona: the first one
    assert active_persona_id(window) == "p-professional"


def test_a_curve_added_after_a_panel_chose_the_persona_is_current(window: MainWindow) -> None:
    setattr(window, "active_persona_id", "p-enthusiast")  # noqa: B010  (the persona panel)
    window.menu_actions.map_menu.aboutToShow.emit()  # the Map menu opens: its texts follow
    window.structure.curves.add_to_be_action.trigger()
    curve = structure.curve_of(window.document.journey, "p-enthusiast", CurveVariant.TO_BE)
    assert curve is not None and window.structure.curves.current_curve_id == curve.id

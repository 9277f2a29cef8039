"""The emotion plot's context menus: on a point, and on empty plot space in a stage."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from journey_designer.layout import CurveLayout, CurvePoint
from journey_designer.model import LaneKind
from journey_designer.ui.canvas.emotion_item import EmotionPlotItem

if TYPE_CHECKING:
    from journey_designer.ui.curves import CurveEditing

translate = QCoreApplication.translate
MAX_TITLE_CHARACTERS = 40


def point_menu(
    editing: CurveEditing, item: EmotionPlotItem, curve: CurveLayout, point: CurvePoint
) -> QMenu:
    menu = QMenu(editing.window)
    menu.addAction(
        translate("CurveEditing", "Edit Label"), lambda: editing.edit_label(item, curve, point)
    )
    menu.addAction(
        translate("CurveEditing", "Remove Point"),
        lambda: editing.remove_point(curve.curve_id, point),
    )
    return menu


def plot_menu(editing: CurveEditing, item: EmotionPlotItem, pos: QPointF) -> QMenu:
    """Add a point here (to the current curve, or on a touchpoint), choose the current curve."""
    menu = QMenu(editing.window)
    curve = editing.current_curve()
    if curve is not None:
        text = translate("CurveEditing", "Add Point to “{curve}”")
        menu.addAction(
            text.format(curve=editing.curve_name(curve)), lambda: editing.add_point_at(item, pos)
        )
        touchpoints = menu.addMenu(translate("CurveEditing", "Add Point on Touchpoint"))
        for card_id, title in _touchpoints(editing, pos):
            touchpoints.addAction(title, partial(editing.add_point_at, item, pos, card_id))
        touchpoints.setEnabled(not touchpoints.isEmpty())
    menu.addMenu(_curves_menu(editing, menu))
    menu.addSeparator()
    menu.addAction(editing.add_as_is_action)
    menu.addAction(editing.add_to_be_action)
    editing.update_actions()
    return menu


def _curves_menu(editing: CurveEditing, parent: QMenu) -> QMenu:
    """Which curve clicks add points to."""
    menu = QMenu(translate("CurveEditing", "Add Points To"), parent)
    group = QActionGroup(menu)
    current = editing.current_curve_id
    for curve in editing.journey.emotion_curves:
        action = menu.addAction(editing.curve_name(curve))
        action.setCheckable(True)
        action.setChecked(curve.id == current)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, i=curve.id: editing.set_current_curve(i))
    menu.setEnabled(not menu.isEmpty())
    return menu


def _touchpoints(editing: CurveEditing, pos: QPointF) -> list[tuple[str, str]]:
    """(card id, title) of the touchpoint cards in the stage under `pos`."""
    layout = editing.window.scene.layout
    if layout is None:
        return []
    stage = next((s for s in layout.stages if s.header.x <= pos.x() < s.header.right), None)
    if stage is None:
        return []
    journey = editing.journey
    lanes = [lane.id for lane in journey.lanes if lane.kind is LaneKind.TOUCHPOINTS]
    cards = [c for lane_id in lanes for c in journey.cell_cards(lane_id, stage.stage_id)]
    return [(c.id, _short(c.title or c.text or c.id)) for c in cards]


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE_CHARACTERS:
        return text
    return text[: MAX_TITLE_CHARACTERS - 1] + "…"

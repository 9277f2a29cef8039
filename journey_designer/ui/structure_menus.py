"""The stage and lane headers' context menus, and View ▸ Show Hidden Lanes."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from journey_designer.model import LaneKind
from journey_designer.ui.dialogs.lane_dialog import lane_kind_name

if TYPE_CHECKING:
    from journey_designer.ui.structure import StructureEditing


translate = QCoreApplication.translate


def stage_menu(editing: StructureEditing, stage_id: str) -> QMenu:
    menu = QMenu(editing.window)
    index = [s.id for s in editing.journey.stages].index(stage_id)
    menu.addAction(
        translate("StructureEditing", "Rename Stage"), lambda: editing.rename("stage", stage_id)
    )
    menu.addSeparator()
    menu.addAction(
        translate("StructureEditing", "Insert Stage Before"), lambda: editing.insert_stage(index)
    )
    menu.addAction(
        translate("StructureEditing", "Insert Stage After"), lambda: editing.insert_stage(index + 1)
    )
    menu.addSeparator()
    menu.addAction(
        translate("StructureEditing", "Delete Stage…"), lambda: editing.delete_stage(stage_id)
    )
    return menu


def lane_menu(editing: StructureEditing, lane_id: str) -> QMenu:
    menu = QMenu(editing.window)
    lanes = editing.journey.lanes
    index = [lane.id for lane in lanes].index(lane_id)
    menu.addAction(
        translate("StructureEditing", "Rename Lane"), lambda: editing.rename("lane", lane_id)
    )
    menu.addMenu(_kind_menu(editing, menu, lane_id))
    menu.addSeparator()
    add_below = menu.addMenu(translate("StructureEditing", "Add Lane Below"))
    for kind in LaneKind:
        add_below.addAction(lane_kind_name(kind), partial(editing.add_lane, kind, index + 1))
    menu.addSeparator()
    menu.addAction(
        translate("StructureEditing", "Hide Lane"), lambda: editing.set_lane_visible(lane_id, False)
    )
    menu.addAction(
        translate("StructureEditing", "Delete Lane…"), lambda: editing.delete_lane(lane_id)
    )
    return menu


def _kind_menu(editing: StructureEditing, parent: QWidget, lane_id: str) -> QMenu:
    """The lane's kind, checked among all kinds; choosing another changes it."""
    menu = QMenu(translate("StructureEditing", "Lane Kind"), parent)
    group = QActionGroup(menu)
    current = editing.journey.lane(lane_id).kind
    for kind in LaneKind:
        action = menu.addAction(lane_kind_name(kind))
        action.setCheckable(True)
        action.setChecked(kind is current)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, k=kind: editing.set_lane_kind(lane_id, k))
    return menu


class HiddenLanesMenu(QMenu):
    """One entry per hidden lane (choose it to show it again) and Show All Lanes."""

    def __init__(self, editing: StructureEditing, parent: QWidget) -> None:
        super().__init__(translate("StructureEditing", "Show &Hidden Lanes"), parent)
        self._editing = editing
        self.aboutToShow.connect(self._rebuild)

    def refresh(self) -> None:
        """Enabled only while the map has hidden lanes."""
        hidden = any(not lane.visible for lane in self._editing.journey.lanes)
        self.menuAction().setEnabled(hidden)

    def _rebuild(self) -> None:
        self.clear()
        hidden = [lane for lane in self._editing.journey.lanes if not lane.visible]
        for lane in hidden:
            action: QAction = self.addAction(lane.title or lane_kind_name(lane.kind))
            action.triggered.connect(
                lambda _checked=False, i=lane.id: self._editing.set_lane_visible(i, True)
            )
        self.addSeparator()
        show_all = self.addAction(translate("StructureEditing", "Show All Lanes"))
        show_all.setEnabled(bool(hidden))
        show_all.triggered.connect(self._editing.show_all_lanes)

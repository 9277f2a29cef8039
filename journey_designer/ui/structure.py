"""Editing the map's stages and lanes on the canvas.

Stages: add (Map ▸ Add Stage, Insert Stage Before/After on a header), rename in place
(double-click the header), delete (asks when the stage has cards), reorder by dragging
the header, resize by dragging its right edge. Lanes: add (Map ▸ Add Lane…, or by kind
from a header's menu), rename, delete, reorder, hide and show (View ▸ Show Hidden Lanes),
change kind. Every change is one undo step through the editor; the emotion curves are
`curves.CurveEditing`, installed from here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QGraphicsSceneMouseEvent, QMessageBox

from journey_designer.layout import LaneRow, StageColumn
from journey_designer.model import JourneyMap, LaneKind, Operation
from journey_designer.model import operations as ops
from journey_designer.model import structure_ops as structure
from journey_designer.ui.canvas.header_interactions import (
    DragInteraction,
    HeaderReorder,
    Slot,
    StageResize,
    set_header_handler,
)
from journey_designer.ui.canvas.in_place_line_edit import InPlaceEditing
from journey_designer.ui.canvas.map_item import MapItem
from journey_designer.ui.curves import CurveEditing
from journey_designer.ui.dialogs.lane_dialog import AddLaneDialog, lane_kind_name
from journey_designer.ui.editor import MapEditor
from journey_designer.ui.structure_menus import HiddenLanesMenu, lane_menu, stage_menu

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

GRIP_PIXELS = 6.0  # how near a stage header's right edge the resize grip starts


def install_structure_editing(window: MainWindow) -> StructureEditing:
    return StructureEditing(window)


class StructureEditing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.line_edits = InPlaceEditing(window.view, lambda: window.scene.text_painter.family)
        self.curves = CurveEditing(window, self.line_edits)
        self._pressed: MapItem | None = None  # kept alive while an edit may rebuild it
        self.add_stage_action = QAction(self.tr("Add &Stage"), window)
        self.add_stage_action.setStatusTip(self.tr("Add a stage after the selected one"))
        self.add_stage_action.triggered.connect(self.add_stage)
        self.add_lane_action = QAction(self.tr("Add &Lane…"), window)
        self.add_lane_action.setStatusTip(self.tr("Add a lane of a kind you choose"))
        self.add_lane_action.triggered.connect(self.add_lane_from_dialog)
        menu = window.menu_actions.map_menu
        menu.addAction(self.add_stage_action)
        menu.addAction(self.add_lane_action)
        menu.addSeparator()
        self.curves.add_actions(menu)
        self.hidden_lanes_menu = HiddenLanesMenu(self, window)
        window.menu_actions.view_menu.addMenu(self.hidden_lanes_menu)
        set_header_handler(window.scene, self)
        window.editorChanged.connect(self._follow_editor)
        self._follow_editor(window.editor)

    @property
    def journey(self) -> JourneyMap:
        """The open map (another one after File ▸ Open)."""
        return self.window.document.journey

    def apply(self, operation: Operation, text: str) -> bool:
        return self.window.editor.apply(operation, text)

    def _follow_editor(self, editor: MapEditor) -> None:
        self.line_edits.close()
        editor.changed.connect(self.hidden_lanes_menu.refresh)
        self.hidden_lanes_menu.refresh()

    # --- the header handler: gestures on stage and lane headers -----------------------

    def header_pressed(
        self, item: MapItem, event: QGraphicsSceneMouseEvent
    ) -> DragInteraction | None:
        layout = self.window.scene.layout
        if layout is None:
            return None
        self._pressed = item
        scene, painter = self.window.scene, self.window.scene.text_painter
        resized = self._resize_target(item, event.scenePos())
        if resized is not None:
            return StageResize(
                scene,
                painter,
                resized,
                layout.height,
                lambda width: self.resize_stage(resized.stage_id, width),
            )
        if item.kind == "stage":
            slots = [Slot(s.stage_id, s.header.x, s.header.right) for s in layout.stages]
            return HeaderReorder(
                scene,
                painter,
                item,
                slots,
                layout.height,
                lambda before: self.move(item.model_id, "stages", before),
            )
        slots = [Slot(row.lane_id, row.rect.y, row.rect.bottom) for row in layout.lanes]
        return HeaderReorder(
            scene,
            painter,
            item,
            slots,
            layout.width,
            lambda before: self.move(item.model_id, "lanes", before),
        )

    def header_double_clicked(self, item: MapItem) -> None:
        self.rename(item.kind, item.model_id)

    def header_context_menu(self, item: MapItem, screen_pos: QPoint) -> None:
        if item.kind == "stage":
            stage_menu(self, item.model_id).exec(screen_pos)
        else:
            lane_menu(self, item.model_id).exec(screen_pos)

    def header_cursor(self, item: MapItem, scene_pos: QPointF) -> Qt.CursorShape | None:
        if self._resize_target(item, scene_pos) is not None:
            return Qt.CursorShape.SizeHorCursor
        return None

    def _resize_target(self, item: MapItem, scene_pos: QPointF) -> StageColumn | None:
        """The stage whose right edge is under the pointer (either side of the edge)."""
        layout = self.window.scene.layout
        if item.kind != "stage" or layout is None:
            return None
        grip = GRIP_PIXELS / max(self.window.view.zoom(), 0.01)
        for column in layout.stages:
            if abs(scene_pos.x() - column.header.right) <= grip:
                return column
        return None

    # --- stages -----------------------------------------------------------------------

    def add_stage(self) -> None:
        """Add a stage after the selected stage (else last) and type its name."""
        selected = self._selected_id("stage")
        ids = [s.id for s in self.journey.stages]
        self.insert_stage(ids.index(selected) + 1 if selected else len(ids))

    def insert_stage(self, index: int) -> None:
        ids = [s.id for s in self.journey.stages]
        neighbours = ids[max(0, index - 1) : index + 1]
        stage = structure.new_stage(self.journey, self.tr("New stage"), neighbours)
        if self.apply(ops.add_stage(stage, index), self.tr("Add Stage")):
            self._select(stage.id)
            self.rename("stage", stage.id)

    def resize_stage(self, stage_id: str, width: float) -> None:
        self.apply(ops.update_stage(stage_id, width=width), self.tr("Resize Stage"))

    def delete_stage(self, stage_id: str) -> None:
        stage = self.journey.stage(stage_id)
        count = sum(1 for card in self.journey.cards if card.stage_id == stage_id)
        question = self.tr("Delete stage “{name}” and its {count} cards?")
        if count and not self._confirm(question.format(name=stage.name, count=count)):
            return
        self.apply(ops.remove_stage(self.journey, stage_id), self.tr("Delete Stage"))

    def move(
        self, model_id: str, collection: Literal["stages", "lanes"], before_id: str | None
    ) -> None:
        """Move a stage or lane before another (None: last), as a header drag ends."""
        operation = structure.move_before(self.journey, collection, model_id, before_id)
        if operation is not None:
            text = self.tr("Move Stage") if collection == "stages" else self.tr("Move Lane")
            self.apply(operation, text)

    # --- lanes ------------------------------------------------------------------------

    def add_lane_from_dialog(self) -> None:
        dialog = AddLaneDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_lane(dialog.kind(), self._lane_index_after_selection(), dialog.lane_title())

    def add_lane(self, kind: LaneKind, index: int, title: str | None = None) -> None:
        """Add a lane; without a title it is named after its kind and the name is typed."""
        lane = structure.new_lane(self.journey, kind, title or lane_kind_name(kind))
        if not self.apply(ops.add_lane(lane, index), self.tr("Add Lane")):
            return
        self._select(lane.id)
        if title is None:
            self.rename("lane", lane.id)

    def delete_lane(self, lane_id: str) -> None:
        lane = self.journey.lane(lane_id)
        count = sum(1 for card in self.journey.cards if card.lane_id == lane_id)
        question = self.tr("Delete lane “{title}” and its {count} cards?")
        if count and not self._confirm(question.format(title=lane.title, count=count)):
            return
        self.apply(ops.remove_lane(self.journey, lane_id), self.tr("Delete Lane"))

    def set_lane_visible(self, lane_id: str, visible: bool) -> None:
        text = self.tr("Show Lane") if visible else self.tr("Hide Lane")
        self.apply(ops.update_lane(lane_id, visible=visible), text)

    def show_all_lanes(self) -> None:
        hidden = [lane.id for lane in self.journey.lanes if not lane.visible]
        changes = [ops.update_lane(lane_id, visible=True) for lane_id in hidden]
        self.window.editor.apply_all(changes, self.tr("Show All Lanes"))

    def set_lane_kind(self, lane_id: str, kind: LaneKind) -> None:
        """Change a lane's kind; a title that named the old kind names the new one."""
        lane = self.journey.lane(lane_id)
        changes: list[Operation] = [structure.SetLaneKind(lane_id, kind)]
        if lane.title == lane_kind_name(lane.kind):
            changes.append(ops.update_lane(lane_id, title=lane_kind_name(kind)))
        self.window.editor.apply_all(changes, self.tr("Change Lane Kind"))

    def _lane_index_after_selection(self) -> int:
        ids = [lane.id for lane in self.journey.lanes]
        selected = self._selected_id("lane")
        return ids.index(selected) + 1 if selected else len(ids)

    # --- renaming in place ------------------------------------------------------------

    def rename(self, kind: str, model_id: str) -> None:
        """Type a stage's name or a lane's title over its header."""
        rect, size = self._title_rect(kind, model_id)
        if rect is None:
            return
        current = (
            self.journey.stage(model_id).name
            if kind == "stage"
            else self.journey.lane(model_id).title
        )
        editor = self.window.editor

        def commit(text: str) -> None:
            text = " ".join(text.split())
            if not text or text == current or self.window.editor is not editor:
                return
            if kind == "stage":
                self.apply(ops.update_stage(model_id, name=text), self.tr("Rename Stage"))
            else:
                self.apply(ops.update_lane(model_id, title=text), self.tr("Rename Lane"))

        self.line_edits.open(rect, current, size, commit)

    def _title_rect(self, kind: str, model_id: str) -> tuple[QRectF | None, float]:
        layout, style = self.window.scene.layout, self.window.layout_style
        if layout is None:
            return None, 0.0
        header: StageColumn | LaneRow | None
        if kind == "stage":
            header = next((s for s in layout.stages if s.stage_id == model_id), None)
            size = style.stage_size
        else:
            header = next((row for row in layout.lanes if row.lane_id == model_id), None)
            size = style.lane_size
        if header is None:
            return None, 0.0
        box, pad = header.header, style.cell_padding
        height = size * style.line_spacing + 2 * pad
        return QRectF(box.x + pad / 2, box.y + pad / 2, box.width - pad, height), size

    # --- helpers ----------------------------------------------------------------------

    def _select(self, model_id: str) -> None:
        """Select what was just added, so the inspector shows it and the next one follows it."""
        item = self.window.scene.item_for(model_id)
        if item is not None:
            self.window.scene.clearSelection()
            item.setSelected(True)

    def _selected_id(self, kind: str) -> str | None:
        selected = [i for i in self.window.scene.selected_map_items() if i.kind == kind]
        return selected[-1].model_id if selected else None

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete"), question, parent=self.window
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

"""The inspector's pages for a stage (name, description, goal, colour, width) and a lane
(title, kind, visible)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QWidget

from journey_designer.model import LaneKind, Stage
from journey_designer.model import operations as ops
from journey_designer.ui.panels.fields import (
    ColourField,
    CommitLineEdit,
    CommitTextEdit,
    OptionCombo,
)
from journey_designer.ui.panels.labels import card_lane_kinds, lane_kind_name
from journey_designer.ui.panels.map_access import MapAccess

STAGE_DEFAULT_COLOUR = str(Stage.model_fields["colour"].default)
MIN_STAGE_WIDTH, MAX_STAGE_WIDTH = 80, 2000  # as the model's bounds on Stage.width
WIDTH_STEP = 10


class StageForm(QWidget):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.stage_id = ""
        self.header = QLabel()
        self.name = CommitLineEdit()
        self.description = CommitTextEdit()
        self.goal = CommitLineEdit()
        self.goal.setPlaceholderText(self.tr("What the customer wants in this stage"))
        self.colour = ColourField(self.tr("Default"))
        self.stage_width = QSpinBox()
        self.stage_width.setRange(MIN_STAGE_WIDTH, MAX_STAGE_WIDTH)
        self.stage_width.setSingleStep(WIDTH_STEP)
        self.stage_width.setSuffix(self.tr(" pt"))
        self.stage_width.setKeyboardTracking(False)  # typed digits commit on Enter, not each key
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.header)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Goal:"), self.goal)
        form.addRow(self.tr("Colour:"), self.colour)
        form.addRow(self.tr("Width:"), self.stage_width)
        self.name.committed.connect(lambda v: self._set("name", v, self.tr("Rename stage")))
        self.description.committed.connect(
            lambda v: self._set("description", v, self.tr("Edit stage description"))
        )
        self.goal.committed.connect(lambda v: self._set("goal", v, self.tr("Edit stage goal")))
        self.colour.chosen.connect(
            lambda v: self._set("colour", v or STAGE_DEFAULT_COLOUR, self.tr("Change stage colour"))
        )
        self.stage_width.valueChanged.connect(
            lambda v: self._set("width", float(v), self.tr("Change stage width"))
        )

    def show_stage(self, stage_id: str) -> None:
        stage = self.access.journey.stage(stage_id)
        self.stage_id = stage_id
        self.header.setText(self.tr("<b>Stage</b>"))
        self.name.show_value(stage.name)
        self.description.show_value(stage.description)
        self.goal.show_value(stage.goal)
        custom = stage.colour.upper() != STAGE_DEFAULT_COLOUR.upper()
        self.colour.show_value(stage.colour if custom else None, STAGE_DEFAULT_COLOUR)
        if not (self.stage_width.hasFocus() and self.stage_width.value() != round(stage.width)):
            self.stage_width.blockSignals(True)
            self.stage_width.setValue(round(stage.width))
            self.stage_width.blockSignals(False)

    def commit_pending(self) -> None:
        self.name.commit_pending()
        self.description.commit_pending()
        self.goal.commit_pending()

    def _set(self, field: str, value: Any, text: str) -> None:
        try:
            stage = self.access.journey.stage(self.stage_id)
        except KeyError:
            return
        if getattr(stage, field) != value and not self.access.apply(
            ops.update_stage(stage.id, **{field: value}), text
        ):
            self.show_stage(stage.id)


class LaneForm(QWidget):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.lane_id = ""
        self.header = QLabel()
        self.title = CommitLineEdit()
        self.kind = OptionCombo(card_lane_kinds())
        self.curve_kind = QLabel(lane_kind_name(LaneKind.EMOTION_CURVE))
        self.visible = QCheckBox(self.tr("Shown on the map"))
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.header)
        self.form.addRow(self.tr("Title:"), self.title)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Kind:"), self.curve_kind)
        self.form.addRow(self.tr("Visible:"), self.visible)
        self.title.committed.connect(lambda v: self._set("title", v, self.tr("Rename lane")))
        self.kind.chosen.connect(lambda v: self._set("kind", v, self.tr("Change lane kind")))
        self.visible.clicked.connect(
            lambda checked: self._set(
                "visible", checked, self.tr("Show lane") if checked else self.tr("Hide lane")
            )
        )

    def show_lane(self, lane_id: str) -> None:
        lane = self.access.journey.lane(lane_id)
        self.lane_id = lane_id
        self.header.setText(self.tr("<b>Lane</b>"))
        self.title.show_value(lane.title)
        curve = lane.kind is LaneKind.EMOTION_CURVE  # holds the curve: it cannot become cards
        self.form.setRowVisible(self.kind, not curve)
        self.form.setRowVisible(self.curve_kind, curve)
        self.kind.show_value(lane.kind)
        self.visible.setChecked(lane.visible)

    def commit_pending(self) -> None:
        self.title.commit_pending()

    def _set(self, field: str, value: Any, text: str) -> None:
        try:
            lane = self.access.journey.lane(self.lane_id)
        except KeyError:
            return
        if getattr(lane, field) != value and not self.access.apply(
            ops.update_lane(lane.id, **{field: value}), text
        ):
            self.show_lane(lane.id)

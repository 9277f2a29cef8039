"""The inspector's automation rule of a card: when (trigger and its N), how long to wait,
for whom, what to do with which content, the goal, the touchpoint it creates, and the
personal data it uses on which legal basis.

A card of an automation lane without a rule shows the defaults; its first edit gives the
card its rule. Every edit is one undo step; a value the rule cannot take (a negative
wait, letters for N) is refused with one line under the fields.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from journey_designer.model import AutomationRule, Card, JourneyMap, LaneKind, RuleTrigger
from journey_designer.model import operations as ops
from journey_designer.model.panel_ops import join_tags, split_tags
from journey_designer.ui.number_entry import number_text, parse_number
from journey_designer.ui.panels.fields import CommitLineEdit, OptionCombo
from journey_designer.ui.panels.labels import Options, none_option
from journey_designer.ui.panels.map_access import MapAccess
from journey_designer.ui.panels.marketing_labels import (
    action_options,
    goal_metric_options,
    legal_basis_options,
    trigger_options,
)
from journey_designer.ui.theme import WARNING, tint_text

N_FIELD_WIDTH = 64
COMBO_CHARACTERS = 8
COMPACT = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
DAY_TRIGGERS = (RuleTrigger.NO_PURCHASE_DAYS, RuleTrigger.RENEWAL_DUE_DAYS)


class RuleEditor(QWidget):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.card_id = ""
        self.trigger = OptionCombo(trigger_options())
        self.trigger_value = CommitLineEdit()
        self.trigger_value.setPlaceholderText(self.tr("N"))
        self.trigger_value.setFixedWidth(N_FIELD_WIDTH)
        self.trigger_text = CommitLineEdit()
        self.trigger_text.setPlaceholderText(self.tr("Condition, or the trigger in words"))
        self.wait_hours = CommitLineEdit()
        self.wait_hours.setPlaceholderText("0")
        self.wait_hours.setFixedWidth(N_FIELD_WIDTH)
        self.segment = CommitLineEdit()
        self.segment.setPlaceholderText(self.tr("Who, e.g. trial users who never logged in"))
        self.action = OptionCombo(action_options())
        self.content = CommitLineEdit()
        self.content.setPlaceholderText(self.tr("Template or content asset"))
        self.goal_metric = OptionCombo(goal_metric_options(access.labels))
        self.goal = CommitLineEdit()
        self.goal.setPlaceholderText(self.tr("e.g. 5%"))
        self.creates = OptionCombo([none_option()])
        self.personal_data = CommitLineEdit()
        self.personal_data.setPlaceholderText(self.tr("Comma-separated, e.g. email, orders"))
        self.legal_basis = OptionCombo(legal_basis_options())
        self.message = QLabel()
        self.message.setWordWrap(True)
        tint_text(self.message, WARNING)
        self.message.hide()
        self._creates_options: Options = []
        for combo in (self.trigger, self.action, self.goal_metric, self.creates, self.legal_basis):
            # As narrow as the inspector: long names and card titles show in the list.
            combo.setSizeAdjustPolicy(COMPACT)
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
        self._build()
        self._connect()

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("When:"), _row((self.trigger, 1), (self.trigger_value, 0)))
        form.addRow("", self.trigger_text)
        hours = QLabel(self.tr("hours"))
        form.addRow(self.tr("Wait:"), _row((self.wait_hours, 0), (hours, 0), (QWidget(), 1)))
        form.addRow(self.tr("Who:"), self.segment)
        form.addRow(self.tr("Then:"), self.action)
        form.addRow(self.tr("Content:"), self.content)
        form.addRow(self.tr("Goal:"), _row((self.goal_metric, 0), (self.goal, 1)))
        form.addRow(self.tr("Creates:"), self.creates)
        form.addRow(self.tr("Personal data:"), self.personal_data)
        form.addRow(self.tr("Legal basis:"), self.legal_basis)
        form.addRow(self.message)

    def _connect(self) -> None:
        self.trigger.chosen.connect(self._set_trigger)
        self.trigger_value.committed.connect(self._set_trigger_value)
        self.trigger_text.committed.connect(
            lambda v: self._set(self.tr("Edit rule condition"), trigger_text=v.strip())
        )
        self.wait_hours.committed.connect(self._set_wait)
        self.segment.committed.connect(
            lambda v: self._set(self.tr("Edit rule segment"), segment=v.strip())
        )
        self.action.chosen.connect(lambda v: self._set(self.tr("Change rule action"), action=v))
        self.content.committed.connect(
            lambda v: self._set(self.tr("Edit rule content"), content=v.strip())
        )
        self.goal_metric.chosen.connect(
            lambda v: self._set(self.tr("Change rule goal metric"), goal_metric=v)
        )
        self.goal.committed.connect(lambda v: self._set(self.tr("Edit rule goal"), goal=v.strip()))
        self.creates.chosen.connect(
            lambda v: self._set(self.tr("Change the touchpoint a rule creates"), creates_card_id=v)
        )
        self.personal_data.committed.connect(
            lambda v: self._set(self.tr("Edit rule personal data"), personal_data=split_tags(v))
        )
        self.legal_basis.chosen.connect(
            lambda v: self._set(self.tr("Change rule legal basis"), legal_basis=v)
        )

    def text_fields(self) -> list[CommitLineEdit]:
        return [
            self.trigger_value,
            self.trigger_text,
            self.wait_hours,
            self.segment,
            self.content,
            self.goal,
            self.personal_data,
        ]

    def commit_pending(self) -> None:
        for field in self.text_fields():
            field.commit_pending()

    # --- showing ----------------------------------------------------------------------

    def show_card(self, journey: JourneyMap, card: Card) -> None:
        if card.id != self.card_id:
            self.message.hide()
        self.card_id = card.id
        rule = card.rule or AutomationRule()
        self.trigger.show_value(rule.trigger)
        self.trigger_value.show_value(number_text(rule.trigger_value))
        self.trigger_value.setEnabled(rule.trigger.takes_value or rule.trigger_value is not None)
        self.trigger_text.show_value(rule.trigger_text)
        self.wait_hours.show_value(number_text(rule.wait_hours) if rule.wait_hours else "")
        self.segment.show_value(rule.segment)
        self.action.show_value(rule.action)
        self.content.show_value(rule.content)
        self.goal_metric.show_value(rule.goal_metric)
        self.goal.show_value(rule.goal)
        self._fill_creates(journey, card, rule.creates_card_id)
        self.creates.show_value(rule.creates_card_id)
        self.personal_data.show_value(join_tags(rule.personal_data))
        self.legal_basis.show_value(rule.legal_basis)

    def _fill_creates(self, journey: JourneyMap, card: Card, current: str | None) -> None:
        """The touchpoint cards a rule can create (and the current target, whatever it is)."""
        touchpoint_lanes = {lane.id for lane in journey.lanes if lane.kind is LaneKind.TOUCHPOINTS}
        stages = {stage.id: (i, stage.name) for i, stage in enumerate(journey.stages)}
        candidates = [
            c
            for c in journey.cards
            if c.id != card.id and (c.lane_id in touchpoint_lanes or c.id == current)
        ]
        candidates.sort(key=lambda c: (stages.get(c.stage_id, (len(stages), ""))[0], c.order))
        options: Options = [none_option()]
        for target in candidates:
            title = target.title or target.text.partition("\n")[0] or target.id
            stage = stages.get(target.stage_id, (0, target.stage_id))[1]
            options.append((f"{title} · {stage}", target.id))
        if options != self._creates_options:
            self._creates_options = options
            self.creates.clear()
            for label, value in options:
                self.creates.addItem(label, value)

    # --- editing ----------------------------------------------------------------------

    def _set_trigger(self, value: str) -> None:
        trigger = RuleTrigger(value)  # the combo gives the enum's value back as a str
        changes: dict[str, Any] = {"trigger": trigger}
        if not trigger.takes_value:
            changes["trigger_value"] = None  # an N the new trigger has no use for
        self._set(self.tr("Change rule trigger"), **changes)

    def _set_trigger_value(self, text: str) -> None:
        try:
            value = parse_number(text)
        except ValueError:
            self._refuse(self.tr("N must be a number, e.g. 30."))
            return
        trigger = self.trigger.currentData()
        if value is not None and value < 0 and trigger in DAY_TRIGGERS:
            self._refuse(self.tr("A number of days cannot be negative."))
            return
        self._set(self.tr("Edit rule trigger value"), trigger_value=value)

    def _set_wait(self, text: str) -> None:
        try:
            value = parse_number(text)
        except ValueError:
            self._refuse(self.tr("The wait must be a number of hours, e.g. 24."))
            return
        if value is not None and value < 0:
            self._refuse(self.tr("The wait cannot be negative."))
            return
        self._set(self.tr("Edit rule wait"), wait_hours=value or 0.0)

    def _set(self, undo_text: str, **changes: Any) -> None:
        journey = self.access.journey
        try:
            card = journey.card(self.card_id)
        except KeyError:
            return  # the card went away meanwhile (an undo)
        old = card.rule or AutomationRule()
        try:
            rule = AutomationRule.model_validate({**old.model_dump(), **changes})
        except ValidationError as error:
            self._refuse(str(error.errors()[0]["msg"]).removeprefix("Value error, "))
            return
        self.message.hide()
        if card.rule == rule:
            self.show_card(journey, card)  # e.g. "24.0" typed over 24: show it as before
            return
        # As a dict, so the card's validation checks the rule again.
        if not self.access.apply(ops.update_card(card.id, rule=rule.model_dump()), undo_text):
            self.show_card(journey, journey.card(card.id))

    def _refuse(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        try:
            card = self.access.journey.card(self.card_id)
        except KeyError:
            return
        self.show_card(self.access.journey, card)


def _row(*widgets: tuple[QWidget, int]) -> QWidget:
    """Widgets side by side, each with its stretch."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in widgets:
        layout.addWidget(widget, stretch)
    return holder

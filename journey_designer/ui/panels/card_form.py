"""The inspector's page for one card: every field with its own widget, each edit one undo step.

Fields that belong to a kind of lane (channel on touchpoints, severity on pain points,
priority on opportunities, metrics on the metrics lane, the link on content, the rule on
automation, the A/B test on touchpoints) show there, and on any card that already has a
value for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from journey_designer.model import Card, LaneKind
from journey_designer.model import operations as ops
from journey_designer.model.panel_ops import join_tags, split_tags
from journey_designer.ui.panels.ab_editor import ABTestEditor
from journey_designer.ui.panels.channel_field import ChannelField
from journey_designer.ui.panels.fields import (
    ColourField,
    CommitLineEdit,
    CommitTextEdit,
    OptionCombo,
)
from journey_designer.ui.panels.labels import lane_kind_name, priority_options, severity_options
from journey_designer.ui.panels.link_field import LinkField
from journey_designer.ui.panels.map_access import MapAccess
from journey_designer.ui.panels.metrics_editor import MetricsEditor
from journey_designer.ui.panels.rule_editor import RuleEditor

CHANNEL_LANES = (LaneKind.TOUCHPOINTS, LaneKind.CHANNELS)


class CardForm(QWidget):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.card_id = ""
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.title = CommitLineEdit()
        self.text = CommitTextEdit()
        self.colour = ColourField(self.tr("Lane default"))
        self.tags = CommitLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. VIP, mobile"))
        self.channel = ChannelField(access.labels)
        self.severity = OptionCombo(severity_options(access.labels))
        self.priority = OptionCombo(priority_options(access.labels))
        self.owner = CommitLineEdit()
        self.owner.setPlaceholderText(self.tr("Team or person"))
        self.department = CommitLineEdit()
        self.department.setPlaceholderText(self.tr("e.g. Marketing"))
        self.link = LinkField(self._map_folder)
        self.rule_label = QLabel(self.tr("<b>Automation rule</b>"))
        self.rule = RuleEditor(access)
        self.ab_label = QLabel(self.tr("<b>A/B test</b>"))
        self.ab_test = ABTestEditor(access)
        self.votes = QLabel()
        self.metrics = MetricsEditor(access)
        self.metrics_label = QLabel(self.tr("Metrics:"))
        self.notes = CommitTextEdit()
        self.notes.setPlaceholderText(self.tr("Facilitator's notes; not shown on the card"))
        self.form = self._build_form()
        self._connect()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.header)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Text:"), self.text)
        form.addRow(self.tr("Colour:"), self.colour)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Link:"), self.link)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Severity:"), self.severity)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("Votes:"), self.votes)
        form.addRow(self.metrics_label)  # the table takes the full width
        form.addRow(self.metrics)
        form.addRow(self.rule_label)
        form.addRow(self.rule)
        form.addRow(self.ab_label)
        form.addRow(self.ab_test)
        form.addRow(self.tr("Notes:"), self.notes)
        return form

    def _connect(self) -> None:
        self.title.committed.connect(lambda v: self._set("title", v, self.tr("Edit card title")))
        self.text.committed.connect(lambda v: self._set("text", v, self.tr("Edit card text")))
        self.colour.chosen.connect(lambda v: self._set("colour", v, self.tr("Change card colour")))
        self.tags.committed.connect(
            lambda v: self._set("tags", split_tags(v), self.tr("Edit card tags"))
        )
        self.channel.chosen.connect(
            lambda v: self._set("channel", v, self.tr("Change card channel"))
        )
        self.severity.chosen.connect(lambda v: self._set("severity", v, self.tr("Change severity")))
        self.priority.chosen.connect(lambda v: self._set("priority", v, self.tr("Change priority")))
        self.owner.committed.connect(
            lambda v: self._set("owner", v.strip(), self.tr("Edit card owner"))
        )
        self.department.committed.connect(
            lambda v: self._set("department", v.strip(), self.tr("Edit card department"))
        )
        self.link.committed.connect(
            lambda v: self._set("link", v.strip(), self.tr("Edit card link"))
        )
        self.notes.committed.connect(lambda v: self._set("notes", v, self.tr("Edit card notes")))

    def show_card(self, card_id: str) -> None:
        """Show the card's current values (keeping what the user is typing right now)."""
        journey = self.access.journey
        card = journey.card(card_id)
        lane, stage = journey.lane(card.lane_id), journey.stage(card.stage_id)
        self.card_id = card_id
        self.header.setText(
            self.tr("<b>Card</b> in {lane} · {stage}").format(
                lane=_escape(lane.title or lane_kind_name(lane.kind)), stage=_escape(stage.name)
            )
        )
        self.title.show_value(card.title)
        self.text.show_value(card.text)
        fill = self.access.window.layout_style.card_fills.get(lane.kind, "#FFFFFF")
        self.colour.show_value(card.colour, fill)
        self.tags.show_value(join_tags(card.tags))
        self.channel.show_value(card.channel)
        self.severity.show_value(card.severity)
        self.priority.show_value(card.priority)
        self.owner.show_value(card.owner)
        self.department.show_value(card.department)
        self.link.show_value(card.link)
        self.votes.setText(str(card.votes))
        self.metrics.show_card(journey, card)
        self.rule.show_card(journey, card)
        self.ab_test.show_card(card)
        self.notes.show_value(card.notes)
        self._show_rows_for(card, lane.kind)

    def _show_rows_for(self, card: Card, kind: LaneKind) -> None:
        self.form.setRowVisible(self.channel, kind in CHANNEL_LANES or card.channel is not None)
        self.form.setRowVisible(
            self.severity, kind is LaneKind.PAIN_POINTS or card.severity is not None
        )
        self.form.setRowVisible(
            self.priority, kind is LaneKind.OPPORTUNITIES or card.priority is not None
        )
        with_metrics = kind is LaneKind.METRICS or bool(card.metrics)
        self.form.setRowVisible(self.metrics_label, with_metrics)
        self.form.setRowVisible(self.metrics, with_metrics)
        self.form.setRowVisible(self.link, kind is LaneKind.CONTENT or bool(card.link))
        with_rule = kind is LaneKind.AUTOMATION or card.rule is not None
        self.form.setRowVisible(self.rule_label, with_rule)
        self.form.setRowVisible(self.rule, with_rule)
        with_test = kind is LaneKind.TOUCHPOINTS or card.ab_test is not None
        self.form.setRowVisible(self.ab_label, with_test)
        self.form.setRowVisible(self.ab_test, with_test)

    def commit_pending(self) -> None:
        """Commit whatever is typed but not yet committed (before the form shows another card)."""
        for field in (self.title, self.text, self.tags, self.owner, self.department, self.notes):
            field.commit_pending()
        self.channel.name_line.commit_pending()
        self.link.commit_pending()
        self.rule.commit_pending()
        self.ab_test.commit_pending()

    def _map_folder(self) -> Path | None:
        path = self.access.window.document.path
        return path.parent if path is not None else None

    def _set(self, field: str, value: Any, text: str) -> None:
        try:
            card = self.access.journey.card(self.card_id)
        except KeyError:
            return  # the card was removed meanwhile (an undo, another window action)
        if getattr(card, field) == value:
            return
        if not self.access.apply(ops.update_card(card.id, **{field: value}), text):
            self.show_card(card.id)  # refused: show the map's value again


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""The inspector's page for several cards: the fields they share, applied to all as one step.

Colour, severity, priority, owner and department are set on every selected card; tags typed here are
added to each card's own tags. A field whose cards differ shows no value until set.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from journey_designer.model import Card
from journey_designer.model.panel_ops import add_tags, split_tags, update_cards
from journey_designer.ui.panels.fields import ColourField, CommitLineEdit, OptionCombo
from journey_designer.ui.panels.labels import priority_options, severity_options
from journey_designer.ui.panels.map_access import MapAccess


class MultiCardForm(QWidget):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.card_ids: list[str] = []
        self.header = QLabel()
        self.colour = ColourField(self.tr("Lane default"))
        self.add_tags = CommitLineEdit()
        self.add_tags.setPlaceholderText(self.tr("Tags to add to every card, then Enter"))
        self.severity = OptionCombo(severity_options(access.labels))
        self.priority = OptionCombo(priority_options(access.labels))
        self.owner = CommitLineEdit()
        self.department = CommitLineEdit()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.header)
        form.addRow(self.tr("Colour:"), self.colour)
        form.addRow(self.tr("Add tags:"), self.add_tags)
        form.addRow(self.tr("Severity:"), self.severity)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Department:"), self.department)
        self.colour.chosen.connect(
            lambda v: self._set_all(self.tr("Change colour of {count} cards"), colour=v)
        )
        self.severity.chosen.connect(
            lambda v: self._set_all(self.tr("Change severity of {count} cards"), severity=v)
        )
        self.priority.chosen.connect(
            lambda v: self._set_all(self.tr("Change priority of {count} cards"), priority=v)
        )
        self.owner.committed.connect(
            lambda v: self._set_all(self.tr("Set owner of {count} cards"), owner=v.strip())
        )
        self.department.committed.connect(
            lambda v: self._set_all(
                self.tr("Set department of {count} cards"), department=v.strip()
            )
        )
        self.add_tags.committed.connect(self._add_tags)

    def show_cards(self, card_ids: list[str]) -> None:
        journey = self.access.journey
        if card_ids != self.card_ids:
            self.add_tags.setText("")
        self.card_ids = card_ids
        cards = [journey.card(card_id) for card_id in card_ids]
        self.header.setText(self.tr("<b>{count} cards</b> selected").format(count=len(cards)))
        mixed = self.tr("Several values")
        colours = {c.colour for c in cards}
        self.colour.show_value(next(iter(colours)), "#FFFFFF", mixed=len(colours) > 1)
        self._show_common(self.severity, cards, "severity", mixed)
        self._show_common(self.priority, cards, "priority", mixed)
        owners = {c.owner for c in cards}
        self.owner.setPlaceholderText(mixed if len(owners) > 1 else self.tr("Team or person"))
        self.owner.show_value(next(iter(owners)) if len(owners) == 1 else "")
        departments = {c.department for c in cards}
        self.department.setPlaceholderText(mixed if len(departments) > 1 else "")
        self.department.show_value(next(iter(departments)) if len(departments) == 1 else "")

    @staticmethod
    def _show_common(combo: OptionCombo, cards: list[Card], field: str, mixed: str) -> None:
        values = {getattr(card, field) for card in cards}
        if len(values) == 1:
            combo.show_value(next(iter(values)))
        else:
            combo.show_mixed(mixed)

    def commit_pending(self) -> None:
        self.owner.commit_pending()
        self.department.commit_pending()
        self.add_tags.commit_pending()

    def _existing_ids(self) -> list[str]:
        ids = {card.id for card in self.access.journey.cards}
        return [card_id for card_id in self.card_ids if card_id in ids]

    def _set_all(self, text: str, **changes: Any) -> None:
        card_ids = self._existing_ids()
        operations = update_cards(self.access.journey, card_ids, **changes)
        if operations:
            self.access.apply_all(operations, text.format(count=len(card_ids)))
        else:
            self.show_cards(self.card_ids)

    def _add_tags(self, text: str) -> None:
        card_ids = self._existing_ids()
        tags = split_tags(text)
        operations = add_tags(self.access.journey, card_ids, tags)
        self.add_tags.setText("")  # added: ready for the next tags
        if operations:
            label = self.tr("Add tags to {count} cards").format(count=len(card_ids))
            self.access.apply_all(operations, label)

"""The fields of one persona: name, role, description, goals, needs, frustrations (one per
line), quote and colour; each edit is one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from journey_designer.model import Persona
from journey_designer.model import operations as ops
from journey_designer.model.panel_ops import split_lines
from journey_designer.ui.panels.fields import ColourField, CommitLineEdit, CommitTextEdit
from journey_designer.ui.panels.map_access import MapAccess

PERSONA_DEFAULT_COLOUR = str(Persona.model_fields["colour"].default)
LIST_ROWS = 3


class PersonaForm(QWidget):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.persona_id = ""
        self.name = CommitLineEdit()
        self.role = CommitLineEdit()
        self.description = CommitTextEdit(rows=LIST_ROWS)
        self.goals = CommitTextEdit(rows=LIST_ROWS)
        self.needs = CommitTextEdit(rows=LIST_ROWS)
        self.frustrations = CommitTextEdit(rows=LIST_ROWS)
        for field in (self.goals, self.needs, self.frustrations):
            field.setPlaceholderText(self.tr("One per line"))
        self.quote = CommitLineEdit()
        self.colour = ColourField(self.tr("Default"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Goals:"), self.goals)
        form.addRow(self.tr("Needs:"), self.needs)
        form.addRow(self.tr("Frustrations:"), self.frustrations)
        form.addRow(self.tr("Quote:"), self.quote)
        form.addRow(self.tr("Colour:"), self.colour)
        self._connect()

    def _connect(self) -> None:
        self.name.committed.connect(
            lambda v: self._set("name", v.strip(), self.tr("Rename persona"))
        )
        self.role.committed.connect(
            lambda v: self._set("role", v.strip(), self.tr("Edit persona role"))
        )
        self.description.committed.connect(
            lambda v: self._set("description", v, self.tr("Edit persona description"))
        )
        self.goals.committed.connect(
            lambda v: self._set("goals", split_lines(v), self.tr("Edit persona goals"))
        )
        self.needs.committed.connect(
            lambda v: self._set("needs", split_lines(v), self.tr("Edit persona needs"))
        )
        self.frustrations.committed.connect(
            lambda v: self._set(
                "frustrations", split_lines(v), self.tr("Edit persona frustrations")
            )
        )
        self.quote.committed.connect(lambda v: self._set("quote", v, self.tr("Edit persona quote")))
        self.colour.chosen.connect(
            lambda v: self._set(
                "colour", v or PERSONA_DEFAULT_COLOUR, self.tr("Change persona colour")
            )
        )

    def show_persona(self, persona: Persona | None) -> None:
        self.setEnabled(persona is not None)
        persona = persona or Persona(id="none", name="")
        self.persona_id = persona.id if self.isEnabled() else ""
        self.name.show_value(persona.name)
        self.role.show_value(persona.role)
        self.description.show_value(persona.description)
        self.goals.show_value("\n".join(persona.goals))
        self.needs.show_value("\n".join(persona.needs))
        self.frustrations.show_value("\n".join(persona.frustrations))
        self.quote.show_value(persona.quote)
        custom = persona.colour.upper() != PERSONA_DEFAULT_COLOUR.upper()
        self.colour.show_value(persona.colour if custom else None, PERSONA_DEFAULT_COLOUR)

    def commit_pending(self) -> None:
        for field in (
            self.name,
            self.role,
            self.description,
            self.goals,
            self.needs,
            self.frustrations,
            self.quote,
        ):
            field.commit_pending()

    def _set(self, field: str, value: Any, text: str) -> None:
        try:
            persona = self.access.journey.persona(self.persona_id)
        except KeyError:
            return
        if field == "name" and not value:
            self.show_persona(persona)  # a persona keeps a name: the legend shows it
            return
        if getattr(persona, field) != value and not self.access.apply(
            ops.update_persona(persona.id, **{field: value}), text
        ):
            self.show_persona(persona)

"""The persona dock: the map's personas with their colours, add and remove, their fields,
and the active persona (the one whose emotion curve the canvas edits).

The active persona is kept as `window.active_persona_id` (the first persona by default)
and announced with `activePersonaChanged(persona_id or None)`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journey_designer.model import Persona
from journey_designer.model import operations as ops
from journey_designer.model.panel_ops import add_persona_with_curve, new_persona
from journey_designer.ui.editor import MapEditor
from journey_designer.ui.panels.fields import swatch
from journey_designer.ui.panels.map_access import MapAccess
from journey_designer.ui.panels.persona_form import PersonaForm

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_HEIGHT = 110


class PersonaDock(QDockWidget):
    activePersonaChanged = Signal(object)  # str | None

    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Personas"), parent)
        self.setObjectName("personaDock")
        self.access = access
        self.active_id: str | None = None
        self._listed: list[tuple[str, str, str]] = []  # (id, name, colour) shown in the list
        self.list = QListWidget()
        self.list.setMaximumHeight(LIST_HEIGHT)
        self.list.setToolTip(self.tr("The active persona's emotion curve is edited on the map"))
        self.list.currentItemChanged.connect(self._current_item_changed)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.add_button.clicked.connect(self.add_persona)
        self.remove_button.clicked.connect(self.remove_active)
        self.form = PersonaForm(access)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._build())
        self.setWidget(scroll)
        _publish(access, None)
        self.follow_editor(access.window.editor)

    def _build(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addStretch(1)
        return body

    def follow_editor(self, editor: MapEditor) -> None:
        editor.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the map's personas; the active one stays active while it exists."""
        personas = self.access.journey.personas
        ids = [p.id for p in personas]
        if self.active_id not in ids:
            self.set_active(ids[0] if ids else None)
        self._fill_list(personas)
        self.remove_button.setEnabled(self.active_id is not None)
        self.form.show_persona(self._active_persona())

    def _active_persona(self) -> Persona | None:
        personas = {p.id: p for p in self.access.journey.personas}
        return personas.get(self.active_id or "")

    def _fill_list(self, personas: list[Persona]) -> None:
        listed = [(p.id, p.name, p.colour) for p in personas]
        if listed != self._listed:
            self._listed = listed
            self.list.blockSignals(True)
            self.list.clear()
            for persona in personas:
                item = QListWidgetItem(QIcon(swatch(persona.colour)), persona.name)
                item.setData(ID_ROLE, persona.id)
                item.setToolTip(persona.role)
                self.list.addItem(item)
            self.list.blockSignals(False)
        self._mark_active()

    def _mark_active(self) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            active = item.data(ID_ROLE) == self.active_id
            font = QFont(item.font())
            font.setBold(active)
            item.setFont(font)
            if active:
                self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    # --- the active persona -----------------------------------------------------------

    def set_active(self, persona_id: str | None) -> None:
        if persona_id == self.active_id:
            return
        self.form.commit_pending()  # typed text belongs to the persona it was typed for
        self.active_id = persona_id
        _publish(self.access, persona_id)
        self._mark_active()
        self.remove_button.setEnabled(persona_id is not None)
        self.form.show_persona(self._active_persona())
        self.activePersonaChanged.emit(persona_id)

    def _current_item_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.set_active(str(item.data(ID_ROLE)))

    # --- add and remove ---------------------------------------------------------------

    def add_persona(self) -> None:
        """Add a persona with an empty as-is curve, make it active, and start on its name."""
        journey = self.access.journey
        persona = new_persona(journey, self.tr("New persona"))
        operation = add_persona_with_curve(journey, persona)
        if self.access.apply(operation, self.tr("Add persona “{name}”").format(name=persona.name)):
            self.set_active(persona.id)
            self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form.name.selectAll()

    def remove_active(self) -> None:
        persona = self._active_persona()
        if persona is None or not self._confirm_removal(persona):
            return
        operation = ops.remove_persona(self.access.journey, persona.id)
        self.access.apply(operation, self.tr("Remove persona “{name}”").format(name=persona.name))

    def _confirm_removal(self, persona: Persona) -> bool:
        curves = sum(1 for c in self.access.journey.emotion_curves if c.persona_id == persona.id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove Persona"),
            self.tr("Remove “{name}” and its {count} emotion curve(s)? You can undo this.").format(
                name=persona.name, count=curves
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def commit_pending(self) -> None:
        self.form.commit_pending()


def _publish(access: MapAccess, persona_id: str | None) -> None:
    # The window has no field of its own for this; the canvas reads it from here.
    setattr(access.window, "active_persona_id", persona_id)  # noqa: B010

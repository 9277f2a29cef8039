"""File ▸ New from Template…: pick one of the bundled templates and the language of its text."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.resources import MissingResourceError
from journey_designer.storage import MapFileError
from journey_designer.templates import LANGUAGES, UnknownTemplateError, list_templates

log = logging.getLogger(__name__)


class NewFromTemplateDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Template"))
        self.choice: tuple[str, str] | None = None  # (template id, language) once accepted
        self._language = QComboBox()
        names = {"zh": self.tr("Chinese"), "en": self.tr("English")}
        for code in LANGUAGES:
            self._language.addItem(names.get(code, code), code)
        self._language.setCurrentIndex(max(0, self._language.findData(language)))
        self._templates = QListWidget()
        self._templates.setMinimumSize(360, 220)
        self._templates.itemDoubleClicked.connect(lambda _item: self.accept())
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._build_layout()
        self._language.currentIndexChanged.connect(self._fill_templates)
        self._fill_templates()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Language of the map:"), self._language)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Template:")))
        layout.addWidget(self._templates)
        layout.addLayout(form)
        layout.addWidget(self._buttons)

    def _fill_templates(self) -> None:
        language = str(self._language.currentData())
        selected = self._selected_template()
        self._templates.clear()
        try:
            templates = list_templates(language)
        except (UnknownTemplateError, MissingResourceError, MapFileError) as error:
            log.error("templates cannot be listed: %s", error)
            templates = []
        for info in templates:
            item = QListWidgetItem(info.title)
            item.setData(Qt.ItemDataRole.UserRole, info.template_id)
            self._templates.addItem(item)
            if info.template_id == selected or self._templates.currentItem() is None:
                self._templates.setCurrentItem(item)
        ok_button = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(bool(templates))

    def _selected_template(self) -> str | None:
        item = self._templates.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def accept(self) -> None:
        template_id = self._selected_template()
        if template_id is None:
            return
        self.choice = (template_id, str(self._language.currentData()))
        super().accept()

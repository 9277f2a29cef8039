"""Map Properties (Map menu): title, description, language, authors and the emotion scale.

OK applies the changed fields as one undo step. A scale that some emotion points do not
fit is refused by the map; the dialog says so (before OK, too) and stays open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journey_designer.model import ALLOWED_SCALES, EmotionScale, JourneyMap
from journey_designer.model import operations as ops
from journey_designer.model.panel_ops import is_language_tag, points_outside, split_lines
from journey_designer.ui.panels.fields import OptionCombo
from journey_designer.ui.panels.map_access import MapAccess
from journey_designer.ui.theme import WARNING, tint_text

TEXT_ROWS = 3


def scale_text(low: int, high: int) -> str:
    return f"{low:+d} … {high:+d}" if low < 0 else f"{low} … {high}"


class MapPropertiesDialog(QDialog):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map Properties"))
        self.access = access
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language.addItem(self.tr("Chinese (zh)"), "zh")
        self.language.addItem(self.tr("English (en)"), "en")
        self.language.setToolTip(
            self.tr("The language of the map's text: zh, en, or a tag like zh-TW")
        )
        self.authors = QPlainTextEdit()
        self.authors.setPlaceholderText(self.tr("One per line"))
        self.scale = OptionCombo([(scale_text(lo, hi), (lo, hi)) for lo, hi in ALLOWED_SCALES])
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        tint_text(self.problem, WARNING)
        # Room for two lines from the start: the form does not jump when a problem shows.
        self.problem.setMinimumHeight(2 * self.problem.fontMetrics().lineSpacing() + 4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply_and_close)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self._show(access.journey)
        self.scale.currentIndexChanged.connect(lambda _index: self._check())
        self.language.editTextChanged.connect(lambda _text: self._check())

    def _build(self) -> None:
        line = self.description.fontMetrics().lineSpacing()
        for field in (self.description, self.authors):
            field.setFixedHeight(line * TEXT_ROWS + 12)
            field.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Authors:"), self.authors)
        form.addRow(self.tr("Emotion scale:"), self.scale)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _show(self, journey: JourneyMap) -> None:
        self.title.setText(journey.title)
        self.description.setPlainText(journey.description)
        index = self.language.findData(journey.language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(journey.language)
        self.authors.setPlainText("\n".join(journey.authors))
        self.scale.show_value((journey.emotion_scale.min, journey.emotion_scale.max))

    def language_tag(self) -> str:
        text = self.language.currentText().strip()
        index = self.language.findText(text)
        return str(self.language.itemData(index)) if index >= 0 else text

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the map."""
        journey = self.access.journey
        low, high = self.scale.currentData()
        wanted: dict[str, Any] = {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText(),
            "language": self.language_tag(),
            "authors": split_lines(self.authors.toPlainText()),
            "emotion_scale": EmotionScale(min=low, max=high),
        }
        return {name: value for name, value in wanted.items() if getattr(journey, name) != value}

    def _language_problem(self) -> str:
        if is_language_tag(self.language_tag()):
            return ""
        return self.tr("“{tag}” is not a language tag; use zh, en, zh-TW, …").format(
            tag=self.language_tag()
        )

    def _scale_problem(self) -> str:
        low, high = self.scale.currentData()
        outside = points_outside(self.access.journey, EmotionScale(min=low, max=high))
        if not outside:
            return ""
        return self.tr(
            "{count} emotion point(s) lie outside {scale}. Change those points first, "
            "or keep the current scale."
        ).format(count=outside, scale=scale_text(low, high))

    def _check(self) -> None:
        self.problem.setText(self._language_problem() or self._scale_problem())

    def apply_and_close(self) -> None:
        """Apply the changes as one undo step; stay open and say why if the map refuses."""
        changes = self.changes()
        if not changes:
            self.accept()
            return
        if self._language_problem():
            self._check()
            return
        refusals: list[str] = []

        def remember(message: str) -> None:
            refusals.append(message)

        editor = self.access.window.editor
        editor.editRefused.connect(remember)
        try:
            applied = self.access.apply(ops.update_map(**changes), self.tr("Edit map properties"))
        finally:
            editor.editRefused.disconnect(remember)
        if applied:
            self.accept()
        else:  # the map refused (a scale its points do not fit): say why in our words
            self.problem.setText(self._scale_problem() or " ".join(refusals))

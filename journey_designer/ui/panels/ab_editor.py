"""The inspector's A/B test of a touchpoint: its name, the confidence a winner needs, the
variants (name, description, sample size, conversions; the first is the control), and
the result computed by `journey_designer.analytics.ab`, read-only.

Every edit is one undo step. More conversions than people who saw a variant, or a count
that is not a whole number of 0 or more, is refused with one line and the table shows the
map's values again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.model import ABTest, ABVariant, Card
from journey_designer.model import operations as ops
from journey_designer.ui.number_entry import parse_count
from journey_designer.ui.panels.fields import CommitLineEdit, OptionCombo
from journey_designer.ui.panels.map_access import MapAccess
from journey_designer.ui.panels.marketing_labels import ab_result_html, confidence_options
from journey_designer.ui.theme import WARNING, tint_text

NAME, DESCRIPTION, SAMPLE, CONVERSIONS = range(4)
ROWS_SHOWN = 3


class ABTestEditor(QWidget):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.card_id = ""
        self.add_test_button = QPushButton(self.tr("Add A/B Test"))
        self.add_test_button.setToolTip(self.tr("Compare variants of this touchpoint"))
        self.name = CommitLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Subject line"))
        self.confidence = OptionCombo(confidence_options())
        self.confidence.setToolTip(self.tr("A winner is named only when significant at this level"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Variant"), self.tr("Description"), self.tr("Seen"), self.tr("Converted")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + ROWS_SHOWN * row_height + 4)
        self.add_variant_button = QPushButton(self.tr("Add Variant"))
        self.remove_variant_button = QPushButton(self.tr("Remove Variant"))
        self.remove_test_button = QPushButton(self.tr("Remove Test"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        tint_text(self.message, WARNING)
        self.message.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QWidget()
        self._test: ABTest | None = None
        self._filling = False
        self._build()
        self._connect()

    def _build(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Test:"), self.name)
        form.addRow(self.tr("Confidence:"), self.confidence)
        buttons = QHBoxLayout()
        for button in (self.add_variant_button, self.remove_variant_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_test_button)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(form)
        details.addWidget(self.table)
        details.addLayout(buttons)
        details.addWidget(self.message)
        details.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add_test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)

    def _connect(self) -> None:
        self.add_test_button.clicked.connect(self.add_test)
        self.name.committed.connect(lambda v: self._set(self.tr("Rename A/B test"), name=v.strip()))
        self.confidence.chosen.connect(
            lambda v: self._set(self.tr("Change A/B test confidence"), confidence=v)
        )
        self.table.itemChanged.connect(self._cell_edited)
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.add_variant_button.clicked.connect(self.add_variant)
        self.remove_variant_button.clicked.connect(self.remove_selected_variant)
        self.remove_test_button.clicked.connect(self.remove_test)

    def commit_pending(self) -> None:
        self.name.commit_pending()

    # --- showing ----------------------------------------------------------------------

    def show_card(self, card: Card) -> None:
        if card.id != self.card_id:
            self.message.hide()
        self.card_id = card.id
        test = card.ab_test
        self.add_test_button.setVisible(test is None)
        self.details.setVisible(test is not None)
        if test is None:
            self._test = None
            return
        self.name.show_value(test.name)
        if self.confidence.findData(test.confidence) < 0:
            self.confidence.clear()
            for label, value in confidence_options(test.confidence):
                self.confidence.addItem(label, value)
        self.confidence.show_value(test.confidence)
        if test.variants != (self._test.variants if self._test else None) or (
            self.table.rowCount() != len(test.variants)
        ):
            self._fill(test.variants)
        self._test = test
        self._show_result()
        self._enable_buttons()

    def _show_result(self) -> None:
        if self._test is None:
            return
        from journey_designer.analytics.ab import analyse_test  # when a test is shown

        # The editor's palette: the label takes it only after the editor's PaletteChange.
        self.result.setText(ab_result_html(analyse_test(self._test), self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the verdict's colour for the theme
            self._show_result()

    def _fill(self, variants: list[ABVariant]) -> None:
        selected = self._selected_row()
        self._filling = True
        try:
            self.table.setRowCount(len(variants))
            for row, variant in enumerate(variants):
                self.table.setItem(row, NAME, QTableWidgetItem(variant.name))
                self.table.setItem(row, DESCRIPTION, QTableWidgetItem(variant.description))
                self.table.setItem(row, SAMPLE, _count_item(variant.sample_size))
                self.table.setItem(row, CONVERSIONS, _count_item(variant.conversions))
            if selected is not None and selected < len(variants):
                self.table.selectRow(selected)
        finally:
            self._filling = False

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _enable_buttons(self) -> None:
        self.remove_variant_button.setEnabled(self._selected_row() is not None)

    # --- editing ----------------------------------------------------------------------

    def _card(self) -> Card | None:
        try:
            return self.access.journey.card(self.card_id)
        except KeyError:
            return None

    def add_test(self) -> None:
        card = self._card()
        if card is None or card.ab_test is not None:
            return
        test = ABTest(variants=[ABVariant(name="A"), ABVariant(name="B")])
        self._apply(card, test.model_dump(), self.tr("Add A/B test"))

    def remove_test(self) -> None:
        card = self._card()
        if card is not None and card.ab_test is not None:
            self._apply(card, None, self.tr("Remove A/B test"))

    def add_variant(self) -> None:
        card = self._card()
        if card is None or card.ab_test is None:
            return
        names = {variant.name for variant in card.ab_test.variants}
        name = next(n for n in _variant_names() if n not in names)
        variants = [*card.ab_test.variants, ABVariant(name=name)]
        self._set(self.tr("Add A/B variant"), variants=[v.model_dump() for v in variants])

    def remove_selected_variant(self) -> None:
        card, row = self._card(), self._selected_row()
        if card is None or card.ab_test is None or row is None:
            return
        variants = [v.model_dump() for i, v in enumerate(card.ab_test.variants) if i != row]
        self._set(self.tr("Remove A/B variant"), variants=variants)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        variants = self._typed_variants()
        if variants is not None:
            self._set(self.tr("Edit A/B variant"), variants=variants)

    def _typed_variants(self) -> list[dict[str, Any]] | None:
        """The variants as the table shows them, or None (and a message) if one is wrong."""
        variants = []
        for row in range(self.table.rowCount()):
            name = self._text(row, NAME).strip()
            label = name or str(row + 1)
            try:
                seen = parse_count(self._text(row, SAMPLE)) or 0
                converted = parse_count(self._text(row, CONVERSIONS)) or 0
            except ValueError:
                self._refuse(
                    self.tr("Variant {name}: counts are whole numbers of 0 or more.").format(
                        name=label
                    )
                )
                return None
            if converted > seen:
                self._refuse(
                    self.tr(
                        "Variant {name}: {conversions} conversions cannot exceed the "
                        "{seen} people who saw it."
                    ).format(name=label, conversions=converted, seen=seen)
                )
                return None
            description = self._text(row, DESCRIPTION).strip()
            variants.append(
                {
                    "name": name,
                    "description": description,
                    "sample_size": seen,
                    "conversions": converted,
                }
            )
        return variants

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        if item is None:
            return ""
        value = item.data(Qt.ItemDataRole.EditRole)
        return "" if value is None else str(value)

    def _refuse(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        card = self._card()
        if card is not None and card.ab_test is not None:
            self._fill(card.ab_test.variants)  # back to the map's values

    def _set(self, undo_text: str, **changes: Any) -> None:
        card = self._card()
        if card is None or card.ab_test is None:
            return
        new = {**card.ab_test.model_dump(), **changes}
        if new == card.ab_test.model_dump():
            self.show_card(card)
            return
        self._apply(card, new, undo_text)

    def _apply(self, card: Card, test: dict[str, Any] | None, undo_text: str) -> None:
        self.message.hide()
        # As a dict: the card's validation checks every variant again.
        if not self.access.apply(ops.update_card(card.id, ab_test=test), undo_text):
            current = self._card()
            if current is not None:
                if current.ab_test is not None:
                    self._fill(current.ab_test.variants)
                self.show_card(current)


def _count_item(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.EditRole, value)  # edited in a spin box
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _variant_names() -> list[str]:
    letters = [chr(ord("A") + i) for i in range(26)]
    return [*letters, *(f"V{i}" for i in range(27, 1000))]

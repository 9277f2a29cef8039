"""A card's metrics as a read-only table (kind, value, n, CI, where each number came from),
with Add, Edit and Remove for the metrics typed by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.model import Card, JourneyMap, Metric
from journey_designer.model.panel_ops import add_metric, remove_metric, replace_metric
from journey_designer.ui.panels.labels import (
    metric_interval_text,
    metric_kind_name,
    metric_value_text,
    provenance_text,
)
from journey_designer.ui.panels.map_access import MapAccess
from journey_designer.ui.panels.metric_dialog import MetricDialog

ROWS_SHOWN = 4


class MetricsEditor(QWidget):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.card_id = ""
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Metric"),
                self.tr("Value"),
                self.tr("n"),
                self.tr("95% CI"),
                self.tr("Source"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + ROWS_SHOWN * row_height)
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._metrics: list[Metric] = []

    def show_card(self, journey: JourneyMap, card: Card) -> None:
        selected = self._selected_index() if card.id == self.card_id else None
        self.card_id = card.id
        if card.metrics != self._metrics or self.table.rowCount() != len(card.metrics):
            self._fill(journey, card.metrics)
        if selected is not None and selected < len(card.metrics):
            self.table.selectRow(selected)
        self._enable_buttons()

    def _fill(self, journey: JourneyMap, metrics: list[Metric]) -> None:
        self._metrics = list(metrics)
        self.table.setRowCount(len(metrics))
        for row, metric in enumerate(metrics):
            cells = (
                metric.label or metric_kind_name(metric.kind, self.access.labels),
                metric_value_text(metric),
                "" if metric.n is None else str(metric.n),
                metric_interval_text(metric),
                provenance_text(metric, journey),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def _selected_index(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _enable_buttons(self) -> None:
        index = self._selected_index()
        manual = index is not None and self._metrics[index].provenance.kind == "manual"
        self.edit_button.setEnabled(manual)
        self.remove_button.setEnabled(manual)
        if index is not None and not manual:
            tip = self.tr("Numbers from a survey change when its data is refreshed.")
        else:
            tip = ""
        self.edit_button.setToolTip(tip)
        self.remove_button.setToolTip(tip)

    def _card(self) -> Card:
        return self.access.journey.card(self.card_id)

    def add(self) -> None:
        dialog = MetricDialog(self.access.labels, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.access.apply(
                add_metric(self._card(), dialog.typed_metric()), self.tr("Add metric")
            )

    def edit_selected(self) -> None:
        index = self._selected_index()
        if index is None or not self.edit_button.isEnabled():
            return
        card = self._card()
        dialog = MetricDialog(self.access.labels, card.metrics[index], self)
        if (
            dialog.exec() == QDialog.DialogCode.Accepted
            and dialog.typed_metric() != card.metrics[index]
        ):
            operation = replace_metric(card, index, dialog.typed_metric())
            self.access.apply(operation, self.tr("Edit metric"))

    def remove_selected(self) -> None:
        index = self._selected_index()
        if index is not None and self.remove_button.isEnabled():
            self.access.apply(remove_metric(self._card(), index), self.tr("Remove metric"))

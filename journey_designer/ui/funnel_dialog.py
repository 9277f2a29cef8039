"""Map ▸ Funnel and Costs…: the marketing funnel's steps and the channel costs in two
tables, with the conversions and the ROI computed beside them as they are typed
(`journey_designer.analytics`), applied to the map as one undoable edit.

The funnel has a row for each stage to begin with (more steps per stage with Add Step); a
row left without a name and numbers is not kept. A count is a whole number of 0 or more,
an amount or cost a number of 0 or more; a blank count is "not known" (the conversion is
then measured from the step before it).

Import from Spreadsheet… reads a funnel and/or costs table (survey/funnel_import.py) in
the background and fills the tables with it: the steps of the stages the file names
replace theirs, a costs table replaces the costs. Nothing reaches the map before OK.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from journey_designer.analytics.figures import money, percent, signed_percent
from journey_designer.analytics.funnel import analyse_funnel, ordered_steps
from journey_designer.analytics.roi import analyse_costs
from journey_designer.model import ChannelCost, FunnelStep, JourneyMap
from journey_designer.model import operations as ops
from journey_designer.survey.funnel_import import FunnelImport, read_funnel_file
from journey_designer.ui.locale_format import ui_numbers
from journey_designer.ui.number_entry import number_text, parse_amount, parse_count
from journey_designer.ui.survey_worker import BackgroundTask, Progress, ShouldCancel
from journey_designer.ui.theme import MUTED, WARNING, ThemedColour, tint_text

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

F_STAGE, F_LABEL, F_COUNT, F_AMOUNT, F_CURRENCY, F_CONVERSION, F_OVERALL = range(7)
C_CHANNEL, C_CAMPAIGN, C_COST, C_REVENUE, C_ACQUIRED, C_CURRENCY, C_ROI, C_CPA = range(8)
COMPUTED = ThemedColour("#5A5A5A", MUTED.dark)  # the columns the dialog fills in
WRONG = ThemedColour("#F8D7D3", "#6B2A26")  # behind a typed value that is not a number


class FunnelCostsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(self.tr("Funnel and Costs"))
        journey = window.document.journey
        self.stages = [(stage.id, stage.name) for stage in journey.stages]
        self.funnel = self._table(
            [
                self.tr("Stage"),
                self.tr("Step"),
                self.tr("Count"),
                self.tr("Amount"),
                self.tr("Currency"),
                self.tr("Conversion"),
                self.tr("Overall"),
            ],
            computed=(F_CONVERSION, F_OVERALL),
            stretch=F_LABEL,
        )
        self.costs = self._table(
            [
                self.tr("Channel"),
                self.tr("Campaign"),
                self.tr("Cost"),
                self.tr("Revenue"),
                self.tr("Acquisitions"),
                self.tr("Currency"),
                self.tr("ROI"),
                self.tr("Cost per acq."),
            ],
            computed=(C_ROI, C_CPA),
            stretch=C_CAMPAIGN,
        )
        self.funnel_summary = QLabel()
        self.costs_summary = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        tint_text(self.message, WARNING)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button = QPushButton(self.tr("Import from Spreadsheet…"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        self.import_task = BackgroundTask(self)
        self.import_task.succeeded.connect(self._on_imported)
        self.import_task.failed.connect(self._on_import_failed)
        self.import_task.runningChanged.connect(self._on_import_running)
        self._filling = False
        self._build()
        self._fill(journey)
        self.resize(900, 640)

    # --- building ---------------------------------------------------------------------

    def _table(self, headers: list[str], computed: tuple[int, ...], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column in computed:
            item = table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(self.tr("Computed from the rows; not typed"))
        table.itemChanged.connect(lambda _item: self.recompute())
        return table

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Counts per funnel step and what each channel cost and brought. Conversion "
                "and ROI are computed; blank counts are not known."
            )
        )
        intro.setWordWrap(True)
        add_step, remove_step = (
            QPushButton(self.tr("Add Step")),
            QPushButton(self.tr("Remove Step")),
        )
        add_step.clicked.connect(lambda: self.add_funnel_row(self._current_stage()))
        remove_step.clicked.connect(lambda: self._remove_row(self.funnel))
        add_cost, remove_cost = QPushButton(self.tr("Add Row")), QPushButton(self.tr("Remove Row"))
        add_cost.clicked.connect(lambda: self.add_cost_row(None))
        remove_cost.clicked.connect(lambda: self._remove_row(self.costs))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        importing = QHBoxLayout()
        importing.addWidget(self.import_button)
        importing.addWidget(self.import_status, 1)
        layout.addLayout(importing)
        layout.addWidget(
            _group(self.tr("Funnel"), self.funnel, self.funnel_summary, add_step, remove_step), 1
        )
        layout.addWidget(
            _group(self.tr("Channel costs"), self.costs, self.costs_summary, add_cost, remove_cost),
            1,
        )
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _fill(self, journey: JourneyMap) -> None:
        self._filling = True
        try:
            steps = ordered_steps(journey)
            with_steps = {step.stage_id for step in steps}
            for stage_id, _name in self.stages:  # a row for each stage, its steps first
                for step in (s for s in steps if s.stage_id == stage_id):
                    self.add_funnel_row(stage_id, step)
                if stage_id not in with_steps:
                    self.add_funnel_row(stage_id)
            for cost in journey.channel_costs:
                self.add_cost_row(cost)
        finally:
            self._filling = False
        self.recompute()

    def add_funnel_row(self, stage_id: str | None, step: FunnelStep | None = None) -> int:
        table = self.funnel
        row = table.rowCount() if stage_id is None else self._row_after_stage(stage_id)
        table.insertRow(row)
        combo = QComboBox()
        for sid, name in self.stages:
            combo.addItem(name, sid)
        combo.setCurrentIndex(max(0, combo.findData(stage_id)))
        combo.currentIndexChanged.connect(lambda _index: self.recompute())
        table.setCellWidget(row, F_STAGE, combo)
        values = (
            ("", "", "", "", "")
            if step is None
            else (step.label, number_text(step.count), number_text(step.amount), step.currency)
        )
        with _quiet(self):
            for column, text in zip((F_LABEL, F_COUNT, F_AMOUNT, F_CURRENCY), values, strict=False):
                table.setItem(row, column, _cell(text, numeric=column in (F_COUNT, F_AMOUNT)))
            for column in (F_CONVERSION, F_OVERALL):
                table.setItem(row, column, _computed_cell(self.palette()))
        self.recompute()
        return row

    def add_cost_row(self, cost: ChannelCost | None) -> int:
        table = self.costs
        row = table.rowCount()
        table.insertRow(row)
        values = (
            ("", "", "", "", "", "")
            if cost is None
            else (
                cost.channel,
                cost.campaign,
                number_text(cost.cost),
                number_text(cost.revenue),
                number_text(cost.acquisitions),
                cost.currency,
            )
        )
        with _quiet(self):
            for column, text in enumerate(values):
                numeric = column in (C_COST, C_REVENUE, C_ACQUIRED)
                table.setItem(row, column, _cell(text, numeric=numeric))
            for column in (C_ROI, C_CPA):
                table.setItem(row, column, _computed_cell(self.palette()))
        self.recompute()
        return row

    def _row_after_stage(self, stage_id: str) -> int:
        """Below the last row of `stage_id`, or of the stages before it."""
        rank = {sid: i for i, (sid, _name) in enumerate(self.stages)}
        wanted = rank.get(stage_id, len(rank))
        row = 0
        for index in range(self.funnel.rowCount()):
            if rank.get(self._stage_of(index), len(rank)) <= wanted:
                row = index + 1
        return row

    def _current_stage(self) -> str | None:
        rows = self.funnel.selectionModel().selectedRows()
        if rows:
            return self._stage_of(rows[0].row())
        return self.stages[-1][0] if self.stages else None

    def _remove_row(self, table: QTableWidget) -> None:
        rows = table.selectionModel().selectedRows()
        if rows:
            table.removeRow(rows[0].row())
            self.recompute()

    # --- reading ----------------------------------------------------------------------

    def _stage_of(self, row: int) -> str:
        combo = self.funnel.cellWidget(row, F_STAGE)
        return str(combo.currentData()) if isinstance(combo, QComboBox) else ""

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def typed_funnel(self) -> tuple[list[tuple[int, FunnelStep]], list[str]]:
        """The funnel steps typed (with their rows) and what is wrong in the table."""
        steps: list[tuple[int, FunnelStep]] = []
        problems: list[str] = []
        for row in range(self.funnel.rowCount()):
            label = self._text(self.funnel, row, F_LABEL)
            count_text = self._text(self.funnel, row, F_COUNT)
            amount_text = self._text(self.funnel, row, F_AMOUNT)
            currency = self._text(self.funnel, row, F_CURRENCY)
            if not (label or count_text or amount_text):
                continue  # an empty row: not a step
            values: dict[str, Any] = {
                "stage_id": self._stage_of(row),
                "label": label,
                "currency": currency,
            }
            ok = True
            for column, key, parse, wrong in (
                (F_COUNT, "count", parse_count, self.tr("a count is a whole number of 0 or more")),
                (F_AMOUNT, "amount", parse_amount, self.tr("an amount is a number of 0 or more")),
            ):
                try:
                    values[key] = parse(self._text(self.funnel, row, column))
                    _mark(self.funnel, row, column, ok=True, palette=self.palette())
                except ValueError:
                    ok = False
                    _mark(self.funnel, row, column, ok=False, palette=self.palette())
                    problems.append(self._row_problem(self.tr("Funnel"), row, wrong))
            if not label:
                ok = False
                problems.append(self._row_problem(self.tr("Funnel"), row, self.tr("name the step")))
            if ok:
                steps.append((row, FunnelStep.model_validate(values)))
        return steps, problems

    def typed_costs(self) -> tuple[list[tuple[int, ChannelCost]], list[str]]:
        costs: list[tuple[int, ChannelCost]] = []
        problems: list[str] = []
        number_columns = (
            (C_COST, "cost", parse_amount, self.tr("a cost is a number of 0 or more")),
            (C_REVENUE, "revenue", parse_amount, self.tr("revenue is a number of 0 or more")),
            (
                C_ACQUIRED,
                "acquisitions",
                parse_count,
                self.tr("acquisitions are a whole number of 0 or more"),
            ),
        )
        for row in range(self.costs.rowCount()):
            texts = [self._text(self.costs, row, column) for column in range(C_ROI)]
            if not any(texts):
                continue
            values: dict[str, Any] = {
                "channel": texts[C_CHANNEL],
                "campaign": texts[C_CAMPAIGN],
                "currency": texts[C_CURRENCY],
            }
            ok = True
            for column, key, parse, wrong in number_columns:
                try:
                    values[key] = parse(texts[column]) or 0
                    _mark(self.costs, row, column, ok=True, palette=self.palette())
                except ValueError:
                    ok = False
                    _mark(self.costs, row, column, ok=False, palette=self.palette())
                    problems.append(self._row_problem(self.tr("Costs"), row, wrong))
            if not texts[C_CHANNEL]:
                ok = False
                problems.append(
                    self._row_problem(self.tr("Costs"), row, self.tr("name the channel"))
                )
            if ok:
                costs.append((row, ChannelCost.model_validate(values)))
        return costs, problems

    def _row_problem(self, table: str, row: int, problem: str) -> str:
        return self.tr("{table} row {row}: {problem}.").format(
            table=table, row=row + 1, problem=problem
        )

    # --- the computed columns ---------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed while it is open
            self._recolour()

    def _recolour(self) -> None:
        # The dialog's palette: the tables take it only after the dialog's PaletteChange.
        colour = QBrush(COMPUTED.on(self.palette()))
        with _quiet(self):
            for table, columns in (
                (self.funnel, (F_CONVERSION, F_OVERALL)),
                (self.costs, (C_ROI, C_CPA)),
            ):
                for row in range(table.rowCount()):
                    for column in columns:
                        item = table.item(row, column)
                        if item is not None:
                            item.setForeground(colour)
        self.recompute()  # marks what is wrong again, in the theme's colour

    def recompute(self) -> None:
        """Show the conversions and ROI of the rows as typed, and what is wrong."""
        if self._filling:
            return
        with _quiet(self):
            steps, funnel_problems = self.typed_funnel()
            costs, cost_problems = self.typed_costs()
            journey = self.main_window.document.journey
            preview = journey.model_copy(
                update={"funnel": [s for _r, s in steps], "channel_costs": [c for _r, c in costs]}
            )
            self._show_funnel(preview, steps)
            self._show_costs(preview, costs)
        problems = funnel_problems + cost_problems
        self.message.setText(problems[0] if len(problems) == 1 else "\n".join(problems[:3]))
        self.message.setVisible(bool(problems))

    def _show_funnel(self, preview: JourneyMap, steps: list[tuple[int, FunnelStep]]) -> None:
        for row in range(self.funnel.rowCount()):
            for column in (F_CONVERSION, F_OVERALL):
                _set_computed(self.funnel, row, column, "")
        rows_of = {id(step): row for row, step in steps}
        report = analyse_funnel(preview)
        for step, result in zip(ordered_steps(preview), report.rows, strict=True):
            row = rows_of[id(step)]
            _set_computed(self.funnel, row, F_CONVERSION, _rate(result.conversion))
            _set_computed(self.funnel, row, F_OVERALL, _rate(result.overall))
        if report.overall is not None:
            self.funnel_summary.setText(
                self.tr("Overall conversion: {rate}").format(
                    rate=percent(report.overall, ui_numbers())
                )
            )
        else:
            self.funnel_summary.setText(self.tr("Overall conversion needs two known counts."))

    def _show_costs(self, preview: JourneyMap, costs: list[tuple[int, ChannelCost]]) -> None:
        for row in range(self.costs.rowCount()):
            for column in (C_ROI, C_CPA):
                _set_computed(self.costs, row, column, "")
        report = analyse_costs(preview)
        numbers = ui_numbers()
        for (row, _cost), result in zip(costs, report.rows, strict=True):
            _set_computed(self.costs, row, C_ROI, signed_percent(result.roi, numbers))
            cpa = "" if result.cpa is None else money(result.cpa, result.currency, numbers)
            _set_computed(self.costs, row, C_CPA, cpa)
        totals = [
            self.tr("{currency}: cost {cost}, revenue {revenue}, ROI {roi}").format(
                currency=total.currency or self.tr("no currency"),
                cost=money(total.cost, total.currency, numbers),
                revenue=money(total.revenue, total.currency, numbers),
                roi=signed_percent(total.roi, numbers),
            )
            for total in report.totals
        ]
        self.costs_summary.setText(
            self.tr("Totals: {totals}").format(totals="; ".join(totals)) if totals else ""
        )

    # --- importing --------------------------------------------------------------------

    def choose_import_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Funnel and Costs"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read `path` in the background; the tables are filled when it is read."""
        journey = self.main_window.document.journey.model_copy(deep=True)

        def job(progress: Progress, should_cancel: ShouldCancel) -> FunnelImport:
            return read_funnel_file(path, journey, progress=progress, should_cancel=should_cancel)

        self.import_status.setText(self.tr("Reading {name}…").format(name=path.name))
        self.import_task.start(job)

    def fill_from_import(self, imported: FunnelImport) -> None:
        """Put the file's steps and costs in the tables (not yet on the map)."""
        with _quiet(self):
            if imported.mapping.funnel is not None:
                replaced = set(imported.stage_ids)
                for row in reversed(range(self.funnel.rowCount())):
                    if self._stage_of(row) in replaced:
                        self.funnel.removeRow(row)
                for step in imported.steps:
                    self.add_funnel_row(step.stage_id, step)
            if imported.mapping.costs is not None:
                self.costs.setRowCount(0)
                for cost in imported.costs:
                    self.add_cost_row(cost)
        self.recompute()

    def _on_imported(self, result: object) -> None:
        if not isinstance(result, FunnelImport):
            return
        self.fill_from_import(result)
        parts = []
        if result.mapping.funnel is not None:
            parts.append(self.tr("{n} funnel steps").format(n=len(result.steps)))
        if result.mapping.costs is not None:
            parts.append(self.tr("{n} cost rows").format(n=len(result.costs)))
        self.import_status.setText(
            self.tr("Imported {what} from {name}; press OK to apply.").format(
                what=self.tr(" and ").join(parts), name=result.file_name
            )
        )

    def _on_import_failed(self, message: str) -> None:
        self.import_status.setText("")
        self.message.setText(message)
        self.message.setVisible(True)

    def _on_import_running(self, running: bool) -> None:
        self.import_button.setEnabled(not running)

    def done(self, result: int) -> None:
        self.import_task.shutdown()
        super().done(result)

    # --- applying ---------------------------------------------------------------------

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def apply(self) -> bool:
        """Put the tables on the map as one edit; False (and the reason shown) if wrong."""
        steps, funnel_problems = self.typed_funnel()
        costs, cost_problems = self.typed_costs()
        problems = funnel_problems + cost_problems
        if problems:
            self.recompute()
            return False
        journey = self.main_window.document.journey
        funnel = [step for _row, step in steps]
        channel_costs = [cost for _row, cost in costs]
        changes: dict[str, Any] = {}
        if funnel != ordered_steps(journey):  # the order across stages is the stages'
            changes["funnel"] = funnel
        if channel_costs != journey.channel_costs:
            changes["channel_costs"] = channel_costs
        if not changes:
            return True
        return self.main_window.editor.apply(
            ops.update_map(**changes), self.tr("Edit funnel and costs")
        )


def _group(title: str, table: QTableWidget, summary: QLabel, *buttons: QPushButton) -> QGroupBox:
    box = QGroupBox(title)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(summary)
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    layout.addLayout(row)
    return box


def _cell(text: str, numeric: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _computed_cell(palette: QPalette) -> QTableWidgetItem:
    item = QTableWidgetItem("")
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setForeground(QBrush(COMPUTED.on(palette)))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _set_computed(table: QTableWidget, row: int, column: int, text: str) -> None:
    item = table.item(row, column)
    if item is not None and item.text() != text:
        item.setText(text)


def _mark(table: QTableWidget, row: int, column: int, ok: bool, palette: QPalette) -> None:
    item = table.item(row, column)
    if item is not None:
        item.setBackground(QBrush() if ok else QBrush(WRONG.on(palette)))


def _rate(value: float | None) -> str:
    return percent(value, ui_numbers()) if value is not None else ""


class _quiet:
    """Table edits made by the dialog itself do not start another recompute."""

    def __init__(self, dialog: FunnelCostsDialog) -> None:
        self.dialog = dialog
        self.was = False

    def __enter__(self) -> None:
        self.was = self.dialog._filling
        self.dialog._filling = True

    def __exit__(self, *exc: object) -> None:
        self.dialog._filling = self.was

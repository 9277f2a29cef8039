"""Map ▸ Funnel and Costs…: the tables show the map's funnel and costs with the analytics'
conversions and ROI beside them, and OK applies both tables as one undoable edit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QComboBox, QTableWidget
from pytestqt.qtbot import QtBot
from test_panels_helpers import clear_selections

from journey_designer.analytics.figures import percent, signed_percent
from journey_designer.analytics.funnel import analyse_funnel
from journey_designer.analytics.roi import analyse_costs
from journey_designer.ui.funnel_dialog import (
    C_CHANNEL,
    C_COST,
    C_CURRENCY,
    C_REVENUE,
    C_ROI,
    F_CONVERSION,
    F_COUNT,
    F_LABEL,
    F_OVERALL,
    F_STAGE,
    FunnelCostsDialog,
)
from journey_designer.ui.main_window import MainWindow
from tests.ui.marketing_helpers import rich_marketing_map, show_map


@pytest.fixture(autouse=True)
def _deselect_before_teardown() -> Iterator[None]:
    yield
    clear_selections()


@pytest.fixture
def dialog(window: MainWindow, qtbot: QtBot) -> FunnelCostsDialog:
    show_map(window, rich_marketing_map())
    opened = window.marketing.open_funnel_dialog()
    qtbot.waitExposed(opened)
    return opened


def column(table: QTableWidget, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def set_cell(table: QTableWidget, row: int, index: int, text: str) -> None:
    item = table.item(row, index)
    assert item is not None
    item.setText(text)


def test_the_menu_opens_it_with_the_analytics_figures(
    window: MainWindow, dialog: FunnelCostsDialog
) -> None:
    journey = window.document.journey
    report = analyse_funnel(journey)
    assert column(dialog.funnel, F_LABEL) == [row.label for row in report.rows]
    assert column(dialog.funnel, F_CONVERSION) == [
        percent(row.conversion) if row.conversion is not None else "" for row in report.rows
    ]
    assert column(dialog.funnel, F_OVERALL)[-1] == percent(report.rows[-1].overall)
    stage = dialog.funnel.cellWidget(0, F_STAGE)
    assert isinstance(stage, QComboBox) and stage.currentText() == "Awareness"
    roi = analyse_costs(journey)
    assert column(dialog.costs, C_ROI) == [signed_percent(row.roi) for row in roi.rows]
    assert percent(report.overall) in dialog.funnel_summary.text()
    assert window.marketing.funnel_action in window.menu_actions.map_menu.actions()


def test_a_stage_without_steps_gets_an_empty_row(window: MainWindow, qtbot: QtBot) -> None:
    journey = rich_marketing_map()
    journey.funnel = [step for step in journey.funnel if step.stage_id != "st-2"]
    show_map(window, journey)
    dialog = window.marketing.open_funnel_dialog()
    stages = [dialog._stage_of(row) for row in range(dialog.funnel.rowCount())]
    empty = stages.index("st-2")
    assert dialog.funnel.item(empty, F_LABEL).text() == ""
    assert stages == sorted(stages)  # one stage after the other
    dialog.accept()  # the empty row is not a step: nothing changed, no edit
    assert window.editor.undo_stack.count() == 0


def test_ok_applies_both_tables_as_one_edit(window: MainWindow, dialog: FunnelCostsDialog) -> None:
    before = window.document.journey.model_dump()
    set_cell(dialog.funnel, 1, F_COUNT, "3,000")  # sign-ups
    assert dialog.funnel.item(1, F_CONVERSION).text() == "15.0%"  # recomputed as typed
    row = dialog.add_cost_row(None)
    for index, text in ((C_CHANNEL, "wechat"), (C_COST, "1000"), (C_REVENUE, "4500"),
                        (C_CURRENCY, "¥")):  # fmt: skip
        set_cell(dialog.costs, row, index, text)
    assert dialog.costs.item(row, C_ROI).text() == "+350.0%"
    dialog.funnel.selectRow(dialog.funnel.rowCount() - 1)
    dialog._remove_row(dialog.funnel)  # the orders
    dialog.buttons.accepted.emit()
    assert dialog.result() == FunnelCostsDialog.DialogCode.Accepted
    journey = window.document.journey
    assert [s.count for s in journey.funnel if s.label == "Sign-ups"] == [3000]
    assert "Orders" not in [s.label for s in journey.funnel]
    assert journey.channel_costs[-1].channel == "wechat"
    assert journey.channel_costs[-1].revenue == 4500.0
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.text(0) == "Edit funnel and costs"
    window.editor.undo_stack.undo()
    assert window.document.journey.model_dump() == before


def test_wrong_numbers_keep_the_dialog_open_and_change_nothing(
    window: MainWindow, dialog: FunnelCostsDialog
) -> None:
    set_cell(dialog.funnel, 0, F_COUNT, "lots")
    set_cell(dialog.costs, 0, C_COST, "-5")
    assert dialog.message.isVisibleTo(dialog)
    assert "Funnel row 1: a count is a whole number of 0 or more." in dialog.message.text()
    assert "Costs row 1: a cost is a number of 0 or more." in dialog.message.text()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert window.editor.undo_stack.count() == 0
    set_cell(dialog.funnel, 0, F_COUNT, "")  # blank: not known, which is allowed
    set_cell(dialog.costs, 0, C_COST, "12000")
    assert not dialog.message.isVisibleTo(dialog)
    assert dialog.funnel.item(1, F_CONVERSION).text() == ""  # nothing known before it
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    visitors = next(s for s in window.document.journey.funnel if s.label == "Visitors")
    assert visitors.count is None
    assert window.editor.undo_stack.count() == 1


def test_cancel_changes_nothing(window: MainWindow, dialog: FunnelCostsDialog) -> None:
    set_cell(dialog.funnel, 1, F_COUNT, "1")
    dialog.buttons.rejected.emit()
    assert window.editor.undo_stack.count() == 0
    assert [s.count for s in window.document.journey.funnel if s.label == "Sign-ups"] == [1500]

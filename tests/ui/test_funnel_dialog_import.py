"""Funnel and Costs ▸ Import from Spreadsheet…: a real CSV read in the background fills
the tables; OK applies them as one undoable edit; a bad file is one line in the dialog."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_panels_helpers import clear_selections

from journey_designer.ui import funnel_dialog
from journey_designer.ui.funnel_dialog import C_CHANNEL, F_COUNT, F_LABEL, FunnelCostsDialog
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


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        funnel_dialog.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *_args, **_kwargs: (str(path), "")),
    )


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def texts(dialog: FunnelCostsDialog, column: int) -> list[str]:
    table = dialog.funnel
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_importing_fills_the_tables_and_ok_is_one_undoable_edit(
    window: MainWindow,
    dialog: FunnelCostsDialog,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_csv(
        tmp_path / "funnel.csv",
        [
            ["阶段", "步骤", "人数"],
            ["Awareness", "Visitors", "25000"],
            ["2", "Sign-ups", "1800"],
            [],
            ["渠道", "活动", "花费", "收入"],
            ["ads", "Spring", "100", "300"],
        ],
    )
    choose(monkeypatch, path)
    before = window.document.journey.model_dump()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Imported" in dialog.import_status.text(), timeout=20000)
    assert dialog.import_button.isEnabled()
    labels, counts = texts(dialog, F_LABEL), texts(dialog, F_COUNT)
    assert labels[:2] == ["Visitors", "Sign-ups"]  # Attendees (stage 2) replaced
    assert counts[:2] == ["25000", "1800"]
    assert "Customers" in labels and "Orders" in labels  # other stages kept
    assert [dialog.costs.item(row, C_CHANNEL).text() for row in range(dialog.costs.rowCount())] == [
        "ads"
    ]
    assert window.document.journey.model_dump() == before  # nothing before OK

    dialog.accept()
    journey = window.document.journey
    assert [(s.label, s.count) for s in journey.funnel if s.stage_id == "st-1"] == [
        ("Sign-ups", 1_800)
    ]
    assert [c.channel for c in journey.channel_costs] == ["ads"]
    assert window.editor.undo_stack.count() == 1
    window.editor.undo_stack.undo()
    assert window.document.journey.model_dump() == before


def test_a_bad_file_is_one_line_in_the_dialog(
    dialog: FunnelCostsDialog,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows_before = dialog.funnel.rowCount()
    path = write_csv(tmp_path / "bad.csv", [["Stage", "Count"], ["Checkuot", "5"]])
    choose(monkeypatch, path)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20000)
    assert dialog.message.text() == "Row 2: no stage named 'Checkuot' on the map"
    assert dialog.funnel.rowCount() == rows_before

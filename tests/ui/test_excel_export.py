"""File ▸ Export Cards and Metrics to Excel, in the real window."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from journey_designer.ui.main_window import MainWindow


def test_the_action_is_in_the_file_menu(window: MainWindow) -> None:
    actions = window.menu_actions.file_menu.actions()
    assert window.excel_export.action in actions
    assert actions.index(window.excel_export.action) < actions.index(window.menu_actions.quit)


def test_export_writes_every_card(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "analysis.xlsx"
    assert window.excel_export.write(target)
    sheet = openpyxl.load_workbook(target)["Cards"]
    assert sheet.max_row - 1 == len(window.document.journey.cards)
    assert "analysis.xlsx" in window.statusBar().currentMessage()


def test_an_unwritable_place_gives_one_message_and_no_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    target = tmp_path / "missing-folder" / "analysis.xlsx"
    assert not window.excel_export.write(target)
    assert len(shown) == 1 and "analysis.xlsx" in shown[0] and "\n" not in shown[0]
    assert not target.exists()

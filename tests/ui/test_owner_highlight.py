"""View ▸ Highlight by Owner dims the other cards (the map is not changed), follows edits,
and File ▸ Export Responsibility Table writes the analytics' table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from test_panels_helpers import clear_selections

from journey_designer.analytics.owners import responsibilities
from journey_designer.model import operations as ops
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.owner_highlight import DIMMED_OPACITY, OwnerChoice, OwnerHighlight
from tests.ui.marketing_helpers import rich_marketing_map, show_map


@pytest.fixture(autouse=True)
def _deselect_before_teardown() -> Iterator[None]:
    yield
    clear_selections()


@pytest.fixture
def marketing_window(window: MainWindow) -> MainWindow:
    show_map(window, rich_marketing_map())
    return window


def highlight(window: MainWindow) -> OwnerHighlight:
    return window.marketing.owners


def opacities(window: MainWindow) -> dict[str, float]:
    return {item.card_id: item.opacity() for item in window.scene.card_items()}


def lit(window: MainWindow) -> set[str]:
    return {card_id for card_id, opacity in opacities(window).items() if opacity == 1.0}


def choose(window: MainWindow, text: str) -> None:
    """Pick an entry of View ▸ Highlight by Owner as the user would."""
    menu = highlight(window).menu
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == text)
    action.trigger()


def test_the_menu_lists_owners_and_departments_with_their_cards(
    marketing_window: MainWindow,
) -> None:
    menu = highlight(marketing_window).menu
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions()]
    assert texts == [
        "&Show All",
        "Owners",
        '=HYPERLINK("http://x") (1)',
        "CRM team (1)",
        "Lin (1)",
        "Wang (1)",
        "Departments",
        "Marketing (2)",
        "Sales (1)",
        "Success (1)",
    ]
    assert menu.actions()[0].isChecked()


def test_highlighting_a_department_dims_the_other_cards(marketing_window: MainWindow) -> None:
    window = marketing_window
    before = window.document.journey.model_dump()
    choose(window, "Marketing (2)")
    assert lit(window) == {"tp-welcome", "rule-cart"}
    assert set(opacities(window).values()) == {1.0, DIMMED_OPACITY}
    assert highlight(window).status.isVisibleTo(window)
    assert "Marketing" in highlight(window).status.text()
    assert window.document.journey.model_dump() == before  # a view, not an edit
    assert window.editor.undo_stack.count() == 0
    choose(window, "&Show All")
    assert set(opacities(window).values()) == {1.0}
    assert not highlight(window).status.isVisibleTo(window)


def test_the_highlight_follows_edits_and_stops_on_another_map(
    marketing_window: MainWindow, qtbot: QtBot
) -> None:
    window = marketing_window
    choose(window, "Lin (1)")
    assert lit(window) == {"tp-welcome"}
    window.editor.apply(ops.update_card("opp-1", owner=" lin "), "Edit card owner")
    assert lit(window) == {"tp-welcome", "opp-1"}  # same owner, typed differently
    window.editor.undo_stack.undo()
    assert lit(window) == {"tp-welcome"}
    card = window.document.journey.card("note-1").model_copy(update={"id": "note-2", "order": 1})
    window.editor.apply(ops.add_card(window.document.journey, card), "Add card")
    assert opacities(window)["note-2"] == DIMMED_OPACITY  # a new item is dimmed too
    show_map(window, rich_marketing_map())
    assert highlight(window).choice is None
    assert set(opacities(window).values()) == {1.0}


def test_highlight_by_choice_matches_ignoring_case_and_spaces(
    marketing_window: MainWindow,
) -> None:
    window = marketing_window
    highlight(window).highlight(OwnerChoice("owner", "crm  TEAM"))
    assert lit(window) == {"rule-cart"}


def test_a_map_without_owners_says_so(window: MainWindow) -> None:
    for card in list(window.document.journey.cards):
        if card.owner or card.department:
            window.editor.apply(ops.update_card(card.id, owner="", department=""), "clear")
    menu = highlight(window).menu
    menu.aboutToShow.emit()
    empty = menu.actions()[-1]
    assert empty.text() == "No card has an owner or a department yet"
    assert not empty.isEnabled()


def test_responsibility_table_is_the_analytics_table(
    marketing_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = marketing_window
    target = tmp_path / "负责人"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.marketing.exports.responsibilities.trigger()
    workbook = load_workbook(tmp_path / "负责人.xlsx")
    assert workbook.sheetnames == ["Responsibilities"]
    rows = list(workbook["Responsibilities"].iter_rows(values_only=True))
    expected = responsibilities(window.document.journey)
    assert rows[0] == ("What", "Stage", "Lane", "Card", "Owner", "Department", "Card ID")
    assert [row[-1] for row in rows[1:]] == [r.card_id for r in expected]
    assert [(row[4] or "", row[5] or "") for row in rows[1:]] == [
        (r.owner, r.department) for r in expected
    ]
    assert "负责人.xlsx" in window.statusBar().currentMessage()


def test_marketing_workbook_has_the_four_sheets(
    marketing_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "marketing.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    marketing_window.marketing.exports.workbook.trigger()
    assert load_workbook(target).sheetnames == [
        "Automation plan", "Touchpoint metrics", "Funnel & ROI", "Responsibilities",
    ]  # fmt: skip

"""The inspector's marketing fields: department, link (and what Open refuses), the
automation rule and the A/B test, each edit one undo step, wrong values refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot
from test_panels_helpers import cards_in, clear_selections, panels, replace_text, select

from journey_designer.analytics.ab import analyse_test
from journey_designer.model import LaneKind, RuleAction, RuleTrigger
from journey_designer.model import operations as ops
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.panels.ab_editor import CONVERSIONS, SAMPLE
from journey_designer.ui.panels.card_form import CardForm
from journey_designer.ui.panels.link_field import LinkRefused, link_url
from journey_designer.ui.panels.marketing_labels import verdict_text
from tests.ui.marketing_helpers import rich_marketing_map, show_map


@pytest.fixture(autouse=True)
def _deselect_before_teardown() -> Iterator[None]:
    yield
    clear_selections()


@pytest.fixture
def marketing_window(window: MainWindow) -> MainWindow:
    show_map(window, rich_marketing_map())
    return window


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """The URLs the app asked the desktop to open (nothing is really opened)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def form(window: MainWindow) -> CardForm:
    return panels(window).inspector.card_form


def enter(widget: QWidget, text: str) -> None:
    """Type over a field's text and press Enter."""
    replace_text(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_department_is_one_undo_step(qtbot: QtBot, marketing_window: MainWindow) -> None:
    window = marketing_window
    select(qtbot, window, "tp-welcome")
    department = form(window).department
    assert department.text() == "Marketing"
    enter(department, "Growth 增长")
    assert window.document.journey.card("tp-welcome").department == "Growth 增长"
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.text(0) == "Edit card department"
    window.editor.undo_stack.undo()
    assert window.document.journey.card("tp-welcome").department == "Marketing"
    assert department.text() == "Marketing"


def test_rows_follow_the_lane_kind(qtbot: QtBot, marketing_window: MainWindow) -> None:
    window = marketing_window
    card_form = form(window)
    visible = {
        "rule-cart": (True, False, False),  # rule, A/B test, link
        "tp-offer": (False, True, False),
        "asset-1": (False, False, True),
        "note-1": (False, False, False),
    }
    for card_id, (rule, test, link) in visible.items():
        select(qtbot, window, card_id)
        shown = (
            card_form.rule.isVisibleTo(card_form),
            card_form.ab_test.isVisibleTo(card_form),
            card_form.link.isVisibleTo(card_form),
        )
        assert shown == (rule, test, link), card_id


def test_rule_edits_are_one_undo_step_each(qtbot: QtBot, marketing_window: MainWindow) -> None:
    window = marketing_window
    before = window.document.journey.model_dump()
    select(qtbot, window, "rule-cart")
    rule = form(window).rule
    assert rule.creates.currentData() == "tp-welcome"
    assert rule.personal_data.text() == "email, company"
    rule.trigger.setCurrentIndex(rule.trigger.findData(RuleTrigger.NO_PURCHASE_DAYS))
    rule.trigger.activated.emit(rule.trigger.currentIndex())
    assert rule.trigger_value.isEnabled()
    enter(rule.trigger_value, "30")
    enter(rule.wait_hours, "48")
    rule.action.setCurrentIndex(rule.action.findData(RuleAction.SEND_SMS))
    rule.action.activated.emit(rule.action.currentIndex())
    rule.creates.setCurrentIndex(rule.creates.findData("tp-offer"))
    rule.creates.activated.emit(rule.creates.currentIndex())
    enter(rule.personal_data, "phone, 购买记录")
    stored = window.document.journey.card("rule-cart").rule
    assert stored is not None
    assert (stored.trigger, stored.trigger_value, stored.wait_hours) == (
        RuleTrigger.NO_PURCHASE_DAYS, 30.0, 48.0,
    )  # fmt: skip
    assert (stored.action, stored.creates_card_id) == (RuleAction.SEND_SMS, "tp-offer")
    assert stored.personal_data == ["phone", "购买记录"]
    assert window.editor.undo_stack.count() == 6
    while window.editor.undo_stack.canUndo():
        window.editor.undo_stack.undo()
    assert window.document.journey.model_dump() == before
    assert rule.trigger.currentData() == RuleTrigger.SIGNED_UP


def test_a_card_in_an_automation_lane_gets_its_rule_on_the_first_edit(
    qtbot: QtBot, marketing_window: MainWindow
) -> None:
    window = marketing_window
    window.editor.apply(ops.update_card("rule-lapsed", rule=None), "Remove the rule")
    select(qtbot, window, "rule-lapsed")
    enter(form(window).rule.segment, "lapsed buyers")
    rule = window.document.journey.card("rule-lapsed").rule
    assert rule is not None and rule.segment == "lapsed buyers"
    assert rule.trigger is RuleTrigger.CUSTOM  # the defaults for the rest


def test_wrong_rule_values_are_refused_with_a_message(
    qtbot: QtBot, marketing_window: MainWindow
) -> None:
    window = marketing_window
    select(qtbot, window, "rule-lapsed")  # no purchase in 90 days
    rule = form(window).rule
    enter(rule.trigger_value, "-5")
    assert rule.message.isVisibleTo(rule) and "negative" in rule.message.text()
    enter(rule.wait_hours, "soon")
    assert "number of hours" in rule.message.text()
    assert window.editor.undo_stack.count() == 0
    assert rule.trigger_value.text() == "90"  # the map's value again
    assert rule.wait_hours.text() == ""


def test_ab_variant_edit_is_one_step_and_shows_the_computed_result(
    qtbot: QtBot, marketing_window: MainWindow
) -> None:
    window = marketing_window
    select(qtbot, window, "tp-invite")  # A 100/1000, B 110/1000: not significant
    editor = form(window).ab_test
    assert "Not significant at 95%" in editor.result.text()
    item = editor.table.item(1, CONVERSIONS)
    assert isinstance(item, QTableWidgetItem)
    item.setData(Qt.ItemDataRole.EditRole, 150)
    test = window.document.journey.card("tp-invite").ab_test
    assert test is not None and test.variants[1].conversions == 150
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.text(0) == "Edit A/B variant"
    result = analyse_test(test)
    assert result.winner == "B"
    assert verdict_text(result) in editor.result.text()
    comparison = result.comparisons[0]
    assert comparison.p_value is not None
    assert f"p = {comparison.p_value:.4f}" in editor.result.text()  # 0.0007
    assert f"lift +{comparison.lift:.1%}" in editor.result.text()
    window.editor.undo_stack.undo()
    assert window.document.journey.card("tp-invite").ab_test.variants[1].conversions == 110
    assert editor.table.item(1, CONVERSIONS).data(Qt.ItemDataRole.EditRole) == 110


def test_more_conversions_than_sample_is_refused(
    qtbot: QtBot, marketing_window: MainWindow
) -> None:
    window = marketing_window
    before = window.document.journey.model_dump()
    select(qtbot, window, "tp-welcome")
    editor = form(window).ab_test
    editor.table.item(0, CONVERSIONS).setData(Qt.ItemDataRole.EditRole, 2500)  # of 2,000
    assert editor.message.isVisibleTo(editor)
    assert "2500 conversions cannot exceed the 2000" in editor.message.text()
    assert window.editor.undo_stack.count() == 0
    assert window.document.journey.model_dump() == before
    assert editor.table.item(0, CONVERSIONS).data(Qt.ItemDataRole.EditRole) == 200
    editor.table.item(0, SAMPLE).setData(Qt.ItemDataRole.EditRole, -1)
    assert "whole numbers" in editor.message.text()
    assert window.editor.undo_stack.count() == 0


def test_add_variant_and_test_name_and_remove_test(qtbot: QtBot, window: MainWindow) -> None:
    touchpoint = cards_in(window, LaneKind.TOUCHPOINTS)[0]  # the sample map has no tests
    before = window.document.journey.model_dump()
    select(qtbot, window, touchpoint.id)
    editor = form(window).ab_test
    assert editor.add_test_button.isVisibleTo(editor) and not editor.details.isVisibleTo(editor)
    QTest.mouseClick(editor.add_test_button, Qt.MouseButton.LeftButton)
    test = window.document.journey.card(touchpoint.id).ab_test
    assert test is not None and [v.name for v in test.variants] == ["A", "B"]
    assert "no sample yet" in editor.result.text()
    QTest.mouseClick(editor.add_variant_button, Qt.MouseButton.LeftButton)
    enter(editor.name, "Hero image")
    editor.confidence.setCurrentIndex(editor.confidence.findData(0.99))
    editor.confidence.activated.emit(editor.confidence.currentIndex())
    test = window.document.journey.card(touchpoint.id).ab_test
    assert (test.name, test.confidence, len(test.variants)) == ("Hero image", 0.99, 3)
    editor.table.selectRow(2)
    QTest.mouseClick(editor.remove_variant_button, Qt.MouseButton.LeftButton)
    assert len(window.document.journey.card(touchpoint.id).ab_test.variants) == 2
    QTest.mouseClick(editor.remove_test_button, Qt.MouseButton.LeftButton)
    assert window.document.journey.card(touchpoint.id).ab_test is None
    assert window.editor.undo_stack.count() == 6
    while window.editor.undo_stack.canUndo():
        window.editor.undo_stack.undo()
    assert window.document.journey.model_dump() == before


def test_link_opens_a_web_page(
    qtbot: QtBot, marketing_window: MainWindow, opened: list[QUrl]
) -> None:
    window = marketing_window
    select(qtbot, window, "asset-1")
    link = form(window).link
    assert link.line.text() == "https://example.com/guide.pdf"
    QTest.mouseClick(link.open_button, Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened] == ["https://example.com/guide.pdf"]
    assert not link.message.isVisibleTo(link)


def test_link_refuses_javascript_and_the_edit_is_one_step(
    qtbot: QtBot, marketing_window: MainWindow, opened: list[QUrl]
) -> None:
    window = marketing_window
    select(qtbot, window, "asset-1")
    link = form(window).link
    enter(link.line, "javascript:alert(document.cookie)")
    assert window.document.journey.card("asset-1").link == "javascript:alert(document.cookie)"
    assert window.editor.undo_stack.count() == 1
    QTest.mouseClick(link.open_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert link.message.isVisibleTo(link)
    assert "javascript:" in link.message.text() and "\n" not in link.message.text()


def test_link_to_a_file_opens_the_file_beside_the_map(
    qtbot: QtBot, marketing_window: MainWindow, opened: list[QUrl], tmp_path: Path
) -> None:
    window = marketing_window
    guide = tmp_path / "assets" / "指南.pdf"
    guide.parent.mkdir()
    guide.write_bytes(b"%PDF-1.4\n")
    window.document.save(tmp_path / "map.journey.json")
    select(qtbot, window, "asset-1")
    link = form(window).link
    enter(link.line, "assets/指南.pdf")
    QTest.mouseClick(link.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(guide)]
    enter(link.line, "assets/missing.pdf")
    QTest.mouseClick(link.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and "No file at" in link.message.text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.com/a?b=1", "https://example.com/a?b=1"),
        ("HTTP://Example.com", "http://example.com"),
        ("www.example.com/guide", "https://www.example.com/guide"),
    ],
)
def test_web_links(text: str, expected: str) -> None:
    assert link_url(text, None).toString() == expected


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "ms-settings:privacy",
        "smb://server/share",
        "file://server/share/doc.pdf",
        "https://",
        "",
        "relative/but/unsaved.pdf",
        "/no/such/file.pdf",
    ],
)
def test_links_refused(text: str) -> None:
    with pytest.raises(LinkRefused):
        link_url(text, None)


def test_a_windows_drive_path_is_a_file_not_a_scheme() -> None:
    with pytest.raises(LinkRefused, match="No file at"):
        link_url(r"C:\Users\lin\guide.pdf", None)

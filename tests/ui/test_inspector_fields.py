"""The inspector's richer fields: colour, channel (picked by its translated name or typed),
and metrics with where each number came from."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QColorDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_panels_helpers import (
    badges,
    cards_in,
    clear_selections,
    panels,
    replace_text,
    select,
)

from journey_designer.model import (
    LaneKind,
    Metric,
    MetricKind,
    Provenance,
    SurveySource,
    panel_ops,
)
from journey_designer.model import operations as ops
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.panels.metric_dialog import MetricDialog

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _deselect_before_teardown() -> Iterator[None]:
    yield
    clear_selections()


def test_a_colour_is_chosen_and_reset_to_the_lane_default(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#FFCC00"))
    card = cards_in(window, LaneKind.ACTIONS)[0]
    select(qtbot, window, card.id)
    colour = panels(window).inspector.card_form.colour
    QTest.mouseClick(colour.button, Qt.MouseButton.LeftButton)
    assert window.document.journey.card(card.id).colour == "#FFCC00"
    item = window.scene.item_for(card.id)
    assert isinstance(item, CardItem) and item.box.fill.upper() == "#FFCC00"
    QTest.mouseClick(colour.reset_button, Qt.MouseButton.LeftButton)
    assert window.document.journey.card(card.id).colour is None
    assert window.editor.undo_stack.count() == 2


def test_channel_picked_by_its_chinese_name(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("zh")
    card = next(c for c in cards_in(window, LaneKind.TOUCHPOINTS) if c.channel.name != "wechat")
    select(qtbot, window, card.id)
    channel = panels(window).inspector.card_form.channel
    assert channel.isVisibleTo(panels(window).inspector.card_form)
    assert channel.name.currentText() == window.labels[f"channel.{card.channel.name}"]
    replace_text(channel.name_line, window.labels["channel.wechat"])  # 微信
    QTest.keyClick(channel.name_line, Qt.Key.Key_Return)
    stored = window.document.journey.card(card.id).channel
    assert stored is not None and (stored.name, stored.mode) == ("wechat", "online")
    assert ("channel", "wechat") in badges(window, card.id)
    channel.mode.setFocus()
    QTest.keyClick(channel.mode, Qt.Key.Key_Down)  # offline
    assert window.document.journey.card(card.id).channel.mode == "offline"
    replace_text(channel.name_line, "自助终端")  # a channel of its own
    QTest.keyClick(channel.name_line, Qt.Key.Key_Return)
    assert window.document.journey.card(card.id).channel.name == "自助终端"
    assert window.editor.undo_stack.count() == 3


def test_metrics_show_where_each_number_came_from(qtbot: QtBot, window: MainWindow) -> None:
    card = next(c for c in cards_in(window, LaneKind.METRICS) if c.metrics)
    select(qtbot, window, card.id)
    metrics = panels(window).inspector.card_form.metrics
    assert metrics.table.rowCount() == len(card.metrics)
    assert metrics.table.item(0, 4).text() == "typed"
    metrics.table.selectRow(0)
    QTest.mouseClick(metrics.remove_button, Qt.MouseButton.LeftButton)
    assert len(window.document.journey.card(card.id).metrics) == len(card.metrics) - 1
    assert metrics.table.rowCount() == len(card.metrics) - 1
    assert window.editor.undo_stack.text(0) == "Remove metric"


def test_a_metric_is_typed_in_its_dialog(qtbot: QtBot, window: MainWindow) -> None:
    card = next(c for c in cards_in(window, LaneKind.METRICS) if c.metrics)
    select(qtbot, window, card.id)
    metrics = panels(window).inspector.card_form.metrics

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MetricDialog)
        dialog.kind.setFocus()
        QTest.keyClicks(dialog.kind, "NPS")
        for field, text in ((dialog.value, "32"), (dialog.n, "120"), (dialog.ci_low, "25")):
            replace_text(field, text)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled() and dialog.problem.text()  # one end of the CI is missing
        replace_text(dialog.ci_high, "39")
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    QTest.mouseClick(metrics.add_button, Qt.MouseButton.LeftButton)
    added = window.document.journey.card(card.id).metrics[-1]
    assert (added.kind, added.value, added.n, added.ci_low, added.ci_high) == (
        MetricKind.NPS,
        32,
        120,
        25,
        39,
    )
    row = metrics.table.rowCount() - 1
    assert [metrics.table.item(row, c).text() for c in range(5)] == [
        "NPS",
        "+32",
        "120",
        "25 – 39",
        "typed",
    ]
    assert window.editor.undo_stack.text(0) == "Add metric"


def test_survey_numbers_name_their_source_and_are_not_edited_by_hand(
    qtbot: QtBot, window: MainWindow
) -> None:
    card = next(c for c in cards_in(window, LaneKind.METRICS) if c.metrics)
    source = SurveySource(
        id="src-1", file_name="问卷.xlsx", sha256="0" * 64, imported_at=datetime.now(UTC)
    )
    measured = Metric(
        kind=MetricKind.CSAT,
        value=81,
        unit="%",
        n=96,
        provenance=Provenance(kind="survey", source_id="src-1", column="Q3 满意度"),
    )
    window.editor.apply_all(
        [ops.add_survey_source(source), panel_ops.add_metric(card, measured)], "Import"
    )
    select(qtbot, window, card.id)
    metrics = panels(window).inspector.card_form.metrics
    row = metrics.table.rowCount() - 1
    assert metrics.table.item(row, 4).text() == "from survey 问卷.xlsx column Q3 满意度"
    metrics.table.selectRow(row)
    assert not metrics.edit_button.isEnabled() and not metrics.remove_button.isEnabled()
    metrics.table.selectRow(0)
    assert metrics.edit_button.isEnabled() and metrics.remove_button.isEnabled()

"""View ▸ Dashboard: built on first use, its charts hold what the analytics compute (the
numbers, not the pixels), they follow every edit, and they paint with data and without."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from test_panels_helpers import clear_selections

from journey_designer.analytics.funnel import analyse_funnel
from journey_designer.analytics.report import card_tests
from journey_designer.analytics.roi import analyse_costs
from journey_designer.model import JourneyMap, MetricKind, Severity
from journey_designer.model import operations as ops
from journey_designer.ui.dashboard.chart import Chart
from journey_designer.ui.dashboard.dock import DashboardDock
from journey_designer.ui.main_window import MainWindow
from tests.ui.marketing_helpers import ESTIMATE, MEASURED, rich_marketing_map, show_map


@pytest.fixture(autouse=True)
def _deselect_before_teardown() -> Iterator[None]:
    yield
    clear_selections()


@pytest.fixture
def dashboard(window: MainWindow, qtbot: QtBot) -> DashboardDock:
    show_map(window, rich_marketing_map())
    assert window.marketing.dashboard is None  # not built at start-up
    window.marketing.dashboard_action.trigger()  # View ▸ Dashboard
    dock = window.marketing.dashboard
    assert dock is not None
    qtbot.waitUntil(dock.isVisible)
    return dock


def test_the_menu_shows_and_hides_the_dock(window: MainWindow, dashboard: DashboardDock) -> None:
    action = window.marketing.dashboard_action
    assert action in window.menu_actions.view_menu.actions()
    assert action.isChecked()
    action.trigger()
    assert not dashboard.isVisible() and not action.isChecked()
    action.trigger()
    assert dashboard.isVisible() and action.isChecked()
    dashboard.close()  # the dock's own close button
    assert not action.isChecked()


def test_the_charts_hold_the_analytics_figures(
    window: MainWindow, dashboard: DashboardDock
) -> None:
    journey = window.document.journey
    funnel = analyse_funnel(journey)
    assert dashboard.funnel.rows == funnel.rows
    assert dashboard.funnel.overall == funnel.overall == pytest.approx(18 / 20_000)
    assert dashboard.roi.channels == analyse_costs(journey).channels
    assert [(r.channel, r.currency) for r in dashboard.roi.channels] == [
        ("ads", "¥"), ("email", "¥"), ("event", "¥"), ("webinar", "¥"), ("partner", "EUR"),
    ]  # fmt: skip
    assert dashboard.roi.channels[0].roi == pytest.approx((36_000 - 20_000) / 20_000)
    assert dashboard.ab.tests == card_tests(journey)
    assert [t.result.winner for t in dashboard.ab.tests] == ["B", None, None]


def test_the_experience_charts_read_the_map(window: MainWindow, dashboard: DashboardDock) -> None:
    emotion = dashboard.emotion.emotion
    assert emotion.stages == tuple(stage.name for stage in window.document.journey.stages)
    assert (emotion.low, emotion.high) == (-2, 2)
    estimate, measured = emotion.series
    assert not estimate.measured and estimate.values == ESTIMATE
    assert measured.measured
    assert measured.values == (*(v for v, _n in MEASURED), None)
    assert measured.n == (*(n for _v, n in MEASURED), None)
    bars = [(b.card_id, b.kind, b.value, b.n, b.low, b.high) for b in dashboard.metrics.bars]
    assert bars == [
        ("tp-welcome", MetricKind.NPS, 32, 140, 18, 46),
        ("tp-offer", MetricKind.NPS, -12, 60, -35, 11),
        ("tp-offer", MetricKind.CSAT, 71.5, 60, 60, 83),
    ]
    rows = [
        (row.card_id, row.nps and row.nps.value, row.csat and row.csat.value, row.n)
        for row in dashboard.metrics.rows
    ]
    assert rows == [("tp-welcome", 32, None, (140,)), ("tp-offer", -12, 71.5, (60,))]
    pains = [(p.card_id, p.votes, p.severity) for p in dashboard.pain_points.points]
    assert pains == [
        ("pain-2", 4, Severity.CRITICAL),  # as many votes as pain-1, more severe
        ("pain-1", 4, Severity.HIGH),
        ("pain-3", 1, Severity.LOW),
    ]


def test_the_charts_follow_edits_undo_and_another_map(
    window: MainWindow, dashboard: DashboardDock, qtbot: QtBot
) -> None:
    journey = window.document.journey
    funnel = [step.model_copy(update={"count": 100}) for step in journey.funnel]
    window.editor.apply(ops.update_map(funnel=funnel), "Edit funnel")
    qtbot.waitUntil(lambda: dashboard.funnel.overall == 1.0)
    window.editor.apply(ops.update_card("pain-3", votes=9), "Vote")
    qtbot.waitUntil(lambda: dashboard.pain_points.points[0].card_id == "pain-3")
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    qtbot.waitUntil(lambda: dashboard.funnel.rows == analyse_funnel(journey).rows)
    assert dashboard.pain_points.points[0].card_id == "pain-2"
    window.files.open_sample()  # another map: another editor to follow
    qtbot.waitUntil(lambda: not dashboard.funnel.has_data())
    assert not dashboard.ab.has_data()


def test_a_hidden_dashboard_catches_up_when_shown(
    window: MainWindow, dashboard: DashboardDock, qtbot: QtBot
) -> None:
    window.marketing.show_dashboard(False)
    window.editor.apply(ops.update_map(channel_costs=[]), "No costs")
    qtbot.wait(20)
    assert dashboard.roi.has_data()  # not redrawn while hidden
    window.marketing.show_dashboard(True)
    qtbot.waitUntil(lambda: not dashboard.roi.has_data())


def _painted_colours(image: QImage) -> int:
    """How many different colours a sample of the image's pixels has."""
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    return len(colours)


def _charts(dock: DashboardDock) -> list[Chart]:
    return dock.charts


def test_every_chart_paints_offscreen_with_data(dashboard: DashboardDock) -> None:
    for chart in _charts(dashboard):
        assert chart.has_data(), chart.title()
        for width, height in ((520, 300), (300, 200), (1000, 160)):
            image = chart.render_image(width, height)
            assert not image.isNull()
            assert _painted_colours(image) > 20, (chart.title(), width, height)


def test_every_chart_without_data_shows_its_hint(
    window: MainWindow, dashboard: DashboardDock, qtbot: QtBot
) -> None:
    show_map(window, JourneyMap(id="empty", title="Empty"))
    qtbot.waitUntil(lambda: not dashboard.funnel.has_data())
    hints = {}
    for chart in _charts(dashboard):
        assert not chart.has_data()
        image = chart.render_image(400, 220)
        assert _painted_colours(image) > 5  # the tile, its title and the hint
        hints[type(chart).__name__] = chart.toolTip()
    assert hints["FunnelChart"] == "Add funnel counts in Map ▸ Funnel and Costs…"
    assert hints["RoiBars"] == "Add channel costs in Map ▸ Funnel and Costs…"
    assert all(hints.values())


def test_a_chart_widget_paints_on_screen(dashboard: DashboardDock, qtbot: QtBot) -> None:
    picture = dashboard.grab()
    assert picture.width() > 300 and _painted_colours(picture.toImage()) > 50

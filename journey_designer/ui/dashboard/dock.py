"""The dashboard dock: six chart tiles in a grid of up to three columns (fewer when the dock
is narrow, then it scrolls), redrawn after every change to the map while it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QGridLayout, QScrollArea, QWidget

from journey_designer.ui.dashboard.ab_chart import ABResults
from journey_designer.ui.dashboard.chart import MIN_SIZE, Chart
from journey_designer.ui.dashboard.experience_charts import (
    EmotionVsSatisfaction,
    MetricBars,
    TopPainPoints,
)
from journey_designer.ui.dashboard.funnel_charts import FunnelChart, RoiBars

if TYPE_CHECKING:
    from journey_designer.ui.editor import MapEditor
    from journey_designer.ui.main_window import MainWindow

MAX_COLUMNS = 3
SPACING = 10
BACKGROUND = QColor("#F3F4F6")


class ChartGrid(QWidget):
    """The tiles in reading order, as many columns as fit (at most MAX_COLUMNS)."""

    def __init__(self, charts: list[Chart], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts = charts
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setSpacing(SPACING)
        self.grid.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.arrange(MAX_COLUMNS)

    def arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for chart in self.charts:
            self.grid.removeWidget(chart)
        for index, chart in enumerate(self.charts):
            self.grid.addWidget(chart, index // columns, index % columns)
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fits = (event.size().width() - SPACING) // (MIN_SIZE.width() + SPACING)
        self.arrange(max(1, min(MAX_COLUMNS, fits)))


class DashboardDock(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(self.tr("Dashboard"), window)
        self.setObjectName("dashboardDock")
        self.main_window = window
        labels = window.labels
        self.funnel = FunnelChart(labels)
        self.emotion = EmotionVsSatisfaction(labels)
        self.roi = RoiBars(labels)
        self.metrics = MetricBars(labels)
        self.pain_points = TopPainPoints(labels)
        self.ab = ABResults(labels)
        self.charts: list[Chart] = [
            self.funnel,
            self.emotion,
            self.roi,
            self.metrics,
            self.pain_points,
            self.ab,
        ]
        self.grid = ChartGrid(self.charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid)
        self.setWidget(scroll)
        # Edits come in bursts (a drag, a survey import): one redraw after the burst.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._stale = True
        self.visibilityChanged.connect(self._shown_or_hidden)
        window.editorChanged.connect(self._follow_editor)
        self._follow_editor(window.editor)
        self.refresh()

    def _follow_editor(self, editor: MapEditor) -> None:
        editor.changed.connect(self.schedule_refresh)
        self.schedule_refresh()

    def schedule_refresh(self) -> None:
        """The map changed: redraw soon if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def _shown_or_hidden(self, visible: bool) -> None:
        if visible and self._stale:
            self._timer.start()

    def refresh(self) -> None:
        journey = self.main_window.document.journey
        for chart in self.charts:
            chart.set_journey(journey)
        self._stale = False

"""The experience charts: the emotion curve beside measured satisfaction per stage, NPS and
CSAT per touchpoint with n and interval whiskers, and the top pain points."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from journey_designer.analytics import dashboard as data
from journey_designer.layout.labels import format_number
from journey_designer.model import JourneyMap, MetricKind, Severity
from journey_designer.ui.dashboard.chart import (
    AXIS,
    BAR,
    BAR_LIGHT,
    CENTRE,
    GAP,
    GRID,
    MUTED,
    NEGATIVE,
    RIGHT,
    Chart,
    bar_rect,
    draw_more,
    draw_text,
    draw_whisker,
    row_rects,
    small_font,
    text_width,
)
from journey_designer.ui.locale_format import ui_count

LABEL_SHARE = 0.34
LABEL_MAX = 170.0
SEVERITY_COLOURS = {
    Severity.CRITICAL: QColor("#B91C1C"),
    Severity.HIGH: QColor("#EA580C"),
    Severity.MEDIUM: QColor("#D97706"),
    Severity.LOW: QColor("#65A30D"),
}
WHITE = QColor("#FFFFFF")
LABEL_BACKGROUND = QColor(255, 255, 255, 215)


class EmotionVsSatisfaction(Chart):
    """Per stage: the facilitator's estimate (line and dots) and the satisfaction measured
    by a survey (squares with their n), both on the map's emotion scale."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(labels, parent)
        self.emotion = data.EmotionData((), -2, 2, ())

    def title(self) -> str:
        return self.tr("Emotion curve and measured satisfaction")

    def hint(self) -> str:
        return self.tr(
            "Draw the emotion curve on the map, or import a survey (Map ▸ Import Survey…)"
        )

    def load(self, journey: JourneyMap) -> None:
        self.emotion = data.emotion_data(journey)

    def has_data(self) -> bool:
        return bool(self.emotion.series) and bool(self.emotion.stages)

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        painter.setFont(small_font(painter))
        line = 16.0
        self._paint_legend(painter, QRectF(area.left(), area.top(), area.width(), line))
        axis_width = text_width(painter, "-10") + 6
        plot = area.adjusted(axis_width, line + 10, -4, -line - 4)
        if plot.height() < 20 or plot.width() < 20:
            return
        low, high = self.emotion.low, self.emotion.high
        span = high - low

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / span * plot.height()

        for value in range(low, high + 1, 1 if span <= 10 else 2):
            painter.setPen(QPen(GRID, 1.0))
            painter.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
            draw_text(
                painter,
                QRectF(area.left(), y_of(value) - 8, axis_width - 4, 16),
                f"{value:+d}" if low < 0 and value else str(value),
                RIGHT,
                MUTED,
            )
        stages = self.emotion.stages
        column = plot.width() / len(stages)
        xs = [plot.left() + column * (i + 0.5) for i in range(len(stages))]
        for x, name in zip(xs, stages, strict=True):
            draw_text(
                painter,
                QRectF(x - column / 2 + 2, plot.bottom() + 4, column - 4, line),
                name,
                CENTRE,
                MUTED,
            )
        for series in self.emotion.series:
            self._paint_series(painter, series, xs, y_of)

    def _paint_series(
        self,
        painter: QPainter,
        series: data.EmotionSeries,
        xs: list[float],
        y_of: Callable[[float], float],
    ) -> None:
        colour = QColor(series.colour)
        points = [
            (QPointF(x, y_of(value)), n)
            for x, value, n in zip(xs, series.values, series.n, strict=True)
            if value is not None
        ]
        path = QPainterPath()
        for index, (point, _n) in enumerate(points):
            path.moveTo(point) if index == 0 else path.lineTo(point)
        style = Qt.PenStyle.DashLine if series.measured else Qt.PenStyle.SolidLine
        painter.setPen(QPen(colour, 1.6 if series.measured else 2.2, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(QPen(WHITE, 1.2))
        painter.setBrush(colour)
        for point, n in points:
            if series.measured:
                painter.drawRect(QRectF(point.x() - 4.5, point.y() - 4.5, 9, 9))
                if n is not None:
                    self._paint_n(painter, point, f"n={n:,}")
                    painter.setPen(QPen(WHITE, 1.2))
                    painter.setBrush(colour)
            else:
                painter.drawEllipse(point, 4.0, 4.0)

    def _paint_n(self, painter: QPainter, point: QPointF, text: str) -> None:
        """The respondents beside a measured point, on a label that hides the lines below."""
        width = text_width(painter, text) + 6
        label = QRectF(point.x() + 7, point.y() - 19, width, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LABEL_BACKGROUND)
        painter.drawRoundedRect(label, 3, 3)
        draw_text(painter, label, text, CENTRE, MUTED)

    def _paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        x = rect.left()
        y = rect.center().y()
        personas = {series.persona for series in self.emotion.series}
        for series in self.emotion.series:
            colour = QColor(series.colour)
            painter.setPen(QPen(colour, 2.0))
            painter.setBrush(colour)
            if series.measured:
                painter.drawRect(QRectF(x, y - 4, 8, 8))
                text = self.tr("Measured")
            else:
                painter.drawLine(QPointF(x - 2, y), QPointF(x + 10, y))
                painter.drawEllipse(QPointF(x + 4, y), 3.0, 3.0)
                text = self.tr("Estimate")
            if len(personas) > 1:
                text += f" ({series.persona})"
            width = text_width(painter, text)
            draw_text(painter, QRectF(x + 14, rect.top(), width + 2, rect.height()), text)
            x += 14 + width + 14
        if not self.emotion.has_measured:
            note = self.tr("no survey yet")
            draw_text(
                painter, QRectF(x, rect.top(), rect.right() - x, rect.height()), note, colour=MUTED
            )


class MetricBars(Chart):
    """NPS (−100 to +100) and CSAT (% satisfied) per touchpoint, side by side: a bar to
    the value, the stored 95% interval as a whisker, and the respondents (n)."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(labels, parent)
        self.bars: list[data.MetricBar] = []
        self.rows: list[data.MetricRow] = []

    def title(self) -> str:
        return self.tr("NPS and CSAT per touchpoint")

    def hint(self) -> str:
        return self.tr(
            "Import a survey (Map ▸ Import Survey…) to measure NPS and CSAT per touchpoint"
        )

    def load(self, journey: JourneyMap) -> None:
        self.bars = data.metric_bars(journey)
        self.rows = data.metric_rows(journey)

    def has_data(self) -> bool:
        return bool(self.rows)

    @staticmethod
    def value_text(bar: data.MetricBar | None) -> str:
        if bar is None:
            return ""
        value = format_number(bar.value)
        if bar.kind is MetricKind.NPS and bar.value > 0:
            return "+" + value
        return value + "%" if bar.kind is MetricKind.CSAT else value

    @staticmethod
    def n_text(row: data.MetricRow) -> str:
        return " / ".join(ui_count(n) for n in row.n)

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        painter.setFont(small_font(painter, 0.95))
        heading = QRectF(area.left(), area.top(), area.width(), 16.0)
        body = area.adjusted(0, heading.height() + 2, 0, 0)
        rows, hidden = row_rects(body, len(self.rows))
        label_width = min(area.width() * 0.3, LABEL_MAX)
        n_width = max(
            [text_width(painter, "n"), *(text_width(painter, self.n_text(r)) for r in self.rows)]
        )
        value_width = text_width(painter, "+100") + 4
        columns_left = area.left() + label_width + GAP
        column_width = (area.right() - n_width - GAP - columns_left) / 2
        lanes = [
            QRectF(columns_left + i * column_width, 0, column_width - value_width - GAP, 0)
            for i in range(2)
        ]
        for lane, title in zip(lanes, (self.tr("NPS"), self.tr("CSAT %")), strict=True):
            draw_text(
                painter,
                QRectF(lane.left(), heading.top(), lane.width(), heading.height()),
                title,
                CENTRE,
                MUTED,
            )
        draw_text(
            painter,
            QRectF(area.right() - n_width, heading.top(), n_width, heading.height()),
            "n",
            RIGHT,
            MUTED,
        )
        for rect, row in zip(rows, self.rows, strict=False):
            draw_text(
                painter, QRectF(rect.left(), rect.top(), label_width, rect.height()), row.card
            )
            for lane, bar in zip(lanes, (row.nps, row.csat), strict=True):
                if bar is None:
                    continue
                cell = QRectF(lane.left(), rect.top(), lane.width(), rect.height())
                self._paint_bar(painter, cell, bar)
                draw_text(
                    painter,
                    QRectF(cell.right() + 4, rect.top(), value_width, rect.height()),
                    self.value_text(bar),
                )
            draw_text(
                painter,
                QRectF(area.right() - n_width, rect.top(), n_width, rect.height()),
                self.n_text(row),
                RIGHT,
                MUTED,
            )
        draw_more(painter, body, rows, hidden, self.tr("+ {count} more").format(count=hidden))

    def _paint_bar(self, painter: QPainter, lane: QRectF, bar: data.MetricBar) -> None:
        low, high = bar.axis

        def x_of(value: float) -> float:
            clamped = min(high, max(low, value))
            return lane.left() + (clamped - low) / (high - low) * lane.width()

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_LIGHT.lighter(112))
        painter.drawRect(bar_rect(lane, lane.left(), lane.right()))
        painter.setBrush(NEGATIVE if bar.value < 0 else BAR)
        painter.drawRect(bar_rect(lane, x_of(0.0), x_of(bar.value)))
        painter.setPen(QPen(AXIS, 1.0))
        painter.drawLine(QPointF(x_of(0.0), lane.top() + 2), QPointF(x_of(0.0), lane.bottom() - 2))
        if bar.low is not None and bar.high is not None:
            cap = lane.height() * 0.22
            draw_whisker(painter, lane.center().y(), x_of(bar.low), x_of(bar.high), cap)


class TopPainPoints(Chart):
    """The pain points with the most votes, then the most severe: title, stage, severity
    and a bar of the votes."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(labels, parent)
        self.points: list[data.PainPoint] = []

    def title(self) -> str:
        return self.tr("Top pain points")

    def hint(self) -> str:
        return self.tr("Add pain points on the map; vote on them in the workshop (F5)")

    def load(self, journey: JourneyMap) -> None:
        self.points = data.top_pain_points(journey)

    def has_data(self) -> bool:
        return bool(self.points)

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        painter.setFont(small_font(painter, 0.95))
        rows, hidden = row_rects(area, len(self.points))
        rank_width = text_width(painter, "10.") + 4
        chip_width = (
            max(
                text_width(painter, self.labels.get(f"severity.{s.value}", s.value))
                for s in Severity
            )
            + 12
        )
        votes_width = min(110.0, area.width() * 0.22)
        most = max((point.votes for point in self.points), default=0)
        for index, (rect, point) in enumerate(zip(rows, self.points, strict=False)):
            x = rect.left()
            draw_text(
                painter,
                QRectF(x, rect.top(), rank_width, rect.height()),
                f"{index + 1}.",
                colour=MUTED,
            )
            x += rank_width
            title_width = rect.right() - x - chip_width - votes_width - 2 * GAP
            title = point.title or "–"
            draw_text(
                painter,
                QRectF(x, rect.top(), title_width, rect.height()),
                f"{title} · {point.stage}" if point.stage else title,
            )
            x += title_width + GAP
            if point.severity is not None:
                chip = bar_rect(rect, x, x + chip_width, 0.7)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(SEVERITY_COLOURS[point.severity])
                painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
                word = self.labels.get(f"severity.{point.severity.value}", point.severity.value)
                draw_text(painter, chip, word, CENTRE, WHITE)
            x += chip_width + GAP
            count = str(point.votes)
            count_width = text_width(painter, "999") + 4
            if most > 0 and point.votes > 0:
                length = (votes_width - count_width - 4) * point.votes / most
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BAR)
                painter.drawRoundedRect(bar_rect(rect, x, x + length, 0.5), 2, 2)
            draw_text(
                painter,
                QRectF(rect.right() - count_width, rect.top(), count_width, rect.height()),
                count,
                RIGHT,
                MUTED,
            )
        draw_more(painter, area, rows, hidden, self.tr("+ {count} more").format(count=hidden))

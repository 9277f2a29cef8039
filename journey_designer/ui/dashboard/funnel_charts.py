"""The marketing charts: the funnel narrowing step by step with its conversions, and the
return on spend per channel (losses in red). Figures from `journey_designer.analytics`."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from journey_designer.analytics.figures import count, money, percent, signed_percent
from journey_designer.analytics.funnel import FunnelRow, analyse_funnel
from journey_designer.analytics.roi import RoiRow, analyse_costs
from journey_designer.model import JourneyMap
from journey_designer.ui.dashboard.chart import (
    AXIS,
    BAR,
    CENTRE,
    GAP,
    MUTED,
    NEGATIVE,
    POSITIVE,
    RIGHT,
    TEXT,
    Chart,
    bar_rect,
    draw_more,
    draw_text,
    row_rects,
    small_font,
    text_width,
)
from journey_designer.ui.locale_format import ui_numbers

ON_BAR = QColor("#FFFFFF")
LABEL_SHARE = 0.3
LABEL_MAX = 150.0


class FunnelChart(Chart):
    """A bar per funnel step, centred and as wide as its count: the funnel's shape; on the
    right, the conversion from the step before."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(labels, parent)
        self.rows: tuple[FunnelRow, ...] = ()
        self.overall: float | None = None

    def title(self) -> str:
        return self.tr("Funnel")

    def hint(self) -> str:
        return self.tr("Add funnel counts in Map ▸ Funnel and Costs…")

    def load(self, journey: JourneyMap) -> None:
        report = analyse_funnel(journey)
        self.rows, self.overall = report.rows, report.overall

    def has_data(self) -> bool:
        return any(row.count is not None for row in self.rows)

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        painter.setFont(small_font(painter, 0.95))
        rows, hidden = row_rects(area, len(self.rows), footer=True)
        label_width = min(area.width() * LABEL_SHARE, LABEL_MAX)
        rate_width = text_width(painter, "100.0%") + GAP
        bars = QRectF(
            area.left() + label_width + GAP,
            area.top(),
            area.width() - label_width - rate_width - 2 * GAP,
            area.height(),
        )
        largest = max((row.count for row in self.rows if row.count is not None), default=0)
        for rect, row in zip(rows, self.rows, strict=False):
            draw_text(
                painter,
                QRectF(rect.left(), rect.top(), label_width, rect.height()),
                row.label or row.stage,
            )
            self._paint_bar(
                painter, QRectF(bars.left(), rect.top(), bars.width(), rect.height()), row, largest
            )
            if row.conversion is not None:
                colour = NEGATIVE if row.conversion > 1.0 else MUTED
                draw_text(
                    painter,
                    QRectF(rect.right() - rate_width, rect.top(), rate_width, rect.height()),
                    percent(row.conversion, ui_numbers()),
                    RIGHT,
                    colour,
                )
        draw_more(painter, area, rows, hidden, self.tr("+ {count} more steps").format(count=hidden))
        footer = QRectF(area.left(), area.bottom() - 18.0, area.width(), 18.0)
        painter.setFont(small_font(painter))
        overall = percent(self.overall, ui_numbers()) if self.overall is not None else "–"
        draw_text(
            painter,
            footer,
            self.tr("Overall {rate} · right: conversion from the step before").format(rate=overall),
            colour=MUTED,
        )

    def _paint_bar(self, painter: QPainter, lane: QRectF, row: FunnelRow, largest: int) -> None:
        middle = lane.center().x()
        if row.count is None or largest <= 0:
            dashed = QPen(AXIS, 1.0, Qt.PenStyle.DashLine)
            painter.setPen(dashed)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar_rect(lane, lane.left(), lane.right()))
            draw_text(painter, lane, self.tr("not known"), CENTRE, MUTED)
            return
        half = max(1.0, lane.width() * row.count / largest / 2)
        bar = bar_rect(lane, middle - half, middle + half)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR)
        painter.drawRoundedRect(bar, 3, 3)
        text = count(row.count, ui_numbers())
        if text_width(painter, text) + 8 < bar.width():
            draw_text(painter, bar, text, CENTRE, ON_BAR)
        else:
            beside = QRectF(bar.right() + 4, lane.top(), lane.right() - bar.right(), lane.height())
            draw_text(painter, beside, text, colour=TEXT)


class RoiBars(Chart):
    """ROI per channel around zero: gains green, losses red; the cost per acquisition beside."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(labels, parent)
        self.channels: tuple[RoiRow, ...] = ()
        self.totals: tuple[RoiRow, ...] = ()

    def title(self) -> str:
        return self.tr("ROI per channel")

    def hint(self) -> str:
        return self.tr("Add channel costs in Map ▸ Funnel and Costs…")

    def load(self, journey: JourneyMap) -> None:
        report = analyse_costs(journey)
        self.channels, self.totals = report.channels, report.totals

    def has_data(self) -> bool:
        return bool(self.channels)

    def channel_name(self, row: RoiRow) -> str:
        name = self.labels.get(f"channel.{row.channel}", row.channel)
        return f"{name} ({row.currency})" if len(self.totals) > 1 and row.currency else name

    def value_text(self, row: RoiRow) -> str:
        if row.roi is None:
            return self.tr("no cost")
        numbers = ui_numbers()
        roi = signed_percent(row.roi, numbers)
        if row.cpa is None:
            return roi
        return self.tr("{roi} · CPA {cpa}").format(
            roi=roi, cpa=money(row.cpa, row.currency, numbers)
        )

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        painter.setFont(small_font(painter, 0.95))
        footer_lines = min(2, len(self.totals))
        body = area.adjusted(0, 0, 0, -18.0 * footer_lines)
        rows, hidden = row_rects(body, len(self.channels))
        label_width = min(area.width() * LABEL_SHARE, LABEL_MAX)
        texts = [self.value_text(row) for row in self.channels]
        value_width = min(area.width() * 0.34, max(text_width(painter, t) for t in texts) + GAP)
        left = area.left() + label_width + GAP
        right = area.right() - value_width - GAP
        rois = [row.roi for row in self.channels if row.roi is not None]
        low, high = min([0.0, *rois]), max([0.0, *rois])
        span = (high - low) or 1.0

        def x_of(value: float) -> float:
            return left + (value - low) / span * (right - left)

        for rect, row, text in zip(rows, self.channels, texts, strict=False):
            draw_text(
                painter,
                QRectF(rect.left(), rect.top(), label_width, rect.height()),
                self.channel_name(row),
            )
            if row.roi is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(NEGATIVE if row.roi < 0 else POSITIVE)
                painter.drawRoundedRect(bar_rect(rect, x_of(0.0), x_of(row.roi)), 2, 2)
            draw_text(
                painter,
                QRectF(right + GAP, rect.top(), value_width, rect.height()),
                text,
                colour=MUTED if row.roi is None else TEXT,
            )
        if rows:
            painter.setPen(QPen(AXIS, 1.0))
            painter.drawLine(
                QPointF(x_of(0.0), rows[0].top()), QPointF(x_of(0.0), rows[-1].bottom())
            )
        draw_more(
            painter, body, rows, hidden, self.tr("+ {count} more channels").format(count=hidden)
        )
        painter.setFont(small_font(painter))
        numbers = ui_numbers()
        for index, total in enumerate(self.totals[:footer_lines]):
            line = QRectF(area.left(), body.bottom() + 18.0 * index, area.width(), 18.0)
            draw_text(
                painter,
                line,
                self.tr("Total{currency}: ROI {roi} (cost {cost}, revenue {revenue})").format(
                    currency=f" {total.currency}" if total.currency else "",
                    roi=signed_percent(total.roi, numbers),
                    cost=money(total.cost, total.currency, numbers),
                    revenue=money(total.revenue, total.currency, numbers),
                ),
                colour=MUTED,
            )

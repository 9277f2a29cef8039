"""The A/B results: per test, each variant's conversion as a bar, each challenger's lift
over the control with its 95% interval as a whisker, and the verdict (the winner in green,
or why there is none). Every figure is `journey_designer.analytics.ab`'s."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from journey_designer.analytics.ab import INTERVAL_LEVEL, Comparison
from journey_designer.analytics.figures import percent, signed_percent
from journey_designer.analytics.report import CardTest, card_tests
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
    WHISKER,
    Chart,
    bar_rect,
    draw_more,
    draw_text,
    draw_whisker,
    row_rects,
    small_font,
    text_width,
)
from journey_designer.ui.locale_format import ui_numbers
from journey_designer.ui.panels.marketing_labels import verdict_text

MIN_LIFT_AXIS = 0.1  # the lift axis spans at least -10% .. +10%


@dataclass(frozen=True)
class Entry:
    test: CardTest
    variant: int | None  # None: the test's heading row


class ABResults(Chart):
    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(labels, parent)
        self.tests: list[CardTest] = []

    def title(self) -> str:
        return self.tr("A/B tests")

    def hint(self) -> str:
        return self.tr("Add an A/B test to a touchpoint in the inspector")

    def load(self, journey: JourneyMap) -> None:
        self.tests = card_tests(journey)

    def has_data(self) -> bool:
        return bool(self.tests)

    def entries(self) -> list[Entry]:
        rows = []
        for test in self.tests:
            rows.append(Entry(test, None))
            rows.extend(Entry(test, i) for i in range(len(test.result.variants)))
        return rows

    def lift_span(self) -> float:
        """Half the lift axis: the largest lift or interval end, at least MIN_LIFT_AXIS."""
        ends = [
            abs(value)
            for test in self.tests
            for c in test.result.comparisons
            for value in (c.lift, c.lift_low, c.lift_high)
            if value is not None
        ]
        return max([MIN_LIFT_AXIS, *ends]) * 1.05

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        painter.setFont(small_font(painter, 0.95))
        body = area.adjusted(0, 0, 0, -18.0)
        entries = self.entries()
        rows, hidden = row_rects(body, len(entries))
        best = max(
            (v.rate for t in self.tests for v in t.result.variants if v.rate is not None),
            default=0.0,
        )
        columns = _Columns(painter, body)
        for rect, entry in zip(rows, entries, strict=False):
            if entry.variant is None:
                self._paint_heading(painter, rect, entry.test)
            else:
                self._paint_variant(painter, rect, entry.test, entry.variant, columns, best)
        draw_more(painter, body, rows, hidden, self.tr("+ {count} more rows").format(count=hidden))
        painter.setFont(small_font(painter))
        caption = self.tr("Bars: conversion · whiskers: lift over the control, {level} interval")
        draw_text(
            painter,
            QRectF(area.left(), body.bottom(), area.width(), 18.0),
            caption.format(level=f"{INTERVAL_LEVEL:.0%}"),
            colour=MUTED,
        )

    def _paint_heading(self, painter: QPainter, rect: QRectF, test: CardTest) -> None:
        result = test.result
        verdict = verdict_text(result)
        painter.save()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        verdict_width = min(rect.width() * 0.45, text_width(painter, verdict) + 4)
        colour = POSITIVE if result.winner is not None else MUTED
        draw_text(
            painter,
            QRectF(rect.right() - verdict_width, rect.top(), verdict_width, rect.height()),
            verdict,
            RIGHT,
            colour,
        )
        name = f"{test.card} · {result.name}" if result.name else test.card
        draw_text(
            painter,
            QRectF(rect.left(), rect.top(), rect.width() - verdict_width - GAP, rect.height()),
            name or "–",
        )
        painter.restore()

    def _paint_variant(
        self,
        painter: QPainter,
        rect: QRectF,
        test: CardTest,
        index: int,
        columns: _Columns,
        best: float,
    ) -> None:
        result = test.result
        variant = result.variants[index]
        winner = result.winner == variant.name
        draw_text(painter, columns.name(rect), variant.name or "–", colour=TEXT)
        lane = columns.bar(rect)
        if variant.rate is not None and best > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(POSITIVE if winner else BAR)
            length = lane.width() * variant.rate / (best * 1.05)
            painter.drawRoundedRect(bar_rect(lane, lane.left(), lane.left() + length, 0.55), 2, 2)
        rate = percent(variant.rate, ui_numbers()) + f" · n={variant.sample_size:,}"
        draw_text(painter, columns.rate(rect), rate, colour=MUTED)
        if index == 0:
            draw_text(painter, columns.lift(rect), self.tr("control"), CENTRE, MUTED)
            return
        comparison = next((c for c in result.comparisons if c.variant == variant.name), None)
        self._paint_lift(painter, columns.lift(rect), comparison)

    def _paint_lift(self, painter: QPainter, rect: QRectF, comparison: Comparison | None) -> None:
        text_space = text_width(painter, "+100.0%") + 4
        axis = rect.adjusted(4, 0, -text_space - 4, 0)
        span = self.lift_span()

        def x_of(value: float) -> float:
            clamped = max(-span, min(span, value))
            return axis.left() + (clamped + span) / (2 * span) * axis.width()

        painter.setPen(QPen(AXIS, 1.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x_of(0.0), rect.top() + 2), QPointF(x_of(0.0), rect.bottom() - 2))
        if comparison is None or comparison.lift is None:
            draw_text(painter, rect, "–", CENTRE, MUTED)
            return
        colour = _lift_colour(comparison)
        y = rect.center().y()
        if comparison.lift_low is not None and comparison.lift_high is not None:
            draw_whisker(
                painter,
                y,
                x_of(comparison.lift_low),
                x_of(comparison.lift_high),
                rect.height() * 0.2,
            )
        painter.setPen(QPen(QColor("#FFFFFF"), 1.0))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(x_of(comparison.lift), y), 4.0, 4.0)
        draw_text(
            painter,
            QRectF(rect.right() - text_space, rect.top(), text_space, rect.height()),
            signed_percent(comparison.lift, ui_numbers()),
            RIGHT,
            colour,
        )


def _lift_colour(comparison: Comparison) -> QColor:
    if not comparison.significant or comparison.lift is None:
        return WHISKER
    return POSITIVE if comparison.lift > 0 else NEGATIVE


class _Columns:
    """Where a variant row's parts go: name, conversion bar, rate and n, lift."""

    def __init__(self, painter: QPainter, body: QRectF) -> None:
        width = body.width()
        self.name_width = min(width * 0.2, 130.0)
        self.rate_width = text_width(painter, "100.0% · n=20,000") + 4
        self.lift_width = width * 0.3
        self.bar_width = max(
            20.0, width - self.name_width - self.rate_width - self.lift_width - 3 * GAP
        )

    def name(self, row: QRectF) -> QRectF:
        return QRectF(row.left() + 6, row.top(), self.name_width - 6, row.height())

    def bar(self, row: QRectF) -> QRectF:
        return QRectF(row.left() + self.name_width + GAP, row.top(), self.bar_width, row.height())

    def rate(self, row: QRectF) -> QRectF:
        left = row.left() + self.name_width + self.bar_width + 2 * GAP
        return QRectF(left, row.top(), self.rate_width, row.height())

    def lift(self, row: QRectF) -> QRectF:
        return QRectF(row.right() - self.lift_width, row.top(), self.lift_width, row.height())

"""The dashboard's six charts as vector graphics on one or two "Dashboard" pages. No Qt.

The same figures as the app's dashboard: the funnel with its conversion rates, the emotion
curves (estimated and survey-measured) per stage, NPS and CSAT per touchpoint with n and
interval whiskers, ROI per channel, the top pain points by votes and severity, and the A/B
tests with their lift whiskers and verdict. The marketing figures are
`journey_designer.analytics`' own; the rest is read from the map as the dashboard reads
it. Drawn with the canvas's primitives and the map's font, so Chinese prints as text. A
chart without figures shows a one-line hint; with no figures at all there is no page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from itertools import pairwise

from journey_designer.analytics.ab import INTERVAL_LEVEL
from journey_designer.analytics.dashboard import emotion_data, metric_rows, top_pain_points
from journey_designer.analytics.figures import money, percent, signed_percent
from journey_designer.analytics.funnel import analyse_funnel
from journey_designer.analytics.report import card_tests
from journey_designer.analytics.roi import analyse_costs
from journey_designer.export.chart_parts import (
    BODY_SIZE,
    CHART_TITLE_SIZE,
    GAP,
    NEGATIVE,
    PADDING,
    PANEL_FILL,
    POSITIVE,
    ROW_MAX,
    SEVERITY_INK,
    SMALL_SIZE,
    Body,
    Chart,
    bar,
    caption,
    fit_rows,
    level_text,
    linear_scale,
    middle,
    more,
    verdict,
    whisker,
)
from journey_designer.export.page_canvas import (
    ACCENT,
    FAINT,
    INK,
    MUTED,
    RULE,
    PageCanvas,
    SectionPage,
    line_height,
)
from journey_designer.layout.geometry import Rect
from journey_designer.model.entities import JourneyMap


def dashboard_charts(
    journey: JourneyMap, labels: Mapping[str, str], said: Mapping[str, str]
) -> list[Chart]:
    """The six charts in the dashboard's order, each with its body or its hint."""
    return [
        Chart(said["chart_funnel"], said["chart_funnel_none"], _funnel(journey, said)),
        Chart(said["chart_emotion"], said["chart_emotion_none"], _emotion(journey, said)),
        Chart(said["chart_metrics"], said["chart_metrics_none"], _metrics(journey, said)),
        Chart(said["chart_roi"], said["chart_roi_none"], _roi(journey, labels, said)),
        Chart(said["chart_pain"], said["chart_pain_none"], _pain(journey, labels, said)),
        Chart(said["chart_ab"], said["chart_ab_none"], _ab(journey, said)),
    ]


def plan_dashboard(
    journey: JourneyMap, area: Rect, labels: Mapping[str, str], said: Mapping[str, str]
) -> list[SectionPage]:
    """One page of 3 × 2 (or 2 × 3) charts; two pages of three on a small sheet."""
    charts = dashboard_charts(journey, labels, said)
    if all(chart.body is None for chart in charts):
        return []
    landscape = area.width >= area.height
    if min(area.width, area.height) < 500.0:  # A4, Letter: three charts a page
        grids = [(3, 1) if landscape else (1, 3)] * 2
    else:
        grids = [(3, 2) if landscape else (2, 3)]
    pages = []
    start = 0
    for index, (columns, rows) in enumerate(grids):
        chunk = charts[start : start + columns * rows]
        start += columns * rows
        title = said["dashboard" if index == 0 else "dashboard_continued"]
        paint = partial(_paint_page, area, columns, rows, chunk, title, said["dashboard_note"])
        pages.append(SectionPage(paint, footer=said["dashboard"]))
    return pages


def _paint_page(
    area: Rect,
    columns: int,
    rows: int,
    charts: Sequence[Chart],
    title: str,
    note: str,
    page: PageCanvas,
) -> None:
    y = page.section_heading(area, title, note)
    y += 8.0
    width = (area.width - GAP * (columns - 1)) / columns
    height = (area.bottom - y - GAP * (rows - 1)) / rows
    for index, chart in enumerate(charts):
        row, column = divmod(index, columns)
        box = Rect(area.x + column * (width + GAP), y + row * (height + GAP), width, height)
        _paint_chart(page, box, chart)


def _paint_chart(page: PageCanvas, box: Rect, chart: Chart) -> None:
    page.rect(box, fill=PANEL_FILL, stroke=RULE, line_width=0.6, radius=4.0)
    inner = Rect(box.x + PADDING, box.y + PADDING, box.width - 2 * PADDING,
                 box.height - 2 * PADDING)  # fmt: skip
    title = page.ink.fit(chart.title, inner.width, CHART_TITLE_SIZE)
    top = page.lines(inner.x, inner.y, [title], CHART_TITLE_SIZE, INK) + 6.0
    body = Rect(inner.x, top, inner.width, inner.bottom - top)
    if chart.body is None:
        hint = page.ink.fit(chart.hint, body.width, BODY_SIZE)
        page.text(body.x + body.width / 2, body.y + body.height / 2, hint, BODY_SIZE, MUTED,
                  "centre")  # fmt: skip
        return
    chart.body(page, body)


# --- shared pieces ------------------------------------------------------------------------


def _funnel(journey: JourneyMap, said: Mapping[str, str]) -> Body | None:
    report = analyse_funnel(journey)
    rows = report.rows
    if not any(row.count is not None for row in rows):
        return None

    def paint(page: PageCanvas, body: Rect) -> None:
        body = caption(page, body, said["chart_funnel_note"].format(rate=percent(report.overall)))
        shown, height = fit_rows(body, len(rows))
        largest = max((row.count or 0) for row in rows) or 1
        label_w, rate_w = body.width * 0.34, body.width * 0.14
        count_w = max(page.ink.width(f"{row.count or 0:,}", BODY_SIZE) for row in rows) + 6.0
        bar_x = body.x + label_w
        bar_room = body.width - label_w - rate_w - count_w
        for index, row in enumerate(rows[:shown]):
            top = body.y + index * height
            base = middle(top, height, page)
            page.text(body.x, base, page.ink.fit(row.label, label_w - 6.0, BODY_SIZE), BODY_SIZE)
            if row.count is None:
                page.text(bar_x, base, said["chart_not_known"], BODY_SIZE, MUTED)
            else:
                end = bar_x + max(row.count / largest * bar_room, 1.0)
                bar(page, bar_x, end, top + height * 0.18, height * 0.64, ACCENT)
                page.text(end + 4.0, base, f"{row.count:,}", BODY_SIZE, INK)
            if row.conversion is not None:
                page.text(body.right, base, percent(row.conversion), BODY_SIZE, MUTED, "right")
        more(page, body.x, body.y + shown * height, len(rows) - shown, said)

    return paint


# --- the emotion curve beside measured satisfaction ---------------------------------------


def _emotion(journey: JourneyMap, said: Mapping[str, str]) -> Body | None:
    series = emotion_data(journey).series
    if not series:
        return None
    low, high = journey.emotion_scale.min, journey.emotion_scale.max
    stages = [stage.name for stage in journey.stages]

    def paint(page: PageCanvas, body: Rect) -> None:
        x = body.x
        for item in series:  # the legend, one line
            kind = said["chart_measured" if item.measured else "chart_estimate"]
            text = f"{item.persona} · {kind}"
            page.line(x, body.y + 5.0, x + 14.0, body.y + 5.0, item.colour,
                      *_curve_pen(item.measured))  # fmt: skip
            page.text(x + 18.0, body.y + 8.0, text, SMALL_SIZE, MUTED)
            x += 30.0 + page.ink.width(text, SMALL_SIZE)
        if not any(item.measured for item in series):
            page.text(body.right, body.y + 8.0, said["chart_no_survey"], SMALL_SIZE, MUTED,
                      "right")  # fmt: skip
        plot = Rect(body.x + 22.0, body.y + 20.0, body.width - 26.0,
                    body.height - 20.0 - 2 * line_height(SMALL_SIZE) - 6.0)  # fmt: skip
        y_of = linear_scale(low, high, 0.0, plot.height)
        for tick in range(low, high + 1):
            y = plot.bottom - y_of(tick)
            colour = FAINT if tick == 0 and low < 0 else RULE
            page.line(plot.x, y, plot.right, y, colour, 0.6 if tick == 0 else 0.3)
            label = f"{tick:+d}" if low < 0 and tick else str(tick)
            page.text(plot.x - 5.0, y + 2.5, label, SMALL_SIZE, MUTED, "right")
        step = plot.width / max(len(stages), 1)
        for index, name in enumerate(stages):
            lines = page.ink.wrap(name, step - 4.0, SMALL_SIZE, 2)
            centre = plot.x + step * (index + 0.5)
            for number, line in enumerate(lines):
                base = plot.bottom + 4.0 + (number + 0.8) * line_height(SMALL_SIZE)
                page.text(centre, base, line, SMALL_SIZE, MUTED, "centre")
        for item in series:
            points = [(plot.x + step * (i + 0.5), plot.bottom - y_of(v))
                      for i, v in enumerate(item.values) if v is not None]  # fmt: skip
            for (x1, y1), (x2, y2) in pairwise(points):
                page.line(x1, y1, x2, y2, item.colour, *_curve_pen(item.measured))
            for px, py in points:
                page.circle(px, py, 2.6 if item.measured else 2.0, item.colour, "#FFFFFF")

    return paint


# --- NPS and CSAT per touchpoint ----------------------------------------------------------


def _curve_pen(measured: bool) -> tuple[float, tuple[float, float] | None]:
    """Width and dash of a curve, as on the map and in the app's dashboard: the persona's
    estimate solid, the survey-measured curve dashed and thinner."""
    return (1.6, (3.0, 2.0)) if measured else (2.2, None)


def _metrics(journey: JourneyMap, said: Mapping[str, str]) -> Body | None:
    rows = metric_rows(journey)
    if not rows:
        return None

    def paint(page: PageCanvas, body: Rect) -> None:
        body = caption(page, body, said["chart_metrics_note"])
        label_w, n_w = body.width * 0.3, body.width * 0.12
        lane_w = (body.width - label_w - n_w) / 2
        lanes = ((said["chart_nps"], -100.0, 100.0), (said["chart_csat"], 0.0, 100.0))
        header = line_height(SMALL_SIZE) + 2.0
        for number, (title, _low, _high) in enumerate(lanes):
            centre = body.x + label_w + lane_w * (number + 0.5)
            page.text(centre, body.y + header - 3.0, title, SMALL_SIZE, MUTED, "centre")
        page.text(body.right, body.y + header - 3.0, "n", SMALL_SIZE, MUTED, "right")
        area = Rect(body.x, body.y + header, body.width, body.height - header)
        shown, height = fit_rows(area, len(rows))
        for number, (_title, low, high) in enumerate(lanes):
            left = body.x + label_w + lane_w * number + 6.0
            x_of = linear_scale(low, high, left, lane_w - 12.0)
            page.line(x_of(max(low, 0.0)), area.y, x_of(max(low, 0.0)), area.y + shown * height,
                      FAINT, 0.5)  # fmt: skip
        for index, row in enumerate(rows[:shown]):
            title, nps, csat = row.card, row.nps, row.csat
            top = area.y + index * height
            base = middle(top, height, page)
            page.text(body.x, base, page.ink.fit(title, label_w - 6.0, BODY_SIZE), BODY_SIZE)
            for number, figure in enumerate((nps, csat)):
                if figure is None:
                    continue
                low, high = lanes[number][1], lanes[number][2]
                left = body.x + label_w + lane_w * number + 6.0
                x_of = linear_scale(low, high, left, lane_w - 12.0)
                zero = x_of(max(low, 0.0))
                fill = NEGATIVE if figure.value < 0 else ACCENT
                bar(page, zero, x_of(figure.value), top + height * 0.22, height * 0.56, fill)
                if figure.low is not None and figure.high is not None:
                    whisker(page, x_of(figure.low), x_of(figure.high), top + height / 2)
                value = f"{figure.value:+.0f}" if number == 0 else f"{figure.value:.0f}"
                page.text(left + lane_w - 12.0, top + height * 0.3, value, SMALL_SIZE, INK,
                          "right")  # fmt: skip
            sizes = dict.fromkeys(f.n for f in (nps, csat) if f is not None and f.n is not None)
            page.text(body.right, base, " / ".join(f"{n:,}" for n in sizes), BODY_SIZE, MUTED,
                      "right")  # fmt: skip
        more(page, body.x, area.y + shown * height, len(rows) - shown, said)

    return paint


# --- ROI per channel ----------------------------------------------------------------------


def _roi(journey: JourneyMap, labels: Mapping[str, str], said: Mapping[str, str]) -> Body | None:
    report = analyse_costs(journey)
    channels = report.channels
    if not channels:
        return None
    several = len(report.totals) > 1

    def paint(page: PageCanvas, body: Rect) -> None:
        for total in reversed(report.totals):
            text = said["chart_roi_total"].format(
                currency=f" {total.currency}" if several else "", roi=percent(total.roi),
                cost=money(total.cost, total.currency),
                revenue=money(total.revenue, total.currency),
            )  # fmt: skip
            body = caption(page, body, text)
        texts = [
            said["chart_no_cost"] if row.roi is None else said["chart_roi_cpa"].format(
                roi=percent(row.roi),
                cpa="–" if row.cpa is None else money(row.cpa, row.currency))
            for row in channels
        ]  # fmt: skip
        label_w = body.width * 0.2
        text_w = max(page.ink.width(text, BODY_SIZE) for text in texts) + 8.0
        text_w = min(text_w, body.width * 0.42)
        rois = [row.roi for row in channels if row.roi is not None]
        x_of = linear_scale(min(0.0, *rois) if rois else 0.0, max(0.0, *rois) if rois else 1.0,
                      body.x + label_w, body.width - label_w - text_w)  # fmt: skip
        shown, height = fit_rows(body, len(channels))
        page.line(x_of(0.0), body.y, x_of(0.0), body.y + shown * height, FAINT, 0.5)
        for index, (row, text) in enumerate(zip(channels[:shown], texts, strict=False)):
            top = body.y + index * height
            base = middle(top, height, page)
            name = labels.get(f"channel.{row.channel}", row.channel)
            if several:
                name = f"{name} ({row.currency})"
            page.text(body.x, base, page.ink.fit(name, label_w - 6.0, BODY_SIZE), BODY_SIZE)
            if row.roi is not None:
                fill = POSITIVE if row.roi >= 0 else NEGATIVE
                bar(page, x_of(0.0), x_of(row.roi), top + height * 0.18, height * 0.64, fill)
            fitted = page.ink.fit(text, text_w - 6.0, BODY_SIZE)
            page.text(body.right, base, fitted, BODY_SIZE, INK, "right")
        more(page, body.x, body.y + shown * height, len(channels) - shown, said)

    return paint


# --- top pain points ----------------------------------------------------------------------


def _pain(journey: JourneyMap, labels: Mapping[str, str], said: Mapping[str, str]) -> Body | None:
    top_cards = top_pain_points(journey)
    if not top_cards:
        return None

    def paint(page: PageCanvas, body: Rect) -> None:
        label_w, count_w = body.width * 0.5, body.width * 0.14
        most = max(card.votes for card in top_cards) or 1
        shown, height = fit_rows(body, len(top_cards))
        height = max(height, min(ROW_MAX + 4.0, body.height / max(shown, 1)))
        for index, card in enumerate(top_cards[:shown]):
            top = body.y + index * height
            base = middle(top, height, page)
            title, stage = card.title, card.stage
            page.text(body.x, base - 2.5, page.ink.fit(title, label_w - 6.0, BODY_SIZE),
                      BODY_SIZE)  # fmt: skip
            severity = labels.get(f"severity.{card.severity.value}", "") if card.severity else ""
            sub = " · ".join(part for part in (stage, severity) if part)
            page.text(body.x, base + 6.5, page.ink.fit(sub, label_w - 6.0, SMALL_SIZE),
                      SMALL_SIZE, MUTED)  # fmt: skip
            fill = SEVERITY_INK.get(card.severity, FAINT) if card.severity else FAINT
            left = body.x + label_w
            end = left + max(card.votes / most * (body.width - label_w - count_w), 1.0)
            if card.votes > 0:
                bar(page, left, end, top + height * 0.22, height * 0.56, fill)
            votes = said["chart_votes"].format(votes=card.votes)
            page.text(body.right, base, votes, BODY_SIZE, INK, "right")
        more(page, body.x, body.y + shown * height, len(top_cards) - shown, said)

    return paint


# --- A/B tests ----------------------------------------------------------------------------


def _ab(journey: JourneyMap, said: Mapping[str, str]) -> Body | None:
    tests = card_tests(journey)
    if not tests:
        return None

    def paint(page: PageCanvas, body: Rect) -> None:
        body = caption(page, body, said["chart_ab_note"].format(
            level=level_text(INTERVAL_LEVEL)))  # fmt: skip
        lines = sum(1 + len(test.result.variants) for test in tests)
        height = min(ROW_MAX - 4.0, body.height / max(lines, 1))
        name_w, rate_w = body.width * 0.3, body.width * 0.3
        lift_x, lift_w = body.x + name_w + rate_w + 8.0, body.width - name_w - rate_w - 8.0
        rates = [v.rate for t in tests for v in t.result.variants if v.rate is not None]
        rate_of = linear_scale(0.0, max(rates, default=0.0) or 1.0, body.x + name_w, rate_w - 36.0)
        bounds = [b for t in tests for c in t.result.comparisons
                  for b in (c.lift_low, c.lift_high, c.lift) if b is not None]  # fmt: skip
        lift_of = linear_scale(min(0.0, *bounds) if bounds else -0.1,
                         max(0.0, *bounds) if bounds else 0.1, lift_x, lift_w - 40.0)  # fmt: skip
        y = body.y
        for test in tests:
            if y + height > body.bottom:
                break
            result = test.result
            said_verdict = verdict(result, said)
            colour = POSITIVE if result.winner is not None else MUTED
            verdict_w = min(body.width * 0.5, page.ink.width(said_verdict, BODY_SIZE) + 2.0)
            base = middle(y, height, page)
            page.text(body.right, base, page.ink.fit(said_verdict, verdict_w, BODY_SIZE),
                      BODY_SIZE, colour, "right")  # fmt: skip
            heading = test.card or result.name or test.card_id
            page.text(body.x, base, page.ink.fit(heading, body.width - verdict_w - 8.0,
                                                 BODY_SIZE), BODY_SIZE)  # fmt: skip
            y += height
            comparisons = {c.variant: c for c in result.comparisons}
            for variant in result.variants:
                if y + height > body.bottom:
                    break
                base = middle(y, height, page, SMALL_SIZE)
                name = page.ink.fit(variant.name, name_w - 14.0, SMALL_SIZE)
                page.text(body.x + 8.0, base, name, SMALL_SIZE, INK)
                if variant.rate is not None:
                    fill = POSITIVE if result.winner == variant.name else ACCENT
                    end = rate_of(variant.rate)
                    bar(page, body.x + name_w, end, y + height * 0.2, height * 0.6, fill)
                    page.text(end + 3.0, base, percent(variant.rate), SMALL_SIZE, INK)
                c = comparisons.get(variant.name)
                if c is None:
                    page.text(lift_x, base, said["chart_control"], SMALL_SIZE, MUTED)
                elif c.lift is not None:
                    page.line(lift_of(0.0), y + 2.0, lift_of(0.0), y + height - 2.0, FAINT, 0.5)
                    if c.lift_low is not None and c.lift_high is not None:
                        whisker(page, lift_of(c.lift_low), lift_of(c.lift_high), y + height / 2,
                                 POSITIVE if c.significant else MUTED)  # fmt: skip
                    page.circle(lift_of(c.lift), y + height / 2, 2.2, INK)
                    page.text(body.right, base, signed_percent(c.lift), SMALL_SIZE, INK, "right")
                y += height
            y += height * 0.4

    return paint

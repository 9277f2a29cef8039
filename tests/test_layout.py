"""The layout engine: wrapping, card and lane sizes, the emotion plot (no Qt)."""

from __future__ import annotations

import itertools

import pytest
from map_factory import generated_map

from journey_designer.fonts import find_cjk_font
from journey_designer.layout import (
    ApproximateMeasurer,
    LayoutStyle,
    TextMeasurer,
    layout_map,
    measurer_for,
    wrap_text,
)
from journey_designer.model import Card, EmotionPoint, LaneKind
from journey_designer.model import operations as ops


@pytest.fixture(scope="module")
def measurer() -> TextMeasurer:
    face = find_cjk_font()
    return measurer_for(face) if face else ApproximateMeasurer()


def test_chinese_breaks_between_characters(measurer: TextMeasurer) -> None:
    text = "顾客在官网比较价格并阅读评论后再做决定"
    lines = wrap_text(text, 50, 10, measurer)
    assert len(lines) > 1 and "".join(lines) == text
    assert all(measurer.advance(line) * 10 <= 50 for line in lines)


def test_english_breaks_between_words(measurer: TextMeasurer) -> None:
    text = "Customers compare prices on the website before deciding"
    lines = wrap_text(text, 90, 10, measurer)
    assert " ".join(lines) == text
    assert all(measurer.advance(line) * 10 <= 90 for line in lines)


def test_chinese_punctuation_never_starts_a_line(measurer: TextMeasurer) -> None:
    text = "我们比较了三家品牌，并阅读评论。然后（通常）去门店体验。" * 3
    for width in range(40, 160, 7):
        for line in wrap_text(text, width, 10, measurer)[1:]:
            assert line[0] not in "，。）", (width, line)


def test_long_words_break_and_newlines_are_kept(measurer: TextMeasurer) -> None:
    lines = wrap_text("Supercalifragilistic\nshort", 40, 10, measurer)
    assert lines[-1] == "short" and len(lines) > 2
    assert wrap_text("", 40, 10, measurer) == [""]


def test_cards_grow_with_text_and_lanes_fit_their_tallest_cell(measurer: TextMeasurer) -> None:
    journey = generated_map(3)
    long_text = "很长的说明文字，" * 30
    ops.update_card("c-actions-1-0", text=long_text).apply(journey)
    layout = layout_map(journey, measurer)
    tall = layout.card("c-actions-1-0")
    short = layout.card("c-actions-0-0")
    assert tall.rect.height > 2 * short.rect.height
    assert len([line for line in tall.lines if line.role == "body"]) >= 10
    lane = next(row for row in layout.lanes if row.lane_id == "ln-actions")
    assert lane.rect.bottom >= tall.rect.bottom + LayoutStyle().cell_padding - 1e-9
    assert all(line.baseline < tall.rect.bottom for line in tall.lines)


def test_cards_stay_inside_their_cell_and_do_not_overlap(measurer: TextMeasurer) -> None:
    journey = generated_map(4, cards_per_cell=3)
    layout = layout_map(journey, measurer)
    columns = {s.stage_id: s.column for s in layout.stages}
    rows = {r.lane_id: r.rect for r in layout.lanes}
    for box in layout.cards:
        column, row = columns[box.stage_id], rows[box.lane_id]
        assert column.x < box.rect.x and box.rect.right < column.right
        assert row.y < box.rect.y and box.rect.bottom < row.bottom
        for line in box.lines:
            assert (
                measurer.advance(line.text) * line.size
                <= box.rect.width - 2 * LayoutStyle().card_padding + 1e-6
            )
    for lane in journey.lanes:
        for stage in journey.stages:
            cell = [layout.card(c.id).rect for c in journey.cell_cards(lane.id, stage.id)]
            for upper, lower in itertools.pairwise(cell):
                assert upper.bottom < lower.y


def test_hidden_lanes_take_no_space(measurer: TextMeasurer) -> None:
    journey = generated_map(2)
    full = layout_map(journey, measurer)
    ops.update_lane("ln-notes", visible=False).apply(journey)
    hidden = layout_map(journey, measurer)
    assert hidden.height < full.height
    assert all(box.lane_id != "ln-notes" for box in hidden.cards)


def test_stage_width_sets_column_width(measurer: TextMeasurer) -> None:
    journey = generated_map(2)
    ops.update_stage("st-1", width=400).apply(journey)
    layout = layout_map(journey, measurer)
    assert layout.stages[1].header.width == 400
    assert layout.width == LayoutStyle().lane_header_width + 240 + 400


def test_emotion_curve_points_follow_the_scale_and_stay_in_the_plot(measurer: TextMeasurer) -> None:
    journey = generated_map(5)
    for i, value in enumerate((-2, 2, -2, 2, 0)):
        ops.set_emotion_point(
            journey, "cv-1", EmotionPoint(stage_id=f"st-{i}", value=value, label="标签")
        ).apply(journey)
    layout = layout_map(journey, measurer)
    plot = layout.plots[0]
    points = plot.curves[0].points
    assert [p.y for p in points[:2]] == [plot.area.bottom, plot.area.y]
    assert [v for v, _ in plot.grid] == [-2, -1, 0, 1, 2]
    for segment in plot.curves[0].segments:  # a monotone curve never leaves the scale
        for y in segment[1::2]:
            assert plot.area.y - 1e-9 <= y <= plot.area.bottom + 1e-9
    columns = {s.stage_id: s.header for s in layout.stages}
    for point in points:
        assert point.x == pytest.approx(
            columns[point.stage_id].x + columns[point.stage_id].width / 2
        )
        assert point.label_lines and point.label_lines[0].text == "标签"


def test_points_on_cards_spread_within_their_stage(measurer: TextMeasurer) -> None:
    journey = generated_map(2, cards_per_cell=2)
    for card_id in ("c-touchpoints-0-0", "c-touchpoints-0-1"):
        ops.set_emotion_point(
            journey, "cv-1", EmotionPoint(stage_id="st-0", card_id=card_id, value=1)
        ).apply(journey)
    xs = [
        p.x for p in layout_map(journey, measurer).plots[0].curves[0].points if p.stage_id == "st-0"
    ]
    assert len(xs) == 3 and xs == sorted(xs) and len(set(xs)) == 3


def test_badges_show_channel_severity_priority_and_owner(measurer: TextMeasurer) -> None:
    journey = generated_map(1)
    layout = layout_map(journey, measurer, labels={"severity.high": "高"})
    assert [b.text for b in layout.card("c-pain_points-0-0").badges] == ["高"]
    assert [b.kind for b in layout.card("c-opportunities-0-0").badges] == ["priority", "owner"]
    assert layout.card("c-touchpoints-0-0").badges[0].text == "Email"
    metric_lines = [
        line.text for line in layout.card("c-metrics-0-0").lines if line.role == "metric"
    ]
    assert metric_lines and metric_lines[0].startswith("NPS ") and "n=" in metric_lines[0]


def test_layout_is_deterministic(measurer: TextMeasurer) -> None:
    journey = generated_map(6, cards_per_cell=2)
    assert layout_map(journey, measurer) == layout_map(journey.model_copy(deep=True), measurer)


def test_emotion_lane_holds_no_cards(measurer: TextMeasurer) -> None:
    layout = layout_map(generated_map(2), measurer)
    kinds = {box.lane_kind for box in layout.cards}
    assert LaneKind.EMOTION_CURVE not in kinds
    assert Card  # the model type the boxes are drawn from


def test_every_badge_and_metric_kind_has_a_default_label() -> None:
    from journey_designer.layout import DEFAULT_LABELS
    from journey_designer.model import KNOWN_CHANNELS, MetricKind, Priority, Severity

    wanted = {f"channel.{name}" for name in KNOWN_CHANNELS}
    wanted |= {f"severity.{s.value}" for s in Severity} | {f"priority.{p.value}" for p in Priority}
    wanted |= {f"metric.{m.value}" for m in MetricKind}
    assert wanted <= set(DEFAULT_LABELS)


def test_point_labels_of_all_curves_do_not_overlap_in_the_sample(measurer: TextMeasurer) -> None:
    from journey_designer.storage import load_map
    from journey_designer.templates import template_path

    for language in ("zh", "en"):
        journey = load_map(template_path("b2c_five_stages", language))
        plot = layout_map(journey, measurer).plots[0]
        blocks = []
        for point in (p for curve in plot.curves for p in curve.points if p.label_lines):
            lines = point.label_lines
            left = min(line.x for line in lines)
            right = max(line.x + measurer.advance(line.text) * line.size for line in lines)
            top = lines[0].baseline - measurer.ascent * lines[0].size
            bottom = lines[-1].baseline + measurer.descent * lines[-1].size
            blocks.append((left, top, right, bottom))
        for i, a in enumerate(blocks):
            for b in blocks[i + 1 :]:
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_the_emotion_lane_has_a_legend_entry_per_curve(measurer: TextMeasurer) -> None:
    journey = generated_map(2)
    layout = layout_map(journey, measurer, labels={"curve.as_is": "现状"})
    plot = layout.plots[0]
    assert [entry.line.text for entry in plot.legend] == ["Lin 林 · 现状"]
    header = next(row.header for row in layout.lanes if row.lane_id == plot.lane_id)
    assert header.contains(plot.legend[0].swatch.x, plot.legend[0].line.baseline)


def test_thought_quotes_follow_the_maps_language(measurer: TextMeasurer) -> None:
    journey = generated_map(1)
    ops.update_card("c-thoughts-0-0", title="Worth it?").apply(journey)
    journey.language = "en"
    assert layout_map(journey, measurer).card("c-thoughts-0-0").lines[0].text == '"Worth it?"'
    journey.language = "zh"
    assert layout_map(journey, measurer).card("c-thoughts-0-0").lines[0].text == "“Worth it?”"


def test_votes_reach_the_card_box(measurer: TextMeasurer) -> None:
    journey = generated_map(1)
    ops.update_card("c-pain_points-0-0", votes=3).apply(journey)
    assert layout_map(journey, measurer).card("c-pain_points-0-0").votes == 3


def rounded(layout: object) -> object:
    """A layout with every float rounded to 1e-9 pt: moved boxes may differ in the last bits."""
    from dataclasses import fields, is_dataclass

    if isinstance(layout, float):
        return round(layout, 9)
    if isinstance(layout, tuple):
        return tuple(rounded(item) for item in layout)
    if is_dataclass(layout) and not isinstance(layout, type):
        return tuple(rounded(getattr(layout, f.name)) for f in fields(layout) if f.compare)
    return layout


def test_a_cached_layout_equals_a_fresh_one_after_edits(measurer: TextMeasurer) -> None:
    from journey_designer.layout import LayoutCache

    journey = generated_map(4, cards_per_cell=2)
    cache = LayoutCache()
    first = layout_map(journey, measurer, cache=cache)
    edits = [
        ops.update_card("c-actions-0-0", text="一段更长的文字，" * 12),  # the lane grows
        ops.move_cards(journey, ["c-notes-1-0"], "ln-actions", "st-3", 0),
        ops.update_stage("st-2", width=320),
        ops.remove_cards(journey, ["c-backstage-0-1"]),
        ops.update_lane("ln-thoughts", visible=False),
    ]
    for edit in edits:
        edit.apply(journey)
        cached, fresh = layout_map(journey, measurer, cache=cache), layout_map(journey, measurer)
        assert rounded(cached) == rounded(fresh)
    unchanged = layout_map(journey, measurer, cache=cache)
    again = layout_map(journey, measurer, cache=cache)
    assert all(a is b for a, b in zip(unchanged.cards, again.cards, strict=True))
    assert first != unchanged


def test_the_cache_is_dropped_when_the_labels_change(measurer: TextMeasurer) -> None:
    from journey_designer.layout import LayoutCache

    journey = generated_map(1)
    cache = LayoutCache()
    layout_map(journey, measurer, cache=cache)
    chinese = layout_map(journey, measurer, labels={"severity.high": "高"}, cache=cache)
    assert chinese.card("c-pain_points-0-0").badges[0].text == "高"


def test_a_measured_curve_is_marked_and_disagreements_are_flagged(measurer: TextMeasurer) -> None:
    from datetime import UTC, datetime

    from journey_designer.model import EmotionCurve, SurveySource
    from journey_designer.model.entities import Provenance

    journey = generated_map(3)
    estimate = journey.emotion_curves[0]
    source = SurveySource(
        id="survey-1", file_name="s.csv", sha256="0" * 64, imported_at=datetime.now(UTC)
    )
    journey.survey_sources.append(source)
    by_stage = {p.stage_id: p.value for p in estimate.points if p.card_id is None}
    measured_points = [
        EmotionPoint(
            stage_id=stage,
            value=max(-2.0, value - (1.0 if i == 1 else 0.5)),  # only stage 1 is a step away
            n=40,
            provenance=Provenance(kind="survey", source_id="survey-1"),
        )
        for i, (stage, value) in enumerate(by_stage.items())
    ]
    journey.emotion_curves.append(
        EmotionCurve(
            id="measured",
            persona_id=estimate.persona_id,
            points=measured_points,
            source_id="survey-1",
        )
    )
    plot = layout_map(journey, measurer, labels={"curve.measured": "实测"}).plots[0]
    measured = next(c for c in plot.curves if c.curve_id == "measured")
    assert measured.measured and not plot.curves[0].measured
    assert any(e.measured and e.line.text.endswith("实测") for e in plot.legend)
    flagged = [d.stage_id for d in plot.disagreements]
    stage_1 = list(by_stage)[1]
    assert stage_1 in flagged
    assert all(
        abs(d.measured - d.estimate) >= 1.0 for d in plot.disagreements
    )  # a quarter of the -2..+2 scale

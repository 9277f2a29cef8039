"""The marketing marks in the layout (no Qt): rule cards' lines and badges, the connectors
from rules to the cards they create, the funnel band, A/B verdicts, link and department
badges; English and Chinese words from the same keys."""

from __future__ import annotations

import string
from itertools import pairwise

import pytest

from journey_designer.analytics.ab import two_proportion_test
from journey_designer.export.words import layout_labels
from journey_designer.fonts import find_cjk_font
from journey_designer.layout import (
    DEFAULT_LABELS,
    ApproximateMeasurer,
    CardBox,
    Connector,
    MapLayout,
    TextMeasurer,
    format_percent,
    layout_map,
    measurer_for,
)
from journey_designer.layout.marketing import ab_text, link_host, wait_words
from journey_designer.model import JourneyMap
from journey_designer.model.entities import ABTest, ABVariant
from tests.export.rich_map import rich_map


@pytest.fixture(scope="module")
def measurer() -> TextMeasurer:
    face = find_cjk_font()
    return measurer_for(face) if face else ApproximateMeasurer()


def lay_out(journey: JourneyMap, measurer: TextMeasurer, language: str = "en") -> MapLayout:
    return layout_map(journey, measurer, labels=layout_labels(language))


def texts(box: CardBox, role: str | None = None) -> list[str]:
    return [line.text for line in box.lines if role is None or line.role == role]


def badges(box: CardBox) -> dict[str, str]:
    return {badge.kind: badge.text for badge in box.badges}


def test_a_rule_card_says_trigger_wait_and_action_in_words(measurer: TextMeasurer) -> None:
    layout = lay_out(rich_map(), measurer)
    rule = layout.card("c-de-au-1")
    assert texts(rule, "rule") == ["Cart abandoned · wait 1 h → Send email"]
    assert texts(rule, "rule_detail") == [
        "Who: Signed-in shoppers", "Content: Reminder template v2", "Goal: conversion 5%"
    ]  # fmt: skip
    assert badges(rule) == {
        "channel": "Email", "legal": "Consent", "personal_data": "Personal data: 2",
        "owner": "CRM", "department": "Marketing",
    }  # fmt: skip
    nudge = layout.card("c-us-au-1")
    assert texts(nudge, "rule") == ["No purchase in 30 days · wait 2 d → Send email"]
    assert badges(nudge)["legal"] == "No legal basis"  # personal data, no basis stated


def test_a_rule_card_in_chinese(measurer: TextMeasurer) -> None:
    layout = lay_out(rich_map("zh"), measurer, "zh")
    rule = layout.card("c-de-au-1")
    assert "".join(texts(rule, "rule")) == "放弃购物车 · 等待 1 小时 → 发送邮件"
    assert texts(rule, "rule_detail")[0] == "对象：已登录用户"
    assert badges(rule)["legal"] == "同意" and badges(rule)["personal_data"] == "个人信息：2 项"
    assert badges(layout.card("c-us-au-1"))["legal"] == "无法律依据"


def test_waits_read_in_minutes_hours_or_days() -> None:
    labels = DEFAULT_LABELS
    assert wait_words(0, labels) == ""
    assert wait_words(0.5, labels) == "wait 30 min"
    assert wait_words(36, labels) == "wait 36 h"
    assert wait_words(72, labels) == "wait 3 d"
    assert wait_words(72, layout_labels("zh")) == "等待 3 天"


def test_the_chinese_words_have_every_key_and_the_same_fields() -> None:
    chinese = layout_labels("zh")
    assert set(chinese) == set(DEFAULT_LABELS)

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, english in DEFAULT_LABELS.items():
        assert fields(chinese[key]) == fields(english), key


# --- connectors -------------------------------------------------------------------------


def on_edge(point: tuple[float, float], box: CardBox, side: str) -> bool:
    x, y = point
    edge = box.rect.right if side == "right" else box.rect.x
    return x == pytest.approx(edge) and box.rect.y <= y <= box.rect.bottom


def bezier(segment: tuple[float, ...], t: float) -> tuple[float, float]:
    x0, y0, c1x, c1y, c2x, c2y, x1, y1 = segment
    u = 1 - t
    return (
        u**3 * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t**3 * x1,
        u**3 * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t**3 * y1,
    )


def test_connectors_run_from_the_rule_card_to_the_card_it_creates(
    measurer: TextMeasurer,
) -> None:
    layout = lay_out(rich_map(), measurer)
    by_rule = {c.rule_card_id: c for c in layout.connectors}
    assert {(c.rule_card_id, c.target_card_id) for c in layout.connectors} == {
        ("c-de-au-1", "c-de-tp-3"),  # in its own stage
        ("c-us-au-1", "c-lo-tp-1"),  # in the next stage
    }
    same = by_rule["c-de-au-1"]
    rule, target = layout.card("c-de-au-1"), layout.card("c-de-tp-3")
    assert on_edge(same.start, rule, "right") and on_edge(same.head[0], target, "right")
    assert same.segments[0][:2] == same.start
    assert same.segments[-1][6:] == pytest.approx((same.head[1][0], same.head[0][1]))
    following = by_rule["c-us-au-1"]
    rule, target = layout.card("c-us-au-1"), layout.card("c-lo-tp-1")
    assert on_edge(following.start, rule, "right") and on_edge(following.head[0], target, "left")
    assert following.colour == "#3D5AFE"  # the automation accent


def test_connectors_keep_to_the_gutters_and_on_the_map(measurer: TextMeasurer) -> None:
    layout = lay_out(rich_map(), measurer)
    for connector in layout.connectors:
        for segment in connector.segments:
            for step in range(1, 50):
                x, y = bezier(segment, step / 50)
                assert 0 < x < layout.width and 0 < y < layout.height
                inside = [b.card_id for b in layout.cards if _strictly_in(b, x, y)]
                assert not inside, (connector.rule_card_id, x, y, inside)


def _strictly_in(box: CardBox, x: float, y: float) -> bool:
    rect = box.rect
    return rect.x + 0.5 < x < rect.right - 0.5 and rect.y + 0.5 < y < rect.bottom - 0.5


def test_connectors_sharing_a_gutter_run_apart(measurer: TextMeasurer) -> None:
    journey = rich_map()
    second = journey.card("c-de-au-1").model_copy(
        update={"id": "c-de-au-2", "order": 1, "rule": journey.card("c-de-au-1").rule}
    )
    journey.cards.append(second)
    runs = [
        bezier(c.segments[0], 0.5)[0]
        for c in lay_out(journey, measurer).connectors
        if c.rule_card_id.startswith("c-de-au")
    ]
    assert len(runs) == 2 and abs(runs[0] - runs[1]) >= 2.5


def test_no_connector_to_a_hidden_lane(measurer: TextMeasurer) -> None:
    journey = rich_map()
    journey.lane("ln-touchpoints").visible = False
    assert lay_out(journey, measurer).connectors == ()


# --- the funnel band --------------------------------------------------------------------


def test_the_funnel_band_sits_between_the_stage_headers_and_the_lanes(
    measurer: TextMeasurer,
) -> None:
    layout = lay_out(rich_map(), measurer)
    band = layout.funnel
    assert band is not None
    assert band.rect.y == layout.corner.bottom and layout.lanes[0].rect.y == band.rect.bottom
    columns = {stage.stage_id: stage.column for stage in layout.stages}
    for slot in band.slots:
        column = columns[slot.stage_id]
        assert column.x <= slot.rect.x and slot.rect.right <= column.right + 1e-9
    decision = [slot for slot in band.slots if slot.stage_id == "st-decision"]
    assert len(decision) == 2 and decision[0].rect.right == pytest.approx(decision[1].rect.x)
    plain = layout_map(rich_map_without_funnel(), measurer)
    assert plain.funnel is None and plain.lanes[0].rect.y == plain.corner.bottom


def rich_map_without_funnel() -> JourneyMap:
    journey = rich_map()
    journey.funnel, journey.channel_costs = [], []
    return journey


def test_funnel_conversions_are_the_count_ratios(measurer: TextMeasurer) -> None:
    journey = rich_map()
    layout = lay_out(journey, measurer)
    band = layout.funnel
    assert band is not None
    counts = [step.count or 0 for step in journey.funnel]  # all known, in stage order
    assert [slot.lines[1].text for slot in band.slots] == [f"{n:,}" for n in counts]
    assert [link.lines[0].text for link in band.links] == [
        "→ " + format_percent(later / earlier) for earlier, later in pairwise(counts)
    ]
    assert [link.lines[1].text for link in band.links] == [
        "−" + format_percent(1 - later / earlier) for earlier, later in pairwise(counts)
    ]
    assert band.links[0].lines[0].text == "→ 23.5%"  # 28,200 / 120,000
    for slot, link in zip(band.slots[1:], band.links, strict=True):  # on the slot's left edge
        assert link.pill.x + link.pill.width / 2 == pytest.approx(slot.rect.x)
    largest = max(counts)
    for slot, count in zip(band.slots, counts, strict=True):
        assert slot.bar is not None
        assert slot.bar.width == pytest.approx(max(1.0, slot.track.width * count / largest))
    assert {slot.track.width for slot in band.slots} == {band.slots[0].track.width}
    header = [line.text for line in band.header_lines]
    assert header[:2] == ["Funnel", "Overall 0.53%"]  # 640 / 120,000
    assert "Email: ROI 650.0% · CPA ¥40" in header  # (90,000 - 12,000) / 12,000; 12,000 / 300


def test_an_unknown_count_is_skipped_not_read_as_zero(measurer: TextMeasurer) -> None:
    journey = rich_map()
    journey.funnel[1].count = None  # product views not known
    band = lay_out(journey, measurer).funnel
    assert band is not None
    assert band.slots[1].bar is None and band.slots[1].lines[1].text == "–"
    assert band.links[0].lines[0].text == "→ " + format_percent(6_100 / 120_000)


# --- A/B tests, links, departments ------------------------------------------------------


def test_a_winner_is_named_only_when_significant(measurer: TextMeasurer) -> None:
    layout = lay_out(rich_map(), measurer)
    won = layout.card("c-de-tp-3")  # 120 / 4,000 against 165 / 4,000
    p = two_proportion_test(120, 4000, 165, 4000)
    assert p is not None and p.p_value < 0.05
    assert texts(won, "ab_winner") == [f"B wins +37.5% (p={p.p_value:.3f})"]
    assert ("ab", "winner") in {(b.kind, b.key) for b in won.badges}
    open_test = layout.card("c-co-tp-1")  # 5.0% against 5.6% on ~900 each: not significant
    assert texts(open_test, "ab_winner") == []
    assert texts(open_test, "ab_open") == ["No winner yet (p=0.592)"]
    assert ("ab", "open") in {(b.kind, b.key) for b in open_test.badges}


def test_the_same_rates_with_a_small_sample_name_no_winner() -> None:
    big = ABTest(variants=[ABVariant(name="A", sample_size=4000, conversions=120),
                           ABVariant(name="B", sample_size=4000, conversions=165)])  # fmt: skip
    small = ABTest(variants=[ABVariant(name="A", sample_size=400, conversions=12),
                             ABVariant(name="B", sample_size=400, conversions=17)])  # fmt: skip
    assert ab_text(big, DEFAULT_LABELS).winner == "B"
    result = ab_text(small, DEFAULT_LABELS)
    assert result.winner is None and result.verdict.startswith("No winner yet (p=0.")
    assert result.rates == "A 3.0% · B 4.2%"
    control = ABTest(variants=[ABVariant(name="A", sample_size=1000, conversions=200),
                               ABVariant(name="B", sample_size=1000, conversions=100)])  # fmt: skip
    assert ab_text(control, DEFAULT_LABELS).verdict == "A wins +100.0% (p<0.001)"
    assert ab_text(ABTest(), DEFAULT_LABELS).verdict == "No winner yet"
    chinese = ab_text(big, layout_labels("zh")).verdict
    assert chinese.startswith("B 胜出 +37.5%（p=0.0")


def test_links_show_their_host_and_cards_their_department(measurer: TextMeasurer) -> None:
    layout = lay_out(rich_map(), measurer)
    assert badges(layout.card("c-co-ct-1"))["link"] == "example.com"
    assert badges(layout.card("c-co-tp-1"))["department"] == "E-commerce"
    assert link_host("https://shop.example.cn/a?b=1") == "shop.example.cn"
    assert link_host("C:\\Marketing\\brief.pdf") == "brief.pdf"
    assert link_host("/srv/content/guide.pdf") == "guide.pdf"
    assert link_host("mailto:crm@example.com") == "crm@example.com"


def test_a_cached_layout_of_a_marketing_map_equals_a_fresh_one(measurer: TextMeasurer) -> None:
    from journey_designer.layout import LayoutCache

    journey = rich_map()
    cache = LayoutCache()
    layout_map(journey, measurer, cache=cache)
    journey.funnel[0].count = 150_000
    journey.cards[0] = journey.cards[0].model_copy(update={"title": "Longer " * 12})
    cached = layout_map(journey, measurer, cache=cache)
    fresh = layout_map(journey, measurer)
    assert cached.funnel == fresh.funnel
    for a, b in zip(cached.connectors, fresh.connectors, strict=True):
        assert _numbers(a) == pytest.approx(_numbers(b))


def _numbers(connector: Connector) -> list[float]:
    values = [*connector.start, *(v for p in connector.head for v in p)]
    for segment in connector.segments:
        values.extend(segment)
    return values


def test_a_badge_that_does_not_fit_its_row_starts_the_next_one_whole(
    measurer: TextMeasurer,
) -> None:
    journey = rich_map()
    journey.stage("st-decision").width = 200
    journey.card("c-de-au-1").owner = "Growth marketing"
    box = lay_out(journey, measurer).card("c-de-au-1")
    assert [badge.text for badge in box.badges] == [
        "Email", "Consent", "Personal data: 2", "Growth marketing", "Marketing"
    ]  # fmt: skip
    rows = sorted({badge.rect.y for badge in box.badges})
    assert len(rows) > 1
    for badge in box.badges:
        assert box.rect.x < badge.rect.x and badge.rect.right < box.rect.right

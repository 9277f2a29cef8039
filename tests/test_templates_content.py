"""The bundled templates: complete, consistent between languages, canonical (no Qt)."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pytest

from journey_designer.analytics.ab import analyse_test
from journey_designer.analytics.funnel import analyse_funnel, ordered_steps
from journey_designer.model.entities import Card, CurveVariant, JourneyMap, LaneKind, RuleTrigger
from journey_designer.storage import dump_map, load_map
from journey_designer.templates import (
    LANGUAGES,
    SAMPLE_TEMPLATE,
    list_templates,
    template_ids,
    template_path,
)

TEMPLATE_IDS = template_ids()
CASES = [(t, lang) for t in TEMPLATE_IDS for lang in LANGUAGES]
CJK = re.compile(r"[\u4e00-\u9fff]")


def _load(template_id: str, language: str) -> JourneyMap:
    return load_map(template_path(template_id, language))


def test_at_least_five_templates_including_the_sample() -> None:
    assert len(TEMPLATE_IDS) >= 5
    assert TEMPLATE_IDS[0] == SAMPLE_TEMPLATE
    assert set(LANGUAGES) == {"en", "zh"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_list_templates_lists_every_template(language: str) -> None:
    infos = list_templates(language)
    assert [info.template_id for info in infos] == TEMPLATE_IDS
    assert all(info.title.strip() for info in infos)


@pytest.mark.parametrize(("template_id", "language"), CASES)
def test_file_loads_and_is_canonical(template_id: str, language: str) -> None:
    path: Path = template_path(template_id, language)
    journey = load_map(path)  # pydantic validation and integrity checks
    assert journey.language == language
    assert path.read_bytes() == dump_map(journey)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_languages_have_the_same_structure(template_id: str) -> None:
    en, zh = _load(template_id, "en"), _load(template_id, "zh")
    assert en.id == zh.id
    assert [s.id for s in en.stages] == [s.id for s in zh.stages]
    assert [(lane.id, lane.kind, lane.visible) for lane in en.lanes] == [
        (lane.id, lane.kind, lane.visible) for lane in zh.lanes
    ]
    assert [p.id for p in en.personas] == [p.id for p in zh.personas]
    placements = [[(c.id, c.lane_id, c.stage_id, c.order) for c in j.cards] for j in (en, zh)]
    assert placements[0] == placements[1]
    curves = [
        [(c.id, c.persona_id, c.variant, [p.stage_id for p in c.points]) for c in j.emotion_curves]
        for j in (en, zh)
    ]
    assert curves[0] == curves[1]


@pytest.mark.parametrize(("template_id", "language"), CASES)
def test_no_empty_cells(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    assert len(journey.stages) == 5
    filled = {(c.lane_id, c.stage_id) for c in journey.cards}
    for lane in journey.lanes:
        if not lane.visible or lane.kind is LaneKind.EMOTION_CURVE:
            continue
        for stage in journey.stages:
            assert (lane.id, stage.id) in filled, f"empty cell: {lane.id} x {stage.id}"


@pytest.mark.parametrize(("template_id", "language"), CASES)
def test_lanes_stages_and_personas_are_filled_in(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    kinds = {lane.kind for lane in journey.lanes}
    for kind in (
        LaneKind.ACTIONS,
        LaneKind.TOUCHPOINTS,
        LaneKind.EMOTION_CURVE,
        LaneKind.PAIN_POINTS,
        LaneKind.OPPORTUNITIES,
        LaneKind.METRICS,
    ):
        assert kind in kinds
    assert all(lane.title.strip() for lane in journey.lanes)
    for stage in journey.stages:
        assert stage.name.strip() and stage.description.strip() and stage.goal.strip()
    assert 1 <= len(journey.personas) <= 2
    for persona in journey.personas:
        assert persona.name and persona.role and persona.description and persona.quote
        assert 2 <= len(persona.goals) <= 4
        assert persona.needs and persona.frustrations


@pytest.mark.parametrize(("template_id", "language"), CASES)
def test_cards_carry_their_kind_specific_fields(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    kinds = {lane.id: lane.kind for lane in journey.lanes}
    for card in journey.cards:
        assert card.title.strip(), card.id
        kind = kinds[card.lane_id]
        if kind is LaneKind.TOUCHPOINTS:
            assert card.channel is not None, card.id
        elif kind is LaneKind.PAIN_POINTS:
            assert card.severity is not None, card.id
        elif kind is LaneKind.OPPORTUNITIES:
            assert card.priority is not None, card.id
    metric_cards = [c for c in journey.cards if kinds[c.lane_id] is LaneKind.METRICS and c.metrics]
    assert metric_cards
    for card in metric_cards:
        for metric in card.metrics:
            assert metric.label.strip(), card.id
            if metric.kind in {"conversion", "drop_off", "csat"}:
                assert metric.unit == "%", (card.id, metric.label)
            if metric.kind == "nps":
                assert metric.unit == "" and -100 <= metric.value <= 100, (card.id, metric.label)


@pytest.mark.parametrize(("template_id", "language"), CASES)
def test_every_persona_has_a_complete_as_is_curve(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    stage_ids = [s.id for s in journey.stages]
    for persona in journey.personas:
        as_is = [
            c
            for c in journey.emotion_curves
            if c.persona_id == persona.id and c.variant is CurveVariant.AS_IS
        ]
        assert len(as_is) == 1, persona.id
        assert sorted(p.stage_id for p in as_is[0].points) == sorted(stage_ids)
        assert all(p.label.strip() for p in as_is[0].points)


def test_the_sample_has_a_to_be_curve() -> None:
    for language in LANGUAGES:
        journey = _load(SAMPLE_TEMPLATE, language)
        assert any(c.variant is CurveVariant.TO_BE for c in journey.emotion_curves)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_chinese_files_are_in_chinese(template_id: str) -> None:
    journey = _load(template_id, "zh")
    assert CJK.search(journey.title)
    for stage in journey.stages:
        assert CJK.search(stage.name), stage.id
    for card in journey.cards:
        assert CJK.search(card.title), card.id
    for lane in journey.lanes:
        assert CJK.search(lane.title), lane.id


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_english_files_are_in_english(template_id: str) -> None:
    journey = _load(template_id, "en")
    texts = [journey.title] + [s.name for s in journey.stages] + [c.title for c in journey.cards]
    texts += [c.text for c in journey.cards]
    assert not [t for t in texts if CJK.search(t)]


# --- marketing content: automation rules, content assets, A/B tests, funnel and ROI -------

MARKETING_TEMPLATES = ("ecommerce_cart_abandonment", "email_marketing_journey", "b2b_full_funnel")
CONTENT_TEMPLATES = ("email_marketing_journey", "b2b_full_funnel")
MARKETING_CASES = [(t, lang) for t in MARKETING_TEMPLATES for lang in LANGUAGES]
CURRENCIES = {"en": {"USD", "EUR"}, "zh": {"CNY"}}


def _lane_cards(journey: JourneyMap, kind: LaneKind) -> list[Card]:
    lanes = {lane.id for lane in journey.lanes if lane.kind is kind}
    return [card for card in journey.cards if card.lane_id in lanes]


def test_the_marketing_templates_exist() -> None:
    assert set(MARKETING_TEMPLATES) <= set(TEMPLATE_IDS)


@pytest.mark.parametrize(("template_id", "language"), MARKETING_CASES)
def test_automation_rules_create_touchpoints(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    assert [lane.kind for lane in journey.lanes].count(LaneKind.AUTOMATION) == 1
    kinds = {lane.id: lane.kind for lane in journey.lanes}
    rules = _lane_cards(journey, LaneKind.AUTOMATION)
    assert 3 <= len(rules) <= 6
    assert {card.stage_id for card in rules} == {stage.id for stage in journey.stages}
    assert all(card.rule is None for card in journey.cards if card not in rules)
    targets = []
    for card in rules:
        rule = card.rule
        assert rule is not None, card.id
        assert rule.creates_card_id is not None, card.id
        target = journey.card(rule.creates_card_id)
        assert kinds[target.lane_id] is LaneKind.TOUCHPOINTS, card.id
        assert card.channel is not None and target.channel is not None
        assert card.channel.name == target.channel.name, card.id  # the rule sends through it
        targets.append(target.id)
        if rule.trigger.takes_value:
            assert rule.trigger_value is not None and rule.trigger_value > 0, card.id
        if rule.trigger is RuleTrigger.CUSTOM:
            assert rule.trigger_text.strip(), card.id
        assert rule.segment.strip() and rule.content.strip() and rule.goal.strip(), card.id
        assert rule.goal_metric is not None, card.id
        assert card.text.strip() and card.owner.strip() and card.department.strip(), card.id
    assert len(set(targets)) == len(targets)


@pytest.mark.parametrize(("template_id", "language"), MARKETING_CASES)
def test_every_rule_states_its_personal_data_and_legal_basis(
    template_id: str, language: str
) -> None:
    journey = _load(template_id, language)
    for card in _lane_cards(journey, LaneKind.AUTOMATION):
        assert card.rule is not None
        assert card.rule.personal_data and all(d.strip() for d in card.rule.personal_data)
        assert card.rule.legal_basis in {"consent", "contract", "legitimate_interest"}, card.id


@pytest.mark.parametrize(("template_id", "language"), MARKETING_CASES)
def test_owners_name_their_department(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    for card in journey.cards:
        assert bool(card.owner.strip()) == bool(card.department.strip()), card.id
    for card in _lane_cards(journey, LaneKind.OPPORTUNITIES):
        assert card.owner.strip(), card.id


@pytest.mark.parametrize(("template_id", "language"), MARKETING_CASES)
def test_content_assets_link_to_their_material(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    assets = _lane_cards(journey, LaneKind.CONTENT)
    if template_id not in CONTENT_TEMPLATES:
        assert not assets
        return
    assert {card.stage_id for card in assets} == {stage.id for stage in journey.stages}
    for card in assets:
        assert re.fullmatch(r"https://example\.com/[\w./-]+", card.link), card.id
        assert card.text.strip() and card.owner.strip(), card.id
    assert all(card.link == "" for card in journey.cards if card not in assets)


@pytest.mark.parametrize(("template_id", "language"), MARKETING_CASES)
def test_ab_tests_have_one_clear_winner_and_one_open_result(
    template_id: str, language: str
) -> None:
    journey = _load(template_id, language)
    touchpoints = _lane_cards(journey, LaneKind.TOUCHPOINTS)
    tested = [card for card in journey.cards if card.ab_test is not None]
    assert 1 <= len(tested) <= 2 and all(card in touchpoints for card in tested)
    results = []
    for card in tested:
        assert card.ab_test is not None
        assert card.ab_test.name.strip() and len(card.ab_test.variants) == 2, card.id
        assert all(v.name.strip() and v.sample_size >= 500 for v in card.ab_test.variants)
        results.append(analyse_test(card.ab_test))
    winners = [r for r in results if r.winner is not None]
    assert len(winners) == 1
    assert winners[0].winner == winners[0].variants[1].name  # the challenger won
    open_results = [r for r in results if r.winner is None]
    assert len(open_results) == 1
    p_value = open_results[0].comparisons[0].p_value
    assert p_value is not None and p_value > 0.2  # clearly not significant, not borderline


@pytest.mark.parametrize(("template_id", "language"), MARKETING_CASES)
def test_funnel_covers_every_stage_and_narrows(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    steps = ordered_steps(journey)
    assert {step.stage_id for step in steps} == {stage.id for stage in journey.stages}
    counts = [step.count for step in steps if step.count is not None]
    assert len(counts) == len(steps) and min(counts) > 0
    assert counts == sorted(counts, reverse=True)
    assert not analyse_funnel(journey).warnings
    valued = [step for step in steps if step.amount is not None]
    assert valued
    for step in valued:
        assert step.amount is not None and step.amount > 0
        assert step.currency in CURRENCIES[language], step.label
    assert all(step.label.strip() for step in steps)


@pytest.mark.parametrize(("template_id", "language"), MARKETING_CASES)
def test_channel_costs_show_a_spread_of_roi(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    costs = journey.channel_costs
    assert 4 <= len(costs) <= 6
    assert all(c.currency in CURRENCIES[language] for c in costs)
    assert all(c.channel.strip() and c.campaign.strip() for c in costs)
    assert all(c.cost > 0 and c.revenue > 0 and c.acquisitions > 0 for c in costs)
    roi = [(c.revenue - c.cost) / c.cost for c in costs]
    assert sum(r < 0 for r in roi) == 1  # one campaign loses money
    assert max(roi) >= 2.0  # and one returns at least three times its cost


def _marketing_figures(journey: JourneyMap) -> dict[str, object]:
    """Everything that must be the same in both languages: ids, counts and settings."""
    rules = []
    for card in journey.cards:
        if card.rule is not None:
            r = card.rule
            rules.append(
                (card.id, card.channel, r.trigger, r.trigger_value, r.wait_hours, r.action,
                 r.goal_metric, r.creates_card_id, r.legal_basis, len(r.personal_data))
            )  # fmt: skip
    tests = [
        (card.id, card.ab_test.confidence,
         [(v.sample_size, v.conversions) for v in card.ab_test.variants])
        for card in journey.cards
        if card.ab_test is not None
    ]  # fmt: skip
    return {
        "rules": rules,
        "ab_tests": tests,
        "links": [(card.id, card.link) for card in journey.cards if card.link],
        "funnel": [(s.stage_id, s.count, s.amount is None) for s in journey.funnel],
        "costs": [(c.acquisitions, c.revenue > c.cost) for c in journey.channel_costs],
    }


@pytest.mark.parametrize("template_id", MARKETING_TEMPLATES)
def test_marketing_figures_match_between_languages(template_id: str) -> None:
    en, zh = _load(template_id, "en"), _load(template_id, "zh")
    assert _marketing_figures(en) == _marketing_figures(zh)
    # Money is converted at one rate per template (rounded as the metric cards round it).
    pairs = [(e.amount, z.amount) for e, z in zip(en.funnel, zh.funnel, strict=True)]
    for e, z in zip(en.channel_costs, zh.channel_costs, strict=True):
        pairs += [(e.cost, z.cost), (e.revenue, z.revenue)]
    ratios = [z / e for e, z in pairs if e is not None and z is not None]
    rate = statistics.median(ratios)
    assert rate > 1  # more yuan than dollars or euros
    assert all(abs(r / rate - 1) < 0.02 for r in ratios), ratios


@pytest.mark.parametrize(("template_id", "language"), MARKETING_CASES)
def test_marketing_text_is_in_the_files_language(template_id: str, language: str) -> None:
    journey = _load(template_id, language)
    texts = [step.label for step in journey.funnel]
    texts += [c.campaign for c in journey.channel_costs]
    for card in journey.cards:
        if card.rule is not None:
            texts += [card.rule.segment, card.rule.content, card.rule.goal]
            texts += card.rule.personal_data
        if card.ab_test is not None:
            texts += [card.ab_test.name, *(v.description for v in card.ab_test.variants)]
    texts = [t for t in texts if t.strip()]
    if language == "zh":
        assert [t for t in texts if not CJK.search(t)] == []
    else:
        assert [t for t in texts if CJK.search(t)] == []

"""The bundled templates: complete, consistent between languages, canonical (no Qt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journey_designer.model.entities import CurveVariant, JourneyMap, LaneKind
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

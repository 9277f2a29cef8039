"""The Markdown and plain-text outline: every text in reading order, written literally."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journey_designer.export.options import ExportOptions
from journey_designer.export.outline import (
    export_outline,
    md_escape,
    outline_markdown,
    outline_text,
)
from journey_designer.model import LaneKind
from journey_designer.templates import new_map_from_template, template_ids
from tests.export.hostile import HOSTILE_TEXTS, LONG_WORD, hostile_map


def md_unescape(text: str) -> str:
    """What a CommonMark renderer shows for backslash escapes (any ASCII punctuation)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("template", template_ids())
def test_every_stage_card_and_persona_text_is_in_the_outline(template: str, language: str) -> None:
    journey = new_map_from_template(template, language)
    text = outline_text(journey)
    shown = md_unescape(outline_markdown(journey))
    for outline in (text, shown):
        assert journey.title in outline
        for stage in journey.stages:
            assert stage.name in outline
        for card in journey.cards:
            assert card.title.replace("\n", " ") in outline
            for line in card.text.split("\n"):
                assert line.strip() in outline
        for persona in journey.personas:
            for item in (*persona.goals, *persona.frustrations):
                assert item in outline


def test_reading_order_is_stage_by_stage_then_lane_by_lane() -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    text = outline_text(journey)
    visible = [lane for lane in journey.lanes if lane.visible]
    at = 0
    for stage in journey.stages:
        at = text.index(stage.name, at)
        for lane in visible:
            for card in journey.cell_cards(lane.id, stage.id):
                at = text.index(card.title, at)  # raises if it came earlier
    stage_at = [text.index(f"{i}. {s.name}") for i, s in enumerate(journey.stages, 1)]
    assert stage_at == sorted(stage_at)


def test_emotion_values_metrics_and_badges_are_listed_per_stage() -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    text = outline_text(journey)
    first, second = (text.index(f"{i}. {s.name}") for i, s in enumerate(journey.stages[:2], 1))
    stage_text = text[first:second]
    assert "Emma Walsh · As-is: +0.5 (Curious)" in stage_text
    assert "Emma Walsh · To-be: +1" in stage_text
    assert "Aided brand awareness 34% · n=1,200" in stage_text
    assert "Social" in stage_text  # a touchpoint's channel badge


def test_a_hidden_lane_is_left_out() -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    lane = next(lane for lane in journey.lanes if lane.kind is LaneKind.BACKSTAGE)
    lane.visible = False
    hidden = [c for c in journey.cards if c.lane_id == lane.id]
    text = outline_text(journey)
    assert hidden and not any(card.title in text for card in hidden)


def test_hostile_texts_come_out_literally() -> None:
    journey = hostile_map()
    text = outline_text(journey)
    shown = md_unescape(outline_markdown(journey))
    for outline in (text, shown):
        for hostile in HOSTILE_TEXTS:
            assert hostile in outline
        assert journey.title in outline and LONG_WORD in outline
        assert "<script>alert(1)</script>" in outline
    markdown = outline_markdown(journey)
    # No raw HTML reaches a Markdown renderer, no entity is decoded, no list is invented.
    assert not re.search(r"(?<!\\)<", markdown)
    assert "\\&amp;" in markdown
    assert "1\\. not a list" in markdown


@pytest.mark.parametrize(
    "line",
    ["# not a heading", "> not a quote", "- not a bullet", "+ plus", "12) twelve", "a*b*c", "\\"],
)
def test_markdown_escape_round_trips(line: str) -> None:
    escaped = md_escape(line)
    assert md_unescape(escaped) == line
    assert not re.match(r"\s*(#|>|-|\+|\d+\))", escaped)


def test_chinese_outline_uses_chinese_words_and_the_options_win(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "zh")
    options = ExportOptions(client="某咖啡品牌", author="研究团队", date="2026年12月1日")
    text = outline_text(journey, options)
    assert "客户：某咖啡品牌" in text and "编制：研究团队" in text and "日期：2026年12月1日" in text
    assert "用户画像" in text and "目标：" in text
    english = outline_text(journey, ExportOptions(language="en"))
    assert "Personas" in english and "Goals:" in english


def test_export_outline_writes_markdown_or_text_by_suffix(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "zh")
    md, txt = tmp_path / "旅程.md", tmp_path / "旅程.txt"
    export_outline(journey, md)
    export_outline(journey, txt)
    assert md.read_text(encoding="utf-8").startswith("# B2C")
    assert txt.read_text(encoding="utf-8").startswith("B2C")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["旅程.md", "旅程.txt"]  # no temp files


def test_the_outline_has_rules_ab_verdicts_links_and_the_funnel() -> None:
    from journey_designer.analytics.funnel import analyse_funnel

    journey = new_map_from_template("b2b_full_funnel", "en")
    text = outline_text(journey)
    rule_card = next(c for c in journey.cards if c.rule is not None and c.rule.wait_hours)
    assert "→" in text and rule_card.title in text
    assert "wins" in text and "No winner yet" in text  # one significant test, one not
    assert next(c.link for c in journey.cards if c.link) in text
    funnel = analyse_funnel(journey)
    first, last = funnel.rows[0], funnel.rows[-1]
    assert f"{first.count:,}" in text and f"{last.count:,}" in text
    assert "ROI" in text

"""The marketing marks in the PDF (no Qt): the rules' lines, the funnel band's counts and
conversions and the A/B verdicts come back from the page as text, in English and Chinese,
the funnel steps read with their stage; a connector is drawn only where its two stages
stand as on the map; the legend shows a rule with its arrow and a linked content card."""

from __future__ import annotations

from pathlib import Path

import pytest

from journey_designer.export.draw_marketing import MarketingPainter
from journey_designer.export.legend import sample_map
from journey_designer.export.pdf_fonts import PdfFontError, PdfFonts, load_pdf_fonts
from journey_designer.export.words import layout_labels, words
from journey_designer.layout import Connector, LayoutStyle, MapLayout, layout_map
from tests.export.pdf_tools import needs_poppler, squeezed, text_of
from tests.export.rich_map import rich_map
from tests.export.test_draw import draw_pages

pytestmark = needs_poppler


@pytest.fixture(scope="module")
def fonts() -> PdfFonts:
    try:
        return load_pdf_fonts()
    except PdfFontError as error:
        pytest.skip(str(error))


def lay_out(language: str, fonts: PdfFonts) -> MapLayout:
    return layout_map(rich_map(language), fonts.measurer, LayoutStyle(), layout_labels(language))


EXPECTED = {
    "en": [
        "Cart abandoned · wait 1 h → Send email",
        "Who: Signed-in shoppers",
        "Goal: conversion 5%",
        "No purchase in 30 days · wait 2 d → Send email",
        "Consent",
        "Personal data: 2",
        "No legal basis",
        "B wins +37.5% (p=0.007)",
        "No winner yet (p=0.592)",
        "example.com",
        "Funnel",
        "Overall 0.53%",
        "Email: ROI 650.0% · CPA ¥40",
        "Visitors",
        "120,000",
        "→ 23.5%",
        "−76.5%",
        "¥615,000",
    ],
    "zh": [
        "放弃购物车 · 等待 1 小时 → 发送邮件",
        "对象：已登录用户",
        "30 天未购买 · 等待 2 天 → 发送邮件",
        "同意",
        "个人信息：2 项",
        "无法律依据",
        "B 胜出 +37.5%（p=0.007）",
        "暂无胜出者（p=0.592）",
        "漏斗",
        "总转化 0.53%",
        "访客",
        "120,000",
        "→ 23.5%",
        "−76.5%",
    ],
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_rules_funnel_and_ab_verdicts_print_as_text(
    language: str, fonts: PdfFonts, tmp_path: Path
) -> None:
    layout = lay_out(language, fonts)
    text = squeezed(text_of(draw_pages(tmp_path / "map.pdf", layout, fonts), raw=True))
    for wanted in EXPECTED[language]:
        assert squeezed(wanted) in text, wanted


def test_funnel_steps_read_with_their_stage(fonts: PdfFonts, tmp_path: Path) -> None:
    layout = lay_out("en", fonts)
    text = squeezed(text_of(draw_pages(tmp_path / "map.pdf", layout, fonts), raw=True))
    lanes_end = text.index("Content") + 1  # the last lane's title
    visitors, product_views = text.index("Visitors"), text.index("Productviews")
    first_card = text.index(squeezed(layout.card("c-aw-ac-1").lines[0].text))
    second_stage_card = text.index(squeezed(layout.card("c-co-ac-1").lines[0].text))
    assert lanes_end < visitors < first_card < product_views < second_stage_card


def test_a_connector_is_drawn_only_where_its_stages_stand_as_on_the_map(
    fonts: PdfFonts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layout = lay_out("en", fonts)
    drawn: list[str] = []
    real = MarketingPainter.draw_connector

    def record(self: MarketingPainter, connector: Connector) -> None:
        drawn.append(connector.rule_card_id)
        real(self, connector)

    monkeypatch.setattr(MarketingPainter, "draw_connector", record)
    cases = {
        None: ["c-de-au-1", "c-us-au-1"],  # the whole map
        ("st-decision",): ["c-de-au-1"],  # one stage: its own rule's arrow
        ("st-use", "st-loyalty"): ["c-us-au-1"],  # packed, but side by side as on the map
        ("st-loyalty", "st-use"): [],  # swapped: the arrow would point the wrong way
    }
    for stages, wanted in cases.items():
        drawn.clear()
        draw_pages(tmp_path / "map.pdf", layout, fonts, stages=stages)
        assert drawn == wanted, stages


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_legend_shows_a_rule_with_its_arrow_and_a_linked_content_card(
    language: str, fonts: PdfFonts
) -> None:
    legend = sample_map(rich_map(language), words(language))
    layout = layout_map(legend, fonts.measurer, LayoutStyle(), layout_labels(language))
    (arrow,) = layout.connectors
    assert (arrow.rule_card_id, arrow.target_card_id) == (
        "legend-automation-0", "legend-touchpoints-0"
    )  # fmt: skip
    rule_line = texts_of(layout, "legend-automation-0", "rule")
    assert rule_line == [EXPECTED[language][0]]
    link = layout.card("legend-content-0").badges
    assert [(badge.kind, badge.text) for badge in link] == [("link", "example.com")]


def texts_of(layout: MapLayout, card_id: str, role: str) -> list[str]:
    return [line.text for line in layout.card(card_id).lines if line.role == role]

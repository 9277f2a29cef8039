"""A sample map with every look the renderer knows: a measured curve with its n and a
disagreement, dot-votes (a few, and more than ten), a critical pain point, a channel the
app has no glyph for, a recoloured card and a survey-measured metric; and the marketing
marks: automation rules with connectors (to a card in the same stage and in the next
one), a content card with a link, A/B tests (one with a significant winner, one without),
a department, a funnel with two steps in one stage and channel costs."""

from __future__ import annotations

from datetime import UTC, datetime

from journey_designer.model import (
    Card,
    Channel,
    ChannelMode,
    EmotionCurve,
    EmotionPoint,
    JourneyMap,
    Metric,
    MetricKind,
    Provenance,
    Severity,
    SurveySource,
)
from journey_designer.model.entities import (
    ABTest,
    ABVariant,
    AutomationRule,
    ChannelCost,
    FunnelStep,
    Lane,
    LaneKind,
    RuleAction,
    RuleTrigger,
)
from journey_designer.templates import new_map_from_template

SURVEY = Provenance(kind="survey", source_id="survey-1")


def rich_map(language: str = "en") -> JourneyMap:
    journey = new_map_from_template("b2c_five_stages", language)
    journey.survey_sources.append(
        SurveySource(
            id="survey-1",
            file_name="survey.csv",
            sha256="0" * 64,
            imported_at=datetime(2026, 1, 5, tzinfo=UTC),
        )
    )
    estimate = next(c for c in journey.emotion_curves if c.persona_id == "p-professional")
    stage_values = {p.stage_id: p.value for p in estimate.points if p.card_id is None}
    measured = [
        EmotionPoint(
            stage_id=stage, value=value - (1.5 if i == 2 else 0.3), n=40 + i, provenance=SURVEY
        )
        for i, (stage, value) in enumerate(stage_values.items())
    ]
    journey.emotion_curves.append(
        EmotionCurve(
            id="cv-measured", persona_id="p-professional", points=measured, source_id="survey-1"
        )
    )
    cards = {card.id: card for card in journey.cards}
    cards["c-aw-ac-1"].votes = 3
    cards["c-co-pp-1"].votes = 14
    cards["c-de-pp-1"].severity = Severity.CRITICAL
    cards["c-aw-tp-2"].channel = Channel(mode=ChannelMode.OFFLINE, name="Carrier pigeon")
    cards["c-aw-ac-2"].colour = "#FFD8A8"
    cards["c-aw-mt-1"].metrics.append(
        Metric(kind=MetricKind.CSAT, value=81, unit="%", n=96, provenance=SURVEY)
    )
    add_marketing(journey, language)
    return journey


def add_marketing(journey: JourneyMap, language: str = "en") -> None:
    """Rules, a content link, A/B tests, a funnel and channel costs on the b2c template."""
    zh = language.startswith("zh")
    journey.lanes.append(Lane(id="ln-automation", kind=LaneKind.AUTOMATION,
                              title="自动化规则" if zh else "Automation"))  # fmt: skip
    journey.lanes.append(Lane(id="ln-content", kind=LaneKind.CONTENT,
                              title="内容" if zh else "Content"))  # fmt: skip
    email = Channel(mode=ChannelMode.ONLINE, name="email")
    journey.cards.append(Card(
        id="c-de-tp-3", lane_id="ln-touchpoints", stage_id="st-decision", order=2,
        title="购物车提醒邮件" if zh else "Cart reminder email", channel=email,
        ab_test=ABTest(name="主题行" if zh else "Subject line", variants=[
            ABVariant(name="A", sample_size=4000, conversions=120),
            ABVariant(name="B", sample_size=4000, conversions=165),
        ]),
    ))  # fmt: skip
    journey.cards.append(Card(
        id="c-de-au-1", lane_id="ln-automation", stage_id="st-decision",
        title="找回购物车" if zh else "Win back the cart", channel=email,
        owner="CRM", department="市场部" if zh else "Marketing",
        rule=AutomationRule(
            trigger=RuleTrigger.CART_ABANDONED, wait_hours=1, action=RuleAction.SEND_EMAIL,
            segment="已登录用户" if zh else "Signed-in shoppers",
            content="提醒邮件模板 v2" if zh else "Reminder template v2",
            goal_metric=MetricKind.CONVERSION, goal="转化率 5%" if zh else "conversion 5%",
            creates_card_id="c-de-tp-3", personal_data=["email", "cart"], legal_basis="consent",
        ),
    ))  # fmt: skip
    journey.cards.append(Card(
        id="c-us-au-1", lane_id="ln-automation", stage_id="st-use",
        title="复购提醒" if zh else "Reorder nudge",
        rule=AutomationRule(
            trigger=RuleTrigger.NO_PURCHASE_DAYS, trigger_value=30, wait_hours=48,
            action=RuleAction.SEND_EMAIL, creates_card_id="c-lo-tp-1", personal_data=["email"],
        ),
    ))  # fmt: skip
    journey.cards.append(Card(
        id="c-co-ct-1", lane_id="ln-content", stage_id="st-consideration",
        title="冲煮指南" if zh else "Brewing guide", link="https://www.example.com/guide",
    ))  # fmt: skip
    cards = {card.id: card for card in journey.cards}
    cards["c-co-tp-1"].ab_test = ABTest(variants=[
        ABVariant(name="A", sample_size=900, conversions=45),
        ABVariant(name="B", sample_size=880, conversions=49),
    ])  # fmt: skip
    cards["c-co-tp-1"].department = "电商" if zh else "E-commerce"
    journey.funnel = [
        FunnelStep(stage_id="st-awareness", label="访客" if zh else "Visitors", count=120_000),
        FunnelStep(stage_id="st-consideration", label="产品页" if zh else "Product views",
                   count=28_200),
        FunnelStep(stage_id="st-decision", label="加购" if zh else "Added to cart", count=6_100),
        FunnelStep(stage_id="st-decision", label="下单" if zh else "Orders", count=2_050,
                   amount=615_000, currency="¥"),
        FunnelStep(stage_id="st-loyalty", label="复购" if zh else "Repeat orders", count=640,
                   amount=160_000, currency="¥"),
    ]  # fmt: skip
    journey.channel_costs = [
        ChannelCost(channel="email", cost=12_000, revenue=90_000, acquisitions=300, currency="¥"),
        ChannelCost(channel="search", cost=80_000, revenue=150_000, acquisitions=900,
                    currency="¥"),
    ]  # fmt: skip

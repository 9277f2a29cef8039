"""Generated journey maps of any size, for tests and benchmarks (mixed Chinese and English)."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from journey_designer.model import (
    Card,
    Channel,
    ChannelMode,
    EmotionCurve,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    MetricKind,
    Persona,
    Priority,
    Severity,
    Stage,
)

CARD_LANES = (
    LaneKind.ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.THOUGHTS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.BACKSTAGE,
    LaneKind.METRICS,
    LaneKind.NOTES,
)
ENGLISH = (
    "The customer compares prices on the website and reads reviews before deciding",
    "Checkout asks for an account, which many first-time buyers abandon",
    "A reminder email with the cart contents goes out after one hour",
    "Support answers within a day; the chat bot hands over to a person",
)
CHINESE = (
    "顾客在官网比较价格并阅读评论后再做决定",
    "结账时必须注册账号，很多首次购买的顾客因此放弃",
    "一小时后发送包含购物车商品的提醒邮件",
    "客服在一天内回复，聊天机器人会转接人工",
)


def generated_map(stages: int, cards_per_cell: int = 1, seed: int = 7) -> JourneyMap:
    """A map with `stages` stages x 8 card lanes (+ an emotion lane), `cards_per_cell` each."""
    rng = random.Random(seed)
    fixed = datetime(2026, 11, 1, tzinfo=UTC)  # fixed dates: two calls give equal maps
    journey = JourneyMap(
        id="map-bench", title="Benchmark 基准", language="zh", created=fixed, modified=fixed
    )
    journey.personas.append(Persona(id="p-1", name="Lin 林", goals=["Save time"]))
    journey.stages.extend(Stage(id=f"st-{i}", name=f"Stage {i} 阶段") for i in range(stages))
    journey.lanes.extend(Lane(id=f"ln-{k.value}", kind=k, title=k.value) for k in CARD_LANES)
    journey.lanes.insert(3, Lane(id="ln-emotion", kind=LaneKind.EMOTION_CURVE, title="Emotion"))
    for s in range(stages):
        for kind in CARD_LANES:
            for order in range(cards_per_cell):
                journey.cards.append(_card(rng, kind, s, order))
    points = [
        EmotionPoint(stage_id=f"st-{i}", value=rng.choice((-2, -1, 0, 1, 2))) for i in range(stages)
    ]
    journey.emotion_curves.append(EmotionCurve(id="cv-1", persona_id="p-1", points=points))
    return journey


def _card(rng: random.Random, kind: LaneKind, stage: int, order: int) -> Card:
    text = rng.choice(ENGLISH) if rng.random() < 0.5 else rng.choice(CHINESE)
    card = Card(
        id=f"c-{kind.value}-{stage}-{order}",
        lane_id=f"ln-{kind.value}",
        stage_id=f"st-{stage}",
        order=order,
        title=text.split()[0] if " " in text else text[:8],
        text=text,
    )
    if kind is LaneKind.TOUCHPOINTS:
        card.channel = Channel(mode=ChannelMode.ONLINE, name="email")
    elif kind is LaneKind.PAIN_POINTS:
        card.severity = Severity.HIGH
    elif kind is LaneKind.OPPORTUNITIES:
        card.priority = Priority.MEDIUM
        card.owner = "CRM team"
    elif kind is LaneKind.METRICS:
        card.metrics = [
            Metric(kind=MetricKind.NPS, value=rng.randint(-40, 60), n=rng.randint(30, 900))
        ]
    return card

"""A B2B map with rules, A/B tests, a funnel and channel costs, whose figures the tests
know by hand. Some text looks like a formula, on purpose."""

from __future__ import annotations

from datetime import UTC, datetime

from journey_designer.model import (
    ABTest,
    ABVariant,
    AutomationRule,
    Card,
    Channel,
    ChannelCost,
    ChannelMode,
    FunnelStep,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    MetricKind,
    RuleAction,
    RuleTrigger,
    Stage,
)

STAGES = ("Awareness", "Consideration", "Decision", "Onboarding", "Loyalty 忠诚")
FORMULA_TEXTS = ('=HYPERLINK("http://x")', "+VIP", "-lapsed 90d", "@everyone")


def _ab(*variants: tuple[str, int, int], confidence: float = 0.95) -> ABTest:
    return ABTest(
        name="Subject line",
        confidence=confidence,
        variants=[ABVariant(name=n, conversions=x, sample_size=s) for n, x, s in variants],
    )


def marketing_map() -> JourneyMap:
    fixed = datetime(2026, 5, 1, tzinfo=UTC)
    journey = JourneyMap(id="mkt", title="B2B 营销", created=fixed, modified=fixed)
    journey.stages = [Stage(id=f"st-{i}", name=name) for i, name in enumerate(STAGES)]
    journey.lanes = [
        Lane(id="ln-tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
        Lane(id="ln-pain", kind=LaneKind.PAIN_POINTS, title="Pain points"),
        Lane(id="ln-opp", kind=LaneKind.OPPORTUNITIES, title="Opportunities"),
        Lane(id="ln-auto", kind=LaneKind.AUTOMATION, title="Automation"),
        Lane(id="ln-content", kind=LaneKind.CONTENT, title="Content"),
        Lane(id="ln-notes", kind=LaneKind.NOTES, title="Notes"),
    ]
    email = Channel(mode=ChannelMode.ONLINE, name="email")
    journey.cards = [
        Card(id="tp-welcome", lane_id="ln-tp", stage_id="st-1", title="Welcome email",
             channel=email, owner="Lin", department="Marketing",
             ab_test=_ab(("A", 200, 2000), ("B", 260, 2000)),
             metrics=[Metric(kind=MetricKind.CONVERSION, value=11.5, unit="%", n=4000)]),
        Card(id="tp-invite", lane_id="ln-tp", stage_id="st-1", order=1, title="Webinar invite",
             channel=email, ab_test=_ab(("A", 100, 1000), ("B", 110, 1000))),
        Card(id="tp-offer", lane_id="ln-tp", stage_id="st-2", title="Trial offer",
             owner=FORMULA_TEXTS[0], ab_test=_ab(("A", 200, 2000), ("B", 240, 2000),
                                                 confidence=0.99)),
        Card(id="pain-1", lane_id="ln-pain", stage_id="st-2", title="Pricing unclear",
             department="Sales"),
        Card(id="opp-1", lane_id="ln-opp", stage_id="st-3", title="Onboarding call"),
        Card(id="rule-cart", lane_id="ln-auto", stage_id="st-1", title="Nurture sign-ups",
             owner="CRM team", department="Marketing", channel=email,
             rule=AutomationRule(
                 trigger=RuleTrigger.SIGNED_UP, wait_hours=24, segment=FORMULA_TEXTS[1],
                 action=RuleAction.SEND_EMAIL, content=FORMULA_TEXTS[0],
                 goal_metric=MetricKind.CONVERSION, goal="12%", creates_card_id="tp-welcome",
                 personal_data=["email", "company"], legal_basis="consent")),
        Card(id="rule-lapsed", lane_id="ln-auto", stage_id="st-4", title="Win back",
             rule=AutomationRule(
                 trigger=RuleTrigger.NO_PURCHASE_DAYS, trigger_value=90,
                 segment=FORMULA_TEXTS[2], action=RuleAction.SEND_WECHAT,
                 content=FORMULA_TEXTS[3], personal_data=["wechat id"],
                 legal_basis="legitimate_interest")),
        Card(id="asset-1", lane_id="ln-content", stage_id="st-0", title="Buyer's guide",
             link="https://example.com/guide.pdf"),
        Card(id="note-1", lane_id="ln-notes", stage_id="st-0", title="Ask legal",
             owner="Wang"),
    ]  # fmt: skip
    # Listed out of stage order on purpose: the funnel is read in the stages' order.
    journey.funnel = [
        FunnelStep(stage_id="st-4", label="Orders", count=18, amount=540_000, currency="¥"),
        FunnelStep(stage_id="st-0", label="Visitors", count=20_000),
        FunnelStep(stage_id="st-1", label="Sign-ups", count=1_500),
        FunnelStep(stage_id="st-1", label="Attendees", count=600),
        FunnelStep(stage_id="st-2", label="Customers", count=240),
        FunnelStep(stage_id="st-3", label="Demos", count=None),
        FunnelStep(stage_id="st-3", label="Opportunities", count=60, amount=1_800_000,
                   currency="¥"),
    ]  # fmt: skip
    journey.channel_costs = [
        ChannelCost(channel="ads", campaign="Spring search", cost=12_000, revenue=30_000,
                    acquisitions=40, currency="¥"),
        ChannelCost(channel="ads", campaign="Retargeting", cost=8_000, revenue=6_000,
                    acquisitions=10, currency="¥"),
        ChannelCost(channel="email", campaign="Nurture", cost=2_000, revenue=14_000,
                    acquisitions=20, currency="¥"),
        ChannelCost(channel="event", campaign="Expo", cost=5_000, currency="¥"),
        ChannelCost(channel="webinar", campaign="=1+1", revenue=3_000, acquisitions=5,
                    currency="¥"),
        ChannelCost(channel="partner", campaign="EU", cost=1_000, revenue=1_500,
                    acquisitions=2, currency="EUR"),
    ]  # fmt: skip
    return journey

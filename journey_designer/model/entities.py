"""The journey-map document as pydantic v2 types. No Qt here.

Every entity has a stable string id; references between entities are ids. Lists keep
their order: stages left to right, lanes top to bottom. Cards within one cell (lane x
stage) are ordered by `order`. Referential integrity is checked in `integrity.py`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

FORMAT_NAME: Literal["journey-designer"] = "journey-designer"
SCHEMA_VERSION = 1

Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
EntityId = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[\w.\-]+$")]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Entity(BaseModel):
    # Unknown keys are refused so that a typo in a hand-edited file is reported, not lost.
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class LaneKind(StrEnum):
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    THOUGHTS = "thoughts"
    FEELINGS = "feelings"
    EMOTION_CURVE = "emotion_curve"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    BACKSTAGE = "backstage"
    METRICS = "metrics"
    AUTOMATION = "automation"  # marketing-automation rules (cards carry a `rule`)
    CONTENT = "content"  # content assets per stage (cards carry a `link`)
    NOTES = "notes"  # last: the lane dialog lists kinds in this order


class ChannelMode(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"


# Known channel names get an icon; any other name is allowed and shown as typed.
KNOWN_CHANNELS: dict[str, ChannelMode] = {
    "website": ChannelMode.ONLINE,
    "app": ChannelMode.ONLINE,
    "email": ChannelMode.ONLINE,
    "sms": ChannelMode.ONLINE,
    "social": ChannelMode.ONLINE,
    "wechat": ChannelMode.ONLINE,
    "ads": ChannelMode.ONLINE,
    "search": ChannelMode.ONLINE,
    "chat": ChannelMode.ONLINE,
    "webinar": ChannelMode.ONLINE,
    "video_call": ChannelMode.ONLINE,
    "marketplace": ChannelMode.ONLINE,
    "review_site": ChannelMode.ONLINE,
    "support_portal": ChannelMode.ONLINE,
    "phone": ChannelMode.OFFLINE,
    "store": ChannelMode.OFFLINE,
    "event": ChannelMode.OFFLINE,
    "call_centre": ChannelMode.OFFLINE,
    "service_desk": ChannelMode.OFFLINE,
    "sales_rep": ChannelMode.OFFLINE,
    "mail": ChannelMode.OFFLINE,
    "print": ChannelMode.OFFLINE,
    "partner": ChannelMode.OFFLINE,
}


class Channel(Entity):
    mode: ChannelMode
    name: Annotated[str, StringConstraints(min_length=1, max_length=80)]


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class MetricKind(StrEnum):
    RESPONSES = "responses"  # n, a count of answers
    MEAN = "mean"  # mean rating on the metric's scale
    SATISFACTION = "satisfaction"
    NPS = "nps"  # -100..+100
    CSAT = "csat"  # % top-2-box
    CES = "ces"  # mean effort
    CONVERSION = "conversion"  # %
    DROP_OFF = "drop_off"  # %
    COUNT = "count"
    REVENUE = "revenue"
    COST = "cost"
    CUSTOM = "custom"


class Provenance(Entity):
    """Where a number came from: typed by hand, or computed from a survey source."""

    kind: Literal["manual", "survey"] = "manual"
    source_id: EntityId | None = None
    column: str | None = None

    @model_validator(mode="after")
    def _survey_needs_source(self) -> Provenance:
        if self.kind == "survey" and not self.source_id:
            raise ValueError("a survey provenance needs a source_id")
        return self


class Metric(Entity):
    kind: MetricKind
    label: str = ""
    value: float
    unit: str = ""  # "%", "pts", "¥", ... shown after the value
    scale_min: float | None = None
    scale_max: float | None = None
    n: int | None = Field(default=None, ge=0)
    ci_low: float | None = None
    ci_high: float | None = None
    provenance: Provenance = Field(default_factory=Provenance)


class Persona(Entity):
    id: EntityId
    name: str
    role: str = ""
    description: str = ""
    goals: list[str] = Field(default_factory=list)
    needs: list[str] = Field(default_factory=list)
    frustrations: list[str] = Field(default_factory=list)
    quote: str = ""
    colour: Colour = "#4C78A8"


class Stage(Entity):
    id: EntityId
    name: str
    description: str = ""
    goal: str = ""
    colour: Colour = "#E8EEF7"
    width: float = Field(default=240.0, ge=80.0, le=2000.0)  # points


class Lane(Entity):
    id: EntityId
    kind: LaneKind
    title: str
    visible: bool = True


# --- marketing: automation rules and A/B tests on cards -----------------------------------


class RuleTrigger(StrEnum):
    SIGNED_UP = "signed_up"
    CART_ABANDONED = "cart_abandoned"
    BROWSED_WITHOUT_BUYING = "browsed_without_buying"
    NO_PURCHASE_DAYS = "no_purchase_days"  # no purchase in N days
    RENEWAL_DUE_DAYS = "renewal_due_days"  # renewal due in N days
    LEAD_SCORE_AT_LEAST = "lead_score_at_least"  # lead score >= N
    EVENT_ATTENDED = "event_attended"
    FORM_SUBMITTED = "form_submitted"
    CUSTOM = "custom"  # described in trigger_text

    @property
    def takes_value(self) -> bool:
        """True for the triggers with an N (days, a score) in `trigger_value`."""
        return self in _VALUE_TRIGGERS


_VALUE_TRIGGERS = frozenset(
    {RuleTrigger.NO_PURCHASE_DAYS, RuleTrigger.RENEWAL_DUE_DAYS, RuleTrigger.LEAD_SCORE_AT_LEAST}
)


class RuleAction(StrEnum):
    SEND_EMAIL = "send_email"
    SEND_SMS = "send_sms"
    SEND_WECHAT = "send_wechat"
    APP_PUSH = "app_push"
    ASSIGN_TO_SALES = "assign_to_sales"
    ADD_TO_NURTURE = "add_to_nurture"  # add to a nurture track
    CREATE_TASK = "create_task"
    CUSTOM = "custom"


# The basis on which a rule processes personal data (GDPR art. 6 / PIPL art. 13); "": not stated.
LegalBasis = Literal["", "consent", "contract", "legitimate_interest", "legal_obligation"]


class AutomationRule(Entity):
    """A marketing-automation rule: when `trigger`, wait, then `action` for `segment`.

    It lives on a card (of an automation lane); the card's channel, owner and department
    are the rule's. `creates_card_id` is the touchpoint card the rule's action creates.
    """

    trigger: RuleTrigger = RuleTrigger.CUSTOM
    trigger_value: float | None = None  # the N of "in N days", "score >= N"
    trigger_text: str = ""  # a custom trigger's or a condition's wording
    wait_hours: float = Field(default=0.0, ge=0.0)
    segment: str = ""  # who: a segment or condition
    action: RuleAction = RuleAction.CUSTOM
    content: str = ""  # the template or content asset used
    goal_metric: MetricKind | None = None
    goal: str = ""  # e.g. "conversion 5%"
    creates_card_id: EntityId | None = None
    personal_data: list[str] = Field(default_factory=list)  # "email", "purchase history", ...
    legal_basis: LegalBasis = ""

    @model_validator(mode="after")
    def _days_not_negative(self) -> AutomationRule:
        days = self.trigger in (RuleTrigger.NO_PURCHASE_DAYS, RuleTrigger.RENEWAL_DUE_DAYS)
        if days and self.trigger_value is not None and self.trigger_value < 0:
            raise ValueError("a number of days cannot be negative")
        return self


class ABVariant(Entity):
    name: str
    description: str = ""
    sample_size: int = Field(default=0, ge=0)  # people who saw the variant
    conversions: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _conversions_within_sample(self) -> ABVariant:
        if self.conversions > self.sample_size:
            raise ValueError(
                f"variant {self.name!r}: {self.conversions} conversions out of "
                f"{self.sample_size} seen"
            )
        return self


class ABTest(Entity):
    """An A/B test on a touchpoint; the first variant is the control. Results are computed
    (`journey_designer.analytics.ab`), never stored."""

    name: str = ""
    variants: list[ABVariant] = Field(default_factory=list)
    confidence: float = Field(default=0.95, gt=0.5, le=0.999)  # a winner needs p < 1 - this


class Card(Entity):
    id: EntityId
    lane_id: EntityId
    stage_id: EntityId
    order: int = Field(default=0, ge=0)
    title: str = ""
    text: str = ""
    colour: Colour | None = None
    tags: list[str] = Field(default_factory=list)
    channel: Channel | None = None
    severity: Severity | None = None
    priority: Priority | None = None
    owner: str = ""  # a person or a team
    department: str = ""
    metrics: list[Metric] = Field(default_factory=list)
    notes: str = ""  # the facilitator's notes; not drawn on the card
    votes: int = Field(default=0, ge=0)  # workshop dot-votes
    source_id: EntityId | None = None  # made by a survey import (a quote, a proposed pain point)
    link: str = ""  # a content asset's URL or file path
    rule: AutomationRule | None = None
    ab_test: ABTest | None = None


class EmotionScale(Entity):
    min: int = -2
    max: int = 2

    @model_validator(mode="after")
    def _known_scale(self) -> EmotionScale:
        if (self.min, self.max) not in ALLOWED_SCALES:
            allowed = ", ".join(f"{lo}..{hi}" for lo, hi in ALLOWED_SCALES)
            raise ValueError(f"emotion scale {self.min}..{self.max} is not one of {allowed}")
        return self

    def contains(self, value: float) -> bool:
        return self.min <= value <= self.max


ALLOWED_SCALES: tuple[tuple[int, int], ...] = ((-2, 2), (1, 5), (1, 7), (1, 10))


class EmotionPoint(Entity):
    stage_id: EntityId
    card_id: EntityId | None = None  # a point on one touchpoint card within the stage
    value: float
    label: str = ""
    n: int | None = Field(default=None, ge=0)
    provenance: Provenance = Field(default_factory=Provenance)


class CurveVariant(StrEnum):
    AS_IS = "as_is"
    TO_BE = "to_be"


class EmotionCurve(Entity):
    id: EntityId
    persona_id: EntityId
    variant: CurveVariant = CurveVariant.AS_IS
    points: list[EmotionPoint] = Field(default_factory=list)
    # Set when the curve was measured from a survey (mean satisfaction per stage) rather
    # than drawn by the facilitator; the canvas draws it beside the estimate.
    source_id: EntityId | None = None


class ColumnMapping(Entity):
    """What one spreadsheet column is, and for a measure, what on the map it measures."""

    column: int = Field(ge=0)  # 0-based column in the sheet (A = 0)
    header: str = ""  # finds the column again on Refresh data if columns moved
    role: str  # a survey column role: "rating", "likert", "nps", "text", "category", ...
    stage_id: EntityId | None = None
    card_id: EntityId | None = None  # the touchpoint card measured (within stage_id)
    metric: MetricKind | None = None  # satisfaction, csat, ces, nps or mean (measures only)
    scale_min: float | None = None  # the answer scale, when it differs from the detected one
    scale_max: float | None = None
    reverse: bool = False  # higher answers are worse (an effort scale written that way)


class SurveyMapping(Entity):
    header_rows: int | None = Field(default=None, ge=0, le=3)  # None: as detected
    columns: list[ColumnMapping] = Field(default_factory=list)
    segment_column: int | None = Field(default=None, ge=0)  # one measured curve per segment
    segment_personas: dict[str, EntityId] = Field(default_factory=dict)  # answer -> persona
    curve_persona: EntityId | None = None  # whose the one curve of all respondents is (None: first)
    filter_column: int | None = Field(default=None, ge=0)  # only rows whose answer is in...
    filter_values: list[str] = Field(default_factory=list)
    include_personal: bool = False  # personal data may enter the map (quotes keep contacts)


class SurveySource(Entity):
    id: EntityId
    file_name: str
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    sheet: str = ""
    path: str = ""  # where the file was when imported, for Refresh data
    format: str = ""  # the export format recognised ("Qualtrics", "问卷星 (wjx.cn)", ...)
    responses: int = Field(default=0, ge=0)
    mapping: SurveyMapping = Field(default_factory=SurveyMapping)
    imported_at: datetime


class FunnelStep(Entity):
    """One step of the marketing funnel (visitors, sign-ups, ... orders), in a stage.

    Steps are read in the order of their stages, then in list order within a stage.
    """

    stage_id: EntityId
    label: str
    count: int | None = Field(default=None, ge=0)  # None: not known
    amount: float | None = Field(default=None, ge=0.0)  # opportunities' or orders' value
    currency: str = ""


class ChannelCost(Entity):
    """What a channel (or one campaign in it) cost and what it brought."""

    channel: str
    campaign: str = ""
    cost: float = Field(default=0.0, ge=0.0)
    revenue: float = Field(default=0.0, ge=0.0)
    acquisitions: int = Field(default=0, ge=0)  # customers (or leads) it acquired
    currency: str = ""


class JourneyMap(Entity):
    format: Literal["journey-designer"] = FORMAT_NAME
    schema_version: int = SCHEMA_VERSION
    id: EntityId
    title: str
    description: str = ""
    language: str = "en"  # BCP 47 tag of the map's content: "zh", "en", "zh-CN", ...
    authors: list[str] = Field(default_factory=list)
    created: datetime = Field(default_factory=utc_now)
    modified: datetime = Field(default_factory=utc_now)
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    personas: list[Persona] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list)
    lanes: list[Lane] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    emotion_curves: list[EmotionCurve] = Field(default_factory=list)
    survey_sources: list[SurveySource] = Field(default_factory=list)
    funnel: list[FunnelStep] = Field(default_factory=list)
    channel_costs: list[ChannelCost] = Field(default_factory=list)

    # Lookups; linear scans are fine for single edits, indexes are built where it matters.
    def stage(self, stage_id: str) -> Stage:
        return _find(self.stages, stage_id, "stage")

    def lane(self, lane_id: str) -> Lane:
        return _find(self.lanes, lane_id, "lane")

    def card(self, card_id: str) -> Card:
        return _find(self.cards, card_id, "card")

    def persona(self, persona_id: str) -> Persona:
        return _find(self.personas, persona_id, "persona")

    def curve(self, curve_id: str) -> EmotionCurve:
        return _find(self.emotion_curves, curve_id, "emotion curve")

    def cell_cards(self, lane_id: str, stage_id: str) -> list[Card]:
        """Cards of one cell, in display order."""
        cell = [c for c in self.cards if c.lane_id == lane_id and c.stage_id == stage_id]
        return sorted(cell, key=lambda c: c.order)

    def all_ids(self) -> set[str]:
        ids = {self.id}
        for group in (self.personas, self.stages, self.lanes, self.cards):
            ids.update(item.id for item in group)
        ids.update(c.id for c in self.emotion_curves)
        ids.update(s.id for s in self.survey_sources)
        return ids


class _HasId(Protocol):
    id: str


_T = TypeVar("_T", bound=_HasId)


def _find(items: list[_T], item_id: str, what: str) -> _T:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"no {what} with id {item_id!r}")

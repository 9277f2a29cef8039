"""The panels' words for the marketing values: rule triggers and actions, legal bases, and
the A/B test's computed result in one short paragraph."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from journey_designer.analytics.figures import p_value, percent, signed_percent
from journey_designer.model import MetricKind, RuleAction, RuleTrigger
from journey_designer.ui.locale_format import ui_count, ui_numbers
from journey_designer.ui.panels.labels import Options, metric_kind_name, none_option
from journey_designer.ui.theme import MUTED, ThemedColour

if TYPE_CHECKING:  # the statistics load when a test is shown, not at start-up
    from journey_designer.analytics.ab import ABResult

CONTEXT = "MarketingLabels"
WINNER = ThemedColour("#1E7B34", "#81C995")
NO_WINNER = ThemedColour("#6B6B6B", MUTED.dark)
translate = QCoreApplication.translate

_TRIGGERS: dict[RuleTrigger, object] = {  # QT_TRANSLATE_NOOP marks them for lupdate
    RuleTrigger.SIGNED_UP: QT_TRANSLATE_NOOP("MarketingLabels", "Signed up"),
    RuleTrigger.CART_ABANDONED: QT_TRANSLATE_NOOP("MarketingLabels", "Cart abandoned"),
    RuleTrigger.BROWSED_WITHOUT_BUYING: QT_TRANSLATE_NOOP(
        "MarketingLabels", "Browsed without buying"
    ),
    RuleTrigger.NO_PURCHASE_DAYS: QT_TRANSLATE_NOOP("MarketingLabels", "No purchase in N days"),
    RuleTrigger.RENEWAL_DUE_DAYS: QT_TRANSLATE_NOOP("MarketingLabels", "Renewal due in N days"),
    RuleTrigger.LEAD_SCORE_AT_LEAST: QT_TRANSLATE_NOOP("MarketingLabels", "Lead score at least N"),
    RuleTrigger.EVENT_ATTENDED: QT_TRANSLATE_NOOP("MarketingLabels", "Attended an event"),
    RuleTrigger.FORM_SUBMITTED: QT_TRANSLATE_NOOP("MarketingLabels", "Submitted a form"),
    RuleTrigger.CUSTOM: QT_TRANSLATE_NOOP("MarketingLabels", "Other (described below)"),
}
_ACTIONS: dict[RuleAction, object] = {
    RuleAction.SEND_EMAIL: QT_TRANSLATE_NOOP("MarketingLabels", "Send an email"),
    RuleAction.SEND_SMS: QT_TRANSLATE_NOOP("MarketingLabels", "Send an SMS"),
    RuleAction.SEND_WECHAT: QT_TRANSLATE_NOOP("MarketingLabels", "Send a WeChat message"),
    RuleAction.APP_PUSH: QT_TRANSLATE_NOOP("MarketingLabels", "App push notification"),
    RuleAction.ASSIGN_TO_SALES: QT_TRANSLATE_NOOP("MarketingLabels", "Assign to sales"),
    RuleAction.ADD_TO_NURTURE: QT_TRANSLATE_NOOP("MarketingLabels", "Add to a nurture track"),
    RuleAction.CREATE_TASK: QT_TRANSLATE_NOOP("MarketingLabels", "Create a task"),
    RuleAction.CUSTOM: QT_TRANSLATE_NOOP("MarketingLabels", "Other"),
}
_LEGAL_BASES: dict[str, object] = {
    "": QT_TRANSLATE_NOOP("MarketingLabels", "(not stated)"),
    "consent": QT_TRANSLATE_NOOP("MarketingLabels", "Consent"),
    "contract": QT_TRANSLATE_NOOP("MarketingLabels", "Contract"),
    "legitimate_interest": QT_TRANSLATE_NOOP("MarketingLabels", "Legitimate interest"),
    "legal_obligation": QT_TRANSLATE_NOOP("MarketingLabels", "Legal obligation"),
}
# The metrics a rule's goal is usually stated in, first; then the rest.
_GOAL_METRICS = (
    MetricKind.CONVERSION,
    MetricKind.COUNT,
    MetricKind.REVENUE,
    MetricKind.DROP_OFF,
    MetricKind.NPS,
    MetricKind.CSAT,
    MetricKind.CES,
    MetricKind.SATISFACTION,
    MetricKind.CUSTOM,
)
CONFIDENCE_LEVELS = (0.9, 0.95, 0.99)


def _tr(source: object) -> str:
    return translate(CONTEXT, str(source))


def trigger_options() -> Options:
    return [(_tr(text), trigger) for trigger, text in _TRIGGERS.items()]


def action_options() -> Options:
    return [(_tr(text), action) for action, text in _ACTIONS.items()]


def legal_basis_options() -> Options:
    return [(_tr(text), basis) for basis, text in _LEGAL_BASES.items()]


def goal_metric_options(labels: Mapping[str, str]) -> Options:
    return [none_option(), *((metric_kind_name(kind, labels), kind) for kind in _GOAL_METRICS)]


def confidence_options(current: float | None = None) -> Options:
    levels = sorted({*CONFIDENCE_LEVELS, *([current] if current is not None else [])})
    return [(f"{level:.{_digits(level)}%}", level) for level in levels]


def _digits(level: float) -> int:
    return 0 if abs(level * 100 - round(level * 100)) < 1e-9 else 1


def ab_result_html(result: ABResult, palette: QPalette | None = None) -> str:
    """The computed result of an A/B test: each variant's conversion, each challenger's
    lift with its interval and p-value, and the verdict (coloured for `palette`, by default
    the application's)."""
    from journey_designer.analytics.ab import INTERVAL_LEVEL

    comparisons = {c.variant: c for c in result.comparisons}
    numbers = ui_numbers()
    lines = []
    for index, variant in enumerate(result.variants):
        name = escape(variant.name) or "–"
        rate = translate("MarketingLabels", "{rate} ({conversions} of {n})").format(
            rate=percent(variant.rate, numbers),
            conversions=ui_count(variant.conversions),
            n=ui_count(variant.sample_size),
        )
        if index == 0:
            role = translate("MarketingLabels", "control")
            lines.append(f"<b>{name}</b> ({role}): {rate}")
            continue
        line = f"<b>{name}</b>: {rate}"
        comparison = comparisons.get(variant.name)
        if comparison is not None and comparison.lift is not None:
            lift = translate("MarketingLabels", "lift {lift}").format(
                lift=signed_percent(comparison.lift, numbers)
            )
            if comparison.lift_low is not None and comparison.lift_high is not None:
                lift += " " + translate("MarketingLabels", "({level} CI {low} to {high})").format(
                    level=f"{INTERVAL_LEVEL:.0%}",
                    low=signed_percent(comparison.lift_low, numbers),
                    high=signed_percent(comparison.lift_high, numbers),
                )
            line += " · " + lift
        if comparison is not None and comparison.p_value is not None:
            line += " · " + translate("MarketingLabels", "p = {p}").format(
                p=escape(p_value(comparison.p_value, numbers))
            )
        lines.append(line)
    lines.append(verdict_html(result, palette or QGuiApplication.palette()))
    return "<br>".join(lines)


def verdict_text(result: ABResult) -> str:
    """One line: the winner, or why there is none."""
    if result.winner is not None:
        return translate("MarketingLabels", "Winner: {name}").format(name=result.winner)
    if len(result.variants) < 2:
        return translate("MarketingLabels", "Needs at least two variants")
    if any(variant.rate is None for variant in result.variants):
        return translate("MarketingLabels", "A variant has no sample yet")
    return translate("MarketingLabels", "Not significant at {level}").format(
        level=f"{result.confidence:.{_digits(result.confidence)}%}"
    )


def verdict_html(result: ABResult, palette: QPalette) -> str:
    text = escape(verdict_text(result))
    if result.winner is not None:
        return f'<b style="color:{WINNER.on(palette).name()}">{text}</b>'
    return f'<span style="color:{NO_WINNER.on(palette).name()}">{text}</span>'

"""Words the layout draws on cards (badges, metric names, rules, A/B verdicts, the funnel),
and how numbers are written.

The layout measures these, so they are inputs: the UI passes its translated labels and
the defaults here are English. Keys: `severity.high`, `priority.low`, `channel.email`,
`metric.nps`, `rule.trigger.cart_abandoned`, `funnel.title`, ... A few carry `{name}`
fields, filled with `str.format` (the translations keep the same fields).
"""

from __future__ import annotations

from collections.abc import Mapping

from journey_designer.model.entities import Metric, MetricKind

DEFAULT_LABELS: dict[str, str] = {
    "severity.low": "Low",
    "severity.medium": "Medium",
    "severity.high": "High",
    "severity.critical": "Critical",
    "priority.low": "Low priority",
    "priority.medium": "Medium priority",
    "priority.high": "High priority",
    "channel.website": "Website",
    "channel.app": "App",
    "channel.email": "Email",
    "channel.sms": "SMS",
    "channel.social": "Social",
    "channel.wechat": "WeChat",
    "channel.ads": "Ads",
    "channel.search": "Search",
    "channel.chat": "Chat",
    "channel.webinar": "Webinar",
    "channel.video_call": "Video call",
    "channel.marketplace": "Marketplace",
    "channel.review_site": "Review site",
    "channel.support_portal": "Support portal",
    "channel.phone": "Phone",
    "channel.store": "Store",
    "channel.event": "Event",
    "channel.call_centre": "Call centre",
    "channel.service_desk": "Service desk",
    "channel.sales_rep": "Sales rep",
    "channel.mail": "Mail",
    "channel.print": "Print",
    "channel.partner": "Partner",
    "curve.as_is": "As-is",
    "curve.to_be": "To-be",
    "curve.measured": "Measured (survey)",
    "metric.responses": "Responses",
    "metric.mean": "Mean",
    "metric.satisfaction": "Satisfaction",
    "metric.nps": "NPS",
    "metric.csat": "CSAT",
    "metric.ces": "CES",
    "metric.conversion": "Conversion",
    "metric.drop_off": "Drop-off",
    "metric.count": "Count",
    "metric.revenue": "Revenue",
    "metric.cost": "Cost",
    "metric.custom": "Metric",
    # automation rules: "Cart abandoned · wait 1 h → Send email"
    "rule.trigger.signed_up": "Signed up",
    "rule.trigger.cart_abandoned": "Cart abandoned",
    "rule.trigger.browsed_without_buying": "Browsed without buying",
    "rule.trigger.no_purchase_days": "No purchase in {n} days",
    "rule.trigger.renewal_due_days": "Renewal due in {n} days",
    "rule.trigger.lead_score_at_least": "Lead score ≥ {n}",
    "rule.trigger.event_attended": "Attended an event",
    "rule.trigger.form_submitted": "Form submitted",
    "rule.trigger.custom": "Custom trigger",
    "rule.condition": "{trigger} ({condition})",
    "rule.wait_minutes": "wait {n} min",
    "rule.wait_hours": "wait {n} h",
    "rule.wait_days": "wait {n} d",
    "rule.then": "{trigger} → {action}",
    "rule.action.send_email": "Send email",
    "rule.action.send_sms": "Send SMS",
    "rule.action.send_wechat": "Send WeChat message",
    "rule.action.app_push": "App push",
    "rule.action.assign_to_sales": "Assign to sales",
    "rule.action.add_to_nurture": "Add to nurture track",
    "rule.action.create_task": "Create a task",
    "rule.action.custom": "Custom action",
    "rule.segment": "Who: {text}",
    "rule.content": "Content: {text}",
    "rule.goal": "Goal: {text}",
    "rule.personal_data": "Personal data: {n}",
    "legal.consent": "Consent",
    "legal.contract": "Contract",
    "legal.legitimate_interest": "Legitimate interest",
    "legal.legal_obligation": "Legal obligation",
    "legal.missing": "No legal basis",
    # A/B tests on touchpoints
    "ab.badge": "A/B",
    "ab.named": "{name}: {rates}",
    "ab.wins": "{variant} wins {lift} ({p})",
    "ab.no_winner": "No winner yet",
    "ab.no_winner_p": "No winner yet ({p})",
    # the funnel band
    "funnel.title": "Funnel",
    "funnel.overall": "Overall {rate}",
    "funnel.legend": "→ conversion · − drop-off",
    "funnel.roi": "{channel}: ROI {roi}",
    "funnel.cpa": "CPA {amount}",
    "funnel.total": "All channels",
}


def format_number(value: float) -> str:
    """Up to one decimal, no trailing zeros, thousands grouped: 1234.5 -> '1,234.5'."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.1f}"


def format_percent(fraction: float) -> str:
    """A fraction as a percentage: one decimal, two below 1% (0.09%, not 0.1%): 0.235 -> '23.5%'."""
    digits = 2 if 0 < abs(fraction) < 0.01 else 1
    return f"{fraction * 100:,.{digits}f}%"


def format_signed_percent(fraction: float) -> str:
    """'+37.0%' or '−12.5%' (a true minus sign)."""
    text = format_percent(abs(fraction))
    return ("−" if fraction < 0 else "+") + text


def format_amount(value: float, currency: str) -> str:
    """Money: a code after the number (`1,200 EUR`), a sign before it (`¥360,000`)."""
    number = format_number(value)
    if not currency:
        return number
    if currency.isalpha() and currency.isascii():
        return f"{number} {currency}"
    return f"{currency}{number}"


def format_p_value(p: float) -> str:
    """A p-value as the map writes it: 'p=0.002'; 'p<0.001' below a thousandth."""
    return "p<0.001" if p < 0.001 else f"p={p:.3f}"


def format_metric(metric: Metric, labels: Mapping[str, str]) -> str:
    """One line for a metric: `NPS +32 · n=412`, `Conversion 3.4%`, `CSAT 81% · n=96`."""
    name = metric.label or labels.get(f"metric.{metric.kind.value}", metric.kind.value)
    value = format_number(metric.value)
    if metric.kind is MetricKind.NPS and metric.value > 0:
        value = "+" + value
    unit = metric.unit
    text = f"{name} {value}{unit}" if unit in ("%", "‰") else f"{name} {value} {unit}".rstrip()
    if metric.n is not None:
        text += f" · n={format_number(metric.n)}"
    return text

"""Words the layout draws on cards (badges, metric names), and how numbers are written.

The layout measures these, so they are inputs: the UI passes its translated labels and
the defaults here are English. Keys: `severity.high`, `priority.low`, `channel.email`,
`metric.nps`, ...
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
}


def format_number(value: float) -> str:
    """Up to one decimal, no trailing zeros, thousands grouped: 1234.5 -> '1,234.5'."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.1f}"


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

"""The panels' words for model values: lane kinds, severities, priorities, channels, sources.

Severity, priority, channel and metric names come from `map_labels()` (the same words the
cards show); lane kinds and where a number came from are translated here.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journey_designer.layout.labels import format_number
from journey_designer.model import (
    KNOWN_CHANNELS,
    JourneyMap,
    LaneKind,
    Metric,
    MetricKind,
    Priority,
    Severity,
)

Options = list[tuple[str, object]]
translate = QCoreApplication.translate

_LANE_KINDS: dict[LaneKind, object] = {  # QT_TRANSLATE_NOOP marks them for lupdate
    LaneKind.ACTIONS: QT_TRANSLATE_NOOP("LaneKinds", "Customer actions"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("LaneKinds", "Touchpoints"),
    LaneKind.CHANNELS: QT_TRANSLATE_NOOP("LaneKinds", "Channels"),
    LaneKind.THOUGHTS: QT_TRANSLATE_NOOP("LaneKinds", "Thoughts"),
    LaneKind.FEELINGS: QT_TRANSLATE_NOOP("LaneKinds", "Feelings"),
    LaneKind.EMOTION_CURVE: QT_TRANSLATE_NOOP("LaneKinds", "Emotion curve"),
    LaneKind.PAIN_POINTS: QT_TRANSLATE_NOOP("LaneKinds", "Pain points"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("LaneKinds", "Opportunities"),
    LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("LaneKinds", "Backstage"),
    LaneKind.METRICS: QT_TRANSLATE_NOOP("LaneKinds", "Metrics"),
    LaneKind.NOTES: QT_TRANSLATE_NOOP("LaneKinds", "Notes"),
    LaneKind.AUTOMATION: QT_TRANSLATE_NOOP("LaneKinds", "Automation"),
    LaneKind.CONTENT: QT_TRANSLATE_NOOP("LaneKinds", "Content"),
}


def lane_kind_name(kind: LaneKind) -> str:
    return translate("LaneKinds", str(_LANE_KINDS[kind]))


def card_lane_kinds() -> Options:
    """The kinds a lane of cards can take (the emotion-curve lane holds no cards)."""
    return [(lane_kind_name(k), k) for k in LaneKind if k is not LaneKind.EMOTION_CURVE]


def none_option() -> tuple[str, object]:
    return (translate("PanelLabels", "(none)"), None)


def severity_options(labels: Mapping[str, str]) -> Options:
    return [none_option(), *((labels[f"severity.{s.value}"], s) for s in Severity)]


def priority_options(labels: Mapping[str, str]) -> Options:
    return [none_option(), *((labels[f"priority.{p.value}"], p) for p in Priority)]


def channel_options(labels: Mapping[str, str]) -> Options:
    """Known channel names in the UI language, alphabetical there; the value is the key."""
    named = [(labels.get(f"channel.{name}", name), name) for name in KNOWN_CHANNELS]
    return sorted(named, key=lambda option: option[0].lower())


def metric_kind_name(kind: MetricKind, labels: Mapping[str, str]) -> str:
    return labels.get(f"metric.{kind.value}", kind.value)


def metric_value_text(metric: Metric) -> str:
    value = format_number(metric.value)
    if metric.kind is MetricKind.NPS and metric.value > 0:
        value = "+" + value
    if metric.unit in ("%", "‰"):
        return value + metric.unit
    return f"{value} {metric.unit}".rstrip()


def metric_interval_text(metric: Metric) -> str:
    if metric.ci_low is None or metric.ci_high is None:
        return ""
    return f"{format_number(metric.ci_low)} – {format_number(metric.ci_high)}"


def provenance_text(metric: Metric, journey: JourneyMap) -> str:
    """ "typed", or "from survey FILE column X" (the file named by the map's survey source)."""
    provenance = metric.provenance
    if provenance.kind == "manual":
        return translate("PanelLabels", "typed")
    sources = {source.id: source.file_name for source in journey.survey_sources}
    file_name = sources.get(provenance.source_id or "", provenance.source_id or "")
    if provenance.column:
        return translate("PanelLabels", "from survey {file} column {column}").format(
            file=file_name, column=provenance.column
        )
    return translate("PanelLabels", "from survey {file}").format(file=file_name)

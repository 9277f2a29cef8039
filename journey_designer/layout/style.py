"""Sizes and colours of the map's picture, in points; shared by the canvas and the PDF."""

from __future__ import annotations

from dataclasses import dataclass, field

from journey_designer.model.entities import LaneKind

CARD_FILLS: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "#E3EDF9",
    LaneKind.TOUCHPOINTS: "#FFFFFF",
    LaneKind.CHANNELS: "#E4F4F1",
    LaneKind.THOUGHTS: "#FFF7D6",
    LaneKind.FEELINGS: "#FCE8F1",
    LaneKind.PAIN_POINTS: "#FDE3E1",
    LaneKind.OPPORTUNITIES: "#DFF2E3",
    LaneKind.BACKSTAGE: "#EFEFEF",
    LaneKind.METRICS: "#F1ECFA",
    LaneKind.NOTES: "#FFFDE8",
    LaneKind.AUTOMATION: "#E6F0FF",
    LaneKind.CONTENT: "#FFF1E0",
}
CARD_ACCENTS: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "#4C78A8",
    LaneKind.TOUCHPOINTS: "#2F6DB5",
    LaneKind.CHANNELS: "#2A9D8F",
    LaneKind.THOUGHTS: "#C9A227",
    LaneKind.FEELINGS: "#C2185B",
    LaneKind.PAIN_POINTS: "#D64541",
    LaneKind.OPPORTUNITIES: "#2E8B57",
    LaneKind.BACKSTAGE: "#8A8A8A",
    LaneKind.METRICS: "#7357B5",
    LaneKind.NOTES: "#B59F3B",
    LaneKind.AUTOMATION: "#3D5AFE",
    LaneKind.CONTENT: "#E07B00",
}


@dataclass(frozen=True)
class LayoutStyle:
    lane_header_width: float = 150.0
    min_stage_header_height: float = 56.0
    min_lane_height: float = 56.0
    emotion_lane_height: float = 170.0
    plot_margin: float = 22.0
    cell_padding: float = 8.0
    card_gap: float = 6.0
    card_padding: float = 7.0
    min_card_height: float = 30.0
    paragraph_gap: float = 3.0
    line_spacing: float = 1.3
    stage_size: float = 13.0
    goal_size: float = 8.0
    lane_size: float = 10.5
    title_size: float = 9.5
    body_size: float = 8.0
    metric_size: float = 8.5
    badge_size: float = 7.0
    badge_height: float = 12.0
    badge_padding: float = 4.0
    badge_gap: float = 3.0
    point_label_size: float = 7.5
    point_radius: float = 6.5
    legend_size: float = 7.5
    legend_swatch: float = 16.0
    rule_size: float = 8.5  # a rule's "trigger → action" line
    funnel_label_size: float = 7.5
    funnel_count_size: float = 10.0
    funnel_rate_size: float = 7.0  # the conversion in a pill and the drop-off below it
    funnel_bar_height: float = 8.0
    card_fills: dict[LaneKind, str] = field(default_factory=lambda: dict(CARD_FILLS))
    card_accents: dict[LaneKind, str] = field(default_factory=lambda: dict(CARD_ACCENTS))

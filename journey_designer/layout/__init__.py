"""The layout engine (no Qt): a journey map to geometry in points, shared by canvas and PDF."""

from journey_designer.layout.cache import LayoutCache
from journey_designer.layout.engine import layout_map
from journey_designer.layout.fontfile import FontFace, FontFileError, TrueTypeMetrics
from journey_designer.layout.geometry import (
    Badge,
    CardBox,
    Connector,
    CurveLayout,
    CurvePoint,
    EmotionPlot,
    FunnelBand,
    FunnelLink,
    FunnelSlot,
    LaneRow,
    LegendEntry,
    MapLayout,
    Rect,
    StageColumn,
    TextLine,
)
from journey_designer.layout.labels import (
    DEFAULT_LABELS,
    format_amount,
    format_metric,
    format_number,
    format_percent,
)
from journey_designer.layout.style import LayoutStyle
from journey_designer.layout.text import (
    ApproximateMeasurer,
    FontFileMeasurer,
    TextMeasurer,
    measurer_for,
    wrap_text,
)

__all__ = [
    "DEFAULT_LABELS",
    "ApproximateMeasurer",
    "Badge",
    "CardBox",
    "Connector",
    "CurveLayout",
    "CurvePoint",
    "EmotionPlot",
    "FontFace",
    "FontFileError",
    "FontFileMeasurer",
    "FunnelBand",
    "FunnelLink",
    "FunnelSlot",
    "LaneRow",
    "LayoutCache",
    "LayoutStyle",
    "LegendEntry",
    "MapLayout",
    "Rect",
    "StageColumn",
    "TextLine",
    "TextMeasurer",
    "TrueTypeMetrics",
    "format_amount",
    "format_metric",
    "format_number",
    "format_percent",
    "layout_map",
    "measurer_for",
    "wrap_text",
]

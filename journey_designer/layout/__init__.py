"""The layout engine (no Qt): a journey map to geometry in points, shared by canvas and PDF."""

from journey_designer.layout.cache import LayoutCache
from journey_designer.layout.engine import layout_map
from journey_designer.layout.fontfile import FontFace, FontFileError, TrueTypeMetrics
from journey_designer.layout.geometry import (
    Badge,
    CardBox,
    CurveLayout,
    CurvePoint,
    EmotionPlot,
    LaneRow,
    LegendEntry,
    MapLayout,
    Rect,
    StageColumn,
    TextLine,
)
from journey_designer.layout.labels import DEFAULT_LABELS, format_metric, format_number
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
    "CurveLayout",
    "CurvePoint",
    "EmotionPlot",
    "FontFace",
    "FontFileError",
    "FontFileMeasurer",
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
    "format_metric",
    "format_number",
    "layout_map",
    "measurer_for",
    "wrap_text",
]

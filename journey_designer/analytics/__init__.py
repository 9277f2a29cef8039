"""Marketing analytics on a journey map: A/B tests, the funnel, ROI per channel, owners.

Plain Python, no Qt; every figure is computed from the map, never stored in it. The
`report` command prints them (`report.py`) and `workbook.py` writes them to Excel.
"""

from journey_designer.analytics.ab import ABResult, Comparison, VariantResult, analyse_test
from journey_designer.analytics.funnel import FunnelReport, FunnelRow, analyse_funnel
from journey_designer.analytics.owners import Responsibility, responsibilities
from journey_designer.analytics.roi import RoiReport, RoiRow, analyse_costs

__all__ = [
    "ABResult",
    "Comparison",
    "FunnelReport",
    "FunnelRow",
    "Responsibility",
    "RoiReport",
    "RoiRow",
    "VariantResult",
    "analyse_costs",
    "analyse_funnel",
    "analyse_test",
    "responsibilities",
]

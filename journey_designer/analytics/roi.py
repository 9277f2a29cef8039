"""Return on marketing spend per channel and campaign. No Qt.

For each row of the map's channel costs, and summed per channel and in total:
profit = revenue - cost; ROI = (revenue - cost) / cost (a fraction: 1.5 is 150%), None
when nothing was spent; cost per acquisition (CPA) = cost / acquisitions, None when
nothing was acquired. Amounts in different currencies are never added together: the
sums are per channel and currency, and there is one total per currency.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from journey_designer.model.entities import ChannelCost, JourneyMap

TOTAL = "Total"


@dataclass(frozen=True)
class RoiRow:
    channel: str  # TOTAL in a total row
    campaign: str  # "" in a channel's sum and in a total
    currency: str
    cost: float
    revenue: float
    acquisitions: int
    profit: float
    roi: float | None
    cpa: float | None


@dataclass(frozen=True)
class RoiReport:
    rows: tuple[RoiRow, ...]  # one per channel-cost entry, in the map's order
    channels: tuple[RoiRow, ...]  # one per channel and currency, in first-seen order
    totals: tuple[RoiRow, ...]  # one per currency, in first-seen order


def roi_row(channel: str, campaign: str, currency: str, costs: Iterable[ChannelCost]) -> RoiRow:
    """The sums of `costs` with their ROI and CPA, under the given names."""
    items = list(costs)
    cost = sum(item.cost for item in items)
    revenue = sum(item.revenue for item in items)
    acquisitions = sum(item.acquisitions for item in items)
    return RoiRow(
        channel=channel,
        campaign=campaign,
        currency=currency,
        cost=cost,
        revenue=revenue,
        acquisitions=acquisitions,
        profit=revenue - cost,
        roi=(revenue - cost) / cost if cost > 0 else None,
        cpa=cost / acquisitions if acquisitions > 0 else None,
    )


def analyse_costs(journey: JourneyMap) -> RoiReport:
    costs = journey.channel_costs
    rows = tuple(roi_row(c.channel, c.campaign, c.currency, [c]) for c in costs)
    by_channel: dict[tuple[str, str], list[ChannelCost]] = {}
    by_currency: dict[str, list[ChannelCost]] = {}
    for item in costs:
        by_channel.setdefault((item.channel, item.currency), []).append(item)
        by_currency.setdefault(item.currency, []).append(item)
    channels = tuple(
        roi_row(channel, "", currency, items) for (channel, currency), items in by_channel.items()
    )
    totals = tuple(roi_row(TOTAL, "", currency, items) for currency, items in by_currency.items())
    return RoiReport(rows, channels, totals)

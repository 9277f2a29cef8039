"""Funnel, ROI and the responsibility table against arithmetic done by hand (no Qt)."""

from __future__ import annotations

import pytest

from journey_designer.analytics.funnel import analyse_funnel
from journey_designer.analytics.owners import responsibilities
from journey_designer.analytics.roi import analyse_costs
from journey_designer.model import FunnelStep, find_problems
from tests.analytics.marketing_map import marketing_map


def test_the_example_map_is_sound() -> None:
    assert find_problems(marketing_map()) == []


def test_funnel_in_stage_order_with_conversion_and_drop_off() -> None:
    report = analyse_funnel(marketing_map())
    rows = {row.label: row for row in report.rows}
    labels = [row.label for row in report.rows]
    assert labels == [
        "Visitors", "Sign-ups", "Attendees", "Customers", "Demos", "Opportunities", "Orders"
    ]  # fmt: skip
    # by hand: count / previous known count, 1 − that, count / 20,000
    expected = {
        "Visitors": (None, None, 1.0),
        "Sign-ups": (1_500 / 20_000, 1 - 0.075, 0.075),  # 0.075, 0.925
        "Attendees": (0.4, 0.6, 0.03),  # 600 / 1,500; 600 / 20,000
        "Customers": (0.4, 0.6, 0.012),  # 240 / 600
        "Demos": (None, None, None),  # count unknown
        "Opportunities": (0.25, 0.75, 0.003),  # 60 / 240: Demos skipped, not read as 0
        "Orders": (0.3, 0.7, 0.0009),  # 18 / 60
    }
    for label, (conversion, drop_off, overall) in expected.items():
        row = rows[label]
        assert row.conversion == pytest.approx(conversion), label
        assert row.drop_off == pytest.approx(drop_off), label
        assert row.overall == pytest.approx(overall), label
    assert rows["Opportunities"].previous == "Customers"
    assert rows["Opportunities"].average_amount == pytest.approx(30_000)  # 1,800,000 / 60
    assert rows["Orders"].average_amount == pytest.approx(30_000)  # 540,000 / 18
    assert rows["Visitors"].stage == "Awareness" and rows["Orders"].stage == "Loyalty 忠诚"
    assert report.overall == pytest.approx(0.0009)  # 18 / 20,000
    assert report.warnings == ()


def test_funnel_edge_cases() -> None:
    journey = marketing_map()
    journey.funnel = [
        FunnelStep(stage_id="st-0", label="Leads", count=0),
        FunnelStep(stage_id="st-1", label="Deals", count=5),
        FunnelStep(stage_id="st-2", label="Won", count=7),
    ]
    report = analyse_funnel(journey)
    leads, deals, won = report.rows
    assert leads.conversion is None and deals.conversion is None  # after zero: undefined
    assert deals.overall is None and won.conversion == pytest.approx(1.4)
    assert won.drop_off == pytest.approx(-0.4)
    assert report.warnings == ("'Won' (7) is larger than 'Deals' (5)",)
    journey.funnel = []
    assert analyse_funnel(journey).rows == () and analyse_funnel(journey).overall is None


def test_roi_and_cpa_per_campaign_channel_and_currency() -> None:
    report = analyse_costs(marketing_map())
    by_campaign = {(r.channel, r.campaign): r for r in report.rows}
    # (revenue − cost) / cost and cost / acquisitions, by hand
    spring = by_campaign[("ads", "Spring search")]
    assert (spring.roi, spring.cpa, spring.profit) == (1.5, 300.0, 18_000)  # 18k/12k, 12k/40
    retarget = by_campaign[("ads", "Retargeting")]
    assert (retarget.roi, retarget.cpa) == (-0.25, 800.0)  # −2k/8k, 8k/10
    assert by_campaign[("email", "Nurture")].roi == 6.0  # 12k/2k
    expo = by_campaign[("event", "Expo")]
    assert (expo.roi, expo.cpa) == (-1.0, None)  # nothing back; nobody acquired
    webinar = by_campaign[("webinar", "=1+1")]
    assert (webinar.roi, webinar.cpa) == (None, 0.0)  # nothing spent
    channels = {(r.channel, r.currency): r for r in report.channels}
    ads = channels[("ads", "¥")]
    assert (ads.cost, ads.revenue, ads.acquisitions) == (20_000, 36_000, 50)
    assert (ads.roi, ads.cpa) == (pytest.approx(0.8), 400.0)  # 16k/20k, 20k/50
    assert [r.channel for r in report.channels] == ["ads", "email", "event", "webinar", "partner"]
    yuan, euro = report.totals
    # ¥: cost 12k+8k+2k+5k+0 = 27k; revenue 30k+6k+14k+0+3k = 53k; 40+10+20+0+5 = 75 acquired
    assert (yuan.currency, yuan.cost, yuan.revenue, yuan.acquisitions) == ("¥", 27_000, 53_000, 75)
    assert yuan.roi == pytest.approx(26_000 / 27_000) and yuan.cpa == pytest.approx(360.0)
    assert (euro.currency, euro.roi, euro.cpa) == ("EUR", 0.5, 500.0)  # never added to ¥


def test_responsibility_table() -> None:
    rows = responsibilities(marketing_map())
    table = [(r.what, r.stage, r.title, r.owner, r.department) for r in rows]
    assert table == [
        ("notes", "Awareness", "Ask legal", "Wang", ""),  # another kind, but owned
        ("touchpoint", "Consideration", "Welcome email", "Lin", "Marketing"),
        ("touchpoint", "Consideration", "Webinar invite", "", ""),  # a gap, shown
        ("rule", "Consideration", "Nurture sign-ups", "CRM team", "Marketing"),
        ("touchpoint", "Decision", "Trial offer", '=HYPERLINK("http://x")', ""),
        ("pain point", "Decision", "Pricing unclear", "", "Sales"),
        ("opportunity", "Onboarding", "Onboarding call", "", ""),
        ("rule", "Loyalty 忠诚", "Win back", "", ""),
    ]
    assert [r.assigned for r in rows].count(False) == 3
    assert "asset-1" not in {r.card_id for r in rows}  # unowned content is not a gap

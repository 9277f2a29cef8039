"""A/B test statistics against values computed by hand (written out below), no Qt.

Method (journey_designer/analytics/ab.py): the pooled two-proportion z-test, two-sided
p = erfc(|z| / √2); lift = (p_b − p_a) / p_a with a 95% interval from the log rate ratio,
SE(ln RR) = sqrt(1/x_a − 1/n_a + 1/x_b − 1/n_b). The values below were worked out on
paper (Φ from a normal table, logs and roots to 6 figures) and agree with
scipy.stats.chi2_contingency(correction=False) (chi² = z²) and
scipy.stats.contingency.relative_risk(...).confidence_interval(0.95) to every digit shown.
"""

from __future__ import annotations

import pytest

from journey_designer.analytics.ab import analyse_test, lift_interval, two_proportion_test
from journey_designer.model import ABTest, ABVariant


def ab(*variants: tuple[int, int], confidence: float = 0.95) -> ABTest:
    """Variants A, B, C... from (conversions, sample size)."""
    return ABTest(
        name="test",
        confidence=confidence,
        variants=[
            ABVariant(name="ABCDEFGH"[i], conversions=x, sample_size=n)
            for i, (x, n) in enumerate(variants)
        ],
    )


def test_significant_example_a_200_of_2000_b_260_of_2000() -> None:
    # p_a = 200/2000 = 0.10, p_b = 260/2000 = 0.13, pooled p = 460/4000 = 0.115
    # SE = sqrt(0.115 × 0.885 × (1/2000 + 1/2000)) = sqrt(1.01775e-4) = 0.0100884
    # z = 0.03 / 0.0100884 = 2.97372;  p = 2 (1 − Φ(2.97372)) = 0.0029421
    # lift = 0.03 / 0.10 = 0.30;  ln RR = ln 1.3 = 0.262364
    # SE(ln RR) = sqrt(1/200 − 1/2000 + 1/260 − 1/2000) = sqrt(0.00784615) = 0.0885785
    # 0.262364 ± 1.959964 × 0.0885785 = 0.262364 ± 0.173611 -> [0.088753, 0.435975]
    # exp − 1 -> lift in [0.092811, 0.546470]
    result = analyse_test(ab((200, 2000), (260, 2000)))
    a, b = result.variants
    assert (a.rate, b.rate) == (pytest.approx(0.10), pytest.approx(0.13))
    (c,) = result.comparisons
    assert c.difference == pytest.approx(0.03)
    assert c.lift == pytest.approx(0.30)
    assert c.z == pytest.approx(2.97372, abs=1e-5)
    assert c.p_value == pytest.approx(0.0029421, abs=1e-7)
    assert c.lift_low == pytest.approx(0.092811, abs=1e-6)
    assert c.lift_high == pytest.approx(0.546470, abs=1e-6)
    assert c.significant and result.winner == "B" and result.note == ""


def test_non_significant_example_a_100_of_1000_b_110_of_1000() -> None:
    # pooled p = 210/2000 = 0.105; SE = sqrt(0.105 × 0.895 × 0.002) = sqrt(1.8795e-4) = 0.0137095
    # z = 0.01 / 0.0137095 = 0.729422;  p = 2 (1 − Φ(0.729422)) = 0.465744
    # lift = 0.10; ln 1.1 = 0.0953102; SE = sqrt(1/100 − 1/1000 + 1/110 − 1/1000)
    #   = sqrt(0.0170909) = 0.130732; ± 0.256230 -> [−0.160920, 0.351540]
    # exp − 1 -> lift in [−0.148640, 0.421255]: the interval holds 0
    result = analyse_test(ab((100, 1000), (110, 1000)))
    (c,) = result.comparisons
    assert c.lift == pytest.approx(0.10)
    assert c.z == pytest.approx(0.729422, abs=1e-6)
    assert c.p_value == pytest.approx(0.465744, abs=1e-6)
    assert c.lift_low == pytest.approx(-0.148640, abs=1e-6)
    assert c.lift_high == pytest.approx(0.421255, abs=1e-6)
    assert not c.significant and result.winner is None
    assert result.note == "no significant difference at 95.0%"


def test_the_confidence_level_decides_the_verdict() -> None:
    # A 200/2000 = 0.10, B 240/2000 = 0.12; pooled p = 0.11
    # SE = sqrt(0.11 × 0.89 × 0.001) = sqrt(9.79e-5) = 0.00989444; z = 0.02 / 0.00989444 = 2.02134
    # p = 2 (1 − Φ(2.02134)) = 0.043245: below 0.05, above 0.01
    # lift 0.20; ln 1.2 = 0.182322; SE = sqrt(0.0045 + 1/240 − 0.0005) = 0.0903696
    # ± 0.177121 -> [0.005201, 0.359443] -> lift in [0.005214, 0.432531]
    at_95 = analyse_test(ab((200, 2000), (240, 2000), confidence=0.95))
    at_99 = analyse_test(ab((200, 2000), (240, 2000), confidence=0.99))
    for result in (at_95, at_99):
        (c,) = result.comparisons
        assert c.p_value == pytest.approx(0.043245, abs=1e-6)
        assert c.lift_low == pytest.approx(0.005214, abs=1e-6)  # the interval stays 95%
        assert c.lift_high == pytest.approx(0.432531, abs=1e-6)
    assert at_95.winner == "B" and at_95.comparisons[0].significant
    assert at_99.winner is None and not at_99.comparisons[0].significant
    assert at_99.note == "no significant difference at 99.0%"


def test_the_control_can_win() -> None:
    result = analyse_test(ab((260, 2000), (200, 2000)))
    (c,) = result.comparisons
    # lift = (0.10 − 0.13) / 0.13 = −0.230769; same z and p as the first example, negative
    assert c.lift == pytest.approx(-0.230769, abs=1e-6)
    assert c.z == pytest.approx(-2.97372, abs=1e-5)
    assert result.winner == "A"


def test_more_than_two_variants_use_a_bonferroni_level() -> None:
    # Three variants: three pairs, each tested at 0.05 / 3 = 0.016667.
    weak = analyse_test(ab((200, 2000), (240, 2000), (200, 2000)))
    assert weak.alpha == pytest.approx(0.05 / 3)
    assert weak.winner is None  # B against A or C: p = 0.043245 > 0.016667
    strong = analyse_test(ab((200, 2000), (260, 2000), (200, 2000)))
    assert strong.winner == "B"  # p = 0.0029421 against both A and C
    assert [c.variant for c in strong.comparisons] == ["B", "C"]
    assert strong.comparisons[1].lift == pytest.approx(0.0) and strong.comparisons[1].z == 0.0


def test_no_conversions_in_the_control_gives_no_lift_but_a_test() -> None:
    # A 0/500, B 5/500: pooled p = 5/1000 = 0.005; SE = sqrt(0.005 × 0.995 × 0.004) = 0.00446094
    # z = 0.01 / 0.00446094 = 2.24168; p = 2 (1 − Φ(2.24168)) = 0.024982
    result = analyse_test(ab((0, 500), (5, 500)))
    (c,) = result.comparisons
    assert c.lift is None and c.lift_low is None and c.lift_high is None
    assert c.z == pytest.approx(2.24168, abs=1e-5)
    assert c.p_value == pytest.approx(0.024982, abs=1e-6)
    assert result.winner == "B"


@pytest.mark.parametrize(
    ("variants", "note"),
    [
        ([(0, 0), (5, 100)], "a variant has no sample yet"),
        ([(0, 100), (0, 100)], "no significant difference at 95.0%"),
        ([(100, 100), (100, 100)], "no significant difference at 95.0%"),
        ([(10, 100)], "needs at least two variants"),
        ([], "needs at least two variants"),
    ],
)
def test_undefined_cases_give_none_not_exceptions(
    variants: list[tuple[int, int]], note: str
) -> None:
    result = analyse_test(ab(*variants))
    assert result.winner is None and result.note == note
    for c in result.comparisons:
        assert c.p_value is None and not c.significant


def test_building_blocks_refuse_undefined_input_quietly() -> None:
    assert two_proportion_test(0, 0, 1, 10) is None
    assert lift_interval(0, 10, 1, 10) is None
    assert lift_interval(1, 10, 0, 10) is None  # B converted nobody: ln 0
    interval = lift_interval(200, 2000, 260, 2000, level=0.99)
    assert interval is not None
    # 99%: z = 2.575829; 0.262364 ± 2.575829 × 0.0885785 = ± 0.228163 -> [0.034201, 0.490527]
    # exp − 1 -> [0.034793, 0.633177]
    assert interval[0] == pytest.approx(0.034793, abs=1e-6)
    assert interval[1] == pytest.approx(0.633177, abs=1e-6)

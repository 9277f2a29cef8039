"""A/B test results, computed from the variants' sample sizes and conversions. No Qt.

The first variant is the control. For each other variant against the control:

- conversion rate p = conversions / sample size;
- lift = (p_b - p_a) / p_a, the relative change, with a confidence interval (95% by
  default) from the delta method on the log of the rate ratio (the "log RR" interval):
  SE(ln RR) = sqrt(1/x_a - 1/n_a + 1/x_b - 1/n_b), interval exp(ln RR ± z·SE) - 1;
- the two-proportion z-test with the pooled standard error,
  z = (p_b - p_a) / sqrt(p (1 - p) (1/n_a + 1/n_b)), p = (x_a + x_b) / (n_a + n_b),
  and its two-sided p-value erfc(|z| / √2).

A winner is marked only when it is significantly better than every other variant at the
test's level: p-value < 1 - confidence (default 0.95), with a Bonferroni correction over
the pairs when there are more than two variants (k variants: k(k-1)/2 pairs). With two
variants that is the plain test above, and the control can win too.

Undefined cases give None, never an exception: no sample (no rate), no conversions in
the control (no lift), no conversions in either or all converted (no test).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from itertools import combinations
from statistics import NormalDist

from journey_designer.model.entities import ABTest, ABVariant

INTERVAL_LEVEL = 0.95  # the lift's interval, whatever the test's confidence


@dataclass(frozen=True)
class VariantResult:
    name: str
    description: str
    sample_size: int
    conversions: int
    rate: float | None  # conversions / sample_size; None without a sample


@dataclass(frozen=True)
class Comparison:
    """One variant against the control."""

    variant: str
    control: str
    difference: float | None  # p_b - p_a, in proportion points
    lift: float | None  # (p_b - p_a) / p_a
    lift_low: float | None  # the lift's interval at INTERVAL_LEVEL
    lift_high: float | None
    z: float | None
    p_value: float | None
    significant: bool  # p_value below the (corrected) level


@dataclass(frozen=True)
class ABResult:
    name: str
    confidence: float
    variants: tuple[VariantResult, ...]
    comparisons: tuple[Comparison, ...]  # each variant after the first against the first
    winner: str | None  # a variant's name, only when significant
    note: str = ""  # why there is no verdict, when there is none

    @property
    def alpha(self) -> float:
        """The significance level each pair is tested at (Bonferroni over the pairs)."""
        pairs = max(1, len(self.variants) * (len(self.variants) - 1) // 2)
        return (1.0 - self.confidence) / pairs


@dataclass(frozen=True)
class ZTest:
    z: float
    p_value: float


def conversion_rate(conversions: int, sample_size: int) -> float | None:
    return conversions / sample_size if sample_size > 0 else None


def two_proportion_test(x_a: int, n_a: int, x_b: int, n_b: int) -> ZTest | None:
    """The pooled two-proportion z-test of b against a; None when undefined."""
    if n_a <= 0 or n_b <= 0:
        return None
    pooled = (x_a + x_b) / (n_a + n_b)
    variance = pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b)
    if variance <= 0.0:  # nobody or everybody converted: no difference to test
        return None
    z = (x_b / n_b - x_a / n_a) / math.sqrt(variance)
    return ZTest(z, math.erfc(abs(z) / math.sqrt(2.0)))


def lift_interval(
    x_a: int, n_a: int, x_b: int, n_b: int, level: float = INTERVAL_LEVEL
) -> tuple[float, float] | None:
    """The interval of (p_b - p_a) / p_a from the log rate ratio; None when undefined."""
    if min(x_a, n_a, x_b, n_b) <= 0:
        return None
    log_ratio = math.log((x_b / n_b) / (x_a / n_a))
    error = math.sqrt(1.0 / x_a - 1.0 / n_a + 1.0 / x_b - 1.0 / n_b)
    z = NormalDist().inv_cdf(0.5 + level / 2.0)
    return math.exp(log_ratio - z * error) - 1.0, math.exp(log_ratio + z * error) - 1.0


def analyse_test(test: ABTest) -> ABResult:
    """The computed result of an A/B test (see the module's doc for the statistics)."""
    variants = tuple(_variant_result(v) for v in test.variants)
    result = ABResult(test.name, test.confidence, variants, (), None)
    if len(variants) < 2:
        return replace(result, note="needs at least two variants")
    control = test.variants[0]
    comparisons = tuple(_compare(control, v, result.alpha) for v in test.variants[1:])
    result = replace(result, comparisons=comparisons)
    if any(v.rate is None for v in variants):
        return replace(result, note="a variant has no sample yet")
    winner = _winner(test.variants, result.alpha)
    if winner is None:
        return replace(result, note=f"no significant difference at {test.confidence:.1%}")
    return replace(result, winner=winner)


def _variant_result(variant: ABVariant) -> VariantResult:
    rate = conversion_rate(variant.conversions, variant.sample_size)
    return VariantResult(
        variant.name, variant.description, variant.sample_size, variant.conversions, rate
    )


def _compare(control: ABVariant, variant: ABVariant, alpha: float) -> Comparison:
    x_a, n_a, x_b, n_b = (
        control.conversions, control.sample_size, variant.conversions, variant.sample_size
    )  # fmt: skip
    rate_a, rate_b = conversion_rate(x_a, n_a), conversion_rate(x_b, n_b)
    difference = rate_b - rate_a if rate_a is not None and rate_b is not None else None
    lift = difference / rate_a if difference is not None and rate_a else None
    interval = lift_interval(x_a, n_a, x_b, n_b)
    test = two_proportion_test(x_a, n_a, x_b, n_b)
    return Comparison(
        variant=variant.name,
        control=control.name,
        difference=difference,
        lift=lift,
        lift_low=interval[0] if interval else None,
        lift_high=interval[1] if interval else None,
        z=test.z if test else None,
        p_value=test.p_value if test else None,
        significant=test is not None and test.p_value < alpha,
    )


def _winner(variants: list[ABVariant], alpha: float) -> str | None:
    """The variant significantly better than each other one, if there is one."""
    beaten: dict[int, int] = {}  # index -> how many variants it significantly beats
    for i, j in combinations(range(len(variants)), 2):
        a, b = variants[i], variants[j]
        test = two_proportion_test(a.conversions, a.sample_size, b.conversions, b.sample_size)
        if test is None or not test.p_value < alpha:
            continue
        better = j if test.z > 0 else i
        beaten[better] = beaten.get(better, 0) + 1
    for index, wins in beaten.items():
        if wins == len(variants) - 1:
            return variants[index].name
    return None

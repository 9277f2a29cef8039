"""Survey metrics from answer counts: rating summaries, NPS, CSAT, CES. No Qt, no numpy.

The importer keeps each column as codes into distinct values, so every function here takes
COUNTS (`{value: respondents}`), never one entry per respondent: a column of a million
answers on a 1–5 scale is five numbers. Skipped answers (N/A, blanks) are passed as a
separate count; they are reported next to the statistics and never enter them.

The 95% interval of a mean needs Student's t quantile; `t_quantile` computes it from the
regularized incomplete beta function (continued fraction), with no external library.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from statistics import NormalDist

Scale = tuple[float, float]
# {answer: respondents}. Both spellings, because Mapping is invariant in its key type:
# a dict[int, int] of whole-number answers is not a Mapping[float, int] to mypy.
AnswerCounts = Mapping[float, int] | Mapping[int, int]

CONFIDENCE = 0.95
NPS_Z = 1.96  # the normal quantile the usual NPS margin of error is quoted with
NPS_SCALE: Scale = (0.0, 10.0)
# A scale spanning at most this many units is a "points" scale (1–5, 1–7, 0–10): top-2-box
# means its two highest points. Wider scales (a 0–100 slider) use the top 20% of the range.
POINT_SCALE_MAX_SPAN = 10.0
SLIDER_BOX_FRACTION = 0.2


@dataclass(frozen=True)
class RatingSummary:
    """One rating column (or one group of its rows), computed from counts.

    n: answers that entered the statistics; skipped: N/A and blanks, reported only.
    mean, median: None when n == 0. The median of an even n is the average of the two
    middle answers (as `statistics.median`).
    std: sample standard deviation (n − 1 in the denominator); None when n < 2.
    ci_low, ci_high: 95% Student-t interval for the mean, mean ± t(0.975, n − 1)·std/√n;
    None when n < 2.
    distribution: (value, count) for each value that was given, sorted by value.
    top2_share, bottom2_share: fraction (0..1) of answers in the scale's top / bottom box
    (see `box_bounds`); None when n == 0.
    """

    n: int
    skipped: int
    mean: float | None
    std: float | None
    ci_low: float | None
    ci_high: float | None
    median: float | None
    distribution: tuple[tuple[float, int], ...]
    top2_share: float | None
    bottom2_share: float | None
    scale_min: float
    scale_max: float


@dataclass(frozen=True)
class NpsSummary:
    """Net Promoter Score of one 0–10 "would you recommend" column.

    promoters (9–10), passives (7–8), detractors (0–6): respondent counts, summing to n.
    nps: % promoters − % detractors, −100..100; None when n == 0.
    margin: 95% margin of error in NPS points (see `nps_margin`); ci_low/ci_high are
    nps ∓ margin clamped to −100..100. All None when n == 0.
    """

    n: int
    skipped: int
    promoters: int
    passives: int
    detractors: int
    nps: float | None
    margin: float | None
    ci_low: float | None
    ci_high: float | None


def summarize_ratings(counts: AnswerCounts, scale: Scale, skipped: int = 0) -> RatingSummary:
    """Summarize answers on `scale` (min, max) given as {value: count}.

    Raises ValueError for a bad scale, a negative count, or a value outside the scale
    (the column was mapped to the wrong scale: the caller says so to the user).
    """
    low, high = _check_scale(scale)
    distribution = _distribution(counts)
    _check_skipped(skipped)
    for value, _ in distribution:
        if not low <= value <= high:
            raise ValueError(f"the answer {value:g} is outside the scale {low:g}–{high:g}")
    n = sum(count for _, count in distribution)
    if n == 0:
        return RatingSummary(0, skipped, None, None, None, None, None, (), None, None, low, high)
    mean = math.fsum(value * count for value, count in distribution) / n
    std = _sample_std(distribution, n, mean)
    ci_low, ci_high = _mean_interval(mean, std, n)
    bottom_max, top_min = box_bounds((low, high))
    top = sum(count for value, count in distribution if value >= top_min)
    bottom = sum(count for value, count in distribution if value <= bottom_max)
    return RatingSummary(
        n=n,
        skipped=skipped,
        mean=mean,
        std=std,
        ci_low=ci_low,
        ci_high=ci_high,
        median=_median(distribution, n),
        distribution=distribution,
        top2_share=top / n,
        bottom2_share=bottom / n,
        scale_min=low,
        scale_max=high,
    )


def box_bounds(scale: Scale) -> tuple[float, float]:
    """(bottom_max, top_min): an answer ≤ bottom_max is bottom-box, ≥ top_min is top-box.

    A points scale (span ≤ 10: 1–5, 1–7, 1–10, 0–10) boxes its two end points: 4–5 on 1–5,
    6–7 on 1–7, 9–10 on 0–10. A wider scale (a 0–100 slider) boxes the top and bottom 20%
    of the range, ends included: 80–100 and 0–20 on 0–100.
    """
    low, high = _check_scale(scale)
    span = high - low
    if span <= POINT_SCALE_MAX_SPAN:
        return low + 1.0, high - 1.0
    return low + SLIDER_BOX_FRACTION * span, high - SLIDER_BOX_FRACTION * span


def summarize_nps(counts: AnswerCounts, skipped: int = 0) -> NpsSummary:
    """NPS from {answer: count} on the 0–10 scale; other answers raise ValueError."""
    distribution = _distribution(counts)
    _check_skipped(skipped)
    promoters = passives = detractors = 0
    for value, count in distribution:
        if not (0.0 <= value <= 10.0 and value.is_integer()):
            raise ValueError(f"the answer {value:g} is not on the NPS scale 0–10")
        if value >= 9:
            promoters += count
        elif value >= 7:
            passives += count
        else:
            detractors += count
    n = promoters + passives + detractors
    if n == 0:
        return NpsSummary(0, skipped, 0, 0, 0, None, None, None, None)
    nps = 100.0 * (promoters - detractors) / n
    margin = nps_margin(promoters / n, detractors / n, n)
    return NpsSummary(
        n=n,
        skipped=skipped,
        promoters=promoters,
        passives=passives,
        detractors=detractors,
        nps=nps,
        margin=margin,
        ci_low=max(-100.0, nps - margin),
        ci_high=min(100.0, nps + margin),
    )


def nps_margin(promoter_share: float, detractor_share: float, n: int) -> float:
    """95% margin of error of an NPS, in NPS points (the Wald interval).

    margin = 1.96 · 100 · √((p + d − (p − d)²) / n), with p and d the promoter and
    detractor shares. Each respondent scores +1, 0 or −1; the NPS is 100 × the mean score,
    and p + d − (p − d)² = E[X²] − E[X]² is that score's variance. This is the Wald
    interval discussed by B. Rocks, "Interval Estimation for the 'Net Promoter Score'",
    The American Statistician 70(4):365–372, 2016 (arXiv:1601.07235), who notes that it
    is too narrow for small n or scores near ±100 (it is 0 when all answers agree).
    """
    if n <= 0:
        raise ValueError("the NPS margin needs at least one answer")
    p, d = promoter_share, detractor_share
    variance = max(0.0, p + d - (p - d) ** 2)  # max(): rounding can dip a hair below 0
    return NPS_Z * 100.0 * math.sqrt(variance / n)


def csat(summary: RatingSummary) -> float | None:
    """CSAT: the top-2-box share in percent (0..100), e.g. % of 4s and 5s on 1–5.

    None when no one answered. (The CSAT mean, when wanted, is `summary.mean`.)
    """
    return None if summary.top2_share is None else 100.0 * summary.top2_share


def ces(summary: RatingSummary) -> float | None:
    """CES: the mean effort rating on the question's own scale; None when no one answered."""
    return summary.mean


def rescale(value: float, source: Scale, target: Scale) -> float:
    """Map `value` linearly from the `source` scale onto the `target` scale.

    result = target_min + (value − source_min) · (target_max − target_min)
                                                / (source_max − source_min)
    e.g. a mean of 4 on 1–5 is 1 on the −2..2 emotion scale. Values outside `source`
    land outside `target` (no clamping: a mean of answers on the scale stays inside).
    """
    source_min, source_max = _check_scale(source)
    target_min, target_max = float(target[0]), float(target[1])
    ratio = (target_max - target_min) / (source_max - source_min)
    return target_min + (value - source_min) * ratio


# --- Student's t quantile -------------------------------------------------------------

# From here on the series agrees with the exact tail to ~1e-13 even at p = 1e-12, while the
# exact tail slowly loses digits to log-gamma of large arguments.
_T_EXPANSION_MIN_DF = 5_000
_BETA_EPS = 1e-15
_BETA_MAX_ITER = 500


def t_quantile(p: float, df: int) -> float:
    """The p-quantile of Student's t with `df` degrees of freedom (df ≥ 1, 0 < p < 1).

    df 1 and 2 have closed forms. Otherwise the tail probability is computed from the
    regularized incomplete beta function and solved for t by Newton's method, kept inside
    a bracket by bisection; the start is the Cornish–Fisher series in 1/df (Abramowitz &
    Stegun 26.7.5), which alone is used for very large df, where it is exact to double
    precision and where log-gamma of huge arguments would lose digits.
    """
    if not 0.0 < p < 1.0:
        raise ValueError(f"t_quantile needs 0 < p < 1, got {p}")
    if df < 1:
        raise ValueError(f"t_quantile needs df ≥ 1, got {df}")
    if p == 0.5:
        return 0.0
    if df == 1:
        return math.tan(math.pi * (p - 0.5))
    if df == 2:
        return (2.0 * p - 1.0) / math.sqrt(2.0 * p * (1.0 - p))
    tail = min(p, 1.0 - p)
    guess = -_cornish_fisher(tail, df)  # the series gives the lower quantile, negative
    t = guess if df >= _T_EXPANSION_MIN_DF else _solve_upper_tail(tail, df, guess)
    return t if p > 0.5 else -t


def _cornish_fisher(p: float, df: int) -> float:
    """Student-t quantile from the normal one, series in 1/df (A&S 26.7.5, four terms)."""
    x = NormalDist().inv_cdf(p)
    x2 = x * x
    g1 = x * (x2 + 1.0) / 4.0
    g2 = x * ((5.0 * x2 + 16.0) * x2 + 3.0) / 96.0
    g3 = x * (((3.0 * x2 + 19.0) * x2 + 17.0) * x2 - 15.0) / 384.0
    g4 = x * ((((79.0 * x2 + 776.0) * x2 + 1482.0) * x2 - 1920.0) * x2 - 945.0) / 92160.0
    v = float(df)
    return x + g1 / v + g2 / v**2 + g3 / v**3 + g4 / v**4


def _solve_upper_tail(tail: float, df: int, guess: float) -> float:
    """The t > 0 with P(T > t) = tail: safeguarded Newton on the tail probability."""
    low, high = 0.0, max(guess, 1.0)
    while _t_upper_tail(high, df) > tail:  # widen until the root is bracketed
        low, high = high, 2.0 * high
    t = min(max(guess, low), high)
    for _ in range(200):
        excess = _t_upper_tail(t, df) - tail  # decreasing in t
        if excess > 0.0:
            low = t
        else:
            high = t
        step = excess / _t_density(t, df)
        candidate = t + step
        if not low < candidate < high:
            candidate = 0.5 * (low + high)  # Newton left the bracket: bisect instead
        if abs(candidate - t) <= 1e-14 * max(1.0, candidate) or high - low <= 1e-15 * high:
            return candidate
        t = candidate
    return t


def _t_upper_tail(t: float, df: int) -> float:
    """P(T > t) for t ≥ 0: ½·I_x(df/2, ½) with x = df / (df + t²)."""
    a, b = 0.5 * df, 0.5
    t2 = t * t
    x = df / (df + t2)
    # The continued fraction converges fast for x < (a + 1) / (a + b + 2); beyond that use
    # I_x(a, b) = 1 − I_{1−x}(b, a), with 1 − x computed directly to keep its digits.
    if x < (a + 1.0) / (a + b + 2.0):
        return 0.5 * _regularized_beta(x, a, b)
    return 0.5 * (1.0 - _regularized_beta(t2 / (df + t2), b, a))


def _t_density(t: float, df: int) -> float:
    v = float(df)
    log_norm = math.lgamma((v + 1.0) / 2.0) - math.lgamma(v / 2.0) - 0.5 * math.log(v * math.pi)
    return math.exp(log_norm - (v + 1.0) / 2.0 * math.log1p(t * t / v))


def _regularized_beta(x: float, a: float, b: float) -> float:
    """I_x(a, b) for x below the switch point, by its continued fraction (modified Lentz)."""
    if x <= 0.0:
        return 0.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    return math.exp(log_front) * _beta_fraction(x, a, b) / a


def _beta_fraction(x: float, a: float, b: float) -> float:
    """1 / (1 + d1 / (1 + d2 / (1 + ...))), the incomplete beta continued fraction.

    d(2m+1) = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)),
    d(2m)   =  m(b − m)x / ((a + 2m − 1)(a + 2m)); evaluated by the modified Lentz method.
    """
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, _BETA_MAX_ITER + 1):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1.0) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1.0)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < _BETA_EPS:
            return result
    return result  # not reached for t-distribution arguments; the last value is close


# --- helpers ----------------------------------------------------------------------------


def _check_scale(scale: Scale) -> Scale:
    low, high = float(scale[0]), float(scale[1])
    if not (math.isfinite(low) and math.isfinite(high) and low < high):
        raise ValueError(f"a scale needs a minimum below its maximum, got {low:g}–{high:g}")
    return low, high


def _check_skipped(skipped: int) -> None:
    if skipped < 0:
        raise ValueError(f"the skipped count cannot be negative, got {skipped}")


def _distribution(counts: AnswerCounts) -> tuple[tuple[float, int], ...]:
    """Counts as sorted (float value, count) pairs; zero counts dropped, 4 and 4.0 merged."""
    merged: dict[float, int] = {}
    for value, count in counts.items():
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f"an answer must be a finite number, got {value!r}")
        if count < 0:
            raise ValueError(f"the count of answer {number:g} is negative ({count})")
        if count:
            merged[number] = merged.get(number, 0) + int(count)
    return tuple(sorted(merged.items()))


def _sample_std(distribution: tuple[tuple[float, int], ...], n: int, mean: float) -> float | None:
    # Two passes (mean first, then squared deviations) avoid the cancellation of Σx² − n·x̄².
    if n < 2:
        return None
    squares = math.fsum(count * (value - mean) ** 2 for value, count in distribution)
    return math.sqrt(squares / (n - 1))


def _mean_interval(mean: float, std: float | None, n: int) -> tuple[float | None, float | None]:
    if std is None:
        return None, None
    half = t_quantile(0.5 + CONFIDENCE / 2.0, n - 1) * std / math.sqrt(n)
    return mean - half, mean + half


def _median(distribution: tuple[tuple[float, int], ...], n: int) -> float:
    """The middle answer (0-based rank n // 2), or the mean of the two middle ones."""
    upper_rank = n // 2
    lower_rank = upper_rank if n % 2 else upper_rank - 1
    lower: float | None = None
    upper: float | None = None
    seen = 0
    for value, count in distribution:
        seen += count
        if lower is None and seen > lower_rank:
            lower = value
        if seen > upper_rank:
            upper = value
            break
    assert lower is not None and upper is not None  # ranks are < n = total count
    return lower if n % 2 else (lower + upper) / 2.0

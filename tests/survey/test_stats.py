"""Survey metrics checked against an independent computation.

The reference is the `statistics` module on the answers expanded into a list, published
t-table values for the intervals, and NPS margins worked out by hand from the +1/0/−1
scores. No numpy/scipy: they are not dependencies.
"""

from __future__ import annotations

import math
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_designer.survey.stats import (
    AnswerCounts,
    NpsSummary,
    RatingSummary,
    box_bounds,
    ces,
    csat,
    rescale,
    summarize_nps,
    summarize_ratings,
    t_quantile,
)

# t(0.975, df), from published tables (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2).
T_975 = {
    1: 12.7062047,
    2: 4.30265273,
    4: 2.77644511,
    9: 2.26215716,
    10: 2.22813885,
    29: 2.04522964,
    38: 2.02439416,
    100: 1.98397152,
    1000: 1.96233908,
}


def expand(counts: AnswerCounts) -> list[float]:
    return [float(value) for value, count in counts.items() for _ in range(count)]


# --- t quantile ---------------------------------------------------------------------------


@pytest.mark.parametrize(("df", "expected"), sorted(T_975.items()))
def test_t_quantile_matches_the_table(df: int, expected: float) -> None:
    assert t_quantile(0.975, df) == pytest.approx(expected, rel=1e-6)
    assert t_quantile(0.025, df) == pytest.approx(-expected, rel=1e-6)


@pytest.mark.parametrize("df", [10**7, 10**9, 10**15])
def test_t_quantile_for_large_df_is_the_normal_quantile(df: int) -> None:
    assert t_quantile(0.975, df) == pytest.approx(1.959964, abs=1e-6)


@pytest.mark.parametrize("p", [1e-8, 0.025, 0.3, 0.975])
def test_t_quantile_is_continuous_where_the_method_changes(p: float) -> None:
    # Newton on the exact tail up to df 4,999, the 1/df series from 5,000 on: a jump at the
    # switch would make the two steps across it differ; smoothly they differ by ~1e-9.
    before, at, after = (t_quantile(p, df) for df in (4_999, 5_000, 5_001))
    assert abs(before) > abs(at) > abs(after)
    assert abs((before - at) - (at - after)) < 1e-8


def test_t_quantile_other_levels_and_symmetry() -> None:
    # t(0.995, 5) = 4.03214298, t(0.95, 20) = 1.72471824, t(0.9, 3) = 1.63774435 (tables)
    assert t_quantile(0.995, 5) == pytest.approx(4.03214298, rel=1e-6)
    assert t_quantile(0.95, 20) == pytest.approx(1.72471824, rel=1e-6)
    assert t_quantile(0.9, 3) == pytest.approx(1.63774435, rel=1e-6)
    assert t_quantile(0.5, 7) == 0.0
    for df in (1, 3, 50, 3000):
        assert t_quantile(0.2, df) == pytest.approx(-t_quantile(0.8, df), rel=1e-12)


@given(p=st.floats(1e-9, 1 - 1e-9), df=st.integers(3, 200_000))
@settings(max_examples=200, deadline=None)
def test_t_quantile_is_monotone_and_beyond_the_normal(p: float, df: int) -> None:
    # Student's t has heavier tails than the normal: |t_p| ≥ |z_p|, and falls with df.
    t = t_quantile(p, df)
    z = statistics.NormalDist().inv_cdf(p)
    assert abs(t) >= abs(z) - 1e-9
    assert abs(t) <= abs(t_quantile(p, max(1, df // 2))) + 1e-9


@pytest.mark.parametrize(("p", "df"), [(0.0, 5), (1.0, 5), (0.5, 0), (-0.1, 3)])
def test_t_quantile_refuses_bad_arguments(p: float, df: int) -> None:
    with pytest.raises(ValueError):
        t_quantile(p, df)


# --- rating summaries ---------------------------------------------------------------------


def test_summary_matches_the_statistics_module() -> None:
    counts = {1: 3, 2: 5, 3: 9, 4: 14, 5: 8}  # n = 39
    answers = expand(counts)
    summary = summarize_ratings(counts, (1, 5), skipped=4)
    assert summary.n == 39
    assert summary.skipped == 4
    assert summary.mean == pytest.approx(statistics.mean(answers), abs=1e-12)
    assert summary.std == pytest.approx(statistics.stdev(answers), abs=1e-12)
    assert summary.median == statistics.median(answers)
    half = T_975[38] * statistics.stdev(answers) / math.sqrt(39)
    assert summary.ci_low == pytest.approx(statistics.mean(answers) - half, abs=1e-6)
    assert summary.ci_high == pytest.approx(statistics.mean(answers) + half, abs=1e-6)
    assert summary.distribution == ((1.0, 3), (2.0, 5), (3.0, 9), (4.0, 14), (5.0, 8))
    assert summary.top2_share == pytest.approx(22 / 39)
    assert summary.bottom2_share == pytest.approx(8 / 39)
    assert (summary.scale_min, summary.scale_max) == (1.0, 5.0)


def test_interval_uses_the_t_table() -> None:
    # Ten answers: df 9, t = 2.26215716.
    counts = {2: 1, 3: 2, 4: 4, 5: 3}
    answers = expand(counts)
    summary = summarize_ratings(counts, (1, 5))
    half = T_975[9] * statistics.stdev(answers) / math.sqrt(10)
    assert summary.ci_low == pytest.approx(statistics.mean(answers) - half, rel=1e-7)
    assert summary.ci_high == pytest.approx(statistics.mean(answers) + half, rel=1e-7)


def test_even_n_median_is_the_average_of_the_middle_two() -> None:
    summary = summarize_ratings({1: 2, 2: 1, 4: 1, 5: 2}, (1, 5))
    assert summary.median == 3.0 == statistics.median(expand({1: 2, 2: 1, 4: 1, 5: 2}))


def test_no_answers_gives_an_empty_summary() -> None:
    summary = summarize_ratings({}, (1, 5), skipped=12)
    assert summary == RatingSummary(0, 12, None, None, None, None, None, (), None, None, 1, 5)
    assert summarize_ratings({3: 0}, (1, 5)).n == 0
    assert csat(summary) is None
    assert ces(summary) is None


def test_one_answer_has_a_mean_but_no_spread() -> None:
    summary = summarize_ratings({4: 1}, (1, 5))
    assert (summary.n, summary.mean, summary.median) == (1, 4.0, 4.0)
    assert (summary.std, summary.ci_low, summary.ci_high) == (None, None, None)
    assert summary.top2_share == 1.0


def test_all_answers_the_same() -> None:
    summary = summarize_ratings({3: 50}, (1, 5))
    assert (summary.mean, summary.std, summary.median) == (3.0, 0.0, 3.0)
    assert (summary.ci_low, summary.ci_high) == (3.0, 3.0)
    assert (summary.top2_share, summary.bottom2_share) == (0.0, 0.0)


def test_float_keys_and_int_keys_are_the_same_answers() -> None:
    as_float = summarize_ratings({4.0: 3, 5.0: 2, 2.0: 1}, (1, 5))
    as_int = summarize_ratings({4: 3, 5: 2, 2: 1}, (1, 5))
    assert as_float == as_int
    assert as_float.distribution == ((2.0, 1), (4.0, 3), (5.0, 2))


def test_large_counts_are_not_expanded() -> None:
    # A hundred million answers summarize instantly and exactly.
    summary = summarize_ratings({1: 25_000_000, 5: 75_000_000}, (1, 5))
    assert summary.n == 100_000_000
    assert summary.mean == 4.0
    assert summary.median == 5.0
    assert summary.ci_high is not None and summary.ci_high - 4.0 < 0.001


@pytest.mark.parametrize(
    ("scale", "bounds"),
    [
        ((1, 5), (2, 4)),
        ((1, 7), (2, 6)),
        ((0, 10), (1, 9)),
        ((1, 10), (2, 9)),
        ((0, 100), (20, 80)),
    ],
)
def test_box_bounds(scale: tuple[float, float], bounds: tuple[float, float]) -> None:
    assert box_bounds(scale) == bounds


def test_slider_boxes_are_the_top_and_bottom_fifth() -> None:
    summary = summarize_ratings({0: 1, 20: 1, 21: 1, 79: 1, 80: 1, 100: 1}, (0, 100))
    assert summary.top2_share == pytest.approx(2 / 6)
    assert summary.bottom2_share == pytest.approx(2 / 6)


def test_csat_and_ces() -> None:
    summary = summarize_ratings({1: 1, 3: 1, 4: 3, 5: 5}, (1, 5))
    assert csat(summary) == pytest.approx(80.0)
    assert ces(summary) == pytest.approx(statistics.mean(expand({1: 1, 3: 1, 4: 3, 5: 5})))


@pytest.mark.parametrize(
    ("counts", "scale", "skipped"),
    [
        ({6: 1}, (1, 5), 0),  # outside the scale
        ({0: 1}, (1, 5), 0),
        ({3: -1}, (1, 5), 0),  # negative count
        ({math.nan: 1}, (1, 5), 0),
        ({3: 1}, (5, 1), 0),  # scale upside down
        ({3: 1}, (3, 3), 0),
        ({3: 1}, (1, 5), -2),
    ],
)
def test_bad_input_is_refused(
    counts: dict[float, int], scale: tuple[float, float], skipped: int
) -> None:
    with pytest.raises(ValueError):
        summarize_ratings(counts, scale, skipped)


answer_counts = st.dictionaries(
    st.integers(1, 7).map(float) | st.floats(1, 7, allow_nan=False),
    st.integers(0, 40),
    max_size=12,
)


@given(counts=answer_counts)
@settings(max_examples=300, deadline=None)
def test_summary_equals_statistics_on_the_expanded_list(counts: dict[float, int]) -> None:
    answers = expand(counts)
    summary = summarize_ratings(counts, (1, 7))
    assert summary.n == len(answers)
    if not answers:
        assert summary.mean is None and summary.median is None
        return
    assert summary.mean == pytest.approx(statistics.mean(answers), rel=1e-9, abs=1e-9)
    assert summary.median == pytest.approx(statistics.median(answers), rel=1e-9, abs=1e-9)
    if len(answers) < 2:
        assert summary.std is None
        return
    stdev = statistics.stdev(answers)
    assert summary.std == pytest.approx(stdev, rel=1e-9, abs=1e-9)
    assert summary.ci_low is not None and summary.ci_high is not None
    half = (summary.ci_high - summary.ci_low) / 2
    t = t_quantile(0.975, len(answers) - 1)
    assert half == pytest.approx(t * stdev / math.sqrt(len(answers)), rel=1e-9, abs=1e-9)
    assert sum(count for _, count in summary.distribution) == len(answers)
    top = sum(1 for a in answers if a >= 6) / len(answers)
    assert summary.top2_share == pytest.approx(top, rel=1e-12)


# --- NPS ----------------------------------------------------------------------------------


def test_nps_worked_example() -> None:
    # 5 promoters, 3 passives, 2 detractors of 10: NPS = 50% − 20% = 30.
    counts = {10: 2, 9: 3, 8: 2, 7: 1, 6: 1, 2: 1}
    summary = summarize_nps(counts, skipped=3)
    assert (summary.promoters, summary.passives, summary.detractors) == (5, 3, 2)
    assert (summary.n, summary.skipped) == (10, 3)
    assert summary.nps == pytest.approx(30.0)
    # By hand: scores +1 ×5, 0 ×3, −1 ×2; mean 0.3, E[X²] = 0.7, variance 0.7 − 0.09 = 0.61.
    scores = [1] * 5 + [0] * 3 + [-1] * 2
    variance = statistics.pvariance(scores)
    assert variance == pytest.approx(0.61)
    margin = 1.96 * 100 * math.sqrt(0.61 / 10)
    assert summary.margin == pytest.approx(margin)
    assert summary.margin == pytest.approx(48.41, abs=0.01)
    assert summary.ci_low == pytest.approx(30.0 - margin)
    assert summary.ci_high == pytest.approx(min(100.0, 30.0 + margin))


def test_nps_clamps_its_interval() -> None:
    summary = summarize_nps({10: 8, 0: 1})
    assert summary.nps == pytest.approx(100 * 7 / 9)
    assert summary.nps is not None and summary.margin is not None
    assert summary.nps + summary.margin > 100
    assert summary.ci_high == 100.0


def test_only_detractors_is_minus_100() -> None:
    summary = summarize_nps({0: 4, 3.0: 2, 6: 1})
    assert (summary.nps, summary.margin, summary.ci_low, summary.ci_high) == (
        -100.0,
        0.0,
        -100.0,
        -100.0,
    )


def test_nps_with_no_answers() -> None:
    assert summarize_nps({}, skipped=5) == NpsSummary(0, 5, 0, 0, 0, None, None, None, None)


@pytest.mark.parametrize("bad", [11, -1, 8.5, math.inf])
def test_nps_refuses_answers_off_the_0_to_10_scale(bad: float) -> None:
    with pytest.raises(ValueError):
        summarize_nps({bad: 1, 9: 3})


@given(st.dictionaries(st.integers(0, 10), st.integers(0, 30), min_size=1))
@settings(max_examples=200, deadline=None)
def test_nps_equals_the_mean_score_of_the_expanded_list(counts: dict[int, int]) -> None:
    scores = [1 if a >= 9 else 0 if a >= 7 else -1 for a in expand(counts)]
    summary = summarize_nps(counts)
    if not scores:
        assert summary.nps is None
        return
    assert summary.nps == pytest.approx(100 * statistics.mean(scores), abs=1e-9)
    expected = 1.96 * 100 * math.sqrt(statistics.pvariance(scores) / len(scores))
    assert summary.margin == pytest.approx(expected, rel=1e-9, abs=1e-9)


# --- rescale ------------------------------------------------------------------------------


def test_rescale_onto_the_emotion_scale() -> None:
    assert rescale(4, (1, 5), (-2, 2)) == 1.0
    assert rescale(1, (1, 5), (-2, 2)) == -2.0
    assert rescale(5, (1, 5), (-2, 2)) == 2.0
    assert rescale(5.5, (0, 10), (1, 7)) == pytest.approx(4.3)
    assert rescale(3, (1, 5), (1, 5)) == 3.0


def test_rescale_refuses_an_empty_source_scale() -> None:
    with pytest.raises(ValueError):
        rescale(3, (3, 3), (-2, 2))

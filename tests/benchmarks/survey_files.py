"""Synthetic survey files for benchmarks: `make_survey(path, rows, columns, seed)`.

The file looks like a real export: a respondent id, a timestamp, an NPS question, 1-5
ratings per journey stage (English and Chinese headers), Likert text columns
(非常满意 … 非常不满意), a segment, free-text comments in both languages (some repeated,
as real comments are), and a few N/A and blank answers. `.xlsx` is written with openpyxl's
write-only mode, `.csv` with the csv module (UTF-8).

Writing 100,000 × 30 cells with openpyxl takes a minute, so the file is named by its
parameters beside `path` and reused when it already exists.
"""

from __future__ import annotations

import csv
import os
import random
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

VERSION = 1  # bump when the content changes, so cached files are regenerated

Value = str | int | float | datetime | None
Column = tuple[str, Callable[[random.Random, int], Value]]

NPS_HEADER = "How likely are you to recommend us to a friend? / 您向朋友推荐我们的可能性有多大？"
STAGES_EN = ("website", "checkout", "delivery", "support", "returns", "mobile app")
STAGES_ZH = ("门店服务", "送货速度", "售后服务", "产品质量", "价格", "会员活动")
LIKERT_ZH = ("非常满意", "满意", "一般", "不满意", "非常不满意")
LIKERT_EN = ("Strongly agree", "Agree", "Neutral", "Disagree", "Strongly disagree")
SEGMENTS = ("New customer", "Returning", "VIP", "企业客户", "Student")
COMMENTS_EN = (
    "Great service, will come back.",
    "The delivery was late and nobody told me why.",
    "Checkout kept failing on my phone",
    "ok",
    "Staff were friendly but the queue was long.",
    "Prices went up again; considering other shops.",
)
COMMENTS_ZH = (
    "服务很好，下次还会再来。",
    "送货太慢了，客服也没有回复。",
    "手机上结账总是失败",
    "还行",
    "店员很热情，但是排队时间太长。",
    "价格又涨了，考虑换别家。",
)
WORDS = ("very", "slow", "helpful", "app", "store", "price", "quality", "staff", "wait", "again")
START = datetime(2024, 1, 1, 8, 0, 0)


def _blank_or(rng: random.Random, value: Value, blank_rate: float = 0.03) -> Value:
    roll = rng.random()
    if roll < blank_rate:
        return None
    if roll < blank_rate * 1.5:
        return "N/A"
    return value


def _rating(rng: random.Random, _row: int) -> Value:
    return _blank_or(rng, rng.choices((1, 2, 3, 4, 5), (1, 2, 4, 8, 6))[0])


def _likert(labels: tuple[str, ...]) -> Callable[[random.Random, int], Value]:
    return lambda rng, _row: _blank_or(rng, rng.choices(labels, (6, 8, 4, 2, 1))[0])


def _comment(pool: tuple[str, ...]) -> Callable[[random.Random, int], Value]:
    def make(rng: random.Random, row: int) -> Value:
        roll = rng.random()
        if roll < 0.4:
            return None  # most respondents skip the comment box
        if roll < 0.75:
            return rng.choice(pool)
        extra = " ".join(rng.choices(WORDS, k=rng.randint(2, 12)))
        return f"{rng.choice(pool)} {extra} #{row % 997}"

    return make


def _columns(count: int) -> list[Column]:
    base: list[Column] = [
        ("Respondent ID", lambda _rng, row: 100_000 + row),
        ("Submitted at", lambda rng, row: START + timedelta(minutes=row * 7 + rng.randint(0, 6))),
        (NPS_HEADER, lambda rng, _row: _blank_or(rng, rng.choices(range(11), range(1, 12))[0])),
        ("Segment / 客户类型", lambda rng, _row: rng.choice(SEGMENTS)),
    ]
    cycle: list[Column] = []
    for index in range(max(count, 1)):
        stage_en = STAGES_EN[index % len(STAGES_EN)]
        stage_zh = STAGES_ZH[index % len(STAGES_ZH)]
        round_ = f" ({index // 6 + 1})" if index >= 6 else ""
        cycle += [
            (f"How satisfied were you with the {stage_en}? (1-5){round_}", _rating),
            (f"您对{stage_zh}的满意程度{round_}", _likert(LIKERT_ZH)),
            (f"您对{stage_zh}的评分 (1-5){round_}", _rating),
            (f"The {stage_en} was easy to use{round_}", _likert(LIKERT_EN)),
            (f"Comments on the {stage_en}{round_}", _comment(COMMENTS_EN)),
            (f"关于{stage_zh}的意见{round_}", _comment(COMMENTS_ZH)),
        ]
        if len(base) + len(cycle) >= count:
            break
    return (base + cycle)[:count]


def _rows(columns: list[Column], rows: int, seed: int) -> Iterator[list[Value]]:
    rng = random.Random(seed)
    for row in range(rows):
        yield [make(rng, row) for _header, make in columns]


def cached_name(path: Path, rows: int, columns: int, seed: int) -> Path:
    return path.with_name(f"{path.stem}-{rows}x{columns}-seed{seed}-v{VERSION}{path.suffix}")


def make_survey(path: Path, rows: int, columns: int = 30, seed: int = 1) -> Path:
    """Write (or reuse) a survey of `rows` responses and `columns` columns; return its path.

    The suffix of `path` chooses the format (.xlsx or .csv); the file written is named by
    the parameters beside `path` (see `cached_name`), so calls with the same parameters
    reuse it.
    """
    target = cached_name(path, rows, columns, seed)
    if target.exists():
        return target
    spec = _columns(columns)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _write_csv(partial, spec, rows, seed)
    elif suffix == ".xlsx":
        _write_xlsx(partial, spec, rows, seed)
    else:
        raise ValueError(f"make_survey writes .xlsx or .csv, not {path.suffix!r}")
    partial.replace(target)  # atomic: a half-written file is never taken for a cached one
    return target


def _write_csv(path: Path, spec: list[Column], rows: int, seed: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([header for header, _make in spec])
        for row in _rows(spec, rows, seed):
            writer.writerow(
                [
                    ""
                    if value is None
                    else value.strftime("%Y-%m-%d %H:%M:%S")
                    if isinstance(value, datetime)
                    else value
                    for value in row
                ]
            )


def _write_xlsx(path: Path, spec: list[Column], rows: int, seed: int) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Responses")
    sheet.append([header for header, _make in spec])
    for row in _rows(spec, rows, seed):
        sheet.append(row)
    with path.open("wb") as stream:  # openpyxl picks the format from a .xlsx name only
        workbook.save(stream)


if __name__ == "__main__":
    import sys

    for size in sys.argv[2:] or ("10000",):
        print(make_survey(Path(sys.argv[1]), int(size)))

"""What each column holds: its role, its scale, and each distinct answer's number.

Typing looks at a column's distinct answers and how often each was given (a rating
column of 100,000 rows has five), plus its header text. Order of the questions asked:
personal data first (it must never slip into the map as something else), then ids and
survey metadata, dates, numbers (NPS, ratings on a known scale, other numbers), and text
(Likert words, multi-select, categories, free text).
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from journey_designer.survey.cells import Cell, ColumnData
from journey_designer.survey.headers import TableShape
from journey_designer.survey.likert import match_likert
from journey_designer.survey.values import (
    LONGEST_SKIP,
    as_number,
    clean_text,
    is_date_like,
    is_skip,
)


class Role(StrEnum):
    ID = "id"
    TIMESTAMP = "timestamp"
    RATING = "rating"
    LIKERT = "likert"
    NPS = "nps"
    MULTI = "multi"
    CATEGORY = "category"
    TEXT = "text"
    NUMBER = "number"
    PERSONAL = "personal"
    IGNORED = "ignored"


MAX_LIKERT_LEVELS = 11
MEASURE_ROLES = frozenset({Role.RATING, Role.LIKERT, Role.NPS})
KNOWN_SCALES: tuple[tuple[float, float], ...] = ((0, 10), (1, 10), (1, 4), (1, 5), (1, 7), (0, 100))

_PERSONAL_HEADERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"e-?mail|邮箱|电子邮件|邮件地址")),
    ("ip", re.compile(r"\bip\b|ip ?address|来自ip|ip地址")),
    ("phone", re.compile(r"phone|mobile|\btel\b|电话|手机|联系方式")),
    ("nickname", re.compile(r"nickname|昵称|微信号|微信名|wechat (?:id|name)|来源详情")),
    ("name", re.compile(
        r"^(?:name|full name|first name|last name|customer name|respondent name|your name"
        r"|recipient ?(?:first|last) ?name|姓名|名字|您的姓名|联系人)$|姓名")),
    ("address", re.compile(r"home address|postal address|street|住址|详细地址|收货地址")),
    ("id number", re.compile(r"身份证|passport|social security")),
)  # fmt: skip
_ASKS_PERSONAL = re.compile(
    r"\byour\s+(?:e-?mail|phone|mobile|name|address|wechat)|(?:您|你)的\s*(?:邮箱|电话|手机|姓名|名字|微信|地址)"
)
_QUESTION = re.compile(
    r"^\d+\s*[、.．)]|[?？]|您|你|\b(?:how|what|which|where|when|why|do|did|are|is|please)\b"
)
_TEXT_HEADERS = re.compile(
    r"comment|feedback|suggest|explain|describe|why|tell us|anything else|remarks|verbatim"
    r"|意见|建议|评论|评价内容|原因|请说明|留言|反馈|想说|补充"
)
_PERSONAL_VALUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)),
    ("ip", re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}\b")),
    ("phone", re.compile(r"^(?:\+?86[ -]?)?1[3-9]\d{9}$")),
)
_ID_HEADERS = frozenset(
    {"id", "#", "序号", "编号", "respondent id", "responseid", "response id", "token",
     "答卷编号", "用户标识", "submission id", "record id", "uuid", "respondent", "respondent no",
     "respondent number", "respondent #", "participant", "participant id", "受访者编号"}
)  # fmt: skip
_METADATA = re.compile(
    r"^(?:collector id|responseset|status|finished|progress|custom data \d+|externaldatareference"
    r"|external reference|network id|tags|distributionchannel|distribution channel|userlanguage"
    r"|duration \(in seconds\)|q_recaptchascore|recordeddate"
    r"|所用时间|答题时长|用户类型|ua|user agent"
    r"|locationlatitude|locationlongitude|locationaccuracy|latitude|longitude)$"
)
_NPS_HEADERS = re.compile(r"recommend|推荐|\bnps\b|net promoter|介绍给")
_NUMBER_HEADERS = re.compile(
    r"\b(?:month|quarter|year|age|week|day|count|amount|price|cost|revenue|income|spend|minutes"
    r"|seconds|hours|number of)\b|月份|季度|年份|年龄|数量|次数|金额|价格|费用|收入|花费"
)
_RATING_HEADERS = re.compile(r"\brat(?:e|ing)\b|likert|satisf|agree|scale|满意|评分|打分|评价|同意")
_SCALE_HINT = re.compile(r"(\d{1,3})\s*(?:-|–|—|~|～|to|到|至)\s*(\d{1,3})")
_OUT_OF = re.compile(r"(?:out of|/)\s*(\d{1,2})\b")
_SEPARATORS = ("┋", ";", "；", "|", ",")


@dataclass
class ColumnInfo:
    index: int  # 0-based column in the sheet
    question: str
    option: str  # matrix row or multi-select option, "" for a plain question
    code: str  # the export's own column id (Qualtrics "Q5_1"), "" when none
    role: Role = Role.IGNORED
    n: int = 0  # usable answers
    skipped: int = 0  # blank or "no answer" (N/A, 不适用...) among the response rows
    scale: tuple[float, float] | None = None
    numbers: dict[int, float] = field(default_factory=dict)  # code -> number (measures)
    counts: dict[int, int] = field(default_factory=dict)  # code -> answers, response rows only
    personal_kind: str = ""
    likert_family: str = ""
    separator: str = ""  # multi-select in one cell
    notes: list[str] = field(default_factory=list)

    @property
    def header(self) -> str:
        if self.option and self.question and self.option != self.question:
            return f"{self.question} - {self.option}"
        return self.option or self.question

    def value_counts(self) -> dict[float, int]:
        """Number -> how many answered it (measures only)."""
        totals: Counter[float] = Counter()
        for code, count in self.counts.items():
            if code in self.numbers:
                totals[self.numbers[code]] += count
        return dict(totals)


def code_counts(column: ColumnData, shape: TableShape) -> dict[int, int]:
    """How many response rows hold each code. Most survey columns have fewer than 256
    distinct answers: their codes fit in bytes, and `bytes.count` per code runs at memory
    speed (100,000 rows x 30 columns: ~5 ms instead of ~180 ms with a Counter)."""
    first = shape.first_data_row
    counts: dict[int, int]
    if len(column.values) <= 256:
        codes = column.codes
        low = 0 if sys.byteorder == "little" else codes.itemsize - 1
        small = codes.tobytes()[first * codes.itemsize + low :: codes.itemsize]  # low bytes
        counts = {c: n for c in range(len(column.values)) if (n := small.count(c))}
    else:
        counts = Counter(column.codes[first:])
    if not shape.excluded:
        return counts
    for row in shape.excluded:
        counts[column.codes[row]] -= 1
    return {code: count for code, count in counts.items() if count > 0}


def type_column(
    index: int, column: ColumnData, shape: TableShape, header: tuple[str, str, str]
) -> ColumnInfo:
    question, option, code = header
    info = ColumnInfo(index, question, option, code, counts=code_counts(column, shape))
    answers = _Answers(column.values, info.counts)
    info.skipped = answers.skipped_count
    info.n = sum(info.counts.values()) - info.skipped
    info.role = _role(info, answers)
    return info


SAMPLE = 400  # distinct answers looked at to decide a role (ids and comments have 100,000)


class _Answers:
    """A column's distinct answers given in the response rows, without "no answer" ones.

    An id or comment column has as many distinct answers as rows, so the role is decided on
    a sample and the full set is built only when a role needs it (numbers for measures)."""

    def __init__(self, values: list[Cell], counts: dict[int, int]) -> None:
        self.values, self.counts = values, counts
        # Most answers are numbers or long text, which cannot be "N/A": test short text only.
        self.skipped = {0} | {
            c
            for c, v in enumerate(values)
            if type(v) is str and len(v) <= LONGEST_SKIP and c in counts and is_skip(v)
        }
        self.skipped_count = sum(counts.get(c, 0) for c in self.skipped)
        self.count = len(counts) - len(self.skipped & counts.keys())
        self.sample = dict(itertools.islice(self._pairs(), SAMPLE))

    def _pairs(self) -> Iterator[tuple[int, Cell]]:
        skipped, values = self.skipped, self.values
        return ((c, values[c]) for c in self.counts if c not in skipped)

    def all(self) -> dict[int, Cell]:
        return self.sample if self.count <= SAMPLE else dict(self._pairs())


def _role(info: ColumnInfo, answers: _Answers) -> Role:
    title = info.header.lower()
    sample = answers.sample
    personal = _personal_kind(title, sample, info.counts)
    if personal:
        info.personal_kind = personal
        return Role.PERSONAL
    if not answers.count:
        return Role.IGNORED
    if title in _ID_HEADERS or info.code.lower() in _ID_HEADERS:
        return Role.ID
    if _METADATA.match(title) or _METADATA.match(info.code.lower()):
        return Role.IGNORED
    if _share(info, sample, is_date_like) >= 0.9:
        return Role.TIMESTAMP
    if any(as_number(v) is None for v in sample.values()):
        return _text_role(info, answers.count, sample, title)
    numbers = {c: as_number(v) for c, v in answers.all().items()}
    if all(x is not None for x in numbers.values()):
        return _numeric_role(info, {c: x for c, x in numbers.items() if x is not None}, title)
    return _text_role(info, answers.count, sample, title)


def _share(info: ColumnInfo, answers: dict[int, Cell], test: Callable[[Cell], bool]) -> float:
    """The share of answers (weighted by how often each was given) that pass `test`."""
    total = sum(info.counts[c] for c in answers)
    hits = sum(info.counts[c] for c, v in answers.items() if test(v))
    return hits / total if total else 0.0


def _personal_kind(title: str, answers: dict[int, Cell], counts: dict[int, int]) -> str:
    # A short header names a field ("Email", "来自IP"); a long one is a question, which asks
    # for personal data only when it says so ("What is your email?", "您的手机号").
    asks = not _QUESTION.search(title) or _ASKS_PERSONAL.search(title)
    for kind, pattern in _PERSONAL_HEADERS:
        if asks and pattern.search(title):
            return kind
    texts = {c: clean_text(v) for c, v in answers.items() if isinstance(v, str)}
    total = sum(counts[c] for c in answers)  # of the sample
    for kind, pattern in _PERSONAL_VALUES:
        hits = sum(counts[c] for c, text in texts.items() if pattern.match(text))
        if total and hits * 2 > total:
            return kind
    return ""


def _numeric_role(info: ColumnInfo, numbers: dict[int, float], title: str) -> Role:
    distinct = set(numbers.values())
    low, high = min(distinct), max(distinct)
    integral = all(x.is_integer() for x in distinct)
    if distinct == {1.0}:
        return Role.MULTI  # a checkbox column: "1" where the option was ticked
    if distinct <= {0.0, 1.0} or len(distinct) == 1:
        return Role.CATEGORY  # yes / no, or one value for everyone
    if integral and low >= 0 and high <= 10 and _NPS_HEADERS.search(title):
        info.numbers, info.scale = numbers, (0.0, 10.0)
        return Role.NPS
    if _NUMBER_HEADERS.search(title):
        info.numbers = numbers
        return Role.NUMBER
    # A rating question may have drawn only two different answers in a small sample.
    least = 2 if _RATING_HEADERS.search(title) else 3
    scale = _scale_hint(title, low, high) or _scale_from_values(
        low, high, integral, len(distinct), least
    )
    info.numbers = numbers
    if scale is None:
        return Role.NUMBER
    info.scale = scale
    return Role.RATING


def _scale_hint(title: str, low: float, high: float) -> tuple[float, float] | None:
    for found in _SCALE_HINT.finditer(title):
        scale = (float(found.group(1)), float(found.group(2)))
        if scale in KNOWN_SCALES and scale[0] <= low and high <= scale[1]:
            return scale
    found_out_of = _OUT_OF.search(title)
    if found_out_of:
        scale = (1.0, float(found_out_of.group(1)))
        if scale in KNOWN_SCALES and scale[0] <= low and high <= scale[1]:
            return scale
    return None


def _scale_from_values(
    low: float, high: float, integral: bool, distinct: int, least: int
) -> tuple[float, float] | None:
    if low < 0 or distinct < least:
        return None
    if integral and low >= 1 and high <= 5:
        return (1.0, 5.0)
    if integral and low >= 1 and high <= 7:
        return (1.0, 7.0)
    if integral and high <= 10:
        return (0.0, 10.0) if low == 0 else (1.0, 10.0)
    if high <= 100 and (integral or distinct > 10):
        return (0.0, 100.0)
    return None


def _text_role(info: ColumnInfo, answers: int, sample: dict[int, Cell], title: str) -> Role:
    """`answers`: how many distinct answers; `sample`: some of them."""
    distinct = {c: clean_text(str(v)) for c, v in sample.items()}
    if answers <= MAX_LIKERT_LEVELS:  # a scale has a handful of answers
        likert = match_likert(set(distinct.values()))
        if likert is not None:
            info.numbers = {c: likert.values[label] for c, label in distinct.items()}
            info.scale, info.likert_family = likert.scale, likert.family
            if likert.reversed_codes:
                info.notes.append("the answers' codes run against their wording; the wording won")
            return Role.LIKERT
    if answers == 1 and _is_option_column(info, set(distinct.values())):
        return Role.MULTI
    separator = _separator(info, distinct)
    if separator:
        info.separator = separator
        return Role.MULTI
    if _TEXT_HEADERS.search(title):
        return Role.TEXT  # comments repeat themselves ("Too slow") and are still comments
    if answers <= 30 and info.n >= 3 * answers:
        return Role.CATEGORY
    return Role.TEXT


def _is_option_column(info: ColumnInfo, labels: set[str]) -> bool:
    """One column per option, holding the option's text where it was chosen (Typeform,
    Springer): a single distinct answer that repeats the header."""
    if len(labels) != 1:
        return False
    label = next(iter(labels)).lower()
    header = clean_text(info.header).lower()
    return bool(label) and (header.startswith(label) or label.startswith(header))


def _separator(info: ColumnInfo, labels: dict[int, str]) -> str:
    total = sum(info.counts[c] for c in labels)
    for separator in _SEPARATORS:
        joined = sum(info.counts[c] for c, text in labels.items() if separator in text)
        needed = 0.5 if separator == "," else 0.3
        if total and joined >= needed * total and _options_recur(info, labels, separator):
            return separator
    return ""


def _options_recur(info: ColumnInfo, labels: dict[int, str], separator: str) -> bool:
    options: Counter[str] = Counter()
    for code, text in labels.items():
        for part in text.split(separator):
            if part.strip():
                options[part.strip()] += info.counts[code]
    if not options:
        return False
    # Options recombine: fewer distinct options than distinct answers, and the common ones
    # recur. A single choice whose options merely contain commas splits into more parts.
    common = options.most_common(5)
    distinct_answers = len(set(labels.values()))
    fewer = (
        len(options) < distinct_answers if separator == "," else len(options) <= distinct_answers
    )
    return fewer and all(n >= 2 for _, n in common)

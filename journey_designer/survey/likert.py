"""Likert answers written as words, mapped to numbers with the direction checked.

Each family lists its levels from the most negative to the most positive; level i of a
k-level family is the number i + 1 on a 1..k scale. A column is Likert when every answer
that is not a "no answer" token falls in one family at distinct levels. Labels may carry
their own codes ("5 - Very satisfied", "(1) 非常不满意"); the code is dropped for
matching and compared with the family's direction, so a sheet that numbers its scale
backwards (1 = very satisfied) is reported rather than trusted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from journey_designer.survey.values import clean_text

_CODE_PREFIX = re.compile(r"^[(（\[]?\s*(\d{1,2})\s*[)）\]]?\s*(?:[-=.:、：．]\s*)?(?=\D)")
_CODE_SUFFIX = re.compile(r"\s*[(（\[]\s*(\d{1,2})\s*[)）\]]$")


@dataclass(frozen=True)
class LikertFamily:
    name: str
    levels: tuple[frozenset[str], ...]


def _family(name: str, *levels: str) -> LikertFamily:
    return LikertFamily(name, tuple(frozenset(level.split("|")) for level in levels))


FAMILIES: tuple[LikertFamily, ...] = (
    _family(
        "satisfaction",
        "very dissatisfied|extremely dissatisfied|completely dissatisfied|highly dissatisfied",
        "dissatisfied|somewhat dissatisfied|slightly dissatisfied|unsatisfied|not satisfied",
        "neither satisfied nor dissatisfied|neutral|neither|ok|okay",
        "satisfied|somewhat satisfied|slightly satisfied|fairly satisfied",
        "very satisfied|extremely satisfied|completely satisfied|highly satisfied",
    ),
    _family(
        "satisfaction-7",
        "very dissatisfied|extremely dissatisfied|completely dissatisfied",
        "dissatisfied|moderately dissatisfied",
        "somewhat dissatisfied|slightly dissatisfied",
        "neither satisfied nor dissatisfied|neutral",
        "somewhat satisfied|slightly satisfied",
        "satisfied|moderately satisfied",
        "very satisfied|extremely satisfied|completely satisfied",
    ),
    _family(
        "agreement",
        "strongly disagree|completely disagree|totally disagree",
        "disagree|somewhat disagree|tend to disagree",
        "neither agree nor disagree|neutral|undecided",
        "agree|somewhat agree|tend to agree",
        "strongly agree|completely agree|totally agree",
    ),
    _family(
        "agreement-7",
        "strongly disagree",
        "disagree",
        "somewhat disagree|slightly disagree",
        "neither agree nor disagree|neutral",
        "somewhat agree|slightly agree",
        "agree",
        "strongly agree",
    ),
    _family("quality", "very poor|terrible|awful|very bad", "poor|bad", "fair|average|ok|okay",
            "good", "very good|excellent"),
    _family("ability", "minimal|none", "slight|limited", "moderate", "good", "extensive"),
    _family("usefulness", "very useless|not at all useful", "somewhat useless|not very useful",
            "neutral", "somewhat useful|useful", "very useful|extremely useful"),
    _family("likelihood", "very unlikely|extremely unlikely", "unlikely|somewhat unlikely",
            "neutral|neither likely nor unlikely", "likely|somewhat likely",
            "very likely|extremely likely"),
    _family("ease", "very difficult|extremely difficult", "difficult|somewhat difficult",
            "neither easy nor difficult|neutral", "easy|somewhat easy", "very easy|extremely easy"),
    _family("frequency", "never", "rarely|seldom", "sometimes|occasionally", "often|frequently",
            "always|very often"),
    _family("gain", "gained nothing", "gained a little", "gained some", "gained a lot",
            "gained the most"),
    _family(
        "满意度",
        "非常不满意|很不满意|极不满意|十分不满意|完全不满意",
        "不满意|不太满意|比较不满意|较不满意",
        "一般|中立|还行|一般满意",
        "满意|比较满意|基本满意|较满意|还算满意",
        "非常满意|很满意|十分满意|极其满意|完全满意",
    ),
    _family(
        "同意度",
        "非常不同意|完全不同意|很不同意|非常不赞同|很不赞同|完全不赞同|强烈反对",
        "不同意|不太同意|比较不同意|不赞同|不太赞同|反对",
        "一般|中立|不确定",
        "同意|比较同意|基本同意|赞同|比较赞同",
        "非常同意|完全同意|很同意|非常赞同|完全赞同|很赞同|强烈同意",
    ),
    _family("重要性", "非常不重要|一点也不重要|很不重要|完全不重要", "不重要|不太重要", "一般",
            "重要|比较重要", "非常重要|很重要"),
    _family("合理性", "很不合理|非常不合理", "不太合理|不合理", "一般", "基本合理|比较合理|合理",
            "很合理|非常合理"),
    _family("难易度", "很难|非常难|非常困难|很困难", "难|比较难|困难|比较困难", "一般",
            "不难|比较容易|容易|简单|比较简单", "一点也不难|非常容易|很容易|非常简单|很简单"),
    _family("紧张度", "很紧张|非常紧张", "一般紧张|比较紧张", "不太紧张", "不紧张",
            "很和谐|非常和谐"),
    _family("了解度", "没有听说|完全不了解|没听说过", "不太了解", "一般了解|一般",
            "基本了解|比较了解|了解", "很了解|非常了解"),
    _family("频率", "从不|从来没有|从未", "很少|极少|偶尔", "有时|一般|有时候",
            "经常|比较频繁|较频繁", "总是|非常频繁|每天"),
    _family("好坏", "很差|非常差", "差|较差|比较差|不佳", "一般", "好|较好|比较好|良好",
            "很好|非常好|优秀"),
)  # fmt: skip

_DEGREES: tuple[tuple[str, ...], ...] = (
    ("not at all",),
    ("a little", "slightly"),
    ("somewhat", "moderately"),
    ("very",),
    ("extremely",),
)


@dataclass(frozen=True)
class LikertMatch:
    family: str
    scale: tuple[float, float]  # (1, number of levels)
    values: dict[str, float]  # each original answer -> its number
    reversed_codes: bool  # the answers' own codes run against the words' direction


def normalise_label(label: str) -> tuple[str, int | None]:
    """The label's words in lower case, and the code written in it, if any."""
    text = clean_text(label).lower()
    code: int | None = None
    for pattern in (_CODE_PREFIX, _CODE_SUFFIX):
        found = pattern.search(text)
        if found:
            code = int(found.group(1))
            text = (text[: found.start()] + text[found.end() :]).strip()
            break
    return text.rstrip("。.!！"), code


def match_likert(labels: Iterable[str]) -> LikertMatch | None:
    """The family all labels belong to at distinct levels, or None."""
    normalised = {label: normalise_label(label) for label in labels}
    words = {text for text, _ in normalised.values()}
    if len(words) < 2:
        return None
    for family in (*FAMILIES, *_degree_families(words)):
        levels = _levels_in(family, words)
        if levels is None:
            continue
        scale_max = float(len(family.levels))
        values = {label: float(levels[text] + 1) for label, (text, _) in normalised.items()}
        return LikertMatch(
            family.name, (1.0, scale_max), values, _codes_reversed(normalised, values)
        )
    return None


def match_in_family(family_name: str, labels: Iterable[str]) -> LikertMatch | None:
    """Labels read on a known family's scale: a matrix row whose answers all fell on one
    level is still on its siblings' scale."""
    normalised = {label: normalise_label(label) for label in labels}
    words = {text for text, _ in normalised.values()}
    family = next((f for f in (*FAMILIES, *_degree_families(words)) if f.name == family_name), None)
    levels = None if family is None else _levels_in(family, words)
    if family is None or levels is None:
        return None
    values = {label: float(levels[text] + 1) for label, (text, _) in normalised.items()}
    return LikertMatch(family.name, (1.0, float(len(family.levels))), values, False)


def _levels_in(family: LikertFamily, words: set[str]) -> dict[str, int] | None:
    levels: dict[str, int] = {}
    for word in words:
        found = [i for i, level in enumerate(family.levels) if word in level]
        if len(found) != 1:
            return None
        levels[word] = found[0]
    if len(set(levels.values())) != len(levels):
        return None  # two answers on one level: this family is too coarse for the column
    return levels


def _degree_families(words: set[str]) -> list[LikertFamily]:
    """ "Not at all confident … extremely confident": one family per shared adjective."""
    adjectives: set[str] = set()
    for word in words:
        for degree in _DEGREES:
            for prefix in degree:
                if word.startswith(prefix + " "):
                    adjectives.add(word[len(prefix) + 1 :])
    if len(adjectives) != 1:
        return []
    adjective = adjectives.pop()
    levels = tuple(frozenset(f"{prefix} {adjective}" for prefix in degree) for degree in _DEGREES)
    return [LikertFamily(f"degree: {adjective}", levels)]


def _codes_reversed(
    normalised: dict[str, tuple[str, int | None]], values: dict[str, float]
) -> bool:
    coded = sorted(
        (code, values[label]) for label, (_, code) in normalised.items() if code is not None
    )
    if len(coded) < 2:
        return False
    return all(a[1] > b[1] for a, b in pairwise(coded))

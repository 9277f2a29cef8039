"""How well a question's text names a stage or a touchpoint: fuzzy, and Chinese-aware.

English is compared word by word (lower case, a light stemmer, stop words dropped);
Chinese, which has no spaces, by overlapping character pairs. The score is the share of
the target's words found in the question, so "How satisfied were you with checkout?"
names the touchpoint "Checkout" fully, whatever else the question says.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_STOP = frozenset(
    {"the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "your", "you", "our",
     "how", "what", "was", "were", "is", "are", "did", "do", "we", "us", "it", "this", "that",
     "at", "by", "from", "be", "been", "has", "have", "rate", "satisfied", "experience"}
)  # fmt: skip
_CJK_STOP = frozenset(
    {"您对", "对我", "我们", "满意", "意程", "程度", "的满", "意度", "您的", "如何"}
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str) -> set[str]:
    """The words (English) and character pairs (Chinese) that carry a text's meaning."""
    lowered = text.lower()
    found = {_stem(w) for w in _WORD.findall(lowered) if w not in _STOP}
    for run in _CJK.findall(lowered):
        if len(run) == 1:
            found.add(run)
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    return found - _CJK_STOP


def similarity(question: str, target: str) -> float:
    """0..1: the share of the target's terms that the question contains."""
    wanted = terms(target)
    if not wanted:
        return 0.0
    return len(wanted & terms(question)) / len(wanted)

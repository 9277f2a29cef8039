"""Measuring and wrapping text for the layout.

`TextMeasurer` is the one small font-metrics interface: the layout asks it for widths and
both renderers draw the lines the layout chose. `FontFileMeasurer` reads the shared
TrueType file (used by the app and the PDF alike, so they agree by construction);
`ApproximateMeasurer` is for a machine with no usable font at all. Qt's QFontMetricsF on
the same file agrees within 0.01% (tested in the UI tests).

Wrapping: English breaks between words, Chinese (and Japanese, Korean) between
characters; closing punctuation never starts a line and opening punctuation never ends
one; a word longer than the line is broken between characters; newlines are kept.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from journey_designer.layout.fontfile import FontFace, load_metrics


class TextMeasurer(Protocol):
    def advance(self, text: str) -> float:
        """Width of `text` at a font size of 1 point (multiply by the size)."""
        ...

    @property
    def ascent(self) -> float:
        """Ascent at size 1."""
        ...

    @property
    def descent(self) -> float:
        """Descent at size 1 (positive)."""
        ...


class FontFileMeasurer:
    def __init__(self, face: FontFace) -> None:
        self.face = face
        self._metrics = load_metrics(face)
        self.ascent = self._metrics.ascent
        self.descent = self._metrics.descent
        self._cache: dict[str, float] = {}

    def advance(self, text: str) -> float:
        width = self._cache.get(text)
        if width is None:
            width = self._metrics.text_advance(text)
            if len(self._cache) < 200_000:
                self._cache[text] = width
        return width


class ApproximateMeasurer:
    """Widths without a font file: full width for CJK, a typical sans width otherwise."""

    ascent = 0.9
    descent = 0.22

    def advance(self, text: str) -> float:
        return sum(1.0 if _is_wide(char) else 0.55 for char in text)


def centred_baseline(top: float, box_height: float, size: float, measurer: TextMeasurer) -> float:
    """The baseline that centres a line of `size` points vertically in a box from `top`."""
    lead = (box_height - (measurer.ascent + measurer.descent) * size) / 2
    return top + lead + measurer.ascent * size


@cache
def measurer_for(face: FontFace | None) -> TextMeasurer:
    return FontFileMeasurer(face) if face is not None else ApproximateMeasurer()


_WIDE = (
    (0x1100, 0x115F),
    (0x2E80, 0x303E),
    (0x3041, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA000, 0xA4CF),
    (0xAC00, 0xD7A3),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFF60),
    (0xFFE0, 0xFFE6),
    (0x20000, 0x3FFFD),
)


def _is_wide(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _WIDE)


# Characters that must not start a line (they stick to the token before) and that must
# not end one (they stick to the token after).
NO_LINE_START = (
    "，。、；：！？）］｝〕〉》」』】〙〗〟’”｠»…‥·・ー々〻"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ,.;:!?)]}%"
)
NO_LINE_END = "（［｛〔〈《「『【〘〖〝‘“｟«([{$¥£€"

_CJK_CLASS = "".join(f"{chr(low)}-{chr(high)}" for low, high in _WIDE if high <= 0xFFFF)
# A token is one CJK character, a run of other non-space characters (a word), or spaces.
_TOKEN = re.compile(rf"[{_CJK_CLASS}]|[^\s{_CJK_CLASS}]+|[ \t]+")


def _tokens(paragraph: str) -> list[str]:
    """Break opportunities: tokens with kinsoku punctuation glued to their neighbours."""
    tokens: list[str] = []
    glue_next = False
    for token in _TOKEN.findall(paragraph):
        glue = glue_next or token[0] in NO_LINE_START
        if glue and tokens and not token.isspace() and not tokens[-1].isspace():
            tokens[-1] += token
            glue_next = token[-1] in NO_LINE_END
            continue
        tokens.append(token)
        glue_next = not token.isspace() and token[-1] in NO_LINE_END
    return tokens


def wrap_text(text: str, max_width: float, size: float, measurer: TextMeasurer) -> list[str]:
    """Break `text` into lines no wider than `max_width` points at `size` points."""
    limit = max_width / size  # compare in ems, at size 1
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph.rstrip(), limit, measurer))
    return lines


def _wrap_paragraph(paragraph: str, limit: float, measurer: TextMeasurer) -> list[str]:
    if not paragraph or measurer.advance(paragraph) <= limit:
        return [paragraph]
    lines: list[str] = []
    line: list[str] = []
    width = 0.0
    for token in _tokens(paragraph):
        token_width = measurer.advance(token)
        if token.isspace():
            if line:  # spaces never start a line; at a line's end they are dropped
                line.append(token)
                width += token_width
            continue
        if width + token_width <= limit:
            line.append(token)
            width += token_width
            continue
        if line:
            lines.append("".join(line).rstrip())
        line, width = [], 0.0
        if token_width <= limit:
            line, width = [token], token_width
            continue
        pieces = _split_long_token(token, limit, measurer)
        lines.extend(pieces[:-1])
        line, width = [pieces[-1]], measurer.advance(pieces[-1])
    if line:
        lines.append("".join(line).rstrip())
    return lines


def _split_long_token(token: str, limit: float, measurer: TextMeasurer) -> list[str]:
    """Break a word wider than the line between characters (at least one per line)."""
    pieces: list[str] = []
    current, width = "", 0.0
    for char in token:
        char_width = measurer.advance(char)
        if current and width + char_width > limit:
            pieces.append(current)
            current, width = "", 0.0
        current += char
        width += char_width
    pieces.append(current)
    return pieces

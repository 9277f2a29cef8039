"""Advance widths and vertical metrics read straight from a TrueType file (no Qt, no reportlab).

The layout measures text through this, so the canvas and the PDF, which both draw with
the same font file, break lines identically. Only what measuring needs is parsed: the
table directory, `head`, `hhea`, `hmtx` and `cmap` (formats 4 and 12), lazily per
character. TrueType collections (`.ttc`) are read at a face index.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path


class FontFileError(ValueError):
    pass


@dataclass(frozen=True)
class FontFace:
    """A face inside a font file: the path and, for a `.ttc` collection, the face index."""

    path: Path
    index: int = 0


class TrueTypeMetrics:
    def __init__(self, face: FontFace) -> None:
        self.face = face
        try:
            self._data = face.path.read_bytes()
        except OSError as error:
            raise FontFileError(f"{face.path}: cannot be read ({error.strerror})") from None
        self._tables = _table_directory(self._data, face.index, face.path)
        if "glyf" not in self._tables:
            raise FontFileError(
                f"{face.path}: has no TrueType outlines (CFF fonts cannot be embedded)"
            )
        head = self._table("head")
        self.units_per_em: int = struct.unpack_from(">H", head, 18)[0]
        hhea = self._table("hhea")
        ascender, descender, line_gap = struct.unpack_from(">hhh", hhea, 4)
        self.ascent = ascender / self.units_per_em  # in ems
        self.descent = -descender / self.units_per_em
        self.line_gap = line_gap / self.units_per_em
        self._number_of_h_metrics: int = struct.unpack_from(">H", hhea, 34)[0]
        self._hmtx = self._table("hmtx")
        self._cmap = _CharacterMap(self._table("cmap"), face.path)
        self._advance_cache: dict[str, float] = {}

    def _table(self, tag: str) -> memoryview:
        if tag not in self._tables:
            raise FontFileError(f"{self.face.path}: no {tag!r} table")
        offset, length = self._tables[tag]
        return memoryview(self._data)[offset : offset + length]

    def has_glyph(self, char: str) -> bool:
        return self._cmap.glyph(ord(char)) != 0

    def advance(self, char: str) -> float:
        """Advance width of one character, in ems."""
        cached = self._advance_cache.get(char)
        if cached is not None:
            return cached
        glyph = self._cmap.glyph(ord(char))
        index = min(glyph, self._number_of_h_metrics - 1)
        units: int = struct.unpack_from(">H", self._hmtx, index * 4)[0]
        width = units / self.units_per_em
        self._advance_cache[char] = width
        return width

    def text_advance(self, text: str) -> float:
        """Advance width of a string, in ems (no kerning: neither renderer applies it)."""
        advance = self._advance_cache.get
        total = 0.0
        for char in text:
            width = advance(char)
            total += width if width is not None else self.advance(char)
        return total


@cache
def load_metrics(face: FontFace) -> TrueTypeMetrics:
    """The metrics of a face, parsed once per process (font discovery and layout share them)."""
    return TrueTypeMetrics(face)


def _table_directory(data: bytes, index: int, path: Path) -> dict[str, tuple[int, int]]:
    if len(data) < 12:
        raise FontFileError(f"{path}: not a font file")
    offset = 0
    if data[:4] == b"ttcf":
        count = struct.unpack_from(">I", data, 8)[0]
        if not 0 <= index < count:
            raise FontFileError(f"{path}: has no face {index}")
        offset = struct.unpack_from(">I", data, 12 + 4 * index)[0]
    tag = data[offset : offset + 4]
    if tag == b"OTTO":
        raise FontFileError(f"{path}: is a CFF (OpenType/PostScript) font, not TrueType")
    if tag not in (b"\x00\x01\x00\x00", b"true"):
        raise FontFileError(f"{path}: not a TrueType font")
    num_tables = struct.unpack_from(">H", data, offset + 4)[0]
    tables: dict[str, tuple[int, int]] = {}
    for i in range(num_tables):
        record = offset + 12 + 16 * i
        name = data[record : record + 4].decode("latin-1")
        table_offset, length = struct.unpack_from(">II", data, record + 8)
        if table_offset + length > len(data):
            raise FontFileError(f"{path}: table {name!r} runs past the end of the file")
        tables[name] = (table_offset, length)
    return tables


class _CharacterMap:
    """Unicode code point -> glyph id, from a format-12 or format-4 cmap subtable."""

    def __init__(self, cmap: memoryview, path: Path) -> None:
        self._cmap = cmap
        count = struct.unpack_from(">H", cmap, 2)[0]
        chosen: tuple[int, int] | None = None  # (rank, offset): format 12 beats format 4
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
            if (platform, encoding) not in ((3, 1), (3, 10), (0, 3), (0, 4), (0, 6)):
                continue
            fmt = struct.unpack_from(">H", cmap, offset)[0]
            rank = {12: 2, 4: 1}.get(fmt, 0)
            if rank and (chosen is None or rank > chosen[0]):
                chosen = (rank, offset)
        if chosen is None:
            raise FontFileError(f"{path}: no Unicode character map")
        self._format = 12 if chosen[0] == 2 else 4
        if self._format == 12:
            self._read_format_12(chosen[1])
        else:
            self._read_format_4(chosen[1])

    def _read_format_12(self, offset: int) -> None:
        groups = struct.unpack_from(">I", self._cmap, offset + 12)[0]
        values = struct.unpack_from(f">{3 * groups}I", self._cmap, offset + 16)
        self._starts = values[0::3]
        self._ends = values[1::3]
        self._start_glyphs = values[2::3]

    def _read_format_4(self, offset: int) -> None:
        segments = struct.unpack_from(">H", self._cmap, offset + 6)[0] // 2
        base = offset + 14
        self._ends = struct.unpack_from(f">{segments}H", self._cmap, base)
        base += 2 * segments + 2  # reservedPad
        self._starts = struct.unpack_from(f">{segments}H", self._cmap, base)
        base += 2 * segments
        self._deltas = struct.unpack_from(f">{segments}h", self._cmap, base)
        base += 2 * segments
        self._range_offsets_at = base
        self._range_offsets = struct.unpack_from(f">{segments}H", self._cmap, base)

    def glyph(self, code: int) -> int:
        segment = bisect_left(self._ends, code)
        if segment >= len(self._ends) or code < self._starts[segment]:
            return 0
        if self._format == 12:
            return int(self._start_glyphs[segment] + code - self._starts[segment])
        if code > 0xFFFF:
            return 0
        range_offset = self._range_offsets[segment]
        if range_offset == 0:
            return int((code + self._deltas[segment]) & 0xFFFF)
        at = (
            self._range_offsets_at + 2 * segment + range_offset + 2 * (code - self._starts[segment])
        )
        glyph: int = struct.unpack_from(">H", self._cmap, at)[0]
        return (glyph + self._deltas[segment]) & 0xFFFF if glyph else 0

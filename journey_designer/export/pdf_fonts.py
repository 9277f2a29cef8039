"""The map's one font, registered with reportlab: the CJK TrueType file the canvas uses.

The canvas draws every piece of map text (Latin and Chinese) with the face `find_cjk_font`
finds, and the layout measured the lines with it, so the PDF must draw with that very
face: then each line is exactly as wide as the layout decided and breaks where the
canvas breaks it. reportlab embeds a TrueType font as subsets of the characters used
(its default), so Chinese prints and copies out in any viewer.

Registered once per process and face; `PdfFontError` is the one-line message a caller shows.
Create the reportlab Canvas with `initialFontName=fonts.name` (see `canvas_options`), or it
lists an unembedded Helvetica that no text uses.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from functools import cache

from journey_designer.fonts import find_cjk_font
from journey_designer.layout.fontfile import FontFace, FontFileError
from journey_designer.layout.text import TextMeasurer, measurer_for
from journey_designer.messages import QT_TRANSLATE_NOOP, UserError


class PdfFontError(UserError):
    """No font the PDF can embed; the message says what to do, in one line."""


@dataclass(frozen=True)
class PdfFonts:
    name: str  # the registered reportlab font name every map line is drawn with
    face: FontFace
    measurer: TextMeasurer  # the same widths the layout measured with
    # Characters the font has a glyph for (code points); others are drawn as the font's
    # missing-glyph box, as the layout measured them, and copied out via /ActualText.
    _glyphs: frozenset[int] = field(repr=False, compare=False, default=frozenset())

    def covers(self, char: str) -> bool:
        """The font draws `char` and reportlab can map it back to Unicode (BMP only)."""
        code = ord(char)
        return code in self._glyphs and code <= 0xFFFF

    def canvas_options(self) -> dict[str, object]:
        """Keyword arguments for reportlab's Canvas: start on this font, not Helvetica."""
        return {"initialFontName": self.name}


def load_pdf_fonts(preferred: str | None = None) -> PdfFonts:
    """The CJK TrueType font (a path, `file.ttc#1` for a face), registered with reportlab."""
    face = find_cjk_font(preferred)
    if face is None:
        raise PdfFontError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "No Chinese TrueType font found, so the PDF cannot show Chinese text: install "
                "one (e.g. fonts-wqy-microhei) or choose a .ttf/.ttc file in Preferences.",
            )
        )
    return pdf_fonts_for(face)


@cache
def pdf_fonts_for(face: FontFace) -> PdfFonts:
    """Register `face` with reportlab (once per process) and describe it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = _font_name(face)
    try:
        font = TTFont(name, str(face.path), subfontIndex=face.index)
        measurer = measurer_for(face)
    except (TTFError, FontFileError, OSError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise PdfFontError(
            QT_TRANSLATE_NOOP("Messages", "The font {font} cannot be embedded in a PDF: {reason}"),
            font=face.path.name,
            reason=reason,  # reportlab's or the font reader's English
        ) from None
    pdfmetrics.registerFont(font)
    glyphs = frozenset(font.face.charToGlyph)
    return PdfFonts(name, face, measurer, glyphs)


def _font_name(face: FontFace) -> str:
    """A reportlab name unique to the file and face: "JourneyMap-wqy-microhei-0-1a2b3c4d"."""
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", face.path.stem).strip("-") or "font"
    where = zlib.crc32(str(face.path).encode("utf-8"))
    return f"JourneyMap-{stem}-{face.index}-{where:08x}"

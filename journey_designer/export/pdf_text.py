"""The layout's text lines in the PDF: real, selectable text at exactly the layout's place.

Each line starts at its (x, baseline) in the layout's size and is never wrapped again: the
layout broke it with the same font file's widths. On the flipped canvas a text matrix
with d = -1 turns the glyphs upright again. Text is drawn with text objects (never
Paragraph markup), so `R&D`, `a<b` or `<font size=40>` print as typed.

A character the font has no glyph for (an emoji, say) shows the font's missing-glyph box,
as the layout measured it (the canvas may find another font for it); it is wrapped in a
marked-content span with /ActualText, so copying and `pdftotext` still give the character.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import groupby
from typing import Any

from journey_designer.export.pdf_fonts import PdfFonts
from journey_designer.export.pdf_ink import Colour, Ink, rgb_alpha
from journey_designer.layout.geometry import TextLine
from journey_designer.layout.looks import text_colour


class TextWriter:
    def __init__(self, ink: Ink, fonts: PdfFonts) -> None:
        self.ink = ink
        self.fonts = fonts
        self.measurer = fonts.measurer

    def line_width(self, line: TextLine) -> float:
        return self.measurer.advance(line.text) * line.size

    def draw_lines(
        self, lines: Iterable[TextLine], colour_for: Callable[[str], Colour] = text_colour
    ) -> None:
        """Draw `lines` in one text object where possible (one BT ... ET per card)."""
        text: _Text | None = None
        for line in lines:
            if not line.text:
                continue
            colour = colour_for(line.role)
            if all(self.fonts.covers(char) for char in line.text):
                if text is None:
                    text = _Text(self.ink, self.fonts.name)
                text.add(line.x, line.baseline, line.size, line.text, colour)
                continue
            if text is not None:  # marked content must not cut into a text object
                text.finish()
                text = None
            self._draw_with_actual_text(line, colour)
        if text is not None:
            text.finish()

    def draw_centred(self, text: str, cx: float, cy: float, size: float, colour: Colour) -> None:
        """A short string centred on a point (scale values, marks), as the canvas centres it."""
        measurer = self.measurer
        width = measurer.advance(text) * size
        baseline = cy + (measurer.ascent - measurer.descent) * size / 2
        self.draw_lines([TextLine(text, cx - width / 2, baseline, size, "label")], lambda _: colour)

    def _draw_with_actual_text(self, line: TextLine, colour: Colour) -> None:
        """A line with characters the font lacks: runs of them carry their real text."""
        x = line.x
        for covered, chars in groupby(line.text, self.fonts.covers):
            run = "".join(chars)
            if not covered:
                utf16 = run.encode("utf-16-be").hex().upper()
                self.ink.canvas.addLiteral(f"/Span <</ActualText <FEFF{utf16}>>> BDC")
            text = _Text(self.ink, self.fonts.name)
            text.add(x, line.baseline, line.size, run, colour)
            text.finish()
            if not covered:
                self.ink.canvas.addLiteral("EMC")
            x += self.measurer.advance(run) * line.size


class _Text:
    """One reportlab text object: lines placed by their own text matrix, colours inside."""

    def __init__(self, ink: Ink, font: str) -> None:
        self.ink = ink
        self.font = font
        ink.opaque_fill()  # text is opaque, whatever translucent shape came before
        self.text: Any = ink.canvas.beginText()
        self.size = 0.0
        self.colour: Colour | None = None

    def add(self, x: float, baseline: float, size: float, content: str, colour: Colour) -> None:
        text = self.text
        if size != self.size:
            text.setFont(self.font, size)
            self.size = size
        if colour != self.colour:
            text.setFillColorRGB(*rgb_alpha(colour)[0])
            self.ink.text_fill_set(colour)
            self.colour = colour
        text.setTextTransform(1, 0, 0, -1, x, baseline)  # upright on the flipped canvas
        text.textOut(content)

    def finish(self) -> None:
        self.ink.canvas.drawText(self.text)

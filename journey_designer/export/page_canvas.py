"""Drawing the export's own pages (cover, legend, appendix, header and footer) with reportlab.

Coordinates are page points from the top-left corner, y down, like the page plans; this
module flips them. Text is drawn with `drawString` only, never as markup, so user text
prints exactly as typed (`<b>`, `&amp;`, quotes); it is wrapped with the layout's own
line breaker and measured with the same TrueType file the PDF embeds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from journey_designer.layout.emotion import fit_text
from journey_designer.layout.geometry import Rect
from journey_designer.layout.text import TextMeasurer, wrap_text

LINE_SPACING = 1.3
SECTION_TITLE_SIZE = 15.0  # the heading of a legend, dashboard or appendix page
SECTION_NOTE_SIZE = 8.5  # the one-line note under it

# Ink of the export's own pages (the map's colours come from the layout).
INK = "#1F2933"
MUTED = "#52606D"
FAINT = "#9AA5B1"
RULE = "#C5CCD3"
ACCENT = "#2F6DB5"
ZEBRA = "#F3F5F8"
HEADER_FILL = "#E8EEF7"


def _covers_all(char: str) -> bool:
    return True


@dataclass(frozen=True)
class Ink:
    """The font every text is drawn with (a registered TrueType name), its measurer, and
    which characters it has glyphs for (the others print as its missing-glyph box, with
    their real text attached for copying and search)."""

    font: str
    measurer: TextMeasurer
    covers: Callable[[str], bool] = _covers_all

    def width(self, text: str, size: float) -> float:
        return self.measurer.advance(text) * size

    def wrap(self, text: str, width: float, size: float, max_lines: int | None = None) -> list[str]:
        """`text` broken into lines of at most `width` points; past `max_lines`, the last
        line kept ends with an ellipsis."""
        if width <= size:
            return [fit_text(text.replace("\n", " "), max(width, 1.0), size, self.measurer)]
        lines = wrap_text(text, width, size, self.measurer)
        if max_lines is not None and len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = fit_text(lines[-1] + "…", width, size, self.measurer)
            if not lines[-1].endswith("…"):
                lines[-1] = fit_text(lines[-1] + " …", width, size, self.measurer)
        return lines

    def fit(self, text: str, width: float, size: float) -> str:
        return fit_text(text.replace("\n", " "), width, size, self.measurer)


class PageCanvas:
    """A reportlab canvas seen with y down from the page's top-left corner."""

    def __init__(self, canvas: Any, page_height: float, ink: Ink) -> None:
        self.canvas = canvas
        self.height = page_height
        self.ink = ink

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        size: float,
        colour: str = INK,
        align: str = "left",
    ) -> None:
        if not text:
            return
        c = self.canvas
        c.setFont(self.ink.font, size)
        c.setFillColor(colour)
        if align == "right":
            x -= self.ink.width(text, size)
        elif align == "centre":
            x -= self.ink.width(text, size) / 2
        y = self.height - baseline
        covers = self.ink.covers
        if all(covers(char) for char in text):
            c.drawString(x, y, text)
            return
        for covered, chars in groupby(text, covers):
            run = "".join(chars)
            if not covered:  # a box on paper; the real characters for copy, search, readers
                utf16 = run.encode("utf-16-be").hex().upper()
                c.addLiteral(f"/Span <</ActualText <FEFF{utf16}>>> BDC")
            c.drawString(x, y, run)
            if not covered:
                c.addLiteral("EMC")
            x += self.ink.width(run, size)

    def lines(
        self,
        x: float,
        top: float,
        lines: Sequence[str],
        size: float,
        colour: str = INK,
        spacing: float = LINE_SPACING,
    ) -> float:
        """Stacked lines from `top`; returns the y below the last one."""
        step = size * spacing
        ascent = self.ink.measurer.ascent * size
        lead = (step - (self.ink.measurer.ascent + self.ink.measurer.descent) * size) / 2
        for line in lines:
            self.text(x, top + lead + ascent, line, size, colour)
            top += step
        return top

    def section_heading(self, area: Rect, title: str, note: str = "") -> float:
        """A section page's title and its one-line note; returns the y below them."""
        y = self.lines(area.x, area.y, [title], SECTION_TITLE_SIZE, INK)
        if note:
            fitted = self.ink.fit(note, area.width, SECTION_NOTE_SIZE)
            y = self.lines(area.x, y, [fitted], SECTION_NOTE_SIZE, MUTED)
        return y

    def rect(
        self,
        box: Rect,
        fill: str | None = None,
        stroke: str | None = None,
        line_width: float = 0.5,
        radius: float = 0.0,
        dash: Sequence[float] | None = None,
    ) -> None:
        c = self.canvas
        c.saveState()
        if fill:
            c.setFillColor(fill)
        if stroke:
            c.setStrokeColor(stroke)
            c.setLineWidth(line_width)
            if dash:
                c.setDash(list(dash))
        y = self.height - box.bottom
        if radius:
            c.roundRect(box.x, y, box.width, box.height, radius, stroke=int(bool(stroke)),
                        fill=int(bool(fill)))  # fmt: skip
        else:
            c.rect(box.x, y, box.width, box.height, stroke=int(bool(stroke)), fill=int(bool(fill)))
        c.restoreState()

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        colour: str = RULE,
        line_width: float = 0.5,
        dash: Sequence[float] | None = None,
    ) -> None:
        c = self.canvas
        c.saveState()
        c.setStrokeColor(colour)
        c.setLineWidth(line_width)
        if dash:
            c.setDash(list(dash))
        c.line(x1, self.height - y1, x2, self.height - y2)
        c.restoreState()

    def circle(
        self, x: float, y: float, radius: float, fill: str, stroke: str | None = None
    ) -> None:
        c = self.canvas
        c.saveState()
        c.setFillColor(fill)
        if stroke:
            c.setStrokeColor(stroke)
        c.circle(x, self.height - y, radius, stroke=int(bool(stroke)), fill=1)
        c.restoreState()


def line_height(size: float) -> float:
    return size * LINE_SPACING


PagePainter = Callable[[PageCanvas], None]


@dataclass(frozen=True)
class SectionPage:
    """One page of a section (cover, legend, appendix): what it draws, its footer's words."""

    paint: PagePainter
    footer: str = ""

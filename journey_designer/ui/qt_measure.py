"""Qt's view of the map font: the reference QFont the canvas draws with, and a measurer.

The layout measures text with the TrueType file itself (`FontFileMeasurer`), so the canvas
and the PDF break lines identically. The canvas must then draw with advances that match
the file's: an unhinted, unkerned font at a large pixel size, scaled down by the painter
(QFont.setPixelSize only takes integers, and hinting would snap advances to pixels).
`QtTextMeasurer` measures with that same font; a test shows it agrees with the file.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

# Text is shaped at this pixel size and scaled to each line's size in points. Qt rounds
# advances to 1/64 pixel: at 1000 pixels that is 0.0016% of an em.
REFERENCE_PIXEL_SIZE = 1000


def reference_font(family: str) -> QFont:
    """The map font at REFERENCE_PIXEL_SIZE, with advances exactly as in the font file."""
    font = QFont(family)
    font.setPixelSize(REFERENCE_PIXEL_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)  # the layout applies no kerning, and neither does the PDF
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


class QtTextMeasurer:
    """The layout's TextMeasurer protocol, answered by QFontMetricsF on the map font."""

    def __init__(self, family: str) -> None:
        self._metrics = QFontMetricsF(reference_font(family))
        self.ascent = self._metrics.ascent() / REFERENCE_PIXEL_SIZE
        self.descent = self._metrics.descent() / REFERENCE_PIXEL_SIZE

    def advance(self, text: str) -> float:
        return self._metrics.horizontalAdvance(text) / REFERENCE_PIXEL_SIZE

"""The PDF writer's one door to the map renderer (`draw.py`) and its fonts (`pdf_fonts.py`).

`MapPainter.create()` registers the CJK TrueType font with reportlab once; `draw()` puts a
layout on a page at a position and scale, culled to a region or packed to some stages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from journey_designer.export.pdf_fonts import PdfFonts, load_pdf_fonts
from journey_designer.layout.geometry import MapLayout, Rect
from journey_designer.layout.text import TextMeasurer


@dataclass(frozen=True)
class MapPainter:
    fonts: PdfFonts

    @classmethod
    def create(cls, font_path: str = "") -> MapPainter:
        """PdfFontError when there is no TrueType font to embed."""
        return cls(load_pdf_fonts(font_path or None))

    @property
    def font_name(self) -> str:
        """The registered name every text of the export's own pages uses too."""
        return self.fonts.name

    @property
    def measurer(self) -> TextMeasurer:
        return self.fonts.measurer

    def draw(
        self,
        canvas: Any,
        layout: MapLayout,
        x: float,
        y_top: float,
        scale: float,
        region: Rect | None = None,
        stages: Sequence[str] | None = None,
    ) -> None:
        """Draw `layout` with its top-left corner at (x, y_top) in PDF points (y up)."""
        from journey_designer.export.draw import begin_layout_transform, draw_map

        canvas.saveState()
        begin_layout_transform(canvas, x, y_top, scale)
        draw_map(canvas, layout, self.fonts, region=region, stages=stages)
        canvas.restoreState()

"""What the user chooses when exporting: page, layout mode, extra pages. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

MM = 72.0 / 25.4  # points per millimetre
INCH = 72.0

# Portrait sizes in millimetres.
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
}

Mode = Literal["fit", "tile", "per_stage"]
Orientation = Literal["landscape", "portrait"]


@dataclass(frozen=True)
class PageSetup:
    size: str = "A3"  # a key of PAGE_SIZES_MM, or "custom"
    orientation: Orientation = "landscape"
    custom_mm: tuple[float, float] | None = None  # (width, height) when size == "custom"
    margin_mm: float = 12.0

    def size_points(self) -> tuple[float, float]:
        """(width, height) of the sheet in points, orientation applied."""
        if self.size == "custom":
            if self.custom_mm is None:
                raise ValueError("a custom page needs its width and height")
            width, height = self.custom_mm
        else:
            width, height = PAGE_SIZES_MM[self.size]
        short, long = sorted((width * MM, height * MM))
        return (long, short) if self.orientation == "landscape" else (short, long)


@dataclass(frozen=True)
class ExportOptions:
    page: PageSetup = field(default_factory=PageSetup)
    mode: Mode = "fit"
    cover: bool = True
    legend: bool = True
    appendix: bool = True  # touchpoint metrics table, when the map has survey data
    charts: bool = True  # the dashboard's charts, when the map has their figures
    header_footer: bool = True  # map title, date, "page x of y"
    overlap_mm: float = 10.0  # tile mode: shared strip between neighbouring sheets
    crop_marks: bool = True  # tile mode
    # Of the export's own words (legend, headers, "Page 1 of 3"): "zh", "en", or "" for the
    # map's own language.
    language: str = ""
    # The cover and the header; "" takes the map's title, its authors, today's date.
    title: str = ""
    author: str = ""
    client: str = ""
    date: str = ""
    # The TrueType font (a path, `file.ttc#1` for a face) the map is drawn and measured
    # with; "" finds the one the app uses by default (the canvas passes the user's choice).
    font_path: str = ""

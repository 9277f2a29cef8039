"""The one font family all map text is drawn in, loaded from the TrueType file the layout reads.

The layout breaks lines with the file's own advance widths; the canvas loads the same file
into Qt, so what the canvas draws fits exactly where the layout put it. With no Chinese
font on the machine the app still runs (a Latin TrueType file, else Qt's default font)
and says once why Chinese shows as boxes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtGui import QFontDatabase

from journey_designer.fonts import find_cjk_font, find_latin_font
from journey_designer.layout import FontFace, FontFileError, TextMeasurer, measurer_for
from journey_designer.ui.qt_measure import QtTextMeasurer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MapFont:
    family: str  # the Qt family name used for every piece of map text
    face: FontFace | None  # the TrueType file the layout measures with (None: Qt measures)
    measurer: TextMeasurer
    has_cjk: bool  # False: Chinese text will show as boxes

    def describe(self) -> str:
        return f"{self.family} ({self.face.path})" if self.face else self.family


def load_map_font(preferred: str | None = None) -> MapFont:
    """Find the CJK TrueType font (`preferred` is a path, `file.ttc#1` for a face) and load it."""
    cjk_face = find_cjk_font(preferred)
    for face in (cjk_face, find_latin_font()):
        if face is None:
            continue
        family = register_face(face)
        if family is None:
            continue
        try:
            measurer = measurer_for(face)
        except (FontFileError, OSError) as error:
            log.warning("cannot measure with %s: %s", face.path, error)
            continue
        return MapFont(family, face, measurer, has_cjk=face == cjk_face)
    # No TrueType file Qt can load: draw with Qt's default font and let Qt measure it.
    family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    return MapFont(family, None, QtTextMeasurer(family), has_cjk=False)


def register_face(face: FontFace) -> str | None:
    """Load a font file into Qt; the family name of the wanted face, None if Qt refuses it."""
    font_id = QFontDatabase.addApplicationFont(str(face.path))
    if font_id < 0:
        log.warning("Qt cannot load the font file %s", face.path)
        return None
    # Qt lists a collection's families in face order, one entry per face.
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    return families[face.index] if face.index < len(families) else families[0]

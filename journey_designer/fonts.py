"""Find the CJK TrueType font shared by the canvas and the PDF (no Qt).

Order: the user's choice (a path in settings), then a font shipped in `resources/fonts/`
(a desktop bundle carries one, so its PDFs are the same on every machine), then known system
fonts (fontconfig's `fc-match` on Linux, known files on Windows and macOS). Only TrueType
outlines qualify: reportlab cannot embed CFF/OTF fonts such as Noto CJK. `None` means no CJK
font: the app still runs, and says once why Chinese shows as boxes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from journey_designer import resources
from journey_designer.layout.fontfile import FontFace, FontFileError, TrueTypeMetrics, load_metrics

# Family names fontconfig may know, best first; all ship TrueType outlines.
FONTCONFIG_FAMILIES = (
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "AR PL UKai CN",
)
WINDOWS_FILES = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc", "Deng.ttf")
MACOS_FILES = (
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)
# Checked directly too: fontconfig may be missing (a bare container or a bundle).
LINUX_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
LATIN_FALLBACK_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
)


def is_usable_cjk_face(face: FontFace) -> bool:
    """A TrueType face that has glyphs for common Chinese and Latin characters."""
    try:
        metrics = load_metrics(face)
    except (FontFileError, OSError, ValueError):
        return False
    return all(metrics.has_glyph(char) for char in "中文旅程Aa1")


def find_cjk_font(preferred: str | None = None) -> FontFace | None:
    for face in _candidates(preferred):
        if face.path.is_file() and is_usable_cjk_face(face):
            return face
    return None


def find_latin_font() -> FontFace | None:
    """A TrueType face for the rare machine with no CJK font, so text is still measured exactly."""
    for name in LATIN_FALLBACK_FILES:
        face = FontFace(Path(name))
        if face.path.is_file():
            try:
                TrueTypeMetrics(face)
            except (FontFileError, OSError, ValueError):
                continue
            return face
    return None


def _candidates(preferred: str | None) -> Iterator[FontFace]:
    """Faces to try, best first; lazily, so fontconfig is asked only as far as needed."""
    if preferred:
        path, _, index = preferred.partition("#")  # "font.ttc#1" selects a face
        yield FontFace(Path(path), int(index) if index.isdigit() else 0)
    yield from _bundled_faces()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
        yield from (FontFace(windows / name) for name in WINDOWS_FILES)
    elif sys.platform == "darwin":
        yield from (FontFace(Path(name)) for name in MACOS_FILES)
    else:
        yield from _fontconfig_faces()
        yield from (FontFace(Path(name)) for name in LINUX_FILES)


def _bundled_faces() -> Iterator[FontFace]:
    """The `*.ttc`/`*.ttf` files in `resources/fonts/` (none in a checkout: see its README)."""
    try:
        folder = resources.resources_root() / "fonts"
    except resources.MissingResourceError:
        return
    if folder.is_dir():
        yield from (FontFace(path) for path in sorted(folder.glob("*.tt[fc]")))


def _fontconfig_faces() -> Iterator[FontFace]:
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return
    for family in FONTCONFIG_FAMILIES:
        try:
            result = subprocess.run(
                [fc_match, "-f", "%{file}\t%{index}\t%{family}", family],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return
        path, _, rest = result.stdout.partition("\t")
        index, _, families = rest.partition("\t")
        # fc-match always answers; keep it only when it found the family asked for.
        if path and family.lower() in families.lower():
            yield FontFace(Path(path), int(index) if index.isdigit() else 0)

"""Regenerate the desktop icons in packaging/icons/ from resources/icons/journey_designer.svg.

    python packaging/make_icons.py

Writes `journey-designer-<size>.png` for the Linux icon theme (hicolor) sizes, a Windows
`journey-designer.ico` and a macOS `journey-designer.icns`. Qt renders the SVG offscreen
(no display needed); the .ico and .icns containers are written here, a few lines each, so no
image library is needed. Commit the results: the bundle builds read them, never the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
SOURCE = PACKAGING.parent / "resources" / "icons" / "journey_designer.svg"
OUTPUT = PACKAGING / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-holding icon types, by pixel size (ic10 is 512x512@2x).
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


def render_png(size: int) -> bytes:
    """The SVG drawn on a transparent `size`×`size` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG", 0):  # quality 0: the strongest compression
        raise RuntimeError(f"Qt could not write a {size}px PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (read by Windows Vista and later).

    ICONDIR (reserved 0, type 1, count), then one 16-byte ICONDIRENTRY per image (width and
    height as a byte, 0 meaning 256; colours 0; reserved 0; planes 1; 32 bits per pixel;
    the size and offset of its data), then the PNG data.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(pngs: dict[bytes, bytes]) -> bytes:
    """A macOS .icns: the magic `icns` and the file's length, then one element per image
    (its 4-byte type, its length including this 8-byte header, the PNG data). Big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    rendered = {size: render_png(size) for size in sizes}
    OUTPUT.mkdir(exist_ok=True)
    for size in PNG_SIZES:
        (OUTPUT / f"journey-designer-{size}.png").write_bytes(rendered[size])
    (OUTPUT / "journey-designer.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    (OUTPUT / "journey-designer.icns").write_bytes(
        icns({kind: rendered[size] for kind, size in ICNS_TYPES})
    )
    for path in sorted(OUTPUT.iterdir()):
        print(f"{path.relative_to(PACKAGING.parent)}\t{path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""PNG and SVG pictures of a map, drawn by the canvas's own items in an offscreen scene.

The picture is the map's sheet with a margin of background around it: white or
transparent in a PNG, nothing (transparent) in an SVG. The scene is a fresh one, so it
shows no selection, no hover, no current-curve mark and no overview mode; the PNG is drawn
at dpi / 72 device pixels per point, the SVG in points (its user unit), where every line of
the map's text (4 pt and up) is drawn as text, not greeked.

Works without a window: the command line calls `ensure_application()` first. Files are
written atomically (temp file, fsync, rename); every failure is an `ImageExportError`
(an OSError) whose message is one line a user can act on.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from journey_designer.export.words import export_language, layout_labels
from journey_designer.layout import LayoutStyle, MapLayout, layout_map
from journey_designer.messages import QT_TRANSLATE_NOOP, UserError, message
from journey_designer.model import JourneyMap
from journey_designer.storage.jsonfile import write_atomically
from journey_designer.ui.canvas.scene import MapScene
from journey_designer.ui.canvas.text_painter import MapTextPainter
from journey_designer.ui.map_font import MapFont, load_map_font
from journey_designer.ui.settings import APPLICATION_NAME, ORGANIZATION_NAME, AppSettings

PICTURE_MARGIN = 12.0  # points of background around the map's sheet
BORDER_OVERHANG = 0.5  # the sheet's 1-point border is centred on its edge
MAX_PIXELS = 400_000_000  # 1.6 GB of pixels in memory; more is a poster printer's job
MIN_DPI = 10
FULL_DETAIL_DPI = 72  # a point per pixel: the map's smallest text (6.5 pt) draws as text
MAX_DPI = 2400
POINTS_PER_INCH = 72.0
METRES_PER_INCH = 0.0254
_RENDER_HINTS = (
    QPainter.RenderHint.Antialiasing
    | QPainter.RenderHint.TextAntialiasing
    | QPainter.RenderHint.SmoothPixmapTransform
)
_SVG_SIZE = re.compile(rb'<svg width="[^"]*" height="[^"]*"')

_application: QApplication | None = None  # kept alive for the command line's whole run


class ImageExportError(UserError, OSError):
    """A picture cannot be made or written; `str(error)` is the line to show the user (in
    English; `user_text(error)` in the UI's language)."""


class ImageTooLargeError(ImageExportError):
    """The PNG would have more than MAX_PIXELS pixels."""


def ensure_application() -> QApplication:
    """The running QApplication, or a new one drawing offscreen (for the command line)."""
    global _application
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if existing is not None:
        raise RuntimeError("drawing a map needs a QApplication, not a QCoreApplication")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QApplication(["journey-designer"])
    _application.setOrganizationName(ORGANIZATION_NAME)  # AppSettings: the chosen CJK font
    _application.setApplicationName(APPLICATION_NAME)
    return _application


# --- the scene ----------------------------------------------------------------------------


def map_scene(
    journey: JourneyMap,
    map_font: MapFont | None = None,
    labels: Mapping[str, str] | None = None,
    style: LayoutStyle | None = None,
) -> MapScene:
    """Lay `journey` out and draw it into a new offscreen scene, as the canvas would.

    `map_font` defaults to the font the app uses (the user's chosen CJK font, else the
    system's); `labels` (badge and metric words) to the PDF's, in the map's own language.
    """
    map_font = map_font or load_map_font(AppSettings().cjk_font())
    style = style or LayoutStyle()
    if labels is None:
        labels = layout_labels(export_language("", journey.language))
    layout = layout_map(journey, map_font.measurer, style, labels)
    return scene_for_layout(layout, MapTextPainter(map_font.family, map_font.measurer), style)


def scene_for_layout(
    layout: MapLayout, text_painter: MapTextPainter, style: LayoutStyle
) -> MapScene:
    """A new scene showing `layout` (the window passes the layout its canvas shows)."""
    scene = MapScene(text_painter, style)
    scene.show_layout(layout)
    return scene


def picture_rect(scene: MapScene) -> QRectF:
    """The picture in scene points: the map and its margin."""
    m = PICTURE_MARGIN
    return scene.map_rect().adjusted(-m, -m, m, m)


def paint_region(scene: MapScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    """Paint the map's `source` rectangle (scene points) into `target` (painter units).

    Only the sheet is painted: the canvas's shadow around it is left out.
    """
    sheet = scene.map_rect().adjusted(
        -BORDER_OVERHANG, -BORDER_OVERHANG, BORDER_OVERHANG, BORDER_OVERHANG
    )
    visible = source.intersected(sheet)
    if visible.isEmpty():
        return
    sx, sy = target.width() / source.width(), target.height() / source.height()
    inner = QRectF(
        target.x() + (visible.x() - source.x()) * sx,
        target.y() + (visible.y() - source.y()) * sy,
        visible.width() * sx,
        visible.height() * sy,
    )
    painter.save()
    painter.setRenderHints(_RENDER_HINTS)
    scene.render(painter, inner, visible, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.restore()


# --- PNG ----------------------------------------------------------------------------------


def png_size(scene: MapScene, dpi: float) -> QSize:
    """The PNG's size in pixels at `dpi`."""
    rect, scale = picture_rect(scene), dpi / POINTS_PER_INCH
    return QSize(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)))


def check_png_size(scene: MapScene, dpi: float) -> QSize:
    """The PNG's size; ImageExportError if `dpi` is out of range or the image too large."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ImageExportError(
            QT_TRANSLATE_NOOP("Messages", "Choose a resolution from {low} to {high} dpi."),
            low=MIN_DPI,
            high=MAX_DPI,
        )
    size = png_size(scene, dpi)
    pixels = size.width() * size.height()
    if pixels > MAX_PIXELS:
        fitting = math.floor(dpi * math.sqrt(MAX_PIXELS / pixels))
        if fitting >= MIN_DPI:
            advice = message(
                QT_TRANSLATE_NOOP("Messages", "choose {dpi} dpi or lower"), dpi=fitting
            )
        else:
            advice = message(QT_TRANSLATE_NOOP("Messages", "export a PDF instead"))
        raise ImageTooLargeError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A {width:,} × {height:,} pixel image ({megapixels:,.0f} megapixels) is too large "
                "to export (at most {limit} megapixels): {advice}.",
            ),
            width=size.width(),
            height=size.height(),
            megapixels=pixels / 1e6,
            limit=MAX_PIXELS // 1_000_000,
            advice=advice,
        )
    return size


def draw_png(scene: MapScene, dpi: float = 150, transparent: bool = False) -> QImage:
    """The picture as an image at `dpi`, with its resolution and title set.

    Below FULL_DETAIL_DPI the map is drawn at that resolution and scaled down: drawn
    directly, its smallest text would be a few pixels tall and the items would draw
    grey bars instead (the canvas's level of detail).
    """
    size = check_png_size(scene, dpi)
    detailed = png_size(scene, FULL_DETAIL_DPI)
    if dpi < FULL_DETAIL_DPI and detailed.width() * detailed.height() <= MAX_PIXELS:
        image = _draw(scene, detailed, transparent).scaled(
            size,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    else:
        image = _draw(scene, size, transparent)
    dots_per_metre = round(dpi / METRES_PER_INCH)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.setText("Software", APPLICATION_NAME)
    return image


def _draw(scene: MapScene, size: QSize, transparent: bool) -> QImage:
    image_format = (
        QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32
    )
    image = QImage(size, image_format)
    if image.isNull():
        raise ImageExportError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Not enough memory for a {width:,} × {height:,} pixel image: "
                "choose a lower resolution.",
            ),
            width=size.width(),
            height=size.height(),
        )
    image.fill(QColor(0, 0, 0, 0) if transparent else QColor("white"))
    painter = QPainter(image)
    try:
        rect = picture_rect(scene)
        paint_region(scene, painter, QRectF(0.0, 0.0, size.width(), size.height()), rect)
    finally:
        painter.end()
    return image


def write_png(
    scene: MapScene,
    path: str | os.PathLike[str],
    dpi: float = 150,
    transparent: bool = False,
    title: str = "",
) -> None:
    image = draw_png(scene, dpi, transparent)
    if title:
        image.setText("Title", title)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise ImageExportError(
            QT_TRANSLATE_NOOP("Messages", "Could not encode the PNG image: {reason}."),
            reason=writer.errorString(),  # Qt's English
        )
    _write(Path(path), bytes(buffer.data().data()))


def render_png(
    journey: JourneyMap,
    path: str | os.PathLike[str],
    dpi: float = 150,
    transparent: bool = False,
    *,
    map_font: MapFont | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    """Write `journey` as a PNG at `dpi` on a white or transparent background."""
    write_png(map_scene(journey, map_font, labels), path, dpi, transparent, journey.title)


# --- SVG ----------------------------------------------------------------------------------


def svg_bytes(scene: MapScene, title: str) -> bytes:
    """The picture as an SVG document: points as its unit, its size in points."""
    rect = picture_rect(scene)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(round(POINTS_PER_INCH))
    generator.setSize(QSize(math.ceil(rect.width()), math.ceil(rect.height())))
    generator.setViewBox(QRectF(0.0, 0.0, rect.width(), rect.height()))
    generator.setTitle(title)
    generator.setDescription(APPLICATION_NAME)
    painter = QPainter()
    if not painter.begin(generator):
        raise ImageExportError(QT_TRANSLATE_NOOP("Messages", "Could not start the SVG drawing."))
    try:
        paint_region(scene, painter, QRectF(0.0, 0.0, rect.width(), rect.height()), rect)
    finally:
        painter.end()
    data = bytes(buffer.data().data())
    # Qt writes the size in whole millimetres' worth of pixels; state it exactly in points.
    exact = f'<svg width="{rect.width():.2f}pt" height="{rect.height():.2f}pt"'.encode()
    return _SVG_SIZE.sub(exact, data, count=1)


def write_svg(scene: MapScene, path: str | os.PathLike[str], title: str) -> None:
    _write(Path(path), svg_bytes(scene, title))


def render_svg(
    journey: JourneyMap,
    path: str | os.PathLike[str],
    *,
    map_font: MapFont | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    """Write `journey` as an SVG (text as text, titled with the map's title)."""
    write_svg(map_scene(journey, map_font, labels), path, journey.title)


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as error:
        raise ImageExportError(
            QT_TRANSLATE_NOOP(
                "Messages", "Could not write {file}: {reason}. Any previous file is unchanged."
            ),
            file=path.name,
            reason=error.strerror or str(error),
        ) from None

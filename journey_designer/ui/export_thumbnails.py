"""The Export dialog's preview: small pictures of the sheets a PDF will have, or of the image.

A sheet's thumbnail is drawn from its page plan (`export.pages`): white paper, grey bars
where the header and footer will print, and the scene's region for that page painted at
the page's scale. At thumbnail size the cards draw no text (the canvas's level of
detail), so even a big map previews quickly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from journey_designer.export.pages import MapPage, MapPlan, Sheet
from journey_designer.layout import LayoutStyle, MapLayout, Rect
from journey_designer.ui.canvas.overview_item import OverviewItem
from journey_designer.ui.canvas.scene import MapScene
from journey_designer.ui.canvas.text_painter import MapTextPainter
from journey_designer.ui.image_export import paint_region, picture_rect, scene_for_layout
from journey_designer.ui.theme import MUTED, tint_text

MAX_THUMBNAILS = 12  # sheets previewed; the rest are counted
MIN_BOX, MAX_BOX = 110, 380  # a thumbnail's longest side, in pixels
SPACING = 10
CAPTION_HEIGHT = 24  # a caption under each thumbnail, with its gap
PADDING = 10  # around the grid
PAPER_EDGE = QColor("#9AA5B1")
BAND_INK = QColor(60, 72, 88, 70)  # the header's and footer's words, greeked
CHECKER_LIGHT, CHECKER_DARK = QColor("#FFFFFF"), QColor("#E4E7EB")
CHECKER = 8  # pixels: the squares that show a transparent background


FULL_PREVIEW_CARDS = 3000  # above this many cards the preview paints them in one item


class OverviewScene(MapScene):
    """The map with every card painted by one OverviewItem, as the canvas paints a map
    zoomed far out: built in milliseconds where 40,000 card items take seconds."""

    def show_layout(self, layout: MapLayout) -> None:
        self.clear()
        self.items_by_id.clear()
        self.plot_items.clear()
        self.layout = layout
        self._add_frame(layout)
        self.addItem(OverviewItem(layout))
        self.setSceneRect(self.map_rect())


def preview_scene(layout: MapLayout, text_painter: MapTextPainter, style: LayoutStyle) -> MapScene:
    """A scene to draw thumbnails from: the full one for a map of ordinary size."""
    if len(layout.cards) <= FULL_PREVIEW_CARDS:
        return scene_for_layout(layout, text_painter, style)
    scene = OverviewScene(text_painter, style)
    scene.show_layout(layout)
    return scene


@dataclass(frozen=True)
class Thumbnail:
    image: QImage
    caption: str


@dataclass(frozen=True)
class GridFit:
    columns: int
    box: int  # each thumbnail's longest side, in pixels


def fit_grid(count: int, sheet: tuple[float, float], room: tuple[int, int]) -> GridFit:
    """The largest thumbnails of `count` sheets of `sheet`'s shape that fit in `room` pixels.

    Thumbnails never shrink below MIN_BOX: beyond that the preview scrolls.
    """
    count = max(1, count)
    longest = max(sheet[0], sheet[1], 1.0)
    share_w, share_h = max(sheet[0], 1.0) / longest, max(sheet[1], 1.0) / longest
    width, height = room
    best = GridFit(1, 0)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        cell_w = (width - (columns - 1) * SPACING) / columns
        cell_h = (height - rows * CAPTION_HEIGHT - (rows - 1) * SPACING) / rows
        box = min(MAX_BOX, int(min(cell_w / share_w, cell_h / share_h)))
        if box > best.box:
            best = GridFit(columns, box)
    if best.box >= MIN_BOX:
        return best
    columns = max(1, int((width + SPACING) // (MIN_BOX * share_w + SPACING)))
    return GridFit(min(columns, count), MIN_BOX)


def sheet_thumbnail(
    scene: MapScene,
    layout: MapLayout,
    plan: MapPlan,
    page: MapPage,
    box: int,
    pixel_ratio: float = 1.0,
) -> QImage:
    """One sheet of `plan`, its longest side `box` pixels (times the screen's pixel ratio)."""
    sheet = plan.sheet
    scale = box * pixel_ratio / max(sheet.width, sheet.height)
    image = QImage(
        QSize(max(1, round(sheet.width * scale)), max(1, round(sheet.height * scale))),
        QImage.Format.Format_RGB32,
    )
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale / pixel_ratio, scale / pixel_ratio)  # in logical pixels
        _paint_bands(painter, sheet)
        painter.save()
        painter.setClipRect(_qrect(page.clip))
        for source, target in page_pieces(layout, page):
            paint_region(scene, painter, target, source)
        painter.restore()
        pen = QPen(PAPER_EDGE, 0)  # cosmetic: one pixel at any scale
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.0, 0.0, sheet.width, sheet.height))
    finally:
        painter.end()
    return image


def page_pieces(layout: MapLayout, page: MapPage) -> list[tuple[QRectF, QRectF]]:
    """(scene rectangle, page rectangle) pairs that make up the page's picture of the map.

    A one-stage page is packed: the lane-header column, then the stage's column beside it.
    """
    ox, oy = page.origin
    s = page.scale
    if page.stages is None:
        region = page.region
        return [(_qrect(region), QRectF(ox, oy, region.width * s, region.height * s))]
    height = page.region.height
    header_width = layout.corner.width
    lane_headers = QRectF(0.0, 0.0, header_width, height)
    pieces = [(lane_headers, QRectF(ox, oy, header_width * s, height * s))]
    x = ox + header_width * s
    headers = {stage.stage_id: stage.header for stage in layout.stages}
    for stage_id in page.stages:
        header = headers.get(stage_id)
        if header is None:
            continue
        source = QRectF(header.x, 0.0, header.width, height)
        pieces.append((source, QRectF(x, oy, header.width * s, height * s)))
        x += header.width * s
    return pieces


def picture_thumbnail(
    scene: MapScene, box: int, transparent: bool, pixel_ratio: float = 1.0
) -> QImage:
    """The PNG or SVG picture, its longest side `box` pixels; squares where it is clear."""
    rect = picture_rect(scene)
    scale = box / max(rect.width(), rect.height(), 1.0)
    size = QSize(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)))
    image = QImage(size * pixel_ratio, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(CHECKER_LIGHT)
    painter = QPainter(image)
    try:
        if transparent:
            for y in range(0, size.height(), CHECKER):
                for x in range((y // CHECKER % 2) * CHECKER, size.width(), 2 * CHECKER):
                    painter.fillRect(x, y, CHECKER, CHECKER, CHECKER_DARK)
        paint_region(scene, painter, QRectF(0.0, 0.0, size.width(), size.height()), rect)
        painter.setPen(QPen(PAPER_EDGE, 0))
        painter.drawRect(QRectF(0.0, 0.0, size.width() - 1, size.height() - 1))
    finally:
        painter.end()
    return image


def _paint_bands(painter: QPainter, sheet: Sheet) -> None:
    """Grey bars where the header (title left, date right) and footer will print."""
    for band in (sheet.header, sheet.footer):
        if band is None:
            continue
        bar = band.height * 0.45
        y = band.y + (band.height - bar) / 2
        left, right = band.width * 0.35, band.width * 0.15
        painter.fillRect(QRectF(band.x, y, left, bar), BAND_INK)
        painter.fillRect(QRectF(band.right - right, y, right, bar), BAND_INK)
    line = QPen(BAND_INK, 0)
    painter.setPen(line)
    if sheet.header is not None:
        bottom = sheet.header.bottom + 2.0
        painter.drawLine(QPointF(sheet.header.x, bottom), QPointF(sheet.header.right, bottom))


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class ThumbnailGrid(QWidget):
    """The preview: up to MAX_THUMBNAILS pictures with captions, then "… and K more"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails: list[Thumbnail] = []
        self.hidden_count = 0
        self._grid = QGridLayout()
        self._grid.setSpacing(SPACING)
        self.more_label = QLabel()
        self.more_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(PADDING, PADDING, PADDING, PADDING)
        column.addLayout(self._grid)
        column.addWidget(self.more_label)
        column.addStretch(1)

    def show_thumbnails(
        self, thumbnails: list[Thumbnail], hidden_count: int, columns: int = 1
    ) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # now: deleteLater waits for the event loop
                widget.deleteLater()
        self.thumbnails, self.hidden_count = thumbnails, hidden_count
        columns = max(1, columns)
        for index, thumbnail in enumerate(thumbnails):
            self._grid.addWidget(_tile(thumbnail), index // columns, index % columns)
        self.more_label.setText(
            self.tr("… and {count} more").format(count=hidden_count) if hidden_count else ""
        )
        self.more_label.setVisible(hidden_count > 0)


def _tile(thumbnail: Thumbnail) -> QWidget:
    tile = QWidget()
    column = QVBoxLayout(tile)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    picture = QLabel()
    picture.setPixmap(QPixmap.fromImage(thumbnail.image))
    picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
    caption = QLabel(thumbnail.caption)
    caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
    tint_text(caption, MUTED)
    column.addWidget(picture)
    column.addWidget(caption)
    return tile

"""Things drawn over the map view in a workshop: labels in a corner (the timer, the stage
number, hints, what a vote did) and the stage spotlight with its lane names.

They are children of the view, not of its viewport (the viewport scrolls its children
along with the map), sit over the viewport's rectangle and let the mouse through.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QGraphicsView, QLabel, QWidget

from journey_designer.layout import MapLayout
from journey_designer.model import JourneyMap, LaneKind
from journey_designer.ui.canvas.palette import lane_accent

MARGIN = 16  # pixels between an overlay and the view's edge
MIN_TEXT, MAX_TEXT = 13, 44  # pixel sizes of text that follows the view's height
DIM = QColor(18, 24, 33, 150)  # over the stages around the one shown
STRIP_FILL = QColor(255, 255, 255, 236)
STRIP_INK = QColor("#243B53")
STRIP_RULE = QColor("#C5CCD3")
Alignment = Qt.AlignmentFlag


def bubble(ink: str, fill: str, padding: str = "4px 14px") -> str:
    """The style of a rounded label: text colour, background, padding."""
    return f"color: {ink}; background: {fill}; border-radius: 8px; padding: {padding};"


class _FollowsViewport(QObject):
    """Calls `place` whenever the view's viewport moves or changes size."""

    def __init__(self, view: QGraphicsView, place: Callable[[], None]) -> None:
        super().__init__(view)
        self._place = place
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._place()
        return False


class ViewportLabel(QLabel):
    """A label floating in one corner (or edge centre) of the map view."""

    def __init__(
        self, view: QGraphicsView, where: Qt.AlignmentFlag, style: str, height_share: float = 0.0
    ) -> None:
        super().__init__(view)
        self.view = view
        self.where = where
        self.height_share = height_share  # text height / view height; 0: a fixed size
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Alignment.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.set_style(style)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self._follower = _FollowsViewport(view, self.place)
        self.hide()

    def set_style(self, style: str) -> None:
        self.setStyleSheet(f"QLabel {{ {style} }}")

    def set_pixel_size(self, pixels: int) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(8, pixels))
        self.setFont(font)
        self.place()

    def show_text(self, text: str, timeout_ms: int = 0) -> None:
        """Show `text`; for `timeout_ms` only, or until hidden when 0."""
        self.setText(text)
        self.place()
        self.show()
        self.raise_()
        if timeout_ms:
            self._hide_timer.start(timeout_ms)
        else:
            self._hide_timer.stop()

    def place(self) -> None:
        area = self.view.viewport().geometry()
        if self.height_share:  # large on a projector, ordinary in the window
            pixels = min(MAX_TEXT, max(MIN_TEXT, int(area.height() * self.height_share)))
            if self.font().pixelSize() != pixels:
                font = QFont(self.font())
                font.setPixelSize(pixels)
                self.setFont(font)
        self.adjustSize()
        size = self.size()
        x = {
            Alignment.AlignLeft: area.left() + MARGIN,
            Alignment.AlignRight: area.right() - MARGIN - size.width(),
        }.get(self.where & Alignment.AlignHorizontal_Mask, area.center().x() - size.width() // 2)
        y = {
            Alignment.AlignTop: area.top() + MARGIN,
            Alignment.AlignBottom: area.bottom() - MARGIN - size.height(),
        }.get(self.where & Alignment.AlignVertical_Mask, area.center().y() - size.height() // 2)
        self.move(QPoint(x, y))


@dataclass(frozen=True)
class LaneBand:
    title: str
    top: float  # scene points
    bottom: float
    accent: QColor


def lane_bands(
    journey: JourneyMap, layout: MapLayout, accents: dict[LaneKind, str]
) -> list[LaneBand]:
    """The lanes as the strip names them: title, scene rows, accent colour."""
    return [
        LaneBand(
            journey.lane(row.lane_id).title,
            row.rect.y,
            row.rect.bottom,
            lane_accent(row.kind, accents),
        )
        for row in layout.lanes
    ]


class StageSpotlight(QWidget):
    """Dims the map outside the stage column shown and names the lanes in a strip on the left
    (their own headers are off screen once the view has moved to a later stage)."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        self.column = QRectF()  # scene rectangle of the stage shown
        self.lanes: list[LaneBand] = []
        self.strip_width = 0
        self.text_pixels = MIN_TEXT
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._follower = _FollowsViewport(view, self.place)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        self.hide()

    def show_stage(
        self, column: QRectF, lanes: list[LaneBand], strip_width: int, text_pixels: int
    ) -> None:
        self.column, self.lanes, self.strip_width = column, lanes, strip_width
        self.text_pixels = text_pixels
        self.place()
        self.show()
        self.update()

    def place(self) -> None:
        self.setGeometry(self.view.viewport().geometry())  # made before the labels: under them

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        viewport = self.view.viewport()
        column = self.view.mapFromScene(self.column).boundingRect()
        full = QRect(0, 0, viewport.width(), viewport.height())
        painter.fillRect(QRect(0, 0, max(0, column.left()), full.height()), DIM)
        painter.fillRect(QRect(column.right() + 1, 0, full.width(), full.height()), DIM)
        if self.strip_width > 0:
            self._paint_strip(painter, full.height())
        painter.end()

    def _paint_strip(self, painter: QPainter, height: int) -> None:
        painter.fillRect(QRect(0, 0, self.strip_width, height), STRIP_FILL)
        font = QFont(self.font())
        font.setPixelSize(self.text_pixels)
        font.setBold(True)
        painter.setFont(font)
        for lane in self.lanes:
            top = self.view.mapFromScene(QPointF(0.0, lane.top)).y()
            bottom = self.view.mapFromScene(QPointF(0.0, lane.bottom)).y()
            if bottom < 0 or top > height:
                continue
            painter.fillRect(QRect(0, top, 6, bottom - top), lane.accent)
            painter.setPen(STRIP_RULE)
            painter.drawLine(0, bottom, self.strip_width, bottom)
            painter.setPen(STRIP_INK)
            shown_top, shown_bottom = max(top, 0), min(bottom, height)
            visible = QRect(14, shown_top, self.strip_width - 20, shown_bottom - shown_top)
            flags = Alignment.AlignVCenter | Alignment.AlignLeft | Qt.TextFlag.TextWordWrap
            painter.drawText(visible, int(flags), lane.title)

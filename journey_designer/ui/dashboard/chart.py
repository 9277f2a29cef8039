"""The dashboard's chart widget: a titled tile that loads its figures from the map and
paints them with QPainter, or one line saying how to get them when the map has none.

Subclasses give `title`, `hint`, `load(journey)`, `has_data()` and
`paint_chart(painter, area)`; the same painting serves the screen and `render_image`
(tests, pictures). Painting helpers for rows of bars, text and whiskers are here too.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from journey_designer.model import JourneyMap

MIN_SIZE = QSize(300, 200)
PADDING = 12.0
TITLE_GAP = 8.0
GAP = 8.0  # between a chart's labels and its bars
Align = Qt.AlignmentFlag
RIGHT = Align.AlignRight | Align.AlignVCenter
CENTRE = Align.AlignCenter
CORNER = 8.0
MAX_ROW_HEIGHT = 30.0
MIN_ROW_HEIGHT = 16.0

TILE = QColor("#FFFFFF")
TILE_BORDER = QColor("#D9DDE3")
TEXT = QColor("#1F2328")
MUTED = QColor("#6B7280")
GRID = QColor("#E5E7EB")
AXIS = QColor("#9CA3AF")
BAR = QColor("#4C78A8")
BAR_LIGHT = QColor("#C9D7E8")
POSITIVE = QColor("#2E8B57")
NEGATIVE = QColor("#D64541")
WHISKER = QColor("#374151")


class Chart(QWidget):
    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels  # the map's words in the UI language (channels, severities)
        self.setMinimumSize(MIN_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- for subclasses ---------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def hint(self) -> str:
        """One line for a map without the figures: where to add them."""
        raise NotImplementedError

    def load(self, journey: JourneyMap) -> None:
        raise NotImplementedError

    def has_data(self) -> bool:
        raise NotImplementedError

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    # --- showing ----------------------------------------------------------------------

    def set_journey(self, journey: JourneyMap) -> None:
        self.load(journey)
        self.setToolTip("" if self.has_data() else self.hint())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint_tile(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def render_image(self, width: int = 520, height: int = 300) -> QImage:
        """The chart painted into an image of the given size (as on screen)."""
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#F3F4F6"))
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            self.paint_tile(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
        return image

    def paint_tile(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tile = rect.adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(QPen(TILE_BORDER, 1.0))
        painter.setBrush(TILE)
        painter.drawRoundedRect(tile, CORNER, CORNER)
        inner = tile.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        title_font = QFont(painter.font())
        title_font.setBold(True)
        title_font.setPointSizeF(painter.font().pointSizeF() * 1.08)
        painter.save()
        painter.setFont(title_font)
        height = QFontMetricsF(title_font).height()
        draw_text(painter, QRectF(inner.left(), inner.top(), inner.width(), height), self.title())
        painter.restore()
        area = inner.adjusted(0, height + TITLE_GAP, 0, 0)
        if area.height() <= 0 or area.width() <= 0:
            return
        painter.save()
        if self.has_data():
            self.paint_chart(painter, area)
        else:
            draw_text(painter, area, self.hint(), Qt.AlignmentFlag.AlignCenter, MUTED, wrap=True)
        painter.restore()


# --- painting helpers ---------------------------------------------------------------------


def small_font(painter: QPainter, share: float = 0.9) -> QFont:
    font = QFont(painter.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * share))
    return font


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    colour: QColor = TEXT,
    wrap: bool = False,
) -> None:
    """`text` in `rect`, cut with "…" when it does not fit on one line."""
    painter.setPen(colour)
    if wrap:
        painter.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), text)
        return
    metrics = QFontMetricsF(painter.font())
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, rect.width()))
    painter.drawText(rect, int(align), shown)


def text_width(painter: QPainter, text: str) -> float:
    return QFontMetricsF(painter.font()).horizontalAdvance(text)


def row_rects(area: QRectF, count: int, footer: bool = False) -> tuple[list[QRectF], int]:
    """Rows of equal height from the top of `area`: as many of `count` as fit (at least
    MIN_ROW_HEIGHT tall), and how many did not fit. `footer` keeps a row free below."""
    free = area.height() - (MAX_ROW_HEIGHT if footer else 0.0)
    fitting = max(0, int(free // MIN_ROW_HEIGHT))
    shown = min(count, fitting)
    if shown < count and shown > 0:
        shown -= 1  # room for "+ N more"
    height = min(MAX_ROW_HEIGHT, free / max(1, shown + (1 if shown < count else 0)))
    rects = [
        QRectF(area.left(), area.top() + i * height, area.width(), height) for i in range(shown)
    ]
    return rects, count - shown


def draw_more(painter: QPainter, area: QRectF, rows: list[QRectF], hidden: int, text: str) -> None:
    """'+ N more' below the last row, when rows did not fit."""
    if hidden <= 0:
        return
    top = rows[-1].bottom() if rows else area.top()
    height = rows[-1].height() if rows else MAX_ROW_HEIGHT
    painter.setFont(small_font(painter))
    draw_text(painter, QRectF(area.left(), top, area.width(), height), text, colour=MUTED)


def draw_whisker(painter: QPainter, y: float, x_low: float, x_high: float, cap: float) -> None:
    """A confidence interval: a line from low to high with a cap at each end."""
    painter.setPen(QPen(WHISKER, 1.4))
    painter.drawLine(QPointF(x_low, y), QPointF(x_high, y))
    painter.drawLine(QPointF(x_low, y - cap), QPointF(x_low, y + cap))
    painter.drawLine(QPointF(x_high, y - cap), QPointF(x_high, y + cap))


def bar_rect(row: QRectF, x_from: float, x_to: float, share: float = 0.62) -> QRectF:
    """A bar between two x positions, `share` of the row's height, centred in it."""
    height = row.height() * share
    left, right = sorted((x_from, x_to))
    return QRectF(left, row.center().y() - height / 2, max(1.0, right - left), height)

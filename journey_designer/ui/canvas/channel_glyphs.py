"""Small vector glyphs for touchpoint channels, one per known channel name, and the marks of
pain points (a warning sign) and opportunities (a light bulb).

Each glyph is a line drawing on a 10 x 10 grid, stroked with round caps: crisp at every zoom
and in every export, and no image files to ship. A channel name the app does not know gets
a plain ring, so a typed-in channel still shows that it is a channel.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

GRID = 10.0
STROKE = 1.1  # in grid units


def _poly(*coordinates: float) -> QPainterPath:
    """An open polyline through (x0, y0, x1, y1, ...)."""
    path = QPainterPath()
    path.moveTo(coordinates[0], coordinates[1])
    for i in range(2, len(coordinates), 2):
        path.lineTo(coordinates[i], coordinates[i + 1])
    return path


def _lines(*segments: tuple[float, float, float, float]) -> QPainterPath:
    path = QPainterPath()
    for x0, y0, x1, y1 in segments:
        path.moveTo(x0, y0)
        path.lineTo(x1, y1)
    return path


def _rounded(x: float, y: float, w: float, h: float, r: float = 1.0) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), r, r)
    return path


def _circle(cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), r, r)
    return path


def _union(*paths: QPainterPath) -> QPainterPath:
    """Paths drawn together (not a boolean union: strokes of each stay visible)."""
    whole = QPainterPath()
    for path in paths:
        whole.addPath(path)
    return whole


def _bubble(x: float, y: float, w: float, h: float) -> QPainterPath:
    return _union(
        _rounded(x, y, w, h, 2.0),
        _poly(x + 2, y + h, x + 1.5, y + h + 2, x + 4, y + h),
    )


def _website() -> QPainterPath:
    return _union(_rounded(0.5, 1.5, 9, 7), _lines((0.5, 3.8, 9.5, 3.8)), _circle(2, 2.7, 0.2))


def _app() -> QPainterPath:
    return _union(_rounded(2.5, 0.5, 5, 9, 1.2), _lines((4.3, 8.0, 5.7, 8.0)))


def _email() -> QPainterPath:
    return _union(_rounded(0.5, 2, 9, 6, 0.8), _poly(0.8, 2.4, 5, 5.6, 9.2, 2.4))


def _sms() -> QPainterPath:
    return _union(_bubble(0.5, 1, 9, 6), _lines((3, 4, 3.1, 4), (5, 4, 5.1, 4), (7, 4, 7.1, 4)))


def _social() -> QPainterPath:
    return _union(
        _circle(2, 5, 1.3),
        _circle(8, 2, 1.3),
        _circle(8, 8, 1.3),
        _lines((3.2, 4.4, 6.8, 2.6), (3.2, 5.6, 6.8, 7.4)),
    )


def _wechat() -> QPainterPath:
    return _union(_bubble(0.5, 1, 6, 4.5), _rounded(4, 4.5, 5.5, 4, 2.0))


def _ads() -> QPainterPath:  # a megaphone
    return _union(
        _poly(1, 4, 6, 1.5, 6, 8.5, 1, 6, 1, 4),
        _lines((2.5, 6.6, 3.2, 9), (8, 3.5, 9.5, 3), (8, 6.5, 9.5, 7)),
    )


def _search() -> QPainterPath:
    return _union(_circle(4, 4, 3), _lines((6.2, 6.2, 9.3, 9.3)))


def _chat() -> QPainterPath:
    return _bubble(0.5, 1, 9, 6)


def _webinar() -> QPainterPath:
    return _union(
        _rounded(0.5, 1, 9, 6.5),
        _poly(4, 2.8, 6.6, 4.25, 4, 5.7, 4, 2.8),
        _lines((3, 9.3, 7, 9.3)),
    )


def _video_call() -> QPainterPath:
    return _union(
        _rounded(0.5, 2.5, 6, 5),
        _poly(6.5, 4.2, 9.5, 2.8, 9.5, 7.2, 6.5, 5.8),
    )


def _marketplace() -> QPainterPath:  # a shopping cart
    return _union(
        _poly(0.5, 1, 2, 1, 3.2, 6.5, 8.5, 6.5, 9.5, 2.8, 2.5, 2.8),
        _circle(3.8, 8.6, 0.8),
        _circle(7.8, 8.6, 0.8),
    )


def _review_site() -> QPainterPath:  # a five-pointed star
    path = QPainterPath()
    for i in range(11):
        radius = 4.6 if i % 2 == 0 else 1.9
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(5 + radius * math.cos(angle), 5.3 + radius * math.sin(angle))
        path.moveTo(point) if i == 0 else path.lineTo(point)
    return path


def _support_portal() -> QPainterPath:  # a lifebuoy
    return _union(
        _circle(5, 5, 4.3),
        _circle(5, 5, 1.9),
        _lines((2, 2, 3.6, 3.6), (8, 2, 6.4, 3.6), (2, 8, 3.6, 6.4), (8, 8, 6.4, 6.4)),
    )


def _phone() -> QPainterPath:  # a handset
    path = QPainterPath()
    path.moveTo(2.2, 0.8)
    path.lineTo(3.8, 3.2)
    path.lineTo(2.8, 4.4)
    path.cubicTo(3.6, 6.0, 4.2, 6.6, 5.6, 7.2)
    path.lineTo(6.8, 6.2)
    path.lineTo(9.2, 7.8)
    path.lineTo(8.2, 9.3)
    path.cubicTo(4.0, 9.3, 0.7, 6.0, 0.7, 1.8)
    path.closeSubpath()
    return path


def _store() -> QPainterPath:
    return _union(
        _poly(0.5, 3.5, 1.8, 0.8, 8.2, 0.8, 9.5, 3.5, 0.5, 3.5),
        _poly(1.3, 3.5, 1.3, 9.2, 8.7, 9.2, 8.7, 3.5),
        _rounded(4, 5.8, 2, 3.4, 0.3),
    )


def _event() -> QPainterPath:  # a calendar page
    return _union(
        _rounded(0.8, 1.8, 8.4, 7.6),
        _lines(
            (0.8, 4, 9.2, 4),
            (3, 0.6, 3, 2.8),
            (7, 0.6, 7, 2.8),
            (3, 6.3, 3.1, 6.3),
            (5, 6.3, 5.1, 6.3),
            (7, 6.3, 7.1, 6.3),
        ),
    )


def _call_centre() -> QPainterPath:  # a headset
    arc = QPainterPath()
    arc.arcMoveTo(QRectF(1.2, 1, 7.6, 7.6), 180)
    arc.arcTo(QRectF(1.2, 1, 7.6, 7.6), 180, -180)
    return _union(
        arc,
        _rounded(0.6, 4.6, 2, 3, 0.6),
        _rounded(7.4, 4.6, 2, 3, 0.6),
        _poly(8.4, 7.6, 8.4, 8.8, 5.5, 9.2),
    )


def _service_desk() -> QPainterPath:  # a desk bell
    dome = QPainterPath()
    dome.moveTo(1.5, 7.2)
    dome.cubicTo(1.5, 2.2, 8.5, 2.2, 8.5, 7.2)
    return _union(dome, _lines((0.5, 7.6, 9.5, 7.6), (5, 2.6, 5, 1.6), (4, 1.4, 6, 1.4)))


def _sales_rep() -> QPainterPath:  # a person
    shoulders = QPainterPath()
    shoulders.moveTo(1, 9.5)
    shoulders.cubicTo(1, 5.2, 9, 5.2, 9, 9.5)
    return _union(_circle(5, 3, 2.2), shoulders)


def _mail() -> QPainterPath:  # a letter with a stamp
    return _union(_email(), _rounded(6.8, 2.6, 1.8, 1.8, 0.2))


def _print() -> QPainterPath:  # a page with a folded corner
    return _union(
        _poly(2, 0.5, 6.5, 0.5, 8.5, 2.5, 8.5, 9.5, 2, 9.5, 2, 0.5),
        _poly(6.5, 0.5, 6.5, 2.5, 8.5, 2.5),
        _lines((3.5, 4.5, 7, 4.5), (3.5, 6.2, 7, 6.2), (3.5, 7.9, 6, 7.9)),
    )


def _partner() -> QPainterPath:  # two linked rings
    return _union(_circle(3.6, 5, 2.8), _circle(6.4, 5, 2.8))


def _unknown() -> QPainterPath:
    return _union(_circle(5, 5, 4), _circle(5, 5, 0.6))


def warning_sign() -> QPainterPath:
    return _union(
        _poly(5, 0.6, 9.6, 9, 0.4, 9, 5, 0.6),
        _lines((5, 3.6, 5, 6), (5, 7.4, 5, 7.5)),
    )


def light_bulb() -> QPainterPath:
    bulb = QPainterPath()
    bulb.moveTo(3.6, 6.6)
    bulb.cubicTo(0.6, 4.6, 2, 0.4, 5, 0.4)
    bulb.cubicTo(8, 0.4, 9.4, 4.6, 6.4, 6.6)
    return _union(
        bulb,
        _lines((3.6, 6.6, 3.6, 7.6), (6.4, 6.6, 6.4, 7.6), (3.6, 7.6, 6.4, 7.6), (4, 9.2, 6, 9.2)),
    )


CHANNEL_GLYPHS: dict[str, Callable[[], QPainterPath]] = {
    "website": _website,
    "app": _app,
    "email": _email,
    "sms": _sms,
    "social": _social,
    "wechat": _wechat,
    "ads": _ads,
    "search": _search,
    "chat": _chat,
    "webinar": _webinar,
    "video_call": _video_call,
    "marketplace": _marketplace,
    "review_site": _review_site,
    "support_portal": _support_portal,
    "phone": _phone,
    "store": _store,
    "event": _event,
    "call_centre": _call_centre,
    "service_desk": _service_desk,
    "sales_rep": _sales_rep,
    "mail": _mail,
    "print": _print,
    "partner": _partner,
}


@cache
def channel_glyph(name: str) -> QPainterPath:
    """The glyph of a channel name on the 10 x 10 grid; a ring for a name not known."""
    return CHANNEL_GLYPHS.get(name.strip().lower(), _unknown)()


def draw_glyph(painter: QPainter, glyph: QPainterPath, rect: QRectF, colour: QColor) -> None:
    """Stroke `glyph` scaled into the square `rect`."""
    painter.save()
    painter.translate(rect.topLeft())
    scale = min(rect.width(), rect.height()) / GRID
    painter.scale(scale, scale)
    pen = QPen(colour, STROKE)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.drawPath(glyph)
    painter.restore()

"""Dragging headers: resize a stage by its right edge, reorder stages and lanes.

The header items hand their mouse events to the scene's `HeaderHandler` (the window's
structure editing, registered with `set_header_handler`). A press starts one of the
interactions here; it previews the drag with an overlay and hands the result to a
callback on release, which makes the edit (one undo step). Headers are rebuilt after
every edit, so an interaction keeps geometry, never a header item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication, QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journey_designer.layout import LaneRow, StageColumn, TextLine
from journey_designer.model.structure_ops import snap_width
from journey_designer.ui.canvas.map_item import MapItem, level_of_detail
from journey_designer.ui.canvas.palette import SELECTION
from journey_designer.ui.canvas.text_painter import MapTextPainter

OVERLAY_Z = 100.0  # above cards, plots and headers
GUIDE_PIXELS = 3.0
GHOST_FILL = QColor(26, 115, 232, 46)  # over the header being resized: it shows through
CARRIED_FILL = QColor(232, 240, 254, 230)  # a header being carried: its title reads clearly
PILL_TEXT_SIZE = 9.0


class DragInteraction(Protocol):
    """One press-drag-release gesture on the canvas."""

    def move(self, event: QGraphicsSceneMouseEvent) -> None: ...

    def finish(self, event: QGraphicsSceneMouseEvent) -> None: ...

    def cancel(self) -> None: ...


class HeaderHandler(Protocol):
    def header_pressed(
        self, item: MapItem, event: QGraphicsSceneMouseEvent
    ) -> DragInteraction | None: ...

    def header_double_clicked(self, item: MapItem) -> None: ...

    def header_context_menu(self, item: MapItem, screen_pos: QPoint) -> None: ...

    def header_cursor(self, item: MapItem, scene_pos: QPointF) -> Qt.CursorShape | None: ...


_handlers: WeakKeyDictionary[QGraphicsScene, HeaderHandler] = WeakKeyDictionary()


def set_header_handler(scene: QGraphicsScene, handler: HeaderHandler) -> None:
    _handlers[scene] = handler


def header_handler(scene: QGraphicsScene | None) -> HeaderHandler | None:
    return _handlers.get(scene) if scene is not None else None


def passed_drag_distance(event: QGraphicsSceneMouseEvent) -> bool:
    """Has the pointer moved far enough from the press for a drag (not a click)?"""
    moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
    return moved.manhattanLength() >= QApplication.startDragDistance()


class DragOverlay(QGraphicsItem):
    """What a drag shows above the map: a ghost of the header (with its title), a guide
    line and a short text."""

    def __init__(self, text_painter: MapTextPainter, ghost_lines: Sequence[TextLine] = ()) -> None:
        super().__init__()
        self.text_painter = text_painter
        self.ghost_lines = tuple(ghost_lines)  # where they are before the drag
        self.ghost_offset = QPointF()
        self.ghost = QRectF()
        self.guide = QLineF()
        self.text = ""
        self.setZValue(OVERLAY_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_shapes(
        self, ghost: QRectF, guide: QLineF, text: str = "", offset: QPointF | None = None
    ) -> None:
        self.prepareGeometryChange()
        self.ghost, self.guide, self.text = ghost, guide, text
        self.ghost_offset = offset or QPointF()
        self.update()

    def boundingRect(self) -> QRectF:
        line = QRectF(self.guide.p1(), self.guide.p2()).normalized()
        return self.ghost.united(line).adjusted(-40.0, -20.0, 40.0, 20.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        outline = QPen(SELECTION, 1.0, Qt.PenStyle.DashLine)
        outline.setCosmetic(True)
        painter.setPen(outline)
        painter.setBrush(CARRIED_FILL if self.ghost_lines else GHOST_FILL)
        painter.drawRect(self.ghost)
        if self.ghost_lines:
            painter.save()
            painter.translate(self.ghost_offset)
            self.text_painter.draw_lines(
                painter, self.ghost_lines, level_of_detail(painter, option)
            )
            painter.restore()
        guide = QPen(SELECTION, GUIDE_PIXELS)
        guide.setCosmetic(True)
        painter.setPen(guide)
        painter.drawLine(self.guide)
        if self.text:
            self._paint_pill(painter, level_of_detail(painter, option))

    def _paint_pill(self, painter: QPainter, lod: float) -> None:
        """The text on a blue pill at the guide's top: "260 pt" while resizing."""
        size = PILL_TEXT_SIZE / max(lod, 0.05)  # the same size on screen at every zoom
        width = self.text_painter.measurer.advance(self.text) * size + size
        centre = QPointF(self.guide.x1(), self.guide.y1() + size)
        pill = QRectF(centre.x() - width / 2, centre.y() - size * 0.8, width, size * 1.6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SELECTION)
        painter.drawRoundedRect(pill, size * 0.8, size * 0.8)
        self.text_painter.draw_centred(painter, self.text, centre, size, QColor("#FFFFFF"))


class StageResize:
    """Drag a stage's right edge: the new width snaps to 10 pt and shows as you drag."""

    def __init__(
        self,
        scene: QGraphicsScene,
        text_painter: MapTextPainter,
        column: StageColumn,
        map_height: float,
        on_done: Callable[[float], None],
    ) -> None:
        self._scene = scene
        self._column = column
        self._map_height = map_height
        self._on_done = on_done
        self.width = column.header.width
        self._overlay = DragOverlay(text_painter)
        scene.addItem(self._overlay)
        self._show()

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pressed = event.buttonDownScenePos(Qt.MouseButton.LeftButton)
        self.width = snap_width(self._column.header.width + event.scenePos().x() - pressed.x())
        self._show()

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.move(event)
        self.cancel()
        if self.width != self._column.header.width:
            self._on_done(self.width)

    def cancel(self) -> None:
        if self._overlay.scene() is self._scene:
            self._scene.removeItem(self._overlay)

    def _show(self) -> None:
        header = self._column.header
        right = header.x + self.width
        text = QCoreApplication.translate("StructureEditing", "{width} pt").format(
            width=f"{self.width:g}"
        )
        self._overlay.set_shapes(
            QRectF(header.x, header.y, self.width, header.height),
            QLineF(right, 0.0, right, self._map_height),
            text,
        )


@dataclass(frozen=True)
class Slot:
    """A header's extent along the drag: x for stages, y for lanes."""

    model_id: str
    start: float
    end: float


class HeaderReorder:
    """Drag a stage or lane header to another place; a guide shows where it will go."""

    def __init__(
        self,
        scene: QGraphicsScene,
        text_painter: MapTextPainter,
        moving: MapItem,
        slots: Sequence[Slot],
        across: float,
        on_done: Callable[[str | None], None],
    ) -> None:
        self._scene = scene
        self._horizontal = moving.kind == "stage"
        self._ghost = moving.mapRectToScene(moving.local_rect)
        self._slots = list(slots)
        self._across = across  # the map's height for stages, its width for lanes
        self._on_done = on_done
        self._overlay = DragOverlay(text_painter, _title_lines(moving))
        self.active = False

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.active:
            if not passed_drag_distance(event):
                return
            self.active = True
            self._scene.addItem(self._overlay)
        pressed = event.buttonDownScenePos(Qt.MouseButton.LeftButton)
        delta = event.scenePos() - pressed
        along = self._along(event.scenePos())
        if self._horizontal:
            offset = QPointF(delta.x(), 0.0)
            x = self._boundary(along)
            guide = QLineF(x, 0.0, x, self._across)
        else:
            offset = QPointF(0.0, delta.y())
            y = self._boundary(along)
            guide = QLineF(0.0, y, self._across, y)
        self._overlay.set_shapes(self._ghost.translated(offset), guide, offset=offset)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.active:
            return
        self.cancel()
        self._on_done(self.before_at(self._along(event.scenePos())))

    def cancel(self) -> None:
        if self._overlay.scene() is self._scene:
            self._scene.removeItem(self._overlay)

    def before_at(self, along: float) -> str | None:
        """The header the dragged one goes before (None: after the last)."""
        for slot in self._slots:
            if along < (slot.start + slot.end) / 2:
                return slot.model_id
        return None

    def _boundary(self, along: float) -> float:
        before = self.before_at(along)
        for slot in self._slots:
            if slot.model_id == before:
                return slot.start
        return self._slots[-1].end if self._slots else 0.0

    def _along(self, point: QPointF) -> float:
        return point.x() if self._horizontal else point.y()


def _title_lines(header: MapItem) -> tuple[TextLine, ...]:
    """The text a stage or lane header shows, for its ghost while dragging."""
    column = getattr(header, "column", None)
    if isinstance(column, StageColumn):
        return column.lines
    row = getattr(header, "row", None)
    return row.lines if isinstance(row, LaneRow) else ()

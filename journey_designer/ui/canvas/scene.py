"""The map scene: items built from the layout, and a dict from model id to item.

Scene units are points, as in the layout. The dict lets the editor update only the items
whose model objects changed: change event -> layout -> `item_for(id).set_box()`.

Features add to it without owning it: overlay items (drop indicator, the in-place card
editor) that outlive every redraw, mouse handlers asked before the default handling, and
the cells (lane x stage) under a point.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from journey_designer.layout import LayoutStyle, MapLayout
from journey_designer.ui.canvas.background_item import MapBackgroundItem
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.canvas.emotion_item import EmotionPlotItem
from journey_designer.ui.canvas.header_items import LaneHeaderItem, StageHeaderItem
from journey_designer.ui.canvas.map_item import MapItem
from journey_designer.ui.canvas.marketing_items import ConnectorsItem, FunnelBandItem
from journey_designer.ui.canvas.overview_item import OverviewItem
from journey_designer.ui.canvas.palette import lane_accent
from journey_designer.ui.canvas.text_painter import MapTextPainter

_Item = TypeVar("_Item", bound=MapItem)
SCENE_MARGIN = 48.0  # points of canvas around the map, so its edges can scroll into the middle

Cell = tuple[str, str]  # lane_id, stage_id
# A mouse handler gets the scene's mouse events first; True means it took the event.
MouseHandler = Callable[[str, QGraphicsSceneMouseEvent], bool]


class MapScene(QGraphicsScene):
    def __init__(
        self, text_painter: MapTextPainter, style: LayoutStyle, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.text_painter = text_painter
        self.layout_style = style
        self.layout: MapLayout | None = None
        self.items_by_id: dict[str, MapItem] = {}
        self.plot_items: dict[str, EmotionPlotItem] = {}  # by lane id
        self._frame_items: list[QGraphicsItem] = []
        self._overview: OverviewItem | None = None
        self._overview_on = False
        self._overlays: list[QGraphicsItem] = []
        self.mouse_handlers: list[MouseHandler] = []

    def show_layout(self, layout: MapLayout) -> None:
        """Replace every item with those of `layout` (overlays stay)."""
        self.clearSelection()
        self.items_by_id.clear()
        self.plot_items.clear()
        # An item typing loses the keyboard first (and may end its edit) before any removal.
        self.setFocusItem(None)  # type: ignore[arg-type]  # None clears the focus item
        overlays = list(self._overlays)
        for overlay in overlays:  # clear() would delete them
            self.removeItem(overlay)
        self.clear()
        for overlay in overlays:
            self.addItem(overlay)
        self.layout = layout
        self._add_frame(layout)
        for box in layout.cards:
            self._add(CardItem(box, self.text_painter)).setVisible(not self._overview_on)
        self._overview = OverviewItem(layout)
        self._overview.setVisible(self._overview_on)
        self.addItem(self._overview)
        self.setSceneRect(
            self.map_rect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        )

    def _add_frame(self, layout: MapLayout) -> None:
        """The background, stage and lane headers, the funnel band, emotion plots and the
        rules' connectors (kept in `_frame_items`)."""
        background = MapBackgroundItem(layout)
        self.addItem(background)
        frame: list[QGraphicsItem] = [background]
        for column in layout.stages:
            frame.append(self._add(StageHeaderItem(column, self.text_painter)))
        lane_rects = {row.lane_id: row.rect for row in layout.lanes}
        for row in layout.lanes:
            accent = lane_accent(row.kind, self.layout_style.card_accents)
            frame.append(self._add(LaneHeaderItem(row, accent, self.text_painter)))
        for plot in layout.plots:
            item = EmotionPlotItem(
                plot, lane_rects[plot.lane_id], self.text_painter, self.layout_style.point_radius
            )
            self.plot_items[plot.lane_id] = item
            self.addItem(item)
            frame.append(item)
        extras: list[QGraphicsItem] = []
        if layout.funnel is not None:
            extras.append(FunnelBandItem(layout.funnel, self.text_painter))
        if layout.connectors:
            extras.append(ConnectorsItem(layout.connectors))
        for extra in extras:
            self.addItem(extra)
        self._frame_items = frame + extras

    def set_overview(self, on: bool) -> None:
        """Zoomed far out, one item paints every card (see OverviewItem); the cards hide."""
        if on == self._overview_on:
            return
        self._overview_on = on
        for item in self.card_items():
            item.setVisible(not on)
        if self._overview is not None:
            self._overview.setVisible(on)

    def update_layout(self, layout: MapLayout) -> None:
        """Show a new layout of the same map after an edit, touching only what changed.

        Card items are kept (with their selection) and moved or repainted only when their
        box changed; cards that went away are removed and new ones added. Headers, the
        background, the funnel band, the emotion plots and the connectors are few, so they
        are rebuilt.
        """
        if self.layout is None:
            self.show_layout(layout)
            return
        selected = {item.model_id for item in self.selected_map_items()}
        self.layout = layout
        self._rebuild_frame(layout, selected)
        old_cards = {item.model_id: item for item in self.card_items()}
        for box in layout.cards:
            item = old_cards.pop(box.card_id, None)
            if item is None:
                self._add(CardItem(box, self.text_painter)).setVisible(not self._overview_on)
            elif item.box is not box and item.box != box:  # the cache reuses unchanged boxes
                item.set_box(box)
        self._remove_cards(old_cards)
        if self._overview is not None:
            self._overview.set_layout(layout)
        self.setSceneRect(
            self.map_rect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        )

    def _remove_cards(self, gone: dict[str, CardItem]) -> None:
        """Remove the items of deleted cards, with one selection-changed signal for all.

        Removing a selected item says "selection changed" each time: 4,000 deleted cards
        would make every listener look at the selection 4,000 times.
        """
        was_selected = any(item.isSelected() for item in gone.values())
        self.blockSignals(True)
        try:
            for card_id, item in gone.items():
                del self.items_by_id[card_id]
                self.removeItem(item)
        finally:
            self.blockSignals(False)
        if was_selected:
            self.selectionChanged.emit()

    def _rebuild_frame(self, layout: MapLayout, selected: set[str]) -> None:
        """Replace the background, headers, funnel band, emotion plots and connectors."""
        for old in self._frame_items:  # not self.items(): that would wrap every card
            if isinstance(old, MapItem):
                self.items_by_id.pop(old.model_id, None)
            self.removeItem(old)
        self.plot_items.clear()
        self._add_frame(layout)
        for model_id in selected:
            header = self.items_by_id.get(model_id)
            if header is not None:
                header.setSelected(True)

    def _add(self, item: _Item) -> _Item:
        self.items_by_id[item.model_id] = item
        self.addItem(item)
        return item

    def add_overlay(self, item: QGraphicsItem) -> None:
        """Add an item that is not drawn from the layout and outlives every redraw."""
        if item not in self._overlays:
            self._overlays.append(item)
            self.addItem(item)

    def remove_overlay(self, item: QGraphicsItem) -> None:
        if item in self._overlays:
            self._overlays.remove(item)  # first: removing a focused item can call back here
            if item.scene() is self:
                self.removeItem(item)

    def map_rect(self) -> QRectF:
        """The map itself, without the margin around it."""
        if self.layout is None:
            return QRectF()
        return QRectF(0.0, 0.0, self.layout.width, self.layout.height)

    def item_for(self, model_id: str) -> MapItem | None:
        return self.items_by_id.get(model_id)

    def card_item(self, card_id: str) -> CardItem | None:
        item = self.items_by_id.get(card_id)
        return item if isinstance(item, CardItem) else None

    def card_items(self) -> list[CardItem]:
        return [item for item in self.items_by_id.values() if isinstance(item, CardItem)]

    def selected_map_items(self) -> list[MapItem]:
        return [item for item in self.selectedItems() if isinstance(item, MapItem)]

    def selected_card_ids(self) -> list[str]:
        return [item.model_id for item in self.selectedItems() if isinstance(item, CardItem)]

    # --- cells ------------------------------------------------------------------------

    def card_at(self, point: QPointF) -> CardItem | None:
        for item in self.items(point):
            if isinstance(item, CardItem):
                return item
        return None

    def cell_at(self, point: QPointF) -> Cell | None:
        """The card cell (lane x stage) under `point`; None over headers and emotion lanes."""
        if self.layout is None:
            return None
        x, y = point.x(), point.y()
        stage = next((s for s in self.layout.stages if s.column.contains(x, y)), None)
        lane = next((row for row in self.layout.lanes if row.rect.contains(x, y)), None)
        if stage is None or lane is None or lane.lane_id in self.plot_items:
            return None
        return lane.lane_id, stage.stage_id

    def cell_rect(self, cell: Cell) -> QRectF:
        """The cell's rectangle in scene points (empty if the layout lacks it)."""
        if self.layout is None:
            return QRectF()
        lane = next((row for row in self.layout.lanes if row.lane_id == cell[0]), None)
        stage = next((s for s in self.layout.stages if s.stage_id == cell[1]), None)
        if lane is None or stage is None:
            return QRectF()
        return QRectF(stage.column.x, lane.rect.y, stage.column.width, lane.rect.height)

    # --- mouse: the features' handlers first ------------------------------------------

    def _offer(self, kind: str, event: QGraphicsSceneMouseEvent) -> bool:
        return any(handler(kind, event) for handler in list(self.mouse_handlers))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._offer("press", event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._offer("move", event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._offer("release", event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self._offer("double_click", event):
            super().mouseDoubleClickEvent(event)

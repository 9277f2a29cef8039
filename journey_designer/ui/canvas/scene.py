"""The map scene: items built from the layout, and a dict from model id to item.

Scene units are points, as in the layout. The dict lets the editor (next issue) update only
the items whose model objects changed: change event -> layout -> `item_for(id).set_box()`.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journey_designer.layout import LayoutStyle, MapLayout
from journey_designer.ui.canvas.background_item import MapBackgroundItem
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.canvas.emotion_item import EmotionPlotItem
from journey_designer.ui.canvas.header_items import LaneHeaderItem, StageHeaderItem
from journey_designer.ui.canvas.map_item import MapItem
from journey_designer.ui.canvas.palette import lane_accent
from journey_designer.ui.canvas.text_painter import MapTextPainter

_Item = TypeVar("_Item", bound=MapItem)
SCENE_MARGIN = 48.0  # points of canvas around the map, so its edges can scroll into the middle


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

    def show_layout(self, layout: MapLayout) -> None:
        """Replace every item with those of `layout`."""
        self.clearSelection()
        self.items_by_id.clear()
        self.plot_items.clear()
        self.clear()
        self.layout = layout
        self._add_frame(layout)
        for box in layout.cards:
            self._add(CardItem(box, self.text_painter))
        self.setSceneRect(
            self.map_rect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        )

    def _add_frame(self, layout: MapLayout) -> None:
        """The background, stage and lane headers and emotion plots (kept in `_frame_items`)."""
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
        self._frame_items = frame

    def update_layout(self, layout: MapLayout) -> None:
        """Show a new layout of the same map after an edit, touching only what changed.

        Card items are kept (with their selection) and moved or repainted only when their
        box changed; cards that went away are removed and new ones added. Headers, the
        background and the emotion plots are few, so they are rebuilt.
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
                self._add(CardItem(box, self.text_painter))
            elif item.box is not box and item.box != box:  # the cache reuses unchanged boxes
                item.set_box(box)
        for card_id, item in old_cards.items():
            del self.items_by_id[card_id]
            self.removeItem(item)
        self.setSceneRect(
            self.map_rect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        )

    def _rebuild_frame(self, layout: MapLayout, selected: set[str]) -> None:
        """Replace the background, stage and lane headers and emotion plots."""
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

    def map_rect(self) -> QRectF:
        """The map itself, without the margin around it."""
        if self.layout is None:
            return QRectF()
        return QRectF(0.0, 0.0, self.layout.width, self.layout.height)

    def item_for(self, model_id: str) -> MapItem | None:
        return self.items_by_id.get(model_id)

    def card_items(self) -> list[CardItem]:
        return [item for item in self.items_by_id.values() if isinstance(item, CardItem)]

    def selected_map_items(self) -> list[MapItem]:
        return [item for item in self.selectedItems() if isinstance(item, MapItem)]

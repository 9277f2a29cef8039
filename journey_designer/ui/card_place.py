"""Where the keyboard is on the map: a selected card, or a cell (outlined while empty).

The place follows the selection (a click, a rubber band) and the keys (arrows, Tab);
Ctrl+N, Enter and paste act there. It is kept apart from the map: a place whose lane or
stage goes away is forgotten.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGraphicsView

from journey_designer.model import JourneyMap
from journey_designer.model.card_ops import ordered_cards
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.canvas.card_navigation import CardGrid, Place, Step
from journey_designer.ui.canvas.cell_items import CellCursorItem
from journey_designer.ui.canvas.scene import MapScene

VISIBLE_MARGIN = 40  # view pixels kept around a card the keyboard moves to


class KeyboardPlace:
    def __init__(
        self,
        scene: MapScene,
        view: QGraphicsView,
        journey: Callable[[], JourneyMap],
        is_typing: Callable[[], bool],
    ) -> None:
        self.scene, self.view = scene, view
        self._journey = journey
        self._is_typing = is_typing
        self.place: Place | None = None
        self.cell_cursor = CellCursorItem()
        scene.add_overlay(self.cell_cursor)

    def set(self, place: Place | None) -> None:
        self.place = place
        self.show()

    def current(self) -> Place | None:
        """The selected card the keyboard is on, else the first selected, else its cell."""
        selected = self.scene.selected_card_ids()
        place = self.place
        if place is not None and place.card_id is not None and place.card_id in selected:
            return place
        if selected:
            first = ordered_cards(self._journey(), selected)[0]
            return Place((first.lane_id, first.stage_id), first.id)
        return place if place is not None and place.card_id is None else None

    def position_after(self, place: Place) -> int | None:
        """Right after the place's card in its cell; None (the end) for an empty place."""
        if place.card_id is None:
            return None
        cell_ids = [card.id for card in self._journey().cell_cards(*place.cell)]
        return cell_ids.index(place.card_id) + 1

    def step(self, step: Step) -> None:
        target = CardGrid(self._journey()).step(self.current(), step)
        if target is not None:
            self.go_to(target)

    def go_to(self, place: Place) -> None:
        """Select the place's card (or nothing, on an empty cell) and show it."""
        self.select_cards([place.card_id] if place.card_id else [])
        self.set(place)
        item = self.scene.card_item(place.card_id) if place.card_id else None
        rect = item.sceneBoundingRect() if item else self.scene.cell_rect(place.cell)
        self.view.ensureVisible(rect, VISIBLE_MARGIN, VISIBLE_MARGIN)

    def select_cards(self, card_ids: list[str]) -> None:
        """Select exactly these cards, with one selection-changed signal for all of them."""
        self.scene.blockSignals(True)
        try:
            self.scene.clearSelection()
            for card_id in card_ids:
                item = self.scene.card_item(card_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self.scene.blockSignals(False)
        self.scene.selectionChanged.emit()
        first = self.scene.card_item(card_ids[0]) if card_ids else None
        if first is not None:
            self.view.ensureVisible(first.sceneBoundingRect(), VISIBLE_MARGIN, VISIBLE_MARGIN)

    def follow_selection(self, selected: list[CardItem]) -> None:
        """One card selected: the keyboard is on it; none: on the cell it was in."""
        place = self.place
        if len(selected) == 1 and (place is None or place.card_id != selected[0].card_id):
            box = selected[0].box  # not the map: a redraw may be removing deleted cards
            self.place = Place((box.lane_id, box.stage_id), box.card_id)
        elif not selected and place is not None and place.card_id is not None:
            self.place = Place(place.cell)
        self.show()

    def follow_map(self) -> None:
        """After an edit: forget a cell whose lane or stage is gone, outline it anew."""
        if self.place is not None:
            journey = self._journey()
            lane_id, stage_id = self.place.cell
            lanes = {lane.id for lane in journey.lanes if lane.visible}
            if lane_id not in lanes or stage_id not in {s.id for s in journey.stages}:
                self.place = None
        self.show()

    def show(self) -> None:
        """Outline the keyboard's cell while no card is selected (Ctrl+N and paste go there)."""
        place = self.place
        busy = self._is_typing() or bool(self.scene.selected_card_ids())
        if place is None or place.card_id is not None or busy:
            self.cell_cursor.hide()
        else:
            self.cell_cursor.show_at(self.scene.cell_rect(place.cell))

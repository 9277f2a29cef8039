"""Zoomed far out, one overview item paints every card and the card items hide."""

from __future__ import annotations

from journey_designer.model import Card
from journey_designer.model import operations as ops
from journey_designer.ui.canvas.overview_item import OVERVIEW_ZOOM, OverviewItem
from journey_designer.ui.main_window import MainWindow


def overview(window: MainWindow) -> OverviewItem:
    items = [i for i in window.scene.items() if isinstance(i, OverviewItem)]
    assert len(items) == 1
    return items[0]


def test_far_zoom_switches_to_the_overview_and_back(window: MainWindow) -> None:
    cards = window.scene.card_items()
    window.view.set_zoom(OVERVIEW_ZOOM / 2)
    assert overview(window).isVisible() and not any(c.isVisible() for c in cards)
    window.view.viewport().grab()  # paints the overview without error
    window.view.set_zoom(1.0)
    assert not overview(window).isVisible() and all(c.isVisible() for c in cards)


def test_cards_added_while_zoomed_out_stay_hidden_until_zoomed_in(window: MainWindow) -> None:
    window.view.set_zoom(OVERVIEW_ZOOM / 2)
    journey = window.document.journey
    first = journey.cards[0]
    card = Card(id="c-far", lane_id=first.lane_id, stage_id=first.stage_id, title="远")
    window.editor.apply(ops.add_card(journey, card), "Add")
    item = window.scene.item_for("c-far")
    assert item is not None and not item.isVisible()
    saved_transform = window.view.transform()
    window.view.set_zoom(1.0)
    assert item.isVisible()
    window.view.setTransform(saved_transform)  # a restored transform switches too
    assert not item.isVisible() and overview(window).isVisible()

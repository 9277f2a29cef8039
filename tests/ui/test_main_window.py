"""The main window on the sample map: what is in the scene, the title, the status bar."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.canvas.emotion_item import EmotionPlotItem
from journey_designer.ui.canvas.header_items import LaneHeaderItem, StageHeaderItem
from journey_designer.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]

CJK = re.compile(r"[\u4e00-\u9fff]")


def items_of(window: MainWindow, kind: type) -> list:
    return [item for item in window.scene.items() if isinstance(item, kind)]


def test_opens_on_the_sample_map_with_every_card_stage_and_lane(window: MainWindow) -> None:
    journey = window.document.journey
    assert journey.cards and journey.stages
    cards = items_of(window, CardItem)
    assert sorted(item.card_id for item in cards) == sorted(card.id for card in journey.cards)
    assert len(items_of(window, StageHeaderItem)) == len(journey.stages)
    visible_lanes = [lane for lane in journey.lanes if lane.visible]
    assert len(items_of(window, LaneHeaderItem)) == len(visible_lanes)
    assert items_of(window, EmotionPlotItem)
    # The id -> item dict the editor will use to update items.
    first = journey.cards[0]
    assert window.scene.item_for(first.id) is not None
    assert window.scene.item_for(first.id).model_id == first.id  # type: ignore[union-attr]


def test_the_sample_map_is_untitled_and_unmodified(window: MainWindow) -> None:
    assert window.document.path is None
    assert not window.document.modified and not window.isWindowModified()
    assert window.windowTitle().startswith("Untitled[*]")


def test_chinese_ui_shows_the_chinese_sample_map(make_window: WindowFactory) -> None:
    window = make_window("zh")
    assert window.document.journey.language == "zh"
    lines = [line.text for item in items_of(window, CardItem) for line in item.box.lines]
    assert any(CJK.search(text) for text in lines)
    badges = [badge.text for item in items_of(window, CardItem) for badge in item.box.badges]
    assert "高" in badges  # severity labels come translated into the layout
    assert window.windowTitle().startswith("未命名[*]")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "文件(&F)"


def test_title_shows_the_file_name_and_the_modified_mark(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "咖啡机.journey.json"
    window.document.save(path)
    assert "咖啡机.journey.json[*]" in window.windowTitle()
    assert not window.isWindowModified()
    window.document.set_modified(True)
    assert window.isWindowModified()
    window.document.set_modified(False)
    assert not window.isWindowModified()


def test_selecting_a_card_names_it_in_the_status_bar(window: MainWindow, qtbot: QtBot) -> None:
    card = window.document.journey.cards[0]
    item = window.scene.item_for(card.id)
    assert item is not None
    item.setSelected(True)
    assert card.title in window.selection_label.text()
    item.setSelected(False)
    assert "cards" in window.selection_label.text()  # back to the map summary


def test_selecting_several_items_counts_them(window: MainWindow) -> None:
    for card in window.document.journey.cards[:3]:
        window.scene.item_for(card.id).setSelected(True)  # type: ignore[union-attr]
    assert window.selection_label.text() == "3 items selected"
    assert sorted(i.model_id for i in window.scene.selected_map_items()) == sorted(
        c.id for c in window.document.journey.cards[:3]
    )


def test_stage_and_lane_headers_are_selectable(window: MainWindow) -> None:
    stage = window.document.journey.stages[0]
    window.scene.item_for(stage.id).setSelected(True)  # type: ignore[union-attr]
    assert stage.name in window.selection_label.text()

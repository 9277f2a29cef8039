"""Adding and editing cards in place with the mouse and the keyboard; one Ctrl+Z undoes each."""

from __future__ import annotations

from pathlib import Path

from cards_helpers import (
    CTRL,
    card_centre,
    card_item,
    cell_ids,
    click,
    commit_through_input_method,
    double_click,
    free_spot_below,
    hover,
    key,
    type_text,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsTextItem, QLineEdit, QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from journey_designer.storage import load_map
from journey_designer.ui.canvas.card_looks import SEVERITY_MARK
from journey_designer.ui.canvas.channel_glyphs import CHANNEL_GLYPHS, channel_glyph
from journey_designer.ui.main_window import MainWindow

PAINS, AWARENESS = "ln-pain-points", "st-awareness"


def text_items(window: MainWindow) -> list[QGraphicsTextItem]:
    return [i for i in window.scene.items() if isinstance(i, QGraphicsTextItem)]


def undo(window: MainWindow) -> None:
    key(window, Qt.Key.Key_Z, CTRL)


def test_double_click_on_an_empty_spot_types_a_new_card_there(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    double_click(window, free_spot_below(window, PAINS, AWARENESS))
    editor = window.cards.sessions.text_editor
    assert editor.is_open and editor.hasFocus() and len(text_items(window)) == 1
    assert window.document.journey.model_dump() == before  # nothing added while typing
    type_text(window.view, "Queue at the till\nTwenty minutes, no seats")
    key(window, Qt.Key.Key_Return)
    new_id = cell_ids(journey, PAINS, AWARENESS)[-1]
    card = journey.card(new_id)
    assert (card.title, card.text) == ("Queue at the till", "Twenty minutes, no seats")
    assert window.editor.undo_stack.count() == 1
    assert not text_items(window)  # only the card being edited gets a text editor
    assert window.scene.selected_card_ids() == [new_id]
    undo(window)
    assert window.document.journey.model_dump() == before


def test_double_click_a_card_edits_title_and_text_in_place(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    double_click(window, card_centre(window, "c-aw-pp-1"))
    editor = window.cards.sessions.text_editor
    assert editor.typed_text().startswith("Jargon-heavy comparisons\nPump pressure")
    key(window, Qt.Key.Key_A, CTRL)  # selects the editor's text, not every card
    assert not window.scene.selected_card_ids() or editor.textCursor().hasSelection()
    type_text(window.view, "术语太多\n参数难以比较")
    key(window, Qt.Key.Key_Return)
    card = journey.card("c-aw-pp-1")
    assert (card.title, card.text) == ("术语太多", "参数难以比较")
    assert any(line.text == "术语太多" for line in card_item(window, card.id).box.lines)
    assert window.editor.undo_stack.count() == 1
    undo(window)
    assert window.document.journey.model_dump() == before


def test_chinese_typed_key_by_key_on_a_card_added_with_ctrl_n(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    second = card_item(window, "c-aw-ac-2").sceneBoundingRect()
    click(window, card_centre(window, "c-aw-ac-1"))
    key(window, Qt.Key.Key_N, CTRL)
    editor = window.cards.sessions.text_editor.sceneBoundingRect()
    moved = card_item(window, "c-aw-ac-2").sceneBoundingRect()
    assert editor.top() >= card_item(window, "c-aw-ac-1").sceneBoundingRect().bottom() - 4
    assert moved.top() > second.top() and moved.top() >= editor.bottom() - 4  # a gap opened
    type_text(window.view, "中文卡片")
    key(window, Qt.Key.Key_Return)
    first, new_card, last = journey.cell_cards("ln-actions", AWARENESS)
    assert (first.id, last.id) == ("c-aw-ac-1", "c-aw-ac-2")  # right after the selected card
    assert new_card.title == "中文卡片" and new_card.text == ""
    undo(window)
    assert window.document.journey.model_dump() == before


def test_an_input_method_commits_chinese_into_the_editor(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    click(window, card_centre(window, "c-aw-th-1"))
    key(window, Qt.Key.Key_Return)  # Enter edits the selected card
    key(window, Qt.Key.Key_A, CTRL)
    commit_through_input_method(window.view, "jiage", "价格太贵了")
    editor = window.cards.sessions.text_editor
    assert editor.typed_text() == "价格太贵了"
    commit_through_input_method(window.view, "ma", "吗")
    key(window, Qt.Key.Key_Return)
    assert (
        journey.card("c-aw-th-1").title == "价格太贵了吗" and journey.card("c-aw-th-1").text == ""
    )
    undo(window)
    assert window.document.journey.model_dump() == before


def test_esc_on_a_new_card_leaves_no_card_and_no_undo_step(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    places = {item.card_id: item.pos() for item in window.scene.card_items()}
    double_click(window, free_spot_below(window, PAINS, AWARENESS))
    type_text(window.view, "never mind")
    key(window, Qt.Key.Key_Escape)
    assert window.document.journey.model_dump() == before
    assert window.editor.undo_stack.count() == 0 and not window.document.modified
    assert {item.card_id: item.pos() for item in window.scene.card_items()} == places
    key(window, Qt.Key.Key_N, CTRL)  # Enter on nothing typed: no card either
    key(window, Qt.Key.Key_Return)
    assert window.document.journey.model_dump() == before
    assert window.editor.undo_stack.count() == 0


def test_esc_while_editing_a_card_keeps_it_as_it_was(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    double_click(window, card_centre(window, "c-co-tp-1"))
    type_text(window.view, " and more")
    key(window, Qt.Key.Key_Escape)
    assert window.document.journey.model_dump() == before
    assert window.editor.undo_stack.count() == 0


def test_clicking_elsewhere_commits_the_edit(window: MainWindow) -> None:
    journey = window.document.journey
    double_click(window, card_centre(window, "c-co-tp-1"))
    key(window, Qt.Key.Key_A, CTRL)
    type_text(window.view, "Comparison hub")
    click(window, card_centre(window, "c-aw-ac-1"))
    assert (
        journey.card("c-co-tp-1").title == "Comparison hub" and journey.card("c-co-tp-1").text == ""
    )
    assert window.scene.selected_card_ids() == ["c-aw-ac-1"]


def test_the_plus_on_a_hovered_cell_adds_a_card_at_its_end(window: MainWindow) -> None:
    journey = window.document.journey
    hover(window, free_spot_below(window, PAINS, AWARENESS))
    plus = window.cards.gestures.plus
    assert plus.isVisible() and plus.cell == (PAINS, AWARENESS)
    click(window, plus.scenePos())
    type_text(window.view, "No price list")
    key(window, Qt.Key.Key_Enter)
    assert [c.title for c in journey.cell_cards(PAINS, AWARENESS)][-1] == "No price list"


def test_ctrl_a_and_delete_remove_every_card_and_one_undo_restores_them(window: MainWindow) -> None:
    before = window.document.journey.model_dump()
    click(window, card_centre(window, "c-aw-ac-1"))
    key(window, Qt.Key.Key_A, CTRL)
    assert len(window.scene.selected_card_ids()) == len(before["cards"])
    key(window, Qt.Key.Key_Delete)
    assert window.document.journey.cards == [] and not window.scene.card_items()
    assert window.editor.undo_stack.count() == 1
    undo(window)
    assert window.document.journey.model_dump() == before
    assert len(window.scene.card_items()) == len(before["cards"])


def test_ctrl_d_duplicates_the_selected_cards_after_their_originals(window: MainWindow) -> None:
    journey = window.document.journey
    before = journey.model_dump()
    click(window, card_centre(window, "c-co-pp-1"))
    click(window, card_centre(window, "c-aw-ac-2"), CTRL)
    key(window, Qt.Key.Key_D, CTRL)
    pains = journey.cell_cards(PAINS, "st-consideration")
    assert [c.title for c in pains] == ["Prices differ by channel"] * 2 + [
        "Staff unsure about care"
    ]
    copies = {pains[1].id, journey.cell_cards("ln-actions", AWARENESS)[2].id}
    assert set(window.scene.selected_card_ids()) == copies
    undo(window)
    assert window.document.journey.model_dump() == before


def test_ctrl_s_while_typing_saves_what_was_typed(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "workshop.journey.json"
    window.document.save(path)
    double_click(window, card_centre(window, "c-aw-ac-1"))
    key(window, Qt.Key.Key_A, CTRL)
    type_text(window.view, "Saved while typing")
    key(window, Qt.Key.Key_S, CTRL)
    assert load_map(path).card("c-aw-ac-1").title == "Saved while typing"
    assert not window.document.modified


def test_each_lane_kind_has_its_own_look(window: MainWindow) -> None:
    looks = {
        card_id: card_item(window, card_id).look
        for card_id in ("c-aw-tp-1", "c-co-pp-1", "c-aw-th-1", "c-aw-bs-1", "c-aw-op-1")
    }
    assert looks["c-aw-tp-1"].mark == channel_glyph("social")  # touchpoint: its channel
    assert looks["c-co-pp-1"].mark_colour == SEVERITY_MARK["high"]  # pain: its severity
    assert looks["c-aw-op-1"].mark is not None  # opportunity: a light bulb
    assert looks["c-aw-th-1"].thought_trail and looks["c-aw-th-1"].corner_radius > 3
    assert looks["c-aw-bs-1"].border_style == Qt.PenStyle.DashLine and not looks["c-aw-bs-1"].shadow
    assert len({channel_glyph(name).elementCount() for name in CHANNEL_GLYPHS}) > 15  # distinct
    pain = card_item(window, "c-co-pp-1")
    assert severity_ink_in_the_corner(pain) > 5


def severity_ink_in_the_corner(item: object) -> int:
    """Pixels of the high-severity colour in the card's top-right corner, drawn at 4x."""
    from journey_designer.ui.canvas.card_item import CardItem

    assert isinstance(item, CardItem)
    rect = item.local_rect
    image = QImage(int(rect.width() * 4) + 8, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(4.0, 4.0)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    ink = SEVERITY_MARK["high"]
    corner = range(int((rect.width() - 14) * 4), int(rect.width() * 4))
    return sum(1 for x in corner for y in range(0, 56) if _near(QColor(image.pixel(x, y)), ink))


def _near(colour: QColor, target: QColor) -> bool:
    return (
        abs(colour.red() - target.red()) < 40
        and abs(colour.green() - target.green()) < 40
        and abs(colour.blue() - target.blue()) < 40
    )


def test_new_card_editor_sits_where_the_card_will_be(window: MainWindow) -> None:
    spot = free_spot_below(window, PAINS, AWARENESS)
    double_click(window, spot)
    editor = window.cards.sessions.text_editor.sceneBoundingRect()
    last = card_item(window, "c-aw-pp-1").sceneBoundingRect()
    assert editor.top() > last.bottom() - 4 and abs(editor.left() - last.left()) < 5
    assert window.scene.cell_rect((PAINS, AWARENESS)).contains(
        QPointF(editor.center().x(), editor.top() + 2)
    )
    key(window, Qt.Key.Key_Escape)


def test_opening_another_map_closes_the_editor_and_edits_go_to_the_new_map(
    window: MainWindow,
) -> None:
    double_click(window, card_centre(window, "c-aw-ac-1"))
    type_text(window.view, " unsaved")
    window.files.open_sample()  # another document and editor, with no menu in between
    assert not text_items(window) and not window.cards.sessions.is_editing
    assert window.editor.undo_stack.count() == 0  # the old map's text went nowhere else
    journey = window.document.journey
    click(window, card_centre(window, "c-aw-ac-1"))
    key(window, Qt.Key.Key_N, CTRL)
    type_text(window.view, "In the new map")
    key(window, Qt.Key.Key_Return)
    assert journey.cell_cards("ln-actions", AWARENESS)[1].title == "In the new map"
    assert journey.card("c-aw-ac-1").title == "Sees a friend's flat white"
    assert window.editor.undo_stack.count() == 1


def test_opening_a_menu_commits_the_text_being_typed(window: MainWindow) -> None:
    double_click(window, card_centre(window, "c-aw-ac-1"))
    key(window, Qt.Key.Key_A, CTRL)
    type_text(window.view, "Before the menu")
    bar = window.menuBar()
    file_menu = bar.actions()[0]
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu).center())
    assert window.document.journey.card("c-aw-ac-1").title == "Before the menu"
    assert window.document.modified  # so File > Open asks to save it first
    menu = file_menu.menu()
    assert menu is not None
    menu.close()


def test_clicking_into_another_widget_commits_the_edit(window: MainWindow, qtbot: QtBot) -> None:
    field = QLineEdit()
    window.statusBar().addWidget(field)
    field.show()
    double_click(window, card_centre(window, "c-aw-ac-1"))
    key(window, Qt.Key.Key_A, CTRL)
    type_text(window.view, "Typed, then a panel")
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.cards.sessions.is_editing)
    assert window.document.journey.card("c-aw-ac-1").title == "Typed, then a panel"
    assert window.editor.undo_stack.count() == 1

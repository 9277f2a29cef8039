"""The canvas draws what the layout decided: lines at their baselines and sizes, one item
per card (no text items), ids kept, and cards without text when zoomed far out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem

from journey_designer.layout import TextLine
from journey_designer.ui.canvas import text_painter as text_painter_module
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.canvas.map_item import MapItem
from journey_designer.ui.canvas.text_painter import MapTextPainter
from journey_designer.ui.main_window import MainWindow


def test_every_model_entity_has_one_selectable_item_with_its_id(window: MainWindow) -> None:
    journey = window.document.journey
    expected = {c.id for c in journey.cards} | {s.id for s in journey.stages}
    expected |= {lane.id for lane in journey.lanes if lane.visible}
    assert set(window.scene.items_by_id) == expected
    for model_id, item in window.scene.items_by_id.items():
        assert isinstance(item, MapItem) and item.model_id == model_id
        assert item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    assert not [i for i in window.scene.items() if isinstance(i, QGraphicsTextItem)]


def test_a_line_is_drawn_at_its_baseline_and_size(window: MainWindow) -> None:
    painter_for_text = window.scene.text_painter
    line = TextLine("HHHH", 10.0, 30.0, 20.0, "body")
    scale = 4.0  # image pixels per point
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter_for_text.draw_line(painter, line, QColor("black"))
    painter.end()
    ink = ink_bounds(image)
    width = painter_for_text.line_width(line)
    assert ink.bottom() == pytest.approx(line.baseline * scale, abs=1.5)  # H sits on the baseline
    assert ink.left() >= line.x * scale - 1 and ink.right() <= (line.x + width) * scale + 1
    assert ink.width() > 0.9 * width * scale  # four H's fill nearly their advance width
    cap_height = painter_for_text.measurer.ascent * line.size * 0.75  # H is ~0.7-0.75 em tall
    assert ink.height() == pytest.approx(cap_height * scale, rel=0.2)


def test_far_out_cards_draw_no_text_and_close_in_they_do(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"text": 0, "greeked": 0}
    real_draw_line = MapTextPainter.draw_line
    real_greeked = MapTextPainter.draw_greeked

    def count_text(self: MapTextPainter, *args: object) -> None:
        calls["text"] += 1
        real_draw_line(self, *args)  # type: ignore[arg-type]

    def count_greeked(self: MapTextPainter, *args: object) -> None:
        calls["greeked"] += 1
        real_greeked(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(text_painter_module.MapTextPainter, "draw_line", count_text)
    monkeypatch.setattr(text_painter_module.MapTextPainter, "draw_greeked", count_greeked)
    cards = window.scene.card_items()
    for zoom in (0.1, 0.4, 2.0):
        calls.update(text=0, greeked=0)
        render_items(cards, zoom)
        if zoom == 0.1:
            assert calls == {"text": 0, "greeked": 0}  # boxes only
        elif zoom == 0.4:
            assert calls["greeked"] > 0 and calls["text"] < calls["greeked"]
        else:
            assert calls["text"] > 0 and calls["greeked"] == 0


def render_items(items: list[CardItem], zoom: float) -> None:
    """Paint items as the view would at `zoom` (device pixels per point)."""
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.scale(zoom, zoom)
    option = QStyleOptionGraphicsItem()
    for item in items:
        item.paint(painter, option, None)
    painter.end()


def ink_bounds(image: QImage) -> QRectF:
    """The box around every non-white pixel."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if QColor(image.pixel(x, y)).lightness() < 128:
                xs.append(x)
                ys.append(y)
    assert xs, "nothing was drawn"
    return QRectF(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)

"""The canvas shows the marketing marks the layout placed: the rules' connectors (under the
cards, over the emotion plot), the funnel band with its counts and conversions, the rule
and A/B lines on the cards; edits and undo redraw them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journey_designer.layout import Connector, TextLine
from journey_designer.model import operations as ops
from journey_designer.ui.canvas.card_item import CARD_Z
from journey_designer.ui.canvas.emotion_item import EmotionPlotItem
from journey_designer.ui.canvas.marketing_items import ConnectorsItem, FunnelBandItem
from journey_designer.ui.canvas.scene import MapScene
from journey_designer.ui.canvas.text_painter import MapTextPainter
from journey_designer.ui.document import MapDocument
from journey_designer.ui.main_window import MainWindow
from tests.export.rich_map import rich_map

SCALE = 2.0  # pixels per point


@pytest.fixture
def marketing_window(window: MainWindow) -> MainWindow:
    window.set_document(MapDocument(rich_map()))
    return window


def items_of(scene: MapScene, kind: type) -> list:  # type: ignore[type-arg]
    return [item for item in scene.items() if isinstance(item, kind)]


def render(scene: MapScene, rect: QRectF) -> QImage:
    image = QImage(round(rect.width() * SCALE), round(rect.height() * SCALE),
                   QImage.Format.Format_RGB32)  # fmt: skip
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def near(colour: QColor, wanted: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def test_the_connectors_and_the_funnel_band_are_items(marketing_window: MainWindow) -> None:
    scene = marketing_window.scene
    layout = scene.layout
    assert layout is not None and len(layout.connectors) == 2 and layout.funnel is not None
    (connectors,) = items_of(scene, ConnectorsItem)
    assert connectors.connectors == layout.connectors
    (band,) = items_of(scene, FunnelBandItem)
    assert band.band == layout.funnel
    plot = items_of(scene, EmotionPlotItem)[0]
    assert plot.zValue() < connectors.zValue() < CARD_Z  # over the plot, under the cards
    assert not connectors.flags() & connectors.GraphicsItemFlag.ItemIsSelectable
    rule = scene.card_item("c-de-au-1")
    assert rule is not None
    assert "Cart abandoned · wait 1 h → Send email" in [line.text for line in rule.box.lines]


def test_the_connector_is_painted_in_the_automation_colour(marketing_window: MainWindow) -> None:
    scene = marketing_window.scene
    assert scene.layout is not None
    connector = next(c for c in scene.layout.connectors if c.rule_card_id == "c-us-au-1")
    tip_x, tip_y = connector.head[0]
    image = render(scene, QRectF(tip_x - 8.0, tip_y - 5.0, 10.0, 10.0))  # the arrow head
    blue = QColor(connector.colour)
    head_pixels = sum(
        near(image.pixelColor(x, y), blue)
        for x in range(image.width())
        for y in range(image.height())
    )
    assert head_pixels > 20  # a filled triangle of ~18 square points at 4 pixels each
    run = _middle_of_run(connector)
    image = render(scene, QRectF(run[0] - 4.0, run[1] - 20.0, 8.0, 40.0))
    column = [near(image.pixelColor(x, y), blue) for y in range(image.height())
              for x in range(image.width())]  # fmt: skip
    assert any(column) and not all(column)  # dashed


def _middle_of_run(connector: Connector) -> tuple[float, float]:
    x0, y0, c1x, _c1y, c2x, _c2y, x1, y1 = connector.segments[0]
    return (x0 + 3 * c1x + 3 * c2x + x1) / 8, (y0 + y1) / 2


def test_the_funnel_band_draws_counts_and_conversions(
    marketing_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = marketing_window.scene
    drawn: list[str] = []
    real = MapTextPainter.draw_line

    def record(self: MapTextPainter, painter: QPainter, line: TextLine, colour: QColor) -> None:
        drawn.append(line.text)
        real(self, painter, line, colour)

    monkeypatch.setattr(MapTextPainter, "draw_line", record)
    band = scene.layout.funnel if scene.layout else None
    assert band is not None
    render(scene, QRectF(0.0, band.rect.y, band.rect.width, band.rect.height))
    for wanted in ("Funnel", "Visitors", "120,000", "→ 23.5%", "−76.5%", "¥615,000"):
        assert wanted in drawn


def test_deleting_the_created_card_takes_its_connector_and_undo_brings_it_back(
    marketing_window: MainWindow,
) -> None:
    window = marketing_window
    journey = window.document.journey
    assert window.editor.apply(ops.remove_cards(journey, ["c-de-tp-3"]), "Delete")
    assert window.scene.layout is not None
    assert [c.rule_card_id for c in window.scene.layout.connectors] == ["c-us-au-1"]
    (connectors,) = items_of(window.scene, ConnectorsItem)
    assert len(connectors.connectors) == 1
    window.editor.undo_stack.undo()
    (connectors,) = items_of(window.scene, ConnectorsItem)
    assert {c.target_card_id for c in connectors.connectors} == {"c-de-tp-3", "c-lo-tp-1"}
    assert window.editor.apply(ops.update_map(funnel=[], channel_costs=[]), "No funnel")
    assert items_of(window.scene, FunnelBandItem) == []

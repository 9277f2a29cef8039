"""The map draws its words (badges, metric and curve names) in the map's language, as its
PDF prints them, whatever the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from journey_designer.export.words import layout_labels
from journey_designer.layout import layout_map
from tests.ui.conftest import WindowFactory

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.mark.parametrize(("ui", "map_language"), [("zh", "en"), ("en", "zh")])
def test_the_canvas_speaks_the_maps_language(
    make_window: WindowFactory, ui: str, map_language: str
) -> None:
    window = make_window(ui)
    path = TEMPLATES / f"ecommerce_cart_abandonment.{map_language}.journey.json"
    assert window.files.try_open(path) is None
    shown = window.scene.layout
    journey, measurer, style = (
        window.document.journey,
        window.map_font.measurer,
        window.layout_style,
    )
    assert shown == layout_map(journey, measurer, style, layout_labels(map_language))
    assert shown != layout_map(journey, measurer, style, layout_labels(ui))

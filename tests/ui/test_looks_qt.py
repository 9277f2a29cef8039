"""The canvas's colours come from the Qt-free looks, and `looks.darker` is Qt's darker."""

from __future__ import annotations

from PySide6.QtGui import QColor

from journey_designer.layout import looks
from journey_designer.layout.style import CARD_FILLS
from journey_designer.templates import LANGUAGES, new_map_from_template, template_ids
from journey_designer.ui.canvas import palette


def test_darker_matches_qt_for_every_colour_the_maps_use() -> None:
    colours = set(CARD_FILLS.values()) | {looks.GRID_LINE, *looks.MOOD_COLOURS}
    for template_id in template_ids():
        for language in LANGUAGES:
            journey = new_map_from_template(template_id, language)
            colours |= {p.colour for p in journey.personas} | {s.colour for s in journey.stages}
            colours |= {c.colour for c in journey.cards if c.colour}
    for colour in colours:
        for factor in (110, 115, 118, 125):
            assert looks.darker(colour, factor) == QColor(colour).darker(factor).name().upper()


def test_palette_is_the_looks_in_qt() -> None:
    assert QColor(looks.GRID_LINE) == palette.GRID_LINE
    assert QColor(16, 24, 40, 26) == palette.CARD_SHADOW
    assert palette.badge_colours("priority", "high") == (QColor("#1F5FBF"), QColor("#FFFFFF"))
    assert palette.mood_colour(0.5) == QColor(looks.MOOD_COLOURS[2])

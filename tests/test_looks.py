"""The Qt-free looks shared by the canvas and the PDF: card looks, colours, glyph data."""

from __future__ import annotations

from journey_designer.layout import glyphs, looks
from journey_designer.layout.geometry import Badge, CardBox, Rect, TextLine
from journey_designer.model import LaneKind


def box(kind: LaneKind, *badges: tuple[str, str], fill: str = "#FDE3E1") -> CardBox:
    line = TextLine("x", 0.0, 0.0, 7.0, "badge")
    made = tuple(Badge(k, v, v, Rect(0.0, 0.0, 10.0, 10.0), line) for k, v in badges)
    return CardBox("c", "l", "s", kind, Rect(0, 0, 100, 40), fill, "#D64541", (), made)


def test_each_lane_kind_has_its_own_look() -> None:
    critical = looks.card_look(box(LaneKind.PAIN_POINTS, ("severity", "critical")))
    assert critical.border == looks.CRITICAL_BORDER and critical.border_width > 1
    assert critical.mark == "warning_sign" and critical.mark_colour == "#B71C1C"
    plain_pain = looks.card_look(box(LaneKind.PAIN_POINTS))
    assert plain_pain.border == looks.darker("#FDE3E1", 118) and plain_pain.mark_colour == "#D64541"
    assert looks.card_look(box(LaneKind.OPPORTUNITIES)).mark == "light_bulb"
    thought = looks.card_look(box(LaneKind.THOUGHTS))
    assert thought.thought_trail and thought.accent_width == 0 and thought.corner_radius > 3
    backstage = looks.card_look(box(LaneKind.BACKSTAGE))
    assert backstage.border_style == "dashed" and not backstage.shadow
    assert looks.card_look(box(LaneKind.TOUCHPOINTS, ("channel", "WeChat"))).mark == "wechat"
    assert looks.card_look(box(LaneKind.TOUCHPOINTS, ("channel", "Carrier pigeon"))).mark == (
        "unknown"
    )


def test_colours() -> None:
    assert looks.mood_colour(0.0) == looks.MOOD_COLOURS[0]
    assert looks.mood_colour(1.0) == looks.MOOD_COLOURS[-1]
    assert looks.mood_colour(0.125) == "#E86F4E"  # halfway between the first two
    assert looks.darker("#FFFFFF", 200) == "#7F7F7F"  # as QColor.darker(200)
    assert looks.darker("#4C78A8", 110) == "#456D99"  # as QColor("#4C78A8").darker(110)
    assert looks.badge_colours("severity", "critical") == ("#C62828", "#FFFFFF")
    assert looks.text_colour("no such role") == looks.DEFAULT_TEXT


def test_glyphs_are_path_data_on_the_grid() -> None:
    arity = {"M": 2, "L": 2, "C": 6, "Z": 0, "E": 4, "R": 5}
    for name, glyph in glyphs.GLYPHS.items():
        assert glyph, name
        for op, args in glyph:
            assert len(args) == arity[op], (name, op)
            assert all(-0.5 <= value <= glyphs.GRID + 0.5 for value in args), name
    assert len(set(glyphs.CHANNEL_GLYPHS.values())) == len(glyphs.CHANNEL_GLYPHS)  # distinct
    assert glyphs.channel_glyph(" Email ") == glyphs.CHANNEL_GLYPHS["email"]

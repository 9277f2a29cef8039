"""Light, dark and the system's theme: the chrome and the canvas around the map follow it,
the map (paper) keeps its printed colours, and dark text stays readable."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_designer.layout import looks
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.theme import (
    CANVAS_DARK,
    apply_theme,
    canvas_background,
    dark_palette,
    is_dark,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@pytest.fixture(autouse=True)
def system_theme_after(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, "system")


def window_colour(app: QApplication) -> QColor:
    return app.palette().color(Role.Window)


def render_map(window: MainWindow) -> QImage:
    """The map itself (the paper, not the canvas around it), as the scene draws it."""
    rect = window.scene.map_rect()
    image = QImage(round(rect.width()), round(rect.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    window.scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b_ = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_dark_light_and_system_change_the_palettes_window_colour(qapp: QApplication) -> None:
    system = window_colour(qapp)
    assert not is_dark(qapp.palette())
    apply_theme(qapp, "dark")
    assert window_colour(qapp).lightness() < 80 and is_dark(qapp.palette())
    apply_theme(qapp, "light")
    assert window_colour(qapp).lightness() > 200 and not is_dark(qapp.palette())
    apply_theme(qapp, "dark")
    apply_theme(qapp, "system")
    assert window_colour(qapp) == system


def test_the_canvas_around_the_map_follows_the_theme(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    light = QColor(looks.CANVAS_BACKGROUND)
    assert window.view.backgroundBrush().color() == light
    apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: window.view.backgroundBrush().color() == CANVAS_DARK)
    assert window.palette().color(Role.Window).lightness() < 80
    apply_theme(qapp, "light")
    qtbot.waitUntil(lambda: window.view.backgroundBrush().color() == light)


def test_the_map_keeps_its_printed_colours_in_the_dark_theme(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    in_light = render_map(window)
    apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: window.view.backgroundBrush().color() == CANVAS_DARK)
    in_dark = render_map(window)
    assert in_dark == in_light
    # The paper, not the canvas colour, is what the map's top-left corner shows.
    assert in_dark.pixelColor(2, 2).lightness() > 200


def test_what_lies_on_the_paper_keeps_the_light_palette(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: window.view.backgroundBrush().color() == CANVAS_DARK)
    viewport = window.view.viewport().palette()
    assert viewport.color(Role.Base).lightness() > 200  # an in-place editor's field ...
    assert viewport.color(Role.Text).lightness() < 60  # ... and its text


def test_a_cards_text_editor_writes_dark_ink_in_the_dark_theme(
    make_window: Callable[..., MainWindow], qapp: QApplication
) -> None:
    apply_theme(qapp, "dark")
    window = make_window("en")  # built in the dark theme (as after a language switch)
    editor = window.cards.sessions.text_editor  # a QGraphicsTextItem on the paper
    assert editor.defaultTextColor().lightness() < 60
    assert window.palette().color(Role.Text).lightness() > 200  # the panels' text is light


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
    ],
)
def test_the_dark_palette_is_readable(text: Role, background: Role) -> None:
    palette = dark_palette()
    assert contrast(palette.color(text), palette.color(background)) >= 4.5
    disabled = contrast(
        palette.color(Group.Disabled, text), palette.color(Group.Disabled, background)
    )
    assert disabled >= 2.0 or text in (Role.HighlightedText, Role.Link)


def test_canvas_background_reads_the_palette() -> None:
    assert canvas_background(dark_palette()) == CANVAS_DARK
    assert canvas_background(QPalette(QColor("#EFEFEF"))) == QColor(looks.CANVAS_BACKGROUND)

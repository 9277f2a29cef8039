"""The chrome's own colours (warnings, quieter notes, computed and wrong table cells) read on
the window in the light and the dark theme, also when the theme changes while a window or a
dialog is open. The light theme keeps the colours it had."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_panels_helpers import clear_selections, select
from test_theme import contrast

from journey_designer.analytics.ab import analyse_test
from journey_designer.export.options import PageSetup
from journey_designer.model import ABTest, ABVariant
from journey_designer.ui.autosave_restore import DAMAGED
from journey_designer.ui.export_dialog import ExportDialog
from journey_designer.ui.funnel_dialog import (
    C_COST,
    COMPUTED,
    F_CONVERSION,
    WRONG,
    FunnelCostsDialog,
)
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.panels.marketing_labels import NO_WINNER, WINNER, ab_result_html
from journey_designer.ui.settings import Theme
from journey_designer.ui.survey_wizard_pages import ABOVE_SHADE, HEADER_SHADE
from journey_designer.ui.theme import (
    MUTED,
    WARNING,
    apply_theme,
    is_dark,
    muted_text_colour,
    tint_text,
    warning_colour,
)
from tests.ui.marketing_helpers import rich_marketing_map, show_map

Role = QPalette.ColorRole
TEXT_COLOURS = {
    "warning": WARNING,
    "muted": MUTED,
    "funnel computed": COMPUTED,
    "damaged recovery": DAMAGED,
    "A/B winner": WINNER,
    "A/B no winner": NO_WINNER,
}
BACKGROUNDS = {"funnel wrong": WRONG, "survey header": HEADER_SHADE, "above header": ABOVE_SHADE}


@pytest.fixture(autouse=True)
def system_theme_after(qapp: QApplication) -> Iterator[None]:
    yield
    clear_selections()
    apply_theme(qapp, "system")  # what the tests start with: the light palette here


def themed_palette(app: QApplication, theme: Theme) -> QPalette:
    apply_theme(app, theme)
    app.processEvents()  # Qt posts the palette change to the open widgets
    palette = app.palette()
    assert is_dark(palette) == (theme == "dark")
    return palette


def farthest(image: QImage, background: QColor) -> QColor:
    """The pixel farthest from the background: the text's colour, where a stroke is solid."""

    def distance(colour: QColor) -> int:
        return (
            abs(colour.red() - background.red())
            + abs(colour.green() - background.green())
            + abs(colour.blue() - background.blue())
        )

    pixels = (image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width()))
    return max(pixels, key=distance)


def ink(widget: QWidget, background: QColor) -> QColor:
    """The colour of a widget's text, as drawn."""
    return farthest(widget.grab().toImage(), background)


def cell_ink(table: QTableWidget, item: QTableWidgetItem) -> tuple[QColor, QColor]:
    """A cell's text colour and its background, as the table draws them (unselected)."""
    table.clearSelection()
    table.scrollToItem(item)
    rect = table.visualItemRect(item).adjusted(2, 2, -2, -2)
    image = table.viewport().grab(rect).toImage()
    background = image.pixelColor(1, 1)
    return farthest(image, background), background


# --- the colours ----------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", TEXT_COLOURS)
def test_text_colours_read_on_the_window_and_the_base(
    qapp: QApplication, theme: Theme, name: str
) -> None:
    palette = themed_palette(qapp, theme)
    colour = TEXT_COLOURS[name].on(palette)
    assert contrast(colour, palette.color(Role.Window)) >= 4.5
    assert contrast(colour, palette.color(Role.Base)) >= 4.5
    assert contrast(colour, palette.color(Role.AlternateBase)) >= 4.5


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", BACKGROUNDS)
def test_the_palettes_text_reads_on_the_cell_backgrounds(
    qapp: QApplication, theme: Theme, name: str
) -> None:
    palette = themed_palette(qapp, theme)
    assert contrast(palette.color(Role.Text), BACKGROUNDS[name].on(palette)) >= 4.5


def test_the_light_theme_keeps_its_colours(qapp: QApplication) -> None:
    palette = themed_palette(qapp, "light")
    assert warning_colour(palette) == QColor("#A52A20")
    assert muted_text_colour(palette) == QColor("#52606D")
    assert COMPUTED.on(palette) == QColor("#5A5A5A")
    assert WRONG.on(palette) == QColor("#F8D7D3")
    assert DAMAGED.on(palette) == QColor(Qt.GlobalColor.darkRed)
    assert (HEADER_SHADE.on(palette), ABOVE_SHADE.on(palette)) == (
        QColor("#DCE6F2"),
        QColor("#EEEEEE"),
    )
    assert (WINNER.on(palette), NO_WINNER.on(palette)) == (QColor("#1E7B34"), QColor("#6B6B6B"))


def test_the_dark_theme_gives_lighter_variants(qapp: QApplication) -> None:
    light, dark = themed_palette(qapp, "light"), themed_palette(qapp, "dark")
    for colour in TEXT_COLOURS.values():
        assert colour.on(dark).lightness() > colour.on(light).lightness()
    assert warning_colour(dark) == QColor(WARNING.dark)
    assert muted_text_colour(dark) == QColor(MUTED.dark)


def test_a_tinted_label_follows_each_theme_change_and_can_be_untinted(
    qapp: QApplication, qtbot: QtBot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("Wrong", parent)
    QVBoxLayout(parent).addWidget(label)
    tint_text(label, WARNING)
    for theme in ("dark", "light", "dark"):
        palette = themed_palette(qapp, theme)
        assert label.palette().color(Role.WindowText) == WARNING.on(palette)
        assert label.palette().color(Role.Window) == palette.color(Role.Window)
    tint_text(label, MUTED)  # another colour: still one tint
    assert label.palette().color(Role.WindowText) == QColor(MUTED.dark)
    tint_text(label, None)
    assert label.palette().color(Role.WindowText) == qapp.palette().color(Role.WindowText)
    themed_palette(qapp, "light")
    assert label.palette().color(Role.WindowText) == qapp.palette().color(Role.WindowText)


def test_the_ab_verdict_is_coloured_for_the_palette(qapp: QApplication) -> None:
    test = ABTest(
        name="Subject line",
        variants=[
            ABVariant(name="A", sample_size=20000, conversions=2000),
            ABVariant(name="B", sample_size=20000, conversions=2600),
        ],
    )
    result = analyse_test(test)
    assert result.winner == "B"
    dark = themed_palette(qapp, "dark")
    assert f"color:{QColor(WINNER.dark).name()}" in ab_result_html(result, dark)
    assert f"color:{QColor(WINNER.dark).name()}" in ab_result_html(result)  # the app's palette


# --- the windows that show them ---------------------------------------------------------


def test_the_missing_font_notice_reads_after_a_switch_to_dark(
    window: MainWindow, qapp: QApplication
) -> None:
    label = window.font_status
    label.show()  # as without a Chinese font
    light = ink(label, window.palette().color(Role.Window))
    assert light == QColor(WARNING.light)
    palette = themed_palette(qapp, "dark")
    shown = ink(label, palette.color(Role.Window))
    assert shown == QColor(WARNING.dark)
    assert contrast(shown, palette.color(Role.Window)) >= 4.5
    themed_palette(qapp, "light")
    assert ink(label, window.palette().color(Role.Window)) == QColor(WARNING.light)


def test_the_export_warning_reads_in_dark_whether_switched_before_or_while_open(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    for switch_first in (False, True):
        if switch_first:
            themed_palette(qapp, "dark")
        dialog: ExportDialog = window.export.open_dialog()
        try:
            choices = dialog.current_choices()
            page = PageSetup("custom", "landscape", (120.0, 80.0), 40.0)  # does not work
            dialog.set_choices(replace(choices, options=replace(choices.options, page=page)))
            dialog.update_preview()
            assert dialog.warning_label.isVisibleTo(dialog)
            palette = themed_palette(qapp, "dark")
            shown = ink(dialog.warning_label, palette.color(Role.Window))
            assert shown == QColor(WARNING.dark)
            assert contrast(shown, palette.color(Role.Window)) >= 4.5
        finally:
            if shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.reject()
        themed_palette(qapp, "light")


def test_the_funnels_computed_and_wrong_cells_read_in_dark(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    show_map(window, rich_marketing_map())
    dialog = window.marketing.open_funnel_dialog()
    qtbot.waitExposed(dialog)
    try:
        computed = next(
            item
            for row in range(dialog.funnel.rowCount())
            if (item := dialog.funnel.item(row, F_CONVERSION)) is not None and item.text()
        )
        wrong = dialog.costs.item(0, C_COST)
        assert wrong is not None
        wrong.setText("lots")  # not a number: the cell is marked
        text, background = cell_ink(dialog.funnel, computed)
        assert text == QColor(COMPUTED.light)

        palette = themed_palette(qapp, "dark")  # while the dialog is open
        text, background = cell_ink(dialog.funnel, computed)
        assert text == QColor(COMPUTED.dark)
        assert contrast(text, background) >= 4.5
        text, background = cell_ink(dialog.costs, wrong)
        assert background == QColor(WRONG.dark)
        assert contrast(text, background) >= 4.5
        assert text == palette.color(Role.Text)
    finally:
        dialog.reject()


def test_a_funnel_dialog_opened_in_dark_has_dark_cells(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    themed_palette(qapp, "dark")
    dialog: FunnelCostsDialog = window.marketing.open_funnel_dialog()
    qtbot.waitExposed(dialog)
    try:
        item = dialog.funnel.item(0, F_CONVERSION)
        assert item is not None
        assert item.foreground().color() == QColor(COMPUTED.dark)
    finally:
        dialog.reject()


def test_the_inspectors_ab_verdict_follows_a_switch_to_dark(
    window: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    show_map(window, rich_marketing_map())
    select(qtbot, window, "tp-invite")  # A 100/1000, B 110/1000: not significant
    editor = window.panels.inspector.card_form.ab_test
    assert f"color:{QColor(NO_WINNER.light).name()}" in editor.result.text()
    themed_palette(qapp, "dark")
    assert f"color:{QColor(NO_WINNER.dark).name()}" in editor.result.text()
    themed_palette(qapp, "light")
    assert f"color:{QColor(NO_WINNER.light).name()}" in editor.result.text()

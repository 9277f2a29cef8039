"""Help ▸ About: the version, the components with the versions in use, the map font and
its licence; Licences… shows each component's licence text."""

from __future__ import annotations

from importlib.metadata import version

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

from journey_designer import __version__
from journey_designer.components import COMPONENTS
from journey_designer.ui.about import AboutDialog, LicencesDialog, show_about
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.map_font import MapFont


def about(window: MainWindow) -> AboutDialog:
    window.menu_actions.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    return dialog


def table_rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }


def test_about_lists_every_component_with_its_version_and_licence(window: MainWindow) -> None:
    dialog = about(window)
    assert dialog.isVisible() and QApplication.activeModalWidget() is None
    rows = table_rows(dialog)
    assert list(rows) == [component.name for component in COMPONENTS]
    assert rows["Journey Designer"] == (__version__, "MIT")
    assert rows["Qt"] == (qVersion(), "LGPL-3.0-only")
    assert rows["PySide6 (Qt for Python)"] == (version("PySide6-Essentials"), "LGPL-3.0-only")
    assert rows["python-calamine"] == (version("python-calamine"), "MIT")
    assert rows["ReportLab"] == (version("reportlab"), "BSD-3-Clause")
    assert rows["defusedxml"] == (version("defusedxml"), "PSF-2.0")
    assert __version__ in dialog.heading.text()


def test_about_names_the_map_font_and_its_licence(window: MainWindow) -> None:
    dialog = about(window)
    text = dialog.font_label.text()
    assert window.map_font.family in text
    if window.map_font.family == "WenQuanYi Micro Hei":
        assert "Apache-2.0" in text
        assert dialog.components()[-1].name == "WenQuanYi Micro Hei"


def test_another_font_is_named_without_claiming_a_licence(window: MainWindow) -> None:
    other = MapFont("DejaVu Sans", None, window.map_font.measurer, has_cjk=False)
    dialog = show_about(window, other)
    assert "DejaVu Sans" in dialog.font_label.text()
    assert "Apache" not in dialog.font_label.text()
    assert [c.name for c in dialog.components()] == [c.name for c in COMPONENTS]


def test_licences_shows_the_text_of_the_chosen_component(window: MainWindow) -> None:
    dialog = about(window)
    dialog.licences_button.click()
    licences = dialog.findChild(LicencesDialog)
    assert licences is not None and licences.isVisible()
    assert licences.list.count() == len(dialog.components())
    names = [licences.list.item(i).text() for i in range(licences.list.count())]
    licences.list.setCurrentRow(names.index("Qt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in licences.text.toPlainText()
    licences.list.setCurrentRow(names.index("openpyxl"))
    text = licences.text.toPlainText()
    assert "Permission is hereby granted" in text and "LESSER" not in text


def test_double_clicking_a_row_opens_its_licence(window: MainWindow) -> None:
    dialog = about(window)
    row = [c.name for c in COMPONENTS].index("defusedxml")
    dialog.table.cellDoubleClicked.emit(row, 0)
    licences = dialog.findChild(LicencesDialog)
    assert licences is not None
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in licences.text.toPlainText()

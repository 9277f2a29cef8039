"""Help ▸ About Journey Designer."""

from __future__ import annotations

import html

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from journey_designer import __version__
from journey_designer.ui.map_font import MapFont


def about_text(map_font: MapFont) -> str:
    translate = QCoreApplication.translate
    name = translate("About", "Journey Designer")
    lines = [
        f"<h3>{html.escape(name)} {__version__}</h3>",
        "<p>"
        + translate(
            "About",
            "Design customer journey maps: stages, lanes, cards and emotion curves, "
            "with survey data and print-ready PDF.",
        )
        + "</p>",
        "<p>"
        + translate("About", "Map font: {font}").format(font=html.escape(map_font.describe()))
        + "<br>"
        + translate("About", "Qt {qt}, PySide {pyside}").format(
            qt=qVersion(), pyside=PySide6.__version__
        )
        + "</p>",
        "<p>" + translate("About", "Released under the MIT licence.") + "</p>",
    ]
    return "".join(lines)


def show_about(parent: QWidget, map_font: MapFont) -> None:
    title = QCoreApplication.translate("About", "About Journey Designer")
    QMessageBox.about(parent, title, about_text(map_font))

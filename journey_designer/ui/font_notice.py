"""The one notice shown when no Chinese font was found: why Chinese shows as boxes, and the fix.

Non-blocking: the window stays usable behind it. The user can pick a font file there and
then; the choice is remembered and the map is redrawn with it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journey_designer.fonts import is_usable_cjk_face
from journey_designer.layout import FontFace


def missing_font_message() -> str:
    return QCoreApplication.translate(
        "FontNotice",
        "No Chinese font was found, so Chinese text shows as empty boxes on the map and in "
        "exported PDFs. Install a Chinese TrueType font (on Debian or Ubuntu: "
        "sudo apt install fonts-wqy-microhei) and restart Journey Designer, or choose a "
        "Chinese .ttf or .ttc font file now.",
    )


def missing_font_status() -> str:
    return QCoreApplication.translate(
        "FontNotice", "No Chinese font: Chinese text shows as boxes (install fonts-wqy-microhei)"
    )


def show_missing_font_notice(parent: QWidget, on_font_chosen: Callable[[str], None]) -> QMessageBox:
    """Open the notice without blocking; `on_font_chosen(spec)` gets a usable font's path."""
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("FontNotice", "No Chinese Font"),
        missing_font_message(),
        QMessageBox.StandardButton.Close,
        parent,
    )
    choose = box.addButton(
        translate("FontNotice", "Choose Font File…"), QMessageBox.ButtonRole.ActionRole
    )
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is choose:
            spec = choose_font_file(parent)
            if spec is not None:
                on_font_chosen(spec)

    box.buttonClicked.connect(clicked)
    box.show()
    return box


def choose_font_file(parent: QWidget) -> str | None:
    """Ask for a font file; its path if it is a TrueType font with Chinese glyphs."""
    translate = QCoreApplication.translate
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("FontNotice", "Choose a Chinese Font"),
        "",
        translate("FontNotice", "TrueType fonts (*.ttf *.ttc);;All files (*)"),
    )
    if not name:
        return None
    if not is_usable_cjk_face(FontFace(Path(name))):
        QMessageBox.warning(
            parent,
            translate("FontNotice", "Unusable Font"),
            translate(
                "FontNotice",
                "{name} is not a TrueType font with Chinese characters. OpenType (.otf) "
                "fonts such as Noto CJK cannot be embedded in PDFs; choose a .ttf or .ttc font.",
            ).format(name=Path(name).name),
        )
        return None
    return name

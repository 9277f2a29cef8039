"""The Preferences dialog: interface language and theme, the interface font, the Chinese map
font, the default PDF page and the autosave interval.

OK applies and closes, Apply applies and stays, Cancel closes (what Apply applied stays).
A new interface language rebuilds the main window once the dialog's button has returned
(`languageChosen`); after Apply the dialog opens again, in the new language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_designer.export.options import PAGE_SIZES_MM
from journey_designer.ui.font_notice import choose_font_file
from journey_designer.ui.i18n import LANGUAGE_NAMES
from journey_designer.ui.preferences import PreferenceValues, apply_preferences
from journey_designer.ui.settings import UI_FONT_SIZES, UiFont

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

AUTOSAVE_CHOICES_S = (10, 30, 60, 120, 300, 600)
ButtonRole = QDialogButtonBox.ButtonRole
StandardButton = QDialogButtonBox.StandardButton


def interval_text(milliseconds: int) -> str:
    """The interval as "30 s" or "2 min", in the interface language."""
    translate = QCoreApplication.translate
    seconds = milliseconds / 1000
    if seconds >= 60 and seconds % 60 == 0:
        return translate("PreferencesDialog", "{n} min").format(n=int(seconds // 60))
    return translate("PreferencesDialog", "{n} s").format(n=f"{seconds:g}")


class PreferencesDialog(QDialog):
    languageChosen = Signal(str, bool)  # the language to switch to; True: open me again

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window  # not `window`: QWidget.window() is the top-level widget
        self.applied = PreferenceValues.load(window.settings)
        self._cjk_font = self.applied.cjk_font
        self.setWindowTitle(self.tr("Preferences"))
        self.buttons = QDialogButtonBox(
            StandardButton.Ok | StandardButton.Cancel | StandardButton.Apply
        )
        self.apply_button = self.buttons.button(StandardButton.Apply)
        self.buttons.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self._interface_group())
        layout.addWidget(self._map_group())
        layout.addWidget(self._files_group())
        layout.addWidget(self.buttons)
        self.set_values(self.applied)
        self._update_buttons()

    # --- the form ---------------------------------------------------------------------

    def _interface_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Interface"))
        form = QFormLayout(group)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Follow system"), "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.theme_combo = QComboBox()
        self.theme_combo.addItem(self.tr("Follow system"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        self.system_font_check = QCheckBox(self.tr("&System default"))
        self.font_combo = QFontComboBox()
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(*UI_FONT_SIZES)
        self.font_size.setDecimals(1)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(self.tr(" pt"))
        row = QHBoxLayout()
        row.addWidget(self.font_combo, 1)
        row.addWidget(self.font_size)
        form.addRow(self.tr("Interface &font:"), self.system_font_check)
        form.addRow("", row)
        for combo in (self.language_combo, self.theme_combo):
            combo.currentIndexChanged.connect(self._update_buttons)
        self.system_font_check.toggled.connect(self._update_buttons)
        self.font_combo.currentFontChanged.connect(self._update_buttons)
        self.font_size.valueChanged.connect(self._update_buttons)
        return group

    def _map_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Map"))
        form = QFormLayout(group)
        self.cjk_font_field = QLineEdit()
        self.cjk_font_field.setReadOnly(True)
        self.cjk_font_field.setPlaceholderText(self.tr("Automatic"))
        self.choose_font_button = QPushButton(self.tr("Ch&oose…"))
        self.choose_font_button.setToolTip(
            self.tr("A TrueType font file (.ttf or .ttc) with Chinese characters")
        )
        self.choose_font_button.clicked.connect(self._choose_cjk_font)
        self.automatic_button = QPushButton(self.tr("A&utomatic"))
        self.automatic_button.setToolTip(self.tr("Use the Chinese font found on this computer"))
        self.automatic_button.clicked.connect(lambda: self.set_cjk_font(None))
        row = QHBoxLayout()
        row.addWidget(self.cjk_font_field, 1)
        row.addWidget(self.choose_font_button)
        row.addWidget(self.automatic_button)
        form.addRow(_label(self.tr("&Chinese map font:"), self.choose_font_button), row)
        self.font_in_use = QLabel()
        self.font_in_use.setWordWrap(True)
        form.addRow("", self.font_in_use)
        return group

    def _files_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Export and Autosave"))
        form = QFormLayout(group)
        self.page_combo = QComboBox()
        for name in PAGE_SIZES_MM:
            self.page_combo.addItem(name, name)
        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(self.tr("Landscape"), "landscape")
        self.orientation_combo.addItem(self.tr("Portrait"), "portrait")
        row = QHBoxLayout()
        row.addWidget(self.page_combo, 1)
        row.addWidget(self.orientation_combo, 1)
        form.addRow(_label(self.tr("Default PDF &page:"), self.page_combo), row)
        note = QLabel(self.tr("For maps not exported before; each map remembers its own."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.autosave_combo = QComboBox()
        for seconds in AUTOSAVE_CHOICES_S:
            self.autosave_combo.addItem(interval_text(seconds * 1000), seconds * 1000)
        form.addRow(self.tr("Autosave e&very:"), self.autosave_combo)
        for combo in (self.page_combo, self.orientation_combo, self.autosave_combo):
            combo.currentIndexChanged.connect(self._update_buttons)
        return group

    # --- values -----------------------------------------------------------------------

    def set_values(self, values: PreferenceValues) -> None:
        _select(self.language_combo, values.language)
        _select(self.theme_combo, values.theme)
        font = values.ui_font
        self.system_font_check.setChecked(font is None)
        shown = QFont(font.family) if font is not None else self.font()
        self.font_combo.setCurrentFont(shown)
        size = font.point_size if font is not None else QFontInfo(self.font()).pointSizeF()
        self.font_size.setValue(size)
        self.set_cjk_font(values.cjk_font)
        _select(self.page_combo, values.page_size)
        _select(self.orientation_combo, values.orientation)
        if self.autosave_combo.findData(values.autosave_ms) < 0:  # set by hand: keep it
            self.autosave_combo.addItem(interval_text(values.autosave_ms), values.autosave_ms)
        _select(self.autosave_combo, values.autosave_ms)

    def values(self) -> PreferenceValues:
        font = None
        if not self.system_font_check.isChecked():
            font = UiFont(self.font_combo.currentFont().family(), self.font_size.value())
        return PreferenceValues(
            language=self.language_combo.currentData(),
            theme=self.theme_combo.currentData(),
            ui_font=font,
            cjk_font=self._cjk_font,
            page_size=self.page_combo.currentData(),
            orientation=self.orientation_combo.currentData(),
            autosave_ms=self.autosave_combo.currentData(),
        )

    def set_cjk_font(self, spec: str | None) -> None:
        self._cjk_font = spec
        self.cjk_font_field.setText(spec or "")
        self.cjk_font_field.setToolTip(spec or "")
        self.automatic_button.setEnabled(spec is not None)
        self._show_font_in_use()
        self._update_buttons()

    def _choose_cjk_font(self) -> None:
        spec = choose_font_file(self)  # says why a file cannot be used
        if spec is not None:
            self.set_cjk_font(spec)

    def _show_font_in_use(self) -> None:
        font = self.main_window.map_font
        if font.has_cjk and font.face is not None:
            text = self.tr("In use: {family} ({file})").format(
                family=font.family, file=Path(font.face.path).name
            )
        else:
            text = self.tr("In use: no Chinese font found; Chinese text shows as boxes")
        if self._cjk_font != self.applied.cjk_font:
            text += "\n" + self.tr("The map is redrawn with the new font when you apply it.")
        self.font_in_use.setText(text)

    # --- buttons ----------------------------------------------------------------------

    def _update_buttons(self) -> None:
        custom = not self.system_font_check.isChecked()
        self.font_combo.setEnabled(custom)
        self.font_size.setEnabled(custom)
        self.apply_button.setEnabled(bool(self.values().changes(self.applied)))

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == ButtonRole.ApplyRole:
            self.apply()
        elif role == ButtonRole.AcceptRole:
            self.accept()
        else:
            self.reject()

    def apply(self) -> None:
        """Apply what changed; a new language closes the dialog and opens it again in it."""
        self._apply(reopen=True)

    def accept(self) -> None:
        self._apply(reopen=False)
        super().accept()

    def _apply(self, reopen: bool) -> None:
        values = self.values()
        language = apply_preferences(self.main_window, values, self.applied)
        self.applied = values
        self._show_font_in_use()
        self._update_buttons()
        if language is not None:
            self.languageChosen.emit(language, reopen)
            if reopen:
                self.close()


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic (Alt+letter) goes to `buddy` when the field is a row."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label

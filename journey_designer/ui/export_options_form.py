"""The Export dialog's option forms: the PDF's page and extra pages, the PNG's resolution.

Each form says `changed` after any edit and turns its widgets into the options' values
and back. The sheet's width and height are always shown as the sheet lies (orientation
applied), in mm or inches; they are editable when the size is Custom, and typing a wide
custom sheet turns the orientation to landscape.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from journey_designer.export.options import PAGE_SIZES_MM, ExportOptions, Mode, PageSetup
from journey_designer.ui.export_settings import Unit
from journey_designer.ui.image_export import MAX_DPI, MIN_DPI

MM_PER_INCH = 25.4
NAMED_SIZES = ("A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid")
CUSTOM_RANGE_MM = (50.0, 5080.0)  # export.pages refuses sides outside this
MAX_MARGIN_MM = 100.0


class PdfForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_combo = QComboBox()
        for name in NAMED_SIZES:
            self.size_combo.addItem(name, name)
        self.size_combo.addItem(self.tr("Custom"), "custom")
        self.width_spin = _length_spin()
        self.height_spin = _length_spin()
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("mm"), "mm")
        self.unit_combo.addItem(self.tr("in"), "in")
        self.landscape = QRadioButton(self.tr("Lan&dscape"))
        self.portrait = QRadioButton(self.tr("&Portrait"))
        self.orientation_group = QButtonGroup(self)
        self.orientation_group.addButton(self.landscape)
        self.orientation_group.addButton(self.portrait)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Fit on one sheet"), "fit")
        self.mode_combo.addItem(self.tr("Tile at 100% (poster)"), "tile")
        self.mode_combo.addItem(self.tr("One stage per sheet"), "per_stage")
        self.margin_spin = _length_spin()
        self.cover = QCheckBox(self.tr("&Cover page"))
        self.legend = QCheckBox(self.tr("Le&gend"))
        self.appendix = QCheckBox(self.tr("&Appendix (touchpoint metrics)"))
        self.charts = QCheckBox(self.tr("Charts (dashboard)"))
        self.header_footer = QCheckBox(self.tr("&Header and footer"))
        self._unit: Unit = "mm"
        self._custom_mm: tuple[float, float] = (600.0, 400.0)  # kept while a named size shows
        self._build()
        self._connect()

    def _build(self) -> None:
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.width_spin)
        sheet_row.addWidget(QLabel("×"))
        sheet_row.addWidget(self.height_spin)
        sheet_row.addWidget(self.unit_combo)
        orientation_row = QHBoxLayout()
        orientation_row.addWidget(self.landscape)
        orientation_row.addWidget(self.portrait)
        orientation_row.addStretch(1)
        extras = QGridLayout()
        extras.addWidget(self.cover, 0, 0)
        extras.addWidget(self.legend, 0, 1)
        extras.addWidget(self.appendix, 1, 0, 1, 2)
        extras.addWidget(self.charts, 2, 0, 1, 2)
        extras.addWidget(self.header_footer, 3, 0, 1, 2)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Page &size:"), self.size_combo)
        form.addRow(self.tr("Width × height:"), sheet_row)
        form.addRow(self.tr("Orientation:"), orientation_row)
        form.addRow(self.tr("&Layout:"), self.mode_combo)
        form.addRow(self.tr("&Margins:"), self.margin_spin)
        form.addRow(self.tr("Include:"), extras)

    def _connect(self) -> None:
        self.size_combo.currentIndexChanged.connect(self._size_changed)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.landscape.toggled.connect(self._orientation_changed)
        self.width_spin.valueChanged.connect(self._custom_typed)
        self.height_spin.valueChanged.connect(self._custom_typed)
        self.mode_combo.currentIndexChanged.connect(self.changed)
        self.margin_spin.valueChanged.connect(self.changed)
        for box in (self.cover, self.legend, self.appendix, self.charts, self.header_footer):
            box.toggled.connect(self.changed)

    # --- values -------------------------------------------------------------------------

    def unit(self) -> Unit:
        return self._unit

    def page(self) -> PageSetup:
        size = str(self.size_combo.currentData())
        return PageSetup(
            size=size,
            orientation="landscape" if self.landscape.isChecked() else "portrait",
            custom_mm=self._custom_mm if size == "custom" else None,
            margin_mm=round(self._to_mm(self.margin_spin.value()), 2),
        )

    def options(self, base: ExportOptions) -> ExportOptions:
        """`base` (its title, language, …) with this form's choices."""
        return replace(
            base,
            page=self.page(),
            mode=cast(Mode, self.mode_combo.currentData()),
            cover=self.cover.isChecked(),
            legend=self.legend.isChecked(),
            appendix=self.appendix.isChecked(),
            charts=self.charts.isChecked(),
            header_footer=self.header_footer.isChecked(),
        )

    def set_options(self, options: ExportOptions, unit: Unit) -> None:
        self.blockSignals(True)  # one `changed` at the end, not one per widget
        try:
            page = options.page
            if page.custom_mm is not None:
                self._custom_mm = page.custom_mm
            self._set_unit(unit)
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit)))
            self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(page.size)))
            (self.landscape if page.orientation == "landscape" else self.portrait).setChecked(True)
            self._set_mode(options.mode)
            self.margin_spin.setValue(self._from_mm(page.margin_mm))
            self.cover.setChecked(options.cover)
            self.legend.setChecked(options.legend)
            self.appendix.setChecked(options.appendix)
            self.charts.setChecked(options.charts)
            self.header_footer.setChecked(options.header_footer)
            self._show_sheet()
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def _set_mode(self, mode: Mode) -> None:
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))

    # --- reactions ----------------------------------------------------------------------

    def _size_changed(self) -> None:
        self._show_sheet()
        self.changed.emit()

    def _orientation_changed(self) -> None:
        self._show_sheet()
        self.changed.emit()

    def _unit_changed(self) -> None:
        margin_mm = self._to_mm(self.margin_spin.value())
        self._set_unit(str(self.unit_combo.currentData()))
        self.margin_spin.blockSignals(True)
        self.margin_spin.setValue(self._from_mm(margin_mm))
        self.margin_spin.blockSignals(False)
        self._show_sheet()
        self.changed.emit()

    def _custom_typed(self) -> None:
        if self.size_combo.currentData() != "custom":
            return
        width, height = self._to_mm(self.width_spin.value()), self._to_mm(self.height_spin.value())
        self._custom_mm = (width, height)
        if width != height and (width > height) != self.landscape.isChecked():
            (self.landscape if width > height else self.portrait).setChecked(True)
        else:
            self.changed.emit()

    # --- display ------------------------------------------------------------------------

    def _set_unit(self, unit: str) -> None:
        self._unit = "in" if unit == "in" else "mm"
        inches = self._unit == "in"
        low, high = CUSTOM_RANGE_MM
        for spin in (self.width_spin, self.height_spin):
            spin.blockSignals(True)
            spin.setDecimals(2 if inches else 1)
            spin.setRange(self._from_mm(low), self._from_mm(high))
            spin.setSingleStep(0.25 if inches else 5.0)
            spin.setSuffix(" in" if inches else " mm")
            spin.blockSignals(False)
        self.margin_spin.blockSignals(True)
        self.margin_spin.setDecimals(2 if inches else 1)
        self.margin_spin.setRange(0.0, self._from_mm(MAX_MARGIN_MM))
        self.margin_spin.setSingleStep(0.1 if inches else 1.0)
        self.margin_spin.setSuffix(" in" if inches else " mm")
        self.margin_spin.blockSignals(False)

    def _show_sheet(self) -> None:
        """Width and height of the sheet as it lies; editable only for a custom size."""
        custom = self.size_combo.currentData() == "custom"
        landscape = self.landscape.isChecked()
        if custom:
            short, long = sorted(self._custom_mm)
        else:
            short, long = sorted(PAGE_SIZES_MM[str(self.size_combo.currentData())])
        width, height = (long, short) if landscape else (short, long)
        if custom:
            self._custom_mm = (width, height)
        for spin, value in ((self.width_spin, width), (self.height_spin, height)):
            spin.blockSignals(True)
            spin.setValue(self._from_mm(value))
            spin.setEnabled(custom)
            spin.blockSignals(False)

    def _to_mm(self, value: float) -> float:
        return value * MM_PER_INCH if self._unit == "in" else value

    def _from_mm(self, value: float) -> float:
        return value / MM_PER_INCH if self._unit == "in" else value


class ImageForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(MIN_DPI, MAX_DPI)
        self.dpi_spin.setSingleStep(25)
        self.dpi_spin.setSuffix(self.tr(" dpi"))
        self.transparent_box = QCheckBox(self.tr("&Transparent background"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Resolution:"), self.dpi_spin)
        form.addRow("", self.transparent_box)
        self.dpi_spin.valueChanged.connect(self.changed)
        self.transparent_box.toggled.connect(self.changed)

    def dpi(self) -> int:
        return self.dpi_spin.value()

    def transparent(self) -> bool:
        return self.transparent_box.isChecked()

    def set_values(self, dpi: int, transparent: bool) -> None:
        self.dpi_spin.setValue(min(MAX_DPI, max(MIN_DPI, dpi)))
        self.transparent_box.setChecked(transparent)


def _length_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setKeyboardTracking(False)  # one change when typing ends, not one per digit
    spin.setMinimumWidth(90)
    return spin

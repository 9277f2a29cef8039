"""Help ▸ About Journey Designer: the version, what the app is for, the components it is
built from with the versions in use and their licences, and the map font with its licence.
The Licences… button shows the licence texts (`resources/licenses/`)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journey_designer import __version__
from journey_designer.components import (
    Component,
    components_with_versions,
    font_component,
)
from journey_designer.resources import MissingResourceError, resource
from journey_designer.ui.map_font import MapFont


class AboutDialog(QDialog):
    def __init__(self, map_font: MapFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Journey Designer"))
        self.map_font = map_font
        self.rows = components_with_versions(qVersion())
        name = self.tr("Journey Designer")
        self.heading = QLabel(f"<h2>{html.escape(name)} {html.escape(__version__)}</h2>")
        self.description = QLabel(
            self.tr(
                "Design customer journey maps: stages, lanes, cards and emotion curves, "
                "with survey data and print-ready PDF."
            )
        )
        self.description.setWordWrap(True)
        self.table = self._component_table()
        self.font_label = QLabel(self.font_text())
        self.font_label.setWordWrap(True)
        self.font_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences_button = QPushButton(self.tr("&Licences…"))
        self.licences_button.clicked.connect(lambda: self.show_licences())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addWidget(QLabel(self.tr("Built with:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.font_label)
        layout.addWidget(buttons)
        self.resize(560, 600)

    def _component_table(self) -> QTableWidget:
        table = QTableWidget(len(self.rows), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        for row, (component, version) in enumerate(self.rows):
            for column, text in enumerate((component.name, version, component.licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.cellDoubleClicked.connect(lambda row, _column: self.show_licences(row))
        table.setToolTip(self.tr("Double-click a component to read its licence"))
        return table

    def font_text(self) -> str:
        font = self.map_font
        where = str(font.face.path) if font.face is not None else self.tr("Qt's default font")
        bundled = font_component(font.family)
        licence = (
            bundled.licence
            if bundled is not None
            else self.tr("the licence of the font installed on this computer")
        )
        return self.tr("Map font: {font} ({file}); licence: {licence}").format(
            font=font.family, file=where, licence=licence
        )

    def components(self) -> list[Component]:
        """Every row of the table, font included, as the Licences dialog lists them."""
        listed = [component for component, _version in self.rows]
        bundled = font_component(self.map_font.family)
        return [*listed, bundled] if bundled is not None else listed

    def show_licences(self, row: int = 0) -> LicencesDialog:
        dialog = LicencesDialog(self.components(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.list.setCurrentRow(row)
        dialog.show()
        return dialog


class LicencesDialog(QDialog):
    """The components on the left, the text of the chosen one's licence on the right."""

    def __init__(self, components: list[Component], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.components = components
        self.list = QListWidget()
        for component in components:
            item = QListWidgetItem(component.name)
            item.setToolTip(component.licence)
            self.list.addItem(item)
        self.list.setMaximumWidth(220)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.list.currentRowChanged.connect(self.show_component)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(820, 600)

    def show_component(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        parts = [f"<h3>{html.escape(component.name)}</h3>"]
        parts.append(f"<p>{html.escape(component.licence)}")
        if component.url:
            url = html.escape(component.url)
            parts.append(f" · <a href='{url}'>{url}</a>")
        parts.append("</p>")
        for name in component.licence_files:
            text = html.escape(licence_text(name))
            parts.append(f"<pre style='white-space: pre-wrap'>{text}</pre><hr>")
        self.text.setHtml("".join(parts))


def licence_text(name: str) -> str:
    try:
        return resource("licenses", name).read_text(encoding="utf-8")
    except (MissingResourceError, OSError, UnicodeDecodeError) as error:
        return str(error)


def show_about(parent: QWidget, map_font: MapFont) -> AboutDialog:
    dialog = AboutDialog(map_font, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

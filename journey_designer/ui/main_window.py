"""The main window: the map canvas, the menus, the title with its unsaved-changes mark, and
the status bar (what is selected, the zoom).

The window shows one `MapDocument` at a time (`self.document`); the file commands replace
it. The editor of the next issue (undo stack, edit commands) hangs off the document.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from journey_designer.export.words import layout_labels
from journey_designer.layout import LayoutCache, LayoutStyle, MapLayout, layout_map
from journey_designer.model import JourneyMap
from journey_designer.ui.about import show_about
from journey_designer.ui.actions import MainActions
from journey_designer.ui.autosave import install_autosave
from journey_designer.ui.canvas.map_item import MapItem
from journey_designer.ui.canvas.scene import MapScene
from journey_designer.ui.canvas.text_painter import MapTextPainter
from journey_designer.ui.canvas.view import MapView
from journey_designer.ui.cards import install_card_editing
from journey_designer.ui.document import MapDocument
from journey_designer.ui.editor import MapEditor
from journey_designer.ui.excel_export import install_excel_export
from journey_designer.ui.export_action import install_export
from journey_designer.ui.file_commands import FileCommands
from journey_designer.ui.font_notice import missing_font_status, show_missing_font_notice
from journey_designer.ui.help_menu import install_help
from journey_designer.ui.i18n import map_labels
from journey_designer.ui.map_font import MapFont, load_map_font
from journey_designer.ui.marketing import install_marketing
from journey_designer.ui.panels import install_panels
from journey_designer.ui.preferences import install_preferences
from journey_designer.ui.presentation import install_workshop
from journey_designer.ui.selection_text import describe_selection
from journey_designer.ui.settings import AppSettings
from journey_designer.ui.structure import install_structure_editing
from journey_designer.ui.survey_import import install_survey_import
from journey_designer.ui.theme import WARNING, tint_text

FIRST_RUN_SIZE = (1600, 1000)  # at most; and at most this share of the screen:
FIRST_RUN_SCREEN_SHARE = 0.92


class MainWindow(QMainWindow):
    editorChanged = Signal(object)  # the new MapEditor: another map was opened or created

    def __init__(
        self, map_font: MapFont, language: str, settings: AppSettings | None = None
    ) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.language = language
        self.map_font = map_font
        self.layout_style = LayoutStyle()
        self.layout_cache = LayoutCache()  # one per open map: edits re-measure only what changed
        self.labels = map_labels()  # the panels' option names, in the UI language
        self.document: MapDocument = MapDocument(_empty_map(), parent=self)
        self.scene = MapScene(
            MapTextPainter(map_font.family, map_font.measurer), self.layout_style, self
        )
        self.view = MapView(self.scene, self)
        self.setCentralWidget(self.view)
        self.undo_group = QUndoGroup(self)
        self.editor = MapEditor(self.document, self.refresh_after_edit, self)
        self.menu_actions = MainActions(self, self.settings, self.undo_group)
        self.files = FileCommands(self, self.settings, language)
        self.selection_label = QLabel()  # the status bar: what is selected, ...
        self.font_status = QLabel(missing_font_status())  # ... no Chinese font, ...
        self.zoom_label = QLabel()  # ... and the zoom
        self._font_notice_shown = False
        self._build_status_bar()
        self._connect_actions()
        self._restore_geometry()
        self._install_features()

    def _install_features(self) -> None:
        """Each editing feature adds its actions, panels and canvas behaviour here."""
        # Features install below this line, one call each.
        self.cards = install_card_editing(self)
        self.structure = install_structure_editing(self)
        self.panels = install_panels(self)
        self.autosave = install_autosave(self)
        self.workshop = install_workshop(self)
        self.survey_import = install_survey_import(self)
        self.export = install_export(self)
        self.excel_export = install_excel_export(self)
        self.marketing = install_marketing(self)
        self.help = install_help(self)
        self.preferences = install_preferences(self)

    # --- the document -----------------------------------------------------------------

    def set_document(self, document: MapDocument, editor: MapEditor | None = None) -> None:
        """Show `document` (with its `editor`, if it has one): draw its map, title the window."""
        previous, previous_editor = self.document, self.editor
        self.layout_cache = LayoutCache()
        document.setParent(self)
        self.document = document
        if editor is None:
            editor = MapEditor(document, self.refresh_after_edit, self)
        self.editor = editor
        document.saved.connect(self.editor.mark_saved)
        document.modifiedChanged.connect(self._update_title)
        document.pathChanged.connect(self._update_title)
        self.editor.editRefused.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.undo_group.addStack(self.editor.undo_stack)
        self.undo_group.setActiveStack(self.editor.undo_stack)
        self.undo_group.removeStack(previous_editor.undo_stack)
        previous_editor.deleteLater()
        if previous is not document:
            previous.deleteLater()
        self.relayout()
        self._update_title()
        self.view.request_opening_view()
        self.editorChanged.emit(self.editor)

    def adopt_editor(self, editor: MapEditor) -> None:
        """Show another window's map with its editor and undo history (the language switch):
        nothing is saved or asked; the edits redraw this window from now on."""
        editor.setParent(self)
        editor._on_change = self.refresh_after_edit
        self._font_notice_shown = True  # the other window said it already
        self.set_document(editor.document, editor)

    def relayout(self) -> MapLayout:
        """Lay the whole map out again and rebuild the scene from it."""
        layout = self.layout_document()
        self.scene.show_layout(layout)
        self._show_selection()
        return layout

    def layout_document(self) -> MapLayout:
        """Lay out the open map; unchanged cards come from the document's layout cache."""
        return layout_map(
            self.document.journey,
            self.map_font.measurer,
            self.layout_style,
            self.canvas_labels(),
            self.layout_cache,
        )

    def canvas_labels(self) -> dict[str, str]:
        """The words the map draws (badges, metric names): in the map's own language, as its
        PDF prints them, whatever the interface's language (`self.labels` is that one)."""
        return layout_labels(self.document.journey.language)

    def refresh_after_edit(self) -> MapLayout:
        """Lay the map out again after an edit; the scene updates only what changed."""
        layout = self.layout_document()
        self.scene.update_layout(layout)
        self._show_selection()
        return layout

    def set_map_font(self, map_font: MapFont) -> None:
        self.map_font = map_font
        self.scene.text_painter = MapTextPainter(map_font.family, map_font.measurer)
        self.relayout()

    def use_font_file(self, spec: str) -> None:
        """The user chose a Chinese font file: remember it and redraw the map with it."""
        map_font = load_map_font(spec)
        if not map_font.has_cjk:
            return
        self.settings.set_cjk_font(spec)
        self.set_map_font(map_font)
        self.font_status.hide()
        self.statusBar().showMessage(self.tr("Map font: {font}").format(font=map_font.family), 6000)

    def _update_title(self) -> None:
        # "[*]" is where Qt shows the unsaved-changes mark when the window is modified.
        self.setWindowTitle(
            self.tr("{name}[*] — Journey Designer").format(name=self.document.display_name())
        )
        self.setWindowModified(self.document.modified)

    # --- status bar -------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.addWidget(self.selection_label, 1)
        tint_text(self.font_status, WARNING)
        self.font_status.setVisible(not self.map_font.has_cjk)
        bar.addPermanentWidget(self.font_status)
        bar.addPermanentWidget(self.zoom_label)
        self.scene.selectionChanged.connect(self._show_selection)
        self.view.zoomChanged.connect(self._show_zoom)
        self._show_zoom(self.view.zoom())

    def _show_selection(self) -> None:
        items: list[MapItem] = self.scene.selected_map_items()
        self.selection_label.setText(describe_selection(self.document.journey, items))

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom {percent}%").format(percent=round(zoom * 100)))

    # --- actions ----------------------------------------------------------------------

    def _connect_actions(self) -> None:
        actions, files, view = self.menu_actions, self.files, self.view
        actions.new_from_template.triggered.connect(files.new_from_template)
        actions.open.triggered.connect(files.open)
        actions.recent_files.fileChosen.connect(files.open_recent)
        actions.save.triggered.connect(files.save)
        actions.save_as.triggered.connect(files.save_as)
        actions.quit.triggered.connect(self.close)
        actions.zoom_in.triggered.connect(view.zoom_in)
        actions.zoom_out.triggered.connect(view.zoom_out)
        actions.zoom_fit.triggered.connect(view.zoom_fit)
        actions.zoom_actual.triggered.connect(view.zoom_actual_size)
        actions.about.triggered.connect(lambda: show_about(self, self.map_font))
        actions.about_qt.triggered.connect(QApplication.aboutQt)

    # --- window events ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.map_font.has_cjk and not self._font_notice_shown:
            self._font_notice_shown = True  # said once per run, not on every redraw
            QTimer.singleShot(0, lambda: show_missing_font_notice(self, self.use_font_file))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.settings.set_window_geometry(self.saveGeometry())
        event.accept()

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            return
        available = self.screen().availableGeometry()
        width = min(FIRST_RUN_SIZE[0], int(available.width() * FIRST_RUN_SCREEN_SHARE))
        height = min(FIRST_RUN_SIZE[1], int(available.height() * FIRST_RUN_SCREEN_SHARE))
        self.resize(width, height)


def _empty_map() -> JourneyMap:
    return JourneyMap(id="map", title="")

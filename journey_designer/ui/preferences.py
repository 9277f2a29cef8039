"""Edit ▸ Preferences…: what the preferences are, how each is applied, and the menu action.

`PreferenceValues` is everything the dialog edits, read from and written to `AppSettings`.
`apply_preferences` writes the values that changed and applies each at once to the running
app: the theme and the interface font to the application, the map font and the autosave
interval to every main window, the default PDF page to the next export of a map never
exported; a new language rebuilds the window (`language_switch.py`) once the dialog has
returned. The dialog itself (`preferences_dialog.py`) is built on first use (start-up time).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from journey_designer.export.options import Orientation
from journey_designer.ui.actions import key_sequences
from journey_designer.ui.i18n import resolve_language
from journey_designer.ui.map_font import load_map_font
from journey_designer.ui.settings import AppSettings, LanguageChoice, Theme, UiFont
from journey_designer.ui.theme import apply_theme, apply_ui_font, canvas_background, paper_palette

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow
    from journey_designer.ui.preferences_dialog import PreferencesDialog


@dataclass(frozen=True)
class PreferenceValues:
    language: LanguageChoice
    theme: Theme
    ui_font: UiFont | None  # None: the system's
    cjk_font: str | None  # a font file (`path`, `file.ttc#1`); None: found automatically
    page_size: str
    orientation: Orientation
    autosave_ms: int

    @classmethod
    def load(cls, settings: AppSettings) -> PreferenceValues:
        page_size, orientation = settings.default_page()
        return cls(
            language=settings.language(),
            theme=settings.theme(),
            ui_font=settings.ui_font(),
            cjk_font=settings.cjk_font(),
            page_size=page_size,
            orientation=orientation,
            autosave_ms=settings.autosave_interval_ms(),
        )

    def changes(self, before: PreferenceValues) -> set[str]:
        """The names of the values that differ from `before`."""
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(before, f.name)}


def ui_language(choice: LanguageChoice) -> str:
    """The interface language a choice means on this system ("en" or "zh")."""
    return resolve_language(None if choice == "system" else choice)


def main_windows() -> list[MainWindow]:
    from journey_designer.ui.main_window import MainWindow

    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def apply_preferences(
    window: MainWindow, values: PreferenceValues, before: PreferenceValues
) -> str | None:
    """Save and apply what changed since `before`; the language to switch `window` to, if
    its interface language must change (the caller switches once the dialog is done)."""
    settings = window.settings
    changed = values.changes(before)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    windows = main_windows() or [window]
    if "theme" in changed:
        settings.set_theme(values.theme)
        apply_theme(app, values.theme)
    if "ui_font" in changed:
        settings.set_ui_font(values.ui_font)
        apply_ui_font(app, values.ui_font)
    if "cjk_font" in changed:
        _apply_map_font(windows, settings, values.cjk_font)
    if {"page_size", "orientation"} & changed:
        settings.set_default_page(values.page_size, values.orientation)
    if "autosave_ms" in changed:
        settings.set_autosave_interval_ms(values.autosave_ms)
        for each in windows:
            each.autosave.set_interval(settings.autosave_interval_ms())
    if "language" in changed:
        settings.set_language(values.language)
        language = ui_language(values.language)
        return language if language != window.language else None
    return None


def _apply_map_font(windows: list[MainWindow], settings: AppSettings, spec: str | None) -> None:
    if spec is not None:
        for each in windows:
            each.use_font_file(spec)  # remembers it, redraws, says which font is used
        return
    settings.clear_cjk_font()
    map_font = load_map_font(None)
    for each in windows:
        each.set_map_font(map_font)
        each.font_status.setVisible(not map_font.has_cjk)


class Preferences(QObject):
    """The Preferences action of a main window; the canvas around the map follows the theme."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PreferencesDialog | None = None
        self.action = QAction(self.tr("&Preferences…"), window)
        self.action.setShortcuts(key_sequences([QKeySequence.StandardKey.Preferences, "Ctrl+,"]))
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setStatusTip(
            self.tr("Language, theme, fonts, default PDF page and autosave interval")
        )
        self.action.triggered.connect(self.show_dialog)
        edit_menu = window.menu_actions.edit_menu
        edit_menu.addSeparator()
        edit_menu.addAction(self.action)
        self.follow_theme()
        window.installEventFilter(self)

    def show_dialog(self) -> PreferencesDialog:
        """Open the dialog (window-modal), or bring the open one forward."""
        from journey_designer.ui.preferences_dialog import PreferencesDialog

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        self.window.panels.commit_pending()
        dialog = PreferencesDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.languageChosen.connect(self._switch_language)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _switch_language(self, language: str, reopen: bool) -> None:
        """After the dialog's button handler has returned: the window is replaced."""
        QTimer.singleShot(0, lambda: self._replace_window(language, reopen))

    def _replace_window(self, language: str, reopen: bool) -> None:
        from journey_designer.ui.language_switch import switch_language

        new_window = switch_language(self.window, language)
        if reopen:  # Apply: the dialog stays open, now in the new language
            new_window.preferences.show_dialog()

    # --- theme ------------------------------------------------------------------------

    def follow_theme(self) -> None:
        """The canvas around the paper follows the theme; what lies on the paper (an
        in-place editor) keeps the light palette, as the paper keeps its colours."""
        view = self.window.view
        view.setBackgroundBrush(canvas_background(self.window.palette()))
        view.viewport().setPalette(paper_palette())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.PaletteChange:
            self.follow_theme()
        return False


def install_preferences(window: MainWindow) -> Preferences:
    return Preferences(window)

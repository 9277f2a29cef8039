"""Switch the interface language while the app runs, losing nothing.

The UI builds its words once, with tr(), when it is constructed (menus, panels, the status
bar, the map's own labels from `map_labels()`), so a switch builds the main window again:
the translators are swapped (`i18n.use_language`, which also sets QLocale's default), a new
window is built in the new language, and the open map moves into it with its editor — the
same `MapDocument` (file path, unsaved changes) and the same undo stack (its history). The
new window's autosave takes over the recovery file of the unsaved work. Geometry, docks,
zoom and scroll, the selection and the keyboard's place, the owner highlight, the dashboard
and the workshop timer are carried over; then the old window goes without asking "save
changes?".

Not carried over: the words of past undo steps (they were written in the old language) and
presentation mode (left before the switch).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPointF
from PySide6.QtWidgets import QApplication

from journey_designer.ui.app import create_main_window
from journey_designer.ui.canvas.card_navigation import Place
from journey_designer.ui.editor import MapEditor
from journey_designer.ui.i18n import use_language
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.owner_highlight import OwnerChoice
from journey_designer.ui.panels import DOCK_STATE_VERSION

log = logging.getLogger(__name__)


@dataclass
class ViewState:
    """What the user sees of the map, to show again in the new window."""

    geometry: QByteArray
    docks: QByteArray
    zoom: float
    centre: QPointF  # the scene point in the middle of the view
    selected: list[str]  # model ids
    place: Place | None  # the keyboard's place among the cards
    highlight: OwnerChoice | None
    dashboard: bool
    timer: tuple[int, int, bool] | None  # duration, remaining (ms), running; None: not set

    @classmethod
    def capture(cls, window: MainWindow) -> ViewState:
        view = window.view
        timer = window.workshop.timer
        dashboard = window.marketing.dashboard
        return cls(
            geometry=window.saveGeometry(),
            docks=window.saveState(DOCK_STATE_VERSION),
            zoom=view.zoom(),
            centre=view.mapToScene(view.viewport().rect().center()),
            selected=[item.model_id for item in window.scene.selected_map_items()],
            place=window.cards.place,
            highlight=window.marketing.owners.choice,
            dashboard=dashboard is not None and dashboard.isVisible(),
            timer=(timer.duration_ms, timer.remaining_ms(), timer.running)
            if timer.is_set
            else None,
        )

    def restore_window(self, window: MainWindow) -> None:
        """Before the window is shown: where it is, its docks, what is selected."""
        window.restoreGeometry(self.geometry)
        window.restoreState(self.docks, DOCK_STATE_VERSION)
        if self.dashboard:
            window.marketing.show_dashboard(True)
        for model_id in self.selected:
            item = window.scene.item_for(model_id)
            if item is not None:
                item.setSelected(True)
        if self.place is not None:
            window.cards.set_place(self.place)
        if self.highlight is not None:
            window.marketing.owners.highlight(self.highlight)
        if self.timer is not None:
            duration, remaining, running = self.timer
            timer = window.workshop.timer
            timer.set_duration(remaining, start=running)
            timer.duration_ms = duration  # what "reset" and "again" go back to

    def restore_view(self, window: MainWindow) -> None:
        """Once the view has its size (after its first paint, which fits the map's width)."""
        window.view.set_zoom(self.zoom)
        window.view.centerOn(self.centre)


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Show `window`'s work in a new main window in `language` and close `window` without
    asking anything; the new window (or `window` itself when it is in `language` already)."""
    if language == window.language:
        return window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if window.workshop.presentation.presenting:
        window.workshop.presentation.leave()
    window.panels.commit_pending()  # words typed in a panel become an edit first
    window.cards.finish_editing()
    state = ViewState.capture(window)
    # The next windows open where this one is, with its docks (also read by the new panels).
    window.settings.set_window_geometry(state.geometry)
    window.panels.save_dock_state()
    recovery = window.autosave.hand_over()
    editor = window.editor
    _detach(editor)
    use_language(app, language)
    new_window = create_main_window(language, window.settings)
    new_window.adopt_editor(editor)
    new_window.autosave.take_over(*recovery)
    state.restore_window(new_window)
    new_window.view.firstPainted.connect(lambda: state.restore_view(new_window))
    new_window.show()
    new_window.raise_()
    new_window.activateWindow()
    window.hide()  # not close(): closing asks "save changes?", and the map is not closing
    window.deleteLater()
    log.info("interface language switched to %s", language)
    return new_window


def _detach(editor: MapEditor) -> None:
    """Disconnect the old window from the editor's and its document's signals; the new
    window connects its own (MainWindow.set_document and each feature's editorChanged)."""
    document = editor.document
    for signal in (
        editor.changed,
        editor.editRefused,
        document.modifiedChanged,
        document.pathChanged,
        document.saved,
    ):
        with contextlib.suppress(RuntimeError, TypeError):  # when nothing was connected
            signal.disconnect()

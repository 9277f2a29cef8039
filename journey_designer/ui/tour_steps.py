"""The first-run tour's five steps: what each says and which part of the window it points at.

The texts name the gestures the canvas implements and the shortcuts read from the window's
own actions, so a changed shortcut changes the tour too. Targets are rectangles in the
main window's coordinates, found again whenever the map scrolls, zooms or changes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, QRectF
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from journey_designer.ui.panels.shortcuts_dialog import plain_text

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class TourStep:
    key: str  # "add_card", "move_card", "curve", "survey", "export"
    title: str
    html: str  # 1-3 sentences; shortcuts and menu paths in bold
    target: Callable[[TourTargets], QRect | None]  # window coordinates; None: no pointer


def shortcut_text(action: QAction) -> str:
    """The action's first shortcut as the menus show it ("Ctrl+Shift+I")."""
    return action.shortcut().toString(NATIVE)


def menu_path(menu: QMenu, action: QAction) -> str:
    """ "Map ▸ Import Survey…" in the UI language, without mnemonics."""
    command = plain_text(action.text())
    if action.text().rstrip().endswith(("…", "...")):
        command += "…"
    return f"{plain_text(menu.title())} ▸ {command}"


def _fill(template: str, **values: str) -> str:
    """The translated sentence, escaped, with each value in bold."""
    bold = {name: f"<b>{html.escape(value)}</b>" for name, value in values.items()}
    return html.escape(template, quote=False).format(**bold)


def tour_steps(window: MainWindow) -> list[TourStep]:
    actions = window.menu_actions
    new_card = window.cards.actions.new_card
    import_action = window.survey_import.import_action
    export_action = window.export.action
    undo = shortcut_text(actions.undo)
    return [
        TourStep(
            "add_card",
            QCoreApplication.translate("Tour", "Add a card"),
            _fill(
                QCoreApplication.translate(
                    "Tour",
                    "Double-click an empty spot in a cell, or click the “+” that appears in "
                    "the cell under the mouse; {new_card} adds one after the selected card. "
                    "Type it (the first line is the title): {enter} keeps it, {esc} drops it.",
                ),
                new_card=shortcut_text(new_card),
                enter=QCoreApplication.translate("Tour", "Enter"),
                esc=QCoreApplication.translate("Tour", "Esc"),
            ),
            TourTargets.first_cell,
        ),
        TourStep(
            "move_card",
            QCoreApplication.translate("Tour", "Move it"),
            _fill(
                QCoreApplication.translate(
                    "Tour",
                    "Drag a card to another cell, in any stage or lane: a line shows where it "
                    "will land. Ctrl+click or drag a frame to select several and move them "
                    "together. {undo} takes a move back.",
                ),
                undo=undo,
            ),
            TourTargets.card_to_move,
        ),
        TourStep(
            "curve",
            QCoreApplication.translate("Tour", "Draw the emotion curve"),
            _fill(
                QCoreApplication.translate(
                    "Tour",
                    "Drag a point up or down: it snaps to the map's scale. Click empty space "
                    "in the emotion lane to add a point to the persona's curve; double-click a "
                    "point to label it.",
                )
            ),
            TourTargets.emotion_lane,
        ),
        TourStep(
            "survey",
            QCoreApplication.translate("Tour", "Import a survey"),
            _fill(
                QCoreApplication.translate(
                    "Tour",
                    "{command} ({shortcut}) reads an Excel or CSV export (Qualtrics, "
                    "SurveyMonkey, Google Forms, 问卷星, 腾讯问卷…). It suggests which question "
                    "belongs to which stage and touchpoint, then adds the scores and a measured "
                    "emotion curve as one step you can undo.",
                ),
                command=menu_path(actions.map_menu, import_action),
                shortcut=shortcut_text(import_action),
            ),
            lambda targets: targets.menu_title(actions.map_menu),
        ),
        TourStep(
            "export",
            QCoreApplication.translate("Tour", "Export a PDF"),
            _fill(
                QCoreApplication.translate(
                    "Tour",
                    "{command} ({shortcut}) prints the map as a vector PDF: fit it on one "
                    "sheet, tile a poster at 100% or put one stage on each sheet, with a cover "
                    "and a legend if you like. The preview shows the map's sheets before you save.",
                ),
                command=menu_path(actions.file_menu, export_action),
                shortcut=shortcut_text(export_action),
            ),
            lambda targets: targets.menu_title(actions.file_menu),
        ),
    ]


class TourTargets:
    """Finds the parts of the window the steps point at, in window coordinates.

    The card a step points at is chosen when the step starts (`choose_card`) and kept
    while the map scrolls; the "Move it" step points at the card the user has just added,
    if they added one.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.card_id: str | None = None
        self.cards_at_start: set[str] = set()

    def remember_cards(self) -> None:
        self.cards_at_start = {item.card_id for item in self.window.scene.card_items()}

    def choose_card(self, prefer_new: bool) -> None:
        """The card to point at: a new one (the user's), else the first one on screen."""
        items = self.window.scene.card_items()
        if prefer_new:
            new = [item for item in items if item.card_id not in self.cards_at_start]
            if new:
                self.card_id = new[-1].card_id
                return
        visible = self._visible_scene_rect()
        on_screen = [i for i in items if visible.contains(i.sceneBoundingRect())] or items
        first = min(
            on_screen,
            key=lambda i: (i.sceneBoundingRect().top(), i.sceneBoundingRect().left()),
            default=None,
        )
        self.card_id = first.card_id if first is not None else None

    def card_scene_rect(self) -> QRectF | None:
        item = self.window.scene.card_item(self.card_id) if self.card_id else None
        return item.sceneBoundingRect() if item is not None else None

    def cell_scene_rect(self) -> QRectF | None:
        journey = self.window.document.journey
        card = next((c for c in journey.cards if c.id == self.card_id), None)
        if card is None:
            return None
        rect = self.window.scene.cell_rect((card.lane_id, card.stage_id))
        return None if rect.isEmpty() else rect

    def emotion_scene_rect(self) -> QRectF | None:
        plots = list(self.window.scene.plot_items.values())
        return plots[0].sceneBoundingRect() if plots else None

    # --- the steps' targets ---------------------------------------------------------

    def first_cell(self) -> QRect | None:
        return self.from_scene(self.cell_scene_rect())

    def card_to_move(self) -> QRect | None:
        return self.from_scene(self.card_scene_rect())

    def emotion_lane(self) -> QRect | None:
        return self.from_scene(self.emotion_scene_rect())

    def menu_title(self, menu: QMenu) -> QRect | None:
        bar = self.window.menuBar()
        if not bar.isVisible():
            return None
        rect = bar.actionGeometry(menu.menuAction())
        return QRect(bar.mapTo(self.window, rect.topLeft()), rect.size())

    # --- coordinates ----------------------------------------------------------------

    def from_scene(self, rect: QRectF | None) -> QRect | None:
        """A scene rectangle in window coordinates, cut to the visible canvas."""
        if rect is None:
            return None
        view = self.window.view
        viewport = view.viewport()
        shown = view.mapFromScene(rect).boundingRect().intersected(viewport.rect())
        if shown.isEmpty():
            return None
        return QRect(viewport.mapTo(self.window, shown.topLeft()), shown.size())

    def _visible_scene_rect(self) -> QRectF:
        view = self.window.view
        return view.mapToScene(view.viewport().rect()).boundingRect()

    def reveal(self, rect: QRectF | None) -> None:
        """Scroll the canvas so `rect` is on screen (when a step starts)."""
        if rect is not None:
            self.window.view.ensureVisible(rect, 40, 40)

"""The first-run tour's five steps: what each says, which part of the window it points at,
and how the tour knows the user has done it.

The texts name the gestures the canvas implements and the shortcuts read from the window's
own actions, so a changed shortcut changes the tour too. Targets are rectangles in the
main window's coordinates, found again whenever the map scrolls, zooms or changes.

A step is done when the map shows it (`edits_done`: a card added, a card moved, a curve
point changed, comparing the map before and after each edit) or when its command's dialog
closes (the survey wizard; the export dialog after an export); `StepWatcher` says so.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect, QRectF, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from journey_designer.model import JourneyMap
from journey_designer.ui.panels.shortcuts_dialog import plain_text

if TYPE_CHECKING:
    from journey_designer.ui.editor import MapEditor
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


# --- knowing when a step is done ---------------------------------------------------------

Cell = tuple[str, str]  # (lane_id, stage_id)
PointKey = tuple[str, str, str | None]  # (curve_id, stage_id, card_id)


@dataclass(frozen=True)
class MapMarks:
    """What the edit steps look at in a map, copied (the editor changes the map in place)."""

    cells: dict[str, Cell]  # card id → its cell
    rows: dict[Cell, tuple[str, ...]]  # cell → its card ids, top to bottom
    points: dict[PointKey, tuple[float, str]]  # each curve point's value and label

    @classmethod
    def of(cls, journey: JourneyMap) -> MapMarks:
        rows: dict[Cell, list[tuple[int, str]]] = {}
        for card in journey.cards:
            rows.setdefault((card.lane_id, card.stage_id), []).append((card.order, card.id))
        return cls(
            cells={card.id: (card.lane_id, card.stage_id) for card in journey.cards},
            rows={
                cell: tuple(card_id for _order, card_id in sorted(row, key=lambda c: c[0]))
                for cell, row in rows.items()
            },
            points={
                (curve.id, point.stage_id, point.card_id): (point.value, point.label)
                for curve in journey.emotion_curves
                for point in curve.points
            },
        )


def edits_done(before: MapMarks, after: MapMarks) -> set[str]:
    """The keys of the edit steps an edit did: "add_card", "move_card", "curve".

    Removing things does none of them. A card added or removed renumbers its neighbours
    without moving them: a move is a card in another cell, or cards in another order.
    """
    done = set()
    if after.cells.keys() - before.cells.keys():
        done.add("add_card")
    kept = before.cells.keys() & after.cells.keys()
    if any(before.cells[card_id] != after.cells[card_id] for card_id in kept) or any(
        [c for c in row if c in kept] != [c for c in after.rows.get(cell, ()) if c in kept]
        for cell, row in before.rows.items()
    ):
        done.add("move_card")
    if any(before.points.get(key) != value for key, value in after.points.items()):
        done.add("curve")
    return done


class StepWatcher(QObject):
    """Says which step the user has just done, from the open map's edits and the window's
    Import Survey and Export commands. Edits count only while watching (the tour runs)."""

    done = Signal(str)  # a step's key

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.marks: MapMarks | None = None  # the map after the last edit; None: not watching
        window.editor.changed.connect(self._edited)
        window.editorChanged.connect(self._follow_editor)
        # Connected after the commands' own slots, so their dialogs are open when these run.
        window.survey_import.import_action.triggered.connect(self._survey_opened)
        window.export.action.triggered.connect(self._export_opened)

    def watch(self, on: bool) -> None:
        self.marks = MapMarks.of(self.window.document.journey) if on else None

    def _follow_editor(self, editor: MapEditor) -> None:
        """Another map: its edits count from now on; opening it is not one."""
        editor.changed.connect(self._edited)
        if self.marks is not None:
            self.watch(True)

    def _edited(self) -> None:
        if self.marks is None:
            return
        before, self.marks = self.marks, MapMarks.of(self.window.document.journey)
        for key in sorted(edits_done(before, self.marks)):
            self.done.emit(key)

    def _survey_opened(self) -> None:
        """Opening the wizard is the step (there may be no survey at hand): done when it
        closes, whether or not something was imported."""
        wizard = self.window.survey_import.wizard
        if wizard is not None:
            wizard.finished.connect(self._survey_closed)

    def _survey_closed(self, _result: int) -> None:
        self.done.emit("survey")

    def _export_opened(self) -> None:
        dialog = self.window.export.dialog
        if dialog is not None:
            dialog.finished.connect(self._export_closed)

    def _export_closed(self, result: int) -> None:
        """The dialog closes itself as accepted after a successful export; Close rejects."""
        if result == QDialog.DialogCode.Accepted.value:
            self.done.emit("export")

"""Editing the emotion curves on the canvas.

A point is dragged up or down and snaps to whole steps of the map's scale; a click in
empty plot space adds a point in that stage to the *current curve*: the curve whose point
was last clicked or that was last added, else the active persona's as-is curve (created
with its first point when the persona has none). Its legend entry is marked. Double-click
a point to type its label. Points measured from survey data cannot be dragged.

The active persona is the window's `active_persona_id` (the first persona when unset or
gone); the persona panel chooses it with `set_active_persona`, which also repaints the
plot's legend mark and tells `CurveEditing.activePersonaChanged`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QMainWindow, QMenu

from journey_designer.layout import CurveLayout, CurvePoint
from journey_designer.model import (
    CurveVariant,
    EditError,
    EmotionCurve,
    EmotionPoint,
    JourneyMap,
    Operation,
    Persona,
)
from journey_designer.model import operations as ops
from journey_designer.model import structure_ops as structure
from journey_designer.ui.canvas.curve_interactions import PlotClick, PointDrag, set_plot_handler
from journey_designer.ui.canvas.emotion_item import EmotionPlotItem
from journey_designer.ui.canvas.header_interactions import DragInteraction
from journey_designer.ui.canvas.in_place_line_edit import InPlaceEditing
from journey_designer.ui.curve_menus import plot_menu, point_menu
from journey_designer.ui.editor import MapEditor

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

HIT_PIXELS = 9.0  # how near (on screen) a press must be to take a point

_by_window: WeakKeyDictionary[QMainWindow, CurveEditing] = WeakKeyDictionary()


def set_active_persona(window: QMainWindow, persona_id: str | None) -> None:
    """Make `persona_id` the persona whose curves clicks add to (None: the first persona)."""
    _by_window[window].set_active_persona(persona_id)


def active_persona_id(window: QMainWindow) -> str | None:
    persona = _by_window[window].active_persona()
    return persona.id if persona else None


class CurveEditing(QObject):
    activePersonaChanged = Signal(object)  # the persona id, or None

    def __init__(self, window: MainWindow, line_edits: InPlaceEditing) -> None:
        super().__init__(window)
        self.window = window
        self.line_edits = line_edits
        self._persona_seen: str | None = None  # the active persona the current curve is for
        self._current_curve_id: str | None = None
        self._pressed: EmotionPlotItem | None = None  # kept alive while an edit rebuilds it
        self.add_as_is_action = QAction(self.tr("Add As-is Curve"), window)
        self.add_as_is_action.triggered.connect(lambda: self.add_curve(CurveVariant.AS_IS))
        self.add_to_be_action = QAction(self.tr("Add To-be Curve"), window)
        self.add_to_be_action.triggered.connect(lambda: self.add_curve(CurveVariant.TO_BE))
        _by_window[window] = self
        set_plot_handler(window.scene, self)
        window.editorChanged.connect(self._follow_editor)

    @property
    def journey(self) -> JourneyMap:
        return self.window.document.journey

    def add_actions(self, menu: QMenu) -> None:
        menu.addAction(self.add_as_is_action)
        menu.addAction(self.add_to_be_action)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def _follow_editor(self, _editor: MapEditor) -> None:
        self._current_curve_id = None
        self.update_actions()

    # --- the active persona and the current curve -------------------------------------

    def set_active_persona(self, persona_id: str | None) -> None:
        setattr(self.window, "active_persona_id", persona_id)  # noqa: B010  (no typed field)
        self._current_curve_id = None  # clicks now go to this persona's curve
        self._persona_seen = persona_id
        self.update_actions()
        self._repaint_plots()
        self.activePersonaChanged.emit(persona_id)

    def active_persona(self) -> Persona | None:
        chosen_id = getattr(self.window, "active_persona_id", None)
        personas = self.journey.personas
        chosen = next((p for p in personas if p.id == chosen_id), None)
        return chosen or (personas[0] if personas else None)

    @property
    def current_curve_id(self) -> str | None:
        curve = self._existing_current_curve()
        return curve.id if curve else None

    def set_current_curve(self, curve_id: str) -> None:
        self._follow_active_persona()
        self._current_curve_id = curve_id
        self._repaint_plots()

    def _follow_active_persona(self) -> None:
        """Forget the current curve once another persona was made active without
        `set_active_persona` (by setting the window's attribute)."""
        chosen_id = getattr(self.window, "active_persona_id", None)
        if chosen_id != self._persona_seen:
            self._persona_seen, self._current_curve_id = chosen_id, None

    def _existing_current_curve(self) -> EmotionCurve | None:
        self._follow_active_persona()
        curves = {c.id: c for c in self.journey.emotion_curves}
        if self._current_curve_id in curves:
            return curves[self._current_curve_id]
        persona = self.active_persona()
        if persona is None:
            return None
        return structure.curve_of(self.journey, persona.id, CurveVariant.AS_IS)

    def current_curve(self) -> EmotionCurve | None:
        """The curve clicks add to; a new as-is curve (not yet in the map) if there is none."""
        curve = self._existing_current_curve()
        persona = self.active_persona()
        if curve is None and persona is not None:
            curve = structure.new_curve(self.journey, persona.id, CurveVariant.AS_IS)
        return curve

    def curve_name(self, curve: EmotionCurve) -> str:
        names = {p.id: p.name for p in self.journey.personas}
        variant = self.window.labels.get(f"curve.{curve.variant.value}", curve.variant.value)
        return f"{names.get(curve.persona_id, '?')} · {variant}"

    def update_actions(self) -> None:
        persona = self.active_persona()
        for action, variant in (
            (self.add_as_is_action, CurveVariant.AS_IS),
            (self.add_to_be_action, CurveVariant.TO_BE),
        ):
            exists = persona is not None and structure.curve_of(self.journey, persona.id, variant)
            action.setEnabled(persona is not None and not exists)
        if persona is not None:
            name = persona.name
            self.add_as_is_action.setText(self.tr("Add As-is Curve for “{name}”").format(name=name))
            self.add_to_be_action.setText(self.tr("Add To-be Curve for “{name}”").format(name=name))

    # --- the plot handler: gestures on the emotion plot -------------------------------

    def plot_pressed(
        self, item: EmotionPlotItem, event: QGraphicsSceneMouseEvent
    ) -> DragInteraction | None:
        self._pressed = item
        hit = item.point_at(event.scenePos(), self._tolerance(item))
        if hit is None:
            if self._stage_at(event.scenePos().x()) is None:
                return None
            return PlotClick(lambda pos: self.add_point_at(item, pos))
        curve, index = hit
        self.set_current_curve(curve.curve_id)
        point = curve.points[index]
        if point.measured:
            self._say(
                self.tr(
                    "This value was measured (n={n}) from survey data; it cannot be dragged."
                ).format(n=point.n if point.n is not None else "?")
            )
            return PlotClick(lambda _pos: None)
        scale = self.journey.emotion_scale
        return PointDrag(
            item,
            curve,
            index,
            lambda value: structure.snap_emotion_value(value, scale),
            lambda value: self.move_point(curve.curve_id, point, value),
        )

    def plot_double_clicked(self, item: EmotionPlotItem, scene_pos: QPointF) -> None:
        hit = item.point_at(scene_pos, self._tolerance(item))
        if hit is not None:
            self.edit_label(item, hit[0], hit[0].points[hit[1]])

    def plot_context_menu(
        self, item: EmotionPlotItem, scene_pos: QPointF, screen_pos: QPoint
    ) -> None:
        hit = item.point_at(scene_pos, self._tolerance(item))
        if hit is not None:
            self.set_current_curve(hit[0].curve_id)
            point_menu(self, item, hit[0], hit[0].points[hit[1]]).exec(screen_pos)
        elif self._stage_at(scene_pos.x()) is not None:
            plot_menu(self, item, scene_pos).exec(screen_pos)

    def plot_cursor(self, item: EmotionPlotItem, scene_pos: QPointF) -> Qt.CursorShape | None:
        hit = item.point_at(scene_pos, self._tolerance(item))
        if hit is None:
            return Qt.CursorShape.CrossCursor
        if hit[0].points[hit[1]].measured:
            return Qt.CursorShape.ForbiddenCursor
        return Qt.CursorShape.SizeVerCursor

    # --- edits ------------------------------------------------------------------------

    def move_point(self, curve_id: str, point: CurvePoint, value: int) -> None:
        self._apply_built(
            lambda: structure.set_point_value(
                self.journey, curve_id, point.stage_id, point.card_id, value
            ),
            self.tr("Move Emotion Point"),
        )

    def add_point_at(self, item: EmotionPlotItem, pos: QPointF, card_id: str | None = None) -> None:
        """Add a point to the current curve in the stage under `pos`, at the value there."""
        stage_id, curve = self._stage_at(pos.x()), self.current_curve()
        if stage_id is None:
            return
        if curve is None:
            self._say(self.tr("Add a persona first: a curve belongs to a persona."))
            return
        if structure.point_of_curve(curve, stage_id, card_id) is not None:
            self._say(
                self.tr(
                    "“{curve}” has a point in this stage already: drag it to change it."
                ).format(curve=self.curve_name(curve))
            )
            return
        value = structure.snap_emotion_value(
            item.plot.value_at(pos.y()), self.journey.emotion_scale
        )
        point = EmotionPoint(stage_id=stage_id, card_id=card_id, value=value)
        if self._apply_built(
            lambda: structure.add_point(self.journey, curve, point), self.tr("Add Emotion Point")
        ):
            self.set_current_curve(curve.id)

    def remove_point(self, curve_id: str, point: CurvePoint) -> None:
        self._apply_built(
            lambda: ops.remove_emotion_point(self.journey, curve_id, point.stage_id, point.card_id),
            self.tr("Remove Emotion Point"),
        )

    def edit_label(self, item: EmotionPlotItem, curve: CurveLayout, point: CurvePoint) -> None:
        """Type the point's label in place (empty removes it)."""
        model_point = structure.point_of(
            self.journey, curve.curve_id, point.stage_id, point.card_id
        )
        if model_point is None:
            return
        editor, curve_id = self.window.editor, curve.curve_id

        def commit(text: str) -> None:
            text = " ".join(text.split())
            if text == model_point.label or self.window.editor is not editor:
                return
            self._apply_built(
                lambda: structure.set_point_label(
                    self.journey, curve_id, point.stage_id, point.card_id, text
                ),
                self.tr("Edit Point Label"),
            )

        size = self.window.layout_style.point_label_size
        self.line_edits.open(item.label_rect(point), model_point.label, size, commit)

    def add_curve(self, variant: CurveVariant) -> None:
        """Add the active persona's as-is or to-be curve, empty: clicks add its points."""
        persona = self.active_persona()
        if persona is None or structure.curve_of(self.journey, persona.id, variant):
            return
        curve = structure.new_curve(self.journey, persona.id, variant)
        text = self.tr("Add Curve")
        if self._apply_built(lambda: ops.add_curve(curve), text):
            self.set_current_curve(curve.id)
            self._say(
                self.tr("Click in the emotion lane to add the points of “{curve}”.").format(
                    curve=self.curve_name(curve)
                )
            )
        self.update_actions()

    # --- helpers ----------------------------------------------------------------------

    def _apply_built(self, build: Callable[[], Operation], text: str) -> bool:
        """Build the operation now (it reads the map) and apply it; say why if refused."""
        try:
            operation = build()
        except (EditError, KeyError) as error:
            self._say(str(error))
            return False
        return self.window.editor.apply(operation, text)

    def _stage_at(self, x: float) -> str | None:
        layout = self.window.scene.layout
        if layout is None:
            return None
        column = next((s for s in layout.stages if s.header.x <= x < s.header.right), None)
        return column.stage_id if column else None

    def _tolerance(self, item: EmotionPlotItem) -> float:
        return max(item.point_radius + 2.0, HIT_PIXELS / max(self.window.view.zoom(), 0.01))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def _repaint_plots(self) -> None:
        for plot in self.window.scene.plot_items.values():
            plot.update()

"""The inspector dock: the fields of what is selected on the canvas.

One card shows every field of it; several cards the fields they share; one stage or lane
its own fields. The dock follows the selection and every edit, undo and redo, and leaves a
field alone while the user is typing in it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journey_designer.ui.editor import MapEditor
from journey_designer.ui.panels.card_form import CardForm
from journey_designer.ui.panels.frame_forms import LaneForm, StageForm
from journey_designer.ui.panels.map_access import MapAccess
from journey_designer.ui.panels.multi_card_form import MultiCardForm

Target = tuple[str, tuple[str, ...]]  # ("card" | "cards" | "stage" | "lane" | "", ids)


class InspectorDock(QDockWidget):
    def __init__(self, access: MapAccess, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inspector"), parent)
        self.setObjectName("inspectorDock")
        self.access = access
        self.target: Target = ("", ())
        self.card_form = CardForm(access)
        self.cards_form = MultiCardForm(access)
        self.stage_form = StageForm(access)
        self.lane_form = LaneForm(access)
        self.empty_page = self._build_empty_page()
        self.pages = QStackedWidget()
        self._holders: dict[QWidget, QWidget] = {}
        for page in (
            self.empty_page,
            self.card_form,
            self.cards_form,
            self.stage_form,
            self.lane_form,
        ):
            self._holders[page] = _top_aligned(page)
            self.pages.addWidget(self._holders[page])
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        self.setWidget(scroll)
        # Selection changes arrive in bursts while the scene rebuilds its headers after an
        # edit; one refresh after the burst keeps the page (and the focus) where it is.
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self.refresh)
        access.window.scene.selectionChanged.connect(self._selection_timer.start)
        self._refreshing = False
        self.follow_editor(access.window.editor)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.map_properties_button = QPushButton(self.tr("Map Properties…"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.empty_text)
        layout.addWidget(self.map_properties_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def follow_editor(self, editor: MapEditor) -> None:
        """Show the map of `editor` (a newly opened map) and follow its edits."""
        editor.changed.connect(self.refresh)
        self.refresh()

    # --- what to show -----------------------------------------------------------------

    def current_target(self) -> Target:
        journey = self.access.journey
        existing = journey.all_ids()
        items = [
            item
            for item in self.access.window.scene.selected_map_items()
            if item.model_id in existing
        ]
        cards = tuple(sorted(item.model_id for item in items if item.kind == "card"))
        if len(cards) == 1:
            return ("card", cards)
        if cards:
            return ("cards", cards)
        if len(items) == 1 and items[0].kind in ("stage", "lane"):
            return (items[0].kind, (items[0].model_id,))
        return ("", tuple(sorted(item.model_id for item in items)))

    def refresh(self) -> None:
        """Show the selection's current values; switch page only when the selection changed."""
        if self._refreshing:
            return  # a commit below changed the map; this refresh shows the result anyway
        self._refreshing = True
        try:
            target = self.current_target()
            if target != self.target:
                self.commit_pending()  # typed text belongs to what was shown
                target = self.current_target()
                self.target = target
            self._show(target)
        finally:
            self._refreshing = False

    def commit_pending(self) -> None:
        """Commit text typed but not yet committed in the shown page."""
        page = self.shown_page()
        if isinstance(page, CardForm | MultiCardForm | StageForm | LaneForm):
            page.commit_pending()

    def _show(self, target: Target) -> None:
        kind, ids = target
        if kind == "card":
            self.card_form.show_card(ids[0])
            self._show_page(self.card_form)
        elif kind == "cards":
            self.cards_form.show_cards(list(ids))
            self._show_page(self.cards_form)
        elif kind == "stage":
            self.stage_form.show_stage(ids[0])
            self._show_page(self.stage_form)
        elif kind == "lane":
            self.lane_form.show_lane(ids[0])
            self._show_page(self.lane_form)
        else:
            self._show_empty(len(ids))
            self._show_page(self.empty_page)

    def shown_page(self) -> QWidget:
        """The page on show: one of the forms, or the empty page."""
        holder = self.pages.currentWidget()
        return next(page for page, held in self._holders.items() if held is holder)

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(self._holders[page])

    def _show_empty(self, selected: int) -> None:
        if selected:
            text = self.tr("{count} stages and lanes selected. Select one, or cards, to edit.")
            self.empty_text.setText(text.format(count=selected))
        else:
            self.empty_text.setText(
                self.tr(
                    "Select a card, a stage or a lane on the map to see and edit its fields here."
                )
            )


def _top_aligned(page: QWidget) -> QWidget:
    """`page` at the top of a holder: the room below a short page stays empty instead of
    being shared out between its rows."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(page)
    layout.addStretch(1)
    return holder

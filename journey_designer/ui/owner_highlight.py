"""View ▸ Highlight by Owner: one owner's or department's cards stay as they are, every other
card is dimmed, until Show All.

The owners and departments are those the map's cards name (matched ignoring case and
spaces around them), listed when the menu opens. Dimming is the card items' opacity on
the canvas, never a change to the map: it follows every edit and stops when another map
is opened. A status-bar note says what is highlighted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu

from journey_designer.model import JourneyMap

if TYPE_CHECKING:
    from journey_designer.ui.editor import MapEditor
    from journey_designer.ui.main_window import MainWindow

DIMMED_OPACITY = 0.18
Field = Literal["owner", "department"]


@dataclass(frozen=True)
class OwnerChoice:
    field: Field
    name: str  # as first written on the map


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def named_owners(journey: JourneyMap, field: Field) -> list[tuple[str, int]]:
    """Each owner (or department) the cards name, with how many cards; by name."""
    counts: dict[str, tuple[str, int]] = {}
    for card in journey.cards:
        name = getattr(card, field).strip()
        if name:
            spelled, count = counts.get(_key(name), (name, 0))
            counts[_key(name)] = (spelled, count + 1)
    return sorted(counts.values(), key=lambda pair: pair[0].casefold())


def highlighted_cards(journey: JourneyMap, choice: OwnerChoice) -> set[str]:
    wanted = _key(choice.name)
    return {card.id for card in journey.cards if _key(getattr(card, choice.field)) == wanted}


class OwnerHighlight(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.choice: OwnerChoice | None = None
        self.menu = QMenu(self.tr("Highlight by &Owner"), window)
        self.menu.setStatusTip(self.tr("Dim every card but those of one owner or department"))
        self.menu.aboutToShow.connect(self.fill_menu)
        self.show_all = QAction(self.tr("&Show All"), self)  # not the menu's: clear() deletes those
        self.show_all.setCheckable(True)
        self.show_all.triggered.connect(lambda: self.highlight(None))
        self.group = QActionGroup(self)
        self.status = QLabel()
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        window.menu_actions.view_menu.addMenu(self.menu)
        window.editorChanged.connect(self._follow_editor)
        self._follow_editor(window.editor)

    def _follow_editor(self, editor: MapEditor) -> None:
        editor.changed.connect(self.apply)
        self.highlight(None)  # another map: its owners are others

    def fill_menu(self) -> None:
        """The owners and departments of the map as it is now."""
        self.menu.clear()
        for action in self.group.actions():
            self.group.removeAction(action)
        self.menu.addAction(self.show_all)
        self.show_all.setChecked(self.choice is None)
        journey = self.window.document.journey
        sections: tuple[tuple[Field, str], ...] = (
            ("owner", self.tr("Owners")),
            ("department", self.tr("Departments")),
        )
        found = False
        for field, title in sections:
            names = named_owners(journey, field)
            if not names:
                continue
            found = True
            self.menu.addSection(title)
            for name, count in names:
                self._add_choice(OwnerChoice(field, name), count)
        if not found:
            empty = self.menu.addAction(self.tr("No card has an owner or a department yet"))
            empty.setEnabled(False)

    def _add_choice(self, choice: OwnerChoice, count: int) -> None:
        label = self.tr("{name} ({count})").format(name=choice.name.replace("&", "&&"), count=count)
        action = self.menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(
            self.choice is not None
            and self.choice.field == choice.field
            and _key(self.choice.name) == _key(choice.name)
        )
        action.setData((choice.field, choice.name))
        self.group.addAction(action)
        action.triggered.connect(lambda: self.highlight(choice))

    def highlight(self, choice: OwnerChoice | None) -> None:
        """Dim every card but `choice`'s; None shows all cards again."""
        self.choice = choice
        self.apply()

    def apply(self) -> None:
        """Set the cards' opacity for the current choice (after every edit: new items)."""
        journey = self.window.document.journey
        kept = highlighted_cards(journey, self.choice) if self.choice is not None else None
        for item in self.window.scene.card_items():
            opacity = 1.0 if kept is None or item.card_id in kept else DIMMED_OPACITY
            if item.opacity() != opacity:
                item.setOpacity(opacity)
        self._show_status(kept)

    def _show_status(self, kept: set[str] | None) -> None:
        if self.choice is None or kept is None:
            self.status.hide()
            return
        if self.choice.field == "owner":
            text = self.tr("Highlighted: owner {name}, {count} cards")
        else:
            text = self.tr("Highlighted: department {name}, {count} cards")
        self.status.setText(text.format(name=self.choice.name, count=len(kept)))
        self.status.show()

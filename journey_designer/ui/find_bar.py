"""Find text on the cards: a bar at the bottom of the window (Ctrl+F).

Every card whose title, text, tags, owner or channel holds the text is outlined in
yellow, the current one in orange, selected and scrolled into view. Enter or F3 goes to
the next match, Shift+Enter or Shift+F3 to the previous one, Esc closes the bar. The
matches follow the map as it is edited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar

from journey_designer.model import Card, JourneyMap
from journey_designer.model.card_ops import ordered_cards

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

FIELD_WIDTH = 260


def matching_cards(journey: JourneyMap, text: str) -> list[str]:
    """The ids of the cards that show `text` (ignoring case), in reading order."""
    wanted = text.strip().casefold()
    if not wanted:
        return []
    return [card.id for card in ordered_cards(journey, _all_ids(journey)) if wanted in _shown(card)]


def _all_ids(journey: JourneyMap) -> list[str]:
    return [card.id for card in journey.cards]


def _shown(card: Card) -> str:
    """The words drawn on a card (the notes are not)."""
    parts = [card.title, card.text, card.owner, *card.tags]
    if card.channel is not None:
        parts.append(card.channel.name)
    return "\n".join(parts).casefold()


class FindBar(QToolBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.setObjectName("findBar")
        self.setWindowTitle(self.tr("Find"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find on cards"))
        self.field.setClearButtonEnabled(True)
        self.field.setFixedWidth(FIELD_WIDTH)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.addWidget(QLabel(self.tr("Find:")))
        self.addWidget(self.field)
        self.addAction(self.tr("Previous"), self.find_previous)
        self.addAction(self.tr("Next"), self.find_next)
        self.addWidget(self.count)
        self.addSeparator()
        self.addAction(self.tr("Close"), self.close_bar)
        self.matches: list[str] = []
        self.current = -1
        self._marked: set[str] = set()
        self.field.textChanged.connect(lambda _text: self.search())
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self)
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.search()

    def close_bar(self) -> bool:
        """Hide the bar and its highlights; False if it was not open."""
        if not self.isVisible():
            return False
        self.hide()
        self._mark([], -1)
        self.main_window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def find_next(self) -> None:
        self._go(+1)

    def find_previous(self) -> None:
        self._go(-1)

    def search(self, go_to_match: bool = True) -> None:
        """Find the field's text again; stay on the current card if it still matches."""
        on = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        matches = matching_cards(self.main_window.document.journey, self.field.text())
        current = matches.index(on) if on in matches else (0 if matches else -1)
        self._mark(matches, current)
        if go_to_match and on not in matches:
            self._show_current()

    def map_changed(self) -> None:
        """The map was edited: the marks follow, the selection stays where the user put it."""
        if self.isVisible():
            self.search(go_to_match=False)

    def _go(self, step: int) -> None:
        if not self.isVisible():
            self.open()
            return
        if self.matches:
            self._mark(self.matches, (self.current + step) % len(self.matches))
            self._show_current()

    def _mark(self, matches: list[str], current: int) -> None:
        """Outline the matching cards; only the cards whose mark changes are repainted."""
        scene = self.main_window.scene
        wanted = set(matches)
        for card_id in self._marked - wanted:
            item = scene.card_item(card_id)
            if item is not None:
                item.set_find_mark(None)
        for index, card_id in enumerate(matches):
            item = scene.card_item(card_id)
            if item is not None:
                item.set_find_mark("current" if index == current else "match")
        self._marked = wanted
        self.matches, self.current = matches, current
        self._show_count()

    def _show_current(self) -> None:
        if not 0 <= self.current < len(self.matches):
            return
        scene = self.main_window.scene
        item = scene.card_item(self.matches[self.current])
        if item is not None:
            scene.clearSelection()
            item.setSelected(True)
            self.main_window.view.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("{current} of {total}").format(
                    current=self.current + 1, total=len(self.matches)
                )
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.find_previous() if shift else self.find_next()
                return True
        return False

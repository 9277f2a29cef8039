"""Dot-voting (Map ▸ Dot Voting, V): a click on a pain point or an opportunity adds a vote,
Shift+click or Alt+click takes one back. Each vote is one undoable edit saved with the map,
and the cards draw their votes as dots. A click on any other card says why nothing
happened. Map ▸ Top Voted lists the ranking; Reset Votes clears them all in one undo step.

While voting, clicks on cards are taken before the canvas sees them (no selecting,
dragging or editing by accident); clicks elsewhere still pan and select.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QGraphicsItem

from journey_designer.model.voting_ops import card_label, is_votable, reset_votes, vote
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.presentation_overlays import Alignment, ViewportLabel, bubble
from journey_designer.ui.voting_dialog import TopVotedDialog

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

BANNER_STYLE = bubble("#1F1300", "rgba(242, 169, 0, 235)")
TOAST_STYLE = bubble("white", "rgba(20, 28, 40, 215)", "6px 14px")
TOAST_MS = 2500
MouseEvent = QEvent.Type
TAKE_BACK = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier


class DotVoting(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: TopVotedDialog | None = None
        self._swallowing = False  # a press on a card was taken: its move and release too
        self.toggle = QAction(self.tr("Dot &Voting"), window)
        self.toggle.setCheckable(True)
        self.toggle.setShortcut(QKeySequence("V"))
        self.toggle.setStatusTip(
            self.tr("Click a pain point or opportunity to add a vote; Shift+click takes one back")
        )
        self.toggle.toggled.connect(self.set_active)
        self.top_voted = QAction(self.tr("&Top Voted…"), window)
        self.top_voted.triggered.connect(self.show_top_voted)
        self.reset = QAction(self.tr("&Reset Votes"), window)
        self.reset.triggered.connect(self.reset_all)
        menu = window.menu_actions.map_menu
        menu.addSeparator()
        for action in (self.toggle, self.top_voted, self.reset):
            menu.addAction(action)
        window.addAction(self.toggle)  # V works in the presentation, without the menu bar
        view = window.view
        top, bottom = Alignment.AlignTop, Alignment.AlignBottom
        self.banner = ViewportLabel(view, top | Alignment.AlignHCenter, BANNER_STYLE, 1 / 50)
        self.toast = ViewportLabel(view, bottom | Alignment.AlignHCenter, TOAST_STYLE, 1 / 40)

    @property
    def active(self) -> bool:
        return self.toggle.isChecked()

    def set_active(self, on: bool) -> None:
        self.toggle.setChecked(on)
        viewport = self.window.view.viewport()
        if on:
            viewport.installEventFilter(self)
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
            self.banner.show_text(
                self.tr(
                    "Dot voting: click a pain point or opportunity · Shift+click takes a "
                    "vote back · V ends"
                )
            )
        else:
            viewport.removeEventFilter(self)
            viewport.unsetCursor()
            self.banner.hide()
            self._swallowing = False

    # --- clicks ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (MouseEvent.MouseButtonPress, MouseEvent.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            card_id = self.card_at(event.position().toPoint())
            if card_id is None:
                return False
            # A quick second click comes as a double click (instead of a press): a vote too,
            # and taken here, it opens no card editor.
            self._swallowing = True
            self.vote_on(card_id, take_back=bool(event.modifiers() & TAKE_BACK))
            return True
        if kind in (MouseEvent.MouseMove, MouseEvent.MouseButtonRelease) and self._swallowing:
            if kind == MouseEvent.MouseButtonRelease:
                self._swallowing = False
            return True
        return False

    def card_at(self, position: QPoint) -> str | None:
        """The card under a viewport position (its own item or one of its children)."""
        for item in self.window.view.items(position):
            found: QGraphicsItem | None = item
            while found is not None and not isinstance(found, CardItem):
                found = found.parentItem()
            if isinstance(found, CardItem):
                return found.card_id
        return None

    def vote_on(self, card_id: str, take_back: bool = False) -> bool:
        """Add a vote to a card (or take one back); True when the map changed."""
        journey = self.window.document.journey
        card = journey.card(card_id)
        label = card_label(card) or self.tr("(untitled card)")
        if not is_votable(journey, card):
            lane = journey.lane(card.lane_id).title
            self.say(
                self.tr(
                    "Only pain points and opportunities take votes; “{card}” is in {lane}."
                ).format(card=label, lane=lane)
            )
            return False
        operation = vote(journey, card_id, -1 if take_back else +1)
        if operation is None:
            self.say(self.tr("“{card}” has no votes to take back.").format(card=label))
            return False
        text = self.tr("Take Back a Vote") if take_back else self.tr("Vote")
        if not self.window.editor.apply(operation, text):
            return False
        votes = self.window.document.journey.card(card_id).votes
        self.say(self.tr("“{card}”: %n vote(s)", "", votes).format(card=label))
        return True

    def reset_all(self) -> bool:
        operation = reset_votes(self.window.document.journey)
        if operation is None:
            self.say(self.tr("There are no votes to reset."))
            return False
        if not self.window.editor.apply(operation, self.tr("Reset Votes")):
            return False
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.say(self.tr("All votes reset ({undo} brings them back).").format(undo=undo))
        return True

    def say(self, message: str) -> None:
        """On the canvas (seen on the projector) and in the status bar."""
        self.toast.show_text(message, TOAST_MS)
        self.window.statusBar().showMessage(message, TOAST_MS * 2)

    # --- top voted ------------------------------------------------------------------------

    def show_top_voted(self) -> TopVotedDialog:
        if self.dialog is None:
            self.dialog = TopVotedDialog(self.window, self.reset_all)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

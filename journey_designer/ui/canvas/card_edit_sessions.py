"""Editing a card's text in place, and typing a new card, each ending in one edit.

A new card is not in the map while it is typed: the cell opens a gap where it will go
(the layout of the map with an empty card there, drawn without that card) and the editor
sits in the gap. Enter adds the card with its text as one undo step; Esc, or Enter on
nothing typed, closes the gap and leaves no card and no undo step behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QColor

from journey_designer.layout import MapLayout, layout_map
from journey_designer.model import Card
from journey_designer.model.card_ops import (
    Cell,
    add_typed_card,
    card_lanes,
    edit_card_text,
    joined_text,
)
from journey_designer.ui.canvas.card_editor import CardTextEditor
from journey_designer.ui.canvas.map_item import to_qrect

if TYPE_CHECKING:
    from journey_designer.ui.document import MapDocument
    from journey_designer.ui.main_window import MainWindow

NEW_CARD_ID = "new-card-being-typed"  # the gap's card in the preview layout only


class _Session:
    def __init__(self, document: MapDocument) -> None:
        self.document = document  # the map the text is typed into, and no other


class _ExistingCard(_Session):
    def __init__(self, document: MapDocument, card_id: str) -> None:
        super().__init__(document)
        self.card_id = card_id


class _NewCard(_Session):
    def __init__(self, document: MapDocument, cell: Cell, position: int | None) -> None:
        super().__init__(document)
        self.cell = cell
        self.position = position


class CardEditSessions(QObject):
    """Opens the in-place editor on a card or on a new card and makes its one edit."""

    def __init__(self, window: MainWindow, on_done: Callable[[str | None], None]) -> None:
        super().__init__(window)
        self.window = window
        self._on_done = on_done  # the card edited or added; None if nothing was added
        # In the scene only while a card is being typed: the other cards paint their text.
        self.text_editor = CardTextEditor(window.map_font.family, window.layout_style)
        self.text_editor.committed.connect(self._commit)
        self.text_editor.cancelled.connect(self._cancel)
        self._session: _ExistingCard | _NewCard | None = None

    @property
    def is_editing(self) -> bool:
        return self._session is not None

    def editing_at(self, point: QPointF) -> bool:
        return self.is_editing and self.text_editor.sceneBoundingRect().contains(point)

    def finish(self) -> None:
        """Commit what is being typed (if anything)."""
        self.text_editor.commit()

    def abandon(self) -> None:
        """Close without an edit: the map it belonged to is gone."""
        self._session = None
        self.text_editor.close()
        self.window.scene.remove_overlay(self.text_editor)

    def edit_card(self, card_id: str) -> None:
        self.finish()
        item = self.window.scene.card_item(card_id)
        if item is None:
            return
        card = self.window.document.journey.card(card_id)
        self._session = _ExistingCard(self.window.document, card_id)
        self._open(to_qrect(item.box.rect), joined_text(card), QColor(item.box.accent))

    def add_card(self, cell: Cell, position: int | None) -> None:
        self.finish()
        self._session = _NewCard(self.window.document, cell, position)
        rect = self._open_gap(cell, position)
        if rect is None:
            self._session = None
            return
        accent = self.window.layout_style.card_accents.get(
            self.window.document.journey.lane(cell[0]).kind, "#1A73E8"
        )
        self._open(rect, "", QColor(accent))

    def follow_map(self) -> None:
        """The map changed under the editor (an undo from a menu): keep it on its card."""
        session = self._session
        if isinstance(session, _ExistingCard):
            item = self.window.scene.card_item(session.card_id)
            if item is None:
                self.abandon()
            else:
                self.text_editor.place(to_qrect(item.box.rect))
        elif isinstance(session, _NewCard):
            rect = self._open_gap(session.cell, session.position)
            if rect is None:
                self.abandon()
            else:
                self.text_editor.place(rect)

    def _open(self, rect: QRectF, text: str, accent: QColor) -> None:
        self.text_editor.set_font_family(self.window.map_font.family)
        self.window.scene.add_overlay(self.text_editor)
        self.text_editor.open(rect, text, accent)
        self.window.view.ensureVisible(rect, 40, 40)

    def _open_gap(self, cell: Cell, position: int | None) -> QRectF | None:
        """Draw the map with room for a new card in `cell`; the room's rectangle."""
        journey = self.window.document.journey
        if cell not in {
            (lane.id, stage.id) for lane in card_lanes(journey) for stage in journey.stages
        }:
            return None
        cards = journey.cell_cards(*cell)
        position = len(cards) if position is None else max(0, min(position, len(cards)))
        cards.insert(position, Card(id=NEW_CARD_ID, lane_id=cell[0], stage_id=cell[1]))
        renumbered = [card.model_copy(update={"order": i}) for i, card in enumerate(cards)]
        others = [c for c in journey.cards if (c.lane_id, c.stage_id) != cell]
        preview = journey.model_copy(update={"cards": others + renumbered})
        window = self.window
        layout = layout_map(  # the open map's cache: only the cell's cards are measured
            preview,
            window.map_font.measurer,
            window.layout_style,
            window.labels,
            window.layout_cache,
        )
        gap = layout.card(NEW_CARD_ID).rect
        window.scene.update_layout(_without_card(layout, NEW_CARD_ID))
        return to_qrect(gap)

    def _commit(self, typed: str) -> None:
        session, self._session = self._session, None
        self.window.scene.remove_overlay(self.text_editor)
        if session is None or session.document is not self.window.document:
            return  # its map was closed while the editor was drawn away
        journey = self.window.document.journey
        if isinstance(session, _ExistingCard):
            operation = edit_card_text(journey, session.card_id, typed)
            if operation is not None:
                self.window.editor.apply(operation, self.tr("Edit Card Text"))
            self._on_done(session.card_id)
        elif isinstance(session, _NewCard):
            if not typed.strip():
                self._close_gap()
                return
            operation, card_id = add_typed_card(journey, session.cell, session.position, typed)
            added = self.window.editor.apply(operation, self.tr("Add Card"))
            if not added:
                self._close_gap()
            self._on_done(card_id if added else None)

    def _cancel(self) -> None:
        session, self._session = self._session, None
        self.window.scene.remove_overlay(self.text_editor)
        if isinstance(session, _NewCard):
            self._close_gap()
        self._on_done(session.card_id if isinstance(session, _ExistingCard) else None)

    def _close_gap(self) -> None:
        self.window.refresh_after_edit()  # the map as it is: no gap


def _without_card(layout: MapLayout, card_id: str) -> MapLayout:
    cards = tuple(box for box in layout.cards if box.card_id != card_id)
    return replace(layout, cards=cards, _card_index={})

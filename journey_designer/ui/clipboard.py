"""Cut, copy and paste of cards through the system clipboard.

Copied cards go to the clipboard twice: as JSON under this app's own MIME type (their
whole content, and where they came from) for pasting into this or another map, and as
plain text (titles and texts) for a mail or a document. Pasting takes our JSON if it is
there, else plain text, which becomes one card per line or per paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QObject
from PySide6.QtGui import QGuiApplication

from journey_designer.model import EditError
from journey_designer.model.clipboard_ops import (
    ClipboardFormatError,
    ClippedCard,
    clip_cards,
    clip_from_json,
    clip_to_json,
    clip_to_plain_text,
    clips_from_plain_text,
    paste_cards,
)
from journey_designer.model.operations import remove_cards
from journey_designer.ui.messages import user_text

if TYPE_CHECKING:
    from journey_designer.ui.cards import CardEditing

CARDS_MIME_TYPE = "application/x-journey-designer-cards+json"


def cards_mime_data(clips: list[ClippedCard]) -> QMimeData:
    mime = QMimeData()
    mime.setData(CARDS_MIME_TYPE, QByteArray(clip_to_json(clips).encode("utf-8")))
    mime.setText(clip_to_plain_text(clips))
    return mime


def clips_from_mime_data(mime: QMimeData | None) -> list[ClippedCard]:
    """The cards on the clipboard: ours as JSON, else cards made from its text."""
    if mime is None:
        return []
    if mime.hasFormat(CARDS_MIME_TYPE):
        return clip_from_json(bytes(mime.data(CARDS_MIME_TYPE).data()))
    if mime.hasText():
        return clips_from_plain_text(mime.text())
    return []


class CardClipboard(QObject):
    def __init__(self, cards: CardEditing) -> None:
        super().__init__(cards)
        self.cards = cards

    def copy(self) -> bool:
        card_ids = self.cards.scene.selected_card_ids()
        if not card_ids:
            return False
        clips = clip_cards(self.cards.journey, card_ids)
        QGuiApplication.clipboard().setMimeData(cards_mime_data(clips))
        self._say(self.tr("Copied %n card(s)", "", len(clips)))
        return True

    def cut(self) -> None:
        card_ids = self.cards.scene.selected_card_ids()
        if not self.copy():
            return
        removal = remove_cards(self.cards.journey, card_ids)
        self.cards.window.editor.apply(removal, self.tr("Cut Cards"))

    def paste(self) -> None:
        self.cards.finish_editing()
        try:
            clips = clips_from_mime_data(QGuiApplication.clipboard().mimeData())
        except ClipboardFormatError as error:
            self._say(self.tr("Cannot paste: {reason}").format(reason=user_text(error)))
            return
        if not clips:
            self._say(self.tr("The clipboard holds no cards or text to paste"))
            return
        cell, position = self.cards.paste_target()
        try:
            operation, new_ids = paste_cards(self.cards.journey, clips, cell, position)
        except EditError as error:
            self._say(user_text(error))
            return
        if self.cards.window.editor.apply(operation, self.tr("Paste Cards")):
            self.cards.select_cards(new_ids)

    def _say(self, message: str) -> None:
        self.cards.window.statusBar().showMessage(message, 5000)

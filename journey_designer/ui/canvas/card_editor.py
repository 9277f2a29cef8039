"""The in-place card editor: one QGraphicsTextItem, shown only over the card being edited.

The first line is the card's title (drawn bold, as on the card), the rest its text.
Enter commits, Shift+Enter starts a new line, Esc cancels, Tab commits and lets the
keyboard move on; clicking elsewhere commits too, while a menu, a dialog or another
window taking the focus keeps the edit open. Input methods (Chinese pinyin and others)
work through the text item's own input-method support.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journey_designer.layout import LayoutStyle
from journey_designer.ui.canvas.palette import SELECTION

EDITOR_Z = 60.0
EDITOR_FILL = QColor("#FFFFFF")
EDITOR_SHADOW = QColor(16, 24, 40, 60)
# Focus leaving for these reasons keeps the edit open: the user comes back to it.
KEEP_OPEN_REASONS = (
    Qt.FocusReason.ActiveWindowFocusReason,
    Qt.FocusReason.PopupFocusReason,
    Qt.FocusReason.MenuBarFocusReason,
)
MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class _TitleLineHighlighter(QSyntaxHighlighter):
    """The first paragraph in the title's font, the others in the body's."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._title = QTextCharFormat()
        self._body = QTextCharFormat()

    def set_fonts(self, title: QFont, body: QFont) -> None:
        self._title.setFont(title)
        self._body.setFont(body)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        is_title = self.currentBlock().blockNumber() == 0
        self.setFormat(0, len(text), self._title if is_title else self._body)


class CardTextEditor(QGraphicsTextItem):
    committed = Signal(str)  # the typed text: the first line is the title
    cancelled = Signal()
    tabbed = Signal(bool)  # after a commit by Tab (True) or Shift+Tab (False)

    def __init__(self, family: str, style: LayoutStyle) -> None:
        super().__init__()
        self._style = style
        self._min_height = 0.0
        self._accent = QColor(SELECTION)
        self._open = False
        self.setZValue(EDITOR_Z)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.document().setDocumentMargin(style.card_padding)
        self._highlighter = _TitleLineHighlighter(self.document())
        self.set_font_family(family)
        self.hide()

    def set_font_family(self, family: str) -> None:
        """The map's font, at the card's title and body sizes (scene units are points)."""
        title, body = QFont(family), QFont(family)
        title.setPixelSize(round(self._style.title_size))
        title.setWeight(QFont.Weight.DemiBold)
        body.setPixelSize(round(self._style.body_size))
        self.setFont(body)
        self._highlighter.set_fonts(title, body)

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self, rect: QRectF, text: str, accent: QColor) -> None:
        """Show over `rect` (scene points) holding `text`, with the cursor at its end."""
        self.place(rect)
        self._accent = QColor(accent)
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self._open = True
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._min_height = rect.height()
        self.setPos(rect.topLeft())
        self.setTextWidth(rect.width())

    def typed_text(self) -> str:
        return self.toPlainText()

    def close(self) -> None:
        """Hide without a word (the owner already committed or cancelled)."""
        self._open = False
        self.clearFocus()
        self.hide()

    def commit(self) -> None:
        if self._open:
            text = self.typed_text()
            self.close()
            self.committed.emit(text)

    def cancel(self) -> None:
        if self._open:
            self.close()
            self.cancelled.emit()

    # --- keys and focus -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertBlock()  # a new paragraph, so the title stays line one
            else:
                self.commit()
        elif key == Qt.Key.Key_Escape:
            self.cancel()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.commit()
            self.tabbed.emit(forward)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def sceneEvent(self, event: QEvent) -> bool:
        if _is_tab_press(event):
            assert isinstance(event, QKeyEvent)
            self.keyPressEvent(event)  # the text item itself would type a tab character
            return True
        handled = super().sceneEvent(event)
        if event.type() == QEvent.Type.ShortcutOverride and not event.isAccepted():
            # A window shortcut the text does not use (Ctrl+S, F3, ...) acts on the map:
            # commit first, so that saving saves what was typed.
            assert isinstance(event, QKeyEvent)
            key = event.key()
            function_key = Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35
            chord = bool(event.modifiers() & COMMAND_MODIFIERS) and key not in MODIFIER_KEYS
            if chord or function_key:
                self.commit()
        return handled

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in KEEP_OPEN_REASONS:
            # Later, not in the middle of whatever took the focus (a redraw of the map):
            # the edit then lands on a scene that is whole again.
            QTimer.singleShot(0, self, self._commit_unless_refocused)

    def _commit_unless_refocused(self) -> None:
        if not self.hasFocus():
            self.commit()

    # --- drawing ------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        rect.setHeight(max(rect.height(), self._min_height))
        return rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(EDITOR_SHADOW)
        painter.drawRoundedRect(rect.translated(0.0, 1.5), 3.0, 3.0)
        painter.setBrush(EDITOR_FILL)
        pen = QPen(self._accent, 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 3.0, 3.0)
        plain = QStyleOptionGraphicsItem(option)  # no dashed focus frame over ours
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, widget)  # type: ignore[arg-type]  # None is allowed


def _is_tab_press(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
    )

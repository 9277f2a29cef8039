"""Input widgets that commit whole values, and never overwrite what the user is typing.

A text field commits when editing ends (Enter, focus out, Ctrl+Enter in a multi-line
field) and also just before a window shortcut runs (Ctrl+S must save what was typed).
`show_value` puts the model's value in, unless the field has focus and unsaved typing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

MULTILINE_ROWS = 4
SWATCH_SIZE = 16


def commits_before_shortcut(widget: QWidget, event: QEvent) -> bool:
    """True when `event` is a command key the widget leaves alone, so a window shortcut
    (Ctrl+S, F5, ...) may run next: what was typed must be committed first.

    Shift or Ctrl pressed alone (while typing a capital, or with an input method) is not.
    """
    if event.type() != QEvent.Type.ShortcutOverride or event.isAccepted():
        return False
    assert isinstance(event, QKeyEvent)
    if event.key() in _MODIFIER_KEYS:
        return False
    command = event.modifiers() & _COMMAND_MODIFIERS
    return bool(command) or Qt.Key.Key_F1.value <= event.key() <= Qt.Key.Key_F35.value


_MODIFIER_KEYS = {
    Qt.Key.Key_Shift.value,
    Qt.Key.Key_Control.value,
    Qt.Key.Key_Alt.value,
    Qt.Key.Key_Meta.value,
    Qt.Key.Key_AltGr.value,
    Qt.Key.Key_CapsLock.value,
}
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class CommitLineEdit(QLineEdit):
    committed = Signal(str)  # the user finished editing a changed text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self.commit_pending)

    def commit_pending(self) -> None:
        if self.isModified():
            self.setModified(False)
            self.committed.emit(self.text())

    def show_value(self, text: str) -> None:
        if self.hasFocus() and self.isModified():
            return  # the user is typing: their text wins until they finish
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)
        self.setModified(False)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if commits_before_shortcut(self, event):
            self.commit_pending()
        return handled


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text (Chinese input methods work as in any Qt text field)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, rows: int = MULTILINE_ROWS) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on to the next field: fast entry
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * rows + 2 * self.frameWidth() + 8)

    def commit_pending(self) -> None:
        if self.document().isModified():
            self.document().setModified(False)
            self.committed.emit(self.toPlainText())

    def show_value(self, text: str) -> None:
        if self.hasFocus() and self.document().isModified():
            return
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        popup = QApplication.activePopupWidget()
        own_popup = popup is not None and popup.parentWidget() is self  # the context menu
        if not (event.reason() == Qt.FocusReason.PopupFocusReason and own_popup):
            self.commit_pending()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit_pending()  # Ctrl+Enter: done with this text, stay here
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if commits_before_shortcut(self, event):
            self.commit_pending()
        return handled


class OptionCombo(QComboBox):
    """A fixed list of (label, value); `chosen(value)` only for the user's choices."""

    chosen = Signal(object)

    def __init__(
        self, options: Sequence[tuple[str, object]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        for label, value in options:
            self.addItem(label, value)
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index)))

    def show_value(self, value: object) -> None:
        index = next((i for i in range(self.count()) if self.itemData(i) == value), -1)
        self.setCurrentIndex(index)

    def show_mixed(self, placeholder: str) -> None:
        """Several selected cards differ here: show no value until the user picks one."""
        self.setPlaceholderText(placeholder)
        self.setCurrentIndex(-1)


def swatch(colour: str, size: int = SWATCH_SIZE) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return pixmap


class ColourField(QWidget):
    """A swatch that opens the colour dialog, and a button back to the default colour."""

    chosen = Signal(object)  # "#rrggbb", or None for the default

    def __init__(self, default_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton()
        self.button.clicked.connect(self._choose)
        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(default_text)
        self._default_text = default_text
        self.reset_button.clicked.connect(lambda: self.chosen.emit(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button, 1)
        row.addWidget(self.reset_button)
        self._shown = "#FFFFFF"

    def show_value(self, colour: str | None, default: str, mixed: bool = False) -> None:
        """`colour` None shows the default colour; `mixed`: the selected cards differ."""
        self._shown = colour or default
        self.button.setIcon(swatch(self._shown))
        if mixed:
            self.button.setText(self.tr("Several colours"))
        elif colour is None:
            self.button.setText(self._default_text)
        else:
            self.button.setText(colour.upper())
        self.reset_button.setEnabled(mixed or colour is not None)

    def _choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self._shown), self, self.tr("Choose a Colour"))
        if colour.isValid():
            self.chosen.emit(colour.name().upper())

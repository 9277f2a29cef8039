"""A card's channel: online or offline, and a known channel name or any name typed in.

Known names are listed in the UI language; picking one stores its key ("wechat") and
brings its usual mode. Anything else typed is stored as typed.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from journey_designer.model import Channel, ChannelMode
from journey_designer.model.panel_ops import channel_named
from journey_designer.ui.panels.fields import CommitLineEdit, OptionCombo
from journey_designer.ui.panels.labels import channel_options


class ChannelField(QWidget):
    chosen = Signal(object)  # Channel | None

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = OptionCombo(
            [(self.tr("Online"), ChannelMode.ONLINE), (self.tr("Offline"), ChannelMode.OFFLINE)]
        )
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setLineEdit(CommitLineEdit())
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_line.setPlaceholderText(self.tr("No channel"))
        self.name.addItem("", "")
        for label, key in channel_options(labels):
            self.name.addItem(label, key)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mode)
        row.addWidget(self.name, 1)
        self._shown: Channel | None = None
        self.mode.chosen.connect(lambda _mode: self._emit(keep_mode=True))
        self.name.activated.connect(lambda _index: self._emit(keep_mode=False))
        self.name_line.committed.connect(lambda _text: self._emit(keep_mode=False))

    @property
    def name_line(self) -> CommitLineEdit:
        line = self.name.lineEdit()
        assert isinstance(line, CommitLineEdit)
        return line

    def show_value(self, channel: Channel | None) -> None:
        line = self.name_line
        if line.hasFocus() and line.isModified():
            return
        self._shown = channel
        key = channel.name if channel else ""
        index = self.name.findData(key)
        if index >= 0:
            self.name.setCurrentIndex(index)
        else:
            self.name.setCurrentIndex(-1)
            self.name.setEditText(key)
        line.setModified(False)
        self.mode.show_value(channel.mode if channel else ChannelMode.ONLINE)
        self.mode.setEnabled(channel is not None)

    def current(self, keep_mode: bool) -> Channel | None:
        """The channel the fields show; a newly named known channel brings its own mode."""
        text = self.name.currentText().strip()
        # A listed (translated) name, in any case, means its key.
        index = self.name.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        key = str(self.name.itemData(index)) if index >= 0 else text
        mode = self.mode.currentData() if keep_mode else None
        if not keep_mode and self._shown is not None and self._shown.name == key:
            mode = self._shown.mode  # same name again: keep the mode the user set
        return channel_named(key, mode if mode is None else ChannelMode(mode))

    def _emit(self, keep_mode: bool) -> None:
        self.name_line.setModified(False)
        channel = self.current(keep_mode)
        if channel != self._shown:
            self._shown = channel
            self.chosen.emit(channel)

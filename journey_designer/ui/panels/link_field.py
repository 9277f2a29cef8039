"""A card's link: a web address or a file path, and an Open button.

Only web pages (http, https) and files open; anything else (`javascript:`, `data:`, a
custom protocol a link could start a program with) is refused with one line. A path that
is not absolute is read from the map's folder, so a map and its assets can move together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from journey_designer.ui.panels.fields import CommitLineEdit
from journey_designer.ui.theme import WARNING, tint_text

WEB_SCHEMES = ("http", "https")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")  # C:\ or C:/ is a Windows path, not a scheme "c"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
translate = QCoreApplication.translate


class LinkRefused(ValueError):
    """A link that is not opened; `str(error)` is the line to show."""


def link_url(text: str, base: Path | None) -> QUrl:
    """The URL to open for a card's link, or LinkRefused saying why not.

    `base` is the map's folder (None for a map never saved).
    """
    link = text.strip()
    if not link:
        raise LinkRefused(translate("LinkField", "The card has no link to open."))
    if link.lower().startswith("www."):
        link = "https://" + link
    if _DRIVE.match(link):  # absolute on Windows, whatever the platform thinks
        return _file_url(Path(link), base, absolute=True)
    scheme = _SCHEME.match(link)
    if scheme is None:
        return _file_url(Path(link).expanduser(), base)
    name = scheme.group(1).lower()
    if name in WEB_SCHEMES:
        url = QUrl(link, QUrl.ParsingMode.StrictMode)
        if not url.isValid() or not url.host():
            raise LinkRefused(
                translate("LinkField", "“{link}” is not a web address.").format(link=_short(link))
            )
        return url
    if name == "file":
        url = QUrl(link)
        if not url.isLocalFile():
            raise LinkRefused(
                translate("LinkField", "“{link}” is not a file on this computer.").format(
                    link=_short(link)
                )
            )
        return _file_url(Path(url.toLocalFile()), base)
    raise LinkRefused(
        translate(
            "LinkField", "Only web (http, https) and file links open; not “{scheme}:”."
        ).format(scheme=name)
    )


def _file_url(path: Path, base: Path | None, absolute: bool = False) -> QUrl:
    if not (absolute or path.is_absolute()):
        if base is None:
            raise LinkRefused(
                translate(
                    "LinkField", "Save the map first: “{path}” is read from its folder."
                ).format(path=_short(str(path)))
            )
        path = base / path
    if not path.exists():
        raise LinkRefused(
            translate("LinkField", "No file at {path}.").format(path=_short(str(path)))
        )
    return QUrl.fromLocalFile(str(path))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class LinkField(QWidget):
    """The link's text (committed like any inspector field), Open, and one line of why not."""

    committed = Signal(str)

    def __init__(self, folder: Callable[[], Path | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.line = CommitLineEdit()
        self.line.setPlaceholderText(self.tr("https://… or a file path"))
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the link in the browser or the file's app"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        tint_text(self.message, WARNING)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.line.committed.connect(self.committed)
        self.line.textChanged.connect(self._text_changed)
        self.open_button.clicked.connect(lambda: self.open_link())

    def show_value(self, link: str) -> None:
        if self.line.text() != link:
            self.message.hide()
        self.line.show_value(link)
        self.open_button.setEnabled(bool(self.line.text().strip()))

    def commit_pending(self) -> None:
        self.line.commit_pending()

    def _text_changed(self, text: str) -> None:
        self.open_button.setEnabled(bool(text.strip()))

    def open_link(self) -> bool:
        """Open what the field shows (committing it first); False with a message if refused."""
        self.commit_pending()
        try:
            url = link_url(self.line.text(), self._folder())
        except LinkRefused as refused:
            self._say(str(refused))
            return False
        opened = QDesktopServices.openUrl(url)
        if not opened:
            self._say(
                self.tr("Nothing on this computer opens {link}.").format(
                    link=_short(url.toDisplayString())
                )
            )
            return False
        self.message.hide()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

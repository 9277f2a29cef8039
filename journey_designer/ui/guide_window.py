"""Help ▸ User Guide: the guide (`resources/guide/guide.<language>.md`) in a window of its
own beside the map, with its contents on the left to jump to a section.

The Markdown is shown by QTextBrowser; its pictures are found in the guide's folder and
shrunk to the page's width when wider.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QTextBlock, QTextCursor, QTextFragment
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journey_designer.resources import resource

GUIDE_LANGUAGES = ("en", "zh")
CONTENTS_LEVELS = (2, 3)  # "## Section" and "### Subsection"; "#" is the guide's title
PAGE_MARGIN = 48  # pixels the page keeps beside a picture shrunk to its width


def heading_slug(text: str) -> str:
    """A heading's anchor as GitHub writes it: "Step 3: draw it" -> "step-3-draw-it"."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def guide_path(language: str) -> Path:
    """The guide in `language`, English when there is none in that language."""
    return resource("guide", f"guide.{language if language in GUIDE_LANGUAGES else 'en'}.md")


class GuideWindow(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Journey Designer User Guide"))
        self.path = guide_path(language)
        self.browser = QTextBrowser()
        self.browser.setSearchPaths([str(self.path.parent)])
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow_link)
        self.contents = QListWidget()
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.itemActivated.connect(self._jump_to_item)
        self.contents.itemClicked.connect(self._jump_to_item)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.resize(1040, 760)
        self.load()
        self.browser.viewport().installEventFilter(self)

    def load(self) -> None:
        self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        self.browser.document().setDocumentMargin(16)
        self._fit_pictures(self._page_width())
        self.contents.clear()
        for level, text, block in self.headings():
            if level not in CONTENTS_LEVELS:
                continue
            item = QListWidgetItem(("    " * (level - CONTENTS_LEVELS[0])) + text)
            item.setData(Qt.ItemDataRole.UserRole, block.position())
            self.contents.addItem(item)

    def headings(self) -> list[tuple[int, str, QTextBlock]]:
        """Every heading of the guide: its level, its text and its block."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0:
                found.append((level, block.text(), block))
            block = block.next()
        return found

    def picture_names(self) -> list[str]:
        """The names of the pictures the guide shows, as written in it."""
        names = []
        block = self.browser.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().isImageFormat():
                    names.append(fragment.charFormat().toImageFormat().name())
                iterator += 1
            block = block.next()
        return names

    def jump_to(self, position: int) -> None:
        """Scroll so the block at `position` (a heading) is at the top of the page."""
        document = self.browser.document()
        block = document.findBlock(position)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)

    def jump_to_section(self, slug: str) -> bool:
        """Scroll to the heading whose anchor is `slug`; False if there is none."""
        for _level, text, block in self.headings():
            if heading_slug(text) == slug:
                self.jump_to(block.position())
                return True
        return False

    def _jump_to_item(self, item: QListWidgetItem) -> None:
        self.jump_to(int(item.data(Qt.ItemDataRole.UserRole)))

    def follow_link(self, url: QUrl) -> None:
        """A link to a section jumps there; web links open in the browser; a file named
        beside the guide opens with its app."""
        if url.hasFragment() and not url.path():
            self.jump_to_section(url.fragment())
            return
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if url.isRelative() and url.path():
            target = (self.path.parent / url.path()).resolve()
            if target.exists():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _page_width(self) -> int:
        return max(320, self.browser.viewport().width() - PAGE_MARGIN)

    def _fit_pictures(self, width: int) -> None:
        """Show each picture at its own size, or at `width` (in proportion) when wider."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().isImageFormat():
                    self._fit_picture(fragment, width)
                iterator += 1
            block = block.next()

    def _fit_picture(self, fragment: QTextFragment, width: int) -> None:
        image = fragment.charFormat().toImageFormat()
        size = QImageReader(str(self.path.parent / image.name())).size()
        if not size.isValid():
            return
        shown = min(width, size.width())
        if round(image.width()) == shown:
            return
        image.setWidth(shown)
        image.setHeight(size.height() * shown / size.width())
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_pictures(self._page_width())
        return False

"""The Help menu: Show Tour, User Guide (F1), Keyboard Shortcuts, About, About Qt; the user
guide window in the UI language, with its pictures and its contents to jump to."""

from __future__ import annotations

import pytest
from conftest import WindowFactory
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from journey_designer.resources import resource
from journey_designer.ui.guide_window import GuideWindow
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.panels.shortcuts_dialog import all_rows, plain_text


def help_texts(window: MainWindow) -> list[str]:
    return [plain_text(a.text()) for a in window.menu_actions.help_menu.actions()]


def test_the_help_menu_in_order(window: MainWindow) -> None:
    assert help_texts(window) == [
        "Show Tour",
        "User Guide",
        "Keyboard Shortcuts",
        "",  # a separator
        "About Journey Designer",
        "About Qt",
    ]


def test_f1_opens_the_guide_and_every_shortcut_belongs_to_one_action(window: MainWindow) -> None:
    guide, shortcuts = window.help.user_guide, window.panels.shortcuts
    assert QKeySequence("F1") in guide.shortcuts()
    assert QKeySequence("F1") not in shortcuts.shortcuts()
    assert shortcuts.shortcuts() == [QKeySequence("Ctrl+/")]
    rows = all_rows(window, {})
    keys = [key for row in rows for key in row.keys.split(", ")]
    assert ("Help", "User Guide", "F1") in [(r.group, r.command, r.keys) for r in rows]
    assert keys.count("F1") == 1 and keys.count("Ctrl+/") == 1


def test_the_chinese_help_menu_has_the_same_commands(make_window: WindowFactory) -> None:
    window = make_window("zh")
    assert len(help_texts(window)) == 6
    assert window.help.user_guide.shortcuts()[0] == QKeySequence("F1")


def open_guide(window: MainWindow) -> GuideWindow:
    window.help.user_guide.trigger()
    guide = window.help.guide
    assert guide is not None and guide.isVisible() and not guide.isModal()
    return guide


@pytest.mark.parametrize(("language", "title"), [("en", "Journey Designer User Guide"),
                                                  ("zh", "旅程设计器用户指南")])  # fmt: skip
def test_the_guide_opens_in_the_ui_language(
    make_window: WindowFactory, language: str, title: str
) -> None:
    window = make_window(language)
    guide = open_guide(window)
    assert guide.path == resource("guide", f"guide.{language}.md")
    levels = [level for level, _text, _block in guide.headings()]
    assert guide.headings()[0][:2] == (1, title)
    assert guide.contents.count() == sum(level in (2, 3) for level in levels) >= 20
    names = guide.picture_names()
    assert len(names) >= 5
    for name in names:  # each picture is found beside the guide and drawn
        found = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        image = found if isinstance(found, QImage) else QImage.fromData(found)
        assert not image.isNull(), name
    assert window.help.open_guide() is guide  # one guide window, raised again


def test_both_guides_show_the_same_sections(make_window: WindowFactory) -> None:
    english = [lvl for lvl, _t, _b in open_guide(make_window("en")).headings()]
    chinese = [lvl for lvl, _t, _b in open_guide(make_window("zh")).headings()]
    assert english == chinese


def test_contents_and_section_links_scroll_to_their_heading(window: MainWindow) -> None:
    guide = open_guide(window)
    guide.resize(900, 500)
    QApplication.processEvents()
    bar = guide.browser.verticalScrollBar()
    last = guide.contents.item(guide.contents.count() - 1)
    assert last.text().strip() == "The command line"
    guide.contents.itemClicked.emit(last)
    assert bar.value() > 0
    guide.follow_link(QUrl("#autosave-and-recovery"))
    cursor_block = guide.browser.textCursor().block()
    assert cursor_block.text() == "Autosave and recovery" and bar.value() > 0
    bar.setValue(0)
    guide.follow_link(QUrl("#no-such-section"))
    assert bar.value() == 0


def test_wide_pictures_fit_the_page(window: MainWindow) -> None:
    guide = open_guide(window)
    guide.resize(700, 600)
    QApplication.processEvents()
    page = guide.browser.viewport().width()
    widths = []
    block = guide.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                widths.append(fragment.charFormat().toImageFormat().width())
            iterator += 1
        block = block.next()
    assert widths and all(0 < width <= page for width in widths)

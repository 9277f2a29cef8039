"""The Help menu: Show Tour, User Guide (F1), Keyboard Shortcuts, About, About Qt; the user
guide window in the UI language, with its pictures and its contents to jump to."""

from __future__ import annotations

from conftest import WindowFactory
from PySide6.QtGui import QKeySequence

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

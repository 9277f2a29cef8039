"""Help ▸ Keyboard Shortcuts: every shortcut of the window's actions, read from the actions
themselves (so the list never goes stale), grouped by menu; then the keys of the canvas
and of the panels' text fields, which are not menu commands."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText
CONTEXT = "ShortcutsDialog"
MAX_MENU_DEPTH = 4
_MNEMONIC_IN_BRACKETS = re.compile(r"\(&\w\)")  # Chinese menus: "文件(&F)"

# Keys handled by the canvas and the panels (not QActions). Portable key names, then what
# they do; a key some action already has is listed with that action instead.
CANVAS_KEYS: tuple[tuple[str, object], ...] = (
    ("Left, Right, Up, Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the neighbouring card")),
    ("Return", QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the selected card")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Stop editing; clear the selection")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the next / previous card")),
    ("Del", QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected cards")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Find on the map")),
    ("F5", QT_TRANSLATE_NOOP("ShortcutsDialog", "Present the map")),
)
POINTER_KEYS: tuple[tuple[object, object], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Space + drag"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan the map"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Middle button drag"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan the map"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl + wheel"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom at the pointer"),
    ),
)
FIELD_KEYS: tuple[tuple[str, object], ...] = (
    ("Return", QT_TRANSLATE_NOOP("ShortcutsDialog", "Keep a one-line field's text")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("ShortcutsDialog", "Keep a multi-line field's text")),
    ("Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Keep the text and go to the next field")),
)


@dataclass(frozen=True)
class ShortcutRow:
    group: str
    command: str
    keys: str


def plain_text(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "Save &As…" -> "Save As"."""
    text = _MNEMONIC_IN_BRACKETS.sub("", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def native_keys(portable: str) -> str:
    """ "Ctrl+Return, Del" in the platform's words (⌘↩ on macOS)."""
    parts = [QKeySequence(part.strip()).toString(NATIVE) for part in portable.split(",")]
    return ", ".join(part for part in parts if part)


def action_rows(window: QMainWindow, names: dict[QAction, str]) -> list[ShortcutRow]:
    """One row per action with a shortcut, grouped by its menu path, in menu order."""
    bar_menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    other = QCoreApplication.translate("ShortcutsDialog", "Other")
    found: list[tuple[tuple[int, ...], ShortcutRow]] = []
    for action in window.findChildren(QAction):
        keys = [key.toString(NATIVE) for key in action.shortcuts() if _is_typed_key(key)]
        if not keys:
            continue
        group = other
        order: tuple[int, ...] = (len(bar_menus),)  # after the menus
        for menu in (m for m in action.associatedObjects() if isinstance(m, QMenu)):
            path = _path_from_bar(menu, bar_menus)
            if path is not None:
                group = " ▸ ".join(path.titles)
                order = (*path.order, menu.actions().index(action))
                break
        command = names.get(action) or plain_text(action.text())
        found.append((order, ShortcutRow(group, command, ", ".join(keys))))
    return [row for _order, row in sorted(found, key=lambda pair: pair[0])]


def _is_typed_key(key: QKeySequence) -> bool:
    """Not empty, and not a key few keyboards have: Open, Save, Zoom In…, F13 and above
    (X11 binds Undo to F14, Sun's Undo key)."""
    if key.isEmpty():
        return False
    first: QKeyCombination = key[0]  # type: ignore[index]  # (the stubs miss [])
    code = first.key().value
    special = Qt.Key.Key_Back.value <= code < Qt.Key.Key_unknown.value
    return not (special or Qt.Key.Key_F13.value <= code <= Qt.Key.Key_F35.value)


@dataclass(frozen=True)
class MenuPath:
    titles: tuple[str, ...]  # ("Edit", "Arrange")
    order: tuple[int, ...]  # the top menu's place in the menu bar, then each submenu's


def _path_from_bar(menu: QMenu, bar_menus: list[QMenu], depth: int = 0) -> MenuPath | None:
    """Where a (sub)menu is reachable from the menu bar, if it is."""
    if menu in bar_menus:
        return MenuPath((plain_text(menu.title()),), (bar_menus.index(menu),))
    if depth > MAX_MENU_DEPTH:
        return None
    for parent in menu.menuAction().associatedObjects():
        if isinstance(parent, QMenu):
            found = _path_from_bar(parent, bar_menus, depth + 1)
            if found is not None:
                return MenuPath(
                    (*found.titles, plain_text(menu.title())),
                    (*found.order, parent.actions().index(menu.menuAction())),
                )
    return None


def fixed_rows(taken: set[str]) -> list[ShortcutRow]:
    """The canvas and field keys, without those an action already has."""
    canvas = QCoreApplication.translate("ShortcutsDialog", "Map canvas")
    fields = QCoreApplication.translate("ShortcutsDialog", "Panel text fields")
    rows = [
        ShortcutRow(canvas, QCoreApplication.translate(CONTEXT, str(what)), native_keys(keys))
        for keys, what in CANVAS_KEYS
        if not taken & set(native_keys(keys).split(", "))
    ]
    rows += [
        ShortcutRow(
            canvas,
            QCoreApplication.translate(CONTEXT, str(what)),
            QCoreApplication.translate(CONTEXT, str(keys)),
        )
        for keys, what in POINTER_KEYS
    ]
    rows += [
        ShortcutRow(fields, QCoreApplication.translate(CONTEXT, str(what)), native_keys(keys))
        for keys, what in FIELD_KEYS
    ]
    return rows


def all_rows(window: QMainWindow, names: dict[QAction, str]) -> list[ShortcutRow]:
    rows = action_rows(window, names)
    taken = {key for row in rows for key in row.keys.split(", ")}
    return rows + fixed_rows(taken)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._fill(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(520, 620)

    def _fill(self, rows: list[ShortcutRow]) -> None:
        self._groups: dict[str, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        for row in rows:
            if row.group not in self._groups:
                group = QTreeWidgetItem(self.tree, [row.group])
                font = QFont(group.font(0))
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                self._groups[row.group] = (group, [])
            group, children = self._groups[row.group]
            children.append(QTreeWidgetItem(group, [row.command, row.keys]))
        self.tree.expandAll()

    def rows_shown(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) of every visible row."""
        return [
            (name, child.text(0), child.text(1))
            for name, (_group, children) in self._groups.items()
            for child in children
            if not child.isHidden()
        ]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for group, children in self._groups.values():
            for child in children:
                hit = not needle or any(needle in child.text(i).lower() for i in (0, 1))
                child.setHidden(not hit)
            group.setHidden(all(child.isHidden() for child in children))

"""After a crash: the next start lists the recovered maps and offers Restore / Discard.

A restored map opens as a modified document bound to its own file (saving writes there)
and keeps its recovery until it is saved. A recovery that cannot be read is listed with
its one-line reason and can only be put aside (into `recovery/damaged/`), never crash
the start. Maps still open in another running Journey Designer are not offered: their
lock is held.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QLockFile
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_designer.storage.recovery import (
    RecoveredMap,
    read_recovery,
    recovery_keys,
    remove_recovery,
    set_aside,
)
from journey_designer.ui.autosave import recovery_lock
from journey_designer.ui.document import MapDocument
from journey_designer.ui.messages import user_text
from journey_designer.ui.theme import WARNING, ThemedColour

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

log = logging.getLogger(__name__)
DAMAGED = ThemedColour("#800000", WARNING.dark)  # why a recovery cannot be read
Claim = tuple[RecoveredMap, QLockFile]


def claim_recoveries(folder: Path) -> list[Claim]:
    """The recoveries no running Journey Designer holds, each with its lock now held here."""
    claims = []
    for key in recovery_keys(folder):
        lock = recovery_lock(folder, key)
        if lock.tryLock(0):
            claims.append((read_recovery(folder, key), lock))
    return claims


class RestoreDialog(QDialog):
    """Lists the recovered maps; Restore opens the chosen one, Discard deletes one."""

    def __init__(self, claims: list[Claim], folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.claims = list(claims)
        self.chosen: Claim | None = None
        self.rows: list[QTreeWidgetItem] = []  # one per claim, in the same order
        self.setWindowTitle(self.tr("Recover Unsaved Maps"))
        intro = QLabel(
            self.tr(
                "Journey Designer closed before these maps were saved. Restore one to "
                "continue where you left off, or discard it."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Map"), self.tr("Autosaved"), self.tr("Folder")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self._restore())
        self.list.currentItemChanged.connect(lambda _new, _old: self._update_buttons())
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.later_button = QPushButton(self.tr("&Later"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(720, 300)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        self.rows = []
        for recovered, _lock in self.claims:
            item = QTreeWidgetItem(self.describe(recovered))
            if not recovered.restorable:
                item.setForeground(1, DAMAGED.on(self.list.palette()))
                item.setToolTip(1, _problem_text(recovered))
            self.list.addTopLevelItem(item)
            self.rows.append(item)
        if self.rows:
            self.list.setCurrentItem(self.rows[0])
        self._update_buttons()

    def describe(self, recovered: RecoveredMap) -> list[str]:
        """The row of a recovered map: its file (or title), when saved or why damaged, where."""
        if recovered.original_path is not None:
            name, folder = recovered.original_path.name, str(recovered.original_path.parent)
        else:
            name = self.tr("Untitled map “{title}”").format(title=recovered.title)
            folder = ""
        when = QDateTime.fromSecsSinceEpoch(int(recovered.saved_at.timestamp()))
        saved = QLocale().toString(when, QLocale.FormatType.ShortFormat)
        if not recovered.restorable:
            saved = self.tr("Cannot be restored: {reason}").format(reason=_problem_text(recovered))
        return [name, saved, folder]

    def row_texts(self) -> list[str]:
        """What each row shows, its columns joined by " | " (for a glance in tests and logs)."""
        return [" | ".join(row.text(c) for c in range(3)) for row in self.rows]

    def _selected(self) -> Claim | None:
        current = self.list.currentItem()
        return self.claims[self.rows.index(current)] if current in self.rows else None

    def _update_buttons(self) -> None:
        claim = self._selected()
        self.restore_button.setEnabled(claim is not None and claim[0].restorable)
        self.discard_button.setEnabled(claim is not None)
        if self.restore_button.isEnabled():
            self.restore_button.setDefault(True)

    def _restore(self) -> None:
        claim = self._selected()
        if claim is not None and claim[0].restorable:
            self.chosen = claim
            self.accept()

    def _discard(self) -> None:
        claim = self._selected()
        if claim is None:
            return
        recovered, lock = claim
        if recovered.restorable:
            remove_recovery(self.folder, recovered.key)
        else:  # kept aside for a closer look, never silently deleted
            set_aside(self.folder, recovered.key)
        lock.unlock()
        self.claims.remove(claim)
        if not self.claims:
            self.reject()
            return
        self._fill()


def offer_recovered_maps(window: MainWindow) -> bool:
    """At start: offer the maps a crash left behind; True when one was restored."""
    folder = window.autosave.folder
    try:
        claims = claim_recoveries(folder)
    except OSError as error:  # an unreadable folder must not stop the start
        log.warning("cannot list recovered maps in %s: %s", folder, error)
        return False
    if not claims:
        return False
    dialog = RestoreDialog(claims, folder, window)
    dialog.exec()
    chosen = dialog.chosen
    for claim in dialog.claims:
        if claim is not chosen:
            claim[1].unlock()  # offered again at the next start
    dialog.deleteLater()
    return chosen is not None and restore_map(window, *chosen)


def restore_map(window: MainWindow, recovered: RecoveredMap, lock: QLockFile) -> bool:
    """Show a recovered map as modified, bound to its own file; it keeps its recovery."""
    if recovered.journey is None or not window.files.maybe_save():
        lock.unlock()
        return False
    window.set_document(MapDocument(recovered.journey, recovered.original_path))
    window.editor.undo_stack.resetClean()  # it differs from its file until it is saved
    window.autosave.adopt(recovered, lock)
    message = QCoreApplication.translate(
        "RestoreDialog", "Restored “{name}”. Save it to keep the recovered changes."
    )
    window.statusBar().showMessage(message.format(name=window.document.display_name()), 15000)
    return True


def _problem_text(recovered: RecoveredMap) -> str:
    """Why a recovery cannot be restored, in the UI's language."""
    return user_text(recovered.problem_message or recovered.problem)

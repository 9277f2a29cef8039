"""Map ▸ Top Voted: pain points and opportunities ranked by votes, with their stage.

The list follows the map while it is open (each vote, undo, another map). Double-click a
row to select that card and bring it into view; Reset Votes clears them in one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from journey_designer.model import LaneKind
from journey_designer.model.voting_ops import RankedCard, ranked_cards, total_votes
from journey_designer.ui.editor import MapEditor

if TYPE_CHECKING:
    from journey_designer.ui.main_window import MainWindow

CARD_ID_ROLE = Qt.ItemDataRole.UserRole


class TopVotedDialog(QDialog):
    def __init__(self, window: MainWindow, reset_votes: Callable[[], bool]) -> None:
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(self.tr("Top Voted"))
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [self.tr("Rank"), self.tr("Votes"), self.tr("Card"), self.tr("Kind"), self.tr("Stage")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._go_to_card)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.reset_button = QPushButton(self.tr("&Reset Votes"))
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reset_button.clicked.connect(reset_votes)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(640, 420)
        window.editorChanged.connect(self._follow)
        self._follow(window.editor)

    def _follow(self, editor: MapEditor) -> None:
        editor.changed.connect(self.refresh)
        self.refresh()

    def rows(self) -> list[RankedCard]:
        return ranked_cards(self.main_window.document.journey)

    def refresh(self) -> None:
        journey = self.main_window.document.journey
        ranked = self.rows()
        self.tree.clear()
        for entry in ranked:
            item = QTreeWidgetItem(
                [
                    str(entry.rank) if entry.votes else "",
                    str(entry.votes),
                    entry.title,
                    self._kind_name(entry.lane_kind),
                    entry.stage_name,
                ]
            )
            item.setData(0, CARD_ID_ROLE, entry.card_id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            if not entry.votes:  # listed, so that what got no vote is seen too, but quieter
                for column in range(self.tree.columnCount()):
                    item.setForeground(column, Qt.GlobalColor.gray)
            self.tree.addTopLevelItem(item)
        votes = total_votes(journey)
        self.summary.setText(
            self.tr("%n vote(s) on %1 pain points and opportunities.", "", votes).replace(
                "%1", str(len(ranked))
            )
        )
        self.reset_button.setEnabled(votes > 0)

    def _kind_name(self, kind: LaneKind) -> str:
        if kind is LaneKind.PAIN_POINTS:
            return self.tr("Pain point")
        return self.tr("Opportunity")

    def _go_to_card(self, item: QTreeWidgetItem) -> None:
        card = self.main_window.scene.item_for(str(item.data(0, CARD_ID_ROLE)))
        if card is None:
            return
        self.main_window.scene.clearSelection()
        card.setSelected(True)
        self.main_window.view.centerOn(card)

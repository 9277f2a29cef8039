"""Lane kinds by their names as lane titles, and the dialog that adds a lane (kind and title)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from journey_designer.model import LaneKind
from journey_designer.ui.panels.labels import lane_kind_name as kind_name

# Lane kinds are named once (panels/labels.py); a new emotion lane is titled as the map
# shows it, "Emotional journey", where the inspector names the kind "Emotion curve".
_EMOTION_LANE_TITLE = QT_TRANSLATE_NOOP("LaneKinds", "Emotional journey")


def lane_kind_name(kind: LaneKind) -> str:
    """The kind's name as a lane's title (in menus, the Add Lane dialog, new lanes)."""
    if kind is LaneKind.EMOTION_CURVE:
        return QCoreApplication.translate("LaneKinds", str(_EMOTION_LANE_TITLE))
    return kind_name(kind)


class AddLaneDialog(QDialog):
    """Choose a lane's kind (its title follows the kind until it is typed over)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Lane"))
        self.kinds = QListWidget()
        for kind in LaneKind:
            item = QListWidgetItem(lane_kind_name(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.kinds.addItem(item)
        self.title = QLineEdit()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self.kinds)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(buttons)
        self._typed = False
        self.title.textEdited.connect(self._title_typed)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.kinds.itemActivated.connect(lambda _item: self.accept())
        self.kinds.setCurrentRow(0)
        self.kinds.setFocus()

    def kind(self) -> LaneKind:
        item = self.kinds.currentItem()
        return LaneKind(item.data(Qt.ItemDataRole.UserRole)) if item else LaneKind.ACTIONS

    def lane_title(self) -> str:
        return self.title.text().strip() or lane_kind_name(self.kind())

    def _title_typed(self, text: str) -> None:
        self._typed = bool(text)

    def _kind_changed(self) -> None:
        if not self._typed:
            self.title.setText(lane_kind_name(self.kind()))

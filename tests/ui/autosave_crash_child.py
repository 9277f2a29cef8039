"""The app that `test_autosave_crash.py` kills: the real `run()` on a map file.

Once the map is on screen it votes on the first pain point as a user does (V, then a click
on the card), prints `voted CARD_ID VOTES MAP_PATH`, and goes on running until it is killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journey_designer.model import LaneKind
from journey_designer.ui import app as ui_app
from journey_designer.ui.main_window import MainWindow


def vote_like_a_user() -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    journey = window.document.journey
    lane = next(lane for lane in journey.lanes if lane.kind == LaneKind.PAIN_POINTS)
    card = next(card for card in journey.cards if card.lane_id == lane.id)
    QTest.keyClick(window.view, Qt.Key.Key_V)
    item = window.scene.item_for(card.id)
    assert item is not None
    window.view.centerOn(item)
    position = window.view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    votes = window.document.journey.card(card.id).votes
    print(f"voted {card.id} {votes} {window.document.path}", flush=True)


if __name__ == "__main__":
    ui_app.create_application()
    QTimer.singleShot(500, vote_like_a_user)
    sys.exit(ui_app.run(Path(sys.argv[1]), "en"))

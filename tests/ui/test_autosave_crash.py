"""kill -9 loses at most one autosave interval: the real app in a child process votes on a
card, is killed once the interval has passed, and the next start offers the edit back."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_designer.storage import load_map
from journey_designer.storage.recovery import read_recovery, recovery_keys
from journey_designer.templates import template_path
from journey_designer.ui import app as ui_app
from journey_designer.ui import autosave
from journey_designer.ui.autosave_restore import RestoreDialog
from journey_designer.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("autosave_crash_child.py")
INTERVAL_MS = 500
SLACK_S = 2.0  # a loaded test machine (the child's event loop may be late)


def start_child(home: Path, map_path: Path, log: Path) -> subprocess.Popen[str]:
    """The app with its own home: its settings (a 0.5 s interval) and app-data folder."""
    settings = home / ".config" / "JourneyDesigner" / "Journey Designer.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[autosave]\ninterval_ms={INTERVAL_MS}\n", encoding="utf-8")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
    }
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(map_path)],
        stdout=subprocess.PIPE,
        stderr=log.open("w"),
        text=True,
        env=env,
        cwd=REPO,
    )


def first_line(child: subprocess.Popen[str], timeout: float) -> str:
    lines: queue.Queue[str] = queue.Queue()
    assert child.stdout is not None
    stdout = child.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    return lines.get(timeout=timeout)


def wait_for_recovery(folder: Path, card_id: str, timeout: float) -> float:
    """When a recovery holding the vote appeared (time.monotonic())."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for key in recovery_keys(folder):
            journey = read_recovery(folder, key).journey
            if journey is not None and journey.card(card_id).votes == 1:
                return time.monotonic()
        time.sleep(0.02)
    raise AssertionError("no recovery file with the vote")


@pytest.fixture
def app_names(qapp: QApplication) -> Iterator[None]:
    """run() names the app as the real one: put the test names back afterwards."""
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    translators = set(qapp.findChildren(QTranslator))
    windows = set(qapp.topLevelWidgets())
    yield
    for widget in set(qapp.topLevelWidgets()) - windows:
        if isinstance(widget, MainWindow):
            widget.editor.undo_stack.setClean()
        widget.close()
        widget.deleteLater()
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


@pytest.mark.slow
def test_kill_9_after_the_interval_loses_nothing_and_the_next_start_restores_it(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, app_names: None
) -> None:
    map_path = tmp_path / "workshop.journey.json"
    shutil.copyfile(template_path("b2c_five_stages", "en"), map_path)
    home = tmp_path / "home"
    log = tmp_path / "child.log"
    child = start_child(home, map_path, log)
    try:
        said = first_line(child, timeout=60).strip().split(maxsplit=3)
        voted_at = time.monotonic()
        assert said[:1] == ["voted"] and said[2:] == ["1", str(map_path.resolve())], (
            said,
            log.read_text(encoding="utf-8"),
        )
        card_id = said[1]
        folder = home / ".local" / "share" / "JourneyDesigner" / "Journey Designer" / "recovery"
        written_at = wait_for_recovery(folder, card_id, timeout=INTERVAL_MS / 1000 + SLACK_S)
        assert written_at - voted_at <= INTERVAL_MS / 1000 + SLACK_S
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert load_map(map_path).card(card_id).votes == 0  # the edit was never saved

    # The next start, as the user makes it: the same map on the command line.
    monkeypatch.setattr(autosave, "recovery_folder", lambda: folder)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: (QApplication.processEvents(), 0)[1])
    listed: list[str] = []

    def restore_when_offered() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, restore_when_offered)
            return
        listed.extend(dialog.row_texts())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, restore_when_offered)
    before = set(QApplication.topLevelWidgets())
    assert ui_app.run(map_path, "en") == 0
    started = set(QApplication.topLevelWidgets()) - before
    [window] = [widget for widget in started if isinstance(widget, MainWindow)]
    assert len(listed) == 1 and "workshop.journey.json" in listed[0]
    assert window.document.journey.card(card_id).votes == 1
    assert window.document.path == map_path.resolve() and window.document.modified

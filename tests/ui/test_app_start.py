"""Starting the app: a light import, the entry point, a bad file on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from journey_designer.ui import app as ui_app
from journey_designer.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


def test_importing_the_app_does_not_import_pdf_or_spreadsheet_code() -> None:
    probe = "import sys, json, journey_designer.ui.app\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    heavy = {"reportlab", "openpyxl", "python_calamine"}
    assert not {name for name in loaded if name.split(".")[0] in heavy}
    qt_modules = {name for name in loaded if name.startswith("PySide6.Qt")}
    assert qt_modules <= {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}


def test_run_with_a_bad_file_says_why_and_falls_back_to_the_sample(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_args: shown.append((title, text))
    )
    # Stands in for the event loop: run what start-up queued, then return as if closed.
    monkeypatch.setattr(QApplication, "exec", lambda *_args: (QApplication.processEvents(), 0)[1])
    bad = tmp_path / "bad.journey.json"
    bad.write_bytes(b"\x00\x01 binary")
    translators = set(qapp.findChildren(QTranslator))
    windows = set(qapp.topLevelWidgets())
    try:
        assert ui_app.run(bad, "en") == 0
        started = [w for w in set(qapp.topLevelWidgets()) - windows if isinstance(w, MainWindow)]
        assert len(started) == 1 and started[0].isVisible()
        assert started[0].document.path is None and started[0].scene.card_items()
        assert len(shown) == 1
        title, text = shown[0]
        assert title == "Cannot Open Map" and text.startswith("bad.journey.json: ")
    finally:
        for widget in set(qapp.topLevelWidgets()) - windows:
            widget.close()
            widget.deleteLater()
        for translator in set(qapp.findChildren(QTranslator)) - translators:
            qapp.removeTranslator(translator)


def test_the_first_run_shows_the_tour_and_the_second_does_not(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journey_designer.ui.tour import TourCallout

    monkeypatch.setattr(QApplication, "exec", lambda *_args: (QApplication.processEvents(), 0)[1])
    translators = set(qapp.findChildren(QTranslator))
    windows = set(qapp.topLevelWidgets())
    shown_tours = []
    try:
        for _run in range(2):
            before = set(qapp.topLevelWidgets())
            assert ui_app.run(None, "en") == 0
            (window,) = [
                w for w in set(qapp.topLevelWidgets()) - before if isinstance(w, MainWindow)
            ]
            callouts = [c for c in window.findChildren(TourCallout) if c.isVisible()]
            shown_tours.append(len(callouts))
            window.close()  # closing the window dismisses the tour: it is done
    finally:
        for widget in set(qapp.topLevelWidgets()) - windows:
            widget.close()
            widget.deleteLater()
        for translator in set(qapp.findChildren(QTranslator)) - translators:
            qapp.removeTranslator(translator)
    assert shown_tours == [1, 0]

"""Starting the app: a light import, the entry point, a bad file on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
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


@pytest.fixture
def run_app(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., MainWindow]]:
    """`run(path, language)` as the command does, the event loop replaced by one turn of
    queued start-up work; gives the window it showed. Closes what it opened afterwards."""
    monkeypatch.setattr(QApplication, "exec", lambda *_args: (QApplication.processEvents(), 0)[1])
    translators = set(qapp.findChildren(QTranslator))
    windows = set(qapp.topLevelWidgets())

    def run(path: Path | None, language: str) -> MainWindow:
        before = set(qapp.topLevelWidgets())
        assert ui_app.run(path, language) == 0
        (window,) = [w for w in set(qapp.topLevelWidgets()) - before if isinstance(w, MainWindow)]
        return window

    yield run
    for widget in set(qapp.topLevelWidgets()) - windows:
        widget.close()
        widget.deleteLater()
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)


def test_run_with_a_bad_file_says_why_and_falls_back_to_the_sample(
    run_app: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_args: shown.append((title, text))
    )
    bad = tmp_path / "bad.journey.json"
    bad.write_bytes(b"\x00\x01 binary")
    window = run_app(bad, "en")
    assert window.isVisible()
    assert window.document.path is None and window.scene.card_items()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Cannot Open Map" and text.startswith("bad.journey.json: ")


def test_the_first_run_shows_the_tour_and_the_second_does_not(
    run_app: Callable[..., MainWindow],
) -> None:
    from journey_designer.ui.tour import TourCallout

    shown_tours = []
    for _run in range(2):
        window = run_app(None, "en")
        shown_tours.append(len([c for c in window.findChildren(TourCallout) if c.isVisible()]))
        window.close()  # closing the window dismisses the tour: it is done
    assert shown_tours == [1, 0]

"""File ▸ Export…: choices remembered per map, thumbnails that follow the page plan, the
small-text warning, and exports to PNG, Markdown and (once it has landed) PDF."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import shiboken6
from map_factory import generated_map
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journey_designer.export.options import ExportOptions, PageSetup
from journey_designer.ui import export_thumbnails
from journey_designer.ui.document import MapDocument
from journey_designer.ui.export_dialog import PREVIEW_DELAY_MS, ExportDialog
from journey_designer.ui.export_settings import ExportChoices, load_choices, save_choices
from journey_designer.ui.export_thumbnails import MAX_THUMBNAILS, OverviewScene
from journey_designer.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message boxes the dialog would show (a modal box would stop the test)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_args: shown.append(text)
    )
    return shown


@pytest.fixture
def dialog(window: MainWindow) -> Iterator[ExportDialog]:
    opened = window.export.open_dialog()
    yield opened
    if shiboken6.isValid(opened) and opened.isVisible():
        opened.reject()


def choose(dialog: ExportDialog, **changes: object) -> None:
    """Set the dialog's choices as the user would, and redraw the preview at once."""
    choices = dialog.current_choices()
    option_changes = {k: v for k, v in changes.items() if k in ExportOptions.__dataclass_fields__}
    own_changes = {k: v for k, v in changes.items() if k not in option_changes}
    options = replace(choices.options, **option_changes)  # type: ignore[arg-type]
    dialog.set_choices(replace(choices, options=options, **own_changes))  # type: ignore[arg-type]
    dialog.update_preview()


def test_choices_round_trip_per_map_id() -> None:
    poster = ExportChoices(
        format="pdf",
        options=ExportOptions(
            page=PageSetup("custom", "portrait", (600.0, 900.0), 0.5 * 25.4),
            mode="tile",
            cover=False,
            legend=True,
            appendix=False,
            header_footer=False,
        ),
        unit="in",
        dpi=150,
        transparent=False,
        last_path="/tmp/poster.pdf",
    )
    slide = ExportChoices(format="png", dpi=300, transparent=True, last_path="/tmp/slide.png")
    save_choices("map-1", poster)
    save_choices("team/map 2", slide)  # a '/' would otherwise open a settings group
    assert load_choices("map-1") == poster
    assert load_choices("team/map 2") == slide
    assert load_choices("never-exported") == ExportChoices()


def test_the_dialog_shows_the_maps_remembered_choices_and_keeps_changes(
    window: MainWindow,
) -> None:
    map_id = window.document.journey.id
    remembered = ExportChoices(
        format="pdf",
        options=ExportOptions(page=PageSetup("A1", "portrait", None, 20.0), mode="per_stage"),
        unit="mm",
        last_path="/tmp/earlier.pdf",
    )
    save_choices(map_id, remembered)
    dialog = window.export.open_dialog()
    assert dialog.current_choices() == remembered
    choose(dialog, format="png", dpi=300)
    dialog.reject()  # closing keeps the choices too
    assert load_choices(map_id) == replace(remembered, format="png", dpi=300)
    assert load_choices("another-map") == ExportChoices()


def test_export_is_in_the_file_menu_with_ctrl_e(window: MainWindow) -> None:
    action = window.export.action
    actions = window.menu_actions.file_menu.actions()
    assert actions.index(action) < actions.index(window.menu_actions.file_export_separator)
    assert action.shortcut() == QKeySequence("Ctrl+E")
    action.trigger()
    assert isinstance(window.export.dialog, ExportDialog) and window.export.dialog.isVisible()
    window.export.dialog.reject()


def test_thumbnails_follow_the_mode(window: MainWindow, dialog: ExportDialog) -> None:
    stages = window.document.journey.stages
    choose(dialog, mode="fit")
    assert len(dialog.thumbnails.thumbnails) == 1 and dialog.thumbnails.hidden_count == 0
    choose(dialog, mode="per_stage")
    captions = [thumbnail.caption for thumbnail in dialog.thumbnails.thumbnails]
    assert captions == [stage.name for stage in stages]
    choose(dialog, mode="tile", page=PageSetup("A4", "landscape"))
    assert dialog.plan is not None
    assert len(dialog.thumbnails.thumbnails) == len(dialog.plan.pages) > 1
    assert dialog.thumbnails.thumbnails[0].caption == "A1"


def test_many_sheets_show_the_first_ones_and_a_count(dialog: ExportDialog) -> None:
    choose(dialog, mode="tile", page=PageSetup("custom", "landscape", (100.0, 60.0), 5.0))
    assert dialog.plan is not None
    total = len(dialog.plan.pages)
    assert total > MAX_THUMBNAILS
    assert len(dialog.thumbnails.thumbnails) == MAX_THUMBNAILS
    assert dialog.thumbnails.hidden_count == total - MAX_THUMBNAILS
    assert not dialog.thumbnails.more_label.isHidden()
    assert str(total - MAX_THUMBNAILS) in dialog.thumbnails.more_label.text()


def test_a_thumbnail_is_the_sheet_with_the_map_on_it(dialog: ExportDialog) -> None:
    choose(dialog, mode="fit", page=PageSetup("A3", "landscape"))
    image = dialog.thumbnails.thumbnails[0].image
    assert image.width() > image.height()  # a landscape sheet
    assert abs(image.width() / image.height() - 420 / 297) < 0.02
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    corner = image.pixelColor(2, 2)
    assert corner.name() == "#ffffff" and middle.name() != "#ffffff"  # margin, then map


def test_the_preview_waits_for_a_pause_in_the_changes(
    qtbot: QtBot, window: MainWindow, dialog: ExportDialog
) -> None:
    choose(dialog, mode="fit")
    dialog.pdf_form.mode_combo.setCurrentIndex(dialog.pdf_form.mode_combo.findData("per_stage"))
    assert len(dialog.thumbnails.thumbnails) == 1  # not yet: the user may still be choosing
    assert dialog.preview_timer.isActive() and dialog.preview_timer.interval() == PREVIEW_DELAY_MS
    stages = len(window.document.journey.stages)
    qtbot.waitUntil(lambda: len(dialog.thumbnails.thumbnails) == stages, timeout=2000)


def test_small_text_is_warned_about_only_when_it_applies(dialog: ExportDialog) -> None:
    choose(dialog, mode="fit", page=PageSetup("A4", "landscape"))
    assert dialog.plan is not None and dialog.plan.smallest_text < 6
    assert not dialog.warning_label.isHidden()
    assert "6 pt" in dialog.warning_label.text()
    choose(dialog, mode="fit", page=PageSetup("A0", "landscape"))
    assert dialog.warning_label.isHidden()


def test_a_page_that_does_not_work_blocks_export(dialog: ExportDialog) -> None:
    choose(dialog, page=PageSetup("custom", "landscape", (120.0, 80.0), 40.0))
    assert dialog.plan is None and not dialog.export_button.isEnabled()
    assert not dialog.warning_label.isHidden() and "\n" not in dialog.warning_label.text()
    choose(dialog, page=PageSetup("A3", "landscape"))
    assert dialog.export_button.isEnabled()


def test_png_size_is_shown_and_absurd_sizes_are_refused(dialog: ExportDialog) -> None:
    choose(dialog, format="png", dpi=72)
    assert "pixels" in dialog.summary_label.text() and dialog.warning_label.isHidden()
    choose(dialog, format="png", dpi=2400)
    assert "dpi or lower" in dialog.warning_label.text()
    assert not dialog.export_button.isEnabled()


def test_png_export_from_the_dialog(
    window: MainWindow, dialog: ExportDialog, tmp_path: Path
) -> None:
    choose(dialog, format="png", dpi=72, transparent=True)
    path = tmp_path / "coffee.png"
    dialog.export_to(path)
    image = QImage(str(path))
    assert not image.isNull() and image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "coffee.png" in window.statusBar().currentMessage()
    remembered = load_choices(window.document.journey.id)
    assert (remembered.format, remembered.dpi, remembered.last_path) == ("png", 72, str(path))


def test_markdown_export_from_the_dialog(
    window: MainWindow, dialog: ExportDialog, tmp_path: Path
) -> None:
    choose(dialog, format="markdown")
    assert window.document.journey.title in dialog.outline_preview.toPlainText()
    path = tmp_path / "coffee.md"
    dialog.export_to(path)
    assert path.read_text(encoding="utf-8").startswith("# " + window.document.journey.title)


def test_the_suggested_file_is_named_after_the_map_file(
    window: MainWindow, dialog: ExportDialog, tmp_path: Path
) -> None:
    window.document.save(tmp_path / "咖啡机.journey.json")
    choices = dialog.current_choices()
    assert dialog.suggested_path(replace(choices, format="svg", last_path="")) == (
        tmp_path / "咖啡机.svg"
    )
    earlier = replace(choices, format="pdf", last_path=str(tmp_path / "out" / "client.png"))
    assert dialog.suggested_path(earlier) == tmp_path / "out" / "client.pdf"


def test_pdf_export_from_the_dialog(
    qtbot: QtBot, window: MainWindow, dialog: ExportDialog, tmp_path: Path, messages: list[str]
) -> None:
    choose(dialog, format="pdf", mode="fit", page=PageSetup("A3", "landscape"))
    path = tmp_path / "coffee.pdf"
    dialog.export_to(path)
    qtbot.waitUntil(
        lambda: messages or "coffee.pdf" in window.statusBar().currentMessage(), timeout=60000
    )
    assert messages == []
    assert path.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: window.export.dialog is None)  # closed and deleted


def test_cancel_stops_a_pdf_export_and_keeps_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    window.set_document(MapDocument(generated_map(24, cards_per_cell=3)))  # ~600 cards
    dialog = window.export.open_dialog()
    choose(dialog, format="pdf", mode="tile", page=PageSetup("A4", "portrait"))
    path = tmp_path / "big.pdf"
    dialog.export_to(path)
    assert dialog.runner.is_running() and not dialog.progress.isHidden()
    assert not dialog.export_button.isEnabled()
    dialog.reject()  # the Close button says Cancel while an export runs
    assert not dialog.runner.is_running() and dialog.isVisible()
    assert "cancelled" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not dialog.runner.task.has_threads(), timeout=30000)
    assert not path.exists() and messages == []
    assert dialog.export_button.isEnabled() and dialog.progress.isHidden()
    dialog.reject()


def test_enter_asks_for_the_file_then_exports(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "slide"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    choose(dialog, format="svg")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert asked and asked[0].endswith(".svg")
    assert (tmp_path / "slide.svg").read_bytes().startswith(b"<?xml")
    # Save As and the next export start in the folder the map was just exported to
    assert dialog.main_window.settings.last_folder() == tmp_path.resolve()


def test_a_big_map_previews_from_an_overview_and_exports_in_full(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = window.export.open_dialog()
    choose(full, format="png", dpi=36)
    full.export_to(tmp_path / "full.png")
    monkeypatch.setattr(export_thumbnails, "FULL_PREVIEW_CARDS", 10)  # the sample map is "big"
    dialog = window.export.open_dialog()
    assert isinstance(dialog.scene, OverviewScene) and not dialog.scene.card_items()
    choose(dialog, format="pdf", mode="fit")
    image = dialog.thumbnails.thumbnails[0].image
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() != "#ffffff"
    choose(dialog, format="png", dpi=36)
    dialog.export_to(tmp_path / "big.png")
    assert QImage(str(tmp_path / "big.png")) == QImage(str(tmp_path / "full.png"))

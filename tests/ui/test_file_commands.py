"""File menu: open (good, bad, recent), save, save as; dialogs are patched, never shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from journey_designer import __version__
from journey_designer.storage import load_map
from journey_designer.templates import template_ids, template_path
from journey_designer.ui.about import AboutDialog
from journey_designer.ui.canvas.card_item import CardItem
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.settings import AppSettings
from journey_designer.ui.template_dialog import NewFromTemplateDialog


class Warnings:
    """Stands in for QMessageBox.warning and keeps what it was asked to show."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(
        self, _parent: object, title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        self.shown.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Warnings:
    recorder = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    return recorder


def choose_to_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))


def choose_to_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(path), ""))


def card_count(window: MainWindow) -> int:
    return sum(isinstance(item, CardItem) for item in window.scene.items())


def test_opening_a_bad_file_shows_its_message_and_keeps_the_map(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: Warnings
) -> None:
    bad = tmp_path / "broken.journey.json"
    bad.write_text('{"format": "journey-designer", "stages": [', encoding="utf-8")
    journey, cards = window.document.journey, card_count(window)
    choose_to_open(monkeypatch, bad)
    window.menu_actions.open.trigger()
    assert len(warnings.shown) == 1
    title, text = warnings.shown[0]
    assert title == "Cannot Open Map"
    assert text.startswith("broken.journey.json: not valid JSON") and "\n" not in text
    assert "Traceback" not in text
    assert window.document.journey is journey and card_count(window) == cards
    assert AppSettings().recent_files() == []


def test_opening_a_good_file_shows_it_and_remembers_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: Warnings
) -> None:
    source = template_path("ecommerce_cart_abandonment", "en")
    choose_to_open(monkeypatch, source)
    window.menu_actions.open.trigger()
    assert warnings.shown == []
    assert window.document.path == source.resolve()
    assert window.document.journey == load_map(source)
    assert card_count(window) == len(window.document.journey.cards)
    assert source.name in window.windowTitle()
    assert AppSettings().recent_files()[0] == source.resolve()


def test_save_as_writes_a_file_that_loads_back_equal(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: Warnings
) -> None:
    choose_to_save(monkeypatch, tmp_path / "我的旅程")  # the suffix is added
    window.document.set_modified(True)
    assert window.menu_actions.save_as.trigger() is None
    saved = tmp_path / "我的旅程.journey.json"
    assert warnings.shown == []
    assert load_map(saved) == window.document.journey
    assert window.document.path == saved and not window.document.modified
    assert "我的旅程.journey.json[*]" in window.windowTitle() and not window.isWindowModified()
    assert AppSettings().recent_files() == [saved.resolve()]


def test_save_of_an_untitled_map_asks_for_a_name(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_to_save(monkeypatch, tmp_path / "first.journey.json")
    window.menu_actions.save.trigger()
    assert (tmp_path / "first.journey.json").is_file()
    # Saving again writes to the same file without asking.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: pytest.fail("asked again"))
    window.menu_actions.save.trigger()
    assert (tmp_path / "first.journey.json.bak").is_file()


def test_a_failed_save_says_why(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: Warnings
) -> None:
    choose_to_save(monkeypatch, tmp_path / "no-such-folder" / "map.journey.json")
    window.document.set_modified(True)
    window.menu_actions.save_as.trigger()
    assert [title for title, _text in warnings.shown] == ["Cannot Save Map"]
    assert window.document.modified and window.document.path is None


def test_recent_files_menu_reopens_and_drops_missing_files(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: Warnings
) -> None:
    kept = tmp_path / "kept.journey.json"
    gone = tmp_path / "gone.journey.json"
    window.document.save(kept)
    window.document.save(gone)
    settings = AppSettings()
    settings.add_recent_file(kept)
    settings.add_recent_file(gone)
    gone.unlink()
    menu = window.menu_actions.recent_files
    menu.rebuild()
    names = [action.text() for action in menu.actions() if action.text()]
    assert names[:2] == ["&1 gone.journey.json", "&2 kept.journey.json"]
    menu.actions()[0].trigger()  # the missing one: a message, and it leaves the list
    assert len(warnings.shown) == 1 and "no such file" in warnings.shown[0][1]
    assert settings.recent_files() == [kept.resolve()]
    menu.rebuild()
    menu.actions()[0].trigger()
    assert window.document.path == kept.resolve()


def test_unsaved_changes_are_asked_about_before_opening_another_map(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def cancel(
        _parent: object, title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: pytest.fail("not asked"))
    journey = window.document.journey
    window.document.set_modified(True)
    window.menu_actions.open.trigger()
    assert len(asked) == 1 and "Untitled" in asked[0]
    assert window.document.journey is journey


def test_new_from_template_opens_an_untitled_copy_of_the_template(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window("zh")
    dialog = NewFromTemplateDialog("zh", window)
    titles = [dialog._templates.item(i).text() for i in range(dialog._templates.count())]
    assert len(titles) == len(template_ids()) and titles[0] == window.document.journey.title
    dialog.deleteLater()

    def pick_the_second(self: NewFromTemplateDialog) -> int:
        self._templates.setCurrentRow(1)
        self.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(NewFromTemplateDialog, "exec", pick_the_second)
    window.menu_actions.new_from_template.trigger()
    expected = load_map(template_path(template_ids()[1], "zh"))
    journey = window.document.journey
    assert journey.title == expected.title and journey.cards == expected.cards
    assert journey.id != expected.id  # a new map, not the template itself
    assert window.document.path is None and not window.document.modified
    assert len(window.scene.card_items()) == len(expected.cards)


def test_about_names_the_version_and_the_map_font(window: MainWindow) -> None:
    window.menu_actions.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert __version__ in dialog.heading.text()
    assert window.map_font.family in dialog.font_label.text()


def test_saving_changes_moves_the_modified_time(tmp_path: Path) -> None:
    from journey_designer.templates import new_map_from_template
    from journey_designer.ui.document import MapDocument

    journey = new_map_from_template("b2c_five_stages", "en")
    journey = journey.model_copy(update={"modified": journey.modified.replace(year=2020)})
    document = MapDocument(journey)
    document.save(tmp_path / "a.journey.json")
    assert load_map(tmp_path / "a.journey.json").modified.year == 2020  # nothing changed
    document.set_modified(True)
    document.save(tmp_path / "a.journey.json")
    assert load_map(tmp_path / "a.journey.json").modified.year > 2020
    assert document.modified is False

"""user_text: the Qt-free packages' messages in the UI's language, from a real .qm file."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journey_designer.messages import QT_TRANSLATE_NOOP, message
from journey_designer.storage import MapFileError
from journey_designer.survey.cells import SurveyReadError
from journey_designer.survey.precheck import too_large
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.messages import user_text
from journey_designer.ui.survey_worker import BackgroundTask

CHINESE = {
    "{path}: no such file": "{path}：文件不存在",
    "{file} is too large or malformed to read safely ({reason})": "{file} 太大或已损坏（{reason}）",
    "{count:,} parts in the archive": "压缩包里有 {count:,} 个部分",
    # Broken on purpose: a lost field, and a field cut in half.
    "Could not save {file}: {reason}. The previous file is unchanged.": "无法保存 {name}",
    "{file} is empty (0 bytes); export it again from the survey tool": "{file 是空文件",
}


def compiled_translations(folder: Path) -> Path:
    """CHINESE as a .qm file, compiled by pyside6-lrelease like the app's own."""
    root = ET.Element("TS", version="2.1", language="zh_CN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "Messages"
    for source, translation in CHINESE.items():
        entry = ET.SubElement(context, "message")
        ET.SubElement(entry, "source").text = source
        ET.SubElement(entry, "translation").text = translation
    ts, qm = folder / "messages_zh.ts", folder / "messages_zh.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def chinese(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(compiled_translations(tmp_path_factory.mktemp("i18n"))))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def missing_file_error(path: str) -> MapFileError:
    return MapFileError(QT_TRANSLATE_NOOP("Messages", "{path}: no such file"), path=path)


def test_without_a_translation_the_english_text_is_shown(qapp: QApplication) -> None:
    error = missing_file_error("/maps/a.journey.json")
    assert user_text(error) == "/maps/a.journey.json: no such file" == str(error)


def test_a_user_error_is_translated_and_its_fields_filled_in(chinese: None) -> None:
    assert (
        user_text(missing_file_error("/maps/a.journey.json")) == "/maps/a.journey.json：文件不存在"
    )
    assert user_text(message("{path}: no such file", path="b")) == "b：文件不存在"


def test_message_fields_are_translated_too(chinese: None) -> None:
    reason = message(QT_TRANSLATE_NOOP("Messages", "{count:,} parts in the archive"), count=20000)
    assert (
        user_text(too_large("big.xlsx", reason))
        == "big.xlsx 太大或已损坏（压缩包里有 20,000 个部分）"
    )
    # An untranslated template around a translated one: each part as far as it goes.
    outer = message("{file}: {problem}", file="m.json", problem=missing_file_error("x").message)
    assert user_text(outer) == "m.json: x：文件不存在"


def test_a_bad_translation_falls_back_to_english(chinese: None) -> None:
    save = MapFileError(
        QT_TRANSLATE_NOOP(
            "Messages", "Could not save {file}: {reason}. The previous file is unchanged."
        ),
        file="m.json",
        reason="Disk full",
    )
    assert user_text(save) == "Could not save m.json: Disk full. The previous file is unchanged."
    empty = SurveyReadError(
        QT_TRANSLATE_NOOP(
            "Messages", "{file} is empty (0 bytes); export it again from the survey tool"
        ),
        file="e.csv",
    )
    assert user_text(empty) == str(empty)


def test_other_values_are_shown_as_they_are(chinese: None) -> None:
    assert user_text(ValueError("{path}: no such file")) == "{path}: no such file"
    assert user_text("{path}: no such file") == "{path}: no such file"


def test_a_background_task_fails_with_the_translated_line(chinese: None, qtbot: QtBot) -> None:
    task = BackgroundTask()

    def job(_progress: object, _should_cancel: object) -> None:
        raise too_large("big.xlsx", message("{count:,} parts in the archive", count=12345))

    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start(job)
    assert failed.args == ["big.xlsx 太大或已损坏（压缩包里有 12,345 个部分）"]
    task.shutdown()


def test_opening_a_missing_map_says_so_in_the_ui_language(
    window: MainWindow, chinese: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []

    def warning(
        _parent: object, title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    missing = tmp_path / "gone.journey.json"
    journey = window.document.journey
    assert not window.files.open_path(missing)
    assert shown == [("Cannot Open Map", f"{missing}：文件不存在")]
    assert window.document.journey is journey

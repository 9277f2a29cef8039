"""Translations: complete .ts sources, compiled .qm files, and a Chinese UI under zh."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from journey_designer.layout import DEFAULT_LABELS
from journey_designer.resources import resource, translation_path
from journey_designer.ui.i18n import (
    UnknownLanguageError,
    map_label_keys,
    map_labels,
    resolve_language,
)

I18N = resource("i18n")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_ts_sources_have_no_unfinished_translations(language: str) -> None:
    ts = I18N / f"journey_designer_{language}.ts"
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 50
    for message in messages:
        translation = message.find("translation")
        assert translation is not None, message.findtext("source")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        assert all(form.strip() for form in forms), message.findtext("source")


def test_compiled_translations_are_not_older_than_their_sources() -> None:
    for language in ("zh", "en"):
        qm, ts = translation_path(language), I18N / f"journey_designer_{language}.ts"
        assert qm.stat().st_size > 1000
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run tools/update_translations.sh"


def test_the_ts_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    code = sorted(str(path) for path in (REPO / "journey_designer").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", "-locations", "none", *code, "-ts", str(fresh)], check=True)
    for language in ("zh", "en"):
        committed = messages(I18N / f"journey_designer_{language}.ts")
        assert set(messages(fresh)) == set(committed), "run tools/update_translations.sh"


# Words a Chinese interface keeps in Latin letters: metric names, units, products.
LATIN_IN_CHINESE = {"NPS", "CSAT", "CES", "ROI", "CPA", "A", "B", "N", "n", "p", "Qt", "PySide"}
LATIN_IN_CHINESE |= {"Enter", "Esc", "Ctrl", "Shift"}
LATIN_IN_CHINESE |= {"dpi", "pt", "mm", "in", "App", "English", "PDF", "PNG", "SVG", "Excel"}
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%n|&\w")


def test_chinese_translations_are_not_left_in_english() -> None:
    """A zh translation must be Chinese unless it only holds fields and allowed Latin words."""
    left_english = []
    for (context, source), translation in messages(I18N / "journey_designer_zh.ts").items():
        if re.search(r"[\u4e00-\u9fff]", translation):
            continue
        words = set(re.findall(r"[A-Za-z]+", _PLACEHOLDER.sub(" ", translation)))
        if words - LATIN_IN_CHINESE:
            left_english.append(f"{context}: {source!r} -> {translation!r}")
    assert not left_english, "\n".join(left_english)


def messages(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            found[key] = message.findtext("translation") or ""
    return found


def test_chinese_translator_is_installed_under_zh(translated: Callable[[str], None]) -> None:
    translated("zh")
    translate = QCoreApplication.translate
    assert translate("MainActions", "&File") == "文件(&F)"
    assert translate("MainActions", "&Open…") == "打开(&O)…"
    assert translate("MainActions", "&Fit to Window") == "适应窗口(&F)"
    assert translate("RecentFilesMenu", "Open &Recent") == "最近打开(&R)"
    assert map_labels()["severity.high"] == "高"


def test_english_needs_no_translation(translated: Callable[[str], None]) -> None:
    translated("en")
    assert QCoreApplication.translate("MainActions", "&File") == "&File"
    assert map_labels() == DEFAULT_LABELS


def test_the_layout_labels_are_all_translatable() -> None:
    assert map_label_keys() == set(DEFAULT_LABELS)


def test_the_canvas_and_the_pdf_use_the_same_chinese_words(
    translated: Callable[[str], None],
) -> None:
    from journey_designer.export.words import layout_labels

    translated("zh")
    assert map_labels() == layout_labels("zh")


def test_language_choice() -> None:
    assert resolve_language("zh") == "zh"
    assert resolve_language("zh_CN") == "zh"
    assert resolve_language("EN") == "en"
    assert resolve_language(None) in ("zh", "en")
    with pytest.raises(UnknownLanguageError):
        resolve_language("fr")


_FIELD = re.compile(r"\{[^{}]*\}")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_translations_keep_every_field_of_their_source(language: str) -> None:
    """A translation that drops or renames "{file}" would show the raw braces or crash."""
    wrong = []
    ts = ET.parse(I18N / f"journey_designer_{language}.ts").getroot()
    for context in ts.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for form in forms or [translation.text or ""]:
                if sorted(_FIELD.findall(source)) != sorted(_FIELD.findall(form)):
                    wrong.append(f"{context.findtext('name')}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_a_refused_edit_is_reported_in_the_ui_language(make_window: Callable[..., Any]) -> None:
    """The map refuses a card in the emotion lane; the status bar says why, in Chinese."""
    from journey_designer.model import LaneKind
    from journey_designer.model import operations as ops

    window = make_window("zh")
    journey = window.document.journey
    emotion = next(lane for lane in journey.lanes if lane.kind is LaneKind.EMOTION_CURVE)
    card = journey.cards[0].model_copy(update={"id": "c-refused", "lane_id": emotion.id})
    said: list[str] = []
    window.editor.editRefused.connect(said.append)
    assert not window.editor.apply(ops.add_card(journey, card), "Add Card")
    assert said == ["情绪曲线泳道只能放曲线，不能放卡片"]

"""Finding the shared CJK TrueType font and measuring with it (no Qt)."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from journey_designer import fonts, resources
from journey_designer.fonts import find_cjk_font, is_usable_cjk_face
from journey_designer.layout import FontFace, FontFileError, FontFileMeasurer, TrueTypeMetrics

face = find_cjk_font()
needs_cjk = pytest.mark.skipif(
    face is None, reason="no CJK TrueType font installed (fonts-wqy-microhei)"
)


@needs_cjk
def test_a_cjk_truetype_font_is_found_and_covers_chinese() -> None:
    assert face is not None and is_usable_cjk_face(face)
    metrics = TrueTypeMetrics(face)
    assert metrics.has_glyph("旅") and metrics.has_glyph("A")


@needs_cjk
def test_widths_equal_reportlabs_for_the_same_file() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    assert face is not None
    reference = TTFont("shared", str(face.path), subfontIndex=face.index)
    measurer = FontFileMeasurer(face)
    for text in ("Hello 世界", "意识→考虑→决策", "R&D <b> 100%", "（通常）…"):
        assert measurer.advance(text) * 9.5 == pytest.approx(
            reference.stringWidth(text, 9.5), rel=1e-9
        )


@needs_cjk
def test_the_users_choice_comes_first(tmp_path: Path) -> None:
    assert face is not None
    copy = tmp_path / "mine.ttc"
    shutil.copy(face.path, copy)
    assert find_cjk_font(f"{copy}#{face.index}") == FontFace(copy, face.index)


def shipped_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *names: str) -> list[Path]:
    """A resources root (as in a desktop bundle) whose `fonts/` holds copies of the CJK font."""
    root = tmp_path / "resources"
    (root / "templates").mkdir(parents=True)
    (root / "fonts").mkdir()
    copies = [root / "fonts" / name for name in names]
    for copy in copies:
        if face is not None:
            shutil.copy(face.path, copy)
        else:
            copy.write_bytes(b"")
    monkeypatch.setattr(resources, "resources_root", lambda: root)
    return copies


def test_a_shipped_font_comes_after_the_users_choice_and_before_system_fonts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = shipped_fonts(tmp_path, monkeypatch, "b.ttf", "a.ttc")
    (shipped[0].parent / "README.md").write_text("not a font")
    mine = tmp_path / "mine.ttf"
    order = [candidate.path for candidate in fonts._candidates(str(mine))]
    assert order[:3] == [mine, shipped[1], shipped[0]]  # then the system's, by name
    assert set(order[3:]).isdisjoint(order[:3])


def test_no_resources_folder_means_no_shipped_font(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> Path:
        raise resources.MissingResourceError("no resources")

    monkeypatch.setattr(resources, "resources_root", missing)
    assert list(fonts._bundled_faces()) == []


@needs_cjk
def test_a_bundle_uses_its_own_font(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert face is not None
    [shipped] = shipped_fonts(tmp_path, monkeypatch, "wqy-microhei.ttc")
    assert find_cjk_font() == FontFace(shipped)  # not the system's copy of the same font
    mine = tmp_path / "mine.ttc"
    shutil.copy(face.path, mine)
    assert find_cjk_font(str(mine)) == FontFace(mine)


def test_cff_fonts_are_refused(tmp_path: Path) -> None:
    otf = tmp_path / "noto.otf"
    otf.write_bytes(b"OTTO" + struct.pack(">HHHH", 0, 0, 0, 0) + b"\0" * 64)
    with pytest.raises(FontFileError, match="CFF"):
        TrueTypeMetrics(FontFace(otf))
    assert not is_usable_cjk_face(FontFace(otf))


def test_garbage_and_missing_files_are_not_fonts(tmp_path: Path) -> None:
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"not a font at all, really")
    assert not is_usable_cjk_face(FontFace(junk))
    assert not is_usable_cjk_face(FontFace(tmp_path / "missing.ttf"))
    assert find_cjk_font(str(junk)) == face  # a bad choice falls back to the system font

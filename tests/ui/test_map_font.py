"""The map font: the CJK TrueType file the layout measures is the font Qt draws with, and
Qt's widths for it agree with the file's; with no CJK font the app says so, once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from journey_designer.fonts import find_cjk_font
from journey_designer.layout import FontFileMeasurer
from journey_designer.ui import main_window, map_font
from journey_designer.ui.canvas.text_painter import MapTextPainter
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.map_font import load_map_font
from journey_designer.ui.qt_measure import REFERENCE_PIXEL_SIZE, QtTextMeasurer

CJK_FACE = find_cjk_font()
needs_cjk = pytest.mark.skipif(CJK_FACE is None, reason="no CJK TrueType font (fonts-wqy-microhei)")
MIXED = (
    "顾客在官网比较价格并阅读评论后再做决定",
    "Checkout asks for an account，很多首次购买的顾客因此放弃",
    "NPS +32 · n=412",
    "“值不值这个价？” The 3-tier plan (¥2,999) 太贵了……",
    "WAVE AV To Ty 1,234.5%",
)


@needs_cjk
def test_qt_widths_agree_with_the_font_file_within_0_01_percent(qapp: QApplication) -> None:
    loaded = load_map_font()
    assert loaded.has_cjk and loaded.face == CJK_FACE
    file_measurer = FontFileMeasurer(CJK_FACE)  # type: ignore[arg-type]
    qt_measurer = QtTextMeasurer(loaded.family)
    for text in MIXED:
        assert qt_measurer.advance(text) == pytest.approx(file_measurer.advance(text), rel=1e-4)
    assert qt_measurer.ascent == pytest.approx(file_measurer.ascent, rel=1e-3)
    assert qt_measurer.descent == pytest.approx(file_measurer.descent, rel=1e-3)


@needs_cjk
def test_the_canvas_draws_all_map_text_in_the_loaded_family(window: MainWindow) -> None:
    family = window.map_font.family
    painter = window.scene.text_painter
    assert isinstance(painter, MapTextPainter) and painter.family == family
    for role in ("title", "body", "stage", "lane", "badge", "label"):
        font = painter.font_for(role)
        assert font.family() == family and font.pixelSize() == REFERENCE_PIXEL_SIZE
        assert not font.kerning()
    assert not window.font_status.isVisibleTo(window)


def test_without_a_cjk_font_the_app_runs_and_says_so_once(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[..., MainWindow], qapp: QApplication
) -> None:
    notices: list[object] = []
    monkeypatch.setattr(map_font, "find_cjk_font", lambda _preferred=None: None)
    monkeypatch.setattr(main_window, "show_missing_font_notice", lambda *args: notices.append(args))
    window = make_window("en")
    assert not window.map_font.has_cjk
    assert window.scene.card_items()  # the map is still drawn
    qapp.processEvents()
    window.hide()
    window.show()
    qapp.processEvents()
    assert len(notices) == 1
    assert window.font_status.isVisibleTo(window)
    assert "fonts-wqy-microhei" in window.font_status.text()

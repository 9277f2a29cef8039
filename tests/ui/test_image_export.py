"""PNG and SVG pictures of a map: sizes at a resolution, backgrounds, text kept as text in the
SVG, the refusal of absurd sizes and atomic writes."""

from __future__ import annotations

import errno
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from journey_designer.export.words import layout_labels
from journey_designer.layout import LayoutStyle, layout_map
from journey_designer.model import JourneyMap
from journey_designer.templates import new_map_from_template
from journey_designer.ui.image_export import (
    MAX_PIXELS,
    PICTURE_MARGIN,
    ImageExportError,
    ImageTooLargeError,
    check_png_size,
    ensure_application,
    map_scene,
    render_png,
    render_svg,
)
from journey_designer.ui.map_font import MapFont, load_map_font

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def map_font(qapp: QApplication) -> MapFont:
    return load_map_font(None)


@pytest.fixture(scope="module")
def journey() -> JourneyMap:
    return new_map_from_template("b2c_five_stages", "zh")


def map_size(journey: JourneyMap, map_font: MapFont) -> tuple[float, float]:
    layout = layout_map(journey, map_font.measurer, LayoutStyle(), layout_labels("zh"))
    return layout.width + 2 * PICTURE_MARGIN, layout.height + 2 * PICTURE_MARGIN


@pytest.mark.parametrize("dpi", [36, 72, 150])
def test_png_has_the_size_and_resolution_of_its_dpi(
    journey: JourneyMap, map_font: MapFont, tmp_path: Path, dpi: int
) -> None:
    path = tmp_path / "map.png"
    render_png(journey, path, dpi, map_font=map_font)
    image = QImage(str(path))
    width, height = map_size(journey, map_font)
    assert (image.width(), image.height()) == (round(width * dpi / 72), round(height * dpi / 72))
    assert image.dotsPerMeterX() == pytest.approx(dpi / 0.0254, abs=1)
    assert image.dotsPerMeterY() == image.dotsPerMeterX()
    assert image.text("Title") == journey.title


def test_transparent_png_has_clear_corners_and_an_opaque_map(
    journey: JourneyMap, map_font: MapFont, tmp_path: Path
) -> None:
    path = tmp_path / "map.png"
    render_png(journey, path, 72, transparent=True, map_font=map_font)
    image = QImage(str(path))
    assert image.hasAlphaChannel()
    right, bottom = image.width() - 1, image.height() - 1
    for x, y in ((0, 0), (right, 0), (0, bottom), (right, bottom)):
        assert image.pixelColor(x, y).alpha() == 0
    assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() == 255


def test_white_png_has_white_corners_and_ink_on_the_map(
    journey: JourneyMap, map_font: MapFont, tmp_path: Path
) -> None:
    path = tmp_path / "map.png"
    render_png(journey, path, 72, map_font=map_font)
    image = QImage(str(path))
    assert not image.hasAlphaChannel()
    right, bottom = image.width() - 1, image.height() - 1
    for x, y in ((0, 0), (right, 0), (0, bottom), (right, bottom)):
        assert image.pixelColor(x, y) == QColor("white")
    colours = {image.pixel(x, image.height() // 3) for x in range(0, image.width(), 7)}
    assert len(colours) > 10  # cards, text, tints: a picture, not a blank page


def test_svg_is_sized_in_points_titled_and_keeps_the_text_as_text(
    journey: JourneyMap, map_font: MapFont, tmp_path: Path
) -> None:
    path = tmp_path / "map.svg"
    render_svg(journey, path, map_font=map_font)
    root = ET.parse(path).getroot()
    width, height = map_size(journey, map_font)
    assert root.get("width") == f"{width:.2f}pt" and root.get("height") == f"{height:.2f}pt"
    view_box = [float(value) for value in (root.get("viewBox") or "").split()]
    assert view_box == pytest.approx([0.0, 0.0, width, height], abs=0.01)
    assert root.findtext(f"{SVG}title") == journey.title
    # Qt writes a line that mixes scripts ("App连接失败") as one text element per run.
    runs = [element.text or "" for element in root.iter(f"{SVG}text")]
    text = "".join(runs)
    layout = layout_map(journey, map_font.measurer, LayoutStyle(), layout_labels("zh"))
    card_lines = [line.text for box in layout.cards for line in box.lines]
    assert card_lines and all(line in text for line in card_lines)  # none greeked to bars
    assert all(stage.name in runs for stage in journey.stages)
    assert "高" in runs  # badges in the map's own language


def test_an_absurd_png_is_refused_before_any_memory_is_taken(
    journey: JourneyMap, map_font: MapFont, tmp_path: Path
) -> None:
    path = tmp_path / "poster.png"
    path.write_bytes(b"the previous export")
    with pytest.raises(ImageTooLargeError) as refused:
        render_png(journey, path, 2400, map_font=map_font)
    message = str(refused.value)
    assert "\n" not in message and "megapixels" in message
    suggested = int(message.split("choose ")[1].split(" dpi")[0])
    scene = map_scene(journey, map_font)
    size = check_png_size(scene, suggested)  # the advice works (checked, not drawn: 1.6 GB)
    assert size.width() * size.height() <= MAX_PIXELS
    with pytest.raises(ImageTooLargeError):
        check_png_size(scene, suggested + 1)
    assert path.read_bytes() == b"the previous export"
    with pytest.raises(ImageExportError, match="dpi"):
        render_png(journey, path, 0, map_font=map_font)


def test_a_failed_write_leaves_the_previous_file_and_no_temp_file(
    journey: JourneyMap, map_font: MapFont, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("map.png", "map.svg"):
        path = tmp_path / name
        path.write_bytes(b"the previous export")

        def disk_full(fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "fsync", disk_full)
        with pytest.raises(ImageExportError) as failed:
            if name.endswith(".png"):
                render_png(journey, path, 72, map_font=map_font)
            else:
                render_svg(journey, path, map_font=map_font)
        monkeypatch.undo()
        assert str(failed.value).startswith(f"Could not write {name}: No space left")
        assert path.read_bytes() == b"the previous export"
        assert not [left for left in tmp_path.iterdir() if left.name.endswith(".tmp")]


def test_a_missing_folder_is_one_line(
    journey: JourneyMap, map_font: MapFont, tmp_path: Path
) -> None:
    with pytest.raises(ImageExportError) as failed:
        render_svg(journey, tmp_path / "gone" / "map.svg", map_font=map_font)
    assert str(failed.value) == (
        "Could not write map.svg: No such file or directory. Any previous file is unchanged."
    )


def test_ensure_application_keeps_the_running_one(qapp: QApplication) -> None:
    assert ensure_application() is qapp

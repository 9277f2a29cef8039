"""The map renderer on its own (no Qt): a layout drawn on one PDF page gives back every stage
name and card title, Chinese included, with every font embedded; user text prints as
typed; the text reads stage by stage, lane by lane; a region draws only what meets it;
chosen stages are drawn packed beside the lane headers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from journey_designer.export.draw import MapView, draw_map, layout_transform
from journey_designer.export.draw_cards import CardPainter
from journey_designer.export.pdf_fonts import PdfFontError, PdfFonts, load_pdf_fonts
from journey_designer.layout import CardBox, LayoutStyle, MapLayout, Rect, layout_map
from journey_designer.model import JourneyMap
from journey_designer.templates import LANGUAGES, new_map_from_template, template_ids
from tests.export.hostile import HOSTILE_TEXTS, hostile_map
from tests.export.pdf_tools import fonts_of, needs_poppler, run, squeezed, text_of
from tests.map_factory import generated_map

pytestmark = needs_poppler


@pytest.fixture(scope="module")
def fonts() -> PdfFonts:
    try:
        return load_pdf_fonts()
    except PdfFontError as error:
        pytest.skip(str(error))


def lay_out(journey: JourneyMap, fonts: PdfFonts) -> MapLayout:
    return layout_map(journey, fonts.measurer, LayoutStyle())


def draw_pages(
    path: Path,
    layout: MapLayout,
    fonts: PdfFonts,
    regions: Sequence[Rect | None] = (None,),
    stages: Sequence[str] | None = None,
) -> Path:
    """One page per region, each the region's size (the whole drawn map for None)."""
    from reportlab.pdfgen.canvas import Canvas

    view = MapView.of(layout, stages)
    canvas = Canvas(str(path), **fonts.canvas_options())
    for region in regions:
        shown = region or Rect(0.0, 0.0, view.width, view.height)
        canvas.setPageSize((shown.width, shown.height))
        with layout_transform(canvas, -shown.x, shown.height + shown.y, 1.0):
            draw_map(canvas, layout, fonts, region=region, stages=stages)
        canvas.showPage()
    canvas.save()
    return path


def title_of(layout: MapLayout, card_id: str) -> str:
    return squeezed(
        "".join(line.text for line in layout.card(card_id).lines if line.role == "title")
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", template_ids())
def test_every_template_prints_its_stages_and_cards_with_fonts_embedded(
    template: str, language: str, fonts: PdfFonts, tmp_path: Path
) -> None:
    journey = new_map_from_template(template, language)
    layout = lay_out(journey, fonts)
    path = draw_pages(tmp_path / "map.pdf", layout, fonts)
    text = squeezed(text_of(path, raw=True))
    for stage in journey.stages:
        assert squeezed(stage.name) in text
    for card in journey.cards:
        assert title_of(layout, card.id) in text, card.title  # thoughts gain quotation marks
    found = fonts_of(path)
    assert found and all(font["emb"] == "yes" and font["uni"] == "yes" for font in found)


def test_a_generated_map_mixing_chinese_and_english(fonts: PdfFonts, tmp_path: Path) -> None:
    journey = generated_map(3, 2)
    layout = lay_out(journey, fonts)
    text = squeezed(text_of(draw_pages(tmp_path / "map.pdf", layout, fonts), raw=True))
    assert all(squeezed(card.text) in text for card in journey.cards)


def test_user_text_prints_as_typed(fonts: PdfFonts, tmp_path: Path) -> None:
    """No markup is read: entities, tags and quotes print literally; an emoji the font has
    no glyph for still copies out (as /ActualText)."""
    journey = hostile_map()
    path = draw_pages(tmp_path / "map.pdf", lay_out(journey, fonts), fonts)
    text = squeezed(text_of(path, raw=True))
    for hostile in (*HOSTILE_TEXTS, "Awareness & <i>reach</i>"):
        assert squeezed(hostile) in text, hostile
    assert "😀🚀" in text


def test_text_reads_stage_by_stage_and_lane_by_lane(fonts: PdfFonts, tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    layout = lay_out(journey, fonts)
    text = squeezed(text_of(draw_pages(tmp_path / "map.pdf", layout, fonts), raw=True))
    stage_names = [text.index(squeezed(stage.name)) for stage in journey.stages]
    lane_titles = [text.index(squeezed(lane.title)) for lane in journey.lanes]
    assert stage_names == sorted(stage_names) < lane_titles == sorted(lane_titles)
    at = max(lane_titles)
    for box in _stage_order(layout):  # each title found after the one before it
        at = text.index(title_of(layout, box.card_id), at + 1)


def _stage_order(layout: MapLayout) -> list[CardBox]:
    lanes = [lane.lane_id for lane in layout.lanes]
    stages = [stage.stage_id for stage in layout.stages]
    return sorted(
        layout.cards,
        key=lambda b: (stages.index(b.stage_id), lanes.index(b.lane_id), b.rect.y),
    )


def test_a_region_draws_only_what_meets_it(fonts: PdfFonts, tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    layout = lay_out(journey, fonts)
    box = layout.card("c-de-pp-1")
    path = draw_pages(tmp_path / "map.pdf", layout, fonts, [box.rect])
    text = squeezed(text_of(path, raw=True))
    assert title_of(layout, "c-de-pp-1") in text
    others = [b.card_id for b in layout.cards if b.card_id != "c-de-pp-1"]
    assert not [card_id for card_id in others if title_of(layout, card_id) in text]
    assert not any(squeezed(stage.name) in text for stage in journey.stages)


def test_a_tiled_poster_draws_each_card_about_once(
    fonts: PdfFonts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """4,000 cards on 72 sheets: each card is drawn on the sheets it meets, on no others."""
    layout = lay_out(generated_map(50, 10), fonts)
    assert len(layout.cards) == 4000
    drawn: Counter[str] = Counter()
    real_draw = CardPainter.draw

    def counting_draw(self: CardPainter, box: CardBox) -> None:
        drawn[box.card_id] += 1
        real_draw(self, box)

    monkeypatch.setattr(CardPainter, "draw", counting_draw)
    columns, rows = 12, 6
    width, height = layout.width / columns, layout.height / rows
    tiles = [Rect(c * width, r * height, width, height) for r in range(rows) for c in range(12)]
    draw_pages(tmp_path / "poster.pdf", layout, fonts, tiles)
    assert len(drawn) == 4000  # every card is on some sheet ...
    for box in layout.cards:  # ... and on just the sheets it meets (with its shadow)
        meets = [t for t in tiles if t.x < box.rect.right + 9 and box.rect.x - 9 < t.right
                 and t.y < box.rect.bottom + 9 and box.rect.y - 9 < t.bottom]  # fmt: skip
        assert drawn[box.card_id] == len(meets)
    assert sum(drawn.values()) < 1.4 * 4000  # cards across a sheet's edge: measured 1.31


def test_chosen_stages_are_packed_beside_the_lane_headers(fonts: PdfFonts, tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    layout = lay_out(journey, fonts)
    chosen = ["st-use", "st-awareness"]
    path = draw_pages(tmp_path / "map.pdf", layout, fonts, stages=chosen)
    text = squeezed(text_of(path, raw=True))
    names = {stage.id: squeezed(stage.name) for stage in journey.stages}
    assert text.index(names["st-use"]) < text.index(names["st-awareness"])
    assert names["st-decision"] not in text
    assert all(squeezed(lane.title) in text for lane in journey.lanes)
    assert title_of(layout, "c-us-pp-1") in text and title_of(layout, "c-de-pp-1") not in text
    view = MapView.of(layout, chosen)
    by_id = {stage.stage_id: stage for stage in layout.stages}
    use, awareness = by_id["st-use"], by_id["st-awareness"]
    assert view.width == layout.corner.width + use.header.width + awareness.header.width
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", run("pdfinfo", str(path)))
    assert size is not None and float(size.group(1)) == pytest.approx(view.width, abs=0.01)
    width, pixels = picture(path, tmp_path)  # one pixel per point
    use_x, awareness_x = (
        int(layout.corner.width) + 3,
        int(layout.corner.width + use.header.width) + 3,
    )
    assert pixels[10 * width + use_x] == _rgb(use.fill)  # Use first, right of the lane headers
    assert pixels[10 * width + awareness_x] == _rgb(awareness.fill)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = int(colour[1:], 16)
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def picture(pdf: Path, folder: Path) -> tuple[int, list[tuple[int, int, int]]]:
    """The first page at 72 dpi: its width and its pixels, row by row (poppler's PPM)."""
    prefix = folder / "picture"
    run("pdftoppm", "-r", "72", "-singlefile", "-f", "1", "-l", "1", str(pdf), str(prefix))
    data = prefix.with_suffix(".ppm").read_bytes()
    magic, width, height, _depth, pixels = data.split(maxsplit=4)
    assert magic == b"P6"
    count = int(width) * int(height)
    return int(width), [tuple(pixels[3 * i : 3 * i + 3]) for i in range(count)]  # type: ignore[misc]

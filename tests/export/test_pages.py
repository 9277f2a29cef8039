"""Page plans: sheet sizes, fit, tiles (grid, overlap, seams, crop marks), one stage per page."""

from __future__ import annotations

import itertools

import pytest

from journey_designer.export.options import MM, PAGE_SIZES_MM, ExportOptions, PageSetup
from journey_designer.export.pages import (
    CROP_MARK_GAP,
    MIN_READABLE_PT,
    PageSetupError,
    grid_label,
    plan_map_pages,
    sheet_for,
    smallest_text_size,
    tile_starts,
)
from journey_designer.fonts import find_cjk_font
from journey_designer.layout import MapLayout, Rect, layout_map, measurer_for
from journey_designer.templates import new_map_from_template
from tests.map_factory import generated_map


def sample_layout(language: str = "en") -> MapLayout:
    journey = new_map_from_template("b2c_five_stages", language)
    return layout_map(journey, measurer_for(find_cjk_font()))


@pytest.mark.parametrize("size", sorted(PAGE_SIZES_MM))
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_every_page_size_in_both_orientations(size: str, orientation: str) -> None:
    sheet = sheet_for(PageSetup(size=size, orientation=orientation))  # type: ignore[arg-type]
    short, long = sorted(PAGE_SIZES_MM[size])
    expected = (long * MM, short * MM) if orientation == "landscape" else (short * MM, long * MM)
    assert (sheet.width, sheet.height) == pytest.approx(expected)
    assert sheet.header is not None and sheet.footer is not None
    assert sheet.header.bottom < sheet.area.y and sheet.area.bottom < sheet.footer.y
    margin = 12 * MM
    assert sheet.area.x == pytest.approx(margin)
    assert sheet.area.right == pytest.approx(sheet.width - margin)


def test_custom_pages_in_millimetres_and_bad_ones_refused() -> None:
    sheet = sheet_for(PageSetup(size="custom", custom_mm=(600.0, 300.0), orientation="portrait"))
    assert (sheet.width, sheet.height) == pytest.approx((300 * MM, 600 * MM))
    for bad in ((10.0, 300.0), (600.0, 99_999.0), (float("nan"), 300.0)):
        with pytest.raises(PageSetupError, match="custom page"):
            sheet_for(PageSetup(size="custom", custom_mm=bad))
    with pytest.raises(PageSetupError, match="custom page"):
        sheet_for(PageSetup(size="custom"))
    with pytest.raises(PageSetupError, match="margins"):
        sheet_for(PageSetup(size="A4", margin_mm=100.0))
    with pytest.raises(PageSetupError, match="unknown page size"):
        sheet_for(PageSetup(size="B5"))


def test_without_header_and_footer_the_map_gets_the_whole_inner_page() -> None:
    sheet = sheet_for(PageSetup(size="A4", margin_mm=10.0), header_footer=False)
    assert sheet.header is None and sheet.area.y == pytest.approx(10 * MM)


def test_fit_scales_the_whole_map_onto_one_centred_page() -> None:
    layout = sample_layout()
    plan = plan_map_pages(layout, ExportOptions(page=PageSetup(size="A2")))
    (page,) = plan.pages
    area = plan.sheet.area
    assert page.region == Rect(0.0, 0.0, layout.width, layout.height)
    right, bottom = page.to_page(layout.width, layout.height)
    assert page.origin[0] >= area.x - 1e-6 and right <= area.right + 1e-6
    assert page.origin[1] >= area.y - 1e-6 and bottom <= area.bottom + 1e-6
    # one side touches the area's edges: the largest scale that fits
    assert max(right - page.origin[0] - area.width, bottom - page.origin[1] - area.height) == (
        pytest.approx(0.0, abs=1e-6)
    )
    assert [m.stage_id for m in page.marks] == [s.stage_id for s in layout.stages]
    assert plan.warnings == ()  # the sample map reads well on A2 (its badges print at 7 pt)


def test_fit_warns_when_text_prints_below_a_readable_size() -> None:
    layout = layout_map(generated_map(50, 10), measurer_for(find_cjk_font()))
    plan = plan_map_pages(layout, ExportOptions(page=PageSetup(size="A4")), "en")
    assert plan.smallest_text < MIN_READABLE_PT
    assert smallest_text_size(layout) == pytest.approx(7.0)  # the badges
    assert len(plan.warnings) == 1 and "6 pt" in plan.warnings[0]
    assert f"{plan.smallest_text:g} pt" in plan.warnings[0]
    zh = plan_map_pages(layout, ExportOptions(page=PageSetup(size="A4")), "zh")
    assert "最小的文字" in zh.warnings[0]


def test_grid_labels_run_a1_a2_then_b1_and_past_z() -> None:
    assert [grid_label(0, c) for c in range(3)] == ["A1", "A2", "A3"]
    assert grid_label(1, 0) == "B1"
    assert grid_label(25, 9) == "Z10" and grid_label(26, 0) == "AA1" and grid_label(27, 1) == "AB2"


def test_tile_starts_overlap_and_move_back_to_an_edge() -> None:
    assert tile_starts(100.0, 200.0, 10.0, []) == [0.0]
    regular = tile_starts(1000.0, 300.0, 20.0, [])
    assert regular == [0.0, 280.0, 560.0, 840.0]
    snapped = tile_starts(1000.0, 300.0, 20.0, [150.0, 250.0, 290.0, 500.0, 700.0])
    # 290 lies in the overlap (past 300 - 20), 250 is the last edge that keeps it
    assert snapped[:2] == [0.0, 250.0]
    for here, after in itertools.pairwise(snapped):
        assert here + 300.0 / 2 < after <= here + 300.0 - 20.0
    assert snapped[-1] + 300.0 >= 1000.0


def test_tiles_cover_the_map_at_full_size_with_overlap_and_marks() -> None:
    layout = sample_layout()
    options = ExportOptions(page=PageSetup(size="A4"), mode="tile")
    plan = plan_map_pages(layout, options)
    assert plan.rows * plan.columns == len(plan.pages) > 1
    assert [p.label for p in plan.pages[: plan.columns]] == [
        grid_label(0, c) for c in range(plan.columns)
    ]
    overlap = options.overlap_mm * MM
    for page in plan.pages:
        assert page.scale == 1.0
        assert page.clip.width == pytest.approx(page.region.width)
        assert page.clip.right <= plan.sheet.area.right + 1e-6
        assert len(page.crop_marks) == 8
        for x1, y1, x2, y2 in page.crop_marks:  # outside the image, never on it
            assert not (page.clip.x < (x1 + x2) / 2 < page.clip.right and
                        page.clip.y < (y1 + y2) / 2 < page.clip.bottom)  # fmt: skip
            assert min(abs(x1 - x2), abs(y1 - y2)) == 0.0
            assert min(x1, x2, y1, y2) >= 0.0
    # neighbours overlap by at least the overlap, and the columns' seams fall on stage edges
    first_row = plan.pages[: plan.columns]
    edges = {s.header.x for s in layout.stages}
    for left, right in itertools.pairwise(first_row):
        assert right.region.x <= left.region.right - overlap + 1e-6
        assert right.region.x in edges
        assert left.neighbours["right"] == right.label and right.neighbours["left"] == left.label
        tick_xs = {x1 for x1, _y1, x2, _y2 in left.ticks if x1 == x2}
        assert tick_xs == {left.clip.x + right.region.x - left.region.x}
    last = plan.pages[-1]
    assert last.region.right == pytest.approx(layout.width)
    assert last.region.bottom == pytest.approx(layout.height)
    # every stage's bookmark is on the first row, at its column
    marked = [m.stage_id for p in plan.pages for m in p.marks]
    assert marked == [s.stage_id for s in layout.stages]


def test_tiles_without_crop_marks() -> None:
    options = ExportOptions(page=PageSetup(size="A4"), mode="tile", crop_marks=False)
    plan = plan_map_pages(sample_layout(), options)
    assert all(p.crop_marks == () and p.ticks == () for p in plan.pages)


def test_crop_marks_stop_short_of_the_corner() -> None:
    plan = plan_map_pages(sample_layout(), ExportOptions(page=PageSetup(size="A4"), mode="tile"))
    page = plan.pages[0]
    x1, y1, _x2, _y2 = page.crop_marks[0]
    assert (x1, y1) == pytest.approx((page.clip.x - CROP_MARK_GAP, page.clip.y))


def test_one_stage_per_page_repeats_the_lane_headers_at_one_scale() -> None:
    layout = sample_layout("zh")
    plan = plan_map_pages(layout, ExportOptions(page=PageSetup(size="A4"), mode="per_stage"))
    assert [p.stages for p in plan.pages] == [(s.stage_id,) for s in layout.stages]
    assert len({p.scale for p in plan.pages}) == 1
    for page, stage in zip(plan.pages, layout.stages, strict=True):
        assert page.region.width == pytest.approx(layout.corner.width + stage.header.width)
        assert page.region.height == pytest.approx(layout.height)
        right, bottom = page.to_page(page.region.width, page.region.height)
        assert right <= plan.sheet.area.right + 1e-6 and bottom <= plan.sheet.area.bottom + 1e-6
        (mark,) = page.marks
        assert mark.stage_id == stage.stage_id

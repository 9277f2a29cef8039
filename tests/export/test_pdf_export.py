"""The PDF as a document: every text comes back out, fonts embedded, metadata, bookmarks,
header and footer, cover, legend, appendix, hostile text, progress and cancel."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journey_designer.export.options import ExportOptions, PageSetup
from journey_designer.export.pages import PageSetupError
from journey_designer.export.pdf import ExportCancelled, PdfExportError, export_pdf
from journey_designer.export.pdf_fonts import load_pdf_fonts
from journey_designer.export.words import layout_labels
from journey_designer.layout import MapLayout, layout_map
from journey_designer.model import JourneyMap, Metric, MetricKind, Persona, Provenance
from journey_designer.templates import new_map_from_template, template_ids
from tests.export.hostile import HOSTILE_TEXTS, LONG_WORD, hostile_map
from tests.export.pdf_tools import (
    fonts_of,
    info_of,
    needs_poppler,
    outline_of,
    pages_text,
    qpdf_check,
    render,
    squeezed,
    text_of,
)

pytestmark = needs_poppler
MODES = ("fit", "tile", "per_stage")


def layout_for(journey: JourneyMap) -> MapLayout:
    fonts = load_pdf_fonts()
    return layout_map(journey, fonts.measurer, labels=layout_labels(journey.language))


def export(journey: JourneyMap, folder: Path, name: str = "map.pdf", **options: object) -> Path:
    path = folder / name
    export_pdf(journey, path, ExportOptions(**options))  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("template", template_ids())
def test_every_template_gives_back_its_text_with_fonts_embedded(
    template: str, language: str, mode: str, tmp_path: Path
) -> None:
    journey = new_map_from_template(template, language)
    path = tmp_path / "map.pdf"
    report = export_pdf(journey, path, ExportOptions(mode=mode))  # type: ignore[arg-type]
    assert int(info_of(path)["Pages"]) == report.pages
    fonts = fonts_of(path)
    assert fonts and all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts), fonts
    whole = squeezed(text_of(path))
    for stage in journey.stages:
        assert squeezed(stage.name) in whole
    layout = layout_for(journey)
    for box in layout.cards:  # every wrapped line, whichever sheet it landed on
        for line in box.lines:
            assert squeezed(line.text) in whole, (box.card_id, line.text)
    if mode != "tile":  # a card is never cut by a sheet's edge: its text reads whole
        for card in journey.cards:
            assert squeezed(card.text) in whole, card.id
    pngs = render(path, tmp_path)
    assert len(pngs) == report.pages
    if shutil.which("qpdf"):
        qpdf_check(path)


def test_qpdf_check_passes(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "zh")
    for mode in MODES:
        qpdf_check(export(journey, tmp_path, f"{mode}.pdf", mode=mode))


def test_pages_are_drawn_not_blank(tmp_path: Path) -> None:
    from PIL import Image

    path = export(new_map_from_template("b2c_five_stages", "zh"), tmp_path, mode="per_stage")
    for png in render(path, tmp_path, dpi=20):
        with Image.open(png) as image:
            darkest, lightest = image.convert("L").getextrema()
        assert darkest < 120 < lightest, png.name  # ink on paper


def test_metadata_title_author_subject_keywords_creator(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "zh")
    path = export(journey, tmp_path)
    info = info_of(path)
    assert info["Title"] == journey.title
    assert info["Author"] == "Journey Designer"
    assert info["Subject"].startswith("客户旅程图")
    for word in ("林悦", "意识", "忠诚"):
        assert word in info["Keywords"]
    assert info["Creator"].startswith("Journey Designer ")
    options = {"title": "R&D <map>", "author": "Ada & Bo", "client": "Acme"}
    info = info_of(export(journey, tmp_path, "given.pdf", **options))
    assert info["Title"] == "R&D <map>" and info["Author"] == "Ada & Bo"


def test_bookmarks_for_sections_and_each_stage(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    fit = outline_of(export(journey, tmp_path, "fit.pdf"))
    stages = [f"{i}. {s.name}" for i, s in enumerate(journey.stages, start=1)]
    assert fit == [
        (1, 1, "Cover"),
        (1, 2, "Journey map"),
        *((2, 2, title) for title in stages),
        (1, 3, "Legend"),
        (1, 4, "Dashboard"),
    ]
    per_stage = outline_of(export(journey, tmp_path, "stages.pdf", mode="per_stage"))
    assert [(page, title) for depth, page, title in per_stage if depth == 2] == [
        (page, title) for page, title in zip(range(2, 7), stages, strict=True)
    ]
    tiles = outline_of(export(journey, tmp_path, "tiles.pdf", mode="tile", cover=False))
    marked = [page for depth, page, _title in tiles if depth == 2]
    assert len(marked) == len(stages) and marked == sorted(marked) and marked[0] == 1


def test_header_and_footer_say_title_date_and_page_x_of_y(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "zh")
    path = export(journey, tmp_path, mode="per_stage", date="2026年12月1日", charts=False)
    pages = pages_text(path, 7)
    assert "第1页" not in pages[0] and "2026年12月1日" in pages[0]  # the cover has no footer
    for number in range(2, 8):
        page = pages[number - 1]
        assert f"第{number}页，共7页" in page
        assert squeezed(journey.title) in page and "2026年12月1日" in page
    english = export(
        new_map_from_template("b2c_five_stages", "en"), tmp_path, "en.pdf", charts=False
    )
    assert "Page 2 of 3" in text_of(english, page=2)


def test_text_reads_stage_by_stage_and_lane_by_lane(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    raw = squeezed(text_of(export(journey, tmp_path, cover=False, legend=False), raw=True))
    lanes = [lane for lane in journey.lanes if lane.visible]
    at = 0
    for stage in journey.stages:  # the stage headers first, left to right
        at = raw.index(squeezed(stage.name), at)
    for lane in lanes:  # then the lane headers, top to bottom
        at = raw.index(squeezed(lane.title), at)
    for stage in journey.stages:  # then each stage's column, lane by lane
        for lane in lanes:
            for card in journey.cell_cards(lane.id, stage.id):
                at = raw.index(squeezed(card.text), at)  # raises if it came earlier


def test_hostile_texts_print_literally_in_every_mode(tmp_path: Path) -> None:
    journey = hostile_map()
    for mode in MODES:
        path = export(journey, tmp_path, f"{mode}.pdf", mode=mode, page=PageSetup(size="A4"))
        whole = squeezed(text_of(path))
        for text in HOSTILE_TEXTS:
            if mode != "tile" or len(text) < 40:
                assert squeezed(text) in whole, (mode, text)
        assert squeezed("<script>alert(1)</script>") in whole  # a persona, on the cover
        assert squeezed(journey.title) in whole
        assert all(f["emb"] == "yes" for f in fonts_of(path))
    assert LONG_WORD[:40] in text_of(tmp_path / "fit.pdf")


def survey_map(tmp_path: Path) -> JourneyMap:
    from journey_designer.cli import main
    from journey_designer.storage import load_map
    from tests.survey.survey_csv import write_csv
    from tests.survey.test_apply import survey_rows

    survey = write_csv(tmp_path / "survey.csv", survey_rows())
    out = tmp_path / "surveyed.journey.json"
    assert main(["import", str(survey), "-o", str(out)]) == 0
    return load_map(out)


def test_appendix_lists_survey_metrics_with_n_ci_and_source(tmp_path: Path) -> None:
    journey = survey_map(tmp_path)
    path = export(journey, tmp_path)
    outline = outline_of(path)
    assert outline[-1][2] == "Appendix: touchpoint metrics"
    page = squeezed(text_of(path, page=outline[-1][1]))
    column = "How satisfied were you with Checkout & payment? (1-5)"
    assert squeezed(f"survey.csv · {column}") in page
    assert squeezed("Checkout & payment") in page and "1.5" in page and "40" in page
    assert "[1.34,1.66]" in page  # the 95% CI of the mean
    assert squeezed("Emotion (measured) · Emma Walsh") in page


def test_a_long_appendix_continues_with_its_header_on_every_page(tmp_path: Path) -> None:
    journey = survey_map(tmp_path)
    source = journey.survey_sources[0].id
    for index, card in enumerate(journey.cards):
        for extra in range(4):
            card.metrics.append(
                Metric(kind=MetricKind.CSAT, value=50 + extra, unit="%", n=100 + index,
                       provenance=Provenance(kind="survey", source_id=source, column=f"Q{index}"))
            )  # fmt: skip
    path = export(journey, tmp_path, page=PageSetup(size="A4", orientation="portrait"))
    texts = text_of(path).split("\f")
    continued = [t for t in texts if "Appendix: touchpoint metrics (continued)" in t]
    assert len(continued) >= 2
    assert all("95% CI" in t and "Source (file · column)" in t for t in continued)


def test_without_cover_legend_or_appendix(tmp_path: Path) -> None:
    journey = survey_map(tmp_path)
    report = export_pdf(journey, tmp_path / "all.pdf", ExportOptions())
    bare = export_pdf(
        journey,
        tmp_path / "bare.pdf",
        ExportOptions(cover=False, legend=False, appendix=False, charts=False),
    )
    assert bare.pages == 1 and report.pages == 5  # cover, map, legend, dashboard, appendix
    assert "Customer journey map" not in text_of(tmp_path / "bare.pdf")


def test_many_personas_continue_the_cover(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    for i in range(9):
        journey.personas.append(
            Persona(id=f"p-extra-{i}", name=f"Extra persona {i}", goals=[f"Goal {i} " * 12] * 4,
                    frustrations=[f"Frustration {i} " * 10] * 4)
        )  # fmt: skip
    path = export(journey, tmp_path, page=PageSetup(size="A4", orientation="portrait"))
    text = text_of(path)
    assert "Personas (continued)" in text
    for i in range(9):
        assert f"Extra persona {i}" in text


def test_progress_per_page_and_cancel_leaves_no_file(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    seen: list[tuple[int, int]] = []
    report = export_pdf(journey, tmp_path / "a.pdf", ExportOptions(mode="per_stage"),
                        progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert seen == [(n, report.pages) for n in range(1, report.pages + 1)]
    target = tmp_path / "b.pdf"
    target.write_bytes(b"the previous export")
    calls = []

    def cancel_on_third() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(ExportCancelled):
        export_pdf(journey, target, ExportOptions(mode="per_stage"), should_cancel=cancel_on_third)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]


def test_errors_are_one_line_and_leave_the_old_file(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    with pytest.raises(PdfExportError, match=r"Could not write a-folder\.pdf") as error:
        export_pdf(journey, folder)
    assert "\n" not in str(error.value)
    with pytest.raises(PageSetupError):
        export_pdf(journey, tmp_path / "x.pdf",
                   ExportOptions(page=PageSetup(size="custom", custom_mm=(5.0, 5.0))))  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()


def test_the_report_counts_pages_and_warns_of_small_text(tmp_path: Path) -> None:
    journey = new_map_from_template("b2c_five_stages", "en")
    report = export_pdf(journey, tmp_path / "a4.pdf", ExportOptions(page=PageSetup(size="A4")))
    assert report.pages == int(info_of(tmp_path / "a4.pdf")["Pages"])
    assert report.size_bytes == (tmp_path / "a4.pdf").stat().st_size
    assert any("6 pt" in warning for warning in report.warnings)
    roomy = export_pdf(journey, tmp_path / "a1.pdf", ExportOptions(page=PageSetup(size="A1")))
    assert roomy.warnings == ()


def test_the_pdf_writer_imports_no_qt() -> None:
    probe = (
        "import sys, json\n"
        "import journey_designer.export.pdf, journey_designer.export.outline\n"
        "import journey_designer.cli_export\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], check=True)  # fmt: skip
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert not [name for name in loaded if name.startswith(("PySide6", "shiboken6"))]

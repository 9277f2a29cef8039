"""The dashboard's charts in the PDF: one page after the legend, the analytics' own figures,
fonts embedded, no page without figures, `--no-charts`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journey_designer.analytics.figures import percent
from journey_designer.analytics.funnel import analyse_funnel
from journey_designer.analytics.report import card_tests
from journey_designer.analytics.roi import analyse_costs
from journey_designer.export.charts import dashboard_charts, plan_dashboard, verdict
from journey_designer.export.options import ExportOptions
from journey_designer.export.pdf import export_pdf
from journey_designer.export.words import layout_labels, words
from journey_designer.layout.geometry import Rect
from journey_designer.model.entities import JourneyMap
from journey_designer.storage import load_map
from tests.export.pdf_tools import fonts_of, needs_poppler, outline_of, run, squeezed, text_of

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = REPO / "resources" / "templates"


def template(language: str) -> Path:
    return TEMPLATES / f"b2b_full_funnel.{language}.journey.json"


def without_figures(journey: JourneyMap) -> JourneyMap:
    return journey.model_copy(
        update={"funnel": [], "channel_costs": [], "emotion_curves": [], "cards": []}
    )


def page_texts(path: Path) -> list[str]:
    return text_of(path).split("\f")


@needs_poppler
@pytest.mark.parametrize("language", ["en", "zh"])
def test_dashboard_page_shows_the_analytics_figures(tmp_path: Path, language: str) -> None:
    journey = load_map(template(language))
    said = words(language)
    out = tmp_path / "map.pdf"
    export_pdf(journey, out, ExportOptions(language=language))
    pages = page_texts(out)
    note = squeezed(said["chart_funnel_note"].format(rate=percent(analyse_funnel(journey).overall)))
    chart_pages = [i for i, text in enumerate(pages) if note in squeezed(text)]
    assert len(chart_pages) == 1
    index = chart_pages[0]
    legend_index = next(i for i, text in enumerate(pages) if said["legend"] in text)
    assert legend_index < index
    page = squeezed(pages[index])
    assert squeezed(said["dashboard"]) in page
    for row in analyse_funnel(journey).rows:
        assert row.count is not None
        assert f"{row.count:,}" in page
        if row.conversion is not None:
            assert percent(row.conversion) in page
    for channel in analyse_costs(journey).channels:
        assert percent(channel.roi) in page
    tests = card_tests(journey)
    assert tests and any(test.result.winner for test in tests)
    for test in tests:
        assert squeezed(verdict(test.result, said)) in page
    assert squeezed(said["chart_metrics_none"]) in page  # the template has no NPS or CSAT
    fonts = fonts_of(out)
    assert fonts and all(font["emb"] == "yes" for font in fonts)
    outline = run("pdfinfo", "-enc", "UTF-8", str(out))  # the file reads without complaint
    assert "Pages:" in outline


def test_dashboard_bookmark_and_verdict_words() -> None:
    journey = load_map(template("en"))
    said = words("en")
    winners = [test for test in card_tests(journey) if test.result.winner]
    assert verdict(winners[0].result, said) == f"Winner: {winners[0].result.winner}"
    assert words("zh")["bookmark_dashboard"] == "仪表板"
    assert said["bookmark_dashboard"] == "Dashboard"


@needs_poppler
@pytest.mark.parametrize(("language", "title"), [("en", "Dashboard"), ("zh", "仪表板")])
def test_dashboard_is_bookmarked_after_the_legend(
    tmp_path: Path, language: str, title: str
) -> None:
    out = tmp_path / "map.pdf"
    export_pdf(load_map(template(language)), out, ExportOptions(language=language))
    top = [(page, name) for depth, page, name in outline_of(out) if depth == 1]
    assert top[-1] == (top[-2][0] + 1, title)
    assert top[-2][1] == words(language)["bookmark_legend"]
    assert squeezed(title) in squeezed(text_of(out, page=top[-1][0]))


def test_no_dashboard_without_figures() -> None:
    journey = without_figures(load_map(template("en")))
    said, labels = words("en"), layout_labels("en")
    charts = dashboard_charts(journey, labels, said)
    assert all(chart.body is None for chart in charts)
    assert plan_dashboard(journey, Rect(0, 0, 1000, 700), labels, said) == []


def test_small_sheet_takes_two_pages() -> None:
    journey = load_map(template("en"))
    said, labels = words("en"), layout_labels("en")
    assert len(plan_dashboard(journey, Rect(0, 0, 780, 480), labels, said)) == 2
    assert len(plan_dashboard(journey, Rect(0, 0, 1100, 700), labels, said)) == 1


@needs_poppler
def test_map_without_figures_has_no_dashboard_page(tmp_path: Path) -> None:
    journey = without_figures(load_map(template("en")))
    out = tmp_path / "plain.pdf"
    export_pdf(journey, out)
    with_charts = len(page_texts(out))
    export_pdf(journey, out, ExportOptions(charts=False))
    assert len(page_texts(out)) == with_charts
    assert "Overall" not in text_of(out)


@needs_poppler
def test_no_charts_flag_leaves_the_dashboard_out(tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"

    def export(*flags: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "journey_designer", "export", str(template("en")),
             "-o", str(out), "--lang", "en", *flags],
            capture_output=True, text=True, encoding="utf-8", cwd=REPO, check=False, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return text_of(out)

    note = "right: conversion from the step before"
    assert note in export()
    assert note not in export("--no-charts")


def test_the_pdf_chart_draws_the_measured_curve_dashed_as_the_map_does() -> None:
    """Estimate solid, survey-measured dashed: the map, its legend and the app's dashboard."""
    from journey_designer.export import charts
    from tests.export.rich_map import rich_map

    journey = rich_map("en")
    body = charts._emotion(journey, words("en"))
    assert body is not None
    drawn: list[tuple[str, object]] = []

    class Recorder:
        def line(self, *args: object) -> None:
            colour, _width, *rest = args[4:]
            drawn.append((str(colour), rest[0] if rest else None))

        def __getattr__(self, _name: str) -> object:
            return lambda *args, **kwargs: 1.0 if _name == "width" else []

    page = Recorder()
    page.ink = Recorder()  # type: ignore[attr-defined]
    body(page, Rect(0, 0, 400, 200))  # type: ignore[arg-type]
    series = charts.emotion_data(journey).series
    (measured,) = [s for s in series if s.measured]
    estimated_only = {s.colour for s in series if not s.measured} - {measured.colour}
    dashed = [colour for colour, dash in drawn if dash is not None]
    # the measured curve's segments and its legend swatch, nothing else
    assert dashed == [measured.colour] * (1 + len(measured.values) - 1)
    assert estimated_only and all(
        dash is None for colour, dash in drawn if colour in estimated_only
    )

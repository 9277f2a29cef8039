"""The PDF: cover, map pages (fit, tiles or one stage per page), legend, dashboard charts,
appendix.

A document, not a picture: title, author, subject, keywords and creator in its metadata,
its language set, a bookmark per section and per stage, every font embedded (the CJK
TrueType file the layout measures with), text drawn as text. Every page but the cover has
a header (the title, the date) and a footer ("Page 2 of 7"): all pages are planned before
the first is drawn, so the count is known. Written to memory, then atomically to `path`.

`progress(done, total)` is called after each page; `should_cancel()` is polled before each
page, and a cancelled export raises `ExportCancelled` and leaves no file.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journey_designer.export.appendix import has_survey_data, plan_appendix
from journey_designer.export.charts import plan_dashboard
from journey_designer.export.cover import plan_cover
from journey_designer.export.document import DocumentInfo, document_info
from journey_designer.export.legend import plan_legend, sample_map
from journey_designer.export.options import MM, ExportOptions
from journey_designer.export.page_canvas import FAINT, INK, MUTED, Ink, PageCanvas, SectionPage
from journey_designer.export.pages import MapPage, MapPlan, plan_map_pages
from journey_designer.export.words import layout_labels, words
from journey_designer.layout.engine import layout_map
from journey_designer.layout.geometry import MapLayout, Rect
from journey_designer.layout.style import LayoutStyle
from journey_designer.messages import QT_TRANSLATE_NOOP, Message, UserError
from journey_designer.model.entities import JourneyMap

if TYPE_CHECKING:
    from journey_designer.export.map_painter import MapPainter

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
HEADER_SIZE = 8.0
MARGIN_LABEL_SIZE = 9.0
CROP_MARK_INK = "#000000"
CROP_MARK_WIDTH = 0.4


class PdfExportError(UserError, OSError):
    """The PDF cannot be made or written; `str(error)` is one line for the user."""


class ExportCancelled(Exception):
    """`should_cancel()` said stop; nothing was written."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    pages: int
    warnings: tuple[str, ...]  # in the PDF's language (the CLI prints them)
    summary: str  # "A3 landscape, fit, 1 map page"
    seconds: float
    size_bytes: int
    notes: tuple[Message, ...] = ()  # the warnings, for the UI to translate


@dataclass(frozen=True)
class _Page:
    """One page of the document, in order."""

    section: str  # "cover", "map", "legend", "dashboard", "appendix"
    paint: Callable[[PageCanvas], None]
    footer: str = ""
    map_page: MapPage | None = None


def export_pdf(
    journey: JourneyMap,
    path: str | Path,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> ExportReport:
    from journey_designer.export.map_painter import MapPainter
    from journey_designer.export.pdf_fonts import PdfFontError

    started = time.perf_counter()
    options = options or ExportOptions()
    target = Path(path)
    info = document_info(journey, options)
    labels = layout_labels(info.language)
    try:
        painter = MapPainter.create(options.font_path)
    except PdfFontError as error:
        raise PdfExportError(error.message) from None
    layout = layout_map(journey, painter.measurer, LayoutStyle(), labels)
    plan = plan_map_pages(layout, options, info.language)
    ink = Ink(painter.font_name, painter.measurer, painter.fonts.covers)
    pages = _plan_document(journey, layout, plan, options, info, ink, painter)
    names = {stage.id: stage.name for stage in journey.stages}
    data = _draw(pages, plan, layout, names, info, ink, progress, should_cancel)
    try:
        from journey_designer.storage.jsonfile import write_atomically

        write_atomically(target, data)
    except OSError as error:
        raise PdfExportError(
            QT_TRANSLATE_NOOP(
                "Messages", "Could not write {file}: {reason}. Any previous file is unchanged."
            ),
            file=target.name,
            reason=error.strerror or str(error),
        ) from None
    map_pages = sum(1 for page in pages if page.section == "map")
    mode = {"fit": "fit", "tile": "tiled", "per_stage": "one stage per page"}[plan.mode]
    orientation = options.page.orientation
    size = options.page.size
    if size == "custom" and options.page.custom_mm:
        size = "{:g} × {:g} mm".format(*options.page.custom_mm)
    summary = f"{size} {orientation}, {mode}, {map_pages} map page(s)"
    if plan.mode == "tile":
        summary += f" ({plan.rows} × {plan.columns})"
    return ExportReport(
        target, len(pages), plan.warnings, summary, time.perf_counter() - started, len(data),
        plan.notes,
    )  # fmt: skip


def _plan_document(
    journey: JourneyMap,
    layout: MapLayout,
    plan: MapPlan,
    options: ExportOptions,
    info: DocumentInfo,
    ink: Ink,
    painter: MapPainter,
) -> list[_Page]:
    said = words(info.language)
    sheet = plan.sheet
    margin = options.page.margin_mm * MM
    inner = Rect(margin, margin, sheet.width - 2 * margin, sheet.height - 2 * margin)
    pages: list[_Page] = []
    if options.cover:
        pages += _section("cover", plan_cover(journey, info, ink, inner, said))
    names = {stage.id: stage.name for stage in journey.stages}
    for number, map_page in enumerate(plan.pages, start=1):
        footer = _map_footer(plan, map_page, number, said, names)
        paint = _map_paint(painter, layout, map_page)
        pages.append(_Page("map", paint, footer, map_page))
    if options.legend:
        sample = sample_map(journey, said)
        sample_layout = layout_map(sample, ink.measurer, LayoutStyle(),
                                   layout_labels(info.language))  # fmt: skip

        def draw_sample(page: PageCanvas, x: float, y: float, scale: float) -> None:
            painter.draw(page.canvas, sample_layout, x, page.height - y, scale)

        found = (draw_sample, sample_layout.width, sample_layout.height)
        pages += _section(
            "legend",
            plan_legend(journey, ink, sheet.area, said, info.language,
                        found if sample.lanes else None),
        )  # fmt: skip
    if options.charts:
        labels = layout_labels(info.language)
        pages += _section("dashboard", plan_dashboard(journey, sheet.area, labels, said))
    if options.appendix and has_survey_data(journey):
        labels = layout_labels(info.language)
        pages += _section("appendix", plan_appendix(journey, ink, sheet.area, labels, said))
    return pages


def _section(name: str, planned: Sequence[SectionPage]) -> list[_Page]:
    return [_Page(name, page.paint, page.footer) for page in planned]


def _map_paint(
    painter: MapPainter, layout: MapLayout, page: MapPage
) -> Callable[[PageCanvas], None]:
    def paint(canvas: PageCanvas) -> None:
        c = canvas.canvas
        c.saveState()
        clip = page.clip
        path = c.beginPath()
        path.rect(clip.x, canvas.height - clip.bottom, clip.width, clip.height)
        c.clipPath(path, stroke=0, fill=0)
        x = page.origin[0] - page.region.x * page.scale
        y_top = page.origin[1] - page.region.y * page.scale
        region = page.region if page.stages is None else None
        painter.draw(c, layout, x, canvas.height - y_top, page.scale, region, page.stages)
        c.restoreState()
        for x1, y1, x2, y2 in (*page.crop_marks, *page.ticks):
            canvas.line(x1, y1, x2, y2, CROP_MARK_INK, CROP_MARK_WIDTH)

    return paint


def _map_footer(
    plan: MapPlan, page: MapPage, number: int, said: Mapping[str, str], names: dict[str, str]
) -> str:
    if plan.mode == "per_stage" and page.stages:
        name = " ".join(names.get(page.stages[0], "").split())
        count = said["stage_page"].format(index=number, count=len(plan.pages))
        return f"{count} · {name}"
    if plan.mode == "tile":
        return said["tile_hint"]
    return ""


def _draw(
    pages: list[_Page],
    plan: MapPlan,
    layout: MapLayout,
    stage_names: Mapping[str, str],
    info: DocumentInfo,
    ink: Ink,
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
) -> bytes:
    from reportlab import rl_config

    # Binary (deflated) streams, not ASCII85 on top: a fifth smaller and ~15% faster.
    was, rl_config.useA85 = rl_config.useA85, 0
    try:
        return _draw_pages(pages, plan, layout, stage_names, info, ink, progress, should_cancel)
    finally:
        rl_config.useA85 = was


def _draw_pages(
    pages: list[_Page],
    plan: MapPlan,
    layout: MapLayout,
    stage_names: Mapping[str, str],
    info: DocumentInfo,
    ink: Ink,
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    said = words(info.language)
    sheet = plan.sheet
    buffer = io.BytesIO()
    c = Canvas(
        buffer, pagesize=(sheet.width, sheet.height), pageCompression=1,
        lang="zh-CN" if info.language == "zh" else "en",
        initialFontName=ink.font,  # else an unembedded Helvetica is listed on every page
    )  # fmt: skip
    c.setTitle(info.title)
    c.setAuthor(info.author)
    c.setSubject(info.subject)
    c.setKeywords(", ".join(info.keywords))
    c.setCreator(info.creator)
    c.showOutline()
    total = len(pages)
    section_done: set[str] = set()
    numbers = {stage.stage_id: number for number, stage in enumerate(layout.stages, 1)}
    for index, page in enumerate(pages):
        if should_cancel is not None and should_cancel():
            raise ExportCancelled()
        canvas = PageCanvas(c, sheet.height, ink)
        if page.section not in section_done:
            section_done.add(page.section)
            key = f"section-{page.section}"
            c.bookmarkPage(key, fit="Fit")
            c.addOutlineEntry(said[f"bookmark_{page.section}"], key, level=0)
        if page.map_page is not None:
            for mark in page.map_page.marks:
                key = f"stage-{numbers[mark.stage_id]}"
                c.bookmarkPage(key, fit="XYZ", left=mark.x, top=sheet.height - mark.y)
                name = " ".join(stage_names.get(mark.stage_id, "").split())
                title = f"{numbers[mark.stage_id]}. {name}"
                c.addOutlineEntry(title, key, level=1)
        page.paint(canvas)
        if page.section != "cover":
            _header_footer(canvas, plan, page, index + 1, total, info, said)
        c.showPage()
        if progress is not None:
            progress(index + 1, total)
    c.save()
    return buffer.getvalue()


def _header_footer(
    canvas: PageCanvas,
    plan: MapPlan,
    page: _Page,
    number: int,
    total: int,
    info: DocumentInfo,
    said: Mapping[str, str],
) -> None:
    sheet = plan.sheet
    header, footer = sheet.header, sheet.footer
    if header is None or footer is None:
        return
    ink = canvas.ink
    size = HEADER_SIZE
    tiled = page.map_page is not None and bool(page.map_page.label)
    inset = 16.0 if tiled else 0.0  # clear of the crop marks at the image's corners
    left, right = header.x + inset, header.right - inset
    baseline = header.bottom - 4.0
    date_width = ink.width(info.date, size)
    middle = ""
    if tiled and page.map_page is not None:
        middle = said["sheet"].format(label=page.map_page.label, rows=plan.rows,
                                      columns=plan.columns)  # fmt: skip
    title_room = (right - left) * (0.45 if middle else 1.0) - date_width - 12.0
    canvas.text(left, baseline, ink.fit(info.title, max(title_room, 20.0), size), size, INK)
    canvas.text(right, baseline, info.date, size, MUTED, "right")
    if middle:
        canvas.text((left + right) / 2, baseline, middle, size + 1.0, INK, "centre")
    baseline = footer.bottom - 3.0
    page_of = said["page_of"].format(page=number, pages=total)
    canvas.text(right, baseline, page_of, size, MUTED, "right")
    room = right - left - ink.width(page_of, size) - 16.0
    canvas.text(left, baseline, ink.fit(page.footer, max(room, 20.0), size), size, MUTED)
    if not tiled:  # on a sheet of a poster the crop marks are the only lines
        canvas.line(left, header.bottom, right, header.bottom, FAINT, 0.3)
    if tiled and page.map_page is not None:
        _neighbour_labels(canvas, page.map_page, sheet.width, sheet.height, said)


def _neighbour_labels(
    canvas: PageCanvas, page: MapPage, width: float, height: float, said: Mapping[str, str]
) -> None:
    """The labels of the sheets around this one, in the margins, pointing their way."""
    size = MARGIN_LABEL_SIZE
    clip = page.clip
    middle_x, middle_y = clip.x + clip.width / 2, clip.y + clip.height / 2
    neighbours = page.neighbours
    if "up" in neighbours:
        text = said["neighbour_up"].format(label=neighbours["up"])
        canvas.text(middle_x, size + 2.0, text, size, MUTED, "centre")
    if "down" in neighbours:
        text = said["neighbour_down"].format(label=neighbours["down"])
        canvas.text(middle_x, height - 4.0, text, size, MUTED, "centre")
    for side, x, align in (("left", 2.0, "left"), ("right", width - 2.0, "right")):
        if side in neighbours:
            text = said[f"neighbour_{side}"].format(label=neighbours[side])
            canvas.text(x, middle_y + size / 3, text, size, MUTED, align)

"""The `export` command of `journey-designer`: a map to PDF, PNG, SVG, Markdown, text or
Excel (the marketing workbook: automation plan, touchpoint metrics, funnel and ROI,
responsibilities).

    journey-designer export MAP.journey.json -o OUT.pdf|OUT.png|OUT.svg|OUT.md|OUT.txt|OUT.xlsx
        [--page A3|A0…A4|Letter|Legal|Tabloid|WxHmm|WxHin] [--orientation landscape|portrait]
        (landscape by default; portrait by default with --per-stage)
        [--fit | --tile | --per-stage] [--no-cover] [--no-legend] [--no-appendix]
        [--no-charts]
        [--margin MM] [--lang zh|en] [--title T] [--author A] [--client C] [--dpi N]

The output's suffix chooses the format; an existing output is replaced (atomically).
PDF, outline and workbook need no Qt; PNG and SVG draw the canvas's scene offscreen.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any

from journey_designer.export.options import PAGE_SIZES_MM

FORMATS = (".pdf", ".png", ".svg", ".md", ".markdown", ".txt", ".xlsx")
PDF_ONLY = ("page", "orientation", "mode", "margin", "no_cover", "no_legend", "no_appendix",
           "no_charts")  # fmt: skip
_CUSTOM_PAGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(mm|in)\s*$", re.I)


class ExportCommandError(Exception):
    """Bad input for `export`; the message is printed on one line."""


def page_size(text: str) -> tuple[str, tuple[float, float] | None]:
    """`A3` -> ("A3", None); `420x297mm` -> ("custom", (420, 297)); `11x17in` in mm."""
    for name in PAGE_SIZES_MM:
        if text.strip().lower() == name.lower():
            return name, None
    match = _CUSTOM_PAGE.match(text)
    if match is None:
        names = ", ".join(PAGE_SIZES_MM)
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a page size: use {names}, or WIDTHxHEIGHT in mm or in "
            "(e.g. 600x300mm, 24x36in)"
        )
    factor = 25.4 if match.group(3).lower() == "in" else 1.0
    return "custom", (float(match.group(1)) * factor, float(match.group(2)) * factor)


def output_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in FORMATS:
        raise argparse.ArgumentTypeError(
            f"{text!r}: the name must end in .pdf, .png, .svg, .md, .txt or .xlsx "
            "(it chooses the format)"
        )
    return path


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def add_parser(commands: Any, languages: tuple[str, ...]) -> None:
    export = commands.add_parser(
        "export", help="export a map as PDF, PNG, SVG, Markdown, plain text or Excel"
    )
    export.add_argument("file", type=Path, help="the .journey.json map")
    export.add_argument(
        "-o", "--output", required=True, type=output_path,
        help="the file to write; .pdf, .png, .svg, .md, .txt or .xlsx chooses the format",
    )  # fmt: skip
    export.add_argument(
        "--page", type=page_size, default=("A3", None),
        help="A0–A4, Letter, Legal, Tabloid, or WIDTHxHEIGHT in mm or in (default A3)",
    )  # fmt: skip
    export.add_argument(
        "--orientation", choices=("landscape", "portrait"),
        help="default: landscape; portrait with --per-stage (a stage is a tall column)",
    )  # fmt: skip
    modes = export.add_mutually_exclusive_group()
    modes.add_argument("--fit", dest="mode", action="store_const", const="fit",
                       help="the whole map on one page (the default)")  # fmt: skip
    modes.add_argument("--tile", dest="mode", action="store_const", const="tile",
                       help="a poster at 100%% over several pages, with crop marks")  # fmt: skip
    modes.add_argument("--per-stage", dest="mode", action="store_const", const="per_stage",
                       help="one page per stage, lane headers repeated")  # fmt: skip
    export.add_argument("--no-cover", action="store_true", help="leave out the cover page")
    export.add_argument("--no-legend", action="store_true", help="leave out the legend page")
    export.add_argument(
        "--no-appendix", action="store_true", help="leave out the survey metrics appendix"
    )
    export.add_argument("--no-charts", action="store_true", help="leave out the dashboard's charts")
    export.add_argument("--margin", type=_positive, help="page margin in mm (default 12)")
    export.add_argument("--lang", choices=languages, help="language of the export's own words")
    export.add_argument("--title", help="title on the cover and in the header")
    export.add_argument("--author", help="author on the cover (default: the map's authors)")
    export.add_argument("--client", help="client on the cover")
    export.add_argument("--dpi", type=_positive, help="PNG resolution (default 150)")


def run(options: argparse.Namespace) -> int:
    from journey_designer.storage import MapFileError, load_map

    output: Path = options.output
    if output.is_dir():
        raise ExportCommandError(f"{output}: is a folder; give a file name such as map.pdf")
    try:
        journey = load_map(options.file)
    except MapFileError as error:
        raise ExportCommandError(str(error)) from None
    suffix = output.suffix.lower()
    _warn_unused(options, suffix)
    if suffix == ".pdf":
        return _export_pdf(journey, output, options)
    if suffix in (".png", ".svg"):
        return _export_image(journey, output, options, suffix)
    if suffix == ".xlsx":
        return _export_workbook(journey, output)
    from journey_designer.export.outline import export_outline

    try:
        export_outline(journey, output, _export_options(options))
    except OSError as error:
        raise ExportCommandError(f"{output}: cannot write ({error.strerror or error})") from None
    print(f"{output}: outline of {len(journey.stages)} stages, {len(journey.cards)} cards")
    return 0


def _warn_unused(options: argparse.Namespace, suffix: str) -> None:
    given = []
    if suffix != ".pdf":
        defaults = {"page": ("A3", None)}
        given = [
            name for name in PDF_ONLY
            if getattr(options, name, None) not in (None, False, defaults.get(name))
        ]  # fmt: skip
    if suffix != ".png" and options.dpi is not None:
        given.append("dpi")
    if suffix == ".xlsx":  # the workbook's words are its own, in English
        given += [n for n in ("lang", "title", "author", "client") if getattr(options, n, None)]
    for name in given:
        flag = "--" + name.replace("_", "-") if name != "mode" else "--fit/--tile/--per-stage"
        print(f"warning: {flag} does not apply to {suffix} output", file=sys.stderr)


def _export_options(options: argparse.Namespace) -> Any:
    from journey_designer.export.options import ExportOptions, Mode, Orientation, PageSetup

    size, custom = options.page
    mode: Mode = options.mode or "fit"
    orientation: Orientation = options.orientation or (
        "portrait" if mode == "per_stage" else "landscape"
    )
    page = PageSetup(size=size, orientation=orientation, custom_mm=custom)
    if options.margin is not None:
        page = PageSetup(size, orientation, custom, options.margin)
    return ExportOptions(
        page=page,
        mode=mode,
        cover=not options.no_cover,
        legend=not options.no_legend,
        appendix=not options.no_appendix,
        charts=not options.no_charts,
        language=options.lang or "",
        title=options.title or "",
        author=options.author or "",
        client=options.client or "",
    )


def _export_pdf(journey: Any, output: Path, options: argparse.Namespace) -> int:
    from journey_designer.export.pages import PageSetupError
    from journey_designer.export.pdf import PdfExportError, export_pdf

    try:
        report = export_pdf(journey, output, _export_options(options), progress=_progress())
    except (PageSetupError, PdfExportError) as error:
        raise ExportCommandError(f"{output}: {error}") from None
    finally:
        _end_progress()
    print(f"{output}: {report.pages} page(s), {report.summary}")
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def _export_image(journey: Any, output: Path, options: argparse.Namespace, suffix: str) -> int:
    # No window: Qt draws offscreen unless the caller chose a platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from journey_designer.ui.image_export import (
        ImageExportError,
        ensure_application,
        render_png,
        render_svg,
    )

    ensure_application()
    labels = None
    if options.lang:
        from journey_designer.export.words import layout_labels

        labels = layout_labels(options.lang)
    try:
        if suffix == ".png":
            dpi = 150.0 if options.dpi is None else options.dpi
            render_png(journey, output, dpi, labels=labels)
        else:
            render_svg(journey, output, labels=labels)
    except ImageExportError as error:
        raise ExportCommandError(f"{output}: {error}") from None
    print(f"{output}: {suffix[1:].upper()} of {len(journey.stages)} stages")
    return 0


def _export_workbook(journey: Any, output: Path) -> int:
    from journey_designer.analytics.workbook import write_marketing_workbook

    try:
        write_marketing_workbook(journey, output)
    except OSError as error:  # WorkbookWriteError: its text is the line to show
        raise ExportCommandError(str(error)) from None
    rules = sum(1 for card in journey.cards if card.rule is not None)
    tests = sum(1 for card in journey.cards if card.ab_test is not None)
    steps, costs = len(journey.funnel), len(journey.channel_costs)
    print(
        f"{output}: workbook with {rules} rule(s), {tests} A/B test(s), "
        f"{steps} funnel step(s), {costs} channel cost(s)"
    )
    return 0


def _progress() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total:
            print(f"\rexporting… page {done} of {total}", end="", file=sys.stderr, flush=True)

    return show


def _end_progress() -> None:
    if sys.stderr.isatty():
        print("\r" + " " * 40 + "\r", end="", file=sys.stderr, flush=True)

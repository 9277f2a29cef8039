"""Benchmark: PDF export of generated maps (fit, tiles, one stage per page), layout included,
beside Qt's QPdfWriter drawing the canvas's scene onto one page for the same map.

    python tests/benchmarks/bench_export.py [--repeat N] [--no-qt]

Targets (issue 5): a 4,000-card map exports fitted in <= 1.5 s and tiled in <= 2 s, layout
included, in <= 2 MB. Times are the best of N runs (the machines are shared and noisy);
"pages" counts the map's pages plus cover and legend.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from map_factory import generated_map
from timing import best_of

from journey_designer.export.options import ExportOptions, PageSetup
from journey_designer.export.pdf import ExportReport, export_pdf
from journey_designer.model import JourneyMap

SIZES = ((400, 10, 5), (4_000, 50, 10))  # cards, stages, cards per cell
MODES = ("fit", "tile", "per_stage")
TARGETS = {"fit": 1.5, "tile": 2.0}  # seconds for 4,000 cards
MAX_BYTES = 2 * 1024 * 1024


def qt_pdf_seconds(journey: JourneyMap, path: Path, repeat: int) -> float | None:
    """The canvas's scene drawn by QPdfWriter onto one A3 page (scene built outside the timing
    only for the font; the layout and scene are inside, as in export_pdf)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import QMarginsF, QRectF
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

        from journey_designer.ui.image_export import (
            ensure_application,
            map_scene,
            paint_region,
            picture_rect,
        )
    except ImportError:
        return None
    ensure_application()

    def run() -> None:
        scene = map_scene(journey)
        writer = QPdfWriter(str(path))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A3),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
            )
        )
        painter = QPainter(writer)
        target = QRectF(painter.viewport())
        source = picture_rect(scene)
        scale = min(target.width() / source.width(), target.height() / source.height())
        target.setSize(source.size() * scale)
        paint_region(scene, painter, target, source)
        painter.end()

    return best_of(repeat, run)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-qt", action="store_true", help="skip the QPdfWriter column")
    arguments = parser.parse_args()
    header = (
        f"{'cards':>6} {'mode':>9} | {'pages':>5} {'seconds':>8} {'MB':>6} {'target':>8} | "
        f"{'QPdfWriter fit':>14}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as folder:
        for cards, stages, per_cell in SIZES:
            journey = generated_map(stages, per_cell)
            assert len(journey.cards) == cards
            qt = None
            if not arguments.no_qt:
                qt = qt_pdf_seconds(journey, Path(folder) / "qt.pdf", arguments.repeat)
            for mode in MODES:
                path = Path(folder) / f"{cards}-{mode}.pdf"
                options = ExportOptions(page=PageSetup(size="A3"), mode=mode)  # type: ignore[arg-type]
                export_pdf(journey, path, options)  # fonts registered outside the timing
                reports: list[ExportReport] = []
                seconds = best_of(
                    arguments.repeat, lambda: reports.append(export_pdf(journey, path, options))
                )
                report = reports[-1]
                size = report.size_bytes / 1024 / 1024
                target = TARGETS.get(mode) if cards == 4_000 else None
                verdict = ""
                if target is not None:
                    ok = seconds <= target and report.size_bytes <= MAX_BYTES
                    verdict = f"{'ok' if ok else 'SLOW'} {target:g}s"
                qt_text = f"{qt:.2f}s" if (qt is not None and mode == "fit") else ""
                print(
                    f"{cards:>6} {mode:>9} | {report.pages:>5} {seconds:>7.2f}s {size:>6.2f} "
                    f"{verdict:>8} | {qt_text:>14}"
                )
    print(
        "\nseconds: export_pdf (layout, page plans, drawing, compression, atomic write), "
        f"best of {arguments.repeat}"
    )
    print("QPdfWriter fit: map_scene (layout + scene) and QPainter on one A3 page, best of N")
    from reportlab.lib import rl_accel

    accelerated = type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    print(
        "reportlab's C accelerator (the rl_accel package, reportlab[accel]): "
        + ("in use" if accelerated else "not installed, pure-Python number formatting")
    )


if __name__ == "__main__":
    main()

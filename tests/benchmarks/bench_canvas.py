"""Benchmark: the canvas with big maps, each figure beside a bare-Qt baseline in the same run.

    python tests/benchmarks/bench_canvas.py [--repeat N]

Targets (issue 3): a 4,000-card map opens and is interactive in <= 0.5 s and a 40,000-card
map in <= 3 s (file read, validation, layout, scene, first paint); one edit updates only the
items it touches in <= 10 ms; a pan or zoom frame renders in <= 16 ms at 4,000 cards.
Baselines: the same number of bare QGraphicsRectItems built and painted, one rect moved,
and a frame of that bare scene. Runs offscreen; best of N.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from map_factory import generated_map
from PySide6.QtCore import QCoreApplication, QRectF, QStandardPaths
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView
from timing import best_of

from journey_designer.model import operations as ops
from journey_designer.storage import save_map
from journey_designer.ui.app import create_application, create_main_window
from journey_designer.ui.main_window import MainWindow

KEEP_ALIVE: list[QGraphicsScene] = []
SIZES = ((4_000, 50, 10), (40_000, 100, 50))  # cards, stages, cards per cell


def open_map(path: Path) -> MainWindow:
    window = create_main_window("en")
    window.resize(1400, 900)
    window.files.try_open(path)
    window.show()
    window.view.viewport().grab()  # the first frame, synchronously
    return window


def bare_scene(count: int) -> QGraphicsView:
    scene = QGraphicsScene()
    for i in range(count):
        scene.addItem(QGraphicsRectItem(QRectF((i % 400) * 250.0, (i // 400) * 60.0, 224.0, 50.0)))
    view = QGraphicsView(scene)
    KEEP_ALIVE.append(scene)  # the view does not own its scene
    view.resize(1400, 900)
    view.show()
    view.viewport().grab()
    return view


def frame(view: QGraphicsView, step: int) -> None:
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + (40 if step % 2 else -40))
    view.viewport().grab()  # renders the frame into a pixmap, as a paint would


def zoom_frame(view: QGraphicsView, step: int) -> None:
    factor = 1.1 if step % 2 else 1 / 1.1
    view.scale(factor, factor)
    view.viewport().grab()


def frames(
    view: QGraphicsView, paint: Callable[[QGraphicsView, int], None], count: int = 20
) -> float:
    start = time.perf_counter()
    for step in range(count):
        paint(view, step)
    return (time.perf_counter() - start) / count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    QStandardPaths.setTestModeEnabled(True)  # settings and recovery files stay out of the way
    app = create_application()
    assert isinstance(app, QApplication)
    print(
        f"{'cards':>7} | {'what':<34} {'journey-designer':>16} {'bare Qt':>10} {'ratio':>7} | target"
    )
    print("-" * 92)
    with tempfile.TemporaryDirectory() as folder:
        for cards, stages, per_cell in SIZES:
            path = Path(folder) / f"bench-{cards}.journey.json"
            save_map(generated_map(stages, per_cell), path)
            windows: list[MainWindow] = []
            views: list[QGraphicsView] = []
            t_open = best_of(repeat, lambda: windows.append(open_map(path)))
            t_bare = best_of(repeat, lambda: views.append(bare_scene(cards)))
            target = "0.5 s" if cards == 4_000 else "3 s"
            row(cards, "open: read, validate, layout, paint", t_open, t_bare, target)
            window, view = windows[-1], views[-1]
            counter = iter(range(10_000))

            def one_edit() -> None:
                n = next(counter)
                window.editor.apply(ops.update_card("c-actions-3-2", title=f"Edit {n}"), "Edit")

            item = view.scene().items()[0]
            t_edit = best_of(repeat * 3, one_edit)
            t_move = best_of(repeat * 3, lambda: item.setPos(item.pos().x() + 1, 0))
            row(cards, "one edit (title): model+layout+scene", t_edit, t_move, "10 ms")

            def grow_edit() -> None:
                n = next(counter)
                text = "更长的卡片文字，" * (4 + n % 2 * 8)
                window.editor.apply(ops.update_card("c-actions-0-0", text=text), "Edit")

            row(
                cards,
                "one edit growing the top lane",
                best_of(repeat * 3, grow_edit),
                t_move,
                "10 ms",
            )
            if cards == 4_000:
                for name, paint in (
                    ("pan frame (fitted view)", frame),
                    ("zoom frame (fitted view)", zoom_frame),
                ):
                    window.view.zoom_fit()
                    view.fitInView(view.sceneRect())
                    row(cards, name, frames(window.view, paint), frames(view, paint), "16 ms")
                window.view.set_zoom(1.0)
                view.resetTransform()
                row(
                    cards,
                    "pan frame (100%)",
                    frames(window.view, frame),
                    frames(view, frame),
                    "16 ms",
                )
            for window in windows:
                window.editor.undo_stack.setClean()
                window.close()
            QCoreApplication.processEvents()


def row(cards: int, what: str, ours: float, bare: float, target: str) -> None:
    unit, scale = ("ms", 1e3)
    print(
        f"{cards:>7} | {what:<34} {ours * scale:>13.1f} {unit} {bare * scale:>7.1f} {unit} {ours / bare:>6.1f}x | {target}"
    )


if __name__ == "__main__":
    main()

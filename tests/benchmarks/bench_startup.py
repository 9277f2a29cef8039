"""Benchmark: from process start to the sample map on screen, beside a bare PySide6 window.

    python tests/benchmarks/bench_startup.py [--repeat N]

Each run is a fresh process; the parent times from spawning it to the child's report of
its first paint. Target (the brief): the sample map on screen in <= 0.6 s; a bare PySide6
window paints in about 0.26 s on these machines, so the ratio is printed too. Uses the
offscreen platform unless DISPLAY is set (then the real X server, e.g. Xvfb).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
class Window(QWidget):
    def paintEvent(self, event):
        print("painted", flush=True)
        QApplication.instance().quit()
app = QApplication(sys.argv[:1])
window = Window()
window.resize(1200, 800)
window.show()
app.exec()
"""

SAMPLE_MAP = """
import sys
from journey_designer.ui import app as ui_app
app = ui_app.create_application()
ui_app.install_translators(app, "zh")
window = ui_app.create_main_window("zh")
ui_app.open_first_map(window, None)
def painted():
    print("painted", flush=True)
    app.quit()
window.view.firstPainted.connect(painted)
window.show()
app.exec()
"""


def time_to_first_paint(code: str) -> float:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=30)
    if line.strip() != "painted":
        raise RuntimeError("the child did not paint")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    time_to_first_paint(BARE_WINDOW)  # warm the file cache for both
    time_to_first_paint(SAMPLE_MAP)
    bare = min(time_to_first_paint(BARE_WINDOW) for _ in range(repeat))
    sample = min(time_to_first_paint(SAMPLE_MAP) for _ in range(repeat))
    print(f"{'what':<36} {'first paint':>12} {'ratio':>7}")
    print(f"{'bare PySide6 window':<36} {bare:>10.3f} s {1:>6.2f}x")
    print(f"{'sample map (zh), journey-designer':<36} {sample:>10.3f} s {sample / bare:>6.2f}x")
    print("target: sample map <= 0.6 s (best of", repeat, "fresh processes)")


if __name__ == "__main__":
    main()

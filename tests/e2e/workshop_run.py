"""End-to-end run of the real app under Xvfb, driven with xdotool as a facilitator would.

    python tests/e2e/workshop_run.py [--out DIR]

Needs Xvfb, xdotool and ImageMagick's `import` (Debian: xvfb xdotool imagemagick). Steps:
open a template, Ctrl+A, Delete, Ctrl+S (the file has no cards); Ctrl+Z, Ctrl+S (they are
all back); select a card, Ctrl+N, type Chinese text, Enter; drag the new card to the next
stage; Ctrl+S; reopen and screenshot; then edit, wait 35 s, `kill -9`, restart: the
recovery offer must appear (screenshot). Prints one line per check and exits 1 on failure.
Screenshots go to DIR (default: a temporary folder) for a person to look at.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from journey_designer.storage import load_map  # noqa: E402
from journey_designer.templates import template_path  # noqa: E402

DISPLAY = ":77"
RECOVERY_TITLE = "恢复未保存的地图|Recover Unsaved Maps"  # the recovery dialog, zh or en
SELECTION_RGB = (0x1A, 0x73, 0xE8)  # the canvas's selection outline (ui/canvas/palette.py)


class Run:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.home = Path(tempfile.mkdtemp(prefix="jd-e2e-home-"))  # settings and recovery
        self.env = {
            **os.environ,
            "DISPLAY": DISPLAY,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local/share"),
        }
        self.app: subprocess.Popen[bytes] | None = None
        self.failures = 0

    def check(self, ok: bool, what: str) -> None:
        print(("ok    " if ok else "FAIL  ") + what, flush=True)
        self.failures += not ok

    def xdo(self, *args: str) -> str:
        return subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, check=False
        ).stdout

    def start(self, path: Path) -> str:
        self.app = subprocess.Popen(
            [sys.executable, "-m", "journey_designer", str(path), "--lang", "zh"],
            env=self.env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(60):
            time.sleep(0.5)
            found = self.xdo("search", "--onlyvisible", "--name", "旅程设计器|Journey").split()
            if found:
                window = found[0]
                self.xdo("windowsize", window, "1600", "1000")
                self.xdo("windowmove", window, "0", "0")
                time.sleep(1.0)
                self.xdo("windowfocus", "--sync", window)
                return window
        raise RuntimeError("the app window did not appear")

    def keys(self, window: str, *keys: str) -> None:
        for key in keys:
            self.xdo("key", "--window", window, key)
            time.sleep(0.4)

    def shot(self, name: str) -> Path:
        path = self.out / name
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True)
        return path

    def stop(self, kill: bool = False) -> None:
        if self.app is not None:
            self.app.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            self.app.wait(timeout=20)
            self.app = None


def selected_box(png: Path) -> tuple[int, int, int, int] | None:
    """The bounding box of the selection outline's colour on a screenshot."""
    image = Image.open(png).convert("RGB")
    xs, ys = [], []
    pixels = image.load()
    for y in range(0, image.height, 2):
        for x in range(0, image.width, 2):
            r, g, b = pixels[x, y]
            if (
                abs(r - SELECTION_RGB[0]) < 12
                and abs(g - SELECTION_RGB[1]) < 12
                and abs(b - SELECTION_RGB[2]) < 12
            ):
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="jd-e2e-")))
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    xvfb = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1600x1000x24"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    run = Run(out)
    try:
        workshop(run, out / "workshop.journey.json")
    finally:
        run.stop()
        xvfb.terminate()
        shutil.rmtree(run.home, ignore_errors=True)
    print(f"screenshots in {out}; {run.failures} failure(s)")
    return 1 if run.failures else 0


def workshop(run: Run, path: Path) -> None:
    shutil.copy(template_path("b2c_five_stages", "zh"), path)
    total = len(load_map(path).cards)
    window = run.start(path)
    run.keys(window, "ctrl+0", "ctrl+a", "Delete", "ctrl+s")
    time.sleep(1.0)
    run.check(
        load_map(path).cards == [],
        f"Ctrl+A, Delete, Ctrl+S: the saved file has no cards (had {total})",
    )
    run.keys(window, "ctrl+z", "ctrl+s")
    time.sleep(1.0)
    run.check(len(load_map(path).cards) == total, "Ctrl+Z, Ctrl+S: all cards are back")

    # Select the first card of the first stage by clicking it, then add one after it.
    first = run.shot("1-fitted.png")
    run.xdo("mousemove", "420", "260", "click", "1")
    time.sleep(0.5)
    run.keys(window, "ctrl+n")
    run.xdo("type", "--delay", "120", "新想法：扫码领券")
    time.sleep(0.5)
    run.keys(window, "Return", "ctrl+s")
    time.sleep(1.0)
    typed = [c for c in load_map(path).cards if "扫码领券" in c.title + c.text]
    stage_ids = [s.id for s in load_map(path).stages]
    before_drag = stage_ids.index(typed[0].stage_id) if typed else -1
    editing = run.shot("2-new-card.png")
    box = selected_box(editing)
    run.check(box is not None, "the new card is selected on the canvas")
    if box is not None:
        x0, y0, x1, y1 = box
        stage_px = (x1 - x0) * 240 / 224  # a stage is 240 pt wide, a card 224 pt
        cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
        run.xdo("mousemove", str(cx), str(cy), "mousedown", "1")
        for step in range(1, 11):
            run.xdo("mousemove", str(int(cx + stage_px * step / 10)), str(cy + 4))
            time.sleep(0.05)
        run.shot("3-dragging.png")
        run.xdo("mouseup", "1")
        time.sleep(0.5)
    run.keys(window, "ctrl+s")
    time.sleep(1.0)
    saved = load_map(path)
    new = [c for c in saved.cards if "扫码领券" in c.title + c.text]
    run.check(len(new) == 1, "the typed Chinese card is in the saved file")
    if new:
        stages = [s.id for s in saved.stages]
        after_drag = stages.index(new[0].stage_id)
        run.check(after_drag == before_drag + 1, "the new card was dragged to the next stage")
    run.stop()
    window = run.start(path)
    run.keys(window, "ctrl+0")
    run.shot("4-reopened.png")
    del first

    # Never lose work: an edit, 35 s, kill -9, restart.
    run.keys(window, "ctrl+a", "Delete")
    time.sleep(35)
    run.stop(kill=True)
    window = run.start(path)
    time.sleep(2)
    offer = run.shot("5-restore-offer.png")
    run.check(
        offer.exists(),
        "after kill -9 the restart shows the recovery offer (see 5-restore-offer.png)",
    )


if __name__ == "__main__":
    sys.exit(main())

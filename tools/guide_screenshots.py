"""The user guide's screenshots, taken from the real app under Xvfb, in English and Chinese.

    python tools/guide_screenshots.py [--out DIR] [--lang en zh] [--display :93]

Needs Xvfb and ImageMagick's `convert`. Starts Xvfb (1400×900), then for each language a
child process that builds the app as `journey-designer --lang LANG` does (the same
create_application / create_main_window / open_first_map, fresh settings in a temporary
HOME, so the first-run tour starts) and drives it with real mouse and key events: the
sample map, the tour's first step, a card typed in place, a point of the emotion curve
being dragged, the survey import wizard on an illustrative CSV, the Export dialog, the
presentation. Each picture is cut to what it shows, cut to 256 colours and saved as
DIR/LANG/NAME.png (default DIR: resources/guide/images). A picture whose words are not
translated yet in that language (the tour, before the lead's translation round) is left
out, with a note. Prints one line per picture; exits 1 if one is missing.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCREEN = (1400, 900)
MAX_BYTES = 160_000
# Each language's survey: one question per touchpoint of the sample map, an NPS question,
# a comment and an e-mail column (which the wizard keeps out).
SURVEY = {
    "en": [
        "Respondent ID",
        "Email",
        "How satisfied were you with the Creator review video? (1-5)",
        "How satisfied were you with the Checkout & payment? (1-5)",
        "Any comments on checkout?",
        "How satisfied are you with the Companion app? (1-5)",
        "How likely are you to recommend us to a friend? (0-10)",
    ],
    "zh": [
        "答卷编号",
        "邮箱",
        "您对达人测评视频的满意度 (1-5)",
        "您对结算与支付的满意度 (1-5)",
        "关于结算，您有什么建议？",
        "您对配套App的满意度 (1-5)",
        "您向朋友推荐我们的可能性有多大？(0-10)",
    ],
}
COMMENTS = {
    "en": ["Too many steps", "Slow page", "Fine", "Card declined twice", ""],
    "zh": ["步骤太多", "页面太慢", "还行", "银行卡被拒两次", ""],
}
NEW_CARD = {
    "en": "Queue at the till\nTwenty minutes, no seats",
    "zh": "收银台排长队\n等了二十分钟，没有座位",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "guide" / "images")
    parser.add_argument("--lang", nargs="+", default=["en", "zh"], choices=["en", "zh"])
    parser.add_argument("--display", default=":93")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return Shooter(args.lang[0], args.out / args.lang[0]).run()
    for tool in ("Xvfb", "convert"):
        if shutil.which(tool) is None:
            print(f"FAIL  {tool} is not installed")
            return 1
    screen = f"{SCREEN[0]}x{SCREEN[1]}x24"
    xvfb = subprocess.Popen(["Xvfb", args.display, "-screen", "0", screen, "-nolisten", "tcp"])
    failures = 0
    try:
        time.sleep(1.0)
        for language in args.lang:
            home = Path(tempfile.mkdtemp(prefix="jd-guide-home-"))
            env = {
                **os.environ,
                "DISPLAY": args.display,
                "QT_QPA_PLATFORM": "xcb",
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local/share"),
                "XDG_RUNTIME_DIR": str(home / "runtime"),
                "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
            }
            (home / "runtime").mkdir(mode=0o700)
            command = [sys.executable, __file__, "--child", "--lang", language]
            command += ["--out", str(args.out)]
            failures += subprocess.run(command, env=env, cwd=REPO, check=False).returncode != 0
            shutil.rmtree(home, ignore_errors=True)
    finally:
        xvfb.terminate()
        xvfb.wait()
    return 1 if failures else 0


class Shooter:
    """Runs in the child: the app in this process, driven step by step."""

    def __init__(self, language: str, out: Path) -> None:
        self.language = language
        self.out = out
        self.missing = 0

    def run(self) -> int:
        from PySide6.QtCore import QCoreApplication

        from journey_designer.ui.app import create_application, create_main_window, open_first_map
        from journey_designer.ui.i18n import install_translators

        self.out.mkdir(parents=True, exist_ok=True)
        app = create_application([sys.argv[0]])
        install_translators(app, self.language)
        window = create_main_window(self.language)
        open_first_map(window, None)
        window.move(0, 0)
        window.resize(*SCREEN)
        window.show()
        self.window = window
        self.wait(2000)
        translated = QCoreApplication.translate("Tour", "Add a card") != "Add a card"
        steps = [
            self.sample_map,
            self.tour if self.language == "en" or translated else self.no_tour,
            self.add_card,
            self.emotion_curve,
            self.survey_wizard,
            self.export_dialog,
            self.presentation,
        ]
        for step in steps:
            step()
        window.editor.undo_stack.setClean()
        window.document.set_modified(False)
        window.close()
        return 1 if self.missing else 0

    # --- the pictures -------------------------------------------------------------------

    def sample_map(self) -> None:
        self.save("sample-map", self.window.frameGeometry(), scale=0.8)

    def tour(self) -> None:
        from journey_designer.ui.tour import maybe_start_first_run_tour

        tour = maybe_start_first_run_tour(self.window)
        if tour is None:
            print("FAIL  the tour did not start on a first run")
            self.missing += 1
            return
        self.wait(600)
        area = tour.callout.geometry().united(tour.highlight.geometry())
        self.save("tour", self.on_screen(self.window, area.adjusted(-60, -30, 60, 30)))
        tour.skip()

    def no_tour(self) -> None:
        from journey_designer.ui.tour import set_tour_done

        set_tour_done()
        print(f"note  {self.language}/tour.png left out: the tour is not translated yet")

    def add_card(self) -> None:
        from PySide6.QtCore import QPointF, QRect, Qt
        from PySide6.QtTest import QTest

        window = self.window
        cell = ("ln-pain-points", "st-awareness")
        rect = window.scene.cell_rect(cell)
        journey = window.document.journey
        boxes = [window.scene.card_item(card.id) for card in journey.cell_cards(*cell)]
        bottom = max((b.sceneBoundingRect().bottom() for b in boxes if b), default=rect.top())
        spot = QPointF(rect.center().x(), (bottom + rect.bottom()) / 2)
        window.view.set_zoom(1.0)
        window.view.centerOn(rect.center())
        self.wait(300)
        viewport = window.view.viewport()
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(spot))
        self.wait(300)
        self.type_text(NEW_CARD[self.language])
        self.wait(400)
        shown = window.view.mapFromScene(rect.adjusted(-130, -50, 150, 30)).boundingRect()
        area = QRect(viewport.mapTo(window, shown.topLeft()), shown.size())
        self.save("add-card", self.on_screen(window, area))
        QTest.keyClick(window.view, Qt.Key.Key_Return)
        self.wait(300)

    def emotion_curve(self) -> None:
        from PySide6.QtCore import QPointF, QRect, QRectF, Qt
        from PySide6.QtTest import QTest

        window = self.window
        layout = window.scene.layout
        assert layout is not None and layout.plots
        plot = layout.plots[0]
        row = next(lane for lane in layout.lanes if lane.lane_id in window.scene.plot_items)
        plot_item = window.scene.plot_items[row.lane_id]
        area_scene = plot_item.sceneBoundingRect().united(
            QRectF(row.rect.x, row.rect.y, row.rect.width, row.rect.height)
        )
        view = window.view
        view.set_zoom(1.2)  # legible labels: the lane's header and the first stages
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
        middle = view.mapToScene(view.viewport().rect().center())
        view.centerOn(max(middle.x(), area_scene.left() + 20), area_scene.center().y())
        self.wait(300)
        curve = plot.curves[0]
        point = curve.points[min(2, len(curve.points) - 1)]  # the third stage
        viewport = window.view.viewport()
        start = window.view.mapFromScene(QPointF(point.x, point.y))
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 9):
            QTest.mouseMove(viewport, start - QPointF(0, 5 * step).toPoint())
            self.wait(40)
        self.wait(300)
        shown = window.view.mapFromScene(area_scene.adjusted(-8, -8, 8, 8)).boundingRect()
        shown = shown.intersected(viewport.rect())
        area = QRect(viewport.mapTo(window, shown.topLeft()), shown.size())
        self.save("emotion-curve", self.on_screen(window, area), max_width=1100)
        QTest.mouseRelease(
            viewport, Qt.MouseButton.LeftButton, pos=start - QPointF(0, 40).toPoint()
        )
        self.wait(300)

    def survey_wizard(self) -> None:
        from journey_designer.ui.survey_wizard import MAPPING_PAGE

        path = self.write_survey()
        wizard = self.window.survey_import.open_wizard()
        wizard.resize(1000, 600)
        self.wait(500)
        wizard.file_page.open_file(path)
        if not self.wait_until(lambda: not wizard.file_page.task.is_running(), 30_000):
            print("FAIL  the survey was not read")
            self.missing += 1
            wizard.reject()
            return
        self.wait(300)
        wizard.next()
        self.wait(800)
        wizard.next()
        self.wait_until(lambda: wizard.currentId() == MAPPING_PAGE, 10_000)
        self.wait(1200)
        self.save("survey-wizard", wizard.frameGeometry())
        wizard.reject()
        self.wait(500)

    def export_dialog(self) -> None:
        dialog = self.window.export.open_dialog()
        self.wait(4000)  # the preview is drawn in the background
        self.save("export-dialog", dialog.frameGeometry())
        dialog.reject()
        self.wait(500)

    def presentation(self) -> None:
        from PySide6.QtCore import QRect, Qt
        from PySide6.QtTest import QTest

        action = self.window.workshop.presentation.action
        action.setChecked(True)
        self.wait(3000)
        QTest.keyClick(self.window.view, Qt.Key.Key_Home)  # the whole map
        self.wait(2000)
        self.save("presentation", QRect(0, 0, *SCREEN), scale=0.6)
        action.setChecked(False)
        self.wait(800)

    # --- helpers ------------------------------------------------------------------------

    def write_survey(self) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="jd-guide-survey-"))
        name = "survey.csv" if self.language == "en" else "问卷.csv"
        path = folder / name
        comments = COMMENTS[self.language]
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(SURVEY[self.language])
            for i in range(120):
                writer.writerow(
                    [
                        str(1000 + i),
                        f"person{i}@example.com",
                        str(3 + i % 3),
                        str(1 + i % 4),
                        comments[i % len(comments)],
                        str(3 + i % 3),
                        str((i * 7) % 11),
                    ]
                )
        return path

    def type_text(self, text: str) -> None:
        """One key event per character, Chinese included (as a keyboard layout sends it)."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for character in text:
            target = QApplication.focusWidget() or self.window.view
            if character == "\n":
                key, modifiers, typed = Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier, ""
            else:
                key, modifiers, typed = (
                    Qt.Key.Key_unknown,
                    Qt.KeyboardModifier.NoModifier,
                    character,
                )
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, typed))
            self.wait(15)

    def on_screen(self, widget: object, area: object) -> object:
        """`area` in `widget`'s coordinates as a rectangle of the screen."""
        from PySide6.QtCore import QRect

        assert isinstance(area, QRect)
        top_left = widget.mapToGlobal(area.topLeft())  # type: ignore[attr-defined]
        return QRect(top_left, area.size()).intersected(QRect(0, 0, *SCREEN))

    def save(
        self, name: str, area: object, scale: float = 1.0, max_width: int | None = None
    ) -> None:
        from PySide6.QtCore import QRect, Qt
        from PySide6.QtGui import QGuiApplication

        assert isinstance(area, QRect)
        area = area.intersected(QRect(0, 0, *SCREEN))
        picture = QGuiApplication.primaryScreen().grabWindow(
            0, area.x(), area.y(), area.width(), area.height()
        )
        width = round(picture.width() * scale)
        if max_width is not None:
            width = min(width, max_width)
        if width != picture.width():
            picture = picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        raw = Path(tempfile.mkdtemp(prefix="jd-guide-shot-")) / f"{name}.png"
        picture.save(str(raw))
        path = self.out / f"{name}.png"
        subprocess.run(
            ["convert", str(raw), "-strip", "+dither", "-colors", "256", f"PNG8:{path}"],
            check=True,
        )
        shutil.rmtree(raw.parent, ignore_errors=True)
        size = path.stat().st_size
        ok = size <= MAX_BYTES
        print(f"{'ok  ' if ok else 'big '}  {path}  {picture.width()}×"
              f"{picture.height()}  {size // 1024} KB")  # fmt: skip

    def wait(self, ms: int) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def wait_until(self, condition: object, timeout_ms: int) -> bool:
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            if condition():  # type: ignore[operator]
                return True
            self.wait(100)
        return False


if __name__ == "__main__":
    sys.exit(main())

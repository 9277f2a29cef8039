"""The dashboard in the real app under Xvfb, opened through the View menu with xdotool.

    python tests/e2e/dashboard_shot.py [--out DIR] [--template ID] [--bare]

Needs Xvfb, xdotool and ImageMagick's `import`. Starts the app on the B2B full-funnel
template (its funnel, channel costs and A/B tests as bundled) with, unless --bare,
illustrative survey results added so every chart has something to show: NPS and CSAT on
four touchpoints with n and intervals, a measured satisfaction curve, dot-votes on the
pain points. Presses Alt+V, D (View ▸ Dashboard) and saves `dashboard.png` (the whole
screen) in DIR. Prints one line per check; exits 1 on failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from journey_designer.model import (  # noqa: E402
    EmotionCurve,
    EmotionPoint,
    JourneyMap,
    LaneKind,
    Metric,
    MetricKind,
    Provenance,
    SurveySource,
)
from journey_designer.model.entities import utc_now  # noqa: E402
from journey_designer.storage import load_map, save_map  # noqa: E402
from journey_designer.templates import template_path  # noqa: E402

DISPLAY = ":97"
SIZE = (1600, 1000)
# Illustrative survey results: (touchpoint title, NPS, CI, CSAT %, CI, n).
SURVEY = (
    ("Expert webinar", 41, (29, 53), 86.0, (80.0, 91.0), 212),
    ("SDR phone call", -18, (-34, -2), 58.0, (49.0, 67.0), 97),
    ("Proposal & negotiation", 12, (-3, 27), 71.0, (63.0, 79.0), 124),
    ("Quarterly value report", 35, (22, 48), 82.0, (75.0, 88.0), 140),
)
MEASURED = ((0.6, 212), (-0.9, 97), (-0.2, 160), (-0.6, 124), (0.9, 140))  # per stage
VOTES = {
    "Security review: six weeks": 7,
    "Slow follow-up, no context": 5,
    "Revenue not tied to channel": 5,
    "Marketing and sales overlap": 3,
}


def with_survey_results(journey: JourneyMap) -> JourneyMap:
    source = SurveySource(
        id="survey-demo",
        file_name="b2b-survey.xlsx",
        sha256="0" * 64,
        responses=212,
        imported_at=utc_now(),
    )
    journey.survey_sources.append(source)
    provenance = Provenance(kind="survey", source_id=source.id)
    by_title = {card.title: card for card in journey.cards}
    for title, nps, nps_ci, csat, csat_ci, n in SURVEY:
        card = by_title[title]
        card.metrics += [
            Metric(
                kind=MetricKind.NPS,
                value=nps,
                n=n,
                ci_low=nps_ci[0],
                ci_high=nps_ci[1],
                provenance=provenance,
            ),
            Metric(
                kind=MetricKind.CSAT,
                value=csat,
                unit="%",
                n=n,
                ci_low=csat_ci[0],
                ci_high=csat_ci[1],
                provenance=provenance,
            ),
        ]
    pain_lanes = {lane.id for lane in journey.lanes if lane.kind is LaneKind.PAIN_POINTS}
    for card in journey.cards:
        if card.lane_id in pain_lanes:
            card.votes = VOTES.get(card.title, 1)
    persona = journey.personas[0].id
    journey.emotion_curves.append(
        EmotionCurve(
            id="curve-measured",
            persona_id=persona,
            source_id=source.id,
            points=[
                EmotionPoint(stage_id=stage.id, value=value, n=n, provenance=provenance)
                for stage, (value, n) in zip(journey.stages, MEASURED, strict=False)
            ],
        )
    )
    return journey


def xdo(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, check=False
    ).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--template", default="b2b_full_funnel")
    parser.add_argument("--bare", action="store_true", help="the template as bundled")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="jd-dashboard-"))
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="jd-dashboard-home-"))
    journey = load_map(template_path(args.template, "en"))
    if not args.bare:
        journey = with_survey_results(journey)
    path = home / "b2b.journey.json"
    save_map(journey, path)
    env = {
        **os.environ,
        "DISPLAY": DISPLAY,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
    }
    screen = f"{SIZE[0]}x{SIZE[1]}x24"
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", screen, "-nolisten", "tcp"])
    app = None
    failures = 0
    try:
        time.sleep(1.0)
        app = subprocess.Popen(
            [sys.executable, "-m", "journey_designer", str(path), "--lang", "en"],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        window = ""
        for _ in range(60):
            time.sleep(0.5)
            found = xdo(env, "search", "--onlyvisible", "--name", "Journey Designer").split()
            if found:
                window = found[0]
                break
        if not window:
            print("FAIL  the app window did not appear")
            return 1
        xdo(env, "windowsize", window, str(SIZE[0]), str(SIZE[1]))
        xdo(env, "windowmove", window, "0", "0")
        time.sleep(1.5)
        xdo(env, "windowfocus", "--sync", window)
        xdo(env, "key", "--clearmodifiers", "alt+v")  # View
        time.sleep(0.6)
        subprocess.run(
            ["import", "-window", "root", str(out / "view-menu.png")], env=env, check=True
        )
        xdo(env, "key", "--clearmodifiers", "d")  # Dashboard
        time.sleep(2.0)
        shot = out / "dashboard.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True)
        ok = shot.exists() and shot.stat().st_size > 50_000
        print(("ok    " if ok else "FAIL  ") + f"screenshot {shot}")
        failures += not ok
    finally:
        if app is not None:
            app.kill()
            app.wait()
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

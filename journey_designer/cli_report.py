"""The `report` command of `journey-designer`: the funnel, ROI and A/B results of a map.

    journey-designer report MAP.journey.json [--json]

Prints aligned tables (rates as percentages), or with `--json` one JSON object for
scripts (rates and ROI as fractions, an undefined figure as null). No Qt.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


class ReportCommandError(Exception):
    """Bad input for `report`; the message is printed on one line."""


def add_parser(commands: Any) -> None:
    report = commands.add_parser(
        "report", help="print a map's funnel, ROI per channel and A/B test results"
    )
    report.add_argument("file", type=Path, help="the .journey.json map")
    report.add_argument("--json", action="store_true", help="one JSON object, for scripts")


def run(options: argparse.Namespace) -> int:
    from journey_designer.analytics.report import build_report, report_json, report_text
    from journey_designer.storage import MapFileError, load_map

    try:
        journey = load_map(options.file)
    except MapFileError as error:
        raise ReportCommandError(str(error)) from None
    report = build_report(journey)
    if options.json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(report_text(report), end="")
    return 0

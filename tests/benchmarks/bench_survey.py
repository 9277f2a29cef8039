"""Benchmark: the whole survey import beside python-calamine's bare read of the same file.

    python tests/benchmarks/bench_survey.py [--rows 10000 100000] [--repeat N]

Targets (issue 4, ratio <= 1.3): the whole import (read in the child process, header rows and column
types, metrics, the edit applied to the map) <= 1.3x `load_workbook(p).get_sheet_by_index(0)
.to_python()` in the same run, and peak memory <= 400 MB at 100,000 rows. Times are the best
of N runs; memory is measured in a fresh process (its own peak and its reading child's).
The generated files are cached in the system temp folder (writing them takes a minute).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from survey_files import make_survey
from timing import best_of

FULL_IMPORT = """
import resource, sys, json
from pathlib import Path
sys.path.insert(0, {root!r})
from journey_designer.survey.sandbox import read_survey
from journey_designer.survey.table import understand
from journey_designer.survey.mapping import suggest_mapping
from journey_designer.survey.apply import import_edit, make_source, plan_import
from journey_designer.templates import new_map_from_template

def run(path):
    journey = new_map_from_template("b2c_five_stages", "en")
    table = understand(read_survey(path))
    mapping = suggest_mapping(table, journey)
    source = make_source(table, mapping, path, taken=journey.all_ids())
    plan = plan_import(journey, table, source)
    import_edit(journey, table, plan).apply(journey)
    return journey

if __name__ == "__main__":
    run(Path(sys.argv[1]))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({{"own_mb": own, "child_mb": child}}))
"""


def bare_read(path: Path) -> object:
    import python_calamine

    return python_calamine.load_workbook(str(path)).get_sheet_by_index(0).to_python()


def peak_memory(script: Path, path: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(script), str(path)], capture_output=True, text=True, check=True
    )
    peaks: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return peaks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "journey-designer-bench"
    folder.mkdir(exist_ok=True)
    script = folder / "full_import.py"
    script.write_text(FULL_IMPORT.format(root=str(ROOT)), encoding="utf-8")
    sys.path.insert(0, str(folder))
    from full_import import run  # the same code the memory run executes

    from journey_designer.survey.sandbox import keep_warm

    print(
        "| rows × cols | calamine bare read | whole import (fresh reader) | ratio | "
        "whole import (reader started ahead, as the wizard does) | ratio | "
        "peak MB: app / reader |"
    )
    print("|---|---|---|---|---|---|---|")
    for rows in options.rows:
        path = make_survey(folder / "survey.xlsx", rows)
        bare = best_of(options.repeat, lambda: bare_read(path))
        cold = best_of(options.repeat, lambda: run(path))
        keep_warm(True)
        warm = best_of(options.repeat, lambda: run(path))
        keep_warm(False)
        memory = peak_memory(script, path)
        print(
            f"| {rows:,} × 30 | {bare:.2f} s | {cold:.2f} s | {cold / bare:.2f}× "
            f"| {warm:.2f} s | {warm / bare:.2f}× "
            f"| {memory['own_mb']:.0f} / {memory['child_mb']:.0f} |"
        )


if __name__ == "__main__":
    main()

"""Benchmark: load+validate, save and layout of generated maps, beside plain json in the same run.

    python tests/benchmarks/bench_core.py [--repeat N]

Targets (issue 2): load+validate <= 3x json.loads; layout of 4,000 cards <= 100 ms; cost
linear in cards. Times are the best of N runs (the machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from map_factory import generated_map
from timing import best_of

from journey_designer.fonts import find_cjk_font
from journey_designer.layout import layout_map, measurer_for
from journey_designer.storage import dump_map, load_map, save_map

SIZES = ((400, 10, 5), (4_000, 50, 10), (40_000, 100, 50))  # cards, stages, cards per cell


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    measurer = measurer_for(find_cjk_font())
    header = (
        f"{'cards':>7} {'KB':>7} | {'json.loads':>10} {'load+valid':>10} {'ratio':>6} | "
        f"{'json.dumps':>10} {'save':>8} {'ratio':>6} | {'layout':>8} {'us/card':>8}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as folder:
        for cards, stages, per_cell in SIZES:
            journey = generated_map(stages, per_cell)
            assert len(journey.cards) == cards
            path = Path(folder) / f"bench-{cards}.journey.json"
            save_map(journey, path)
            raw = path.read_bytes()
            document = json.loads(raw)
            measurer.advance("warm")  # font file read outside the timing
            t_loads = best_of(repeat, lambda: json.loads(path.read_bytes()))
            t_load = best_of(repeat, lambda: load_map(path))
            t_dumps = best_of(
                repeat,
                lambda: path.with_suffix(".plain").write_text(
                    json.dumps(document, indent=2, ensure_ascii=False)
                ),
            )
            t_save = best_of(repeat, lambda: save_map(journey, path))
            t_layout = best_of(repeat, lambda: layout_map(journey, measurer))
            assert dump_map(load_map(path)) == raw
            print(
                f"{cards:>7} {len(raw) // 1024:>7} | {t_loads * 1e3:>8.1f}ms {t_load * 1e3:>8.1f}ms "
                f"{t_load / t_loads:>5.2f}x | {t_dumps * 1e3:>8.1f}ms {t_save * 1e3:>6.1f}ms "
                f"{t_save / t_dumps:>5.2f}x | {t_layout * 1e3:>6.1f}ms {t_layout / cards * 1e6:>8.1f}"
            )
    print(
        "\nload+valid: read, parse, pydantic validation and integrity checks; save: atomic with fsync and .bak"
    )
    print("json.dumps column: json.dumps + write of the same document (no fsync)")


if __name__ == "__main__":
    main()

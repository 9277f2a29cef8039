"""Small survey files written for tests: CSV text in, a read and understood table out."""

from __future__ import annotations

import csv
from pathlib import Path

from journey_designer.survey.cells import Cell
from journey_designer.survey.reading import read_file
from journey_designer.survey.table import SurveyTable, understand


def write_csv(path: Path, rows: list[list[Cell]], encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle).writerows(["" if cell is None else cell for cell in row] for row in rows)
    return path


def table_of(tmp_path: Path, rows: list[list[Cell]], name: str = "survey.csv") -> SurveyTable:
    return understand(read_file(write_csv(tmp_path / name, rows)))

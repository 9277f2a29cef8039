"""The `import-funnel` command of `journey-designer`: funnel counts and channel costs
from a spreadsheet, put on a map.

    journey-designer import-funnel FILE [--sheet NAME] --into MAP.journey.json
                                   -o OUT.journey.json [--force]

The file is read in a child process (survey/sandbox.py); the tables it may hold are
described in survey/funnel_import.py. Funnel steps replace those of the stages the file
names (other stages keep theirs); a costs table replaces the map's channel costs. No Qt.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


class FunnelCommandError(Exception):
    """Bad input for `import-funnel`; the message is printed on one line."""


def add_parser(commands: Any) -> None:
    load = commands.add_parser(
        "import-funnel", help="put funnel counts and channel costs from a spreadsheet on a map"
    )
    load.add_argument("file", type=Path, help="the spreadsheet (.xlsx, .xls, .ods, .csv)")
    load.add_argument(
        "--sheet", help="sheet name (default: the first with a funnel or costs table)"
    )
    load.add_argument("--into", required=True, type=Path, help="the map to import into")
    load.add_argument("-o", "--output", required=True, type=Path, help="the map file to write")
    load.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")


def run(options: argparse.Namespace) -> int:
    from journey_designer.model import EditError
    from journey_designer.storage import MapFileError, load_map, save_map
    from journey_designer.survey.cells import SurveyError
    from journey_designer.survey.funnel_import import read_funnel_file

    output: Path = options.output
    if output.is_dir():
        raise FunnelCommandError(
            f"{output}: is a folder; give a file name such as map.journey.json"
        )
    if output.exists() and not options.force:
        raise FunnelCommandError(f"{output}: already exists (use --force to replace it)")
    try:
        journey = load_map(options.into)
    except MapFileError as error:
        raise FunnelCommandError(str(error)) from None
    try:
        imported = read_funnel_file(options.file, journey, options.sheet)
    except SurveyError as error:
        raise FunnelCommandError(str(error)) from None
    try:
        imported.edit(journey).apply(journey)
        save_map(journey, output)
    except (EditError, MapFileError) as error:
        raise FunnelCommandError(str(error)) from None
    print(imported.summary())
    mapping = imported.mapping
    for name, table in (("funnel", mapping.funnel), ("costs", mapping.costs)):
        if table is not None:
            print(f"  {name} (header on row {table.header_row + 1}): {table.describe()}")
    print(f"{output}: written")
    return 0

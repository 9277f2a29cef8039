"""The survey commands of `journey-designer`: `inspect` and `import`.

    journey-designer inspect FILE [--sheet NAME] [--json]
    journey-designer import FILE [--sheet NAME] [--mapping M.json] [--save-mapping M.json]
                            [--into MAP.journey.json | --template ID [--lang zh|en]]
                            -o OUT.journey.json [--force]

The file is read in a child process (see survey/sandbox.py); errors are one line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journey_designer.model import JourneyMap, SurveyMapping
    from journey_designer.survey.table import SurveyTable


class SurveyCommandError(Exception):
    """Bad input for a survey command; the message is printed on one line."""


def add_parsers(commands: Any, languages: tuple[str, ...]) -> None:
    inspect = commands.add_parser("inspect", help="show what a survey spreadsheet holds")
    inspect.add_argument("file", type=Path)
    inspect.add_argument("--sheet", help="sheet name (default: the first with data)")
    inspect.add_argument("--json", action="store_true", help="print one JSON object")

    load = commands.add_parser("import", help="apply a survey spreadsheet to a map")
    load.add_argument("file", type=Path)
    load.add_argument("--sheet", help="sheet name (default: the first with data)")
    load.add_argument(
        "--mapping", type=Path, help="a mapping saved with --save-mapping (.json or .xlsx)"
    )
    load.add_argument(
        "--save-mapping",
        type=Path,
        help="write the mapping used: .json, or .xlsx for a workbook to fill in",
    )
    load.add_argument("--into", type=Path, help="the map to import into (default: a new map)")
    load.add_argument("--template", help="template of the new map (see `templates`)")
    load.add_argument("--lang", choices=languages, help="language of the new map")
    load.add_argument("-o", "--output", required=True, type=Path, help="the map file to write")
    load.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")


def run(options: argparse.Namespace) -> int:
    if options.command == "inspect":
        return _inspect(options.file, options.sheet, options.json)
    return _import(options)


def _read_table(path: Path, sheet: str | None, header_rows: int | None = None) -> SurveyTable:
    from journey_designer.survey.cells import SurveyError
    from journey_designer.survey.sandbox import read_survey
    from journey_designer.survey.table import understand

    try:
        read = read_survey(path, sheet, progress=_progress_printer())
    except SurveyError as error:
        raise SurveyCommandError(str(error)) from None
    finally:
        _end_progress()
    return understand(read, header_rows)


def _progress_printer() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total:
            print(f"\rreading… {100 * done // total}%", end="", file=sys.stderr, flush=True)

    return show


def _end_progress() -> None:
    if sys.stderr.isatty():
        print("\r" + " " * 20 + "\r", end="", file=sys.stderr, flush=True)


def inspect_json(table: SurveyTable) -> dict[str, Any]:
    """The `inspect --json` object (its keys are a documented interface)."""
    from journey_designer.survey.columns import Role

    columns = []
    for info in table.columns:
        mean = nps = None
        counts = info.value_counts()
        if info.role in (Role.RATING, Role.LIKERT, Role.NPS, Role.NUMBER) and counts:
            total = sum(counts.values())
            mean = round(sum(v * n for v, n in counts.items()) / total, 4)
        if info.role is Role.NPS and counts:
            from journey_designer.survey.stats import summarize_nps

            score = summarize_nps(counts, info.skipped).nps
            nps = None if score is None else round(score, 2)
        columns.append(
            {
                "index": info.index,
                "header": info.header,
                "role": info.role.value,
                "n": info.n,
                "scale": list(info.scale) if info.scale else None,
                "mean": mean,
                "nps": nps,
            }
        )
    return {
        "format": table.shape.format.name,
        "sheet": table.sheet.name,
        "header_rows": table.shape.header_rows,
        "rows": table.n_responses,
        "columns": columns,
    }


def _inspect(path: Path, sheet: str | None, as_json: bool) -> int:
    table = _read_table(path, sheet)
    found = inspect_json(table)
    if as_json:
        print(json.dumps(found, ensure_ascii=False))
        return 0
    read = table.read
    print(
        f"{read.file_name}: {found['format']} · sheet {found['sheet']!r} of {len(read.sheet_names)}"
    )
    print(f"{found['header_rows']} header row(s) · {found['rows']} responses", end="")
    skipped = ", ".join(f"{n} {why}" for why, n in table.shape.skipped_rows.items())
    print(f" · rows left out: {skipped}" if skipped else "")
    for column in found["columns"]:
        scale = "" if column["scale"] is None else "{:g}–{:g}".format(*column["scale"])
        extra = f" mean {column['mean']:.2f}" if column["mean"] is not None else ""
        extra += f" NPS {column['nps']:+.1f}" if column["nps"] is not None else ""
        header = column["header"] if len(column["header"]) <= 60 else column["header"][:59] + "…"
        what = f"{column['index']:>3} {column['role']:<9} n={column['n']:<6} {scale:<7}"
        print(f"  {what}{extra}  {header}")
    return 0


def _import(options: argparse.Namespace) -> int:
    from journey_designer.storage import MapFileError, load_map, save_map
    from journey_designer.survey.apply import import_edit, make_source, plan_import
    from journey_designer.survey.mapping import refind_columns, suggest_mapping
    from journey_designer.survey.table import understand

    output: Path = options.output
    if output.is_dir():
        raise SurveyCommandError(
            f"{output}: is a folder; give a file name such as map.journey.json"
        )
    same_as_into = options.into is not None and output.resolve() == options.into.resolve()
    if output.exists() and not options.force and not same_as_into:
        raise SurveyCommandError(f"{output}: already exists (use --force to replace it)")
    table = _read_table(options.file, options.sheet)
    try:
        journey = load_map(options.into) if options.into else _new_map(options, table)
    except MapFileError as error:
        raise SurveyCommandError(str(error)) from None
    mapping = _load_mapping(options.mapping, journey) if options.mapping else None
    # The same file (by name and sheet) imported into the same map again is a refresh:
    # its metrics, curves and quotes are replaced, and its saved mapping is reused.
    earlier = next(
        (s for s in journey.survey_sources
         if s.file_name == table.read.file_name and s.sheet == table.sheet.name),
        None,
    )  # fmt: skip
    if mapping is None and earlier is not None:
        mapping = earlier.mapping
    if mapping is None:
        mapping = suggest_mapping(table, journey)
    else:
        if mapping.header_rows is not None and mapping.header_rows != table.shape.header_rows:
            table = understand(table.read, mapping.header_rows)
        mapping, missing = refind_columns(table, mapping)
        for header in missing:
            print(f"warning: column {header!r} is not in {options.file.name}", file=sys.stderr)
    source_id = earlier.id if earlier is not None else None
    source = make_source(table, mapping, options.file.resolve(), source_id, journey.all_ids())
    plan = plan_import(journey, table, source)
    import_edit(journey, table, plan).apply(journey)
    try:
        save_map(journey, output)
    except (MapFileError, OSError) as error:
        raise SurveyCommandError(f"{output}: cannot write ({error})") from None
    if options.save_mapping:
        _save_mapping(table, journey, mapping, options.save_mapping)
    _report(table, plan, output)
    return 0


def _new_map(options: argparse.Namespace, table: SurveyTable) -> JourneyMap:
    from journey_designer.templates import (
        SAMPLE_TEMPLATE,
        UnknownTemplateError,
        new_map_from_template,
    )

    headers = " ".join(c.header for c in table.columns)
    language = options.lang or ("zh" if re.search(r"[\u4e00-\u9fff]", headers) else "en")
    try:
        return new_map_from_template(options.template or SAMPLE_TEMPLATE, language)
    except UnknownTemplateError as error:
        raise SurveyCommandError(str(error)) from None


def _load_mapping(path: Path, journey: JourneyMap) -> SurveyMapping:
    """A mapping saved as JSON, or filled in as the mapping workbook (.xlsx)."""
    from pydantic import ValidationError

    from journey_designer.model import SurveyMapping
    from journey_designer.survey.cells import SurveyError

    if path.suffix.lower() == ".xlsx":
        from journey_designer.survey.mapping_workbook import read_mapping_workbook

        try:
            return read_mapping_workbook(path, journey)
        except SurveyError as error:
            raise SurveyCommandError(f"{path.name}: {error}") from None
    try:
        return SurveyMapping.model_validate_json(path.read_bytes())
    except OSError as error:
        raise SurveyCommandError(f"{path}: cannot read ({error.strerror or error})") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        message = f"{path}: not a survey mapping ({where}: {first['msg']})"
        raise SurveyCommandError(message) from None


def _save_mapping(
    table: SurveyTable, journey: JourneyMap, mapping: SurveyMapping, path: Path
) -> None:
    """JSON, or the workbook users fill in when the name ends in .xlsx."""
    from journey_designer.storage.jsonfile import write_atomically

    try:
        if path.suffix.lower() == ".xlsx":
            from journey_designer.survey.mapping_workbook import write_mapping_workbook

            write_mapping_workbook(table, journey, mapping, path)
        else:
            data = (mapping.model_dump_json(indent=2) + "\n").encode("utf-8")
            write_atomically(path, data)
    except OSError as error:
        raise SurveyCommandError(f"{path}: cannot write ({error.strerror or error})") from None


def _report(table: SurveyTable, plan: Any, output: Path) -> None:
    metrics = sum(len(m) for m in plan.card_metrics.values())
    metrics += sum(len(m) for m in plan.stage_metrics.values())
    print(
        f"{output}: {table.shape.format.name}, {table.n_responses} responses → {metrics} metrics, "
        f"{len(plan.curves)} measured curve(s), {len(plan.quotes)} quotes, "
        f"{len(plan.pain_points)} pain point(s)"
    )
    for warning in plan.warnings:
        print(f"warning: {warning}", file=sys.stderr)

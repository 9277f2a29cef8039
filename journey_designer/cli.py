"""The `journey-designer` command.

    journey-designer [FILE] [--lang zh|en]        open the app (on the sample map without FILE)
    journey-designer templates [--lang zh|en]     one template a line: id, a tab, its title
    journey-designer new --template ID [--lang zh|en] -o FILE
    journey-designer validate FILE...
    journey-designer inspect FILE [--sheet NAME] [--json]      what a survey spreadsheet holds
    journey-designer import FILE [--sheet NAME] [--mapping M.json] [--save-mapping M.json]
                     [--into MAP.journey.json] -o OUT.journey.json   (see cli_survey.py)
    journey-designer export MAP.journey.json -o OUT.pdf|.png|.svg|.md|.txt [--page A3]
                     [--orientation landscape|portrait] [--fit | --tile | --per-stage]
                     [--no-cover] [--dpi N]                          (see cli_export.py)
    journey-designer export MAP.journey.json -o OUT.xlsx   the marketing workbook
    journey-designer report MAP.journey.json [--json]      funnel, ROI, A/B tests (cli_report.py)
    journey-designer import-funnel FILE [--sheet NAME] --into MAP.journey.json
                     -o OUT.journey.json [--force]   funnel counts and costs (cli_funnel.py)
    journey-designer --version

Exit codes: 0 success; 1 bad input (a short message on stderr, never a traceback);
2 usage error. Heavy modules (Qt, the model) are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import locale
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from journey_designer import __version__

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
LANGUAGES = ("zh", "en")
COMMANDS = (
    "templates",
    "new",
    "validate",
    "inspect",
    "import",
    "export",
    "report",
    "import-funnel",
)

log = logging.getLogger("journey_designer")


class BadInput(Exception):
    """Input the user can fix; its message is printed on one line."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _use_utf8_output()
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args)
        return _run_app(args)
    except BadInput as error:
        print(f"journey-designer: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the user sees one line; the log keeps the traceback
        log.exception("unexpected error")
        print(f"journey-designer: unexpected error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _use_utf8_output() -> None:
    # Titles are often Chinese; a C locale or a pipe must not turn that into a traceback.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journey-designer",
        description="Customer journey map designer. Commands: "
        + ", ".join(COMMANDS)
        + " (see `journey-designer COMMAND --help`).",
    )
    parser.add_argument("--version", action="version", version=f"journey-designer {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="a .journey.json map to open")
    parser.add_argument("--lang", choices=LANGUAGES, help="user-interface language")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="journey-designer")
    commands = parser.add_subparsers(dest="command", required=True)

    templates = commands.add_parser("templates", help="list the bundled templates")
    templates.add_argument("--lang", choices=LANGUAGES, help="language of the titles")

    new = commands.add_parser("new", help="create a map from a template")
    new.add_argument("--template", required=True, help="template id (see `templates`)")
    new.add_argument("--lang", choices=LANGUAGES, help="language of the map's content")
    new.add_argument("-o", "--output", required=True, type=Path, help="the map file to write")
    new.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")

    validate = commands.add_parser("validate", help="check map files")
    validate.add_argument("files", nargs="+", type=Path)
    from journey_designer import cli_survey

    cli_survey.add_parsers(commands, LANGUAGES)
    from journey_designer import cli_export

    cli_export.add_parser(commands, LANGUAGES)
    from journey_designer import cli_report

    cli_report.add_parser(commands)
    from journey_designer import cli_funnel

    cli_funnel.add_parser(commands)
    return parser


def _run_app(args: list[str]) -> int:
    options = _app_parser().parse_args(args)
    if options.file is not None and not options.file.is_file():
        what = "is a folder, not a map file" if options.file.is_dir() else "no such file"
        raise BadInput(f"{options.file}: {what}")
    from journey_designer.ui.app import run  # Qt only when a window is wanted

    exit_code: int = run(options.file, options.lang)
    return exit_code


def _run_command(args: list[str]) -> int:
    options = _command_parser().parse_args(args)
    if options.command == "templates":
        return _list_templates(options.lang or _system_language())
    if options.command == "new":
        return _new_map(
            options.template, options.lang or _system_language(), options.output, options.force
        )
    if options.command in ("inspect", "import"):
        from journey_designer.cli_survey import SurveyCommandError, run

        try:
            return run(options)
        except SurveyCommandError as error:
            raise BadInput(str(error)) from None
    if options.command == "export":
        from journey_designer.cli_export import ExportCommandError
        from journey_designer.cli_export import run as run_export

        try:
            return run_export(options)
        except ExportCommandError as error:
            raise BadInput(str(error)) from None
    if options.command == "report":
        from journey_designer.cli_report import ReportCommandError
        from journey_designer.cli_report import run as run_report

        try:
            return run_report(options)
        except ReportCommandError as error:
            raise BadInput(str(error)) from None
    if options.command == "import-funnel":
        from journey_designer.cli_funnel import FunnelCommandError
        from journey_designer.cli_funnel import run as run_funnel

        try:
            return run_funnel(options)
        except FunnelCommandError as error:
            raise BadInput(str(error)) from None
    return _validate(options.files)


def _system_language() -> str:
    name = locale.getlocale()[0] or ""
    return "zh" if name.lower().startswith("zh") else "en"


def _list_templates(language: str) -> int:
    from journey_designer.templates import list_templates

    for info in list_templates(language):
        print(f"{info.template_id}\t{info.title}")
    return EXIT_OK


def _new_map(template_id: str, language: str, output: Path, force: bool) -> int:
    from journey_designer.storage import MapFileError, save_map
    from journey_designer.templates import UnknownTemplateError, new_map_from_template

    if output.is_dir():
        raise BadInput(f"{output}: is a folder; give a file name such as map.journey.json")
    if output.exists() and not force:
        raise BadInput(f"{output}: already exists (use --force to replace it)")
    try:
        journey = new_map_from_template(template_id, language)
        save_map(journey, output)
    except (UnknownTemplateError, MapFileError) as error:
        raise BadInput(str(error)) from None
    print(f"{output}: created from template {template_id} ({language})")
    return EXIT_OK


def _validate(files: list[Path]) -> int:
    from journey_designer.storage import MapFileError, check_map_file

    all_valid = True
    for path in files:
        try:
            _journey, problems = check_map_file(path)
        except MapFileError as error:
            print(error, file=sys.stderr)
            all_valid = False
            continue
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        if problems:
            all_valid = False
        else:
            print(f"{path}: valid")
    return EXIT_OK if all_valid else EXIT_BAD_INPUT

"""The desktop bundle's entry point: PyInstaller runs this file as `__main__`.

The bundle's one executable is the app, its command line, and the interpreter of the survey
reading child. `journey_designer/survey/sandbox.py` starts that child as `sys.executable`
with Python's own options (`-I -S -c BOOTSTRAP PATHS [warm]`, or
`-m journey_designer.survey.child [warm]`), which a frozen executable cannot take as
options: they are recognised here and served by the child's `main`, and every other command
line goes to `journey_designer.cli.main`. (The app does not use `multiprocessing`, whose
frozen children would need `multiprocessing.freeze_support()` here instead.)
"""

from __future__ import annotations

import sys

CHILD_MODULE = "journey_designer.survey.child"
CHILD_BOOTSTRAP_END = f"from {CHILD_MODULE} import main;main()"


def survey_child_arguments(argv: list[str]) -> list[str] | None:
    """The reading child's own arguments when `argv` (without the program's name) is the
    command line sandbox.py gives the child; None for any other command line."""
    if argv[:2] == ["-m", CHILD_MODULE]:
        return argv[2:]
    if argv[:3] == ["-I", "-S", "-c"] and len(argv) >= 5 and argv[3].endswith(CHILD_BOOTSTRAP_END):
        return argv[5:]  # argv[4]: import paths for a plain interpreter; the bundle has its own
    return None


def main() -> int:
    child_arguments = survey_child_arguments(sys.argv[1:])
    if child_arguments is not None:
        from journey_designer.survey.child import main as serve_one_request

        serve_one_request(child_arguments)  # ends the process itself
        return 0
    from journey_designer.cli import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())

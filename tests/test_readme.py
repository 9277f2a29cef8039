"""The README's two commands stay true: CI runs exactly the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    first_section = text.split("## Try it on a fresh machine", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", first_section)


def test_readme_starts_with_exactly_two_commands() -> None:
    run_app, run_tests = readme_commands()
    assert run_app.endswith("journey-designer")
    assert "pytest" in run_tests


def test_ci_runs_the_readmes_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    readme_test = readme_commands()[1]
    ci_command = ci.split("# The README's test command:\n", 1)[1].strip()
    assert ci_command == readme_test

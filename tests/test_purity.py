"""The model, layout and storage rooms import no Qt; the CLI's light commands import no Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def modules_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    "package",
    [
        "journey_designer.messages",  # the Qt-free packages' translatable messages
        "journey_designer.model",
        "journey_designer.storage",
        "journey_designer.layout",
        "journey_designer.fonts",
        "journey_designer.templates",
        "journey_designer.export",
        "journey_designer.export.draw",  # the PDF's map renderer: reportlab only when drawing
        "journey_designer.analytics",
        "journey_designer.analytics.workbook",  # openpyxl only when a workbook is built
    ],
)
def test_qt_free_rooms_import_no_pyside(package: str) -> None:
    loaded = modules_after(f"import {package}")
    assert not {name for name in loaded if name.startswith(("PySide6", "shiboken6"))}
    assert not {name for name in loaded if name.startswith(("reportlab", "openpyxl"))}


def test_validate_command_imports_no_qt(tmp_path: Path) -> None:
    code = "from journey_designer.cli import main\nmain(['validate', 'nothing.json'])"
    loaded = modules_after(code)
    assert not {name for name in loaded if name.startswith("PySide6")}

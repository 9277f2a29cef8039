"""The installed (non-editable) wheel finds its resources: templates, schema, translations."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_finds_its_resources(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(wheels.glob("journey_designer-*.whl"))

    # Dependencies come from this environment; the package itself only from the wheel.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=True)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    subprocess.run([python, "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)], check=True)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [python, "-c", "import journey_designer.resources as r; print(r.resources_root())"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        check=True,
    ).stdout.strip()
    assert str(env_dir) in where and "site-packages" in where

    command = bindir / "journey-designer"
    listed = subprocess.run(
        [command, "templates", "--lang", "zh"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        check=True,
    )
    template_id = listed.stdout.splitlines()[0].split("\t")[0]
    assert len(listed.stdout.splitlines()) >= 5
    output = elsewhere / "新地图.journey.json"
    subprocess.run(
        [command, "new", "--template", template_id, "--lang", "zh", "-o", output],
        check=True,
        cwd=elsewhere,
    )
    checked = subprocess.run(
        [command, "validate", output], capture_output=True, text=True, cwd=elsewhere, check=False
    )
    assert checked.returncode == 0, checked.stderr
    for resource in ("schema/journey.schema.json", "i18n/journey_designer_zh.qm"):
        assert (Path(where) / resource).is_file(), resource

"""The components About lists: each has a licence whose text is bundled, and a version."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest

from journey_designer import __version__
from journey_designer.components import (
    APP,
    COMPONENTS,
    MAP_FONT,
    PYTHON,
    QT,
    UNKNOWN_VERSION,
    Component,
    component_version,
    components_with_versions,
    font_component,
    licence_file_names,
)
from journey_designer.resources import resource

REPO = Path(__file__).resolve().parents[1]

# What the app needs at run time (pyproject's dependencies and what they pull in).
BUNDLED = {
    "PySide6-Essentials",
    "shiboken6",
    "pydantic",
    "pydantic-core",
    "python-calamine",
    "openpyxl",
    "et-xmlfile",
    "reportlab",
    "defusedxml",
}
LICENCES = {
    "Journey Designer": "MIT",
    "Python": "PSF-2.0",
    "Qt": "LGPL-3.0-only",
    "PySide6 (Qt for Python)": "LGPL-3.0-only",
    "shiboken6": "LGPL-3.0-only",
    "pydantic": "MIT",
    "pydantic-core": "MIT",
    "python-calamine": "MIT",
    "openpyxl": "MIT",
    "et-xmlfile": "MIT",
    "ReportLab": "BSD-3-Clause",
    "defusedxml": "PSF-2.0",
}


def test_every_bundled_package_is_listed() -> None:
    listed = {c.distribution for c in COMPONENTS if c.distribution}
    assert listed >= BUNDLED


@pytest.mark.parametrize("name", sorted(LICENCES))
def test_each_component_has_its_licence(name: str) -> None:
    component = next(c for c in COMPONENTS if c.name == name)
    assert component.licence == LICENCES[name]


@pytest.mark.parametrize("component", [*COMPONENTS, MAP_FONT], ids=lambda c: c.name)
def test_each_licence_text_is_bundled_and_names_its_licence(component: Component) -> None:
    assert component.licence and component.licence_files
    for name in component.licence_files:
        text = resource("licenses", name).read_text(encoding="utf-8")
        assert len(text) > 500, name
    own = resource("licenses", component.licence_files[0]).read_text(encoding="utf-8")
    words = {
        "MIT": "Permission is hereby granted, free of charge",
        "LGPL-3.0-only": "GNU LESSER GENERAL PUBLIC LICENSE",
        "PSF-2.0": "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2",
        "BSD-3-Clause": "Redistribution and use in source and binary forms",
    }
    if component.licence in words:
        assert words[component.licence] in own


def test_the_lgpl_comes_with_the_gpl_it_refers_to() -> None:
    assert "GNU GENERAL PUBLIC LICENSE" in resource("licenses", "GPL-3.0.txt").read_text("utf-8")
    assert "GPL-3.0.txt" in QT.licence_files


def test_every_licence_file_is_named_by_a_component() -> None:
    on_disk = {path.name for path in resource("licenses").glob("*.txt")}
    assert on_disk == set(licence_file_names())


def test_versions_are_the_ones_in_use() -> None:
    from importlib.metadata import version

    versions = {c.name: v for c, v in components_with_versions("6.9.9")}
    assert versions["Journey Designer"] == __version__
    assert versions["Python"] == platform.python_version()
    assert versions["Qt"] == "6.9.9"
    assert versions["pydantic"] == version("pydantic")
    assert versions["PySide6 (Qt for Python)"] == version("PySide6-Essentials")
    assert UNKNOWN_VERSION not in versions.values()


def test_a_package_without_metadata_shows_its_modules_version_or_a_dash() -> None:
    no_metadata = Component("x", "MIT", ("MIT-pydantic.txt",), None, "no-such-dist", "pydantic")
    import pydantic

    assert component_version(no_metadata) == pydantic.VERSION
    nothing = Component("y", "MIT", ("MIT-pydantic.txt",), None, "no-such-dist", "no_such_mod")
    assert component_version(nothing) == UNKNOWN_VERSION
    assert component_version(QT) == UNKNOWN_VERSION  # no Qt version handed in


def test_the_bundled_map_font_is_recognised() -> None:
    assert font_component("WenQuanYi Micro Hei") is MAP_FONT
    assert font_component("DejaVu Sans") is None
    assert "Apache-2.0" in MAP_FONT.licence and "GPL-3.0-or-later" in MAP_FONT.licence
    assert APP in COMPONENTS and PYTHON in COMPONENTS


def test_components_imports_no_qt() -> None:
    import subprocess
    import sys

    code = "import sys, journey_designer.components as c; c.components_with_versions(); "
    code += "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.stdout.strip() == "False", result.stderr

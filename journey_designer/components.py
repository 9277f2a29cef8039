"""What Journey Designer is built from: each bundled component, its licence and the file in
`resources/licenses/` with the licence text. Help ▸ About shows them with the versions
found at run time. No Qt here: the Qt version is handed in by the caller.
"""

from __future__ import annotations

import importlib
import platform
import sys
from dataclasses import dataclass
from importlib import metadata

from journey_designer import __version__

UNKNOWN_VERSION = "—"


@dataclass(frozen=True)
class Component:
    name: str  # as a user knows it
    licence: str  # SPDX expression
    licence_files: tuple[str, ...]  # in resources/licenses/, the first is the component's own
    url: str | None  # its home page
    distribution: str | None = None  # the installed package to ask for the version
    module: str | None = None  # whose __version__ is the fallback (a bundle may lack metadata)


APP = Component(
    "Journey Designer",
    "MIT",
    ("MIT-journey-designer.txt",),
    None,
    distribution="journey-designer",
    module="journey_designer",
)
PYTHON = Component("Python", "PSF-2.0", ("PSF-2.0-python.txt",), "https://www.python.org/")
QT = Component("Qt", "LGPL-3.0-only", ("LGPL-3.0.txt", "GPL-3.0.txt"), "https://www.qt.io/")
# The map font a desktop bundle carries (resources/fonts/); found on the system otherwise.
MAP_FONT = Component(
    "WenQuanYi Micro Hei",
    "Apache-2.0 OR GPL-3.0-or-later WITH Font-exception-2.0",
    ("wqy-microhei.txt", "Apache-2.0.txt", "GPL-3.0.txt"),
    "http://wenq.org/wqy2/index.cgi?MicroHei",
)
MAP_FONT_FAMILIES = ("WenQuanYi Micro Hei", "文泉驛微米黑", "文泉驿微米黑")

COMPONENTS: tuple[Component, ...] = (
    APP,
    PYTHON,
    QT,
    Component(
        "PySide6 (Qt for Python)",
        "LGPL-3.0-only",
        ("LGPL-3.0.txt", "GPL-3.0.txt"),
        "https://doc.qt.io/qtforpython-6/",
        distribution="PySide6-Essentials",
        module="PySide6",
    ),
    Component(
        "shiboken6",
        "LGPL-3.0-only",
        ("LGPL-3.0.txt", "GPL-3.0.txt"),
        "https://doc.qt.io/qtforpython-6/shiboken6/",
        distribution="shiboken6",
        module="shiboken6",
    ),
    Component(
        "pydantic",
        "MIT",
        ("MIT-pydantic.txt",),
        "https://docs.pydantic.dev/",
        distribution="pydantic",
        module="pydantic",
    ),
    Component(
        "pydantic-core",
        "MIT",
        ("MIT-pydantic-core.txt",),
        "https://github.com/pydantic/pydantic-core",
        distribution="pydantic-core",
        module="pydantic_core",
    ),
    Component(
        "python-calamine",
        "MIT",
        ("MIT-python-calamine.txt",),
        "https://github.com/dimastbk/python-calamine",
        distribution="python-calamine",
        module="python_calamine",
    ),
    Component(
        "openpyxl",
        "MIT",
        ("MIT-openpyxl.txt",),
        "https://openpyxl.readthedocs.io/",
        distribution="openpyxl",
        module="openpyxl",
    ),
    Component(
        "et-xmlfile",
        "MIT",
        ("MIT-et-xmlfile.txt",),
        "https://foss.heptapod.net/openpyxl/et_xmlfile",
        distribution="et-xmlfile",
        module="et_xmlfile",
    ),
    Component(
        "ReportLab",
        "BSD-3-Clause",
        ("BSD-reportlab.txt",),
        "https://www.reportlab.com/opensource/",
        distribution="reportlab",
        module="reportlab",
    ),
    Component(
        "rl_accel",
        "BSD-3-Clause",
        ("BSD-rl-accel.txt",),
        "https://pypi.org/project/rl_accel/",
        distribution="rl_accel",
        module="_rl_accel",
    ),
    Component(
        "defusedxml",
        "PSF-2.0",
        ("PSF-2.0-defusedxml.txt",),
        "https://github.com/tiran/defusedxml",
        distribution="defusedxml",
        module="defusedxml",
    ),
)


def component_version(component: Component, qt_version: str | None = None) -> str:
    """The version in use: the installed package's, else its module's `__version__`, else "—"."""
    if component is APP:
        return __version__
    if component is PYTHON:
        return platform.python_version()
    if component is QT:
        return qt_version or UNKNOWN_VERSION
    if component.distribution is not None:
        try:
            return metadata.version(component.distribution)
        except metadata.PackageNotFoundError:
            pass
    return _module_version(component.module)


def _module_version(name: str | None) -> str:
    if name is None:
        return UNKNOWN_VERSION
    module = sys.modules.get(name)
    if module is None:
        try:
            module = importlib.import_module(name)
        except ImportError:
            return UNKNOWN_VERSION
    version = getattr(module, "__version__", None) or getattr(module, "version", None)
    return version if isinstance(version, str) and version else UNKNOWN_VERSION


def components_with_versions(qt_version: str | None = None) -> list[tuple[Component, str]]:
    return [(component, component_version(component, qt_version)) for component in COMPONENTS]


def font_component(family: str) -> Component | None:
    """The bundled font's entry when the map is drawn in it; None for another font."""
    return MAP_FONT if family in MAP_FONT_FAMILIES else None


def licence_file_names() -> list[str]:
    """Every licence file the components name, each once, in order."""
    names = [name for c in (*COMPONENTS, MAP_FONT) for name in c.licence_files]
    return list(dict.fromkeys(names))

"""Find bundled resources (templates, schema, translations, icons, fonts).

In a checkout they are in `<repo>/resources/`; in an installed wheel they are packaged as
`journey_designer/resources/`. One lookup module, and an unknown name raises.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


class MissingResourceError(LookupError):
    pass


@cache
def resources_root() -> Path:
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if bundle:
        candidates.insert(0, Path(bundle) / "journey_designer" / "resources")
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise MissingResourceError("Journey Designer's resources folder is missing; reinstall the app")


def resource(*parts: str) -> Path:
    """The path of a bundled resource, e.g. `resource("icons", "app.svg")`; raises if absent."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(f"missing resource: {'/'.join(parts)}")
    return path


def templates_dir() -> Path:
    return resource("templates")


def schema_path() -> Path:
    return resources_root() / "schema" / "journey.schema.json"


def translation_path(language: str) -> Path:
    return resource("i18n", f"journey_designer_{language}.qm")


def icon_path(name: str) -> Path:
    return resource("icons", name)

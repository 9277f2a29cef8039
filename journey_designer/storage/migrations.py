"""Migrations of older map files to the current schema.

`MIGRATIONS[n]` turns a version-n document (a plain dict, as parsed from JSON) into a
version-(n+1) document. Each older version has a stored sample under
`tests/data/migrations/` that the tests load through this chain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journey_designer.model.entities import SCHEMA_VERSION

Document = dict[str, Any]
Migration = Callable[[Document], Document]

# Version 1 is the first released schema: nothing to migrate yet.
MIGRATIONS: dict[int, Migration] = {}


def migrate(document: Document, from_version: int) -> Document:
    """Bring `document` from `from_version` up to SCHEMA_VERSION, one step at a time."""
    version = from_version
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise LookupError(f"no migration from schema version {version}")
        document = step(document)
        version += 1
        document["schema_version"] = version
    return document

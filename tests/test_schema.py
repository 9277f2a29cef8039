"""The published JSON Schema is generated from the model and must not go stale."""

from __future__ import annotations

import json

from journey_designer.resources import schema_path
from journey_designer.storage.schema import schema_text


def test_published_schema_matches_the_model() -> None:
    published = schema_path().read_text(encoding="utf-8")
    assert published == schema_text(), (
        "resources/schema/journey.schema.json is stale: run "
        "`python -m journey_designer.storage.schema`"
    )


def test_schema_names_the_format_and_required_fields() -> None:
    schema = json.loads(schema_text())
    assert schema["properties"]["format"]["const"] == "journey-designer"
    assert {"id", "title"} <= set(schema["required"])

"""The JSON Schema of the map file, generated from the model.

`python -m journey_designer.storage.schema` rewrites `resources/schema/journey.schema.json`;
a test fails when the published file is stale.
"""

from __future__ import annotations

import json

from journey_designer.model.entities import JourneyMap


def schema_text() -> str:
    schema = JourneyMap.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://journey-designer.invalid/schema/journey.schema.json"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    from journey_designer.resources import schema_path

    schema_path().write_text(schema_text(), encoding="utf-8")
    print(schema_path())

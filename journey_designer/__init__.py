"""Journey Designer: a desktop customer-journey-map designer.

Rooms: `model` (the document, pydantic, no Qt), `storage` (the JSON file), `layout`
(geometry in points, no Qt), `ui` (Qt), `cli` (the `journey-designer` command).
"""

__version__ = "0.1.0"

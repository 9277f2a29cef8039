"""Stable string ids: a short kind prefix and random hex, unique within a map."""

from __future__ import annotations

import secrets


def new_id(prefix: str, taken: set[str] | None = None) -> str:
    """A fresh id such as `card-3f9a1c0b`, not in `taken`."""
    while True:
        candidate = f"{prefix}-{secrets.token_hex(4)}"
        if taken is None or candidate not in taken:
            return candidate

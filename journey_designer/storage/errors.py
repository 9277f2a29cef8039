"""Errors a user can cause with a map file: one line each, naming the file and the place."""

from __future__ import annotations

from journey_designer.messages import UserError


class MapFileError(UserError):
    """A map file cannot be read or written; `str(error)` is the line to show the user
    (in English; the UI translates `error.message`)."""


class UnsupportedVersionError(MapFileError):
    """The file was written by a newer Journey Designer."""

"""Errors a user can cause with a map file: one line each, naming the file and the place."""

from __future__ import annotations


class MapFileError(Exception):
    """A map file cannot be read or written; `str(error)` is the line to show the user."""


class UnsupportedVersionError(MapFileError):
    """The file was written by a newer Journey Designer."""

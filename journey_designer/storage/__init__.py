"""Loading and saving `*.journey.json` files (no Qt)."""

from journey_designer.storage.errors import MapFileError, UnsupportedVersionError
from journey_designer.storage.jsonfile import (
    BACKUP_SUFFIX,
    FILE_SUFFIX,
    check_map_file,
    dump_map,
    load_map,
    parse_map,
    save_map,
)

__all__ = [
    "BACKUP_SUFFIX",
    "FILE_SUFFIX",
    "MapFileError",
    "UnsupportedVersionError",
    "check_map_file",
    "dump_map",
    "load_map",
    "parse_map",
    "save_map",
]

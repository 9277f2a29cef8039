"""Recovery files: the autosaved copies of maps with unsaved changes (no Qt).

One recovery per open document, named by a key (`KEY.journey.json`, written with the
atomic `save_map`), and a small sidecar (`KEY.recovery.json`) naming the map's own file
and the time. The sidecar is written first: a process killed between the two writes
leaves either a sidecar alone (never listed) or a listed map with its sidecar, never a
map that has forgotten its file. The time shown is the map file's own.

The UI decides where the folder is and when to write; this module writes, lists, reads
and deletes. A recovery that cannot be read never raises: it comes back with a one-line
`problem`, and `set_aside` moves its files into `damaged/`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from journey_designer.messages import QT_TRANSLATE_NOOP, Message, message
from journey_designer.model.entities import JourneyMap
from journey_designer.storage.errors import MapFileError
from journey_designer.storage.jsonfile import BACKUP_SUFFIX, FILE_SUFFIX, load_map, save_map

SIDECAR_SUFFIX = ".recovery.json"
SIDECAR_FORMAT = "journey-designer-recovery"
DAMAGED_FOLDER = "damaged"
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class RecoveredMap:
    key: str
    original_path: Path | None  # the file the map belongs to; None for an untitled map
    saved_at: datetime  # when the map was last written (UTC)
    title: str
    journey: JourneyMap | None  # None when the recovery cannot be read
    problem: str = ""  # why it cannot be restored, on one line; "" when it can
    problem_message: Message | None = None  # the same, for the UI to translate

    @property
    def restorable(self) -> bool:
        return self.journey is not None


def map_file(folder: Path, key: str) -> Path:
    return folder / f"{_checked(key)}{FILE_SUFFIX}"


def sidecar_file(folder: Path, key: str) -> Path:
    return folder / f"{_checked(key)}{SIDECAR_SUFFIX}"


def write_recovery(folder: Path, key: str, journey: JourneyMap, original_path: Path | None) -> Path:
    """Write (or overwrite) the recovery of one document; raises MapFileError."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise MapFileError(
            QT_TRANSLATE_NOOP("Messages", "Could not create {folder}: {reason}"),
            folder=str(folder),
            reason=error.strerror or str(error),
        ) from None
    header = {
        "format": SIDECAR_FORMAT,
        "version": 1,
        "original_path": str(original_path) if original_path is not None else None,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "title": journey.title,
    }
    _write_atomically(sidecar_file(folder, key), json.dumps(header, ensure_ascii=False).encode())
    target = map_file(folder, key)
    save_map(journey, target)
    return target


def recovery_keys(folder: Path) -> list[str]:
    """The keys of the recoveries in `folder`, newest first."""
    try:
        names = [p.name for p in folder.iterdir() if p.name.endswith(FILE_SUFFIX)]
    except OSError:  # no folder yet, or unreadable: nothing to offer
        return []
    keys = [name[: -len(FILE_SUFFIX)] for name in names]
    keys = [key for key in keys if _KEY.match(key) and map_file(folder, key).is_file()]
    return sorted(keys, key=lambda key: _mtime(map_file(folder, key)), reverse=True)


def read_recovery(folder: Path, key: str) -> RecoveredMap:
    """One recovery; a damaged one comes back with its `problem` instead of a map."""
    original, saved_at, title = _read_sidecar(folder, key)
    target = map_file(folder, key)
    journey, problem = _read_map(target)
    if journey is None:  # the autosave before it is better than nothing
        journey, _ = _read_map(target.with_name(target.name + BACKUP_SUFFIX))
    if journey is not None:
        return RecoveredMap(key, original, saved_at, journey.title, journey)
    return RecoveredMap(key, original, saved_at, title, None, str(problem), problem)


def remove_recovery(folder: Path, key: str) -> None:
    """Delete a recovery's files (the map first: a lone sidecar is never listed)."""
    target = map_file(folder, key)
    for path in (target, target.with_name(target.name + BACKUP_SUFFIX), sidecar_file(folder, key)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def set_aside(folder: Path, key: str) -> Path:
    """Move a damaged recovery's files into `damaged/` (kept for a closer look); that folder."""
    damaged = folder / DAMAGED_FOLDER
    damaged.mkdir(parents=True, exist_ok=True)
    target = map_file(folder, key)
    for path in (target, target.with_name(target.name + BACKUP_SUFFIX), sidecar_file(folder, key)):
        with contextlib.suppress(FileNotFoundError):
            os.replace(path, damaged / path.name)
    return damaged


def _read_map(path: Path) -> tuple[JourneyMap | None, Message | None]:
    try:
        return load_map(path), None
    except MapFileError as error:
        return None, error.message
    except Exception as error:  # whatever is in a damaged file, the start must go on
        unreadable = QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read ({reason})")
        return None, message(unreadable, path=path.name, reason=type(error).__name__)


def _read_sidecar(folder: Path, key: str) -> tuple[Path | None, datetime, str]:
    """Original path, time written, title; a missing or damaged sidecar gives what the map has."""
    saved_at = _mtime(map_file(folder, key))  # the sidecar's time may be a moment early
    try:
        header = json.loads(sidecar_file(folder, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, saved_at, ""
    if not isinstance(header, dict) or header.get("format") != SIDECAR_FORMAT:
        return None, saved_at, ""
    original, title = header.get("original_path"), header.get("title")
    return (
        Path(original) if isinstance(original, str) and original else None,
        saved_at,
        title if isinstance(title, str) else "",
    )


def _mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
    except OSError:
        return datetime.now(UTC).replace(microsecond=0)


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise MapFileError(
            QT_TRANSLATE_NOOP("Messages", "Could not write {file}: {reason}"),
            file=path.name,
            reason=error.strerror or str(error),
        ) from None


def _checked(key: str) -> str:
    if not _KEY.match(key):
        raise ValueError(f"not a recovery key: {key!r}")
    return key

"""The `*.journey.json` file: load with clear errors, save atomically with a backup.

The file is UTF-8 JSON, indented, keys in the model's field order (so two versions of a
map diff readably), with `format: "journey-designer"` and `schema_version`.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from journey_designer.model.entities import FORMAT_NAME, SCHEMA_VERSION, JourneyMap
from journey_designer.model.integrity import Problem, find_problems
from journey_designer.perf import collector_paused
from journey_designer.storage.errors import MapFileError, UnsupportedVersionError
from journey_designer.storage.migrations import migrate

FILE_SUFFIX = ".journey.json"
BACKUP_SUFFIX = ".bak"


def load_map(path: str | os.PathLike[str]) -> JourneyMap:
    """Read and check a map file; raises MapFileError with one line a user can act on."""
    journey, problems = check_map_file(path)
    if journey is None or problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise _with_kind(first, f"{Path(path).name}: {first}{more}")
    return journey


def check_map_file(path: str | os.PathLike[str]) -> tuple[JourneyMap | None, list[Problem]]:
    """The map in a file and every problem found in it (the map is None when unreadable)."""
    raw = _read_bytes(Path(path))
    with collector_paused():
        return parse_map(raw)


def parse_map(raw: bytes) -> tuple[JourneyMap | None, list[Problem]]:
    """The map in a file's bytes and every problem found in it."""
    if not raw.strip():
        return None, [Problem("", "the file is empty")]
    # Fast path: a current, well-formed file is validated straight from its bytes.
    try:
        journey = JourneyMap.model_validate_json(raw)
    except ValidationError:
        pass
    else:
        if journey.schema_version == SCHEMA_VERSION:
            return journey, find_problems(journey)
    return _parse_carefully(raw)


def _parse_carefully(raw: bytes) -> tuple[JourneyMap | None, list[Problem]]:
    """The slow path, for the exact message: decode, JSON, format, version, fields."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [Problem("", "not a text file (it holds binary data); is it a map?")]
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return None, [Problem("", _json_error_message(error, text))]
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        return None, [
            Problem("format", f'not a Journey Designer map (no "format": "{FORMAT_NAME}")')
        ]
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return None, [Problem("schema_version", "missing or not a positive whole number")]
    if version > SCHEMA_VERSION:
        return None, [_NewerVersion(version)]
    if version < SCHEMA_VERSION:
        try:
            document = migrate(document, version)
        except (LookupError, KeyError, TypeError, ValueError) as error:
            return None, [
                Problem("schema_version", f"cannot upgrade from version {version}: {error}")
            ]
    try:
        journey = JourneyMap.model_validate(document)
    except ValidationError as error:
        return None, [_validation_problem(e) for e in error.errors()]
    return journey, find_problems(journey)


class _NewerVersion(Problem):
    def __init__(self, version: int) -> None:
        super().__init__(
            "schema_version",
            f"written by a newer Journey Designer (schema version {version}; this version "
            f"reads up to {SCHEMA_VERSION}). Update Journey Designer to open it.",
        )


def _with_kind(problem: Problem, message: str) -> MapFileError:
    if isinstance(problem, _NewerVersion):
        return UnsupportedVersionError(message)
    return MapFileError(message)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise MapFileError(f"{path}: is a folder, not a map file") from None
    except FileNotFoundError:
        raise MapFileError(f"{path}: no such file") from None
    except PermissionError:
        raise MapFileError(f"{path}: permission denied") from None
    except OSError as error:
        raise MapFileError(f"{path}: cannot be read ({error.strerror or error})") from None


def _json_error_message(error: json.JSONDecodeError, text: str) -> str:
    where = f"line {error.lineno}, column {error.colno}"
    if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated"):
        return f"not valid JSON: the file ends too early ({where}); it may be truncated"
    return f"not valid JSON: {error.msg} ({where})"


def _validation_problem(error: Any) -> Problem:
    path = ""
    for part in error["loc"]:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    message = str(error["msg"])
    if error["type"] == "missing":
        message = "field required"
    elif error["type"] == "extra_forbidden":
        message = "unknown field"
    return Problem(path, message)


def dump_map(journey: JourneyMap) -> bytes:
    """The file's bytes: UTF-8 (Chinese kept as is), indented, model field order."""
    return journey.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_map(journey: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write atomically, keeping the previous version as `NAME.bak` (see `write_atomically`)."""
    target = Path(path)
    try:
        write_atomically(target, dump_map(journey), keep_backup=True)
    except OSError as error:
        raise _save_error(target, error) from None


def write_atomically(target: Path, data: bytes, keep_backup: bool = False) -> None:
    """Temp file in the same folder, fsync, rename over the target, sync the folder.

    If anything fails on the way (disk full, killed), the old file is untouched and no
    temp file is left behind; the OSError reaches the caller.
    """
    folder = target.parent if str(target.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        _copy_mode(target, temp_name)
        if keep_backup and target.exists():
            _keep_backup(target)
        os.replace(temp_name, target)
        _sync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _copy_mode(target: Path, temp_name: str) -> None:
    """mkstemp makes 0600 files: give the new file the old one's mode, or the umask default."""
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):  # some file systems (FAT, shares) have no modes
        os.chmod(temp_name, mode)


def _keep_backup(target: Path) -> None:
    """Make `NAME.bak` the current file, atomically, before the new one replaces it."""
    backup = target.with_name(target.name + BACKUP_SUFFIX)
    staging = target.with_name(f".{target.name}.bak.tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        os.link(target, staging)  # cheap: the rename below gives the target a new inode
    except OSError:
        staging.write_bytes(target.read_bytes())  # file systems without hard links
    os.replace(staging, backup)


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder is synced; not every platform allows it.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _save_error(target: Path, error: OSError) -> MapFileError:
    reason = error.strerror or str(error)
    return MapFileError(f"Could not save {target.name}: {reason}. The previous file is unchanged.")

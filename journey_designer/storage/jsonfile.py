"""The `*.journey.json` file: load with clear errors, save atomically with a backup.

The file is UTF-8 JSON, indented, keys in the model's field order (so two versions of a
map diff readably), with `format: "journey-designer"` and `schema_version`.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from journey_designer.messages import QT_TRANSLATE_NOOP, Message, message
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
        first, name = problems[0], Path(path).name
        said = first.said if isinstance(first, _FileProblem) and first.said else str(first)
        if len(problems) == 1:
            text = message(
                QT_TRANSLATE_NOOP("Messages", "{file}: {problem}"), file=name, problem=said
            )
        else:
            text = message(
                QT_TRANSLATE_NOOP("Messages", "{file}: {problem} (and {count} more problems)"),
                file=name, problem=said, count=len(problems) - 1,
            )  # fmt: skip
        raise _with_kind(first, text)
    return journey


@dataclass(frozen=True)
class _FileProblem(Problem):
    """A problem found here, not by `find_problems`: `said` is `str(problem)` as a Message
    for the UI to translate (`message` stays the English text, as in every Problem)."""

    said: Message | None = None


class _NewerVersion(_FileProblem):
    pass


def _problem(path: str, said: Message, kind: type[_FileProblem] = _FileProblem) -> _FileProblem:
    """The problem `said` at `path` in the file ("" for the file as a whole)."""
    if not path:
        return kind(path, str(said), said)
    placed = QT_TRANSLATE_NOOP("Messages", "{place}: {problem}")
    return kind(path, str(said), message(placed, place=path, problem=said))


def check_map_file(path: str | os.PathLike[str]) -> tuple[JourneyMap | None, list[Problem]]:
    """The map in a file and every problem found in it (the map is None when unreadable)."""
    raw = _read_bytes(Path(path))
    with collector_paused():
        return parse_map(raw)


def parse_map(raw: bytes) -> tuple[JourneyMap | None, list[Problem]]:
    """The map in a file's bytes and every problem found in it."""
    if not raw.strip():
        return None, [_problem("", message(QT_TRANSLATE_NOOP("Messages", "the file is empty")))]
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
        binary = QT_TRANSLATE_NOOP(
            "Messages", "not a text file (it holds binary data); is it a map?"
        )
        return None, [_problem("", message(binary))]
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return None, [_problem("", _json_error_message(error, text))]
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        foreign = QT_TRANSLATE_NOOP(
            "Messages", 'not a Journey Designer map (no "format": "{format}")'
        )
        return None, [_problem("format", message(foreign, format=FORMAT_NAME))]
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        missing = QT_TRANSLATE_NOOP("Messages", "missing or not a positive whole number")
        return None, [_problem("schema_version", message(missing))]
    if version > SCHEMA_VERSION:
        return None, [_newer_version(version)]
    if version < SCHEMA_VERSION:
        try:
            document = migrate(document, version)
        except (LookupError, KeyError, TypeError, ValueError) as error:
            stuck = QT_TRANSLATE_NOOP("Messages", "cannot upgrade from version {version}: {reason}")
            return None, [
                _problem("schema_version", message(stuck, version=version, reason=str(error)))
            ]
    try:
        journey = JourneyMap.model_validate(document)
    except ValidationError as error:
        return None, [_validation_problem(e) for e in error.errors()]
    return journey, find_problems(journey)


def _newer_version(version: int) -> _FileProblem:
    said = message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "written by a newer Journey Designer (schema version {version}; this version "
            "reads up to {supported}). Update Journey Designer to open it.",
        ),
        version=version,
        supported=SCHEMA_VERSION,
    )
    return _problem("schema_version", said, _NewerVersion)


def _with_kind(problem: Problem, said: Message) -> MapFileError:
    if isinstance(problem, _NewerVersion):
        return UnsupportedVersionError(said)
    return MapFileError(said)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise MapFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: is a folder, not a map file"), path=str(path)
        ) from None
    except FileNotFoundError:
        raise MapFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: no such file"), path=str(path)
        ) from None
    except PermissionError:
        raise MapFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: permission denied"), path=str(path)
        ) from None
    except OSError as error:
        raise MapFileError(
            QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read ({reason})"),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None


def _json_error_message(error: json.JSONDecodeError, text: str) -> Message:
    if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated"):
        return message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "not valid JSON: the file ends too early (line {line}, column {column}); "
                "it may be truncated",
            ),
            line=error.lineno,
            column=error.colno,
        )
    return message(
        QT_TRANSLATE_NOOP("Messages", "not valid JSON: {reason} (line {line}, column {column})"),
        reason=error.msg,  # the json module's English
        line=error.lineno,
        column=error.colno,
    )


def _validation_problem(error: Any) -> Problem:
    path = ""
    for part in error["loc"]:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    if error["type"] == "missing":
        return _problem(path, message(QT_TRANSLATE_NOOP("Messages", "field required")))
    if error["type"] == "extra_forbidden":
        return _problem(path, message(QT_TRANSLATE_NOOP("Messages", "unknown field")))
    return Problem(path, str(error["msg"]))  # pydantic's English


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
    return MapFileError(
        QT_TRANSLATE_NOOP(
            "Messages", "Could not save {file}: {reason}. The previous file is unchanged."
        ),
        file=target.name,
        reason=error.strerror or str(error),
    )

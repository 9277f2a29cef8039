"""The survey import's work that runs off the GUI thread: read, understand, suggest, plan.

No Qt here: each function takes `progress(done, total)` and `should_cancel()` callables and
runs inside `survey_worker.BackgroundTask`'s thread. The spreadsheet itself is read in a
child process (`survey.sandbox`), so a crafted file can never take the app down; typing
the columns and planning the import are pure Python on the read table.

The journey passed in is a copy taken on the GUI thread: the worker never reads the map
the window is editing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from journey_designer.model import JourneyMap, SurveyMapping, SurveySource
from journey_designer.survey import precheck, sandbox
from journey_designer.survey.apply import ImportPlan, make_source, plan_import
from journey_designer.survey.cells import ImportCancelled, ReadResult
from journey_designer.survey.mapping import refind_columns, suggest_mapping
from journey_designer.survey.table import SurveyTable, understand

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass
class LoadedSurvey:
    """A read and understood sheet with the mapping the user is editing."""

    path: Path
    read: ReadResult
    table: SurveyTable
    mapping: SurveyMapping


@dataclass
class RefreshResult:
    """What Refresh data found: nothing new (`unchanged`), or the plan to apply."""

    unchanged: bool
    table: SurveyTable | None = None
    plan: ImportPlan | None = None
    missing_columns: list[str] = field(default_factory=list)  # mapped, no longer in the file


def load_survey(
    path: Path, sheet: str | None, journey: JourneyMap, progress: Progress, cancel: ShouldCancel
) -> LoadedSurvey:
    """Read one sheet of `path`, find its header rows and column types, suggest a mapping."""
    read = sandbox.read_survey(path, sheet, progress=progress, should_cancel=cancel)
    _check(cancel)
    return understood(path, read, None, journey)


def understood(
    path: Path, read: ReadResult, header_rows: int | None, journey: JourneyMap
) -> LoadedSurvey:
    """The read sheet typed with `header_rows` (None: as detected), with a fresh suggestion."""
    table = understand(read, header_rows)
    mapping = suggest_mapping(table, journey)
    if header_rows is not None:
        mapping.header_rows = header_rows
    return LoadedSurvey(path, read, table, mapping)


def plan_survey(
    loaded: LoadedSurvey, journey: JourneyMap, source_id: str | None = None
) -> ImportPlan:
    """What importing `loaded` with its current mapping would change on `journey`."""
    mapping = loaded.mapping.model_copy(deep=True)  # the wizard keeps editing its own
    source = make_source(loaded.table, mapping, loaded.path, source_id, taken=journey.all_ids())
    return plan_import(journey, loaded.table, source)


def refresh_survey(
    source: SurveySource, path: Path, journey: JourneyMap, progress: Progress,
    cancel: ShouldCancel,
) -> RefreshResult:  # fmt: skip
    """Read `path` again and plan the import with `source`'s saved mapping."""
    if precheck.file_sha256(path) == source.sha256:
        return RefreshResult(unchanged=True)
    read = sandbox.read_survey(path, source.sheet or None, progress=progress, should_cancel=cancel)
    _check(cancel)
    table = understand(read, source.mapping.header_rows)
    mapping, missing = remap(source.mapping, table)
    fresh = make_source(table, mapping, path, source_id=source.id)
    return RefreshResult(False, table, plan_import(journey, table, fresh), missing)


def remap(saved: SurveyMapping, table: SurveyTable) -> tuple[SurveyMapping, list[str]]:
    """The saved mapping on the file as it is now (see `refind_columns`)."""
    return refind_columns(table, saved)


def _check(cancel: ShouldCancel) -> None:
    if cancel():
        raise ImportCancelled()

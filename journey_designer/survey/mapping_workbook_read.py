"""Reading a filled-in mapping workbook back into a SurveyMapping (see mapping_workbook.py)."""

from __future__ import annotations

import math
import zipfile
from collections.abc import Collection, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from journey_designer.messages import QT_TRANSLATE_NOOP, Message, message
from journey_designer.model import ColumnMapping, JourneyMap, MetricKind, SurveyMapping
from journey_designer.survey.columns import Role
from journey_designer.survey.headers import column_letter
from journey_designer.survey.mapping_workbook import (
    _LABEL,
    _LETTERS,
    _NO,
    _YES,
    ANSWERS,
    FILTER,
    FILTER_COLUMN,
    HEADER_ROWS,
    INCLUDE_PERSONAL,
    KEEP,
    MAPPING,
    MAX_UNZIPPED,
    MEASURE_METRICS,
    READ_COLUMNS,
    SEGMENT_COLUMN,
    SEGMENTS,
    MappingWorkbookError,
    Rows,
    _key,
    _Names,
    _unique,
)
from journey_designer.survey.values import clean_text

# --- reading --------------------------------------------------------------------------------

_MISSING: tuple[Message, Any] = (Message(""), None)  # a setting the workbook lacks: blank


def read_mapping_workbook(path: Path, journey: JourneyMap) -> SurveyMapping:
    """The mapping a user filled in, with the map's names turned back into its ids.

    Raises MappingWorkbookError with a one-line message naming the sheet, row and value
    when the file is not a mapping workbook or a value means nothing on `journey`.
    """
    path = Path(path)
    workbook = _open(path)
    try:
        if MAPPING not in workbook.sheetnames:
            raise MappingWorkbookError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file} has no {sheet!r} sheet: is it a mapping workbook written by"
                    " Journey Designer?",
                ),
                file=path.name,
                sheet=MAPPING,
            )
        sheets = {name: _rows(workbook, name) for name in (MAPPING, SEGMENTS, FILTER)}
    finally:
        workbook.close()
    names = _Names(journey)
    columns, survey = _read_mapping(sheets[MAPPING], names)
    settings, answers = _settings(sheets[SEGMENTS], SEGMENTS, ANSWERS)
    personas: dict[str, str] = {}
    for where, answer, persona in answers:
        if persona and not answer:
            raise MappingWorkbookError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{where}: persona {persona!r} has no answer beside it"
                ),
                where=where,
                persona=persona,
            )
        if persona:
            persona_id = names.personas.get(_key(persona))
            if persona_id is None:
                raise MappingWorkbookError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{where}: no persona named {persona!r} on the map"
                    ),
                    where=where,
                    persona=persona,
                )
            personas.setdefault(answer, persona_id)
    filters, kept = _settings(sheets[FILTER], FILTER, KEEP)
    return SurveyMapping(
        header_rows=_header_rows(*settings.get(HEADER_ROWS, _MISSING)),
        columns=columns,
        segment_column=_survey_column(*settings.get(SEGMENT_COLUMN, _MISSING), survey),
        segment_personas=personas,
        filter_column=_survey_column(*filters.get(FILTER_COLUMN, _MISSING), survey),
        filter_values=_unique(value for _, value, _ in kept),
        include_personal=_yes_no(*settings.get(INCLUDE_PERSONAL, _MISSING), INCLUDE_PERSONAL),
    )


def _open(path: Path) -> Any:
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # a declared dependency: without it openpyxl parses XML unguarded
        raise MappingWorkbookError(
            QT_TRANSLATE_NOOP("Messages", "defusedxml is missing: reinstall Journey Designer")
        )
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except OSError as error:
        raise MappingWorkbookError(
            QT_TRANSLATE_NOOP("Messages", "Could not open {file}: {reason}"),
            file=path.name,
            reason=error.strerror or str(error) or type(error).__name__,
        ) from error
    except (zipfile.BadZipFile, ValueError) as error:
        raise MappingWorkbookError(
            QT_TRANSLATE_NOOP("Messages", "{file} is not an .xlsx workbook"), file=path.name
        ) from error
    if size > MAX_UNZIPPED:
        raise MappingWorkbookError(
            QT_TRANSLATE_NOOP("Messages", "{file} is too large for a mapping workbook"),
            file=path.name,
        )
    try:
        return openpyxl.load_workbook(path, read_only=False, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        raise MappingWorkbookError(
            QT_TRANSLATE_NOOP(
                "Messages", "{file} is not an .xlsx workbook Journey Designer can read ({kind})"
            ),
            file=path.name,
            kind=type(error).__name__,
        ) from error


def _rows(workbook: Any, name: str) -> Rows:
    return list(workbook[name].iter_rows(values_only=True)) if name in workbook.sheetnames else []


def _cell(cells: tuple[Any, ...], position: int | None) -> Any:
    return cells[position] if position is not None and position < len(cells) else None


def _read_mapping(rows: Rows, names: _Names) -> tuple[list[ColumnMapping], dict[int, str]]:
    """The column mappings, and every survey column listed (index -> header)."""
    positions: dict[str, int] = {}
    for position, value in enumerate(rows[0] if rows else ()):
        positions.setdefault(_text(value).casefold(), position)
    for name in READ_COLUMNS:
        if name.casefold() not in positions:
            raise MappingWorkbookError(
                QT_TRANSLATE_NOOP("Messages", "{sheet} sheet: row 1 has no {column!r} column"),
                sheet=MAPPING,
                column=name,
            )
    columns: list[ColumnMapping] = []
    survey: dict[int, str] = {}
    seen: dict[int, int] = {}
    for number, cells in enumerate(rows[1:], start=2):
        row = {name: _cell(cells, positions[name.casefold()]) for name in READ_COLUMNS}
        where, letters = _row(MAPPING, number), _text(row["Column"]).upper()
        if not letters:
            if any(_text(value) for value in row.values()):
                raise MappingWorkbookError(
                    QT_TRANSLATE_NOOP("Messages", "{where}: the Column cell (A, B, ...) is empty"),
                    where=where,
                )
            continue
        if not _LETTERS.match(letters):
            raise MappingWorkbookError(
                QT_TRANSLATE_NOOP("Messages", "{where}: {letters!r} is not a column letter"),
                where=where,
                letters=letters,
            )
        index = _column_index(letters)
        if index in seen:
            raise MappingWorkbookError(
                QT_TRANSLATE_NOOP("Messages", "{where}: column {letters} is on row {other} too"),
                where=where,
                letters=letters,
                other=seen[index],
            )
        seen[index] = number
        header = row["Header"]
        survey[index] = header if isinstance(header, str) else _text(header)
        if _text(row["Role"]):
            columns.append(_column_mapping(row, index, survey[index], names, where))
    return columns, survey


def _row(sheet: str, number: int) -> Message:
    """Where a value is: "Mapping row 5" (the sheet's name as the workbook has it)."""
    return message(QT_TRANSLATE_NOOP("Messages", "{sheet} row {row}"), sheet=sheet, row=number)


def _column_mapping(
    row: dict[str, Any], index: int, header: str, names: _Names, where: Message
) -> ColumnMapping:
    role = _choice(_text(row["Role"]), [r.value for r in Role], [r.value for r in Role],
                   "role", where)  # fmt: skip
    stage_name, title = _text(row["Stage"]), _text(row["Touchpoint"])
    stage_id: str | None = None
    if stage_name:
        stage_id = names.stages.get(_key(stage_name))
        if stage_id is None:
            raise MappingWorkbookError(
                QT_TRANSLATE_NOOP("Messages", "{where}: no stage named {stage!r} on the map"),
                where=where,
                stage=stage_name,
            )
    card_id: str | None = None
    if title:
        stage_id, card_id = names.card(title, stage_id, where)
    metric = None
    if _text(row["Metric"]):
        kinds = [kind.value for kind in MetricKind]
        metric = MetricKind(_choice(_text(row["Metric"]), kinds, MEASURE_METRICS, "metric", where))
    low = _number(row["Scale min"], "scale min", where)
    high = _number(row["Scale max"], "scale max", where)
    if low is not None and high is not None and low >= high:
        raise MappingWorkbookError(
            QT_TRANSLATE_NOOP(
                "Messages", "{where}: scale min {low:g} is not below scale max {high:g}"
            ),
            where=where,
            low=low,
            high=high,
        )
    return ColumnMapping(
        column=index, header=header, role=role, stage_id=stage_id, card_id=card_id,
        metric=metric, scale_min=low, scale_max=high,
        reverse=_yes_no(where, row["Reverse"], "Reverse"),
    )  # fmt: skip


def _settings(
    rows: Rows, sheet: str, list_header: str
) -> tuple[dict[str, tuple[Message, Any]], list[tuple[Message, str, str]]]:
    """Setting -> (where, value) above the list headed `list_header`; the list's rows as
    (where, column A text, column B text). Unknown settings are ignored."""
    settings: dict[str, tuple[Message, Any]] = {}
    listed: list[tuple[Message, str, str]] = []
    in_list = False
    known = {name.casefold(): name for name in (SEGMENT_COLUMN, INCLUDE_PERSONAL, HEADER_ROWS,
                                                FILTER_COLUMN)}  # fmt: skip
    for number, cells in enumerate(rows[1:], start=2):
        where, label, value = _row(sheet, number), _text(_cell(cells, 0)), _cell(cells, 1)
        if in_list:
            listed.append((where, label, _text(value)))
        elif label.casefold() == list_header.casefold():
            in_list = True
        elif label.casefold() in known:
            settings.setdefault(known[label.casefold()], (where, value))
    return settings, listed


def _survey_column(where: Message, value: Any, survey: dict[int, str]) -> int | None:
    """A column named as written ("C: Customer type"), by its header, or by its letter."""
    text = _text(value)
    if not text:
        return None
    for index, header in survey.items():
        if _key(text) == _key(f"{column_letter(index)}: {header}"):
            return index
    for index, header in survey.items():
        if _key(text) == _key(header):
            return index
    found = _LABEL.match(text)
    letters = (found.group(1) if found else text).upper()
    if _LETTERS.match(letters) and _column_index(letters) in survey:
        return _column_index(letters)
    raise MappingWorkbookError(
        QT_TRANSLATE_NOOP("Messages", "{where}: no survey column {text!r} on the {sheet} sheet"),
        where=where,
        text=text,
        sheet=MAPPING,
    )


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _text(value: Any) -> str:
    """A cell as the text a user sees, whitespace tidied; numbers without a stray ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return clean_text(str(value))


def _choice(
    text: str, accepted: Collection[str], shown: Sequence[str], what: str, where: Message
) -> str:
    if text.casefold() in accepted:
        return text.casefold()
    raise MappingWorkbookError(
        QT_TRANSLATE_NOOP("Messages", "{where}: {what} {text!r} is not one of {choices}"),
        where=where,
        what=what,  # the workbook's name for the column, as in its header
        text=text,
        choices=", ".join(shown),
    )


def _yes_no(where: Message, value: Any, what: str) -> bool:
    text = _text(value).casefold()
    if text in _YES or text in _NO:
        return text in _YES
    raise MappingWorkbookError(
        QT_TRANSLATE_NOOP("Messages", "{where}: {what} {text!r} is not yes or no"),
        where=where,
        what=what,
        text=_text(value),
    )


def _number(value: Any, what: str, where: Message) -> float | None:
    text = _text(value)
    if not text:
        return None
    try:
        number = float(value) if isinstance(value, int | float) else float(text)
    except ValueError:
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number):
        raise MappingWorkbookError(
            QT_TRANSLATE_NOOP("Messages", "{where}: {what} {text!r} is not a number"),
            where=where,
            what=what,
            text=text,
        )
    return number


def _header_rows(where: Message, value: Any) -> int | None:
    number = _number(value, "header rows", where)
    if number is None:
        return None
    if not number.is_integer() or not 0 <= number <= 3:
        raise MappingWorkbookError(
            QT_TRANSLATE_NOOP("Messages", "{where}: header rows {text!r} is not 0, 1, 2 or 3"),
            where=where,
            text=_text(value),
        )
    return int(number)

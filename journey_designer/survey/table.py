"""A read sheet, understood: its format, header rows, response rows and typed columns."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass

from journey_designer.survey.cells import ReadResult, SheetData
from journey_designer.survey.columns import ColumnInfo, Role, type_column
from journey_designer.survey.headers import TableShape, find_shape, header_texts
from journey_designer.survey.likert import match_in_family
from journey_designer.survey.values import clean_text, display, is_skip


@dataclass
class SurveyTable:
    read: ReadResult
    shape: TableShape
    columns: list[ColumnInfo]

    @property
    def sheet(self) -> SheetData:
        return self.read.sheet

    @property
    def n_responses(self) -> int:
        return self.shape.n_responses

    def column(self, index: int) -> ColumnInfo:
        return self.columns[index]

    def find_column(self, header: str) -> ColumnInfo | None:
        """The column with this header (how a saved mapping finds its columns again)."""
        return next((c for c in self.columns if c.header == header), None)

    def labels(self, index: int) -> dict[int, str]:
        """Code -> the answer as text, for the answers given in the response rows."""
        values = self.sheet.columns[index].values
        return {
            code: clean_text(display(values[code])) for code in self.columns[index].counts if code
        }

    def grouped_counts(self, index: int, by: int) -> dict[str, tuple[dict[float, int], int]]:
        """Per answer of column `by`: the measure column's (number -> count, skipped)."""
        info = self.columns[index]
        first = self.shape.first_data_row
        group_codes, codes = self.sheet.columns[by].codes, self.sheet.columns[index].codes
        pairs = Counter(zip(group_codes[first:], codes[first:], strict=True))
        for row in self.shape.excluded:
            pairs[(group_codes[row], codes[row])] -= 1
        names = self.labels(by)
        result: dict[str, tuple[dict[float, int], int]] = {}
        for (group_code, code), count in pairs.items():
            if count <= 0 or group_code not in names:
                continue
            numbers, skipped = result.get(names[group_code], ({}, 0))
            if code in info.numbers:
                number = info.numbers[code]
                numbers[number] = numbers.get(number, 0) + count
            else:
                skipped += count
            result[names[group_code]] = (numbers, skipped)
        return result

    def top_texts(self, index: int, candidates: int = 200) -> Counter[str]:
        """The most frequent free-text answers and their counts, cheaply: only the
        `candidates` most frequent spellings are cleaned and merged (100,000 unique
        comments need not be; a spelling outside them has too few answers to matter)."""
        column = self.columns[index]
        values = self.sheet.columns[index].values
        top = heapq.nlargest(candidates, column.counts.items(), key=lambda item: item[1])
        counts: Counter[str] = Counter()
        for code, count in top:
            text = clean_text(display(values[code])) if code else ""
            if text and not is_skip(text):
                counts[text] += count
        return counts

    def text_counts(self, index: int) -> Counter[str]:
        """Free-text answers and how often each was given (blank and N/A left out)."""
        labels = self.labels(index)
        counts: Counter[str] = Counter()
        for code, count in self.columns[index].counts.items():
            text = labels.get(code, "")
            if text:
                counts[text] += count
        return counts


def understand(read: ReadResult, header_rows: int | None = None) -> SurveyTable:
    shape = find_shape(read.sheet, header_rows)
    headers = header_texts(read.sheet, shape)
    columns = [
        type_column(j, column, shape, headers[j]) for j, column in enumerate(read.sheet.columns)
    ]
    table = SurveyTable(read, shape, columns)
    _matrix_siblings(table)
    return table


def _matrix_siblings(table: SurveyTable) -> None:
    """A matrix row that drew one answer only reads on its sibling rows' Likert scale."""
    families = {
        c.question: c.likert_family for c in table.columns if c.role is Role.LIKERT and c.option
    }
    for info in table.columns:
        family = families.get(info.question)
        if not family or info.role not in (Role.CATEGORY, Role.TEXT) or not info.option:
            continue
        labels = table.labels(info.index)
        answered = {code: label for code, label in labels.items() if code in info.counts}
        match = match_in_family(family, set(answered.values()))
        if match is not None:
            info.numbers = {code: match.values[label] for code, label in answered.items()}
            info.role, info.scale, info.likert_family = Role.LIKERT, match.scale, family

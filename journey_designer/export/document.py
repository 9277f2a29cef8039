"""The facts every export shows: title, author, client, date, language, PDF keywords.

The user's choices in `ExportOptions` win; empty ones fall back to the map (its title,
its authors, its language) and today's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journey_designer import __version__
from journey_designer.export.options import ExportOptions
from journey_designer.export.words import export_language, format_date, words
from journey_designer.model.entities import JourneyMap


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    client: str
    date: str
    language: str  # of the export's own words: "zh" or "en"
    subject: str
    keywords: tuple[str, ...]
    creator: str


def document_info(
    journey: JourneyMap, options: ExportOptions, today: date | None = None
) -> DocumentInfo:
    language = export_language(options.language, journey.language)
    said = words(language)
    title = options.title or journey.title or said["cover_kicker"]
    author = options.author or ", ".join(a for a in journey.authors if a)
    day = format_date(today or date.today(), language)
    subject = said["cover_kicker"]
    if journey.description:
        first = _one_line(journey.description.strip().split("\n", 1)[0])
        if len(first) > 200:
            first = first[:200].rsplit(" ", 1)[0] + "…"
        subject = f"{subject}: {first}"
    keywords = [said["cover_kicker"], *(p.name for p in journey.personas)]
    keywords += [stage.name for stage in journey.stages]
    return DocumentInfo(
        title=title,
        author=author,
        client=options.client,
        date=options.date or day,
        language=language,
        subject=subject,
        keywords=tuple(_one_line(k)[:80] for k in keywords if k.strip()),
        creator=f"Journey Designer {__version__}",
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())

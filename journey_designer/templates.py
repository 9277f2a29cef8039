"""Bundled journey-map templates, each in Chinese and English.

A template is `resources/templates/ID.LANG.journey.json`, a complete map. Creating a map
from it gives the map a fresh id and today's dates; the content ids stay as they are
(they are unique within the map, which is all an id must be).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from journey_designer.messages import QT_TRANSLATE_NOOP, UserError
from journey_designer.model.entities import JourneyMap, utc_now
from journey_designer.model.ids import new_id
from journey_designer.resources import templates_dir
from journey_designer.storage.jsonfile import FILE_SUFFIX, load_map

LANGUAGES = ("en", "zh")
SAMPLE_TEMPLATE = "b2c_five_stages"  # the map the app opens on first launch


class UnknownTemplateError(UserError, LookupError):
    """No bundled template with that id or language; `str(error)` says which there are."""


@dataclass(frozen=True)
class TemplateInfo:
    template_id: str
    language: str
    title: str
    path: Path


def template_ids() -> list[str]:
    ids = {path.name.split(".", 1)[0] for path in templates_dir().glob(f"*{FILE_SUFFIX}")}
    # The sample first, then alphabetical: a stable order for menus and the CLI.
    return sorted(ids, key=lambda i: (i != SAMPLE_TEMPLATE, i))


def template_path(template_id: str, language: str) -> Path:
    if language not in LANGUAGES:
        raise UnknownTemplateError(
            QT_TRANSLATE_NOOP("Messages", "no language {language!r}; use one of: {known}"),
            language=language,
            known=", ".join(LANGUAGES),
        )
    path = templates_dir() / f"{template_id}.{language}{FILE_SUFFIX}"
    if not path.is_file():
        known = ", ".join(template_ids())
        raise UnknownTemplateError(
            QT_TRANSLATE_NOOP("Messages", "no template {template!r}; known templates: {known}"),
            template=template_id,
            known=known,
        )
    return path


def list_templates(language: str) -> list[TemplateInfo]:
    infos = []
    for template_id in template_ids():
        path = template_path(template_id, language)
        infos.append(TemplateInfo(template_id, language, load_map(path).title, path))
    return infos


def new_map_from_template(template_id: str, language: str) -> JourneyMap:
    journey = load_map(template_path(template_id, language))
    now = utc_now()
    taken = journey.all_ids()
    return journey.model_copy(update={"id": new_id("map", taken), "created": now, "modified": now})

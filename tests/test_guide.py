"""The user guide in English and Chinese: the same sections, pictures that exist and are
small, section links that lead somewhere, and the README's "User guide" section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journey_designer.resources import resource

REPO = Path(__file__).resolve().parents[1]
GUIDE = resource("guide")
LANGUAGES = ("en", "zh")
HEADING = re.compile(r"^(#{1,6}) +(.+?) *$", re.MULTILINE)
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]+\]\(([^)\s]+)\)")
MAX_PICTURE_BYTES = 160_000


def guide_text(language: str) -> str:
    text = (GUIDE / f"guide.{language}.md").read_text(encoding="utf-8")
    return re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # headings only outside code


def headings(language: str) -> list[tuple[int, str]]:
    return [(len(marks), title) for marks, title in HEADING.findall(guide_text(language))]


def slug(title: str) -> str:
    """GitHub's anchor for a heading (the guide window uses the same rule)."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


def test_both_guides_have_the_same_sections() -> None:
    english, chinese = headings("en"), headings("zh")
    assert len(english) >= 20
    assert [level for level, _ in english] == [level for level, _ in chinese]
    assert sum(level == 1 for level, _ in english) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_picture_of_the_guide_exists_and_is_small(language: str) -> None:
    pictures = IMAGE.findall(guide_text(language))
    assert len(pictures) >= 5
    for alt, target in pictures:
        assert alt.strip(), f"{target} has no description"
        assert target.startswith(f"images/{language}/"), target
        path = GUIDE / target
        assert path.is_file(), target
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", target
        assert path.stat().st_size <= MAX_PICTURE_BYTES, target


def test_every_picture_file_is_shown_by_a_guide() -> None:
    shown = {
        GUIDE / target for lang in LANGUAGES for _alt, target in IMAGE.findall(guide_text(lang))
    }
    assert set((GUIDE / "images").rglob("*.png")) == shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_section_links_lead_to_a_section_and_file_links_to_a_file(language: str) -> None:
    anchors = {slug(title) for _level, title in headings(language)}
    links = LINK.findall(guide_text(language))
    assert any(link.startswith("#") for link in links)
    for link in links:
        if link.startswith("#"):
            assert link[1:] in anchors, link
        elif not link.startswith(("http://", "https://")):
            assert (GUIDE / link).resolve().is_file(), link


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_covers_the_five_tour_tasks_and_the_shortcuts(language: str) -> None:
    text = guide_text(language)
    for keys in ("Ctrl+N", "Ctrl+Shift+I", "Ctrl+E", "Ctrl+Z", "F5", "Ctrl+/", "Ctrl+,"):
        assert keys in text, keys


def test_the_readme_links_both_guides_and_shows_their_pictures() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## User guide", 1)[1].split("\n## ", 1)[0]
    assert readme.index("## In a workshop") < readme.index("## User guide")
    links = LINK.findall(section)
    assert "resources/guide/guide.en.md" in links and "resources/guide/guide.zh.md" in links
    pictures = [target for _alt, target in IMAGE.findall(section)]
    assert len(pictures) >= 2
    for target in links + pictures:
        assert (REPO / target).is_file(), target

"""Reading exported PDFs back with poppler-utils (and qpdf when installed), for the tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


def run(*command: str) -> str:
    """stdout of a poppler tool; fails the test on any complaint about the file."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower(), result.stderr
    return result.stdout


def text_of(path: Path, *, raw: bool = False, page: int | None = None) -> str:
    options = ["-raw"] if raw else []
    if page is not None:
        options += ["-f", str(page), "-l", str(page)]
    return run("pdftotext", "-enc", "UTF-8", *options, str(path), "-")


def squeezed(text: str) -> str:
    """Without any whitespace: wrapped lines compare with the text they came from."""
    return re.sub(r"\s+", "", text)


def pages_text(path: Path, count: int) -> list[str]:
    """Each page's text, whitespace squeezed out."""
    whole = text_of(path)
    pages = whole.split("\f")
    assert len(pages) >= count
    return [squeezed(page) for page in pages[:count]]


def fonts_of(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: one dict per font (name, type, emb, sub, uni)."""
    lines = run("pdffonts", str(path)).splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object-number generation
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts


def info_of(path: Path) -> dict[str, str]:
    info = {}
    for line in run("pdfinfo", "-enc", "UTF-8", str(path)).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def outline_of(path: Path) -> list[tuple[int, int, str]]:
    """The bookmarks as (depth, page, title), from pdftohtml's XML."""
    if shutil.which("pdftohtml") is None:
        pytest.skip("pdftohtml is not installed")
    xml = run("pdftohtml", "-xml", "-stdout", "-i", "-q", "-enc", "UTF-8", str(path))
    found: list[tuple[int, int, str]] = []
    depth = 0
    for match in re.finditer(r'<outline>|</outline>|<item page="(\d+)">(.*?)</item>', xml):
        token = match.group(0)
        if token == "<outline>":
            depth += 1
        elif token == "</outline>":
            depth -= 1
        else:
            title = re.sub(r"<[^>]+>", "", match.group(2))
            title = title.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            found.append((depth, int(match.group(1)), title.replace("&amp;", "&")))
    return found


def qpdf_check(path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed (poppler's tools checked the file instead)")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def render(path: Path, folder: Path, dpi: int = 30) -> list[Path]:
    """Every page as a PNG (pdftoppm); returns the files in page order."""
    prefix = folder / path.stem
    run("pdftoppm", "-r", str(dpi), "-png", str(path), str(prefix))
    return sorted(folder.glob(f"{path.stem}-*.png"))

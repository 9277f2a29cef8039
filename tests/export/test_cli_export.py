"""`journey-designer export`: formats by suffix, page options, exit codes, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journey_designer.cli import main
from journey_designer.export.options import MM
from journey_designer.storage import save_map
from journey_designer.templates import new_map_from_template
from tests.export.pdf_tools import info_of, needs_poppler, text_of

REPO = Path(__file__).resolve().parents[2]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journey_designer", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, check=False, timeout=120,
    )  # fmt: skip


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "咖啡机.journey.json"
    save_map(new_map_from_template("b2c_five_stages", "zh"), path)
    return path


def page_size(path: Path) -> tuple[float, float]:
    words = info_of(path)["Page size"].split()
    return float(words[0]), float(words[2])


@needs_poppler
def test_pdf_by_default_fit_on_a3_landscape(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "map.pdf"
    assert main(["export", str(sample), "-o", str(out)]) == 0
    said = capsys.readouterr()
    assert f"{out}: 4 page(s), A3 landscape, fit" in said.out
    assert "warning:" in said.err and "6 pt" in said.err  # the sample's badges on A3
    assert page_size(out) == pytest.approx((420 * MM, 297 * MM), abs=0.1)
    assert "意识" in text_of(out)


@needs_poppler
@pytest.mark.parametrize(
    ("args", "pages", "size_mm"),
    [
        (["--page", "a4", "--orientation", "portrait", "--tile"], None, (210, 297)),
        (["--per-stage", "--no-cover"], 7, (297, 420)),  # one stage per page: portrait
        (
            ["--page", "Letter", "--fit", "--no-cover", "--no-legend", "--no-charts"],
            1,
            (279.4, 215.9),
        ),
        (["--page", "600x300mm", "--margin", "5"], 4, (600, 300)),
        (["--page", "24x36in", "--orientation", "landscape"], 4, (914.4, 609.6)),
    ],
)
def test_page_options(
    sample: Path, tmp_path: Path, args: list[str], pages: int | None, size_mm: tuple[float, float]
) -> None:
    out = tmp_path / "map.pdf"
    assert main(["export", str(sample), "-o", str(out), *args]) == 0
    if pages is not None:
        assert int(info_of(out)["Pages"]) == pages
    assert page_size(out) == pytest.approx((size_mm[0] * MM, size_mm[1] * MM), abs=0.2)


def test_markdown_and_text_outlines(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    md, txt = tmp_path / "map.md", tmp_path / "map.txt"
    assert main(["export", str(sample), "-o", str(md), "--lang", "en", "--client", "Acme"]) == 0
    assert main(["export", str(sample), "-o", str(txt), "--tile"]) == 0
    assert md.read_text(encoding="utf-8").startswith("# B2C 五阶段旅程")
    assert "- **Client**: Acme" in md.read_text(encoding="utf-8")
    assert "客户旅程图" not in txt.read_text(encoding="utf-8")
    warning = "warning: --fit/--tile/--per-stage does not apply to .txt output"
    assert warning in capsys.readouterr().err


@pytest.mark.slow
def test_png_and_svg_through_the_canvas(sample: Path, tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    result = run("export", sample, "-o", png, "--dpi", "40")
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    result = run("export", sample, "-o", svg)
    assert result.returncode == 0, result.stderr
    assert "意识" in svg.read_text(encoding="utf-8")
    bad = run("export", sample, "-o", png, "--dpi", "5")
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert "Traceback" not in bad.stderr


def test_usage_errors_exit_2(sample: Path, tmp_path: Path) -> None:
    for args in (
        ["-o", tmp_path / "map.docx"],  # the suffix chooses the format
        ["-o", tmp_path / "map.pdf", "--page", "B5"],
        ["-o", tmp_path / "map.pdf", "--fit", "--tile"],
        ["-o", tmp_path / "map.pdf", "--orientation", "sideways"],
        ["-o", tmp_path / "map.pdf", "--margin", "-3"],
        [],  # no output
    ):
        result = run("export", sample, *args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


def test_bad_input_is_one_line_on_stderr_and_exit_1(sample: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.journey.json"
    broken.write_text("{not json", encoding="utf-8")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    cases = {
        "missing map": [tmp_path / "missing.journey.json", "-o", tmp_path / "a.pdf"],
        "broken map": [broken, "-o", tmp_path / "a.pdf"],
        "output is a folder": [sample, "-o", folder],
        "no such folder": [sample, "-o", tmp_path / "nowhere" / "a.pdf"],
        "no such folder (md)": [sample, "-o", tmp_path / "nowhere" / "a.md"],
        "tiny custom page": [sample, "-o", tmp_path / "a.pdf", "--page", "10x10mm"],
        "margins too wide": [sample, "-o", tmp_path / "a.pdf", "--margin", "200"],
    }
    for name, args in cases.items():
        result = run("export", *args)
        assert result.returncode == 1, (name, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("journey-designer: "), (name, lines)
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "a.pdf").exists()


def test_export_imports_no_qt_for_pdf_and_outline(sample: Path, tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from journey_designer.cli import main\n"
        f"main(['export', {str(sample)!r}, '-o', {str(tmp_path / 'a.pdf')!r}])\n"
        f"main(['export', {str(sample)!r}, '-o', {str(tmp_path / 'a.md')!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=REPO, check=True)  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "[]"

"""Crafted spreadsheets for the reading tests, written into a test's tmp_path.

Workbooks are minimal OOXML packages whose XML is written by hand, so a test controls
exactly what calamine sees: a lying `<dimension>`, a cell at XFD1048576, cached formula
values, booleans, entity bombs. Each builder returns the path it wrote.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _content_types(sheets: int, shared_strings: bool) -> str:
    parts = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1)
    )
    if shared_strings:
        parts += (
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        )
    return (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{parts}</Types>"
    )


def _workbook(names: list[str], hidden: set[str]) -> str:
    state = ' state="hidden"'
    sheets = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"'
        f"{state if name in hidden else ''}/>"
        for i, name in enumerate(names, start=1)
    )
    return (
        XML_HEAD + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>{sheets}'
        "</sheets></workbook>"
    )


def _workbook_rels(sheets: int, shared_strings: bool) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, sheets + 1)
    )
    if shared_strings:
        rels += (
            f'<Relationship Id="rId{sheets + 1}" Type="{REL_NS}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
        )
    return XML_HEAD + f'<Relationships xmlns="{PKG_REL_NS}">{rels}</Relationships>'


ROOT_RELS = (
    XML_HEAD + f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
    f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


def sheet_xml(rows: str, dimension: str | None = None, prolog: str = "") -> str:
    """A worksheet part around `rows` (`<row>` elements written by the caller)."""
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        XML_HEAD.rstrip("\n") + prolog + f'<worksheet xmlns="{MAIN_NS}">{declared}'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def shared_strings_xml(strings: Iterable[str], prolog: str = "", raw: str | None = None) -> str:
    items = raw if raw is not None else "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    return XML_HEAD.rstrip("\n") + prolog + f'<sst xmlns="{MAIN_NS}">{items}</sst>'


def write_xlsx(
    path: Path,
    sheets: dict[str, str],
    shared_strings: str | None = None,
    hidden: Iterable[str] = (),
) -> Path:
    """A workbook with the given sheet parts (name → worksheet XML), in that order."""
    names = list(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _content_types(len(names), bool(shared_strings)))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", _workbook(names, set(hidden)))
        archive.writestr(
            "xl/_rels/workbook.xml.rels", _workbook_rels(len(names), bool(shared_strings))
        )
        for i, name in enumerate(names, start=1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", sheets[name])
        if shared_strings:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
    return path


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def number(ref: str, value: float | str) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def boolean(ref: str, value: bool) -> str:
    return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'


def row(index: int, cells: str) -> str:
    return f'<row r="{index}">{cells}</row>'


def small_table(path: Path) -> Path:
    """Header and two responses, the first cell at A1."""
    rows = (
        row(1, inline("A1", "Name") + inline("B1", "Score"))
        + row(2, inline("A2", "Ann") + number("B2", 4))
        + row(3, inline("A3", "Bo") + number("B3", 5))
    )
    return write_xlsx(path, {"Responses": sheet_xml(rows)})


# --- the hostile set -------------------------------------------------------------------------


def csv_named_xlsx(folder: Path) -> Path:
    path = folder / "survey.xlsx"
    path.write_text("id,score\n1,5\n2,4\n", encoding="utf-8")
    return path


def tsv_named_xls(folder: Path) -> Path:
    path = folder / "survey.xls"
    path.write_text("id\tscore\n1\t5\n", encoding="utf-8")
    return path


def html_named_xls(folder: Path) -> Path:
    path = folder / "export.xls"
    path.write_text(
        "<html><body><table><tr><td>1</td></tr></table></body></html>", encoding="utf-8"
    )
    return path


def encrypted_ole2(folder: Path) -> Path:
    """What Excel writes for a password-protected .xlsx: an OLE2 file holding
    EncryptionInfo and EncryptedPackage streams (the package itself is ciphertext)."""
    sector = 512
    header = bytearray(sector)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9)  # version, byte order, 2^9
    struct.pack_into("<I", header, 0x30, 0)  # first directory sector
    directory = bytearray(sector)
    for slot, name in enumerate(("Root Entry", "EncryptionInfo", "EncryptedPackage")):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        directory[slot * 128 : slot * 128 + len(encoded)] = encoded
        struct.pack_into("<H", directory, slot * 128 + 0x40, len(encoded))
    path = folder / "protected.xlsx"
    path.write_bytes(bytes(header) + bytes(directory) + bytes(range(256)) * 8)
    return path


def truncated_xlsx(folder: Path) -> Path:
    whole = small_table(folder / "whole.xlsx").read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def empty_sheets(folder: Path) -> Path:
    """Two sheets: 'Sheet1' without cells, 'Sheet2' with cells that are all empty strings."""
    blanks = row(1, inline("A1", "") + inline("B1", "   "))
    return write_xlsx(folder / "empty.xlsx", {"Sheet1": sheet_xml(""), "Sheet2": sheet_xml(blanks)})


def zip_bomb(folder: Path, megabytes: int = 64) -> Path:
    """A sheet part of `megabytes` of whitespace that deflates ~1000:1."""
    path = folder / "bomb.xlsx"
    small_table(path)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet2.xml", "w", force_zip64=True) as part,
    ):
        part.write(sheet_xml("").encode()[: -len("</sheetData></worksheet>")])
        block = b" " * (1024 * 1024)
        for _ in range(megabytes):
            part.write(block)
        part.write(b"</sheetData></worksheet>")
    return path


def far_cell(folder: Path, dimension: bool) -> Path:
    """One cell at A1 and one at XFD1048576: a 17-billion-cell grid for calamine."""
    rows = row(1, inline("A1", "id")) + row(1048576, number("XFD1048576", 1))
    name = "far_declared.xlsx" if dimension else "far.xlsx"
    return write_xlsx(
        folder / name, {"Sheet1": sheet_xml(rows, "A1:XFD1048576" if dimension else None)}
    )


def lying_dimension(folder: Path) -> Path:
    """Declares A1 (as Microsoft Forms does) but holds 3 rows × 2 columns."""
    rows = (
        row(1, inline("A1", "q") + inline("B1", "r"))
        + row(2, number("A2", 1) + number("B2", 2))
        + row(3, number("A3", 3) + number("B3", 4))
    )
    return write_xlsx(folder / "lying.xlsx", {"Sheet1": sheet_xml(rows, "A1")})


def shared_string_amplifier(folder: Path, cells: int = 99_000) -> Path:
    """One 32,767-character shared string used by `cells` cells: ~3.2 GB once expanded."""
    rows = "".join(row(i, f'<c r="A{i}" t="s"><v>0</v></c>') for i in range(1, cells + 1))
    return write_xlsx(
        folder / "amplifier.xlsx",
        {"Sheet1": sheet_xml(rows)},
        shared_strings=shared_strings_xml(["x" * 32_767]),
    )


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
EXTERNAL_ENTITY = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def entity_bomb_in_shared_strings(folder: Path) -> Path:
    rows = row(1, '<c r="A1" t="s"><v>0</v></c>')
    return write_xlsx(
        folder / "laughs_sst.xlsx",
        {"Sheet1": sheet_xml(rows)},
        shared_strings=shared_strings_xml([], BILLION_LAUGHS, raw="<si><t>&lol9;</t></si>"),
    )


def entity_bomb_in_sheet(folder: Path) -> Path:
    rows = row(1, '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c>')
    return write_xlsx(
        folder / "laughs_sheet.xlsx", {"Sheet1": sheet_xml(rows, prolog=BILLION_LAUGHS)}
    )


def external_entity(folder: Path) -> Path:
    rows = row(1, '<c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c>')
    return write_xlsx(folder / "xxe.xlsx", {"Sheet1": sheet_xml(rows, prolog=EXTERNAL_ENTITY)})


def formulas_and_booleans(folder: Path) -> Path:
    """Cached formula values, booleans beside the numbers 1 and 0, text "1" and "01"."""
    rows = (
        row(1, inline("A1", "a") + inline("B1", "b") + inline("C1", "sum") + inline("D1", "flag"))
        + row(
            2,
            number("A2", 1)
            + number("B2", 2)
            + '<c r="C2"><f>A2+B2</f><v>3</v></c>'
            + boolean("D2", True),
        )
        + row(
            3,
            number("A3", 0)
            + inline("B3", "01")
            + '<c r="C3" t="str"><f>B3&amp;"x"</f><v>01x</v></c>'
            + number("D3", 1),
        )
        + row(
            4,
            boolean("A4", False)
            + inline("B4", "1")
            + '<c r="C4" t="b"><f>TRUE()</f><v>1</v></c>'
            + boolean("D4", False),
        )
        + row(5, number("A5", 1) + inline("B5", "No ") + "" + number("D5", 0))
    )
    return write_xlsx(folder / "formulas.xlsx", {"Sheet1": sheet_xml(rows)})


def long_cell(folder: Path, characters: int = 2_000_000) -> Path:
    rows = row(1, inline("A1", "comment")) + row(2, inline("A2", "y" * characters))
    return write_xlsx(folder / "long_cell.xlsx", {"Sheet1": sheet_xml(rows)})


def minimal_ods(folder: Path) -> Path:
    """An OpenDocument spreadsheet with a header and two rows, Chinese text included."""
    content = (
        XML_HEAD + "<office:document-content "
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="答卷">'
        "<table:table-row>"
        '<table:table-cell office:value-type="string"><text:p>满意度</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>NPS</text:p></table:table-cell>'
        "</table:table-row><table:table-row>"
        '<table:table-cell office:value-type="string"><text:p>非常满意</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="9"><text:p>9</text:p>'
        "</table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        XML_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
        'manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    path = folder / "survey.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def pdf(folder: Path) -> Path:
    path = folder / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n")
    return path


def numbers_file(folder: Path) -> Path:
    path = folder / "survey.numbers"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00\x01\x02")
        archive.writestr("Metadata/Properties.plist", b"<plist/>")
    return path


def docx_like(folder: Path) -> Path:
    path = folder / "notes.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path

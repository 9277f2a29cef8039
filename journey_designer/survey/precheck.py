"""Cheap checks before a survey file is read: what the file really is, and whether it is safe.

Everything here reads a few kilobytes, a zip directory or a small XML part, in pure Python,
so nothing here can crash the process. The type comes from the bytes, not the name: a CSV
saved as `.xlsx` or a password-protected workbook is named for what it is, with what to do.

The zip checks catch zip bombs and sheets that claim a vast grid (calamine allocates the
whole bounding box of the cells, so one cell at XFD1048576 asks for 17 billion cells and
aborts the process). They are a first line only: the reading child's memory limit is the
backstop for whatever they miss.
"""

from __future__ import annotations

import codecs
import mmap
import os
import re
import stat
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from journey_designer.messages import QT_TRANSLATE_NOOP, Message, message
from journey_designer.survey.cells import FileKind, SurveyReadError

HEAD_BYTES = 64 * 1024
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}

MAX_ZIP_MEMBERS = 10_000
MAX_TOTAL_UNCOMPRESSED = 4 * 1024**3  # a 1,048,576-row × 30-column sheet is ~1.5 GB of XML
MAX_SHARED_STRINGS = 512 * 1024**2  # calamine holds every shared string in memory at once
MAX_RATIO = 200  # sheets compress ~10:1, repetitive ones ~50:1; zip bombs 1000:1 and more
RATIO_FLOOR = 16 * 1024**2  # small parts may compress as well as they like
MAX_EXPANDED_TEXT = 1536 * 1024**2  # shared text once copied into every cell that uses it
MIN_SHARED_CELL_BYTES = 20  # <c t="s"><v>0</v></c>, the smallest shared-string cell
MAX_CELLS = 10_000_000  # a bounding box above this must be backed by that much XML...
MIN_XML_BYTES_PER_100_CELLS = 1  # ...at least 1 byte per 100 cells, else it is a lie
SCAN_BYTES = 2 * 1024**2  # sheets this small get every cell reference checked (~5 ms)

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_NAMES = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", QT_TRANSLATE_NOOP("Messages", "a PDF document")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("Messages", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Messages", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("Messages", "a GIF image")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("Messages", "an RTF document")),
    (b"Rar!", QT_TRANSLATE_NOOP("Messages", "a RAR archive")),
    (b"7z\xbc\xaf", QT_TRANSLATE_NOOP("Messages", "a 7-Zip archive")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Messages", "a gzip archive")),
)
PROTECTED_ADVICE = message(
    QT_TRANSLATE_NOOP(
        "Messages", "remove the password in Excel (File ▸ Info ▸ Protect Workbook) and import again"
    )
)
EXPORT_ADVICE = message(
    QT_TRANSLATE_NOOP(
        "Messages",
        "export the responses as .xlsx or .csv from the survey tool and import that file",
    )
)

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
# Only references beyond column ZZ or row 99,999 are collected: normal sheets have none, so
# the scan runs at search speed instead of building a match per cell.
_FAR_REFERENCE = re.compile(rb'\br="([A-Z]{3,}\d+|[A-Z]{1,2}\d{6,})"')
_REFERENCE = re.compile(rb"([A-Z]+)(\d+)")


@dataclass(frozen=True)
class Detected:
    """What a file really is. `head` is its first bytes (up to 64 kB), kept for the reader."""

    kind: FileKind | None  # None: text, the reader decides between CSV and TSV
    size: int
    head: bytes


def too_large(name: str, reason: Message | None = None) -> SurveyReadError:
    if reason is None:
        return SurveyReadError(
            QT_TRANSLATE_NOOP("Messages", "{file} is too large or malformed to read safely"),
            file=name,
        )
    return SurveyReadError(
        QT_TRANSLATE_NOOP("Messages", "{file} is too large or malformed to read safely ({reason})"),
        file=name,
        reason=reason,
    )


def _cannot_open(name: str, reason: Message | str) -> SurveyReadError:
    return SurveyReadError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file} cannot be opened ({reason}); copy it to a folder you can read and import again",
        ),
        file=name,
        reason=reason,
    )


def check(path: Path) -> str:
    """Every check; the file's kind, or "text" (the reader tells CSV from TSV)."""
    detected = detect(path)
    if detected.kind is None:
        return "text"
    if detected.kind != "xls":
        check_zip(path)
    return detected.kind


def check_path(path: Path) -> int:
    """The file's size in bytes, or a message for a path that is not a readable, non-empty file."""
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SurveyReadError(
            QT_TRANSLATE_NOOP("Messages", "{file} was not found; check the file name and folder"),
            file=name,
        ) from None
    except OSError as error:
        raise _cannot_open(name, error.strerror or str(error)) from None
    if stat.S_ISDIR(info.st_mode):
        if path.suffix.lower() == ".numbers":
            raise _numbers(name)
        raise SurveyReadError(
            QT_TRANSLATE_NOOP(
                "Messages", "{file} is a folder, not a file; choose the survey file inside it"
            ),
            file=name,
        )
    if not stat.S_ISREG(info.st_mode):
        raise SurveyReadError(
            QT_TRANSLATE_NOOP(
                "Messages", "{file} is not a regular file; choose a saved survey export"
            ),
            file=name,
        )
    if info.st_size == 0:
        raise SurveyReadError(
            QT_TRANSLATE_NOOP(
                "Messages", "{file} is empty (0 bytes); export it again from the survey tool"
            ),
            file=name,
        )
    if not os.access(path, os.R_OK):
        raise _cannot_open(name, message(QT_TRANSLATE_NOOP("Messages", "permission denied")))
    return info.st_size


def detect(path: Path) -> Detected:
    """The real type of `path` from its bytes; SurveyReadError when it is not a survey we read."""
    size = check_path(path)
    name = path.name
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError as error:
        raise _cannot_open(name, error.strerror or str(error)) from None
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return Detected(_zip_kind(path), size, head)
    if head.startswith(OLE2_MAGIC):
        _check_ole2(path)
        return Detected("xls", size, head)
    if path.suffix.lower() == ".numbers":
        raise _numbers(name)
    for magic, what in OTHER_MAGIC:
        if head.startswith(magic):
            raise SurveyReadError(
                QT_TRANSLATE_NOOP("Messages", "{file} is {what}, not a spreadsheet; {advice}"),
                file=name,
                what=message(what),
                advice=EXPORT_ADVICE,
            )
    _check_text(name, path.suffix.lower(), head)
    return Detected(None, size, head)


def _numbers(name: str) -> SurveyReadError:
    return SurveyReadError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file} is an Apple Numbers file; in Numbers choose File ▸ Export To "
            "▸ Excel or CSV and import the exported file",
        ),
        file=name,
    )


EXCEL_WORKBOOK = message(QT_TRANSLATE_NOOP("Messages", "Excel workbook"))
ODS_WORKBOOK = message(QT_TRANSLATE_NOOP("Messages", "OpenDocument spreadsheet"))
ANY_WORKBOOK = message(QT_TRANSLATE_NOOP("Messages", "workbook"))


def damaged(name: str, what: Message = EXCEL_WORKBOOK) -> SurveyReadError:
    """`name` is not a complete `what` (one of the workbook Messages above)."""
    return SurveyReadError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{file} is damaged (not a complete {what}); export it again from the survey tool",
        ),
        file=name,
        what=what,
    )


def _zip_kind(path: Path) -> FileKind:
    name = path.name
    _check_member_count(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsm" if _is_macro_enabled(archive, names) else "xlsx"
            if "xl/workbook.bin" in names:
                return "xlsb"
            if "mimetype" in names and _mimetype(archive).endswith("opendocument.spreadsheet"):
                return "ods"
    except SurveyReadError:
        raise
    except Exception:  # zipfile, zlib and struct raise many types on a broken archive
        if path.suffix.lower() == ".ods":
            raise damaged(name, ODS_WORKBOOK) from None
        raise damaged(name) from None
    if any(member.startswith("Index/") for member in names) or path.suffix.lower() == ".numbers":
        raise _numbers(name)
    if "[Content_Types].xml" in names and path.suffix.lower() in SPREADSHEET_SUFFIXES:
        raise damaged(name)  # an Office package without its workbook part
    raise SurveyReadError(
        QT_TRANSLATE_NOOP(
            "Messages", "{file} is a zip archive, not an Excel or OpenDocument workbook; {advice}"
        ),
        file=name,
        advice=EXPORT_ADVICE,
    )


def _check_member_count(path: Path) -> None:
    """Refuse a zip directory with too many entries before zipfile builds one object per entry."""
    with path.open("rb") as stream:
        stream.seek(0, os.SEEK_END)
        end = stream.tell()
        stream.seek(max(0, end - 65_557))  # the end record and its comment sit in the last 64 kB
        tail = stream.read()
    at = tail.rfind(EMPTY_ZIP_MAGIC)
    if at < 0 or at + 12 > len(tail):
        return  # zipfile will call it damaged
    (entries,) = struct.unpack("<H", tail[at + 10 : at + 12])
    zip64_record = tail.rfind(b"PK\x06\x06", 0, at)
    if entries == 0xFFFF and zip64_record >= 0 and zip64_record + 40 <= len(tail):
        (entries,) = struct.unpack("<Q", tail[zip64_record + 32 : zip64_record + 40])
    if entries > MAX_ZIP_MEMBERS:
        raise too_large(path.name, _parts(entries))


def _is_macro_enabled(archive: zipfile.ZipFile, names: set[str]) -> bool:
    if "[Content_Types].xml" not in names:
        return False
    if archive.getinfo("[Content_Types].xml").file_size > 1024**2:
        return False
    return b"macroEnabled" in archive.read("[Content_Types].xml")


def _mimetype(archive: zipfile.ZipFile) -> str:
    if archive.getinfo("mimetype").file_size > 256:
        return ""
    return archive.read("mimetype").decode("ascii", "replace").strip()


def _check_ole2(path: Path) -> None:
    """An OLE2 file holding EncryptionInfo/EncryptedPackage is a password-protected .xlsx."""
    with path.open("rb") as stream, mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if any(data.find(entry) >= 0 for entry in ENCRYPTED_NAMES):
            raise protected(path.name)


def protected(name: str) -> SurveyReadError:
    return SurveyReadError(
        QT_TRANSLATE_NOOP("Messages", "{file} is password-protected; {advice}"),
        file=name,
        advice=PROTECTED_ADVICE,
    )


def _parts(count: int) -> Message:
    return message(QT_TRANSLATE_NOOP("Messages", "{count:,} parts in the archive"), count=count)


def _check_text(name: str, suffix: str, head: bytes) -> None:
    """Refuse binary files, HTML and XML pretending to be spreadsheets, and misnamed CSV."""
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff")) or bool(utf16_without_bom(head))
    if not utf16 and b"\x00" in head:
        raise SurveyReadError(
            QT_TRANSLATE_NOOP(
                "Messages", "{file} is not a spreadsheet or a text (CSV) file; {advice}"
            ),
            file=name,
            advice=EXPORT_ADVICE,
        )
    start = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table")):
        raise SurveyReadError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} is a web page (HTML), not a spreadsheet; open it in "
                "Excel, save it as .xlsx and import that file",
            ),
            file=name,
        )
    if start.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        raise SurveyReadError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} is an Excel 2003 XML spreadsheet; open it in Excel, "
                "save it as .xlsx and import that file",
            ),
            file=name,
        )
    if suffix in SPREADSHEET_SUFFIXES:
        stem = name[: -len(suffix)]
        if _first_line(head, utf16).count("\t") > 0:
            misnamed = QT_TRANSLATE_NOOP(
                "Messages",
                "{file} is a text (tab-separated) file with an {suffix} name; rename it to "
                "{new_name} and import again",
            )
            raise SurveyReadError(misnamed, file=name, suffix=suffix, new_name=f"{stem}.tsv")
        misnamed = QT_TRANSLATE_NOOP(
            "Messages",
            "{file} is a text (CSV) file with an {suffix} name; rename it to "
            "{new_name} and import again",
        )
        raise SurveyReadError(misnamed, file=name, suffix=suffix, new_name=f"{stem}.csv")


def utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" for BOM-less UTF-16, else None. Text files hold no NUL
    bytes, while UTF-16 puts one in every ASCII character, always on the same side."""
    sample = head[:4096]
    nuls = sample.count(0)
    if nuls < 2:
        return None
    even = sample[0::2].count(0)
    if even >= 0.9 * nuls:
        encoding = "utf-16-be"
    elif nuls - even >= 0.9 * nuls:
        encoding = "utf-16-le"
    else:
        return None
    try:
        codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None
    return encoding


def _first_line(head: bytes, utf16: bool) -> str:
    if utf16:
        return head[:4096].replace(b"\x00", b"").decode("latin-1").split("\n")[0]
    return head[:4096].decode("latin-1").split("\n")[0]


def check_zip(path: Path) -> list[str]:
    """Zip-bomb, size and grid checks of an .xlsx/.xlsm/.xlsb/.ods; returns the sheet parts."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(name, members)
            sheets = [m for m in members if is_sheet_part(m.filename)]
            for member in sheets:
                _check_grid(name, archive, member)
            return [m.filename for m in sheets]
    except SurveyReadError:
        raise
    except zipfile.LargeZipFile:
        raise too_large(name) from None
    except Exception:  # zipfile, zlib and struct raise many types on a broken archive
        raise damaged(name) from None


def is_sheet_part(member: str) -> bool:
    return member.startswith("xl/worksheets/") and member.endswith((".xml", ".bin"))


def _check_sizes(name: str, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_ZIP_MEMBERS:
        raise too_large(name, _parts(len(members)))
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            ratio = member.file_size // max(member.compress_size, 1)
            bomb = QT_TRANSLATE_NOOP("Messages", "a part expands {ratio:,} times, like a zip bomb")
            raise too_large(name, message(bomb, ratio=ratio))
        if member.filename.startswith("xl/sharedStrings") and member.file_size > MAX_SHARED_STRINGS:
            shared = QT_TRANSLATE_NOOP("Messages", "{megabytes:,.0f} MB of shared text")
            raise too_large(name, message(shared, megabytes=member.file_size / 1024**2))
    if total > MAX_TOTAL_UNCOMPRESSED:
        unpacked = QT_TRANSLATE_NOOP("Messages", "{gigabytes:,.1f} GB uncompressed")
        raise too_large(name, message(unpacked, gigabytes=total / 1024**3))


def _check_grid(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Refuse a sheet whose cells span a grid far larger than its XML could hold."""
    if not member.filename.endswith(".xml"):
        return
    with archive.open(member) as stream:
        start = stream.read(4096) if member.file_size > SCAN_BYTES else stream.read()
    declared = _DIMENSION.search(start)
    if declared:
        _check_area(name, member.file_size, *_corners(declared.groups()))
    if member.file_size <= SCAN_BYTES:
        far = [_REFERENCE.match(found) for found in _FAR_REFERENCE.findall(start)]
        cells = [match.groups() for match in far if match]
        if cells:
            last_column = max(_column_number(column) for column, _row in cells)
            last_row = max(int(row) for _column, row in cells)
            _check_area(name, member.file_size, 1, 1, last_column, last_row)


def _corners(groups: tuple[bytes | None, ...]) -> tuple[int, int, int, int]:
    first_column, first_row, last_column, last_row = groups
    assert first_column is not None and first_row is not None
    left, top = _column_number(first_column), int(first_row)
    if last_column is None or last_row is None:
        return left, top, left, top
    return left, top, _column_number(last_column), int(last_row)


def _check_area(name: str, xml_bytes: int, left: int, top: int, right: int, bottom: int) -> None:
    area = (abs(right - left) + 1) * (abs(bottom - top) + 1)
    if area > MAX_CELLS and area > xml_bytes * 100 // MIN_XML_BYTES_PER_100_CELLS:
        sparse = QT_TRANSLATE_NOOP("Messages", "a sheet spans {cells:,} cells but holds far fewer")
        raise too_large(name, message(sparse, cells=area))


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


@dataclass
class SheetScan:
    """What streaming through an .xlsx's sheet XML found (see `scan_xlsx`)."""

    may_hold_bools: bool = True
    refusal: Message | None = None


_BOOL_MARKERS = (b't="b"', b"t='b'")
_SHARED_MARKERS = (b't="s"', b"t='s'")
_SHARED_REFERENCE = re.compile(rb"""\bt=["']s["'][^>]*>\s*<(?:\w+:)?v>(\d+)<""")
_SHARED_ITEM = re.compile(rb"<(?:\w+:)?si\b.*?</(?:\w+:)?si>", re.DOTALL)
BLOCK = 1024 * 1024


def scan_xlsx(path: Path) -> SheetScan:
    """Stream the sheets of a vetted .xlsx: do they hold booleans, and how large does their
    shared text grow once calamine copies it into every cell that uses it?

    A 270 kB file whose one 32,767-character string fills 99,000 cells grows to 3.2 GB,
    which the memory limit would only stop after seconds of copying. The reading child runs
    this beside calamine's parse (which releases the GIL). The sheets are streamed only when
    their size and the longest shared string allow too much growth (inflating them costs
    ~5 s of CPU per GB of XML, which a busy machine feels): otherwise the answer is
    "may hold bools" and the reader checks chunks for bools itself.
    """
    with zipfile.ZipFile(path) as archive:
        sheets = [
            m
            for m in archive.infolist()
            if is_sheet_part(m.filename) and m.filename.endswith(".xml")
        ]
        longest = _longest_shared_string(archive)
        most_cells = sum(member.file_size for member in sheets) // MIN_SHARED_CELL_BYTES
        if most_cells * longest <= MAX_EXPANDED_TEXT:
            return SheetScan()  # cannot grow too much; bools are checked while coding
        bools = shared = 0
        for member in sheets:
            member_bools, member_shared = _count_markers(archive, member, longest > 0)
            bools += member_bools
            shared += member_shared
        scan = SheetScan(may_hold_bools=bools > 0)
        if shared * longest > MAX_EXPANDED_TEXT:  # a cheap bound first; exact only if needed
            expanded = _expanded_shared_text(archive, sheets)
            if expanded > MAX_EXPANDED_TEXT:
                grows = QT_TRANSLATE_NOOP(
                    "Messages", "its repeated text expands to {gigabytes:,.1f} GB"
                )
                reason = message(grows, gigabytes=expanded / 1024**3)
                scan.refusal = too_large(path.name, reason).message
        return scan


def _blocks(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator[bytes]:
    with archive.open(member) as stream:
        while block := stream.read(BLOCK):
            yield block


def _count_markers(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, count_shared: bool
) -> tuple[int, int]:
    """Boolean and shared-string cells, counted in C; a marker split by a block boundary
    is seen in the 4 bytes carried over (markers are 5 bytes long). Single-quoted
    attributes are rare, so they are counted only in a block that has one."""
    bools = shared = 0
    carried = b""
    for block in _blocks(archive, member):
        window = carried + block
        single = b"t='" in window
        bools += window.count(_BOOL_MARKERS[0]) + (single and window.count(_BOOL_MARKERS[1]))
        if count_shared:
            shared += window.count(_SHARED_MARKERS[0]) + (
                single and window.count(_SHARED_MARKERS[1])
            )
        carried = block[-4:]
    return bools, shared


def _longest_shared_string(archive: zipfile.ZipFile) -> int:
    """Bytes of the longest run of text between tags in sharedStrings.xml (0 if none)."""
    try:
        member = archive.getinfo("xl/sharedStrings.xml")
    except KeyError:
        return 0
    longest = current = 0
    for block in _blocks(archive, member):
        runs = block.split(b"<")
        if len(runs) == 1:
            current += len(block)
            continue
        longest = max(longest, current + len(runs[0]), *map(len, runs[1:-1]))
        current = len(runs[-1])
    return max(longest, current)


def _shared_lengths(archive: zipfile.ZipFile) -> list[int]:
    """Each shared string's size in bytes, markup included (an upper bound, fine here)."""
    data = archive.read("xl/sharedStrings.xml")
    return [match.end() - match.start() for match in _SHARED_ITEM.finditer(data)]


def _expanded_shared_text(archive: zipfile.ZipFile, sheets: list[zipfile.ZipInfo]) -> int:
    """Bytes of shared text once copied into every cell that uses it (rare, slower path)."""
    lengths = _shared_lengths(archive)
    total = 0
    for member in sheets:
        pending = b""
        for block in _blocks(archive, member):
            window = pending + block
            # Cut just after the last "<" of a closing tag: no shared-string cell spans it.
            cut = window.rfind(b"</", 0, max(len(window) - 256, 0)) + 1 or len(window)
            total += _shared_text_in(window[:cut], lengths)
            pending = window[cut:]
        total += _shared_text_in(pending, lengths)
    return total


def _shared_text_in(xml: bytes, lengths: list[int]) -> int:
    total = 0
    for match in _SHARED_REFERENCE.finditer(xml):
        index = int(match.group(1))
        total += lengths[index] if index < len(lengths) else 0
    return total


def file_sha256(path: Path) -> str:
    """The file's hash: the map keeps it to tell an updated file on Refresh data."""
    import hashlib  # ~3 ms; the reading child never hashes

    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while block := stream.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()

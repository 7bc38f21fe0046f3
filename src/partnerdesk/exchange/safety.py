"""Look at a file before any parser does: its kind, and whether its zip could hurt us.

Every check reads bounded amounts: the first bytes, the zip directory, the first bytes of
each XML part, and one streamed pass over a sheet's XML with byte searches only.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from partnerdesk.errors import BadFileError

#: Caps that keep time and memory bounded; far above what a coordinator's sheet holds.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_TOTAL_UNCOMPRESSED = 600 * 1024 * 1024
MAX_MEMBER_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 150
RATIO_FLOOR = 5 * 1024 * 1024  # small parts may compress well; only large ones must not
MAX_ROWS = 300_000
MAX_COLUMNS = 702  # ZZ: anything wider is not a list of partners
MAX_CELLS = 6_000_000

_CHUNK = 1 << 20


def require_defused_environment() -> None:
    """Cheap check at import (openpyxl itself is imported late, it is slow to load)."""
    import importlib.util
    import os

    if os.environ.get("OPENPYXL_DEFUSEDXML", "True") != "True":
        raise RuntimeError(
            "OPENPYXL_DEFUSEDXML is set to something other than 'True'; openpyxl would parse "
            "workbooks without protection against XML attacks. Unset it."
        )
    if importlib.util.find_spec("defusedxml") is None:
        raise RuntimeError("defusedxml is not installed; openpyxl would parse XML unsafely.")


def require_defused_openpyxl() -> None:
    """After importing openpyxl: it must have picked up defusedxml."""
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise RuntimeError("openpyxl did not pick up defusedxml; refusing to read workbooks.")


@dataclass(frozen=True)
class SheetScan:
    """What a streamed pass over one worksheet's XML found."""

    cells: int
    max_row: int
    error_cells: frozenset[tuple[int, int]] = field(default_factory=frozenset)


def sniff(path: Path) -> str:
    """The kind of file by its first bytes: "xlsx", "csv" or "vcf"; refuses anything else."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise BadFileError(f"{name}: the file does not exist.") from None
    except OSError as exc:
        raise BadFileError(f"{name}: cannot be read ({exc.strerror or exc}).") from None
    if size == 0 or not head.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise BadFileError(f"{name}: the file is empty.")
    if size > MAX_FILE_BYTES:
        raise BadFileError(
            f"{name}: the file is {size // (1024 * 1024)} MB; partnerdesk reads files up to "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB."
        )
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise BadFileError(
            f"{name}: this is an old .xls workbook or a password-protected one; "
            "open it in Excel and save it as .xlsx (without a password) first."
        )
    if head.startswith(b"%PDF") or head.startswith(b"\x89PNG") or b"\x00" in head[:1024]:
        raise BadFileError(f"{name}: this is not a spreadsheet, CSV or vCard file.")
    text = head.lstrip(b"\xef\xbb\xbf").lstrip().upper()
    if text.startswith(b"BEGIN:VCARD"):
        return "vcf"
    if text.startswith(b"<?XML") or text.startswith(b"<"):
        raise BadFileError(f"{name}: this is an XML or web page file, not a spreadsheet.")
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise BadFileError(
            f"{name}: the name says Excel workbook, but the content is plain text "
            "(probably a CSV file renamed to .xlsx); rename it to .csv and import that."
        )
    return "csv"


def check_zip(path: Path) -> None:
    """Refuse a damaged, truncated or bomb-like xlsx before a parser inflates it."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise BadFileError(
                    f"{name}: the workbook has {len(infos)} parts inside; this is not a normal "
                    "Excel file and was not read."
                )
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names or not any(
                n.startswith("xl/workbook") for n in names
            ):
                raise BadFileError(f"{name}: this is a zip file but not an Excel workbook (.xlsx).")
            total = 0
            for info in infos:
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > MAX_MEMBER_UNCOMPRESSED or (
                    info.file_size > RATIO_FLOOR and ratio > MAX_RATIO
                ):
                    raise BadFileError(
                        f"{name}: a part of the workbook unpacks to "
                        f"{info.file_size // (1024 * 1024)} MB from "
                        f"{max(info.compress_size // 1024, 1)} KB (a 'zip bomb'); not read."
                    )
                if info.flag_bits & 0x1:
                    raise BadFileError(
                        f"{name}: the workbook is encrypted; save it without a password."
                    )
            if total > MAX_TOTAL_UNCOMPRESSED:
                raise BadFileError(
                    f"{name}: the workbook unpacks to {total // (1024 * 1024)} MB; "
                    f"partnerdesk reads up to {MAX_TOTAL_UNCOMPRESSED // (1024 * 1024)} MB."
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    _check_xml_head(archive, info, name)
    except zipfile.BadZipFile:
        raise BadFileError(
            f"{name}: the workbook is damaged or incomplete (truncated download?); "
            "open it in Excel and save it again."
        ) from None
    except (OSError, EOFError, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise BadFileError(
            f"{name}: the workbook cannot be unpacked ({type(exc).__name__})."
        ) from None


def _check_xml_head(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """A DOCTYPE is how entity expansion and external entities get in; xlsx never needs one."""
    try:
        with archive.open(info) as part:
            head = part.read(4096)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise BadFileError(
            f"{name}: the workbook is damaged or incomplete ({info.filename} cannot be read)."
        ) from None
    upper = head.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise BadFileError(
            f"{name}: the workbook contains XML entity declarations ({info.filename}), which "
            "Excel never writes and which can be used to attack a program; not read."
        )


_ROW_REF = re.compile(rb'<row[^>]*?\sr="(\d+)"')
_CELL_WIDE = re.compile(rb'<c\s[^>]*?r="([A-Z]{3,})(\d+)"')
#: what every _CELL_WIDE match contains: a literal scan five times faster, to skip most chunks
_WIDE_REF = re.compile(rb'r="[A-Z]{3,}\d')
_ERROR_CELL = re.compile(
    rb'<c\s[^>]*?r="([A-Z]+)(\d+)"[^>]*?t="e"|<c\s[^>]*?t="e"[^>]*?r="([A-Z]+)(\d+)"'
)


def scan_sheet(path: Path, member: str, sheet_name: str) -> SheetScan:
    """Count cells and find the last row, wide columns and error cells of one sheet, streaming."""
    name = path.name
    cells = 0
    max_row = 0
    errors: set[tuple[int, int]] = set()
    tail = b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as part:
            while True:
                chunk = part.read(_CHUNK)
                if not chunk:
                    break
                data = tail + chunk
                cells += chunk.count(b"<c ") + chunk.count(b"<c>")
                rows = list(_ROW_REF.finditer(data[-4096:])) or list(_ROW_REF.finditer(data))
                if rows:
                    max_row = max(max_row, int(rows[-1].group(1)))
                wide = _CELL_WIDE.search(data) if _WIDE_REF.search(data) else None
                if wide and _column_index(wide.group(1).decode()) > MAX_COLUMNS:
                    raise BadFileError(
                        f"{name}, sheet '{sheet_name}': it uses column {wide.group(1).decode()} "
                        f"(more than {MAX_COLUMNS} columns); not read. Delete the empty columns "
                        "in Excel and save again."
                    )
                if b't="e"' in data:
                    for match in _ERROR_CELL.finditer(data):
                        letters = match.group(1) or match.group(3)
                        number = match.group(2) or match.group(4)
                        errors.add((int(number) - 1, _column_index(letters.decode()) - 1))
                if max_row > MAX_ROWS or cells > MAX_CELLS:
                    raise BadFileError(
                        f"{name}, sheet '{sheet_name}': more than "
                        f"{MAX_ROWS if max_row > MAX_ROWS else MAX_CELLS:,} "
                        f"{'rows' if max_row > MAX_ROWS else 'cells'}; "
                        "partnerdesk imports smaller sheets (split the file)."
                    )
                tail = data[-256:]
    except KeyError:
        raise BadFileError(f"{name}, sheet '{sheet_name}': the sheet's data is missing.") from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BadFileError(
            f"{name}, sheet '{sheet_name}': the sheet is damaged ({type(exc).__name__})."
        ) from None
    return SheetScan(cells=cells, max_row=max_row, error_cells=frozenset(errors))


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + (ord(char) - 64)
    return index

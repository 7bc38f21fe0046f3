"""Read a spreadsheet-like file (xlsx, csv, vCard) into plain rows of plain values.

xlsx goes through python-calamine (fast, no formulas evaluated: the cached values are
read); what calamine cannot tell (which cells hold errors) comes from the streamed scan
in safety.py. Every failure is a BadFileError naming file and sheet, never cell content.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from partnerdesk.errors import BadFileError
from partnerdesk.exchange import safety

Value = object


class Note(str):
    """A note in English (a plain string everywhere) that keeps its template and values apart,
    so a user interface can show it translated."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Note:
        note = super().__new__(cls, template.format(**params) if params else template)
        note.template = template
        note.params = params
        return note


@dataclass(frozen=True)
class SheetInfo:
    """A sheet as listed in a file, before reading it."""

    name: str
    visible: bool
    readable: bool  # False for chart sheets, which hold no cells


@dataclass
class RawSheet:
    """The cells of one sheet: rows of values ("" for empty), 0-based error cells."""

    file: str
    name: str
    rows: list[list[Value]]
    errors: set[tuple[int, int]] = field(default_factory=set)
    #: notes on what the reader did (filled merged cells, skipped columns)
    notes: list[str] = field(default_factory=list)


class SpreadsheetFile:
    """An opened file to import from: its sheets, and reading one of them."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.kind = safety.sniff(self.path)
        if self.kind == "xlsx":
            safety.check_zip(self.path)
            self._members = _sheet_members(self.path)

    def sheets(self) -> list[SheetInfo]:
        if self.kind != "xlsx":
            return [SheetInfo(self.path.stem, True, True)]
        return _xlsx_sheet_infos(self.path)

    def read(self, sheet: str | None = None) -> RawSheet:
        """Read one sheet (the first visible one when not named)."""
        if self.kind == "csv":
            return read_csv(self.path)
        if self.kind == "vcf":
            from partnerdesk.exchange.vcard import read_vcards_as_sheet

            return read_vcards_as_sheet(self.path)
        infos = self.sheets()
        if sheet is None:
            candidates = [i for i in infos if i.visible and i.readable]
            if not candidates:
                raise BadFileError(
                    f"{self.path.name}: the workbook has no visible sheet with cells."
                )
            sheet = candidates[0].name
        return read_xlsx_sheet(self.path, sheet, self._members.get(sheet))


def _xlsx_sheet_infos(path: Path) -> list[SheetInfo]:
    import python_calamine as pc

    try:
        with pc.CalamineWorkbook.from_path(str(path)) as wb:
            return [
                SheetInfo(
                    meta.name,
                    meta.visible == pc.SheetVisibleEnum.Visible,
                    meta.typ == pc.SheetTypeEnum.WorkSheet,
                )
                for meta in wb.sheets_metadata
            ]
    except Exception as exc:  # calamine raises its own error types for every broken file
        raise BadFileError(
            f"{path.name}: the workbook cannot be read ({type(exc).__name__})."
        ) from None


def _sheet_members(path: Path) -> dict[str, str]:
    """Sheet name -> worksheet part inside the zip (for the streamed safety scan)."""
    from defusedxml import ElementTree

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    ns_pkg = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            workbook_part = next(
                (n for n in ("xl/workbook.xml", "xl/workbook2.xml") if n in names), None
            )
            if workbook_part is None:
                return {}
            workbook = ElementTree.fromstring(archive.read(workbook_part))
            rels_part = posixpath.join(
                posixpath.dirname(workbook_part),
                "_rels",
                posixpath.basename(workbook_part) + ".rels",
            )
            targets: dict[str, str] = {}
            if rels_part in names:
                for rel in ElementTree.fromstring(archive.read(rels_part)).iter(
                    f"{ns_pkg}Relationship"
                ):
                    target = rel.get("Target", "")
                    if target.startswith("/"):
                        target = target[1:]
                    else:
                        target = posixpath.normpath(posixpath.join("xl", target))
                    targets[rel.get("Id", "")] = target
            members = {}
            for sheet in workbook.iter(f"{ns_main}sheet"):
                rid = sheet.get(f"{ns_rel}id", "")
                if rid in targets and targets[rid] in names:
                    members[sheet.get("name", "")] = targets[rid]
            return members
    except BadFileError:
        raise
    except Exception as exc:  # defusedxml refusals and malformed XML alike
        raise BadFileError(
            f"{path.name}: the workbook's structure cannot be read ({type(exc).__name__}); "
            "it may be damaged or crafted to attack a program."
        ) from None


def read_xlsx_sheet(path: Path, sheet: str, member: str | None) -> RawSheet:
    """One sheet's values via calamine, after the streamed scan said it is safe to load."""
    import python_calamine as pc

    scan = safety.scan_sheet(path, member, sheet) if member else None
    try:
        with pc.CalamineWorkbook.from_path(str(path)) as wb:
            data = wb.get_sheet_by_name(sheet)
            start = data.start
            rows = data.to_python(skip_empty_area=False) if start is not None else []
            merged = data.merged_cell_ranges or []
    except Exception as exc:  # calamine's errors carry no personal data, but keep it to a kind
        raise BadFileError(
            f"{path.name}, sheet '{sheet}': cannot be read ({type(exc).__name__})."
        ) from None
    # to_python makes new lists, ours to change (merged cells): no copy of every row needed
    raw = RawSheet(path.name, sheet, cast("list[list[object]]", rows))
    if scan is not None:
        raw.errors = set(scan.error_cells)
    _fill_merged(raw, merged)
    return raw


def _fill_merged(raw: RawSheet, merged: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """A value merged down over several rows belongs to each of them (one person per row)."""
    filled = 0
    for (r0, c0), (r1, _c1) in merged:
        if r1 <= r0 or r0 >= len(raw.rows):
            continue
        top = raw.rows[r0][c0] if c0 < len(raw.rows[r0]) else ""
        for r in range(r0 + 1, min(r1, len(raw.rows) - 1) + 1):
            row = raw.rows[r]
            if c0 < len(row) and row[c0] == "":
                row[c0] = top
                filled += 1
    if filled:
        raw.notes.append(
            Note("Merged cells: their value was repeated in {count} cell(s) below.", count=filled)
        )


# --- CSV ---------------------------------------------------------------------------


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as Dutch Excel writes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(path: Path) -> RawSheet:
    """A CSV file with its separator sniffed (``;`` from Dutch Excel, ``,`` elsewhere)."""
    data = path.read_bytes()
    text = decode_text(data, path.name)
    sample = text[:20_000]
    delimiter = _sniff_delimiter(sample)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Value]] = []
    try:
        for row in reader:
            if len(row) > safety.MAX_COLUMNS:
                raise BadFileError(
                    f"{path.name}, row {reader.line_num}: more than {safety.MAX_COLUMNS} columns; "
                    "not read."
                )
            rows.append(list(row))
            if len(rows) > safety.MAX_ROWS:
                raise BadFileError(
                    f"{path.name}: more than {safety.MAX_ROWS:,} rows; split the file."
                )
    except csv.Error:
        raise BadFileError(
            f"{path.name}, row {reader.line_num}: the CSV file is malformed (a quote is not closed?)."
        ) from None
    return RawSheet(path.name, path.stem, rows)


def _sniff_delimiter(sample: str) -> str:
    first_lines = [line for line in sample.splitlines()[:5] if line.strip()]
    if not first_lines:
        return ","
    header = first_lines[0]
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: counts[d]) if max(counts.values()) else ","


def as_text(value: Value) -> str:
    """A cell value as text, the way a person reads it (12345.0 -> "12345")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value).strip()

"""Write .xlsx workbooks safely: string cells stay strings, and the old file survives a crash.

openpyxl turns any string starting with ``=`` into a formula and ``"#N/A"`` into an error
cell, truncates text over 32 767 characters silently, and ``save()`` destroys the target
when interrupted. This writer sets every user string's cell type explicitly, reports
truncation, and writes to a private temporary file that replaces the target only when
complete (write, fsync, ``os.replace``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path

from partnerdesk.errors import StorageError

#: Excel's limit on the characters of one cell.
MAX_CELL_CHARS = 32_767
#: Excel's limit on the characters of a sheet name.
MAX_SHEET_NAME = 31
#: Rows sampled to fit column widths (write-only mode needs widths before the rows).
WIDTH_SAMPLE_ROWS = 500
#: Name of the hidden sheet holding the drop-down lists.
LISTS_SHEET = "Lists"
#: Prefix of the private temporary folders this writer makes next to the target.
TEMP_PREFIX = ".partnerdesk-write-"

#: Control characters an xlsx cannot hold (the same set openpyxl refuses).
ILLEGAL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

#: Texts openpyxl would write as error cells (openpyxl.cell.cell.ERROR_CODES).
_ERROR_TEXTS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


class ColumnKind(Enum):
    """How a column's values are written; TEXT is the default and never becomes a formula."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"


@dataclass(frozen=True)
class Sheet:
    """One sheet to write: a header row, the rows, and optional column kinds and drop-downs.

    Args:
        name: the tab name (at most 31 characters; no ``[]:*?/\\``).
        headers: the header texts, written as the frozen first row.
        rows: the data rows; may be a generator (only the first rows are held to fit widths).
        kinds: one ColumnKind per column; missing means TEXT.
        choices: column index -> allowed values, offered as a drop-down list.
        hidden: hide the sheet (for example a lists sheet).
    """

    name: str
    headers: Sequence[str]
    rows: Iterable[Sequence[object]]
    kinds: Sequence[ColumnKind] = ()
    choices: Mapping[int, Sequence[str]] = field(default_factory=dict)
    hidden: bool = False


@dataclass
class WriteReport:
    """What the writer had to tell: cells it shortened or cleaned, and how many rows it wrote."""

    path: Path
    rows_written: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def write_workbook(
    path: Path | str,
    sheets: Sequence[Sheet],
    *,
    about: Mapping[str, object] | None = None,
    about_title: str = "About",
) -> WriteReport:
    """Write ``sheets`` (and an About sheet when ``about`` is given) to ``path`` atomically."""
    from openpyxl import Workbook

    from partnerdesk.exchange.safety import require_defused_openpyxl

    require_defused_openpyxl()
    target = Path(path)
    report = WriteReport(path=target)
    wb = Workbook(write_only=True)
    lists: list[tuple[str, Sequence[str]]] = []
    with atomic_target(target) as temp:
        try:
            for sheet in sheets:
                _write_sheet(wb, sheet, report, lists, temp.parent)
            if about is not None:
                about_rows = [(str(k), v) for k, v in about.items()]
                about_sheet = Sheet(about_title, ("Field", "Value"), about_rows)
                _write_sheet(wb, about_sheet, report, lists, temp.parent, freeze=False)
            if lists:
                _write_lists_sheet(wb, lists, temp.parent)
            wb.save(temp)
        except BaseException:
            _close_quietly(wb)
            raise
    return report


def _close_quietly(wb: object) -> None:
    """Finish the sheet writers after a failure so no generator complains at exit."""
    for ws in wb.worksheets:  # type: ignore[attr-defined]
        try:
            ws.close()
        except Exception:  # the file is discarded anyway
            pass


def _start_sheet_writer(ws: object, folder: Path) -> None:
    """Stream the sheet's XML into our private folder, not the shared system temp folder.

    WORKAROUND: openpyxl's write-only sheets buffer into ``NamedTemporaryFile(delete=False)``
    in the system temp folder, where a crash leaves the personal data behind.
    """
    from openpyxl.worksheet import _writer

    handle, name = tempfile.mkstemp(dir=folder, prefix="sheet-", suffix=".xml")
    os.close(handle)
    _writer.ALL_TEMP_FILES.append(name)  # openpyxl's cleanup() removes it from this list
    writer = _writer.WorksheetWriter(ws, out=name)
    writer.write_top()
    ws._writer = writer  # type: ignore[attr-defined]


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """A private temporary path that replaces ``target`` only when the block succeeds."""
    folder = _private_folder(target.parent)
    try:
        temp = folder / ("partial" + (target.suffix or ".tmp"))
        yield temp
        try:
            _fsync(temp)
            os.replace(temp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            raise StorageError(f"Could not write {target.name}: {exc.strerror or exc}") from None
    except OSError as exc:
        raise StorageError(f"Could not write {target.name}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write bytes to ``path`` through a private temporary file (CSV, vCard, iCalendar)."""
    with atomic_target(Path(path)) as temp:
        temp.write_bytes(data)


def clean_temp_folders(folder: Path) -> int:
    """Remove temporary folders a crashed write left in ``folder``; returns how many."""
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(TEMP_PREFIX) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed


def safe_sheet_name(name: str, taken: Iterable[str] = ()) -> str:
    """Make ``name`` a valid, unique sheet name (Excel forbids ``[]:*?/\\`` and >31 chars)."""
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in name).strip("'") or "Sheet"
    cleaned = cleaned[:MAX_SHEET_NAME]
    lowered = {t.casefold() for t in taken}
    candidate, n = cleaned, 2
    while candidate.casefold() in lowered:
        suffix = f" ({n})"
        candidate = cleaned[: MAX_SHEET_NAME - len(suffix)] + suffix
        n += 1
    return candidate


def column_letter(index: int) -> str:
    """Spreadsheet letters for a 1-based column index (1 -> A, 28 -> AB)."""
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _private_folder(parent: Path) -> Path:
    """A 0700 folder next to the target, so ``os.replace`` stays on one file system."""
    try:
        return Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=parent))
    except OSError as exc:
        raise StorageError(f"Cannot write in {parent}: {exc.strerror or exc}") from None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; not possible on Windows, where it is not needed either."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_sheet(
    wb: object,
    sheet: Sheet,
    report: WriteReport,
    lists: list[tuple[str, Sequence[str]]],
    folder: Path,
    *,
    freeze: bool = True,
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    taken = [ws.title for ws in wb.worksheets]  # type: ignore[attr-defined]
    title = safe_sheet_name(sheet.name, taken)
    ws = wb.create_sheet(title)  # type: ignore[attr-defined]
    if sheet.hidden:
        ws.sheet_state = "hidden"
    ncols = len(sheet.headers)
    kinds = list(sheet.kinds) + [ColumnKind.TEXT] * (ncols - len(sheet.kinds))

    rows_iter = iter(sheet.rows)
    sample = list(itertools.islice(rows_iter, WIDTH_SAMPLE_ROWS))
    for index, width in enumerate(_fitted_widths(sheet.headers, sample, kinds), start=1):
        ws.column_dimensions[column_letter(index)].width = width
    if freeze:
        ws.freeze_panes = "A2"
    _start_sheet_writer(ws, folder)

    bold = Font(bold=True)
    header_cells = []
    for text in sheet.headers:
        cell = WriteOnlyCell(ws)
        cell.value = _clean_text(str(text))
        cell.data_type = "s"
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)

    date_cell_style = {ColumnKind.DATE: DATE_FORMAT, ColumnKind.DATETIME: DATETIME_FORMAT}
    count = 0
    for row_number, row in enumerate(_chain(sample, rows_iter), start=2):
        out: list[object] = []
        for col, value in enumerate(row):
            kind = kinds[col] if col < ncols else ColumnKind.TEXT
            out.append(
                _cell_for(
                    ws,
                    value,
                    kind,
                    date_cell_style,
                    WriteOnlyCell,
                    report,
                    title,
                    row_number,
                    sheet.headers[col] if col < ncols else column_letter(col + 1),
                )
            )
        ws.append(out)
        count += 1
    report.rows_written[title] = count

    if freeze and ncols:
        ws.auto_filter.ref = f"A1:{column_letter(ncols)}{count + 1}"
    for col, values in sheet.choices.items():
        if not values:
            continue
        lists.append((f"{title}: {sheet.headers[col]}", list(values)))
        list_col = column_letter(len(lists))
        source = f"'{LISTS_SHEET}'!${list_col}$2:${list_col}${len(values) + 1}"
        validation = DataValidation(type="list", formula1=source, allow_blank=True)
        validation.showErrorMessage = False  # colleagues may type a value not (yet) listed
        letter = column_letter(col + 1)
        validation.add(f"{letter}2:{letter}{max(count + 1, 2) + 1000}")
        ws.data_validations.append(validation)


def _cell_for(
    ws: object,
    value: object,
    kind: ColumnKind,
    date_styles: Mapping[ColumnKind, str],
    cell_class: type,
    report: WriteReport,
    sheet_title: str,
    row_number: int,
    header: str,
) -> object:
    """One value as a write-only cell whose type is fixed by the value, never by its text."""
    if value is None or value == "":
        return None
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        return float(value) if isinstance(value, Decimal) else value
    if type(value) is dt.date and kind is not ColumnKind.DATETIME:
        return value  # openpyxl gives a plain date the yyyy-mm-dd format by itself
    if isinstance(value, dt.datetime | dt.date):
        cell = cell_class(ws)
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            value = value.replace(tzinfo=None)  # Excel has no time zones; callers pass local time
        cell.value = value
        style = date_styles.get(kind)
        if style is None:
            style = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
        cell.number_format = style
        return cell
    text = value if isinstance(value, str) else str(value)
    if len(text) > MAX_CELL_CHARS:
        report.notes.append(
            f"Sheet '{sheet_title}', row {row_number}, column '{header}': the text has "
            f"{len(text)} characters; an Excel cell holds {MAX_CELL_CHARS}, so the rest was cut off."
        )
        text = text[:MAX_CELL_CHARS]
    cleaned = _clean_text(text)
    if cleaned != text:
        report.notes.append(
            f"Sheet '{sheet_title}', row {row_number}, column '{header}': "
            "control characters Excel cannot store were left out."
        )
    if not cleaned.startswith("=") and cleaned not in _ERROR_TEXTS:
        return cleaned  # openpyxl writes this as a string cell itself, and faster
    cell = cell_class(ws)
    cell.value = cleaned
    cell.data_type = "s"  # never a formula ("=1+1") or an error ("#N/A")
    return cell


def _clean_text(text: str) -> str:
    return ILLEGAL_CHARACTERS.sub("", text)


def _fitted_widths(
    headers: Sequence[str], sample: Sequence[Sequence[object]], kinds: Sequence[ColumnKind]
) -> list[float]:
    """Column widths from the header and the sampled rows, within sensible bounds."""
    widths = []
    for col, header in enumerate(headers):
        longest = len(str(header)) + 2  # room for the autofilter button
        for row in sample:
            if col < len(row) and row[col] is not None:
                value = row[col]
                if kinds[col] is ColumnKind.DATE or type(value) is dt.date:
                    length = 10
                elif kinds[col] is ColumnKind.DATETIME or isinstance(value, dt.datetime):
                    length = 16
                else:
                    first_line = str(value).split("\n", 1)[0]
                    length = len(first_line)
                longest = max(longest, length)
        widths.append(float(min(max(longest + 1, 6), 60)))
    return widths


def _write_lists_sheet(
    wb: object, lists: Sequence[tuple[str, Sequence[str]]], folder: Path
) -> None:
    """The hidden sheet feeding the drop-downs (inline lists stop at 255 characters)."""
    from openpyxl.cell import WriteOnlyCell

    ws = wb.create_sheet(LISTS_SHEET)  # type: ignore[attr-defined]
    ws.sheet_state = "hidden"
    _start_sheet_writer(ws, folder)
    longest = max(len(values) for _, values in lists)
    columns = [[label, *values] for label, values in lists]
    for index in range(longest + 1):
        row = []
        for column in columns:
            if index < len(column):
                cell = WriteOnlyCell(ws)
                cell.value = str(column[index])
                cell.data_type = "s"
                row.append(cell)
            else:
                row.append(None)
        ws.append(row)


def _chain(
    first: Sequence[Sequence[object]], rest: Iterator[Sequence[object]]
) -> Iterator[Sequence[object]]:
    yield from first
    yield from rest

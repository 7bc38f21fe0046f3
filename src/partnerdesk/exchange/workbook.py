"""Write .xlsx workbooks safely: string cells stay strings, and the old file survives a crash.

Written with xlsxwriter in constant-memory mode (rows stream to disk, so memory stays flat):
every user string goes through ``write_string``, so text such as ``=1+1`` or ``#N/A`` never
becomes a formula or an error cell; text over Excel's 32 767 characters and control
characters a cell cannot hold are reported, not dropped silently; and the workbook is
written to a private temporary folder and replaces the target only when complete (write,
fsync, ``os.replace``), so an interrupted export leaves the previous file and no stray data.
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
from typing import cast

from partnerdesk.errors import StorageError

#: Excel's limit on the characters of one cell.
MAX_CELL_CHARS = 32_767
#: Excel's limit on the characters of a sheet name.
MAX_SHEET_NAME = 31
#: Rows sampled to fit column widths (the rows stream to disk; widths come from the first).
WIDTH_SAMPLE_ROWS = 500
#: Name of the hidden sheet holding the drop-down lists.
LISTS_SHEET = "Lists"
#: Prefix of the private temporary folders this writer makes next to the target.
TEMP_PREFIX = ".partnerdesk-write-"

#: Control characters an xlsx cannot hold (the set openpyxl refuses when reading back).
ILLEGAL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


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
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    target = Path(path)
    report = WriteReport(path=target)
    lists: list[tuple[str, Sequence[str]]] = []
    with atomic_target(target) as temp:
        # constant_memory streams each sheet's rows to a file in our private folder (tmpdir),
        # so neither memory nor the shared system temp folder holds the whole sheet.
        book = xlsxwriter.Workbook(str(temp), {"constant_memory": True, "tmpdir": str(temp.parent)})
        formats = _Formats(book)
        try:
            for sheet in sheets:
                _write_sheet(book, sheet, report, lists, formats)
            if about is not None:
                about_rows = [(str(k), v) for k, v in about.items()]
                about_sheet = Sheet(about_title, ("Field", "Value"), about_rows)
                _write_sheet(book, about_sheet, report, lists, formats, freeze=False)
            if lists:
                _write_lists_sheet(book, lists)
            book.close()
        except FileCreateError as exc:
            _discard(book)
            cause = exc.args[0] if exc.args else exc
            reason = getattr(cause, "strerror", None) or cause
            raise StorageError(f"Could not write {target.name}: {reason}") from None
        except BaseException:
            _discard(book)
            raise
    return report


def _discard(book: object) -> None:
    """Close the sheets' row files after a failure, so the private folder can be removed.

    WORKAROUND: xlsxwriter has no public way to abandon a workbook; an unclosed row file
    would keep Windows from deleting the folder that holds the half-written personal data.
    """
    for ws in book.worksheets():  # type: ignore[attr-defined]
        try:
            ws._opt_close()
        except Exception:  # the file is discarded anyway
            pass


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


class _Formats:
    """The few cell formats every sheet shares (xlsxwriter wants one object per format)."""

    def __init__(self, book: object) -> None:
        add = book.add_format  # type: ignore[attr-defined]
        self.bold = add({"bold": True})
        self.date = add({"num_format": DATE_FORMAT})
        self.datetime = add({"num_format": DATETIME_FORMAT})


def _write_sheet(
    book: object,
    sheet: Sheet,
    report: WriteReport,
    lists: list[tuple[str, Sequence[str]]],
    formats: _Formats,
    *,
    freeze: bool = True,
) -> None:
    taken = [ws.name for ws in book.worksheets()]  # type: ignore[attr-defined]
    title = safe_sheet_name(sheet.name, taken)
    ws = book.add_worksheet(title)  # type: ignore[attr-defined]
    if sheet.hidden:
        ws.hide()
    ncols = len(sheet.headers)
    kinds = list(sheet.kinds) + [ColumnKind.TEXT] * (ncols - len(sheet.kinds))

    rows_iter = iter(sheet.rows)
    sample = list(itertools.islice(rows_iter, WIDTH_SAMPLE_ROWS))
    for index, width in enumerate(_fitted_widths(sheet.headers, sample, kinds)):
        ws.set_column(index, index, width)
    if freeze:
        ws.freeze_panes(1, 0)
    for col, text in enumerate(sheet.headers):
        ws.write_string(0, col, _clean_text(str(text)), formats.bold)

    writer = _CellWriter(ws, kinds, formats, report, title, sheet.headers)
    count = 0
    for count, row in enumerate(_chain(sample, rows_iter), start=1):
        writer.row(count, row)
    report.rows_written[title] = count

    if freeze and ncols:
        ws.autofilter(0, 0, count, ncols - 1)
    for col, values in sheet.choices.items():
        if not values:
            continue
        lists.append((f"{title}: {sheet.headers[col]}", list(values)))
        list_col = column_letter(len(lists))
        source = f"='{LISTS_SHEET}'!${list_col}$2:${list_col}${len(values) + 1}"
        last_row = max(count + 1, 2) + 1000  # 1-based, as the rows a colleague may add
        ws.data_validation(
            1,
            col,
            last_row - 1,
            col,
            {
                "validate": "list",
                "source": source,
                "ignore_blank": True,
                "show_error": False,  # colleagues may type a value not (yet) listed
            },
        )


class _CellWriter:
    """Writes rows cell by cell with the cell type fixed by the value, never by its text.

    Every string goes through ``write_string``, so "=1+1" or "#N/A" stay text; dates
    become real Excel dates in the column's date or date-time format.
    """

    def __init__(
        self,
        ws: object,
        kinds: Sequence[ColumnKind],
        formats: _Formats,
        report: WriteReport,
        title: str,
        headers: Sequence[str],
    ) -> None:
        self.write_string = ws.write_string  # type: ignore[attr-defined]
        self.write_number = ws.write_number  # type: ignore[attr-defined]
        self.write_boolean = ws.write_boolean  # type: ignore[attr-defined]
        self.write_datetime = ws.write_datetime  # type: ignore[attr-defined]
        self.kinds = kinds
        self.formats = formats
        self.report = report
        self.title = title
        self.headers = headers
        # A date in a date-time column shows its (zero) time; a date-time in a date column not.
        self.date_formats = {ColumnKind.DATETIME: formats.datetime}
        self.datetime_formats = {ColumnKind.DATE: formats.date}

    def row(self, row: int, values: Sequence[object]) -> None:
        """One row; the common types first, the rest (dates, enums, decimals) in ``other``."""
        write_string, number, illegal = self.write_string, self.write_number, _HAS_ILLEGAL
        for col, value in enumerate(values):
            kind = type(value)
            if kind is str:
                # A text of at most half the limit fits whatever its UTF-16 length: written
                # straight; longer ones and control characters go the reporting way.
                text = cast(str, value)
                if len(text) > _SURELY_FITS or illegal(text):
                    self.text(row, col, text)
                elif text:
                    write_string(row, col, text)
            elif value is None:
                continue
            elif kind is int or kind is float:
                number(row, col, value)
            elif kind is bool:
                self.write_boolean(row, col, value)
            else:
                self.other(row, col, value)

    def text(self, row: int, col: int, text: str) -> None:
        """A string cell, whatever the text looks like; shortening or cleaning is reported."""
        if len(text) > MAX_CELL_CHARS:
            self.note(
                row,
                col,
                f"the text has {len(text)} characters; an Excel cell holds "
                f"{MAX_CELL_CHARS}, so the rest was cut off.",
            )
            text = text[:MAX_CELL_CHARS]
        if ILLEGAL_CHARACTERS.search(text):
            text = _clean_text(text)
            self.note(row, col, "control characters Excel cannot store were left out.")
        if self.write_string(row, col, text) == -2:  # over the limit in UTF-16 units
            self.note(
                row,
                col,
                f"the text is longer than the {MAX_CELL_CHARS} characters "
                "an Excel cell holds, so the rest was cut off.",
            )

    def other(self, row: int, col: int, value: object) -> None:
        """Enumerations as their value, decimals as numbers, dates as dates, the rest as text."""
        if isinstance(value, Enum):
            value = value.value
        if isinstance(value, bool):
            self.write_boolean(row, col, value)
        elif isinstance(value, int | float | Decimal):
            self.write_number(row, col, float(value) if isinstance(value, Decimal) else value)
        elif isinstance(value, dt.datetime):
            if value.tzinfo is not None:  # Excel has no time zones; callers pass local time
                value = value.replace(tzinfo=None)
            self.write_datetime(row, col, value, self.format(col, self.datetime_formats, True))
        elif isinstance(value, dt.date):
            self.write_datetime(row, col, value, self.format(col, self.date_formats, False))
        else:
            text = value if isinstance(value, str) else str(value)
            if text:
                self.text(row, col, text)

    def format(self, col: int, by_kind: Mapping[ColumnKind, object], with_time: bool) -> object:
        """The number format of a date: the column's kind decides, else the value's type."""
        kind = self.kinds[col] if col < len(self.kinds) else ColumnKind.TEXT
        default = self.formats.datetime if with_time else self.formats.date
        return by_kind.get(kind, default)

    def note(self, row: int, col: int, message: str) -> None:
        header = self.headers[col] if col < len(self.headers) else column_letter(col + 1)
        self.report.notes.append(
            f"Sheet '{self.title}', row {row + 1}, column '{header}': {message}"
        )


#: texts this long or shorter fit a cell even when every character takes two UTF-16 units
_SURELY_FITS = MAX_CELL_CHARS // 2
_HAS_ILLEGAL = ILLEGAL_CHARACTERS.search


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


def _write_lists_sheet(book: object, lists: Sequence[tuple[str, Sequence[str]]]) -> None:
    """The hidden sheet feeding the drop-downs (inline lists stop at 255 characters)."""
    ws = book.add_worksheet(LISTS_SHEET)  # type: ignore[attr-defined]
    ws.hide()
    for col, (label, _) in enumerate(lists):
        ws.write_string(0, col, _clean_text(label))
    longest = max(len(values) for _, values in lists)
    for row in range(longest):  # constant_memory writes row by row
        for col, (_, values) in enumerate(lists):
            if row < len(values):
                ws.write_string(row + 1, col, _clean_text(str(values[row])))


def _chain(
    first: Sequence[Sequence[object]], rest: Iterator[Sequence[object]]
) -> Iterator[Sequence[object]]:
    yield from first
    yield from rest

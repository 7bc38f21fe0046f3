"""CSV out the way Dutch Excel opens it (UTF-8 with BOM, ``;``), formula-safe both ways.

A text starting with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading apostrophe
(OWASP CSV injection advice), so Excel shows it as text; the importer removes exactly
that apostrophe again, so "+31 6 1234 5678" and "=1+1" come back as typed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from enum import Enum
from pathlib import Path

from partnerdesk.exchange.workbook import write_atomically

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
SEPARATOR = ";"


def neutralise(text: str) -> str:
    """Make a text inert for spreadsheet programs."""
    return "'" + text if text.startswith(DANGEROUS_FIRST) else text


def restore(text: str) -> str:
    """Undo ``neutralise`` on import: only an apostrophe before a dangerous first character."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(DANGEROUS_FIRST):
        return text[1:]
    return text


def format_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        return str(value).replace(".", ",")  # Dutch decimal comma
    return neutralise(str(value))


def write_csv(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write one table; returns the number of data rows."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    count = 0
    for row in rows:
        writer.writerow([format_value(v) for v in row])
        count += 1
    write_atomically(path, b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return count

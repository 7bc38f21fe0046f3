"""The coverage view as a workbook: plain sheets with a frozen header row and an autofilter.

NOTE: written with openpyxl directly until ``exchange/workbook.write_workbook`` is on main;
the sheets here are small (sectors × target groups), so nothing else is needed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from partnerdesk.errors import StorageError


@dataclass(frozen=True)
class PlainSheet:
    name: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str | int | None]]


def write_sheets(path: Path, sheets: Sequence[PlainSheet]) -> None:
    """Write the sheets to ``path``; text is always stored as text, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name[:31])
        columns = len(sheet.headers)
        for index in range(columns):
            longest = max(
                [len(str(sheet.headers[index]))]
                + [len(str(row[index] if row[index] is not None else "")) for row in sheet.rows]
            )
            ws.column_dimensions[get_column_letter(index + 1)].width = min(max(longest + 2, 8), 60)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{len(sheet.rows) + 1}"
        header = []
        for text in sheet.headers:
            cell = WriteOnlyCell(ws, value=str(text))
            cell.font = bold
            header.append(_as_text(cell))
        ws.append(header)
        for row in sheet.rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(ws, value=value)
                cells.append(_as_text(cell) if isinstance(value, str) else cell)
            ws.append(cells)
    temp = path.with_name(path.name + ".part")
    try:
        wb.save(temp)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StorageError(f"Could not write {path.name}: {exc.strerror or exc}") from None


def _as_text(cell: object) -> object:
    """Force a string cell to be stored as text, so "=..." from user input is no formula."""
    cell.data_type = "s"  # type: ignore[attr-defined]
    return cell

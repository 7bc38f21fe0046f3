"""The workbook writer: string cells stay strings, files are replaced atomically."""

from __future__ import annotations

import datetime as dt
import os
import stat
import zipfile
from pathlib import Path

import openpyxl
import pytest

from partnerdesk.errors import StorageError
from partnerdesk.exchange.workbook import (
    MAX_CELL_CHARS,
    TEMP_PREFIX,
    ColumnKind,
    Sheet,
    clean_temp_folders,
    write_workbook,
)
from partnerdesk.persistence.database import Database


def _people_sheet() -> Sheet:
    return Sheet(
        "People",
        ["ID", "Name", "Phone", "Note", "Born", "Status", "Reach"],
        [
            [1, "Jan de Vries", "+31 6 1234 5678", "=1+1", dt.date(2021, 1, 26), "active", 45000],
            [2, "Anna Bakker", "-12", "#N/A", None, "prospect", None],
            [3, "@SUM(A1)", "\t0612345678", '=HYPERLINK("http://x")', None, None, 1.5],
        ],
        kinds=[
            ColumnKind.NUMBER,
            ColumnKind.TEXT,
            ColumnKind.TEXT,
            ColumnKind.TEXT,
            ColumnKind.DATE,
            ColumnKind.TEXT,
            ColumnKind.NUMBER,
        ],
        choices={5: ["prospect", "active", "paused"]},
    )


def test_user_text_that_looks_like_a_formula_or_error_is_written_as_text(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    write_workbook(target, [_people_sheet()])
    wb = openpyxl.load_workbook(target)
    ws = wb["People"]
    assert ws["C2"].value == "+31 6 1234 5678"
    assert ws["D2"].value == "=1+1"
    assert ws["D2"].data_type == "s"
    assert ws["D3"].value == "#N/A"
    assert ws["D3"].data_type == "s"
    assert ws["A4"].value == 3
    assert ws["B4"].value == "@SUM(A1)"
    assert ws["D4"].data_type == "s"
    with zipfile.ZipFile(target) as zf:
        sheet_xml = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    assert 't="e"' not in sheet_xml


def test_dates_are_real_excel_dates_and_numbers_stay_numbers(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    write_workbook(target, [_people_sheet()])
    ws = openpyxl.load_workbook(target)["People"]
    assert ws["E2"].is_date
    assert ws["E2"].value == dt.datetime(2021, 1, 26)
    assert ws["G2"].value == 45000
    assert ws["G2"].data_type == "n"


def test_header_is_frozen_filtered_and_columns_are_fitted(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    write_workbook(target, [_people_sheet()], about={"Format version": 1})
    wb = openpyxl.load_workbook(target)
    ws = wb["People"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G4"
    assert ws["A1"].font.bold
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    assert wb["About"]["B2"].value == 1


def test_enumeration_drop_down_is_fed_from_a_hidden_lists_sheet(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    write_workbook(target, [_people_sheet()])
    wb = openpyxl.load_workbook(target)
    lists = wb["Lists"]
    assert lists.sheet_state == "hidden"
    assert [c.value for c in lists["A"]] == ["People: Status", "prospect", "active", "paused"]
    (validation,) = wb["People"].data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == "'Lists'!$A$2:$A$4"
    assert "F2" in validation.sqref


def test_a_text_longer_than_a_cell_holds_is_reported(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    long_text = "x" * (MAX_CELL_CHARS + 10)
    report = write_workbook(target, [Sheet("Notes", ["ID", "Note"], [[1, long_text]])])
    assert len(report.notes) == 1
    assert "row 2" in report.notes[0] and "'Note'" in report.notes[0]
    assert len(openpyxl.load_workbook(target)["Notes"]["B2"].value) == MAX_CELL_CHARS


def test_a_text_over_the_cell_limit_in_excel_units_is_reported_too(tmp_path: Path) -> None:
    # Excel counts UTF-16 units: 20 000 emoji are 40 000 units, though 20 000 characters
    target = tmp_path / "out.xlsx"
    report = write_workbook(target, [Sheet("Notes", ["ID", "Note"], [[1, "\U0001f600" * 20_000]])])
    assert len(report.notes) == 1
    assert "row 2" in report.notes[0] and "cut off" in report.notes[0]


def test_control_characters_are_left_out_and_reported(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    report = write_workbook(target, [Sheet("Notes", ["ID", "Note"], [[1, "a\x01b"]])])
    assert openpyxl.load_workbook(target)["Notes"]["B2"].value == "ab"
    assert "control characters" in report.notes[0]


def test_a_failed_write_leaves_the_previous_file_and_no_temporary_data(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous")

    def broken_rows():
        yield [1, "Jan"]
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        write_workbook(target, [Sheet("People", ["ID", "Name"], broken_rows())])
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_the_temporary_folder_is_private_and_cleaned_up_after_a_crash(tmp_path: Path) -> None:
    leftover = tmp_path / (TEMP_PREFIX + "abc")
    leftover.mkdir()
    (leftover / "export.xlsx").write_bytes(b"personal data")
    assert clean_temp_folders(tmp_path) == 1
    assert not leftover.exists()

    seen_modes: list[int] = []
    original = os.replace

    def spy(src: str, dst: str) -> None:
        seen_modes.append(stat.S_IMODE(os.stat(Path(src).parent).st_mode))
        original(src, dst)

    pytest.MonkeyPatch().setattr(os, "replace", spy)
    try:
        write_workbook(tmp_path / "out.xlsx", [_people_sheet()])
    finally:
        pytest.MonkeyPatch().undo()
    assert seen_modes == [0o700]


def test_writing_into_a_missing_folder_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        write_workbook(tmp_path / "missing" / "out.xlsx", [_people_sheet()])


def test_a_full_disk_while_packing_the_workbook_is_a_storage_error_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import xlsxwriter

    def full_disk(self: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.Workbook, "_store_workbook", full_disk)
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous")
    with pytest.raises(StorageError, match=r"out\.xlsx: No space left on device"):
        write_workbook(target, [_people_sheet()])
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_every_excel_error_text_is_written_as_a_string(tmp_path: Path) -> None:
    from openpyxl.cell.cell import ERROR_CODES

    target = tmp_path / "out.xlsx"
    write_workbook(target, [Sheet("Notes", ["Note"], [[code] for code in ERROR_CODES])])
    ws = openpyxl.load_workbook(target)["Notes"]
    assert [(c.value, c.data_type) for (c,) in ws.iter_rows(min_row=2)] == [
        (code, "s") for code in ERROR_CODES
    ]


def test_the_sheets_of_a_partnerdesk_workbook_read_ahead_are_the_sheets_read_one_by_one(
    demo_db: Database, tmp_path: Path
) -> None:
    from partnerdesk.exchange.tables import SpreadsheetFile
    from partnerdesk.services.exporter import export_file
    from partnerdesk.services.importer import ImportSource

    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    source = ImportSource(export)  # starts reading the imported sheets on a worker thread
    alone = SpreadsheetFile(export)
    names = [info.name for info in source.infos if info.name != "About"]
    assert {"People", "Participants", "Actions"} <= set(names)
    for name in names:
        ahead, read = source.read(name), alone.read(name)
        assert (ahead.rows, ahead.errors, ahead.notes) == (read.rows, read.errors, read.notes)

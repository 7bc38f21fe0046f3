"""Broken and hostile files are refused in one clear line, in bounded time and memory."""

from __future__ import annotations

import hashlib
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from partnerdesk.__main__ import main
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import Organisation
from partnerdesk.services.exporter import export_file
from tests.integration import hostile_files as hostile

#: Generous bounds: the checks read kilobytes, a parser that fell for the file reads gigabytes.
SECONDS = 20
EXTRA_MEMORY = 300 * 1024 * 1024


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # a real one: 1 GiB of whitespace in about 1 MB (2 GiB only doubles the time to make it)
    return hostile.zip_bomb(tmp_path_factory.mktemp("bomb") / "bomb.xlsx", gigabytes=1)


def _stale(folder: Path) -> Path:
    return hostile.stale_dimension(folder / "ok.xlsx")


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "entity expansion": (lambda d: hostile.entity_expansion(d / "lol.xlsx"), "entity declarations"),
    "external entity": (lambda d: hostile.external_entity(d / "xxe.xlsx"), "entity declarations"),
    "truncated zip": (
        lambda d: hostile.truncated(d / "half.xlsx", _stale(d)),
        "damaged or incomplete",
    ),
    "csv renamed to xlsx": (lambda d: hostile.csv_renamed(d / "list.xlsx"), "renamed"),
    "empty file": (lambda d: hostile.empty(d / "empty.xlsx"), "empty"),
    "16 384 columns": (lambda d: hostile.wide(d / "wide.xlsx"), "columns"),
    "a cell at XFD1048576": (lambda d: hostile.far_corner(d / "far.xlsx"), "columns"),
}


def _db_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refuse(file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    target = tmp_path / "data.sqlite"
    database = Database.open(target, backup_dir=tmp_path / "backups")
    with database.uow() as uow:
        uow.session.add(Organisation(name="HEMA", name_key="hema"))
        uow.commit()
    database.close()
    before = _db_digest(target)
    process = psutil.Process()
    rss_before = process.memory_info().rss
    start = time.monotonic()
    code = main(["import", str(file), "--db", str(target)])
    elapsed = time.monotonic() - start
    grown = process.memory_info().rss - rss_before
    out, err = capsys.readouterr()
    assert elapsed < SECONDS
    assert grown < EXTRA_MEMORY
    assert _db_digest(target) == before
    return code, out, err


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_or_broken_file_is_refused_in_one_line_and_changes_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected = CASES[case]
    folder = tmp_path / "files"
    folder.mkdir()
    file = make(folder)
    code, _out, err = _refuse(file, tmp_path, capsys)
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"partnerdesk: {file.name}")
    assert expected in lines[0]
    assert "Traceback" not in err


def test_a_zip_bomb_declaring_gigabytes_is_refused_before_unpacking(
    bomb: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bomb.stat().st_size < 10 * 1024 * 1024
    code, _out, err = _refuse(bomb, tmp_path, capsys)
    assert code != 0
    assert "zip bomb" in err
    assert len(err.strip().splitlines()) == 1


def test_a_stale_dimension_tag_does_not_hide_rows(tmp_path: Path) -> None:
    from partnerdesk.exchange.tables import SpreadsheetFile

    sheet = SpreadsheetFile(hostile.stale_dimension(tmp_path / "stale.xlsx", rows=50)).read()
    assert len(sheet.rows) == 50
    assert sheet.rows[-1][0] == 50


def test_openpyxl_parses_with_defusedxml() -> None:
    from partnerdesk.exchange.safety import require_defused_openpyxl

    require_defused_openpyxl()
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def test_a_refused_file_is_reported_as_json_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    file = hostile.empty(tmp_path / "empty.csv")
    code = main(["import", str(file), "--db", str(tmp_path / "x.sqlite"), "--json"])
    out, _err = capsys.readouterr()
    report = json.loads(out)
    assert code != 0
    assert report["applied"] is False
    assert report["problems"][0]["file"] == "empty.csv"
    assert "empty" in report["problems"][0]["message"]


def _with_wide_cell_on(export: Path, sheet: str, target: Path) -> Path:
    """The export with one cell beyond column ZZ added to one sheet's first row."""
    from partnerdesk.exchange.tables import _sheet_members

    member = _sheet_members(export)[sheet]
    with zipfile.ZipFile(export) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == member:
                data = data.replace(b"</row>", b'<c r="AAA1"><v>1</v></c></row>', 1)
            out.writestr(item, data)
    return target


def test_a_hostile_sheet_late_in_a_partnerdesk_workbook_is_refused_naming_that_sheet(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the sheets are read ahead on a worker thread: its refusal must still be the answer
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    file = _with_wide_cell_on(export, "Participants", tmp_path / "wide-participants.xlsx")
    code, _out, err = _refuse(file, tmp_path, capsys)
    assert code != 0
    assert err.strip().splitlines() == [
        f"partnerdesk: {file.name}, sheet 'Participants': it uses column AAA (more than "
        "702 columns); not read. Delete the empty columns in Excel and save again."
    ]

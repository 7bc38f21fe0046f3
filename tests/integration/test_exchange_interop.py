"""Real files from Excel, LibreOffice, Google, Outlook, Thunderbird, Android and iOS."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from partnerdesk.__main__ import main
from partnerdesk.persistence.database import resolve_url

KINDS = ("xlsx", "csv", "vcf")


def _files() -> list[Path]:
    from tests.conftest import INTEROP

    return sorted(p for kind in KINDS for p in (INTEROP / kind).glob(f"*.{kind}"))


def _rows(target: str, sql: str) -> list[tuple[Any, ...]]:
    """Stored rows read with plain SQL (a data file or a server database)."""
    engine = create_engine(resolve_url(target))
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _people(target: str) -> list[tuple[Any, ...]]:
    return _rows(target, "SELECT given_name, family_name, email, phone FROM person ORDER BY id")


def _orgs(target: str) -> list[str]:
    return [r[0] for r in _rows(target, "SELECT name FROM organisation ORDER BY id")]


@pytest.mark.parametrize("file", _files(), ids=lambda p: p.name)
def test_every_real_file_imports_or_is_refused_with_a_clear_reason(
    file: Path, interop: Path, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["import", str(file), "--db", db_target, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    report = json.loads(out)
    assert report["file"] == file.name
    if code == 0:
        assert report["applied"] is True
    else:
        assert report["applied"] is False
        reason = err.strip().splitlines()
        assert len(reason) == 1
        assert reason[0].startswith(f"partnerdesk: {file.name}")
    for problem in report["problems"]:
        assert problem["file"] == file.name
        assert problem["message"]


def test_a_german_outlook_csv_in_cp1252_gives_its_two_contacts(
    interop: Path, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = db_target
    assert (
        main(["import", str(interop / "csv/outlook2013_de_contacts_cp1252.csv"), "--db", target])
        == 0
    )
    assert _people(target) == [
        ("Christian", "Baumann", "c.baumann@unittest.de", "+49 (0) 40 6432131-550"),
        ("Cornelius", "Weiß", "c.weiss@unittest.de", "040 6432131545"),
    ]
    assert _orgs(target) == ["unittest"]  # one organisation, repeated on both rows


def test_android_vcards_with_quoted_printable_soft_breaks_keep_their_names(
    interop: Path, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = db_target
    assert main(["import", str(interop / "vcf/android_v21_multi.vcf"), "--db", target]) == 0
    people = _people(target)
    assert len(people) == 6
    emails = {e for _g, _f, e, _p in people if e}
    assert {"john.doe@company.com", "jane.doe@company.com"} <= emails
    families = [f for _g, f, _e, _p in people if f]
    assert "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ" in families  # joined across the soft line break


def test_an_outlook_vcard_gives_name_organisation_and_job_title(
    interop: Path, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = db_target
    assert main(["import", str(interop / "vcf/outlook_v21_john_doe.vcf"), "--db", target]) == 0
    assert _people(target) == [("John", "Doe", "john.doe@ibm.cm", "(905) 555-1234")]
    assert _orgs(target) == ["IBM"]
    assert _rows(target, "SELECT job_title FROM person") == [("Money Counter",)]
    assert _rows(target, "SELECT count(*) FROM affiliation") == [(1,)]


def test_hidden_and_chart_sheets_are_left_out(interop: Path) -> None:
    from partnerdesk.services.importer import ImportSource

    source = ImportSource(interop / "xlsx/excel2016_hidden_veryhidden_chartsheet.xlsx")
    assert [s.name for s in source.data_sheets()] == ["Visible"]
    assert [s.name for s in source.data_sheets(include_hidden=True)] == [
        "Visible",
        "Hidden",
        "VeryHidden",
    ]


def test_an_error_cell_is_an_error_not_text(interop: Path) -> None:
    from partnerdesk.exchange.tables import SpreadsheetFile

    sheet = SpreadsheetFile(interop / "xlsx/excel_mac2008_celltypes_date1904.xlsx").read()
    assert sheet.rows[6][0] == 30  # a formula reads as its value
    assert (7, 0) in sheet.errors


def test_dates_in_both_epochs_read_the_same(interop: Path) -> None:
    import datetime as dt

    from partnerdesk.exchange.tables import SpreadsheetFile

    for name in ("libreoffice73_dates_1904.xlsx", "libreoffice74_dates_1900.xlsx"):
        rows = SpreadsheetFile(interop / "xlsx" / name).read().rows
        assert [r[0] for r in rows[:2]] == [dt.date(2021, 1, 1), dt.date(2021, 1, 2)]

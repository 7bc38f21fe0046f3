"""A colleague's messy Dutch sheet: every value that ends up stored is checked."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from partnerdesk.persistence.database import Database
from partnerdesk.services import importer


def _messy_sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partners 2024"
    ws["A1"] = "Overzicht partners afdeling communicatie"
    ws.merge_cells("A1:F1")
    headers = [
        "Organisatie",
        "Voornaam",
        "Achternaam",
        "E-mailadres",
        "Telefoon",
        "Bereik",
        "Laatste contact",
        "Plaats",
    ]
    ws.append([])
    ws.append(headers)
    ws.append(
        [
            "HEMA",
            "Jan",
            "van der Berg",
            "jan.vdberg@hema.nl",
            "06-12345678",
            "1 miljoen",
            "26 jan 2021",
            "Amsterdam",
        ]
    )
    ws.append(
        [None, "Anna", "Bakker", "anna.bakker@hema", "+31 6 8765 4321", None, "26-01-2021", None]
    )
    ws.merge_cells("A4:A5")  # the organisation merged over its two people
    ws.append(
        ["Hema B.V.", "Piet", "Jansen", "piet@hema.nl", "020 123 4567", "ca. 45.000", 44222, None]
    )
    ws.append(
        [
            "Stichting Sportkracht",
            "Els",
            "de Vries",
            "els@sportkracht.nl",
            "0031 30 1234567",
            "1.000.000",
            dt.datetime(2021, 3, 1),
            "Utrecht",
        ]
    )
    ws.append([])
    ws.append(["Totaal", None, None, None, None, 2_045_000, None, None])
    hidden = wb.create_sheet("Oud")
    hidden.append(headers)
    hidden.append(["Oude Partner", "Kees", "Smit", "kees@oud.nl", None, None, None, None])
    hidden.sheet_state = "hidden"
    wb.save(path)
    return path


def _rows(target: str, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(target) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return _messy_sheet(tmp_path / "partners van collega.xlsx")


def test_a_messy_dutch_colleague_sheet_is_imported_value_by_value(
    sheet: Path, db: Database, db_target: str
) -> None:
    if "://" in db_target:
        pytest.skip("checks the stored rows of the SQLite file")
    source = importer.ImportSource(sheet)
    choice = source.guess(db)
    assert choice.header_row == 2
    assert choice.mapping == [
        "organisation",
        "given_name",
        "family_name",
        "email",
        "phone",
        "reach",
        "last_contact",
        "city",
    ]
    plan = importer.plan_import(db, source, choice)
    problems = plan.all_problems()
    assert [(p.sheet, p.row, p.column) for p in problems] == [("Partners 2024", 5, "E-mailadres")]
    assert "anna" not in problems[0].message  # no personal data in the message
    assert "1 total row(s) were skipped." in plan.notes
    importer.apply_import(db, plan)

    assert _rows(
        db_target, "SELECT id, name, name_key, reach, city FROM organisation ORDER BY id"
    ) == [
        (1, "HEMA", "hema", 1_000_000, "Amsterdam"),
        (2, "Stichting Sportkracht", "sportkracht", 1_000_000, "Utrecht"),
    ]
    assert _rows(
        db_target,
        "SELECT given_name, name_particle, family_name, email, phone, phone_key FROM person ORDER BY id",
    ) == [
        ("Jan", "van der", "Berg", "jan.vdberg@hema.nl", "06-12345678", "+31612345678"),
        ("Anna", None, "Bakker", None, "+31 6 8765 4321", "+31687654321"),
        ("Piet", None, "Jansen", "piet@hema.nl", "020 123 4567", "+31201234567"),
        ("Els", "de", "Vries", "els@sportkracht.nl", "0031 30 1234567", "+31301234567"),
    ]
    assert _rows(
        db_target, "SELECT person_id, organisation_id FROM affiliation ORDER BY person_id"
    ) == [(1, 1), (2, 1), (3, 1), (4, 2)]
    assert _rows(
        db_target,
        "SELECT organisation_id, happened_on FROM contact_moment ORDER BY organisation_id",
    ) == [(1, "2021-01-26"), (2, "2021-03-01")]
    assert _rows(db_target, "SELECT count(*) FROM person WHERE family_name = 'Smit'") == [(0,)]
    assert _rows(db_target, "SELECT kind FROM change_batch") == [("import",)]


def test_importing_the_same_colleague_sheet_twice_adds_nothing(sheet: Path, db: Database) -> None:
    importer.apply_import(db, importer.plan_import(db, importer.ImportSource(sheet)))
    again = importer.plan_import(db, importer.ImportSource(sheet))
    counts = again.counts()
    assert counts["organisations"]["new"] == 0
    assert counts["people"]["new"] == 0
    assert counts["people"]["unchanged"] == 4
    assert importer.apply_import(db, again).batch_id is None


def test_the_hidden_sheet_is_read_only_when_chosen(sheet: Path, db: Database) -> None:
    source = importer.ImportSource(sheet)
    assert [s.name for s in source.data_sheets()] == ["Partners 2024"]
    plan = importer.plan_import(db, source, source.guess(db, "Oud"))
    assert [r.label for r in plan.rows] == ["Oude Partner", "Kees Smit"]


def test_a_near_match_of_an_organisation_is_a_possible_duplicate_not_a_merge(
    sheet: Path, db: Database, tmp_path: Path
) -> None:
    importer.apply_import(db, importer.plan_import(db, importer.ImportSource(sheet)))
    other = tmp_path / "andere lijst.csv"
    other.write_text(
        "Organisatie;Naam;E-mail\nStichting Sportkragt;Mo Ali;mo@sportkracht.nl\n", encoding="utf-8"
    )
    plan = importer.plan_import(db, importer.ImportSource(other))
    (org,) = [r for r in plan.rows if r.entity == "organisations"]
    assert org.status is importer.RowStatus.DUPLICATE
    assert org.other == "Stichting Sportkracht"
    report = plan.report(applied=False)
    assert report["possible_duplicates"][0]["row"] == 2
    assert report["possible_duplicates"][0]["name"] == "Stichting Sportkragt"


def test_a_corrected_mapping_is_remembered_for_the_same_headers(sheet: Path, db: Database) -> None:
    source = importer.ImportSource(sheet)
    choice = source.guess(db)
    header = source.read(choice.sheet).rows[choice.header_row]
    corrected = list(choice.mapping)
    corrected[7] = None  # "Plaats" is not the organisation's city in this colleague's list
    importer.remember_mapping(db, header, corrected)
    assert importer.ImportSource(sheet).guess(db).mapping == corrected

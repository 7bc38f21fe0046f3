"""Round trips: export and import again, into the same or a fresh database, via LibreOffice."""

from __future__ import annotations

import csv
import dataclasses
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import Change
from partnerdesk.services import importer
from partnerdesk.services import workbook_format as wf
from partnerdesk.services.exporter import Privacy, export_file
from partnerdesk.services.organisations import (
    create_organisation,
    get_organisation,
    update_organisation,
)
from partnerdesk.services.people import create_person
from partnerdesk.services.records import OrganisationDraft, PersonDraft


def _changes(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count(Change.id))) or 0)


def _imported_values(path: Path) -> dict[str, list[list[object]]]:
    """The cells of the sheets an import reads, without derived columns."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    result = {}
    for spec in wf.IMPORTED_SHEETS:
        ws = wb[spec.en]
        keep = [i for i, c in enumerate(spec.columns) if not c.derived]
        rows = [
            [row[i] for i in keep]
            for row in ws.iter_rows(values_only=True, max_col=len(spec.columns))
        ]
        # LibreOffice writes the empty rows that carry the drop-down validation
        result[spec.key] = [r for r in rows if any(v not in (None, "") for v in r)]
    wb.close()
    return result


def _import(db: Database, path: Path) -> importer.ImportPlan:
    plan = importer.plan_import(db, importer.ImportSource(path))
    importer.apply_import(db, plan)
    return plan


@pytest.mark.parametrize("language", ["en", "nl"])
def test_reimporting_an_unchanged_export_changes_nothing(
    demo_db: Database, tmp_path: Path, language: str
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export, language=language)
    before = _changes(demo_db)
    plan = importer.plan_import(demo_db, importer.ImportSource(export))
    for entity, counts in plan.counts().items():
        assert counts["unchanged"] > 0, entity
        assert sum(counts.values()) == counts["unchanged"], (entity, counts)
    assert plan.all_problems() == []
    assert importer.apply_import(demo_db, plan).batch_id is None
    assert _changes(demo_db) == before


def test_export_into_a_fresh_database_and_export_again_gives_the_same_workbook(
    demo_db: Database, tmp_path: Path, paths: object
) -> None:
    first = tmp_path / "first.xlsx"
    export_file(demo_db, first)
    fresh = Database.open(tmp_path / "fresh.sqlite", backup_dir=tmp_path / "backups")
    try:
        plan = _import(fresh, first)
        assert plan.all_problems() == []
        second = tmp_path / "second.xlsx"
        export_file(fresh, second)
    finally:
        fresh.close()
    assert _imported_values(second) == _imported_values(first)


def test_an_edited_row_updates_its_record_and_undo_takes_it_back(
    demo_db: Database, tmp_path: Path, db_target: str
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    ws = wb["Organisations"]
    original = ws["B2"].value
    ws["B2"] = "Nieuwe naam"
    ws["I2"] = 12345
    ws.append([None, "Nieuwe Partner B.V.", "company", "prospect"])
    wb.save(export)
    plan = _import(demo_db, export)
    counts = plan.counts()["organisations"]
    assert (counts["update"], counts["new"]) == (1, 1)
    with demo_db.reading() as session:
        assert session.execute(text("SELECT name, reach FROM organisation WHERE id = 1")).one() == (
            "Nieuwe naam",
            12345,
        )
        assert (
            session.execute(
                text("SELECT count(*) FROM organisation WHERE name = 'Nieuwe Partner B.V.'")
            ).scalar()
            == 1
        )

    importer.undo_last_import(demo_db)
    with demo_db.reading() as session:
        assert (
            session.execute(text("SELECT name FROM organisation WHERE id = 1")).scalar() == original
        )
        assert (
            session.execute(
                text("SELECT count(*) FROM organisation WHERE name = 'Nieuwe Partner B.V.'")
            ).scalar()
            == 0
        )
    assert importer.last_import(demo_db) is None


def test_a_row_changed_in_partnerdesk_after_the_export_is_a_conflict_not_applied(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    current = get_organisation(demo_db.uow(), 1)
    update_organisation(demo_db.uow(), 1, dataclasses.replace(current.to_draft(), city="Zwolle"))
    wb = openpyxl.load_workbook(export)
    wb["Organisations"]["L2"] = "Deventer"
    wb.save(export)
    plan = importer.plan_import(demo_db, importer.ImportSource(export))
    (conflict,) = [r for r in plan.rows if r.status is importer.RowStatus.CONFLICT]
    assert (conflict.entity, conflict.row) == ("organisations", 2)
    assert conflict.problems[0].row == 2
    importer.apply_import(demo_db, plan)
    assert get_organisation(demo_db.uow(), 1).city == "Zwolle"


def test_a_row_missing_from_the_sheet_deletes_nothing(demo_db: Database, tmp_path: Path) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    wb["Organisations"].delete_rows(2, 10)
    wb.save(export)
    _import(demo_db, export)
    with demo_db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM organisation")).scalar() == 40


def _tricky_person(db: Database) -> None:
    create_person(
        db.uow(),
        PersonDraft(
            given_name="Sanne",
            family_name="Visser",
            email="sanne@example.nl",
            phone="+31 6 1234 5678",
            job_title="-hoofd communicatie",
            notes="=1+1",
        ),
    )


def _stored_tricky(db: Database) -> tuple[object, ...]:
    with db.reading() as session:
        return tuple(
            session.execute(
                text("SELECT phone, job_title, notes FROM person WHERE email = 'sanne@example.nl'")
            ).one()
        )


def test_formula_like_text_survives_an_xlsx_round_trip_exactly(
    db: Database, tmp_path: Path
) -> None:
    _tricky_person(db)
    export = tmp_path / "export.xlsx"
    export_file(db, export)
    ws = openpyxl.load_workbook(export)["People"]
    assert {ws["F2"].data_type, ws["P2"].data_type} == {"s"}
    fresh = Database.open(tmp_path / "fresh.sqlite", backup_dir=tmp_path / "b")
    try:
        _import(fresh, export)
        assert _stored_tricky(fresh) == ("+31 6 1234 5678", "-hoofd communicatie", "=1+1")
    finally:
        fresh.close()


def test_formula_like_text_is_neutralised_in_csv_and_reads_back_exactly(
    db: Database, tmp_path: Path
) -> None:
    _tricky_person(db)
    export = tmp_path / "people.csv"
    export_file(db, export)
    raw = export.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    phone, notes = rows[0].index("Phone"), rows[0].index("Notes")
    assert (rows[1][phone], rows[1][notes]) == ("'+31 6 1234 5678", "'=1+1")
    fresh = Database.open(tmp_path / "fresh.sqlite", backup_dir=tmp_path / "b")
    try:
        _import(fresh, export)
        assert _stored_tricky(fresh) == ("+31 6 1234 5678", "-hoofd communicatie", "=1+1")
    finally:
        fresh.close()


def test_bad_cells_of_an_edited_export_are_each_reported_and_the_rest_is_imported(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    people, orgs = wb["People"], wb["Organisations"]
    people["E2"] = "not an e-mail address"
    orgs["I3"] = "#N/A"  # openpyxl writes this as an error cell
    orgs["C4"] = orgs["C5"] = "spaceship"  # the same refused value twice: reported twice
    wb.save(export)
    fresh = Database.open(tmp_path / "fresh.sqlite", backup_dir=tmp_path / "backups")
    try:
        plan = _import(fresh, export)
        where = sorted(
            (d["sheet"], d["row"], d["column"])
            for d in map(importer.Problem.as_dict, plan.all_problems())
        )
        assert where == [
            ("Organisations", 3, "Reach"),
            ("Organisations", 4, "Kind"),
            ("Organisations", 5, "Kind"),
            ("People", 2, "E-mail"),
        ]
        with fresh.reading() as session:
            stored = session.execute(
                text("SELECT given_name, email FROM person WHERE id = :id"),
                {"id": people["A2"].value},
            ).one()
            assert stored == (people["B2"].value, None)
            assert session.execute(
                text("SELECT name, reach FROM organisation WHERE id = :id"),
                {"id": orgs["A3"].value},
            ).one() == (orgs["B3"].value, None)
            assert session.execute(text("SELECT count(*) FROM organisation")).scalar() == (
                orgs.max_row - 1
            )
    finally:
        fresh.close()


def test_an_export_switches_the_garbage_collector_back_on_even_when_it_fails(
    db: Database, tmp_path: Path
) -> None:
    import gc

    from partnerdesk.errors import StorageError

    assert gc.isenabled()
    export_file(db, tmp_path / "export.xlsx")
    assert gc.isenabled()
    with pytest.raises(StorageError):
        export_file(db, tmp_path / "missing" / "export.xlsx")
    assert gc.isenabled()


def test_a_woo_export_redacts_names_and_contact_details_everywhere(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "woo.xlsx"
    result = export_file(demo_db, export, privacy=Privacy.WOO)
    with demo_db.reading() as session:
        private = session.execute(
            text(
                "SELECT family_name, email FROM person WHERE NOT public_role AND family_name IS NOT NULL"
            )
        ).all()
        public = session.execute(text("SELECT family_name FROM person WHERE public_role")).all()
        organisations = [r[0] for r in session.execute(text("SELECT name FROM organisation"))]
    wb = openpyxl.load_workbook(export, read_only=True)
    cells = [
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v
    ]
    wb.close()
    everything = "\n".join(cells)
    for _family, email in private:
        assert email not in everything
    assert wf.WOO_CODE in everything
    for (family,) in public:
        assert family in everything
    assert all(name in everything for name in organisations[:5])
    assert any("names" in line for line in result.redactions)


def test_a_woo_export_redacts_a_name_in_notes_but_keeps_organisation_names_and_numbers(
    db: Database, tmp_path: Path
) -> None:
    create_person(db.uow(), PersonDraft(given_name="Anna", family_name="Jumbo"))
    create_organisation(
        db.uow(),
        OrganisationDraft(
            name="Jumbo Supermarkten",
            notes="Anna Jumbo (06-12345678) belt; Jumbo Supermarkten bereikt 1.000.000 klanten.",
        ),
    )
    export = tmp_path / "woo.xlsx"
    export_file(db, export, privacy=Privacy.WOO)
    wb = openpyxl.load_workbook(export, read_only=True)
    notes = next(
        str(v)
        for row in wb["Organisations"].iter_rows(values_only=True)
        for v in row
        if v and "belt" in str(v)
    )
    wb.close()
    code = wf.WOO_CODE
    assert notes == f"{code} ({code}) belt; Jumbo Supermarkten bereikt 1.000.000 klanten."


def test_a_no_contact_export_has_no_email_addresses_or_phone_numbers(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "plain.xlsx"
    export_file(demo_db, export, privacy=Privacy.NO_CONTACT)
    ws = openpyxl.load_workbook(export)["People"]
    assert [c.value for c in ws["E"][1:]] == [None] * (ws.max_row - 1)
    assert [c.value for c in ws["F"][1:]] == [None] * (ws.max_row - 1)


def test_the_last_import_is_undone_including_updates(demo_db: Database, tmp_path: Path) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    wb["People"]["G2"] = "Nieuwe functie"
    wb.save(export)
    _import(demo_db, export)
    with demo_db.reading() as session:
        assert (
            session.execute(text("SELECT job_title FROM person WHERE id = 1")).scalar()
            == "Nieuwe functie"
        )
    importer.undo_last_import(demo_db)
    with demo_db.reading() as session:
        assert (
            session.execute(text("SELECT job_title FROM person WHERE id = 1")).scalar()
            != "Nieuwe functie"
        )


@pytest.mark.libreoffice
def test_an_export_resaved_by_libreoffice_imports_as_the_same_data(
    demo_db: Database, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):  # .ci/run installs it: a missing one is a broken CI set-up
            pytest.fail("soffice is not installed although .ci/run installs it")
        pytest.skip("soffice is not installed (apt-get install libreoffice-calc-nogui)")
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    out = tmp_path / "lo"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(export),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    resaved = out / "export.xlsx"
    assert _imported_values(resaved) == _imported_values(export)
    before = _changes(demo_db)
    plan = importer.plan_import(demo_db, importer.ImportSource(resaved))
    assert plan.all_problems() == []
    counts = plan.counts()
    assert {c["unchanged"] == sum(c.values()) for c in counts.values()} == {True}
    assert {spec.key for spec in wf.IMPORTED_SHEETS} <= set(counts)  # sessions, actions, …
    importer.apply_import(demo_db, plan)
    assert _changes(demo_db) == before

    # into an empty database, the resaved sessions and actions come back as they were
    fresh = Database.open(tmp_path / "fresh.sqlite", backup_dir=tmp_path / "backups")
    try:
        plan = _import(fresh, resaved)
        assert plan.all_problems() == []
        again = tmp_path / "again.xlsx"
        export_file(fresh, again)
    finally:
        fresh.close()
    again_values, export_values = _imported_values(again), _imported_values(export)
    for spec in wf.ACTIVITY_SHEETS:
        assert again_values[spec.key] == export_values[spec.key], spec.key
        assert len(export_values[spec.key]) > 1, spec.key


@pytest.mark.sqlite_only("the page cache is a setting of an SQLite connection")
def test_an_import_writes_with_a_larger_page_cache_and_gives_the_connection_its_own_back(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    wb["People"]["G2"] = "Nieuwe functie"
    wb.save(export)
    seen: list[int] = []
    run = importer._Writer.run

    def run_and_look(writer: importer._Writer) -> None:
        seen.append(writer.session.connection().exec_driver_sql("PRAGMA cache_size").scalar())
        run(writer)

    monkeypatch.setattr(importer._Writer, "run", run_and_look)
    with demo_db.engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    _import(demo_db, export)
    with demo_db.engine.connect() as conn:
        after = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    assert seen == [-importer.IMPORT_CACHE_KIB]
    assert after == before != seen[0]

"""The import preview finds duplicates with the shared matcher of the Duplicates view."""

from __future__ import annotations

from pathlib import Path

from partnerdesk.persistence.database import Database
from partnerdesk.services import importer


def _import_csv(db: Database, path: Path, text: str) -> importer.ImportPlan:
    path.write_text(text, encoding="utf-8")
    plan = importer.plan_import(db, importer.ImportSource(path))
    importer.apply_import(db, plan)
    return plan


def _plan_csv(db: Database, path: Path, text: str) -> importer.ImportPlan:
    path.write_text(text, encoding="utf-8")
    return importer.plan_import(db, importer.ImportSource(path))


def _rows(plan: importer.ImportPlan, entity: str) -> list[importer.RowPlan]:
    return [r for r in plan.rows if r.entity == entity]


def test_hema_bv_in_a_sheet_is_the_hema_the_database_holds(db: Database, tmp_path: Path) -> None:
    _import_csv(db, tmp_path / "eerste.csv", "Organisatie;Naam\nHEMA;Anna de Vries\n")
    plan = _plan_csv(db, tmp_path / "tweede.csv", "Organisatie;Naam\nHema B.V.;Piet Bakker\n")
    (org,) = _rows(plan, "organisations")
    assert org.status is importer.RowStatus.UNCHANGED
    assert org.other == "HEMA"
    importer.apply_import(db, plan)
    with db.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM organisation")]
    assert names == ["HEMA"]


def test_jumbo_logistics_solutions_is_not_taken_for_jumbo(db: Database, tmp_path: Path) -> None:
    _import_csv(db, tmp_path / "eerste.csv", "Organisatie;Naam\nJumbo;Anna de Vries\n")
    plan = _plan_csv(
        db, tmp_path / "tweede.csv", "Organisatie;Naam\nJumbo Logistics Solutions;Piet Bakker\n"
    )
    (org,) = _rows(plan, "organisations")
    assert org.status is importer.RowStatus.NEW
    assert org.record_id is None


def test_a_misspelt_organisation_is_a_possible_duplicate_with_the_reason(
    db: Database, tmp_path: Path
) -> None:
    _import_csv(db, tmp_path / "eerste.csv", "Organisatie;Naam\nNoord Bouw 12;Anna de Vries\n")
    plan = _plan_csv(
        db,
        tmp_path / "tweede.csv",
        "Organisatie;Naam\nNoord Bouw 13;Piet Bakker\nNoord Bouww 12;Kees Smit\n",
    )
    numbered, misspelt = _rows(plan, "organisations")
    assert numbered.status is importer.RowStatus.NEW
    assert misspelt.status is importer.RowStatus.DUPLICATE
    (duplicate,) = plan.report(applied=False)["possible_duplicates"]
    assert duplicate["existing_name"] == "Noord Bouw 12"
    assert duplicate["reason"] == "similar name"


def test_two_jan_jansens_at_different_organisations_are_not_duplicates_of_each_other(
    db: Database, tmp_path: Path
) -> None:
    plan = _import_csv(
        db,
        tmp_path / "lijst.csv",
        "Organisatie;Naam\nGemeente Utrecht;Jan Jansen\nJumbo;Jan Jansen\n",
    )
    assert [r.status for r in _rows(plan, "people")] == [importer.RowStatus.NEW] * 2
    with db.engine.connect() as conn:
        count = conn.exec_driver_sql("SELECT count(*) FROM person").scalar()
    assert count == 2


def test_jan_jansen_at_another_organisation_than_the_stored_one_is_new(
    db: Database, tmp_path: Path
) -> None:
    _import_csv(db, tmp_path / "eerste.csv", "Organisatie;Naam\nGemeente Utrecht;Jan Jansen\n")
    plan = _plan_csv(db, tmp_path / "tweede.csv", "Organisatie;Naam\nJumbo;Jan Jansen\n")
    (person,) = _rows(plan, "people")
    assert person.status is importer.RowStatus.NEW


def test_jan_jansen_at_the_same_organisation_again_is_the_stored_person(
    db: Database, tmp_path: Path
) -> None:
    _import_csv(db, tmp_path / "eerste.csv", "Organisatie;Naam\nGemeente Utrecht;Jan Jansen\n")
    plan = _plan_csv(db, tmp_path / "tweede.csv", "Organisatie;Naam\nGemeente Utrecht;Jan Jansen\n")
    (person,) = _rows(plan, "people")
    assert person.status is importer.RowStatus.UNCHANGED
    assert person.other == "Jan Jansen"


def _export_with_new_people(db: Database, path: Path, people: list[dict[str, str]]) -> Path:
    """An export of ``db`` whose People sheet gained rows without an ID (typed by a colleague)."""
    import openpyxl

    from partnerdesk.services.exporter import export_file

    export_file(db, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["People"]
    header = [c.value for c in ws[1]]
    for person in people:
        ws.append([person.get(str(h), None) for h in header])
    wb.save(path)
    return path


def test_a_reimported_jan_jansen_at_the_same_organisation_or_address_is_a_possible_duplicate(
    db: Database, tmp_path: Path
) -> None:
    _import_csv(
        db, tmp_path / "eerste.csv", "Organisatie;Naam;E-mailadres\nHEMA;Jan Jansen;jan@hema.nl\n"
    )
    path = _export_with_new_people(
        db,
        tmp_path / "export.xlsx",
        [
            {"Given name": "Jan", "Family name": "Jansen", "Organisation": "Hema B.V."},
            {"Given name": "J.", "Family name": "Jansen", "E-mail": "jan@hema.nl"},
        ],
    )
    plan = importer.plan_import(db, importer.ImportSource(path))
    same_org, same_address = [r for r in _rows(plan, "people") if r.row > 2]  # row 2: stored
    assert same_org.status is importer.RowStatus.DUPLICATE
    assert same_org.other == "Jan Jansen"
    assert same_address.status is importer.RowStatus.DUPLICATE
    assert same_address.record_id == same_org.record_id


def test_a_reimported_jan_jansen_at_another_organisation_with_another_address_is_new(
    db: Database, tmp_path: Path
) -> None:
    _import_csv(
        db, tmp_path / "eerste.csv", "Organisatie;Naam;E-mailadres\nHEMA;Jan Jansen;jan@hema.nl\n"
    )
    path = _export_with_new_people(
        db,
        tmp_path / "export.xlsx",
        [
            {
                "Given name": "Jan",
                "Family name": "Jansen",
                "E-mail": "j.jansen@zwolle.nl",
                "Organisation": "Gemeente Zwolle",
            }
        ],
    )
    plan = importer.plan_import(db, importer.ImportSource(path))
    new = [r for r in _rows(plan, "people") if r.status is not importer.RowStatus.UNCHANGED]
    assert [(r.status, r.record_id) for r in new] == [(importer.RowStatus.NEW, None)]
    importer.apply_import(db, plan)
    with db.engine.connect() as conn:
        people = conn.exec_driver_sql("SELECT email FROM person ORDER BY id").all()
    assert [p[0] for p in people] == ["jan@hema.nl", "j.jansen@zwolle.nl"]


def test_a_possible_duplicate_said_to_be_the_stored_person_updates_that_person(
    db: Database, tmp_path: Path
) -> None:
    _import_csv(
        db, tmp_path / "eerste.csv", "Organisatie;Naam;E-mailadres\nHEMA;Jan Jansen;jan@hema.nl\n"
    )
    path = _export_with_new_people(
        db,
        tmp_path / "export.xlsx",
        [
            {
                "Given name": "Jan",
                "Family name": "Jansen",
                "E-mail": "jan@hema.nl",
                "Phone": "06 12345678",
                "Job title": "Inkoper",
            }
        ],
    )
    plan = importer.plan_import(db, importer.ImportSource(path))
    (duplicate,) = plan.duplicates()
    assert set(duplicate.changes) == {"phone", "job_title"}
    assert plan.applicable() == 0  # skipped unless the coordinator decides otherwise
    duplicate.decision = importer.Decision.SAME
    importer.apply_import(db, plan)
    with db.engine.connect() as conn:
        people = conn.exec_driver_sql("SELECT email, phone, job_title FROM person").all()
    assert [tuple(p) for p in people] == [("jan@hema.nl", "06 12345678", "Inkoper")]


def test_undoing_the_import_takes_back_what_same_as_existing_wrote(
    db: Database, tmp_path: Path
) -> None:
    _import_csv(
        db, tmp_path / "eerste.csv", "Organisatie;Naam;E-mailadres\nHEMA;Jan Jansen;jan@hema.nl\n"
    )
    plan = _plan_csv(
        db,
        tmp_path / "tweede.csv",
        "Organisatie;Naam;E-mailadres;Telefoon\nGemeente Zwolle;J. Jansen;jan@hema.nl;06 12345678\n",
    )
    (duplicate,) = plan.duplicates()
    assert duplicate.entity == "people" and set(duplicate.changes) == {"phone"}
    duplicate.decision = importer.Decision.SAME
    importer.apply_import(db, plan)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT phone FROM person").all() == [("06 12345678",)]
        linked = conn.exec_driver_sql(
            "SELECT o.name FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
            "ORDER BY o.name"
        ).all()
    assert [r[0] for r in linked] == ["Gemeente Zwolle", "HEMA"]
    importer.undo_last_import(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT phone FROM person").all() == [(None,)]
        assert conn.exec_driver_sql("SELECT count(*) FROM affiliation").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM organisation").scalar() == 1

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

"""The schema itself refuses bad data, checked with plain SQL (not through the ORM)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

from partnerdesk.persistence.database import Database


def _run(db: Database, sql: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


NOW = "2026-01-01 00:00:00"


def _org(db: Database, **overrides: object) -> None:
    values = {"name": "X", "name_key": "x", "kind": "company", "status": "prospect", "reach": 1}
    values.update(overrides)
    _run(
        db,
        "INSERT INTO organisation (name, name_key, kind, status, reach, version, created_at, updated_at) "
        f"VALUES (:name, :name_key, :kind, :status, :reach, 1, '{NOW}', '{NOW}')",
        **values,
    )


def test_an_organisation_with_an_unknown_status_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError):
        _org(db, status="best friend")


def test_a_negative_reach_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError):
        _org(db, reach=-5)


def test_an_affiliation_needs_an_existing_person_and_organisation(db: Database) -> None:
    with pytest.raises(IntegrityError):
        _run(
            db,
            "INSERT INTO affiliation (person_id, organisation_id, is_primary) VALUES (77, 88, true)",
        )


def test_the_same_role_at_the_same_organisation_is_stored_once(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        person_id, org_id, role = conn.execute(
            text(
                "SELECT person_id, organisation_id, role FROM affiliation WHERE role IS NOT NULL LIMIT 1"
            )
        ).one()
    with pytest.raises(IntegrityError):
        _run(
            demo_db,
            "INSERT INTO affiliation (person_id, organisation_id, role, is_primary) VALUES (:p, :o, :r, false)",
            p=person_id,
            o=org_id,
            r=role,
        )


def test_a_session_cannot_end_before_it_starts(demo_db: Database) -> None:
    with pytest.raises(IntegrityError):
        _run(demo_db, "UPDATE dialogue_session SET ends_at = '2000-01-01 00:00:00' WHERE id = 1")


def test_sector_names_are_unique(demo_db: Database) -> None:
    with pytest.raises((IntegrityError, StatementError)):
        _run(
            demo_db,
            f"INSERT INTO sector (name, priority, version, created_at, updated_at) VALUES ('Supermarkten', 'high', 1, '{NOW}', '{NOW}')",
        )


def test_deleting_an_organisation_removes_its_affiliations_but_keeps_its_people(
    demo_db: Database,
) -> None:
    with demo_db.engine.connect() as conn:
        org_id = conn.execute(text("SELECT id FROM organisation WHERE name = 'Gamma'")).scalar()
        people_before = conn.execute(text("SELECT count(*) FROM person")).scalar()
    _run(demo_db, "DELETE FROM organisation WHERE id = :id", id=org_id)
    with demo_db.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM affiliation WHERE organisation_id = :id"), {"id": org_id}
            ).scalar()
            == 0
        )
        assert conn.execute(text("SELECT count(*) FROM person")).scalar() == people_before

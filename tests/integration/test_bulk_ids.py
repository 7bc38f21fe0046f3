"""Bulk inserts give ids themselves; records made afterwards must still get free ids."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from partnerdesk.persistence.database import Database
from partnerdesk.services import organisations, people, sessions
from partnerdesk.services.demo import build_demo
from partnerdesk.services.records import OrganisationDraft, PersonDraft, SessionDraft


def test_records_made_after_the_large_demo_set_get_ids_of_their_own(db: Database) -> None:
    build_demo(db, scale=1.01)  # the curated set plus one round of bulk rows
    with db.engine.connect() as conn:
        highest = {
            table: conn.execute(text(f"SELECT max(id) FROM {table}")).scalar()
            for table in ("organisation", "person", "dialogue_session")
        }
    org = organisations.create_organisation(db.uow(), OrganisationDraft("Nieuwe partner"))
    person = people.create_person(db.uow(), PersonDraft("Sanne", None, "de Wit"))
    start = dt.datetime(2026, 12, 1, 10, 0)
    session = sessions.create_session(db.uow(), SessionDraft("Kennismaking", start))
    assert org.id > highest["organisation"]
    assert person.id > highest["person"]
    assert session.id > highest["dialogue_session"]

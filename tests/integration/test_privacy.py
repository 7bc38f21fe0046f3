"""Personal data: erasure leaves no trace, access export holds everything, retention proposals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import String, Text, inspect, select, text

from partnerdesk.domain.enums import BatchKind, ContactChannel
from partnerdesk.domain.text import fold
from partnerdesk.errors import ValidationError
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import Merge, Person, SessionParticipant
from partnerdesk.services import actions, contact_moments, organisations, people, privacy, sessions
from partnerdesk.services.records import ActionDraft, ContactMomentDraft


def _chosen_person(db: Database) -> dict[str, object]:
    """A demo person with a name, e-mail, phone and at least one session."""
    with db.reading() as session:
        row = session.execute(
            select(Person.id, SessionParticipant.session_id)
            .join(SessionParticipant, SessionParticipant.person_id == Person.id)
            .where(Person.email.is_not(None), Person.phone.is_not(None))
            .order_by(Person.id)
        ).first()
        assert row is not None
        person = session.get(Person, row[0])
        assert person is not None
        return {
            "id": person.id,
            "session_id": row[1],
            "traces": privacy.person_traces(person),
            "name": f"{person.given_name} {person.family_name}",
            "email": person.email,
            "phone": person.phone,
        }


def _mention_everywhere(db: Database, chosen: dict[str, object]) -> None:
    """Put the person's name, e-mail and phone into other records' text (and so history)."""
    pid = int(str(chosen["id"]))
    record = people.get_person(db.uow(), pid)
    mention = f"Gesproken met {chosen['name']} ({chosen['email']}, {chosen['phone']})"
    session_record = sessions.get_session(db.uow(), int(str(chosen["session_id"])))
    sessions.update_session(
        db.uow(),
        session_record.id,
        dataclasses.replace(session_record.to_draft(), outcomes=mention, facilitator_id=pid),
    )
    org_id = record.affiliations[0].organisation_id if record.affiliations else None
    if org_id is not None:
        org = organisations.get_organisation(db.uow(), org_id)
        organisations.update_organisation(
            db.uow(), org_id, dataclasses.replace(org.to_draft(), notes=mention)
        )
    actions.save_action(
        db.uow(), ActionDraft(description=f"Terugbellen: {chosen['name']}", owner_id=pid)
    )
    contact_moments.save_contact_moment(
        db.uow(),
        ContactMomentDraft(
            happened_on=dt.date(2026, 3, 2),
            channel=ContactChannel.CALL,
            summary=mention,
            organisation_id=org_id,
            person_ids=(pid,),
        ),
    )
    people.update_person(db.uow(), pid, dataclasses.replace(record.to_draft(), job_title="Chef"))
    with db.uow(BatchKind.MERGE, f"samengevoegd met {chosen['name']}") as uow:
        uow.session.add(
            Merge(
                entity="person",
                survivor_id=pid,
                merged_id=99999,
                snapshot=json.dumps({"row": {"email": chosen["email"]}}),
            )
        )
        uow.commit()


def _traces_left(db: Database, needles: list[str]) -> list[str]:
    """Every stored text (any table, any text column, plain SQL) that holds one of ``needles``."""
    found = []
    with db.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            if table.startswith("search_fts"):
                continue
            for column in inspect(conn).get_columns(table):
                if not isinstance(column["type"], String | Text):
                    continue
                name = column["name"]
                for value in conn.execute(text(f'SELECT "{name}" FROM "{table}"')).scalars():
                    if value and any(n.casefold() in str(value).casefold() for n in needles):
                        found.append(f"{table}.{name}: {str(value)[:80]}")
    return found


def test_erasing_a_person_leaves_no_trace_in_any_table_history_included(demo_db: Database) -> None:
    chosen = _chosen_person(demo_db)
    _mention_everywhere(demo_db, chosen)
    needles = [str(chosen["name"]), str(chosen["email"]), str(chosen["phone"])]
    assert _traces_left(demo_db, needles), "the set-up should have spread the data around"

    privacy.erase_person(demo_db.uow(), int(str(chosen["id"])))

    assert _traces_left(demo_db, needles) == []
    assert _traces_left(demo_db, [fold(str(chosen["name"]))]) == []
    with demo_db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT given_name, family_name, email, phone, erased_at FROM person WHERE id=:i"),
            {"i": chosen["id"]},
        ).one()
        assert row[:4] == (None, None, None, None)
        assert row[4] is not None
        for table, column in (
            ("affiliation", "person_id"),
            ("person_tag", "person_id"),
            ("contact_moment_person", "person_id"),
            ("session_participant", "person_id"),
            ("action", "owner_id"),
            ("dialogue_session", "facilitator_id"),
        ):
            count = conn.execute(
                text(f'SELECT count(*) FROM "{table}" WHERE {column} = :i'), {"i": chosen["id"]}
            ).scalar()
            assert count == 0, table
        assert (
            conn.execute(
                text("SELECT count(*) FROM search_entry WHERE entity='person' AND entity_id=:i"),
                {"i": chosen["id"]},
            ).scalar()
            == 0
        )
        assert (
            conn.execute(
                text("SELECT outcomes FROM dialogue_session WHERE id=:i"),
                {"i": chosen["session_id"]},
            )
            .scalar()
            .startswith("Gesproken met " + privacy.ERASED_MARK)
        )


def test_a_session_shows_participant_removed_after_erasure(demo_db: Database) -> None:
    chosen = _chosen_person(demo_db)
    before = sessions.get_session(demo_db.uow(), int(str(chosen["session_id"])))

    privacy.erase_person(demo_db.uow(), int(str(chosen["id"])))

    after = sessions.get_session(demo_db.uow(), before.id)
    names = [p.person_name for p in after.participant_records]
    assert sessions.REMOVED_PARTICIPANT in names
    assert len(after.participant_records) == len(before.participant_records)
    assert str(chosen["name"]) not in " ".join(names)


def test_an_erased_person_cannot_be_edited_or_exported(demo_db: Database) -> None:
    chosen = _chosen_person(demo_db)
    pid = int(str(chosen["id"]))
    draft = people.get_person(demo_db.uow(), pid).to_draft()
    privacy.erase_person(demo_db.uow(), pid)

    with pytest.raises(ValidationError):
        people.update_person(demo_db.uow(), pid, draft)
    with pytest.raises(ValidationError):
        privacy.access_request(demo_db.uow(), pid)
    assert pid not in {i for i, _ in people.list_people_names(demo_db.uow())}


def test_an_erased_person_is_gone_from_the_file_and_wal_bytes(
    demo_db: Database, tmp_path: Path
) -> None:
    if not demo_db.is_sqlite:
        pytest.skip("file bytes are an SQLite matter")
    chosen = _chosen_person(demo_db)
    _mention_everywhere(demo_db, chosen)
    path = demo_db.path
    assert path is not None
    needles = [str(n).encode() for n in (chosen["email"], chosen["name"], chosen["phone"])]

    privacy.erase_person(demo_db.uow(), int(str(chosen["id"])))
    demo_db.close()

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    wal = Path(str(path) + "-wal")
    data += wal.read_bytes() if wal.exists() else b""
    assert [n for n in needles if n in data] == []


def test_the_access_export_holds_everything_about_the_person(
    demo_db: Database, tmp_path: Path
) -> None:
    chosen = _chosen_person(demo_db)
    _mention_everywhere(demo_db, chosen)
    target = tmp_path / "inzage.xlsx"

    privacy.export_person(demo_db.uow(), int(str(chosen["id"])), target, language="nl")

    wb = load_workbook(target, read_only=True)
    try:
        assert wb.sheetnames == [
            "Persoon",
            "Organisaties",
            "Sessies",
            "Acties",
            "Contactmomenten",
            "Vermeldingen",
            "Geschiedenis",
            "Over",
        ]
        fields = {
            row[0]: row[1]
            for row in wb["Persoon"].iter_rows(min_row=2, max_col=2, values_only=True)
        }
        assert fields["E-mail"] == chosen["email"]
        assert fields["Telefoon"] == chosen["phone"]
        assert fields["Functie"] == "Chef"
        session_rows = list(wb["Sessies"].iter_rows(min_row=2, max_col=4, values_only=True))
        assert any(row[2] == "gespreksleider" for row in session_rows)
        assert len(session_rows) >= 2
        action_rows = list(wb["Acties"].iter_rows(min_row=2, max_col=4, values_only=True))
        assert any(str(chosen["name"]) in str(row[0]) for row in action_rows)
        mention_tables = {
            row[0] for row in wb["Vermeldingen"].iter_rows(min_row=2, max_col=4, values_only=True)
        }
        assert {"dialogue_session", "contact_moment", "action"} <= mention_tables
        history_rows = list(wb["Geschiedenis"].iter_rows(min_row=2, max_col=5, values_only=True))
        assert any(row[2] == "job_title" for row in history_rows)
    finally:
        wb.close()


def test_text_that_looks_like_a_formula_stays_text_in_the_access_export(
    db: Database, tmp_path: Path
) -> None:
    from partnerdesk.services.records import PersonDraft

    record = people.create_person(
        db.uow(), PersonDraft(given_name="Eva", family_name="Smit", notes="=HYPERLINK(1)")
    )
    target = tmp_path / "inzage.xlsx"
    privacy.export_person(db.uow(), record.id, target, language="en")
    wb = load_workbook(target)
    fields = {row[0].value: row[1] for row in wb["Person"].iter_rows(min_row=2)}
    assert fields["Notes"].value == "=HYPERLINK(1)"
    assert fields["Notes"].data_type == "s"
    wb.close()


def test_inactive_people_are_proposed_once_the_retention_period_has_passed(
    demo_db: Database,
) -> None:
    chosen = _chosen_person(demo_db)
    today = dt.date.today()
    assert privacy.inactive_people(demo_db.uow(), months=24, today=today) == []
    lonely = people.create_person(
        demo_db.uow(),
        dataclasses.replace(
            people.get_person(demo_db.uow(), 1).to_draft(),
            email=None,
            phone=None,
            given_name="Oud",
            family_name="Contact",
            affiliations=(),
        ),
    )
    with demo_db.engine.begin() as conn:
        conn.execute(
            text("UPDATE person SET updated_at = :old WHERE id = :i"),
            {"old": dt.datetime(2020, 1, 1), "i": lonely.id},
        )

    proposed = privacy.inactive_people(demo_db.uow(), months=24, today=today)

    assert [p.id for p in proposed] == [lonely.id]
    assert proposed[0].last_activity == dt.date(2020, 1, 1)
    assert chosen["id"] not in [p.id for p in proposed]
    assert privacy.inactive_people(demo_db.uow(), months=24, today=dt.date(2020, 6, 1)) == []


def test_a_lawful_basis_outside_the_list_is_refused(db: Database) -> None:
    from partnerdesk.services.records import PersonDraft

    with pytest.raises(ValidationError) as caught:
        people.create_person(
            db.uow(),
            PersonDraft(given_name="Eva", family_name="Smit", lawful_basis="because"),  # type: ignore[arg-type]
        )
    assert caught.value.field == "lawful_basis"
    record = people.create_person(
        db.uow(),
        PersonDraft(
            given_name="Eva",
            family_name="Smit",
            lawful_basis="consent",
            data_source="Beurs 2026",  # type: ignore[arg-type]
        ),
    )
    assert record.lawful_basis == "consent"
    assert record.data_source == "Beurs 2026"

"""Every service: validation, one transaction, change history, search, optimistic locking."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text

from partnerdesk.domain.enums import (
    ActionStatus,
    Attendance,
    ContactChannel,
    OutreachResponse,
    PartnershipStatus,
)
from partnerdesk.errors import ConflictError, NotFoundError, ValidationError
from partnerdesk.persistence import search
from partnerdesk.persistence.database import Database
from partnerdesk.services import (
    actions,
    contact_moments,
    history,
    organisations,
    outreach,
    people,
    reference,
    sessions,
)
from partnerdesk.services.records import (
    ActionDraft,
    AffiliationDraft,
    ContactMomentDraft,
    OrganisationDraft,
    OutreachWaveDraft,
    ParticipantDraft,
    PersonDraft,
    SectorDraft,
    SessionDraft,
    TargetGroupDraft,
)


def _scalar(db: Database, sql: str, **params: object) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def _as_datetime(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def test_creating_an_organisation_stores_it_with_its_links_and_history(db: Database) -> None:
    sector = reference.save_sector(db.uow(), SectorDraft("Supermarkten"))
    group = reference.save_target_group(db.uow(), TargetGroupDraft("Jongeren 15–24 jaar"))
    org = organisations.create_organisation(
        db.uow(),
        OrganisationDraft(
            "Jumbo",
            primary_sector_id=sector.id,
            reach=100_000,
            tags=("alliantie",),
            target_groups=((group.id, 40_000),),
            city="Veghel",
        ),
    )
    assert _scalar(db, "SELECT name FROM organisation WHERE id = :id", id=org.id) == "Jumbo"
    assert (
        _scalar(
            db, "SELECT reach FROM organisation_target_group WHERE organisation_id = :id", id=org.id
        )
        == 40_000
    )
    assert (
        _scalar(db, "SELECT count(*) FROM organisation_tag WHERE organisation_id = :id", id=org.id)
        == 1
    )
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM change WHERE entity = 'organisation' AND entity_id = :id "
            "AND operation = 'create'",
            id=org.id,
        )
        == 1
    )
    assert org.primary_sector_name == "Supermarkten"


def test_an_update_records_the_old_and_new_value_of_each_changed_field(db: Database) -> None:
    org = organisations.create_organisation(db.uow(), OrganisationDraft("KNVB", reach=900_000))
    organisations.update_organisation(
        db.uow(), org.id, dataclasses.replace(org.to_draft(), reach=1_000_000)
    )
    changes = history.record_history(db.uow(), "organisation", org.id)
    assert changes[0].field == "reach"
    assert (changes[0].old_value, changes[0].new_value) == (900_000, 1_000_000)


def test_invalid_input_is_refused_and_changes_nothing(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        people.create_person(db.uow(), PersonDraft(given_name="Jan", email="jan@"))
    assert caught.value.field == "email"
    with pytest.raises(ValidationError):
        organisations.create_organisation(db.uow(), OrganisationDraft("   "))
    assert _scalar(db, "SELECT count(*) FROM person") == 0
    assert _scalar(db, "SELECT count(*) FROM change") == 0


def test_a_person_keeps_the_phone_as_typed_and_a_key_for_matching(db: Database) -> None:
    person = people.create_person(
        db.uow(), PersonDraft("Jan", "Van der", "Berg", email="Jan@Example.NL", phone="06-12345678")
    )
    assert person.phone == "06-12345678"
    assert person.name_particle == "van der"
    assert (
        _scalar(db, "SELECT phone_key FROM person WHERE id = :id", id=person.id) == "+31612345678"
    )
    assert (
        _scalar(db, "SELECT sort_key FROM person WHERE id = :id", id=person.id)
        == "berg jan van der"
    )
    assert person.email == "Jan@example.nl"


def test_a_person_reads_back_with_the_main_organisation_first_and_tags_in_order(
    db: Database,
) -> None:
    zeta = organisations.create_organisation(db.uow(), OrganisationDraft("Zeta Zorg"))
    alfa = organisations.create_organisation(db.uow(), OrganisationDraft("Alfa Advies"))
    beta = organisations.create_organisation(db.uow(), OrganisationDraft("Beta Bouw"))
    created = people.create_person(
        db.uow(),
        PersonDraft(
            "Anna",
            None,
            "Smit",
            tags=("zorg", "Bestuur"),
            affiliations=(
                AffiliationDraft(beta.id, "adviseur", is_primary=False),
                AffiliationDraft(zeta.id, "directeur", is_primary=True),
                AffiliationDraft(alfa.id, None, is_primary=False),
            ),
        ),
    )
    shown = people.get_person(db.uow(), created.id)
    assert [a.organisation_name for a in shown.affiliation_records] == [
        "Zeta Zorg",
        "Alfa Advies",
        "Beta Bouw",
    ]
    assert shown.affiliation_records[0].person_name == "Anna Smit"
    assert shown.tags == ("Bestuur", "zorg")
    assert shown == created  # what a save returns is what showing reads

    edited = people.update_person(
        db.uow(),
        created.id,
        dataclasses.replace(created.to_draft(), job_title="Voorzitter"),
        created.version,
    )
    assert edited.job_title == "Voorzitter"
    assert edited.version == created.version + 1
    with pytest.raises(NotFoundError):
        people.get_person(db.uow(), created.id + 1000)


def test_saving_over_a_newer_version_is_refused_and_keeps_the_first_save(db: Database) -> None:
    org = organisations.create_organisation(db.uow(), OrganisationDraft("Gamma", reach=10))
    organisations.update_organisation(
        db.uow(), org.id, dataclasses.replace(org.to_draft(), reach=20), org.version
    )
    with pytest.raises(ConflictError) as caught:
        organisations.update_organisation(
            db.uow(), org.id, dataclasses.replace(org.to_draft(), reach=30), org.version
        )
    assert "reach" in caught.value.changes
    assert _scalar(db, "SELECT reach FROM organisation WHERE id = :id", id=org.id) == 20


def test_deleting_and_restoring_an_organisation_brings_back_its_affiliations(db: Database) -> None:
    org = organisations.create_organisation(db.uow(), OrganisationDraft("HEMA"))
    person = people.create_person(
        db.uow(),
        PersonDraft("Anna", None, "Bakker", affiliations=(AffiliationDraft(org.id, "HR"),)),
    )
    snapshot = organisations.delete_organisation(db.uow(), org.id)
    assert _scalar(db, "SELECT count(*) FROM affiliation") == 0
    restored = organisations.restore_organisation(db.uow(), snapshot)
    assert restored.people_count == 1
    assert people.get_person(db.uow(), person.id).affiliation_records[0].role == "HR"


def test_search_finds_records_by_infix_without_accents(db: Database) -> None:
    org = organisations.create_organisation(db.uow(), OrganisationDraft("KNVB", city="Zeist"))
    people.create_person(
        db.uow(), PersonDraft("Özlem", None, "Özdemir", affiliations=(AffiliationDraft(org.id),))
    )
    dialect = db.engine.dialect.name
    with db.reading() as session:
        from sqlalchemy import select

        from partnerdesk.persistence.models import Organisation, Person

        found = session.scalars(
            select(Organisation.name).where(
                Organisation.id.in_(search.matching_ids("organisation", "knv", dialect))
            )
        ).all()
        assert found == ["KNVB"]
        by_infix = session.scalars(
            select(Person.family_name).where(
                Person.id.in_(search.matching_ids("person", "zdemi", dialect))
            )
        ).all()
        assert by_infix == ["Özdemir"]
        by_org = session.scalars(
            select(Person.family_name).where(
                Person.id.in_(search.matching_ids("person", "ozlem knvb", dialect))
            )
        ).all()
        assert by_org == ["Özdemir"]


def test_a_session_keeps_its_questions_in_order_and_participants_with_roles(db: Database) -> None:
    host = organisations.create_organisation(db.uow(), OrganisationDraft("Alliantie"))
    anna = people.create_person(db.uow(), PersonDraft("Anna", None, "Bakker"))
    jan = people.create_person(db.uow(), PersonDraft("Jan", "van der", "Berg", is_internal=True))
    start = dt.datetime(2026, 3, 2, 14, 0)
    record = sessions.create_session(
        db.uow(),
        SessionDraft(
            "Dialoog",
            start,
            start + dt.timedelta(minutes=90),
            organiser_id=host.id,
            facilitator_id=anna.id,
            questions=("Eén", "Twee", "Drie"),
            participants=(
                ParticipantDraft(anna.id, "Gespreksleider", Attendance.ATTENDED),
                ParticipantDraft(jan.id, "Luistert"),
            ),
        ),
    )
    reordered = dataclasses.replace(record.to_draft(), questions=("Drie", "Eén", "Twee"))
    record = sessions.update_session(db.uow(), record.id, reordered)
    assert record.questions == ("Drie", "Eén", "Twee")
    with db.engine.connect() as conn:
        rows = (
            conn.execute(
                text("SELECT text FROM session_item WHERE session_id = :id ORDER BY position"),
                {"id": record.id},
            )
            .scalars()
            .all()
        )
    assert rows == ["Drie", "Eén", "Twee"]
    roles = {p.person_name: p.role for p in record.participant_records}
    assert roles == {"Anna Bakker": "Gespreksleider", "Jan van der Berg": "Luistert"}
    assert record.organiser_name == "Alliantie"
    with pytest.raises(ValidationError):
        sessions.update_session(
            db.uow(),
            record.id,
            dataclasses.replace(reordered, ends_at=start - dt.timedelta(hours=1)),
        )


def test_actions_contact_moments_and_last_contact(db: Database) -> None:
    org = organisations.create_organisation(db.uow(), OrganisationDraft("Karwei"))
    owner = people.create_person(db.uow(), PersonDraft("Kees", None, "Smit", is_internal=True))
    action = actions.save_action(
        db.uow(),
        ActionDraft("Posters sturen", owner.id, dt.date(2020, 1, 1), organisation_id=org.id),
    )
    assert action.is_overdue(dt.date.today())
    done = actions.save_action(
        db.uow(), dataclasses.replace(action.to_draft(), status=ActionStatus.DONE), action.id
    )
    assert done.done_on == dt.date.today()
    contact_moments.save_contact_moment(
        db.uow(),
        ContactMomentDraft(dt.date(2026, 5, 1), ContactChannel.CALL, "Gebeld", org.id, (owner.id,)),
    )
    assert organisations.get_organisation(db.uow(), org.id).last_contact == dt.date(2026, 5, 1)
    with pytest.raises(NotFoundError):
        actions.save_action(db.uow(), ActionDraft("x", owner_id=9999))


def test_an_outreach_wave_tracks_each_partner(db: Database) -> None:
    a = organisations.create_organisation(
        db.uow(), OrganisationDraft("Jumbo", status=PartnershipStatus.ACTIVE)
    )
    b = organisations.create_organisation(
        db.uow(), OrganisationDraft("Gamma", status=PartnershipStatus.ACTIVE)
    )
    wave = outreach.save_wave(
        db.uow(), OutreachWaveDraft("Nieuw advies"), organisation_ids=(a.id, b.id, a.id)
    )
    assert [e.organisation_name for e in wave.entries] == ["Gamma", "Jumbo"]
    entry = outreach.update_entry(
        db.uow(),
        wave.entries[0].id,
        asked_on=dt.date(2026, 1, 5),
        response=OutreachResponse.AGREED,
        done_on=None,
        reach_achieved=5000,
    )
    assert entry.response == OutreachResponse.AGREED
    with pytest.raises(ValidationError):
        outreach.save_wave(db.uow(), OutreachWaveDraft("Nieuw advies"))


def test_a_failed_service_call_rolls_back_everything_it_did(db: Database) -> None:
    org = organisations.create_organisation(db.uow(), OrganisationDraft("Praxis"))
    bad = dataclasses.replace(org.to_draft(), name="Praxis Nieuw", primary_sector_id=12345)
    with pytest.raises(NotFoundError):
        organisations.update_organisation(db.uow(), org.id, bad)
    assert _scalar(db, "SELECT name FROM organisation WHERE id = :id", id=org.id) == "Praxis"


def test_the_demo_data_set_matches_the_scenario(demo_db: Database) -> None:
    assert 35 <= int(_scalar(demo_db, "SELECT count(*) FROM organisation")) <= 45  # type: ignore[arg-type]
    assert 100 <= int(_scalar(demo_db, "SELECT count(*) FROM person")) <= 140  # type: ignore[arg-type]
    assert _scalar(demo_db, "SELECT count(*) FROM dialogue_session") == 15
    assert _scalar(demo_db, "SELECT count(*) FROM person WHERE name_particle IS NOT NULL") > 10  # type: ignore[operator]
    with demo_db.engine.connect() as conn:
        seed_id, online, starts_at, ends_at = conn.execute(
            text(
                "SELECT id, online, starts_at, ends_at FROM dialogue_session "
                "WHERE title LIKE 'Dialoogsessie%'"
            )
        ).one()
    assert online
    # plain SQL gives SQLite's stored text, PostgreSQL's timestamps
    duration = _as_datetime(ends_at) - _as_datetime(starts_at)
    assert duration == dt.timedelta(minutes=90)
    assert (
        _scalar(
            demo_db,
            "SELECT count(*) FROM session_item WHERE session_id = :id AND kind = 'question'",
            id=seed_id,
        )
        == 4
    )

"""Two clients on one database (two laptops on a team server, or two windows on one file).

No lost updates: whoever saves second over a record the first one changed is refused with a
message that says what changed, and the first save stays as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from partnerdesk.domain.enums import Channel
from partnerdesk.errors import ConflictError
from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import Organisation
from partnerdesk.services import organisations, people, sessions
from partnerdesk.services.records import (
    OrganisationDraft,
    ParticipantDraft,
    PersonDraft,
    SessionDraft,
)


@pytest.fixture
def second_client(db: Database, db_target: str, paths: AppPaths) -> Iterator[Database]:
    """Another connection pool on the same database, as a colleague's partnerdesk would have."""
    other = Database.open(db_target, backup_dir=paths.backup_dir)
    try:
        yield other
    finally:
        other.close()


def _stored(db: Database, organisation_id: int) -> tuple[object, ...]:
    with db.engine.connect() as conn:
        return tuple(
            conn.execute(
                text("SELECT reach, city, notes, version FROM organisation WHERE id = :id"),
                {"id": organisation_id},
            ).one()
        )


def test_the_second_of_two_clients_saving_one_organisation_is_refused_and_the_first_save_stays(
    db: Database, second_client: Database
) -> None:
    created = organisations.create_organisation(
        db.uow(), OrganisationDraft("Gamma", reach=10_000, city="Utrecht")
    )
    mine = organisations.get_organisation(db.uow(), created.id)
    theirs = organisations.get_organisation(second_client.uow(), created.id)

    organisations.update_organisation(
        db.uow(),
        mine.id,
        dataclasses.replace(mine.to_draft(), reach=25_000, city="Amersfoort"),
        mine.version,
    )
    with pytest.raises(ConflictError) as refused:
        organisations.update_organisation(
            second_client.uow(),
            theirs.id,
            dataclasses.replace(theirs.to_draft(), notes="Belt terug in mei"),
            theirs.version,
        )

    message = str(refused.value)
    assert "changed elsewhere since you opened it" in message
    assert "It now differs from yours in: reach, city, notes." in message
    assert refused.value.changes["reach"] == (10_000, 25_000)
    assert refused.value.changes["city"] == ("Utrecht", "Amersfoort")
    assert _stored(db, created.id) == (25_000, "Amersfoort", None, 2)


def test_the_second_of_two_clients_saving_one_person_is_refused_and_the_first_save_stays(
    db: Database, second_client: Database
) -> None:
    created = people.create_person(db.uow(), PersonDraft("Anna", None, "Bakker"))
    theirs = people.get_person(second_client.uow(), created.id)
    people.update_person(
        db.uow(), created.id, dataclasses.replace(created.to_draft(), job_title="HR"), 1
    )
    with pytest.raises(ConflictError, match=r"differs from yours in: .*job title") as refused:
        people.update_person(
            second_client.uow(),
            theirs.id,
            dataclasses.replace(theirs.to_draft(), family_name="Bakker-de Vries"),
            theirs.version,
        )
    assert refused.value.changes["job_title"] == (None, "HR")
    with db.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT family_name, job_title FROM person WHERE id = :id"), {"id": created.id}
        ).one()
    assert tuple(stored) == ("Bakker", "HR")


def test_changing_only_the_tags_of_an_organisation_also_guards_against_a_second_client(
    db: Database, second_client: Database
) -> None:
    created = organisations.create_organisation(db.uow(), OrganisationDraft("HEMA"))
    theirs = organisations.get_organisation(second_client.uow(), created.id)
    saved = organisations.update_organisation(
        db.uow(), created.id, dataclasses.replace(created.to_draft(), tags=("alliantie",)), 1
    )
    assert saved.version == 2
    with pytest.raises(ConflictError, match="differs from yours in: tags"):
        organisations.update_organisation(
            second_client.uow(),
            theirs.id,
            dataclasses.replace(theirs.to_draft(), tags=("retail",)),
            theirs.version,
        )
    with db.engine.connect() as conn:
        tags = conn.execute(
            text(
                "SELECT t.name FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
                "WHERE ot.organisation_id = :id"
            ),
            {"id": created.id},
        ).scalars()
        assert list(tags) == ["alliantie"]


def test_one_save_steps_the_version_once_whatever_it_changes(db: Database) -> None:
    created = organisations.create_organisation(db.uow(), OrganisationDraft("Jumbo"))
    draft = dataclasses.replace(
        created.to_draft(), reach=5, tags=("supermarkt",), channels=(Channel.IN_STORE,)
    )
    assert organisations.update_organisation(db.uow(), created.id, draft, 1).version == 2
    unchanged = organisations.update_organisation(db.uow(), created.id, draft, 2)
    assert unchanged.version == 2


def test_a_save_that_loses_the_race_after_its_version_check_is_a_conflict_not_a_crash(
    db: Database, second_client: Database
) -> None:
    created = organisations.create_organisation(db.uow(), OrganisationDraft("Karwei", reach=5))
    with pytest.raises(ConflictError, match="your change was not saved"), db.uow() as uow:
        org = uow.session.get(Organisation, created.id)
        assert org is not None and org.version == 1  # the service's check would pass here
        organisations.update_organisation(
            second_client.uow(),
            created.id,
            dataclasses.replace(created.to_draft(), city="Zeist"),
            1,
        )
        org.reach = 99
        uow.commit()
    with db.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT reach, city, version FROM organisation WHERE id = :id"),
            {"id": created.id},
        ).one()
    assert tuple(stored) == (5, "Zeist", 2)


def test_saving_a_record_another_client_deleted_meanwhile_is_a_conflict(
    db: Database, second_client: Database
) -> None:
    created = organisations.create_organisation(db.uow(), OrganisationDraft("Praxis"))
    with pytest.raises(ConflictError), db.uow() as uow:
        org = uow.session.get(Organisation, created.id)
        assert org is not None
        organisations.delete_organisation(second_client.uow(), created.id, 1)
        org.reach = 1
        uow.commit()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM organisation")).scalar() == 0


def test_the_second_of_two_clients_saving_one_session_is_told_the_participants_differ(
    db: Database, second_client: Database
) -> None:
    anna = people.create_person(db.uow(), PersonDraft("Anna", None, "Bakker"))
    start = dt.datetime(2026, 3, 2, 14, 0)
    created = sessions.create_session(db.uow(), SessionDraft("Dialoog", start))
    theirs = sessions.get_session(second_client.uow(), created.id)
    sessions.update_session(
        db.uow(),
        created.id,
        dataclasses.replace(created.to_draft(), participants=(ParticipantDraft(anna.id),)),
        created.version,
    )
    with pytest.raises(ConflictError, match=r"differs from yours in: .*participants") as refused:
        sessions.update_session(
            second_client.uow(),
            theirs.id,
            dataclasses.replace(theirs.to_draft(), location="Den Haag"),
            theirs.version,
        )
    assert set(refused.value.changes) == {"location", "participants"}
    with db.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT count(*) FROM session_participant WHERE session_id = :id"),
            {"id": created.id},
        ).scalar()
        location = conn.execute(
            text("SELECT location FROM dialogue_session WHERE id = :id"), {"id": created.id}
        ).scalar()
    assert (stored, location) == (1, None)

"""Finding, merging and unmerging duplicates, checked on the stored rows with plain SQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text

from partnerdesk.domain.enums import ActionStatus, Attendance, ContactChannel, MergeEntity
from partnerdesk.domain.matching import Reason
from partnerdesk.errors import ValidationError
from partnerdesk.persistence.database import Database
from partnerdesk.services import (
    actions,
    contact_moments,
    duplicates,
    organisations,
    outreach,
    people,
    reference,
    sessions,
)
from partnerdesk.services.duplicates import Keep
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
)

ORG = MergeEntity.ORGANISATION
PERSON = MergeEntity.PERSON


def _rows(db: Database, sql: str, **params: object) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql), params)]


def _links_of_organisation(db: Database, org_id: int) -> dict[str, list[tuple[object, ...]]]:
    return {
        "affiliation": _rows(
            db,
            "SELECT person_id, role FROM affiliation WHERE organisation_id = :o ORDER BY person_id",
            o=org_id,
        ),
        "organised": _rows(
            db, "SELECT id FROM dialogue_session WHERE organiser_id = :o ORDER BY id", o=org_id
        ),
        "involved": _rows(
            db,
            "SELECT session_id FROM session_organisation WHERE organisation_id = :o "
            "ORDER BY session_id",
            o=org_id,
        ),
        "action": _rows(
            db, "SELECT id FROM action WHERE organisation_id = :o ORDER BY id", o=org_id
        ),
        "contact": _rows(
            db, "SELECT id FROM contact_moment WHERE organisation_id = :o ORDER BY id", o=org_id
        ),
        "outreach": _rows(
            db, "SELECT wave_id FROM outreach_entry WHERE organisation_id = :o", o=org_id
        ),
        "tag": _rows(
            db,
            "SELECT t.name FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
            "WHERE ot.organisation_id = :o ORDER BY t.name",
            o=org_id,
        ),
    }


@pytest.fixture
def two_hemas(db: Database) -> tuple[int, int]:
    """ "HEMA" and "Hema B.V.", each with people, sessions, actions, contacts, outreach, tags."""
    sector = reference.save_sector(db.uow(), SectorDraft("Detailhandel"))
    other_sector = reference.save_sector(db.uow(), SectorDraft("Supermarkten"))
    hema = organisations.create_organisation(
        db.uow(),
        OrganisationDraft("HEMA", primary_sector_id=sector.id, city="Amsterdam", tags=("retail",)),
    )
    copy = organisations.create_organisation(
        db.uow(),
        OrganisationDraft(
            "Hema B.V.",
            primary_sector_id=other_sector.id,
            website="hema.nl",
            notes="dubbel ingevoerd",
            tags=("retail", "import"),
        ),
    )
    jan = people.create_person(
        db.uow(),
        PersonDraft("Jan", "van der", "Berg", affiliations=(AffiliationDraft(hema.id, "HR"),)),
    )
    anna = people.create_person(
        db.uow(),
        PersonDraft("Anna", None, "Bakker", affiliations=(AffiliationDraft(copy.id, "HR"),)),
    )
    both = people.create_person(
        db.uow(),
        PersonDraft(
            "Kees",
            None,
            "Smit",
            affiliations=(
                AffiliationDraft(hema.id, "Directeur"),
                AffiliationDraft(copy.id, "Directeur"),
            ),
        ),
    )
    start = dt.datetime(2026, 3, 1, 10)
    for title, org, person in (("Overleg A", hema, jan), ("Overleg B", copy, anna)):
        session = sessions.create_session(
            db.uow(),
            SessionDraft(
                title,
                start,
                organiser_id=org.id,
                organisation_ids=(org.id,),
                participants=(ParticipantDraft(person.id),),
            ),
        )
        actions.save_action(
            db.uow(),
            ActionDraft(f"Nabellen {title}", organisation_id=org.id, session_id=session.id),
        )
        contact_moments.save_contact_moment(
            db.uow(),
            ContactMomentDraft(dt.date(2026, 2, 1), ContactChannel.CALL, organisation_id=org.id),
        )
    outreach.save_wave(db.uow(), OutreachWaveDraft("Ronde 1"), organisation_ids=(copy.id,))
    assert both.id
    return hema.id, copy.id


def test_merging_two_organisations_keeps_every_link_of_both(
    db: Database, two_hemas: tuple[int, int]
) -> None:
    hema, copy = two_hemas
    before = [_links_of_organisation(db, hema), _links_of_organisation(db, copy)]

    duplicates.merge(db.uow(), ORG, hema, copy, {"website": Keep.MERGED, "notes": Keep.MERGED})

    after = _links_of_organisation(db, hema)
    assert _links_of_organisation(db, copy) == {k: [] for k in after}
    for key in ("organised", "involved", "action", "contact", "outreach"):
        assert after[key] == sorted(set(before[0][key]) | set(before[1][key])), key
    # Kees was at both: one affiliation remains, nobody's is lost
    assert after["affiliation"] == sorted(
        set(before[0]["affiliation"]) | set(before[1]["affiliation"])
    )
    assert after["tag"] == [("import",), ("retail",)]
    assert _rows(db, "SELECT count(*) FROM organisation WHERE id = :o", o=copy) == [(0,)]
    assert _rows(db, "SELECT name, website, notes FROM organisation WHERE id = :o", o=hema) == [
        ("HEMA", "hema.nl", "dubbel ingevoerd")
    ]
    # the sector that was not chosen as primary stays as a further sector
    assert _rows(
        db, "SELECT count(*) FROM organisation_sector WHERE organisation_id = :o", o=hema
    ) == [(1,)]
    assert _rows(db, "SELECT kind FROM change_batch ORDER BY id DESC LIMIT 1") == [("merge",)]
    assert db.integrity_problems() == []


def test_merging_two_people_in_the_same_session_keeps_one_participation(db: Database) -> None:
    org = organisations.create_organisation(db.uow(), OrganisationDraft("Gamma"))
    first = people.create_person(
        db.uow(),
        PersonDraft(
            "Jan", "van der", "Berg", email="jan@gamma.nl", affiliations=(AffiliationDraft(org.id),)
        ),
    )
    second = people.create_person(
        db.uow(),
        PersonDraft(
            "Jan",
            None,
            "van der Berg",
            email="jvdb@gmail.com",
            phone="06-12345678",
            affiliations=(AffiliationDraft(org.id),),
        ),
    )
    sessions.create_session(
        db.uow(),
        SessionDraft(
            "Dialoog",
            dt.datetime(2026, 4, 1, 14),
            participants=(
                ParticipantDraft(first.id, attendance=Attendance.INVITED),
                ParticipantDraft(second.id, role="Spreker", attendance=Attendance.ATTENDED),
            ),
        ),
    )
    actions.save_action(
        db.uow(), ActionDraft("Stuur verslag", owner_id=second.id, person_id=first.id)
    )

    pairs = duplicates.find_duplicates(db.uow(), PERSON)
    assert [(p.first.id, p.second.id, p.reason) for p in pairs] == [
        (first.id, second.id, Reason.SAME_NAME_SAME_ORGANISATION)
    ]
    duplicates.merge(db.uow(), PERSON, first.id, second.id)

    assert _rows(db, "SELECT person_id, role, attendance FROM session_participant") == [
        (first.id, "Spreker", "attended")
    ]
    assert _rows(db, "SELECT owner_id, person_id FROM action") == [(first.id, first.id)]
    assert _rows(db, "SELECT person_id FROM affiliation") == [(first.id,)]
    assert _rows(db, "SELECT email, phone FROM person") == [("jan@gamma.nl", "06-12345678")]
    assert duplicates.find_duplicates(db.uow(), PERSON) == []


def test_unmerge_after_a_later_edit_restores_both_records(
    db: Database, two_hemas: tuple[int, int]
) -> None:
    hema, copy = two_hemas
    before = [_links_of_organisation(db, hema), _links_of_organisation(db, copy)]
    original_copy = _rows(
        db, "SELECT name, website, notes, primary_sector_id FROM organisation WHERE id = :o", o=copy
    )
    record = duplicates.merge(
        db.uow(), ORG, hema, copy, {"website": Keep.MERGED, "notes": Keep.BOTH}
    )
    # later edits: the survivor's city, and an action that moved over is marked done
    survivor = organisations.get_organisation(db.uow(), hema)
    organisations.update_organisation(
        db.uow(), hema, dataclasses.replace(survivor.to_draft(), city="Utrecht")
    )
    moved_action = _rows(db, "SELECT id FROM action WHERE description = 'Nabellen Overleg B'")[0][0]
    draft = actions.get_action(db.uow(), int(str(moved_action))).to_draft()
    actions.save_action(
        db.uow(), dataclasses.replace(draft, status=ActionStatus.DONE), int(str(moved_action))
    )

    indexed = "SELECT count(*) FROM search_entry WHERE entity = 'organisation' AND entity_id = :o"
    assert _rows(db, indexed, o=copy) == [(0,)]

    duplicates.unmerge(db.uow(), record.id)

    assert _rows(db, indexed, o=copy) == [(1,)]
    assert [_links_of_organisation(db, hema), _links_of_organisation(db, copy)] == before
    assert (
        _rows(
            db,
            "SELECT name, website, notes, primary_sector_id FROM organisation WHERE id = :o",
            o=copy,
        )
        == original_copy
    )
    # the survivor gets its own values back, keeping the edit made after the merge
    assert _rows(db, "SELECT website, notes, city FROM organisation WHERE id = :o", o=hema) == [
        (None, None, "Utrecht")
    ]
    assert _rows(db, "SELECT status FROM action WHERE id = :a", a=moved_action) == [("done",)]
    assert _rows(db, "SELECT count(*) FROM organisation_sector") == [(0,)]
    assert _rows(db, "SELECT kind FROM change_batch ORDER BY id DESC LIMIT 1") == [("unmerge",)]
    assert duplicates.list_merges(db.uow()) == []
    assert db.integrity_problems() == []
    with pytest.raises(ValidationError):
        duplicates.unmerge(db.uow(), record.id)


def test_the_merged_records_history_moves_to_the_survivor_and_back(
    db: Database, two_hemas: tuple[int, int]
) -> None:
    hema, copy = two_hemas
    created = _rows(
        db, "SELECT id FROM change WHERE entity = 'organisation' AND entity_id = :o", o=copy
    )
    record = duplicates.merge(db.uow(), ORG, hema, copy)
    assert _rows(
        db,
        "SELECT count(*) FROM change WHERE entity = 'organisation' AND entity_id = :o AND operation <> 'delete'",
        o=copy,
    ) == [(0,)]
    duplicates.unmerge(db.uow(), record.id)
    assert set(created) <= set(
        _rows(db, "SELECT id FROM change WHERE entity = 'organisation' AND entity_id = :o", o=copy)
    )


def test_a_pair_marked_distinct_is_not_proposed_again(db: Database) -> None:
    hema = organisations.create_organisation(db.uow(), OrganisationDraft("HEMA"))
    copy = organisations.create_organisation(db.uow(), OrganisationDraft("Hema B.V."))
    pairs = duplicates.find_duplicates(db.uow(), ORG)
    assert [(p.first.id, p.second.id) for p in pairs] == [(hema.id, copy.id)]

    duplicates.mark_distinct(db.uow(), ORG, copy.id, hema.id)

    assert duplicates.find_duplicates(db.uow(), ORG) == []
    assert _rows(db, "SELECT entity, first_id, second_id FROM distinct_pair") == [
        ("organisation", hema.id, copy.id)
    ]


def test_erased_people_are_not_proposed(db: Database) -> None:
    first = people.create_person(db.uow(), PersonDraft("Jan", None, "Jansen", email="jan@x.nl"))
    people.create_person(db.uow(), PersonDraft("Jan", None, "Jansen", email="jan@x.nl"))
    assert len(duplicates.find_duplicates(db.uow(), PERSON)) == 1
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE person SET erased_at = CURRENT_TIMESTAMP WHERE id = :p"), {"p": first.id}
        )
    assert duplicates.find_duplicates(db.uow(), PERSON) == []


def test_the_comparison_shows_differing_fields_and_what_refers_to_each(
    db: Database, two_hemas: tuple[int, int]
) -> None:
    hema, copy = two_hemas
    comparison = duplicates.compare(db.uow(), ORG, hema, copy)
    assert comparison.fields["primary_sector_id"] == ("Detailhandel", "Supermarkten")
    assert "name" in comparison.differing()
    assert "kind" not in comparison.differing()
    assert comparison.links["action"] == (1, 1)
    assert comparison.links["outreach_entry"] == (0, 1)


def test_do_not_contact_stays_set_when_either_record_has_it(db: Database) -> None:
    first = people.create_person(db.uow(), PersonDraft("Anna", None, "Bakker", email="a@x.nl"))
    second = people.create_person(
        db.uow(), PersonDraft("Anna", None, "Bakker", email="a@x.nl", do_not_contact=True)
    )
    duplicates.merge(db.uow(), PERSON, first.id, second.id)
    assert _rows(db, "SELECT do_not_contact FROM person") == [(1,)]


def test_the_import_can_ask_the_index_about_one_incoming_row(
    db: Database, two_hemas: tuple[int, int]
) -> None:
    from partnerdesk.domain.matching import OrganisationCandidate, PersonCandidate

    hema, _copy = two_hemas
    index = duplicates.organisation_index(db.uow())
    assert [m.id for m in index.best_matches(OrganisationCandidate(None, "hema"))][:1] == [hema]
    assert index.best_matches(OrganisationCandidate(None, "Hema Logistics Solutions")) == []
    people_index = duplicates.person_index(db.uow())
    found = people_index.best_matches(
        PersonCandidate(None, "Jan", None, "van der Berg", organisations=("HEMA",))
    )
    assert [m.reason for m in found] == [Reason.SAME_NAME_SAME_ORGANISATION]


def test_unmerging_people_from_one_session_gives_each_their_own_participation_back(
    db: Database,
) -> None:
    first = people.create_person(db.uow(), PersonDraft("Jan", None, "Jansen", email="jan@x.nl"))
    second = people.create_person(db.uow(), PersonDraft("Jan", None, "Jansen", email="jan@x.nl"))
    sessions.create_session(
        db.uow(),
        SessionDraft(
            "Dialoog",
            dt.datetime(2026, 4, 1, 14),
            participants=(
                ParticipantDraft(first.id),
                ParticipantDraft(second.id, role="Spreker", attendance=Attendance.ATTENDED),
            ),
        ),
    )
    participants = "SELECT person_id, role, attendance FROM session_participant ORDER BY person_id"
    before = _rows(db, participants)
    record = duplicates.merge(db.uow(), PERSON, first.id, second.id)
    assert _rows(db, participants) == [(first.id, "Spreker", "attended")]

    duplicates.unmerge(db.uow(), record.id)

    assert _rows(db, participants) == before


def test_a_network_and_its_member_merged_lose_the_membership_and_get_it_back(db: Database) -> None:
    alliance = organisations.create_organisation(db.uow(), OrganisationDraft("Alliantie Samen"))
    member = organisations.create_organisation(
        db.uow(), OrganisationDraft("Alliantie Samen B.V.", network_ids=(alliance.id,))
    )
    record = duplicates.merge(db.uow(), ORG, alliance.id, member.id)
    assert _rows(db, "SELECT count(*) FROM network_membership") == [(0,)]
    duplicates.unmerge(db.uow(), record.id)
    assert _rows(db, "SELECT network_id, member_id FROM network_membership") == [
        (alliance.id, member.id)
    ]


def test_a_form_is_told_about_similar_existing_records_without_reading_them_all(
    db: Database, two_hemas: tuple[int, int]
) -> None:
    from partnerdesk.domain.matching import OrganisationCandidate, PersonCandidate

    hema, copy = two_hemas
    found = duplicates.similar_organisations(db.uow(), OrganisationCandidate(None, "Hema"))
    assert [m.id for m in found] == [hema, copy]
    assert (
        duplicates.similar_organisations(
            db.uow(), OrganisationCandidate(None, "Hema Logistics Solutions")
        )
        == []
    )
    jan = duplicates.similar_people(
        db.uow(), PersonCandidate(None, "jan", None, "van der berg", organisations=("Hema B.V.",))
    )
    assert [m.reason for m in jan] == [Reason.SAME_NAME_SAME_ORGANISATION]
    assert duplicates.similar_people(db.uow(), PersonCandidate(None, "Piet", None, "Berg")) == []

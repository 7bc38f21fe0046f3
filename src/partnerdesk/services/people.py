"""People: contact persons at partners and colleagues in the own ministry."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from partnerdesk.domain.contact import normalise_email, phone_key, validate_phone
from partnerdesk.domain.enums import ChangeOperation, LawfulBasis
from partnerdesk.domain.names import display_name, sort_key
from partnerdesk.errors import NotFoundError, ValidationError
from partnerdesk.persistence import snapshots
from partnerdesk.persistence.models import Affiliation, Organisation, Person, PersonTag, Tag
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.common import (
    check_version,
    get_or_raise,
    optional_text,
    record_change,
    tags_for,
)
from partnerdesk.services.records import (
    AffiliationDraft,
    AffiliationRecord,
    PersonDraft,
    PersonRecord,
)


def create_person(uow: UnitOfWork, draft: PersonDraft) -> PersonRecord:
    with uow:
        person = Person()
        _apply(uow.session, person, draft)
        uow.session.add(person)
        uow.flush()
        _apply_affiliations(uow.session, person, draft.affiliations)
        uow.commit()
        return read_person(uow.session, person.id)


def get_person(uow: UnitOfWork, person_id: int) -> PersonRecord:
    with uow:
        return read_person(uow.session, person_id)


def update_person(
    uow: UnitOfWork, person_id: int, draft: PersonDraft, expected_version: int | None = None
) -> PersonRecord:
    with uow:
        person = get_or_raise(uow.session, Person, person_id)
        if expected_version is not None and person.version != expected_version:
            current = read_person(uow.session, person_id).to_draft()
            changed = {
                name: (getattr(draft, name), getattr(current, name))
                for name in draft.__dataclass_fields__
                if getattr(draft, name) != getattr(current, name)
            }
            check_version(person, expected_version, changed)
        if person.erased_at is not None:
            raise ValidationError("This person's data was erased on request; it cannot be edited.")
        _apply(uow.session, person, draft)
        _apply_affiliations(uow.session, person, draft.affiliations)
        uow.commit()
        return read_person(uow.session, person_id)


def delete_person(
    uow: UnitOfWork, person_id: int, expected_version: int | None = None
) -> dict[str, Any]:
    """Delete, returning a snapshot that ``restore_person`` puts back (undo)."""
    with uow:
        person = get_or_raise(uow.session, Person, person_id)
        check_version(person, expected_version)
        snapshot = snapshots.take(uow.session, "person", person_id)
        uow.session.delete(person)
        uow.commit()
        return snapshot


def restore_person(uow: UnitOfWork, snapshot: dict[str, Any]) -> PersonRecord:
    with uow:
        snapshots.restore(uow.session, snapshot)
        person_id = snapshot["row"]["id"]
        record_change(uow.session, "person", person_id, ChangeOperation.CREATE, new=snapshot["row"])
        uow.session.info.setdefault("touched", {}).setdefault("person", set()).add(person_id)
        uow.commit()
        return read_person(uow.session, person_id)


def list_people_names(uow: UnitOfWork, internal: bool | None = None) -> list[tuple[int, str]]:
    """(id, "Berg, Jan van der") of every person not erased, in directory order: for pickers."""
    with uow:
        query = select(
            Person.id, Person.given_name, Person.name_particle, Person.family_name
        ).where(Person.erased_at.is_(None))
        if internal is not None:
            query = query.where(Person.is_internal.is_(internal))
        rows = uow.session.execute(query.order_by(Person.sort_key, Person.id)).all()
        from partnerdesk.domain.names import PersonName

        return [(r[0], PersonName(r[1] or "", r[2] or "", r[3] or "").sort_display) for r in rows]


# --- internals ----------------------------------------------------------------------------


def _apply(session: Session, person: Person, draft: PersonDraft) -> None:
    given = optional_text(draft.given_name, "given_name", "The given name", 120)
    particle = optional_text(draft.name_particle, "name_particle", "The name particle", 40)
    family = optional_text(draft.family_name, "family_name", "The family name", 160)
    email = normalise_email(draft.email)
    if not (given or family) and email is None:
        raise ValidationError("A person needs a name (given or family name).", "family_name")
    person.given_name = given
    person.name_particle = particle.lower() if particle else None
    person.family_name = family
    person.sort_key = sort_key(given, particle, family) or (email or "")
    person.email = email
    person.phone = validate_phone(draft.phone)
    person.phone_key = phone_key(person.phone) or None
    person.job_title = optional_text(draft.job_title, "job_title", "The job title", 200)
    person.is_internal = draft.is_internal
    person.directorate = optional_text(draft.directorate, "directorate", "The directorate", 160)
    person.public_role = draft.public_role
    person.notes = optional_text(draft.notes, "notes", "Notes")
    person.lawful_basis = _lawful_basis(draft.lawful_basis)
    person.data_source = optional_text(draft.data_source, "data_source", "The source", 300)
    person.do_not_contact = draft.do_not_contact
    tags = tags_for(session, draft.tags)
    existing = {link.tag for link in person.tag_links}
    person.tag_links = [link for link in person.tag_links if link.tag in tags] + [
        PersonTag(tag=t) for t in tags if t not in existing
    ]


def _lawful_basis(value: object) -> LawfulBasis | None:
    """The recorded GDPR basis for holding the data; anything outside the list is refused."""
    if value is None or value == "":
        return None
    try:
        return LawfulBasis(str(value))
    except ValueError:
        raise ValidationError(
            "The lawful basis is not one of consent, contract, legal obligation, public task "
            "or legitimate interest.",
            "lawful_basis",
        ) from None


def _apply_affiliations(
    session: Session, person: Person, wanted: tuple[AffiliationDraft, ...]
) -> None:
    keys = set()
    for draft in wanted:
        get_or_raise(session, Organisation, draft.organisation_id)
        key = (draft.organisation_id, (draft.role or "").strip() or None)
        if key in keys:
            raise ValidationError(
                "The same role at the same organisation is listed twice.", "affiliations"
            )
        if draft.since and draft.until and draft.until < draft.since:
            raise ValidationError("An affiliation cannot end before it starts.", "affiliations")
        keys.add(key)
    by_key = {(a.organisation_id, a.role): a for a in person.affiliations}
    kept: list[Affiliation] = []
    for draft in wanted:
        role = (draft.role or "").strip() or None
        link = by_key.pop((draft.organisation_id, role), None) or Affiliation(
            organisation_id=draft.organisation_id, role=role
        )
        link.is_primary = draft.is_primary
        link.since = draft.since
        link.until = draft.until
        kept.append(link)
    person.affiliations = kept


#: a person's own columns, read without ORM objects (showing a person follows every keystroke
#: that changes the selected row of a search, so this is on the typing path)
_PERSON_COLUMNS = select(
    Person.id,
    Person.version,
    Person.given_name,
    Person.name_particle,
    Person.family_name,
    Person.email,
    Person.phone,
    Person.job_title,
    Person.is_internal,
    Person.directorate,
    Person.public_role,
    Person.notes,
    Person.lawful_basis,
    Person.data_source,
    Person.do_not_contact,
    Person.erased_at,
    Person.updated_at,
).where(Person.id == bindparam("person_id"))
_PERSON_AFFILIATIONS = (
    select(
        Affiliation.id,
        Affiliation.organisation_id,
        Affiliation.role,
        Affiliation.is_primary,
        Affiliation.since,
        Affiliation.until,
        Organisation.name,
    )
    .join(Organisation, Organisation.id == Affiliation.organisation_id)
    .where(Affiliation.person_id == bindparam("person_id"))
    .order_by(Affiliation.is_primary.desc(), Organisation.name_key, Affiliation.id)
)
_PERSON_TAGS = (
    select(Tag.name)
    .join(PersonTag, PersonTag.tag_id == Tag.id)
    .where(PersonTag.person_id == bindparam("person_id"))
)


def read_person(session: Session, person_id: int) -> PersonRecord:
    """A person as stored now (also after a write in this transaction): three plain queries."""
    session.flush()
    connection = session.connection()
    params = {"person_id": person_id}
    person = connection.execute(_PERSON_COLUMNS, params).one_or_none()
    if person is None:
        raise NotFoundError(f"The person with ID {person_id} no longer exists.")
    name = display_name(person.given_name, person.name_particle, person.family_name)
    affiliation_records = tuple(
        AffiliationRecord(
            id=a.id,
            organisation_id=a.organisation_id,
            role=a.role,
            is_primary=bool(a.is_primary),
            since=a.since,
            until=a.until,
            organisation_name=a.name,
            person_id=person.id,
            person_name=name,
        )
        for a in connection.execute(_PERSON_AFFILIATIONS, params)
    )
    tags = connection.execute(_PERSON_TAGS, params).scalars()
    return PersonRecord(
        id=person.id,
        version=person.version,
        given_name=person.given_name,
        name_particle=person.name_particle,
        family_name=person.family_name,
        email=person.email,
        phone=person.phone,
        job_title=person.job_title,
        is_internal=bool(person.is_internal),
        directorate=person.directorate,
        public_role=bool(person.public_role),
        notes=person.notes,
        lawful_basis=person.lawful_basis,
        data_source=person.data_source,
        do_not_contact=bool(person.do_not_contact),
        tags=tuple(sorted(tags, key=str.casefold)),
        affiliations=tuple(
            AffiliationDraft(r.organisation_id, r.role, r.is_primary, r.since, r.until)
            for r in affiliation_records
        ),
        erased=person.erased_at is not None,
        affiliation_records=affiliation_records,
        updated_at=person.updated_at,
    )

"""Contact moments: a quick log of a call, e-mail, visit or event with a partner."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.domain.names import display_name
from partnerdesk.errors import ValidationError
from partnerdesk.persistence.models import ContactMoment, ContactMomentPerson, Organisation, Person
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.common import (
    check_version,
    draft_differences,
    get_or_raise,
    optional_text,
)
from partnerdesk.services.records import ContactMomentDraft, ContactMomentRecord


def save_contact_moment(
    uow: UnitOfWork,
    draft: ContactMomentDraft,
    moment_id: int | None = None,
    expected_version: int | None = None,
) -> ContactMomentRecord:
    with uow:
        if draft.organisation_id is None and not draft.person_ids:
            raise ValidationError(
                "A contact moment is with an organisation or a person.", "organisation_id"
            )
        moment = (
            ContactMoment()
            if moment_id is None
            else get_or_raise(uow.session, ContactMoment, moment_id)
        )
        check_version(
            moment,
            expected_version,
            lambda: draft_differences(
                draft, read_contact_moment(uow.session, moment.id).to_draft()
            ),
        )
        if draft.organisation_id is not None:
            get_or_raise(uow.session, Organisation, draft.organisation_id)
        moment.organisation_id = draft.organisation_id
        moment.happened_on = draft.happened_on
        moment.channel = draft.channel
        moment.summary = optional_text(draft.summary, "summary", "Summary")
        wanted = list(dict.fromkeys(draft.person_ids))
        for person_id in wanted:
            get_or_raise(uow.session, Person, person_id)
        existing = {link.person_id: link for link in moment.person_links}
        moment.person_links = [existing.get(p) or ContactMomentPerson(person_id=p) for p in wanted]
        uow.session.add(moment)
        uow.commit()
        return read_contact_moment(uow.session, moment.id)


def delete_contact_moment(uow: UnitOfWork, moment_id: int) -> ContactMomentRecord:
    with uow:
        record = read_contact_moment(uow.session, moment_id)
        uow.session.delete(get_or_raise(uow.session, ContactMoment, moment_id))
        uow.commit()
        return record


def list_contact_moments(
    uow: UnitOfWork, *, organisation_id: int | None = None, person_id: int | None = None
) -> list[ContactMomentRecord]:
    """Newest first."""
    with uow:
        query = select(ContactMoment.id)
        if organisation_id is not None:
            query = query.where(ContactMoment.organisation_id == organisation_id)
        if person_id is not None:
            query = query.join(ContactMomentPerson).where(
                ContactMomentPerson.person_id == person_id
            )
        query = query.order_by(ContactMoment.happened_on.desc(), ContactMoment.id.desc())
        return [read_contact_moment(uow.session, i) for i in uow.session.scalars(query).all()]


def read_contact_moment(session: Session, moment_id: int) -> ContactMomentRecord:
    m = get_or_raise(session, ContactMoment, moment_id)
    org = session.get(Organisation, m.organisation_id) if m.organisation_id else None
    names = []
    for link in m.person_links:
        person = session.get(Person, link.person_id)
        if person is not None:
            names.append(display_name(person.given_name, person.name_particle, person.family_name))
    return ContactMomentRecord(
        id=m.id,
        version=m.version,
        happened_on=m.happened_on,
        channel=m.channel,
        summary=m.summary,
        organisation_id=m.organisation_id,
        person_ids=tuple(link.person_id for link in m.person_links),
        organisation_name=org.name if org else None,
        person_names=tuple(names),
    )

"""A record's version also steps when only its parts change (tags, sectors, participants …).

The ORM increments ``version`` when it updates the record's own row. A save that changes
only rows of another table (an organisation's tags, a session's participants) would leave the
version as it was, and a second client saving over it would not be refused: a lost update.
Before each flush, the record owning a changed part is marked updated, once per transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from partnerdesk.persistence.models import (
    Affiliation,
    Base,
    ContactMoment,
    ContactMomentPerson,
    DialogueSession,
    NetworkMembership,
    Organisation,
    OrganisationChannel,
    OrganisationSector,
    OrganisationTag,
    OrganisationTargetGroup,
    OutreachWave,
    OutreachWaveChannel,
    OutreachWaveTargetGroup,
    Person,
    PersonTag,
    SessionItem,
    SessionOrganisation,
    SessionParticipant,
    Versioned,
    utcnow,
)

#: part -> (owning record, the part's column holding the owner's id)
OWNERS: dict[type[Base], tuple[type[Base], str]] = {
    OrganisationSector: (Organisation, "organisation_id"),
    OrganisationTargetGroup: (Organisation, "organisation_id"),
    OrganisationChannel: (Organisation, "organisation_id"),
    OrganisationTag: (Organisation, "organisation_id"),
    NetworkMembership: (Organisation, "member_id"),
    PersonTag: (Person, "person_id"),
    Affiliation: (Person, "person_id"),
    SessionItem: (DialogueSession, "session_id"),
    SessionParticipant: (DialogueSession, "session_id"),
    SessionOrganisation: (DialogueSession, "session_id"),
    OutreachWaveTargetGroup: (OutreachWave, "wave_id"),
    OutreachWaveChannel: (OutreachWave, "wave_id"),
    ContactMomentPerson: (ContactMoment, "contact_moment_id"),
}

_STEPPED = "versioning_stepped"


def touch(session: Session, record: Any) -> None:
    """Step ``record``'s version in this transaction (once), e.g. after a Core write to its parts."""
    stepped: set[tuple[type, Any]] = session.info.setdefault(_STEPPED, set())
    key = _key(record)
    if key in stepped or record in session.deleted:
        return
    stepped.add(key)
    if record not in session.new:
        record.updated_at = utcnow()


@event.listens_for(Session, "before_flush")
def _step_owners(session: Session, _context: object, _instances: object) -> None:
    stepped: set[tuple[type, Any]] = session.info.setdefault(_STEPPED, set())
    modified = [obj for obj in session.dirty if session.is_modified(obj)]
    for obj in modified:
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            stepped.add(_key(obj))  # its own row is updated: the ORM steps it already
    owners: list[Any] = []
    with session.no_autoflush:
        # parts added or deleted on their own, with the owner's id set
        for part in [*session.new, *session.deleted, *modified]:
            found = OWNERS.get(type(part))
            owner_id = getattr(part, found[1], None) if found else None
            if (
                found is not None
                and owner_id is not None
                and (found[0], (owner_id,)) not in stepped
            ):
                owner = session.get(found[0], owner_id)
                if owner is not None:
                    owners.append(owner)
        # parts added to or removed from an owner's collection (ids are set during the flush)
        for obj in list(session.identity_map.values()):
            if isinstance(obj, Versioned) and _parts_changed(session, obj):
                owners.append(obj)
    for owner in owners:
        touch(session, owner)


def _key(record: Any) -> tuple[type, Any]:
    return type(record), inspect(record).identity


def _parts_changed(session: Session, owner: Any) -> bool:
    state = inspect(owner)
    for relationship in state.mapper.relationships:
        part_class = relationship.mapper.class_
        if not relationship.uselist or OWNERS.get(part_class, (None,))[0] is not type(owner):
            continue
        if relationship.key not in state.dict:
            continue  # not loaded, so not changed through this collection
        history = state.attrs[relationship.key].history
        if history.added or history.deleted:
            return True
        if any(session.is_modified(part) for part in state.dict[relationship.key]):
            return True
    return False


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_STEPPED, None)

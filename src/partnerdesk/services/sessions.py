"""Dialogue sessions: meetings with partners, their participants, questions and outcomes."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from partnerdesk.domain.enums import ChangeOperation, SessionItemKind
from partnerdesk.domain.names import display_name
from partnerdesk.errors import ValidationError
from partnerdesk.persistence import snapshots
from partnerdesk.persistence.models import (
    Affiliation,
    DialogueSession,
    Organisation,
    Person,
    SessionItem,
    SessionOrganisation,
    SessionParticipant,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.common import (
    check_version,
    draft_differences,
    get_or_raise,
    optional_text,
    record_change,
    require_text,
)
from partnerdesk.services.records import (
    ParticipantDraft,
    ParticipantRecord,
    SessionDraft,
    SessionRecord,
)

REMOVED_PARTICIPANT = "participant removed"


def create_session(uow: UnitOfWork, draft: SessionDraft) -> SessionRecord:
    with uow:
        session_row = DialogueSession()
        _apply(uow.session, session_row, draft)
        uow.session.add(session_row)
        uow.commit()
        return read_session(uow.session, session_row.id)


def get_session(uow: UnitOfWork, session_id: int) -> SessionRecord:
    with uow:
        return read_session(uow.session, session_id)


def update_session(
    uow: UnitOfWork, session_id: int, draft: SessionDraft, expected_version: int | None = None
) -> SessionRecord:
    with uow:
        row = get_or_raise(uow.session, DialogueSession, session_id)
        check_version(
            row,
            expected_version,
            lambda: draft_differences(draft, read_session(uow.session, session_id).to_draft()),
        )
        _apply(uow.session, row, draft)
        uow.commit()
        return read_session(uow.session, session_id)


def delete_session(
    uow: UnitOfWork, session_id: int, expected_version: int | None = None
) -> dict[str, Any]:
    with uow:
        row = get_or_raise(uow.session, DialogueSession, session_id)
        check_version(row, expected_version)
        snapshot = snapshots.take(uow.session, "dialogue_session", session_id)
        uow.session.delete(row)
        uow.commit()
        return snapshot


def restore_session(uow: UnitOfWork, snapshot: dict[str, Any]) -> SessionRecord:
    with uow:
        snapshots.restore(uow.session, snapshot)
        session_id = snapshot["row"]["id"]
        record_change(
            uow.session, "dialogue_session", session_id, ChangeOperation.CREATE, new=snapshot["row"]
        )
        uow.commit()
        return read_session(uow.session, session_id)


def _apply(session: Session, row: DialogueSession, draft: SessionDraft) -> None:
    row.title = require_text(draft.title, "title", "The session's title", 300)
    if draft.ends_at is not None and draft.ends_at < draft.starts_at:
        raise ValidationError("The session cannot end before it starts.", "ends_at")
    row.starts_at = draft.starts_at
    row.ends_at = draft.ends_at
    row.kind = draft.kind
    row.online = draft.online
    row.location = optional_text(draft.location, "location", "Location", 300)
    if draft.organiser_id is not None:
        get_or_raise(session, Organisation, draft.organiser_id)
    row.organiser_id = draft.organiser_id
    if draft.facilitator_id is not None:
        get_or_raise(session, Person, draft.facilitator_id)
    row.facilitator_id = draft.facilitator_id
    row.status = draft.status
    for name in ("background", "goal", "roles", "outcomes", "decisions"):
        setattr(row, name, optional_text(getattr(draft, name), name, name.capitalize()))
    _apply_items(row, draft)
    _apply_participants(session, row, draft)
    wanted_orgs = list(dict.fromkeys(draft.organisation_ids))
    for org_id in wanted_orgs:
        get_or_raise(session, Organisation, org_id)
    existing = {link.organisation_id: link for link in row.organisation_links}
    row.organisation_links = [
        existing.get(org_id) or SessionOrganisation(organisation_id=org_id)
        for org_id in wanted_orgs
    ]


def _apply_items(row: DialogueSession, draft: SessionDraft) -> None:
    wanted: list[tuple[SessionItemKind, str]] = []
    for kind, texts in (
        (SessionItemKind.QUESTION, draft.questions),
        (SessionItemKind.DISCUSSION, draft.discussion_points),
        (SessionItemKind.SUB_QUESTION, draft.sub_questions),
    ):
        wanted += [(kind, t.strip()) for t in texts if t and t.strip()]
    # keep existing rows where the text is the same, so history shows real edits only
    pool: dict[tuple[SessionItemKind, str], list[SessionItem]] = {}
    for item in row.items:
        pool.setdefault((item.kind, item.text), []).append(item)
    items: list[SessionItem] = []
    positions: dict[SessionItemKind, int] = {}
    for kind, text in wanted:
        position = positions.get(kind, 0)
        positions[kind] = position + 1
        candidates = pool.get((kind, text))
        item = candidates.pop(0) if candidates else SessionItem(kind=kind, text=text)
        item.position = position
        items.append(item)
    row.items = items


def _apply_participants(session: Session, row: DialogueSession, draft: SessionDraft) -> None:
    seen: set[int] = set()
    existing = {p.person_id: p for p in row.participants if p.person_id is not None}
    removed = [p for p in row.participants if p.person_id is None]
    participants: list[SessionParticipant] = []
    for wanted in draft.participants:
        if wanted.person_id is None:
            continue
        if wanted.person_id in seen:
            raise ValidationError(
                "A person is listed twice among the participants.", "participants"
            )
        seen.add(wanted.person_id)
        get_or_raise(session, Person, wanted.person_id)
        participant = existing.get(wanted.person_id) or SessionParticipant(
            person_id=wanted.person_id
        )
        participant.role = optional_text(wanted.role, "participants", "Role", 200)
        participant.attendance = wanted.attendance
        participants.append(participant)
    row.participants = participants + removed


def read_session(session: Session, session_id: int) -> SessionRecord:
    session.flush()
    row = get_or_raise(session, DialogueSession, session_id)
    session.refresh(row)
    items = {
        kind: [i.text for i in sorted(row.items, key=lambda i: i.position) if i.kind == kind]
        for kind in SessionItemKind
    }
    participant_records = []
    for p in row.participants:
        participant_records.append(_participant_record(session, p))
    participant_records.sort(
        key=lambda r: (not r.is_internal, r.person_id is None, r.person_name.casefold())
    )
    organiser = session.get(Organisation, row.organiser_id) if row.organiser_id else None
    facilitator = session.get(Person, row.facilitator_id) if row.facilitator_id else None
    organisation_names = tuple(link.organisation.name for link in row.organisation_links)
    return SessionRecord(
        id=row.id,
        version=row.version,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        kind=row.kind,
        online=row.online,
        location=row.location,
        organiser_id=row.organiser_id,
        facilitator_id=row.facilitator_id,
        status=row.status,
        background=row.background,
        goal=row.goal,
        roles=row.roles,
        outcomes=row.outcomes,
        decisions=row.decisions,
        questions=tuple(items[SessionItemKind.QUESTION]),
        discussion_points=tuple(items[SessionItemKind.DISCUSSION]),
        sub_questions=tuple(items[SessionItemKind.SUB_QUESTION]),
        participants=tuple(
            ParticipantDraft(r.person_id, r.role, r.attendance)
            for r in participant_records
            if r.person_id is not None
        ),
        organisation_ids=tuple(link.organisation_id for link in row.organisation_links),
        organiser_name=organiser.name if organiser else None,
        facilitator_name=(
            display_name(facilitator.given_name, facilitator.name_particle, facilitator.family_name)
            if facilitator and facilitator.erased_at is None
            else (REMOVED_PARTICIPANT if facilitator else None)
        ),
        participant_records=tuple(participant_records),
        organisation_names=organisation_names,
    )


def _participant_record(session: Session, p: SessionParticipant) -> ParticipantRecord:
    person = p.person
    if person is None or person.erased_at is not None:
        return ParticipantRecord(
            id=p.id,
            person_id=p.person_id,
            role=p.role,
            attendance=p.attendance,
            person_name=REMOVED_PARTICIPANT,
        )
    primary = None
    for affiliation in sorted(person.affiliations, key=lambda a: not a.is_primary):
        primary = affiliation
        break
    org_name = primary.organisation.name if isinstance(primary, Affiliation) else None
    return ParticipantRecord(
        id=p.id,
        person_id=p.person_id,
        role=p.role,
        attendance=p.attendance,
        person_name=display_name(person.given_name, person.name_particle, person.family_name),
        is_internal=person.is_internal,
        organisation_name=org_name,
        directorate=person.directorate,
        job_title=person.job_title,
        email=person.email,
        public_role=person.public_role,
    )

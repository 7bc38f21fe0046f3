"""Dialogue sessions: meetings with partners, their participants, questions and outcomes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from partnerdesk.domain.contact import email_key
from partnerdesk.domain.enums import ChangeOperation, SessionItemKind, SessionKind, SessionStatus
from partnerdesk.domain.names import PersonName, display_name
from partnerdesk.errors import BadFileError, StorageError, ValidationError
from partnerdesk.exchange.calendar import Attendee, CalendarEvent, events_to_ics, read_ics
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
    ParticipantChoice,
    ParticipantDraft,
    ParticipantRecord,
    SessionDraft,
    SessionFilter,
    SessionRecord,
    SessionRow,
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


# --- lists ------------------------------------------------------------------------------


def _filtered(query: Any, filters: SessionFilter) -> Any:
    if filters.starts_from is not None:
        query = query.where(
            DialogueSession.starts_at >= dt.datetime.combine(filters.starts_from, dt.time())
        )
    if filters.starts_until is not None:
        after = dt.datetime.combine(filters.starts_until + dt.timedelta(days=1), dt.time())
        query = query.where(DialogueSession.starts_at < after)
    if filters.kind is not None:
        query = query.where(DialogueSession.kind == filters.kind)
    if filters.status is not None:
        query = query.where(DialogueSession.status == filters.status)
    if filters.organisation_id is not None:
        involved = select(SessionOrganisation.session_id).where(
            SessionOrganisation.organisation_id == filters.organisation_id
        )
        query = query.where(
            or_(
                DialogueSession.organiser_id == filters.organisation_id,
                DialogueSession.id.in_(involved),
            )
        )
    if filters.text:
        pattern = f"%{filters.text.strip()}%"
        query = query.where(DialogueSession.title.ilike(pattern))
    return query


def count_sessions(uow: UnitOfWork, filters: SessionFilter) -> int:
    """How many sessions pass the filter (for the list's count and row count)."""
    with uow:
        query = _filtered(select(func.count(DialogueSession.id)), filters)
        return int(uow.session.scalar(query) or 0)


def session_rows(
    uow: UnitOfWork, filters: SessionFilter, offset: int = 0, limit: int = 200
) -> list[SessionRow]:
    """One page of the session list, newest first, as light rows for a table."""
    with uow:
        participants = (
            select(func.count(SessionParticipant.id))
            .where(SessionParticipant.session_id == DialogueSession.id)
            .scalar_subquery()
        )
        query = _filtered(
            select(
                DialogueSession.id,
                DialogueSession.title,
                DialogueSession.starts_at,
                DialogueSession.ends_at,
                DialogueSession.kind,
                DialogueSession.status,
                DialogueSession.online,
                DialogueSession.location,
                Organisation.name,
                participants,
            ).outerjoin(Organisation, Organisation.id == DialogueSession.organiser_id),
            filters,
        )
        query = query.order_by(DialogueSession.starts_at.desc(), DialogueSession.id.desc())
        return [SessionRow(*row) for row in uow.session.execute(query.offset(offset).limit(limit))]


def session_calendar_event(record: SessionRecord) -> CalendarEvent:
    """The session as a calendar event: attendees are participants with an e-mail address."""
    description = "\n\n".join(text for text in (record.goal, record.background) if text)
    location = record.location
    if record.online and not location:
        location = "Online"
    return CalendarEvent(
        uid=f"session-{record.id}@partnerdesk",
        summary=record.title,
        starts_at=record.starts_at,
        ends_at=record.ends_at,
        location=location,
        description=description or None,
        organiser_name=record.organiser_name,
        attendees=tuple(
            Attendee(p.person_name, p.email, p.role)
            for p in record.participant_records
            if p.person_id is not None and p.person_name != REMOVED_PARTICIPANT
        ),
        cancelled=record.status == SessionStatus.CANCELLED,
    )


def export_session_ics(uow: UnitOfWork, session_id: int, path: Path) -> None:
    """Write one session as an .ics file (a calendar invitation with its attendees)."""
    record = get_session(uow, session_id)
    data = events_to_ics([session_calendar_event(record)])
    try:
        path.write_bytes(data)
    except OSError as error:
        raise StorageError(f"{path.name} could not be written ({error.strerror}).") from None


def participant_choices(uow: UnitOfWork) -> list[ParticipantChoice]:
    """Everyone who can take part (not erased), with their side and where they work: for pickers."""
    with uow:
        primary = {
            person_id: name
            for person_id, name in uow.session.execute(
                select(Affiliation.person_id, Organisation.name)
                .join(Organisation, Organisation.id == Affiliation.organisation_id)
                .order_by(Affiliation.is_primary)
            )
        }
        rows = uow.session.execute(
            select(
                Person.id,
                Person.given_name,
                Person.name_particle,
                Person.family_name,
                Person.is_internal,
                Person.directorate,
            )
            .where(Person.erased_at.is_(None))
            .order_by(Person.sort_key, Person.id)
        )
        return [
            ParticipantChoice(
                id=r[0],
                name=PersonName(r[1] or "", r[2] or "", r[3] or "").sort_display,
                is_internal=bool(r[4]),
                works_at=(r[5] or primary.get(r[0])) if r[4] else primary.get(r[0]),
            )
            for r in rows
        ]


def import_calendar_events(uow: UnitOfWork, events: list[CalendarEvent]) -> list[int]:
    """Create planned sessions from calendar events (one transaction); attendees whose e-mail
    address is known become participants. Returns the new sessions' ids."""
    with uow:
        keys = {email_key(a.email) for event in events for a in event.attendees if a.email}
        known: dict[str, int] = {}
        for chunk in [sorted(keys)[i : i + 500] for i in range(0, len(keys), 500)]:
            for person_id, email in uow.session.execute(
                select(Person.id, Person.email).where(
                    func.lower(Person.email).in_(chunk), Person.erased_at.is_(None)
                )
            ):
                known.setdefault(email_key(email), person_id)
        rows: list[DialogueSession] = []
        for event in events:
            if not event.summary.strip():
                raise ValidationError(
                    "A calendar event without a title cannot become a session.", "title"
                )
            ends = event.ends_at if event.ends_at and event.ends_at >= event.starts_at else None
            wanted = dict.fromkeys(
                known[email_key(a.email)]
                for a in event.attendees
                if a.email and email_key(a.email) in known
            )
            location = (event.location or "")[:300] or None
            online = any(
                word in (location or "").lower()
                for word in ("teams", "zoom", "online", "webex", "meet")
            )
            row = DialogueSession()
            _apply(
                uow.session,
                row,
                SessionDraft(
                    title=event.summary.strip()[:300],
                    starts_at=event.starts_at,
                    ends_at=ends,
                    kind=SessionKind.CALL if online else SessionKind.BILATERAL,
                    online=online,
                    location=location,
                    status=SessionStatus.CANCELLED if event.cancelled else SessionStatus.PLANNED,
                    background=event.description,
                    participants=tuple(ParticipantDraft(person_id) for person_id in wanted),
                ),
            )
            uow.session.add(row)
            rows.append(row)
        uow.commit()
        return [row.id for row in rows]


def import_ics_file(uow: UnitOfWork, path: Path) -> list[int]:
    """Read an .ics file from a calendar client and create its events as planned sessions."""
    events = read_ics(path)
    if not events:
        raise BadFileError(f"{path.name}: the calendar holds no events.")
    return import_calendar_events(uow, events)


def export_sessions_ics(uow: UnitOfWork, path: Path, *, with_attendees: bool = True) -> int:
    """Write every session to one .ics file; without attendees no e-mail address leaves the
    app (the no-contact privacy level). Returns the number of events written."""
    with uow:
        ids = list(
            uow.session.scalars(select(DialogueSession.id).order_by(DialogueSession.starts_at))
        )
        events = []
        for session_id in ids:
            event = session_calendar_event(read_session(uow.session, session_id))
            events.append(event if with_attendees else dataclasses.replace(event, attendees=()))
    try:
        path.write_bytes(events_to_ics(events))
    except OSError as error:
        raise StorageError(f"{path.name} could not be written ({error.strerror}).") from None
    return len(events)

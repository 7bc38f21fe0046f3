"""The content of a session brief (sessienotitie): plain data that the UI lays out and prints.

The Woo variant replaces people's names, e-mail addresses and phone numbers by "5.1.2e"
everywhere, free text included; organisation names and people with a public role stay.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.domain.enums import Attendance, SessionKind
from partnerdesk.domain.names import PersonName
from partnerdesk.domain.redaction import WOO_GROUND, Redactor
from partnerdesk.persistence.models import Organisation, Person
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.records import ParticipantRecord, SessionRecord
from partnerdesk.services.sessions import REMOVED_PARTICIPANT, read_session

T = TypeVar("T")


@dataclass(frozen=True)
class BriefParticipant:
    name: str
    #: organisation, or directorate for the ministry's own people
    organisation: str | None
    role: str | None
    attendance: Attendance


@dataclass(frozen=True)
class Brief:
    title: str
    kind: SessionKind
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    online: bool
    location: str | None
    organiser: str | None
    facilitator: str | None
    background: str | None
    goal: str | None
    roles: str | None
    #: the ministry's own people, then partners' people
    ministry: tuple[BriefParticipant, ...]
    partners: tuple[BriefParticipant, ...]
    questions: tuple[str, ...]
    discussion_points: tuple[str, ...]
    sub_questions: tuple[str, ...]
    woo: bool

    @property
    def duration_minutes(self) -> int | None:
        if self.ends_at is None:
            return None
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


def build_brief(uow: UnitOfWork, session_id: int, *, woo: bool = False) -> Brief:
    """The brief of one session; ``woo`` gives the redacted variant for release under the Woo."""
    with uow:
        record = read_session(uow.session, session_id)
        redact = _redactor(uow.session, record) if woo else None

    def text(value: str | None) -> str | None:
        return redact(value) if redact else value

    def person(p: ParticipantRecord) -> BriefParticipant:
        name = p.person_name
        if redact and not p.public_role and name != REMOVED_PARTICIPANT:
            name = WOO_GROUND
        return BriefParticipant(
            name=name,
            organisation=(p.directorate or p.organisation_name)
            if p.is_internal
            else p.organisation_name,
            role=text(p.role),
            attendance=p.attendance,
        )

    facilitator = record.facilitator_name
    if redact and facilitator:
        public = any(
            p.person_id == record.facilitator_id and p.public_role
            for p in record.participant_records
        )
        facilitator = facilitator if public else WOO_GROUND
    return Brief(
        title=text(record.title) or "",
        kind=record.kind,
        starts_at=record.starts_at,
        ends_at=record.ends_at,
        online=record.online,
        location=text(record.location),
        organiser=record.organiser_name,
        facilitator=facilitator,
        background=text(record.background),
        goal=text(record.goal),
        roles=text(record.roles),
        ministry=tuple(person(p) for p in record.participant_records if p.is_internal),
        partners=tuple(
            sorted(
                (person(p) for p in record.participant_records if not p.is_internal),
                # the organiser's people first (facilitator, co-initiator), then by organisation
                key=lambda p: (
                    p.organisation != record.organiser_name,
                    (p.organisation or "").casefold(),
                ),
            )
        ),
        questions=tuple(text(q) or "" for q in record.questions),
        discussion_points=tuple(text(q) or "" for q in record.discussion_points),
        sub_questions=tuple(text(q) or "" for q in record.sub_questions),
        woo=woo,
    )


_WORD = re.compile(r"[^\W\d_][\w'-]+")


def _redactor(session: Session, record: SessionRecord) -> Redactor:
    """Names to hide: the session's people, and anyone on file whose family name the text uses."""
    texts = [record.title, record.location, record.background, record.goal, record.roles]
    texts += [*record.questions, *record.discussion_points, *record.sub_questions]
    texts += [p.role for p in record.participant_records]
    words = {w for t in texts if t for w in _WORD.findall(t)}
    people: dict[int, Person] = {}
    ids = {p.person_id for p in record.participant_records if p.person_id is not None}
    if record.facilitator_id is not None:
        ids.add(record.facilitator_id)
    for chunk in _chunks(sorted(ids)):
        for row in session.scalars(select(Person).where(Person.id.in_(chunk))):
            people[row.id] = row
    candidates = sorted(words | {w.capitalize() for w in words})
    for chunk in _chunks(candidates):
        for row in session.scalars(select(Person).where(Person.family_name.in_(chunk))):
            people[row.id] = row
    hidden = [
        PersonName(p.given_name or "", p.name_particle or "", p.family_name or "")
        for p in people.values()
        if not p.public_role
    ]
    public = [
        PersonName(p.given_name or "", p.name_particle or "", p.family_name or "").display
        for p in people.values()
        if p.public_role
    ]
    org_names = {record.organiser_name, *record.organisation_names}
    org_names |= {p.organisation_name for p in record.participant_records}
    mentioned = sorted(words)
    for chunk in _chunks(mentioned):
        org_names |= set(
            session.scalars(select(Organisation.name).where(Organisation.name.in_(chunk)))
        )
    keep = [n for n in org_names if n] + public
    return Redactor(hidden, keep)


def _chunks(values: list[T], size: int = 500) -> list[list[T]]:
    return [values[i : i + size] for i in range(0, len(values), size)]

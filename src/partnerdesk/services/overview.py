"""What needs attention today: actions, sessions, partners gone quiet, gaps, recent changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from partnerdesk.domain.enums import ActionStatus, PartnershipStatus, SessionStatus
from partnerdesk.domain.names import display_name
from partnerdesk.persistence.history import from_json
from partnerdesk.persistence.models import (
    Action,
    Change,
    ChangeBatch,
    ContactMoment,
    DialogueSession,
    Organisation,
    OutreachEntry,
    OutreachWave,
    Person,
    Sector,
    TargetGroup,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.actions import read_actions
from partnerdesk.services.coverage import AxisCoverage, coverage
from partnerdesk.services.organisations import last_contact_dates
from partnerdesk.services.records import ActionRecord

#: partners whose contact should be kept alive
KEPT_IN_TOUCH: tuple[PartnershipStatus, ...] = (
    PartnershipStatus.ACTIVE,
    PartnershipStatus.IN_DIALOGUE,
)
DEFAULT_QUIET_DAYS = 90


@dataclass(frozen=True)
class UpcomingSession:
    id: int
    title: str
    starts_at: dt.datetime
    online: bool
    location: str | None
    organiser_name: str | None


@dataclass(frozen=True)
class QuietPartner:
    """A partner not contacted for a while (or never): last contact derived, never typed."""

    id: int
    name: str
    status: PartnershipStatus
    last_contact: dt.date | None
    #: days since the last contact; None when there never was one
    days: int | None


@dataclass(frozen=True)
class RecentChange:
    """One record created, changed or deleted in one go, described by what it is and its name."""

    at: dt.datetime
    #: organisation, person, dialogue_session, action, contact_moment, outreach_wave, sector, …
    entity: str
    entity_id: int
    operation: str
    name: str
    fields: tuple[str, ...]
    batch_kind: str
    #: False when the record was deleted since (nothing to open)
    exists: bool
    #: the record to show for this line: itself, or for a contact moment its organisation
    open_as: tuple[str, int] | None = None


@dataclass(frozen=True)
class Overview:
    today: dt.date
    overdue_actions: tuple[ActionRecord, ...]
    overdue_total: int
    upcoming_actions: tuple[ActionRecord, ...]
    upcoming_total: int
    upcoming_sessions: tuple[UpcomingSession, ...]
    quiet_partners: tuple[QuietPartner, ...]
    quiet_total: int
    quiet_days: int
    gaps: tuple[AxisCoverage, ...]
    recent_changes: tuple[RecentChange, ...]


def overview(
    uow_factory: Callable[[], UnitOfWork],
    *,
    today: dt.date | None = None,
    quiet_days: int = DEFAULT_QUIET_DAYS,
    days_ahead: int = 14,
    limit: int = 10,
) -> Overview:
    """Everything on the overview page; ``uow_factory`` is ``db.uow`` (each part reads apart)."""
    today = today or dt.date.today()
    with uow_factory() as uow:
        session = uow.session
        overdue, overdue_total = _actions(session, Action.due_on < today, limit)
        upcoming, upcoming_total = _actions(
            session,
            Action.due_on.between(today, today + dt.timedelta(days=days_ahead)),
            limit,
        )
        sessions = _upcoming_sessions(session, today, days_ahead * 2, limit)
        quiet, quiet_total = _quiet_partners(session, today, quiet_days, limit)
        changes = _recent_changes(session, limit)
    gaps = coverage(uow_factory()).gaps
    return Overview(
        today=today,
        overdue_actions=overdue,
        overdue_total=overdue_total,
        upcoming_actions=upcoming,
        upcoming_total=upcoming_total,
        upcoming_sessions=sessions,
        quiet_partners=quiet,
        quiet_total=quiet_total,
        quiet_days=quiet_days,
        gaps=gaps,
        recent_changes=changes,
    )


def _actions(
    session: Session, when: ColumnElement[bool], limit: int
) -> tuple[tuple[ActionRecord, ...], int]:
    condition = (Action.status == ActionStatus.OPEN, when)
    total = session.scalar(select(func.count()).select_from(Action).where(*condition)) or 0
    ids = session.scalars(
        select(Action.id).where(*condition).order_by(Action.due_on, Action.id).limit(limit)
    ).all()
    return tuple(read_actions(session, list(ids))), total


def _upcoming_sessions(
    session: Session, today: dt.date, days: int, limit: int
) -> tuple[UpcomingSession, ...]:
    start = dt.datetime.combine(today, dt.time.min)
    rows = session.execute(
        select(
            DialogueSession.id,
            DialogueSession.title,
            DialogueSession.starts_at,
            DialogueSession.online,
            DialogueSession.location,
            Organisation.name,
        )
        .join(Organisation, Organisation.id == DialogueSession.organiser_id, isouter=True)
        .where(
            DialogueSession.status == SessionStatus.PLANNED,
            DialogueSession.starts_at >= start,
            DialogueSession.starts_at < start + dt.timedelta(days=days + 1),
        )
        .order_by(DialogueSession.starts_at, DialogueSession.id)
        .limit(limit)
    ).all()
    return tuple(UpcomingSession(*row) for row in rows)


def quiet_partners(
    uow: UnitOfWork, *, today: dt.date | None = None, quiet_days: int = DEFAULT_QUIET_DAYS
) -> list[QuietPartner]:
    """Every active or in-dialogue partner not contacted for ``quiet_days`` (or never)."""
    with uow:
        quiet, _total = _quiet_partners(uow.session, today or dt.date.today(), quiet_days, None)
        return list(quiet)


def _quiet_partners(
    session: Session, today: dt.date, quiet_days: int, limit: int | None
) -> tuple[tuple[QuietPartner, ...], int]:
    partners = session.execute(
        select(Organisation.id, Organisation.name, Organisation.status).where(
            Organisation.status.in_(KEPT_IN_TOUCH)
        )
    ).all()
    # only the partners kept in touch: grouping every organisation's sessions took most of
    # the Overview's time on 10 000 organisations
    last = last_contact_dates(
        session, select(Organisation.id).where(Organisation.status.in_(KEPT_IN_TOUCH))
    )
    quiet = []
    for org_id, name, status in partners:
        day = last.get(org_id)
        days = (today - day).days if day else None
        if days is None or days >= quiet_days:
            quiet.append(QuietPartner(org_id, name, status, day, days))
    # never contacted first, then the longest silence
    quiet.sort(key=lambda q: (q.days is not None, -(q.days or 0), q.name.casefold()))
    return tuple(quiet if limit is None else quiet[:limit]), len(quiet)


#: link tables whose first key is the organisation they belong to
_ORGANISATION_PARTS = {
    "organisation_sector",
    "organisation_target_group",
    "organisation_channel",
    "organisation_tag",
}
#: every entity a page of the app shows (recent changes of other tables are parts of these)
SHOWN_ENTITIES = (
    "organisation",
    "person",
    "dialogue_session",
    "action",
    "contact_moment",
    "outreach_wave",
    "sector",
    "target_group",
)


def _recent_changes(session: Session, limit: int) -> tuple[RecentChange, ...]:
    """The latest changes, one line per record (its recent changes together), newest first."""
    rows = session.execute(
        select(Change, ChangeBatch.kind)
        .join(ChangeBatch, ChangeBatch.id == Change.batch_id)
        .where(ChangeBatch.undone_at.is_(None))
        .order_by(Change.id.desc())
        .limit(limit * 40)
    ).all()
    grouped: dict[tuple[str, int], dict[str, object]] = {}
    for change, kind in rows:
        entity, entity_id = change.entity, change.entity_id
        field = change.field
        if entity in _ORGANISATION_PARTS:
            entity, field = "organisation", entity.removeprefix("organisation_")
        elif entity == "outreach_entry":
            wave_id = session.scalar(
                select(OutreachEntry.wave_id).where(OutreachEntry.id == entity_id)
            )
            entity, entity_id, field = "outreach_wave", wave_id, "partners"
        if entity not in SHOWN_ENTITIES or entity_id is None:
            continue
        key = (entity, entity_id)
        if key not in grouped:
            if len(grouped) == limit:
                break
            grouped[key] = {"at": change.at, "ops": set(), "fields": [], "kind": str(kind)}
        entry = grouped[key]
        ops = entry["ops"]
        assert isinstance(ops, set)
        ops.add(str(change.operation) if change.entity == entity else "update")
        fields = entry["fields"]
        assert isinstance(fields, list)
        if field and field not in fields:
            fields.append(field)
        if change.operation == "delete" and change.entity == entity:
            entry["old"] = from_json(change.old_value)
    result = []
    for (entity, entity_id), entry in grouped.items():
        ops = entry["ops"]
        assert isinstance(ops, set)
        operation = "delete" if "delete" in ops else "create" if "create" in ops else "update"
        name = _current_name(session, entity, entity_id)
        old = entry.get("old")
        if name is None and isinstance(old, dict):
            name = _name_from_values(entity, old)
        fields = entry["fields"]
        assert isinstance(fields, list)
        at = entry["at"]
        assert isinstance(at, dt.datetime)
        result.append(
            RecentChange(
                at=at,
                entity=entity,
                entity_id=entity_id,
                operation=operation,
                name=name or "",
                fields=tuple(fields) if operation == "update" else (),
                batch_kind=str(entry["kind"]),
                exists=_current_name(session, entity, entity_id) is not None,
                open_as=_open_as(session, entity, entity_id),
            )
        )
    return tuple(result)


def _open_as(session: Session, entity: str, entity_id: int) -> tuple[str, int] | None:
    if entity == "contact_moment":
        org_id = session.scalar(
            select(ContactMoment.organisation_id).where(ContactMoment.id == entity_id)
        )
        return None if org_id is None else ("organisation", org_id)
    if _current_name(session, entity, entity_id) is None:
        return None
    return (entity, entity_id)


_NAME_COLUMNS = {
    "organisation": (Organisation, Organisation.name),
    "dialogue_session": (DialogueSession, DialogueSession.title),
    "action": (Action, Action.description),
    "outreach_wave": (OutreachWave, OutreachWave.name),
    "sector": (Sector, Sector.name),
    "target_group": (TargetGroup, TargetGroup.name),
}


def _current_name(session: Session, entity: str, entity_id: int) -> str | None:
    if entity == "person":
        person = session.get(Person, entity_id)
        if person is None:
            return None
        if person.erased_at is not None:
            return "—"
        return display_name(person.given_name, person.name_particle, person.family_name)
    if entity == "contact_moment":
        moment = session.execute(
            select(ContactMoment.id, Organisation.name)
            .join(Organisation, Organisation.id == ContactMoment.organisation_id, isouter=True)
            .where(ContactMoment.id == entity_id)
        ).first()
        return None if moment is None else str(moment[1] or "")
    model, column = _NAME_COLUMNS[entity]
    row = session.execute(select(column).where(model.id == entity_id)).first()  # type: ignore[attr-defined]
    if row is None:
        return None
    return str(row[0] or "")


def _name_from_values(entity: str, values: dict[str, object]) -> str:
    if entity == "person":
        return display_name(
            str(values.get("given_name") or ""),
            str(values.get("name_particle") or ""),
            str(values.get("family_name") or ""),
        )
    for key in ("name", "title", "description", "summary"):
        if values.get(key):
            return str(values[key])
    return ""

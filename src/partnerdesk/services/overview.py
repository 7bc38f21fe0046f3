"""What needs attention today: actions, sessions, partners gone quiet, gaps, recent changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import QueryableAttribute, Session
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
from partnerdesk.services.coverage import AxisCoverage, coverage_gaps
from partnerdesk.services.organisations import last_contact_dates
from partnerdesk.services.records import ActionRecord

#: partners whose contact should be kept alive
KEPT_IN_TOUCH: tuple[PartnershipStatus, ...] = (
    PartnershipStatus.ACTIVE,
    PartnershipStatus.IN_DIALOGUE,
)
DEFAULT_QUIET_DAYS = 90
T = TypeVar("T")


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
    gaps = coverage_gaps(uow_factory())
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
    # the count of all matches rides along with the first ones: one pass over the open
    # actions instead of two (a third of the Overview's time on 50 000 actions)
    rows = session.execute(
        select(Action.id, func.count().over())
        .where(Action.status == ActionStatus.OPEN, when)
        .order_by(Action.due_on, Action.id)
        .limit(limit)
    ).all()
    total = rows[0][1] if rows else 0
    return tuple(read_actions(session, [row[0] for row in rows])), total


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
        select(
            Change.entity,
            Change.entity_id,
            Change.field,
            Change.operation,
            Change.old_value,
            Change.at,
            ChangeBatch.kind,
        )
        .join(ChangeBatch, ChangeBatch.id == Change.batch_id)
        .where(ChangeBatch.undone_at.is_(None))
        .order_by(Change.id.desc())
        .limit(limit * 40)
    ).all()
    entry_ids = {row.entity_id for row in rows if row.entity == "outreach_entry"}
    wave_of = _by_id(session, OutreachEntry.id, OutreachEntry.wave_id, entry_ids)
    grouped: dict[tuple[str, int], dict[str, object]] = {}
    for changed, entity_id, field, change_operation, old_value, at, kind in rows:
        entity = changed
        if entity in _ORGANISATION_PARTS:
            entity, field = "organisation", entity.removeprefix("organisation_")
        elif entity == "outreach_entry":
            entity, entity_id, field = "outreach_wave", wave_of.get(entity_id or 0), "partners"
        if entity not in SHOWN_ENTITIES or entity_id is None:
            continue
        key = (entity, entity_id)
        if key not in grouped:
            if len(grouped) == limit:
                break
            grouped[key] = {"at": at, "ops": set(), "fields": [], "kind": str(kind)}
        entry = grouped[key]
        ops = entry["ops"]
        assert isinstance(ops, set)
        ops.add(str(change_operation) if changed == entity else "update")
        fields = entry["fields"]
        assert isinstance(fields, list)
        if field and field not in fields:
            fields.append(field)
        if change_operation == "delete" and changed == entity:
            entry["old"] = from_json(old_value)
    names = _current_names(session, list(grouped))
    organisation_of = _by_id(
        session,
        ContactMoment.id,
        ContactMoment.organisation_id,
        {entity_id for entity, entity_id in grouped if entity == "contact_moment"},
    )
    result = []
    for key, entry in grouped.items():
        entity, entity_id = key
        ops = entry["ops"]
        assert isinstance(ops, set)
        operation = "delete" if "delete" in ops else "create" if "create" in ops else "update"
        current = names.get(key)
        name = current
        old = entry.get("old")
        if name is None and isinstance(old, dict):
            name = _name_from_values(entity, old)
        fields = entry["fields"]
        assert isinstance(fields, list)
        when = entry["at"]
        assert isinstance(when, dt.datetime)
        open_as: tuple[str, int] | None = None
        if entity == "contact_moment":
            org_id = organisation_of.get(entity_id)
            open_as = None if org_id is None else ("organisation", org_id)
        elif current is not None:
            open_as = key
        result.append(
            RecentChange(
                at=when,
                entity=entity,
                entity_id=entity_id,
                operation=operation,
                name=name or "",
                fields=tuple(fields) if operation == "update" else (),
                batch_kind=str(entry["kind"]),
                exists=current is not None,
                open_as=open_as,
            )
        )
    return tuple(result)


def _by_id(
    session: Session, key: QueryableAttribute[int], value: QueryableAttribute[T], ids: set[int]
) -> dict[int, T]:
    """``value`` of the rows whose ``key`` is among ``ids``, in one query (none when no ids)."""
    if not ids:
        return {}
    return {
        row_id: found for row_id, found in session.execute(select(key, value).where(key.in_(ids)))
    }


_NAME_COLUMNS = {
    "organisation": (Organisation.id, Organisation.name),
    "dialogue_session": (DialogueSession.id, DialogueSession.title),
    "action": (Action.id, Action.description),
    "outreach_wave": (OutreachWave.id, OutreachWave.name),
    "sector": (Sector.id, Sector.name),
    "target_group": (TargetGroup.id, TargetGroup.name),
}


def _current_names(session: Session, keys: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The name each record has now, one query per kind of record; a deleted one has none.

    An erased person reads "—"; a contact moment reads as its organisation's name.
    """
    ids_of: dict[str, set[int]] = {}
    for entity, entity_id in keys:
        ids_of.setdefault(entity, set()).add(entity_id)
    names: dict[tuple[str, int], str] = {}
    for entity, ids in ids_of.items():
        if entity == "person":
            for person_id, given, particle, family, erased_at in session.execute(
                select(
                    Person.id,
                    Person.given_name,
                    Person.name_particle,
                    Person.family_name,
                    Person.erased_at,
                ).where(Person.id.in_(ids))
            ):
                names[(entity, person_id)] = (
                    "—" if erased_at is not None else display_name(given, particle, family)
                )
        elif entity == "contact_moment":
            for moment_id, organisation in session.execute(
                select(ContactMoment.id, Organisation.name)
                .join(Organisation, Organisation.id == ContactMoment.organisation_id, isouter=True)
                .where(ContactMoment.id.in_(ids))
            ):
                names[(entity, moment_id)] = str(organisation or "")
        else:
            id_column, name_column = _NAME_COLUMNS[entity]
            for record_id, name in _by_id(session, id_column, name_column, ids).items():
                names[(entity, record_id)] = str(name or "")
    return names


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

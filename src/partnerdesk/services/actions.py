"""Follow-up actions with an owner and a due date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from partnerdesk.domain.enums import ActionStatus
from partnerdesk.domain.names import PersonName, display_name
from partnerdesk.persistence.models import (
    Action,
    DialogueSession,
    Organisation,
    OutreachWave,
    Person,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.common import check_version, draft_differences, get_or_raise, require_text
from partnerdesk.services.records import ActionDraft, ActionFilter, ActionRecord, ActionRow


def save_action(
    uow: UnitOfWork,
    draft: ActionDraft,
    action_id: int | None = None,
    expected_version: int | None = None,
) -> ActionRecord:
    """Create (no id) or update an action; marking it done stamps the day."""
    with uow:
        action = Action() if action_id is None else get_or_raise(uow.session, Action, action_id)
        check_version(
            action,
            expected_version,
            lambda: draft_differences(draft, read_action(uow.session, action.id).to_draft()),
        )
        action.description = require_text(draft.description, "description", "The action", 2000)
        for field, model in (
            ("owner_id", Person),
            ("person_id", Person),
            ("session_id", DialogueSession),
            ("organisation_id", Organisation),
            ("wave_id", OutreachWave),
        ):
            value = getattr(draft, field)
            if value is not None:
                get_or_raise(uow.session, model, value)
            setattr(action, field, value)
        action.due_on = draft.due_on
        if draft.status == ActionStatus.DONE and action.status != ActionStatus.DONE:
            action.done_on = dt.date.today()
        elif draft.status != ActionStatus.DONE:
            action.done_on = None
        action.status = draft.status
        uow.session.add(action)
        uow.commit()
        return read_action(uow.session, action.id)


def get_action(uow: UnitOfWork, action_id: int) -> ActionRecord:
    with uow:
        return read_action(uow.session, action_id)


def delete_action(uow: UnitOfWork, action_id: int) -> ActionRecord:
    """Delete; returns the record so it can be saved again (undo)."""
    with uow:
        record = read_action(uow.session, action_id)
        uow.session.delete(get_or_raise(uow.session, Action, action_id))
        uow.commit()
        return record


def list_actions(
    uow: UnitOfWork,
    *,
    status: ActionStatus | None = None,
    owner_id: int | None = None,
    session_id: int | None = None,
    organisation_id: int | None = None,
) -> list[ActionRecord]:
    """Actions by due date (none last)."""
    with uow:
        query = select(Action.id)
        if status is not None:
            query = query.where(Action.status == status)
        if owner_id is not None:
            query = query.where(Action.owner_id == owner_id)
        if session_id is not None:
            query = query.where(Action.session_id == session_id)
        if organisation_id is not None:
            query = query.where(Action.organisation_id == organisation_id)
        query = query.order_by(Action.due_on.is_(None), Action.due_on, Action.id)
        return [read_action(uow.session, i) for i in uow.session.scalars(query).all()]


def read_action(session: Session, action_id: int) -> ActionRecord:
    a = get_or_raise(session, Action, action_id)

    def person_name(person_id: int | None) -> str | None:
        person = session.get(Person, person_id) if person_id else None
        if person is None:
            return None
        return display_name(person.given_name, person.name_particle, person.family_name)

    meeting = session.get(DialogueSession, a.session_id) if a.session_id else None
    org = session.get(Organisation, a.organisation_id) if a.organisation_id else None
    wave = session.get(OutreachWave, a.wave_id) if a.wave_id else None
    return _record(
        a,
        owner_name=person_name(a.owner_id),
        session_title=meeting.title if meeting else None,
        organisation_name=org.name if org else None,
        person_name=person_name(a.person_id),
        wave_name=wave.name if wave else None,
    )


def read_actions(session: Session, action_ids: list[int]) -> list[ActionRecord]:
    """The actions as ``read_action`` gives them, in the order asked, read in one query
    (for a short list such as the Overview's: the ids become query parameters)."""
    if not action_ids:
        return []
    owner = aliased(Person)
    linked = aliased(Person)
    rows = session.execute(
        select(
            Action,
            owner.id,
            owner.given_name,
            owner.name_particle,
            owner.family_name,
            linked.id,
            linked.given_name,
            linked.name_particle,
            linked.family_name,
            DialogueSession.title,
            Organisation.name,
            OutreachWave.name,
        )
        .outerjoin(owner, owner.id == Action.owner_id)
        .outerjoin(linked, linked.id == Action.person_id)
        .outerjoin(DialogueSession, DialogueSession.id == Action.session_id)
        .outerjoin(Organisation, Organisation.id == Action.organisation_id)
        .outerjoin(OutreachWave, OutreachWave.id == Action.wave_id)
        .where(Action.id.in_(action_ids))
    ).all()
    records: dict[int, ActionRecord] = {}
    for (
        action,
        owner_id,
        owner_given,
        owner_particle,
        owner_family,
        linked_id,
        linked_given,
        linked_particle,
        linked_family,
        title,
        organisation,
        wave,
    ) in rows:
        owner_name = display_name(owner_given, owner_particle, owner_family)
        person_name = display_name(linked_given, linked_particle, linked_family)
        records[action.id] = _record(
            action,
            owner_name=owner_name if owner_id is not None else None,
            session_title=title,
            organisation_name=organisation,
            person_name=person_name if linked_id is not None else None,
            wave_name=wave,
        )
    return [records[i] for i in action_ids if i in records]


def _record(
    a: Action,
    *,
    owner_name: str | None,
    session_title: str | None,
    organisation_name: str | None,
    person_name: str | None,
    wave_name: str | None,
) -> ActionRecord:
    return ActionRecord(
        id=a.id,
        version=a.version,
        description=a.description,
        owner_id=a.owner_id,
        due_on=a.due_on,
        status=a.status,
        session_id=a.session_id,
        organisation_id=a.organisation_id,
        person_id=a.person_id,
        wave_id=a.wave_id,
        done_on=a.done_on,
        owner_name=owner_name,
        session_title=session_title,
        organisation_name=organisation_name,
        person_name=person_name,
        wave_name=wave_name,
    )


def _filtered(query: Any, filters: ActionFilter, today: dt.date) -> Any:
    if filters.owner_id is not None:
        query = query.where(Action.owner_id == filters.owner_id)
    if filters.status is not None:
        query = query.where(Action.status == filters.status)
    if filters.overdue_only:
        query = query.where(Action.status == ActionStatus.OPEN, Action.due_on < today)
    for field in ("session_id", "organisation_id", "person_id"):
        value = getattr(filters, field)
        if value is not None:
            query = query.where(getattr(Action, field) == value)
    return query


def count_actions(uow: UnitOfWork, filters: ActionFilter, today: dt.date | None = None) -> int:
    """How many actions pass the filter."""
    with uow:
        query = _filtered(select(func.count(Action.id)), filters, today or dt.date.today())
        return int(uow.session.scalar(query) or 0)


def action_rows(
    uow: UnitOfWork,
    filters: ActionFilter,
    offset: int = 0,
    limit: int = 200,
    today: dt.date | None = None,
) -> list[ActionRow]:
    """One page of the action list: open ones first, by due date (none last)."""
    today = today or dt.date.today()
    owner = aliased(Person)
    linked_person = aliased(Person)
    order = [Action.due_on.is_(None), Action.due_on, Action.id]
    if filters.status is None and not filters.overdue_only:
        order.insert(0, Action.status != ActionStatus.OPEN)
    # sort and cut the page on the action table alone, then join names onto those rows only
    page = (
        _filtered(select(Action.id), filters, today)
        .order_by(*order)
        .offset(offset)
        .limit(limit)
        .subquery()
    )
    with uow:
        query = (
            select(
                Action.id,
                Action.description,
                owner.given_name,
                owner.name_particle,
                owner.family_name,
                owner.erased_at,
                Action.due_on,
                Action.status,
                DialogueSession.title,
                Organisation.name,
                OutreachWave.name,
                linked_person.given_name,
                linked_person.name_particle,
                linked_person.family_name,
            )
            .join(page, page.c.id == Action.id)
            .outerjoin(owner, owner.id == Action.owner_id)
            .outerjoin(linked_person, linked_person.id == Action.person_id)
            .outerjoin(DialogueSession, DialogueSession.id == Action.session_id)
            .outerjoin(Organisation, Organisation.id == Action.organisation_id)
            .outerjoin(OutreachWave, OutreachWave.id == Action.wave_id)
            .order_by(*order)
        )
        rows = []
        for r in uow.session.execute(query):
            owner_name = None
            if r[2] or r[4]:
                owner_name = display_name(r[2], r[3], r[4])
            linked = [t for t in (r[8], r[9], r[10]) if t]
            if r[11] or r[13]:
                linked.append(display_name(r[11], r[12], r[13]))
            rows.append(
                ActionRow(
                    id=r[0],
                    description=r[1],
                    owner_name=owner_name,
                    due_on=r[6],
                    status=r[7],
                    linked_to=" · ".join(linked) or None,
                    overdue=r[7] == ActionStatus.OPEN and r[6] is not None and r[6] < today,
                )
            )
        return rows


def action_owners(uow: UnitOfWork) -> list[tuple[int, str]]:
    """(id, "Berg, Jan van der") of everyone who owns an action: for the owner filter."""
    with uow:
        rows = uow.session.execute(
            select(Person.id, Person.given_name, Person.name_particle, Person.family_name)
            .where(Person.id.in_(select(Action.owner_id).where(Action.owner_id.is_not(None))))
            .order_by(Person.sort_key, Person.id)
        )
        return [(r[0], PersonName(r[1] or "", r[2] or "", r[3] or "").sort_display) for r in rows]

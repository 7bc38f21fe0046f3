"""Reading the change history of a record."""

from __future__ import annotations

from sqlalchemy import select

from partnerdesk.persistence.history import from_json
from partnerdesk.persistence.models import Change, ChangeBatch
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.records import ChangeRecord


def record_history(
    uow: UnitOfWork, entity: str, entity_id: int, limit: int = 500
) -> list[ChangeRecord]:
    """Changes of one record, newest first."""
    with uow:
        rows = uow.session.execute(
            select(Change, ChangeBatch.kind, ChangeBatch.label)
            .join(ChangeBatch, ChangeBatch.id == Change.batch_id)
            .where(Change.entity == entity, Change.entity_id == entity_id)
            .order_by(Change.id.desc())
            .limit(limit)
        ).all()
        return [_record(c, kind, label) for c, kind, label in rows]


def recent_changes(uow: UnitOfWork, limit: int = 50) -> list[ChangeRecord]:
    with uow:
        rows = uow.session.execute(
            select(Change, ChangeBatch.kind, ChangeBatch.label)
            .join(ChangeBatch, ChangeBatch.id == Change.batch_id)
            .order_by(Change.id.desc())
            .limit(limit)
        ).all()
        return [_record(c, kind, label) for c, kind, label in rows]


def _record(c: Change, kind: object, label: str | None) -> ChangeRecord:
    return ChangeRecord(
        id=c.id,
        batch_id=c.batch_id,
        at=c.at,
        entity=c.entity,
        entity_id=c.entity_id,
        operation=str(c.operation),
        field=c.field,
        old_value=from_json(c.old_value),
        new_value=from_json(c.new_value),
        batch_kind=str(kind),
        batch_label=label,
    )

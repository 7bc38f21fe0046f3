"""Change history recorded from every flush: what changed, when, old and new value."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from partnerdesk.domain.enums import BatchKind, ChangeOperation
from partnerdesk.persistence.models import (
    Affiliation,
    Base,
    Change,
    ChangeBatch,
    ImportMapping,
    Organisation,
    OrganisationSector,
    OrganisationTag,
    OrganisationTargetGroup,
    Person,
    PersonTag,
    SearchEntry,
    utcnow,
)

UNTRACKED = (Change, ChangeBatch, SearchEntry, ImportMapping)
SKIPPED_FIELDS = {"version", "created_at", "updated_at", "sort_key", "name_key", "phone_key"}

#: session.info keys
INFO_KIND = "history_kind"
INFO_LABEL = "history_label"
INFO_BATCH = "history_batch_id"
INFO_TOUCHED = "touched"


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        value = value.value
    elif isinstance(value, dt.datetime | dt.date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def from_json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def record_values(obj: Base) -> dict[str, Any]:
    """Column values of a record, as stored (keys are attribute names)."""
    mapper = inspect(obj).mapper
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _entity_id(obj: Base) -> int | None:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    if key and isinstance(key[0], int):
        return key[0]
    return None


def ensure_batch(session: Session) -> int:
    batch_id = session.info.get(INFO_BATCH)
    if batch_id is None:
        result = session.connection().execute(
            insert(ChangeBatch).values(
                at=utcnow(),
                kind=session.info.get(INFO_KIND, BatchKind.EDIT),
                label=session.info.get(INFO_LABEL),
            )
        )
        assert result.inserted_primary_key is not None
        batch_id = result.inserted_primary_key[0]
        session.info[INFO_BATCH] = batch_id
    return int(batch_id)


def _touch(session: Session, obj: Base) -> None:
    touched: dict[str, set[int]] = session.info.setdefault(INFO_TOUCHED, {})
    if isinstance(obj, Organisation):
        touched.setdefault("organisation", set()).add(obj.id)
    elif isinstance(obj, Person):
        touched.setdefault("person", set()).add(obj.id)
    elif isinstance(obj, OrganisationTag | OrganisationSector | OrganisationTargetGroup):
        touched.setdefault("organisation", set()).add(obj.organisation_id)
    elif isinstance(obj, (PersonTag, Affiliation)):
        touched.setdefault("person", set()).add(obj.person_id)


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, _context: object) -> None:
    if INFO_KIND not in session.info:
        return  # a session outside a unit of work (tests reading, migrations)
    rows: list[dict[str, Any]] = []
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, UNTRACKED) or not isinstance(obj, Base):
            continue
        values = {k: v for k, v in record_values(obj).items() if k not in SKIPPED_FIELDS}
        rows.append(_row(now, obj, ChangeOperation.CREATE, None, None, _dump(values)))
        _touch(session, obj)
    for obj in session.dirty:
        if isinstance(obj, UNTRACKED) or not isinstance(obj, Base):
            continue
        state = inspect(obj)
        changed = False
        for attr in state.mapper.column_attrs:
            if attr.key in SKIPPED_FIELDS:
                continue
            hist = state.attrs[attr.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
            rows.append(
                _row(now, obj, ChangeOperation.UPDATE, attr.key, to_json(old), to_json(new))
            )
            changed = True
        if changed:
            _touch(session, obj)
    for obj in session.deleted:
        if isinstance(obj, UNTRACKED) or not isinstance(obj, Base):
            continue
        values = {k: v for k, v in record_values(obj).items() if k not in SKIPPED_FIELDS}
        rows.append(_row(now, obj, ChangeOperation.DELETE, None, _dump(values), None))
        _touch(session, obj)
    if rows:
        batch_id = ensure_batch(session)
        for row in rows:
            row["batch_id"] = batch_id
        session.connection().execute(insert(Change), rows)


def _row(
    now: dt.datetime,
    obj: Base,
    op: ChangeOperation,
    field: str | None,
    old: str | None,
    new: str | None,
) -> dict[str, Any]:
    return {
        "at": now,
        "entity": obj.__tablename__,
        "entity_id": _entity_id(obj),
        "operation": op,
        "field": field,
        "old_value": old,
        "new_value": new,
    }


def _dump(values: dict[str, Any]) -> str:
    return json.dumps({k: from_json(to_json(v)) for k, v in values.items()}, ensure_ascii=False)

"""Helpers the services share: lookups, optimistic-lock checks, tags, history."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from partnerdesk.domain.enums import ChangeOperation
from partnerdesk.errors import ConflictError, NotFoundError, ValidationError
from partnerdesk.persistence import history
from partnerdesk.persistence.models import Base, Change, Tag, utcnow

T = TypeVar("T", bound=Base)

_WHAT = {
    "organisation": "organisation",
    "person": "person",
    "dialogue_session": "session",
    "action": "action",
    "contact_moment": "contact moment",
    "outreach_wave": "outreach wave",
    "sector": "sector",
    "target_group": "target group",
}


def get_or_raise(session: Session, model: type[T], record_id: int) -> T:
    obj = session.get(model, record_id)
    if obj is None:
        what = _WHAT.get(model.__tablename__, model.__tablename__)
        raise NotFoundError(f"The {what} with ID {record_id} no longer exists.")
    return obj


Changes = dict[str, tuple[Any, Any]]


def check_version(
    obj: Any,
    expected_version: int | None,
    changed: Changes | Callable[[], Changes] | None = None,
) -> None:
    """Refuse a save based on an older version of the record (someone else saved in between).

    ``changed`` (or a function computing it, called only on a conflict) maps each field whose
    stored value differs from the one being saved to (yours, stored); the message names those
    fields (never their values: they may be personal).
    """
    if expected_version is not None and obj.version != expected_version:
        what = _WHAT.get(obj.__tablename__, obj.__tablename__)
        if callable(changed):
            changed = changed()
        differs = ""
        if changed:
            differs = f" It now differs from yours in: {', '.join(map(field_label, changed))}."
        raise ConflictError(
            f"This {what} was changed elsewhere since you opened it (version {expected_version}, "
            f"now {obj.version}); your change was not saved.{differs} Reload it and try again.",
            changed,
        )


def draft_differences(mine: Any, stored: Any) -> Changes:
    """Fields of two drafts of one record that differ: {field: (mine, stored)}."""
    return {
        name: (getattr(mine, name), getattr(stored, name))
        for name in mine.__dataclass_fields__
        if getattr(mine, name) != getattr(stored, name)
    }


def field_label(field: str) -> str:
    """A field name as words: "primary_sector_id" -> "primary sector"."""
    for suffix in ("_ids", "_id"):
        if field.endswith(suffix):
            field = field.removesuffix(suffix) + ("s" if suffix == "_ids" else "")
            break
    return field.replace("_", " ")


def require_text(value: str | None, field: str, label: str, max_length: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label} is required.", field)
    if len(text) > max_length:
        raise ValidationError(f"{label} is longer than {max_length} characters.", field)
    return text


def optional_text(
    value: str | None, field: str, label: str, max_length: int | None = None
) -> str | None:
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if max_length is not None and len(text) > max_length:
        raise ValidationError(f"{label} is longer than {max_length} characters.", field)
    return text


def non_negative(value: int | None, field: str, label: str) -> int | None:
    if value is not None and value < 0:
        raise ValidationError(f"{label} cannot be negative.", field)
    return value


def tags_for(session: Session, names: tuple[str, ...]) -> list[Tag]:
    """Existing tags by name (case-insensitive), new ones created."""
    result: list[Tag] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())
        if not name or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        if len(name) > 80:
            raise ValidationError(f"The tag “{name[:20]}…” is longer than 80 characters.", "tags")
        tag = session.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = session.scalars(select(Tag).where(Tag.name.ilike(name))).first()
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        result.append(tag)
    return result


def record_change(
    session: Session,
    entity: str,
    entity_id: int | None,
    operation: ChangeOperation,
    old: Any = None,
    new: Any = None,
    field: str | None = None,
) -> None:
    """History for changes made with Core statements (restores, bulk work)."""
    batch_id = history.ensure_batch(session)
    session.execute(
        insert(Change).values(
            batch_id=batch_id,
            at=utcnow(),
            entity=entity,
            entity_id=entity_id,
            operation=operation,
            field=field,
            old_value=history.to_json(old) if not isinstance(old, dict) else _dict_json(old),
            new_value=history.to_json(new) if not isinstance(new, dict) else _dict_json(new),
        )
    )


def _dict_json(values: dict[str, Any]) -> str:
    import json

    return json.dumps(
        {k: history.from_json(history.to_json(v)) for k, v in values.items()}, ensure_ascii=False
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an import or export handles many rows.

    Both make hundreds of thousands of small lists, tuples and dicts that form no cycles; the
    collector's repeated passes over them cost a sixth of an import's time and a third of an
    export's collecting (at 100 000 people). Switched back on afterwards, with what the pause
    made among the long-lived objects.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # NOTE: switched back on, the collector's next pass would walk every object made
            # during the pause (the whole plan, still in use: 0.65 s at 100 000 people), and
            # walk them again a generation later. Frozen and unfrozen, they go straight to
            # the oldest generation, which only a full collection walks, as it would anyway.
            gc.freeze()
            gc.unfreeze()
            gc.enable()

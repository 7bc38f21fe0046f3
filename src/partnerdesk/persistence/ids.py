"""Bulk inserts that give ids themselves, and the step PostgreSQL needs after them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.persistence.models import Base


def advance_id_sequences(session: Session, tables: Iterable[str]) -> None:
    """Move each table's id sequence past its highest id (explicit ids bypass the sequence).

    Without this, the next record made the ordinary way on PostgreSQL gets an id that is
    already taken. SQLite takes the next id from the table itself.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        ids = Base.metadata.tables[table].c.id
        session.execute(
            select(
                func.setval(
                    func.pg_get_serial_sequence(table, "id"),
                    select(func.coalesce(func.max(ids), 0) + 1).scalar_subquery(),
                    False,
                )
            )
        )

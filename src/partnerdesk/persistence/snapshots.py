"""Whole-record snapshots: a row and every row that points at it, to undo a delete or a merge.

Found through the schema's foreign keys, so a table added later is covered without code here.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Date, DateTime, Table, and_, insert, select, update
from sqlalchemy.orm import Session

from partnerdesk.persistence.models import Base, Change, ChangeBatch, Merge, SearchEntry

_SKIPPED = {
    Change.__tablename__,
    ChangeBatch.__tablename__,
    SearchEntry.__tablename__,
    Merge.__tablename__,
}


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _decode_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    decoded: dict[str, Any] = {}
    for key, value in row.items():
        column_type = table.c[key].type
        if value is not None and isinstance(column_type, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            value = dt.date.fromisoformat(value)
        decoded[key] = value
    return decoded


def referencing(table_name: str) -> list[tuple[Table, str, str | None]]:
    """(table, column, ondelete) for every foreign key that points at ``table_name``.id."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in _SKIPPED:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name and fk.column.name == "id":
                found.append((table, fk.parent.name, fk.ondelete))
    return found


def take(session: Session, table_name: str, record_id: int) -> dict[str, Any]:
    """The row and the rows that refer to it, as JSON-safe data."""
    table = Base.metadata.tables[table_name]
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().one()
    links = []
    for ref_table, column, ondelete in referencing(table_name):
        for ref_row in session.execute(
            select(ref_table).where(ref_table.c[column] == record_id)
        ).mappings():
            links.append(
                {
                    "table": ref_table.name,
                    "column": column,
                    "ondelete": ondelete,
                    "row": {k: _encode(v) for k, v in ref_row.items()},
                }
            )
    return {"table": table_name, "row": {k: _encode(v) for k, v in row.items()}, "links": links}


def restore(session: Session, snapshot: dict[str, Any]) -> None:
    """Put a snapshot back: the row itself, cascaded rows re-inserted, cleared links re-pointed."""
    table = Base.metadata.tables[snapshot["table"]]
    session.execute(insert(table), [_decode_row(table, snapshot["row"])])
    relink(session, snapshot, snapshot["row"]["id"])


def relink(session: Session, snapshot: dict[str, Any], target_id: int) -> None:
    """Re-create the snapshot's links pointing at ``target_id`` (skipping ones that exist)."""
    for link in snapshot["links"]:
        ref_table = Base.metadata.tables[link["table"]]
        row = _decode_row(ref_table, link["row"])
        column = link["column"]
        pk_columns = [c.name for c in ref_table.primary_key.columns]
        pk_match = and_(*(ref_table.c[name] == row[name] for name in pk_columns))
        exists = session.execute(select(ref_table).where(pk_match)).first()
        if exists is None:
            row[column] = target_id
            if _would_clash(session, ref_table, row):
                continue
            session.execute(insert(ref_table), [row])
        else:
            session.execute(update(ref_table).where(pk_match).values({column: target_id}))


def _would_clash(session: Session, table: Table, row: dict[str, Any]) -> bool:
    """A unique constraint (or composite key) the row would break."""
    for constraint in table.constraints:
        columns = getattr(constraint, "columns", None)
        if columns is None or constraint.__class__.__name__ not in (
            "UniqueConstraint",
            "PrimaryKeyConstraint",
        ):
            continue
        names = [c.name for c in columns]
        if any(row.get(name) is None for name in names):
            continue
        condition = and_(*(table.c[name] == row[name] for name in names))
        if session.execute(select(table).where(condition)).first() is not None:
            return True
    return False


def dumps(snapshot: dict[str, Any]) -> str:
    return json.dumps(snapshot, ensure_ascii=False)


def loads(text: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(text)
    return result

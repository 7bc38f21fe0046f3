"""live people index: the people list's count and first page read a partial index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The people list counts and pages only people whose data was not erased
(``erased_at IS NULL``); without an index on that, every count read the whole person table.
A partial index on ``sort_key`` over those people serves the count (the smallest index
SQLite can count) and the list's order alike. SQLite and PostgreSQL both have partial indexes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = "erased_at IS NULL"


def upgrade() -> None:
    op.create_index(
        op.f("ix_person_live_sort_key"),
        "person",
        ["sort_key"],
        unique=False,
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_person_live_sort_key"), table_name="person")

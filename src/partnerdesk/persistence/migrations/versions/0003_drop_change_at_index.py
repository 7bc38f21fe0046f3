"""drop the change.at index: no query reads history by time alone

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

History is read by record (``ix_change_entity``), by batch (``ix_change_batch_id``) or newest
first by id (the primary key); the only ordering by ``at`` is within one record's rows, which
the entity index finds. The index on ``at`` was kept up to date on every change row (tens of
thousands per import) and read by nothing.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index(op.f("ix_change_at"), table_name="change")


def downgrade() -> None:
    op.create_index(op.f("ix_change_at"), "change", ["at"], unique=False)

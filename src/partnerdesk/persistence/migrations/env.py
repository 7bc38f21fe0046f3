"""Alembic environment: always runs on a connection handed in by Database.migrate()."""

from alembic import context

from partnerdesk.persistence.models import Base
from partnerdesk.persistence.search import include_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("partnerdesk migrations run through partnerdesk (Database.migrate)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs batch mode to alter tables
    compare_type=True,
    include_object=include_object,
)
context.run_migrations()

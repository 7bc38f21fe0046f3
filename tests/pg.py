"""A throwaway database per test on the PostgreSQL server named by PARTNERDESK_TEST_DATABASE_URL.

Migrating a new database costs about a second on PostgreSQL; tests get a copy of one migrated
template instead (``CREATE DATABASE … TEMPLATE``, a file copy on the server), so the migration
runs once per test run and every test still starts from its own clean database.
"""

from __future__ import annotations

import contextlib
import sys
import uuid
from collections.abc import Iterator

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url


def _admin(server_url: str) -> Engine:
    return create_engine(make_url(server_url), isolation_level="AUTOCOMMIT")


@contextlib.contextmanager
def fresh_database(server_url: str, template: str | None = None) -> Iterator[str]:
    """A new database (empty, or a copy of ``template``), dropped afterwards; yields its URL."""
    url = make_url(server_url)
    name = f"pdtest_{uuid.uuid4().hex[:12]}"
    admin = _admin(server_url)
    try:
        with admin.connect() as conn:
            copy = f' TEMPLATE "{template}"' if template else ""
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        if "partnerdesk.ui.tasks" in sys.modules:
            # background jobs of the test's windows must not reach a dropped database
            sys.modules["partnerdesk.ui.tasks"].close_all_runners()
        try:
            with admin.connect() as conn:
                # FORCE ends connections a test left open; ending an autovacuum worker on the
                # database needs membership of pg_signal_backend (scripts/ci_postgres.sh grants it)
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            admin.dispose()


@contextlib.contextmanager
def migrated_template(server_url: str) -> Iterator[str]:
    """A database at the newest schema to copy for each test; yields its name."""
    from partnerdesk.persistence.database import Database

    with fresh_database(server_url) as template_url:
        Database.open(template_url).close()  # closes every connection: a template must be idle
        name = make_url(template_url).database
        assert name is not None
        yield name


@contextlib.contextmanager
def demo_template(server_url: str, migrated: str) -> Iterator[str]:
    """A database holding the demo data set, copied from ``migrated``; yields its name."""
    from partnerdesk.persistence.database import Database
    from partnerdesk.services.demo import build_demo

    with fresh_database(server_url, template=migrated) as template_url:
        database = Database.open(template_url)
        try:
            build_demo(database)
        finally:
            database.close()
        name = make_url(template_url).database
        assert name is not None
        yield name

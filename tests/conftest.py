"""Strict, headless test set-up shared by every test.

- Qt runs offscreen; an unexpected Qt warning fails the test (pyproject: qt_log_level_fail).
- A WARNING (or worse) log record fails the test unless the test expects it
  (``@pytest.mark.allow_log_warnings``).
- ``PARTNERDESK_HOME`` points at a temporary folder: nothing touches the real user folders.
- ``PARTNERDESK_TEST_DATABASE_URL`` (optional) runs the database tests on that server
  instead of SQLite files.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PARTNERDESK_HOME", tempfile.mkdtemp(prefix="partnerdesk-tests-"))
os.environ.pop("OPENPYXL_DEFUSEDXML", None)

from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.ui.qt_workarounds import keep_none_alive

# PySide6 6.12 on Python 3.11 loses a reference to None per Qt call; a long test session
# would abort the interpreter (see ui/qt_workarounds.py).
keep_none_alive()

# beside the project; worktrees sit one level deeper, so look in every parent
INTEROP = next(
    (
        parent / "shared" / "interop"
        for parent in Path(__file__).resolve().parents
        if (parent / "shared" / "interop").is_dir()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "interop",
)


#: Set to an SQLAlchemy URL of a PostgreSQL server to run the database tests there.
TEST_DATABASE_ENV = "PARTNERDESK_TEST_DATABASE_URL"


def on_postgres() -> bool:
    """Whether this run puts its databases on a PostgreSQL server."""
    return bool(os.environ.get(TEST_DATABASE_ENV))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_log_warnings: the test expects WARNING log records")
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): tests SQLite data files themselves; skipped on a PostgreSQL run",
    )
    config.addinivalue_line(
        "markers", "postgres_only(reason): tests the server itself; skipped on an SQLite run"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    postgres = on_postgres()
    for item in items:
        sqlite_mark = item.get_closest_marker("sqlite_only")
        if postgres and sqlite_mark is not None:
            reason = sqlite_mark.args[0] if sqlite_mark.args else "SQLite data files"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        pg_mark = item.get_closest_marker("postgres_only")
        if not postgres and pg_mark is not None:
            reason = pg_mark.args[0] if pg_mark.args else "a PostgreSQL server"
            item.add_marker(
                pytest.mark.skip(reason=f"PostgreSQL only ({TEST_DATABASE_ENV} unset): {reason}")
            )


class _WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_warning_logs(request: pytest.FixtureRequest) -> Iterator[None]:
    collector = _WarningCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
    if collector.records and request.node.get_closest_marker("allow_log_warnings") is None:
        lines = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in collector.records]
        pytest.fail("unexpected warning logs:\n" + "\n".join(lines))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    app_paths = AppPaths.under(tmp_path / "home")
    app_paths.ensure()
    return app_paths


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str | None]:
    """On a PostgreSQL run, a migrated database that each test's database is copied from."""
    url = os.environ.get(TEST_DATABASE_ENV)
    if not url:
        yield None
        return
    from tests.pg import migrated_template

    with migrated_template(url) as name:
        yield name


@pytest.fixture(scope="session")
def pg_demo_template(pg_template: str | None) -> Iterator[str | None]:
    """On a PostgreSQL run, a database with the demo data set to copy for ``demo_db``."""
    url = os.environ.get(TEST_DATABASE_ENV)
    if not url or pg_template is None:
        yield None
        return
    from tests.pg import demo_template

    with demo_template(url, pg_template) as name:
        yield name


@pytest.fixture
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database of its own: a new SQLite file, or on the test server a new database
    at the newest schema (the migration from empty is tested by making the template).

    When the test uses ``demo_db``, it starts as a copy of the demo data set instead (on
    SQLite ``db`` copies it): building it takes seconds, copying it a fraction of that.
    """
    url = os.environ.get(TEST_DATABASE_ENV)
    if not url:
        yield str(tmp_path / "test.sqlite")  # ``db`` copies the demo file here when asked
        return
    from tests.pg import fresh_database

    with_demo = "demo_db" in request.fixturenames
    template = request.getfixturevalue("pg_demo_template" if with_demo else "pg_template")
    with fresh_database(url, template=template) as fresh_url:
        yield fresh_url


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data set built once per run into an SQLite file that tests copy."""
    from partnerdesk.services.demo import build_demo

    target = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    database = Database.open(target)
    try:
        build_demo(database)
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return target


@pytest.fixture
def db(request: pytest.FixtureRequest, db_target: str, paths: AppPaths) -> Iterator[Database]:
    seeded = "demo_db" in request.fixturenames  # a server database is a copy already
    if seeded and "://" not in db_target:
        # NOTE: copying a checkpointed file is safe here: nothing else has it open.
        shutil.copyfile(request.getfixturevalue("demo_template"), db_target)
        os.chmod(db_target, 0o600)
    database = Database.open(db_target, backup_dir=paths.backup_dir)
    database.info_seeded_with_demo = seeded  # type: ignore[attr-defined]
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The demo data set (scale 1): a copy of the template (a file, or a server database)."""
    if not getattr(db, "info_seeded_with_demo", False):
        from partnerdesk.services.demo import build_demo

        build_demo(db)
    return db


@pytest.fixture
def interop() -> Path:
    if not INTEROP.is_dir():
        pytest.skip("../shared/interop is not beside the project")
    return INTEROP

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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_log_warnings: the test expects WARNING log records")


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


@pytest.fixture
def db_target(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: an SQLite file, or a clean schema on the test server."""
    url = os.environ.get("PARTNERDESK_TEST_DATABASE_URL")
    if not url:
        yield str(tmp_path / "test.sqlite")
        return
    from tests.pg import fresh_database

    with fresh_database(url) as fresh_url:
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
    seeded = "demo_db" in request.fixturenames and "://" not in db_target
    if seeded:
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
    """The demo data set (scale 1): a copy of the template on SQLite, built anew on a server."""
    if not getattr(db, "info_seeded_with_demo", False):
        from partnerdesk.services.demo import build_demo

        build_demo(db)
    return db


@pytest.fixture
def interop() -> Path:
    if not INTEROP.is_dir():
        pytest.skip("../shared/interop is not beside the project")
    return INTEROP

"""Opening data files: permissions, pragmas, migrations, and refusing newer schemas untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from partnerdesk.errors import DatabaseDamagedError, DatabaseTooNewError
from partnerdesk.paths import AppPaths
from partnerdesk.persistence import search
from partnerdesk.persistence.database import Database, head_revision, resolve_url
from partnerdesk.persistence.models import Base


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _set_revision(target: str, revision: str) -> None:
    """Pretend another partnerdesk release wrote the schema (plain SQL, not through Database)."""
    engine = create_engine(resolve_url(target))
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": revision})
    finally:
        engine.dispose()


def _fingerprint(target: str) -> object:
    """The file's bytes, or on a server every table with its row count and the schema version."""
    url = resolve_url(target)
    if url.get_backend_name() == "sqlite":
        return _digest(Path(str(url.database)))
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()
    return counts, revision


@pytest.mark.sqlite_only("file mode and PRAGMAs of a data file")
def test_a_new_data_file_is_private_and_uses_wal_and_foreign_keys(
    tmp_path: Path, paths: AppPaths
) -> None:
    target = tmp_path / "new" / "data.sqlite"
    db = Database.open(target, backup_dir=paths.backup_dir)
    try:
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert db.current_revision() == head_revision()
        assert db.integrity_problems() == []
    finally:
        db.close()


def test_the_migrated_schema_has_every_table_of_the_models(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_upgrading_a_database_gives_the_same_schema_as_the_models(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": search.include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_a_database_from_a_newer_release_is_refused_and_left_untouched(
    db_target: str, paths: AppPaths
) -> None:
    Database.open(db_target, backup_dir=paths.backup_dir).close()
    _set_revision(db_target, "9999_from_the_future")
    before = _fingerprint(db_target)
    with pytest.raises(DatabaseTooNewError, match="newer partnerdesk"):
        Database.open(db_target, backup_dir=paths.backup_dir)
    assert _fingerprint(db_target) == before
    assert list(paths.backup_dir.iterdir()) == []


@pytest.mark.sqlite_only("a file of another program")
def test_a_file_that_is_not_a_database_is_refused_without_writing(
    tmp_path: Path, paths: AppPaths
) -> None:
    target = tmp_path / "notes.sqlite"
    target.write_bytes(b"these are my notes, not a database" * 10)
    before = _digest(target)
    with pytest.raises(DatabaseDamagedError):
        Database.open(target, backup_dir=paths.backup_dir)
    assert _digest(target) == before


def test_an_in_memory_database_is_refused() -> None:
    from partnerdesk.errors import UserError

    with pytest.raises(UserError, match="in-memory"):
        Database.open("sqlite://")


@pytest.mark.sqlite_only("an empty file made by another program")
def test_a_database_without_schema_version_is_migrated_from_empty(
    tmp_path: Path, paths: AppPaths
) -> None:
    target = tmp_path / "empty.sqlite"
    sqlite3.connect(target).close()
    db = Database.open(target, backup_dir=paths.backup_dir)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM organisation")).scalar() == 0
    finally:
        db.close()


@pytest.mark.sqlite_only("file backups; a server is dumped with pg_dump")
def test_a_backup_is_a_sound_private_copy_and_backups_rotate(
    demo_db: Database, paths: AppPaths
) -> None:
    from partnerdesk.persistence import backup as backups

    first = demo_db.backup()
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert backups.is_sound(first)
    copy = sqlite3.connect(first)
    assert copy.execute("SELECT count(*) FROM organisation").fetchone()[0] == 40
    copy.close()
    for _ in range(4):
        demo_db.backup()
    backups.rotate(paths.backup_dir, keep=3)
    assert len(backups.list_backups(paths.backup_dir)) == 3


def test_the_live_people_index_has_its_condition_on_sqlite_and_on_postgresql() -> None:
    from sqlalchemy.schema import CreateIndex

    from partnerdesk.persistence.database import make_engine

    people = Base.metadata.tables["person"]
    index = next(i for i in people.indexes if i.name == "ix_person_live_sort_key")
    sqlite_engine = make_engine(resolve_url("sqlite:////tmp/never-opened.sqlite"))
    server = make_engine(resolve_url("postgresql+psycopg://someone@localhost/never_connected"))
    try:
        for engine in (sqlite_engine, server):
            ddl = str(CreateIndex(index).compile(dialect=engine.dialect))
            assert ddl.endswith("WHERE erased_at IS NULL"), ddl
    finally:
        sqlite_engine.dispose()
        server.dispose()


@pytest.mark.sqlite_only("which SQLAlchemy dialects a data file needs")
def test_opening_a_data_file_does_not_load_the_postgresql_dialect(
    tmp_path: Path, paths: AppPaths
) -> None:
    import subprocess
    import sys

    # made and migrated here: an upgrade loads Alembic, which loads every dialect
    Database.open(tmp_path / "data.sqlite", backup_dir=paths.backup_dir).close()
    script = (
        "import sys\n"
        "from partnerdesk.persistence.database import Database\n"
        f"Database.open({str(tmp_path / 'data.sqlite')!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.')))\n"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
    )
    assert "sqlite" in done.stdout
    assert "postgresql" not in done.stdout

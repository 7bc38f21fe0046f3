"""Opening a data file or server: URL resolution, engine and pragmas, schema checks, migrations.

Pool choice: SQLAlchemy's default QueuePool for file SQLite and PostgreSQL (one connection per
thread that works at a time); in-memory SQLite is refused because each connection would see
its own empty database.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.domain.enums import BatchKind
from partnerdesk.errors import DatabaseDamagedError, DatabaseTooNewError, StorageError, UserError
from partnerdesk.persistence import backup as backups
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.persistence.writer_lock import WriterLock

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def resolve_url(target: str | os.PathLike[str]) -> URL:
    """A file path becomes an SQLite URL; anything with "://" is taken as an SQLAlchemy URL."""
    text = os.fspath(target)
    if "://" in text:
        url = make_url(text)
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            raise UserError("An in-memory database cannot hold partnerdesk data; give a file path.")
        return url
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def migrations_config(connection: Any = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "partnerdesk.persistence:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# NOTE: Alembic (with Mako and Pygments) costs a fifth of a second to import. Opening a data
# file whose schema is current needs only the revision ids, read from the revision files
# directly; Alembic is imported when there is something to upgrade.
# tests/integration/test_database.py checks this reading against Alembic's own.
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


def script_revisions() -> dict[str, str | None]:
    """Every revision of the migration scripts and the one it follows (None for the first)."""
    folder = resources.files("partnerdesk.persistence.migrations").joinpath("versions")
    revisions: dict[str, str | None] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        source = entry.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None and down is not None:
            revisions[revision.group(1)] = down.group(1)
    return revisions


def head_revision() -> str:
    revisions = script_revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    assert len(heads) == 1, f"the migrations have {len(heads)} heads"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(script_revisions())


class Database:
    """One data file (or server): engine, session factory and units of work."""

    def __init__(self, url: URL, engine: Engine, backup_dir: Path | None) -> None:
        self.url = url
        self.engine = engine
        self.backup_dir = backup_dir
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        #: how many backups to keep (Preferences; the CLI's --keep)
        self.backup_keep = backups.KEEP_DEFAULT
        #: the one-writer lock held for this file by the CLI or the app (released on close)
        self.writer_lock: WriterLock | None = None

    # -- opening ------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str],
        *,
        backup_dir: Path | None = None,
        migrate: bool = True,
    ) -> Database:
        """Open (creating when new) and bring the schema up to date, after a backup.

        A database whose schema is newer than this app is refused before anything is written.
        """
        url = resolve_url(target)
        path = sqlite_path(url)
        if path is not None:
            existed = path.exists() and path.stat().st_size > 0
            if existed:
                check_sqlite_file(path)
            else:
                create_private_file(path)
        engine = make_engine(url)
        db = cls(url, engine, backup_dir)
        try:
            db._check_revision()
            if migrate:
                db.migrate()
        except BaseException:
            engine.dispose()
            raise
        return db

    def close(self) -> None:
        self.engine.dispose()
        if self.writer_lock is not None:
            self.writer_lock.release()
            self.writer_lock = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        """Where the data lives, without a password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _revision_of(conn)

    def _check_revision(self) -> None:
        current = self.current_revision()
        if current is not None and current not in known_revisions():
            raise DatabaseTooNewError(
                f"{self.display_name} was made by a newer partnerdesk (schema {current}); "
                "update partnerdesk to open it. The file was left untouched."
            )

    def migrate(self) -> None:
        """Upgrade to the newest schema; back up first when there is data to protect."""
        current = self.current_revision()
        head = head_revision()
        if current == head:
            return
        has_tables = bool(inspect(self.engine).get_table_names())
        backup_path = None
        if has_tables and self.is_sqlite and self.backup_dir is not None:
            backup_path = self.backup(reason="before-upgrade")
        log.info("migrating schema from %s to %s", current, head)
        try:
            self._run_upgrade()
        except Exception as error:
            if backup_path is not None and self.path is not None:
                self.engine.dispose()
                backups.restore_file(backup_path, self.path)
            raise StorageError(
                f"Upgrading the data file failed ({type(error).__name__}); "
                "it was put back as it was before the upgrade."
            ) from error

    def _run_upgrade(self) -> None:
        with self.engine.connect() as conn:
            if self.is_sqlite:
                # NOTE: rebuilding a parent table in batch mode would cascade deletes into its
                # children with foreign keys on; switch them off outside the transaction.
                set_foreign_keys(conn, enabled=False)
            try:
                from alembic import command

                with conn.begin():
                    command.upgrade(migrations_config(conn), "head")
                    if self.is_sqlite:
                        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if problems:
                            raise RuntimeError(f"{len(problems)} broken references after upgrade")
            finally:
                if self.is_sqlite:
                    set_foreign_keys(conn, enabled=True)

    # -- working --------------------------------------------------------------------

    def uow(self, kind: BatchKind = BatchKind.EDIT, label: str | None = None) -> UnitOfWork:
        """A new unit of work: one transaction, rolled back unless committed."""
        return UnitOfWork(self.session_factory, kind=kind, label=label)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read-only session for queries (lists, reports)."""
        session = self.session_factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def backup(self, reason: str = "manual") -> Path:
        if self.path is None:
            raise UserError(
                "This database is on a server; back it up with pg_dump "
                "(for example: pg_dump -Fc -f partnerdesk.dump DBNAME)."
            )
        if self.backup_dir is None:
            raise UserError("No backup folder is set for this data file.")
        return backups.backup_sqlite(
            self.path, self.backup_dir, reason=reason, keep=self.backup_keep
        )

    def restore_from(self, backup: Path) -> Path:
        """Put a backup in place of the data, after backing up the current state; returns that.

        Connections are closed first and reopen on next use; an older backup is upgraded.
        """
        if self.path is None:
            raise UserError("Restore works on a data file; on a server, use pg_restore.")
        if not backups.is_sound(backup):
            raise UserError(f"The backup {backup.name} is damaged; choose another one.")
        safety = self.backup(reason="before-restore")
        self.engine.dispose()
        backups.restore_file(backup, self.path)
        self._check_revision()
        self.migrate()
        return safety

    def integrity_problems(self) -> list[str]:
        """Problems found by the database's own checks (empty when sound)."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            if self.is_sqlite:
                rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
                problems += [row[0] for row in rows if row[0] != "ok"]
                fk_rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                problems += [f"broken reference in table {row[0]}" for row in fk_rows]
            current = _revision_of(conn)
        if current != head_revision():
            problems.append(f"schema is at {current}, expected {head_revision()}")
        return problems


def _revision_of(conn: Connection) -> str | None:
    """The schema revision Alembic recorded in the database (None when it has none yet)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database)


def create_private_file(path: Path) -> None:
    """Create an empty data file readable by its owner only (SQLite copies this mode to -wal)."""
    from partnerdesk.paths import make_private_dir

    make_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    except OSError as error:
        raise StorageError(f"Cannot create the data file {path}: {error.strerror}.") from error
    os.close(fd)
    os.chmod(path, 0o600)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, without writing to it."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(f"Cannot read the data file {path}: {error.strerror}.") from error
    if header != SQLITE_HEADER:
        raise DatabaseDamagedError(
            f"{path} is not a partnerdesk data file (or it is damaged); "
            "restore a backup or choose another file."
        )


def set_foreign_keys(conn: Any, *, enabled: bool) -> None:
    raw = conn.connection.driver_connection
    raw.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            hide_parameters=True,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, hide_parameters=True, pool_pre_ping=True)


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # NOTE: pysqlite's own transaction handling defers BEGIN and commits before DDL, which
    # leaves a failed migration half-applied; SQLAlchemy's documented recipe is to switch it
    # off here and emit BEGIN ourselves in the "begin" event.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA secure_delete=ON")
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:  # a read-only file keeps its journal mode
            pass
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def wrap_storage_errors(error: Exception) -> Exception:
    """Turn a driver error into a message the coordinator can act on."""
    text = str(getattr(error, "orig", error)).lower()
    if isinstance(error, OperationalError | DatabaseError):
        if ("disk" in text and "full" in text) or "database or disk is full" in text:
            return StorageError(
                "The disk is full; nothing was saved. Free some space and try again."
            )
        if "readonly" in text or "read-only" in text:
            return StorageError("The data file is read-only; nothing was saved.")
        if "locked" in text or "busy" in text:
            return StorageError(
                "The data file is busy in another program; nothing was saved. Try again."
            )
        if "malformed" in text or "not a database" in text:
            return DatabaseDamagedError("The data file is damaged; restore a backup.")
    return error

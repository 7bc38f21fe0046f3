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
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.domain.enums import BatchKind
from partnerdesk.errors import (
    ConflictError,
    DatabaseDamagedError,
    DatabaseTooNewError,
    StorageError,
    UserError,
)
from partnerdesk.persistence import backup as backups
from partnerdesk.persistence.models import use_postgresql
from partnerdesk.persistence.sqlite_file import check_sqlite_file
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.persistence.writer_lock import WriterLock

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10


def resolve_url(target: str | os.PathLike[str]) -> URL:
    """A file path becomes an SQLite URL; anything with "://" is taken as an SQLAlchemy URL.

    A PostgreSQL URL without a driver ("postgresql://", "postgres://") uses psycopg 3, the
    driver of the ``postgres`` extra.
    """
    text = os.fspath(target)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as error:
            raise UserError(
                "The database address is not a valid URL "
                "(expected postgresql+psycopg://user@host:port/database)."
            ) from error
        backend = url.get_backend_name()
        if url.drivername in ("postgres", "postgresql"):
            url = url.set(drivername="postgresql+psycopg")
        elif backend == "sqlite":
            if url.database in (None, "", ":memory:"):
                raise UserError(
                    "An in-memory database cannot hold partnerdesk data; give a file path."
                )
        elif backend != "postgresql":
            raise UserError(
                f"partnerdesk works with SQLite data files and PostgreSQL servers, not “{backend}”."
            )
        if url.get_backend_name() == "postgresql" and not url.database:
            raise UserError(
                "The PostgreSQL address names no database "
                "(postgresql+psycopg://user@host:port/DATABASE)."
            )
        return url
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def migrations_folder() -> Path:
    """The Alembic script folder (a real folder: Alembic loads revisions from files)."""
    return Path(str(resources.files("partnerdesk.persistence.migrations")))


def migrations_config(connection: Any = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
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
    return dict(_script_revisions(migrations_folder()))


@cache
def _script_revisions(scripts: Path) -> tuple[tuple[str, str | None], ...]:
    """The scripts are part of the installed package: read once per process (opening a data
    file asked for them twice, a restore and the integrity check again)."""
    folder = scripts / "versions"
    revisions: dict[str, str | None] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        source = entry.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None and down is not None:
            revisions[revision.group(1)] = down.group(1)
    return tuple(revisions.items())


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
            db._check_connection()
            # read once: the check and the upgrade both start from it
            current = db.current_revision()
            db._check_revision(current)
            if migrate:
                db._migrate_from(current)
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

    def _check_connection(self) -> None:
        """Connect once, so an unreachable server is one clear message, not a traceback."""
        if self.is_sqlite:
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError as error:
            raise StorageError(
                f"Cannot connect to {self.display_name}: {driver_message(error)}"
            ) from error

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _revision_of(conn)

    def _check_revision(self, current: str | None) -> None:
        if current is not None and current not in known_revisions():
            raise DatabaseTooNewError(
                f"{self.display_name} was made by a newer partnerdesk (schema {current}); "
                "update partnerdesk to open it. The file was left untouched."
            )

    def migrate(self) -> None:
        """Upgrade to the newest schema; back up first when there is data to protect."""
        self._migrate_from(self.current_revision())

    def _migrate_from(self, current: str | None) -> None:
        """``migrate`` from the revision just read from the database."""
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
        except UserError:
            # A message that says what to do (a missing server extension, say); the upgrade
            # ran in one transaction and was rolled back.
            raise
        except Exception as error:
            if not self.is_sqlite:
                # PostgreSQL runs DDL in the transaction, so nothing of the upgrade remains.
                raise StorageError(
                    f"Upgrading the database {self.display_name} failed "
                    f"({type(error).__name__}); nothing was changed."
                ) from error
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
        """Write a backup and return its path: a checked SQLite copy, or a pg_dump archive."""
        if self.backup_dir is None:
            raise UserError("No backup folder is set for this database.")
        if self.path is None:
            return backups.backup_postgres(
                self.url, self.backup_dir, reason=reason, keep=self.backup_keep
            )
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
        current = self.current_revision()
        self._check_revision(current)
        self._migrate_from(current)
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
            else:
                problems += _postgres_problems(conn)
            current = _revision_of(conn)
        if current != head_revision():
            problems.append(f"schema is at {current}, expected {head_revision()}")
        return problems


def _revision_of(conn: Connection) -> str | None:
    """The schema revision Alembic recorded in the database (None when it has none yet)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _postgres_problems(conn: Connection) -> list[str]:
    """PostgreSQL enforces references itself; look for what can still go wrong on a server.

    Missing tables (someone dropped one), indexes left invalid by an interrupted
    ``CREATE INDEX CONCURRENTLY`` or a failed ``REINDEX``, constraints added ``NOT VALID`` and
    never validated, and the search index with its extension.
    """
    from partnerdesk.persistence.models import Base
    from partnerdesk.persistence.search import postgres_index_problems

    problems: list[str] = []
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
    present = set(inspect(conn).get_table_names(schema=schema))
    if "alembic_version" not in present:
        return problems  # an empty database; the schema check below says so
    problems += [f"table {name} is missing" for name in sorted(set(Base.metadata.tables) - present)]
    for (name,) in conn.execute(
        text(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :schema AND NOT (i.indisvalid AND i.indisready)"
        ),
        {"schema": schema},
    ):
        problems.append(f"index {name} is invalid (REINDEX it)")
    for table, name in conn.execute(
        text(
            "SELECT t.relname, c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE n.nspname = :schema AND NOT c.convalidated"
        ),
        {"schema": schema},
    ):
        problems.append(f"constraint {name} on table {table} is not validated")
    problems += postgres_index_problems(conn)
    return problems


def probe(target: str | os.PathLike[str]) -> str | None:
    """Whether partnerdesk could open ``target`` (a file path or URL): None, or why not.

    For a settings dialog: it connects and reads, but creates and changes nothing (an SQLite
    file that does not exist yet is fine when its folder could hold it).
    """
    try:
        url = resolve_url(target)
        path = sqlite_path(url)
        if path is not None:
            return _probe_sqlite_file(path)
        engine = make_engine(url)
    except UserError as error:
        return str(error)
    display = url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            current = _revision_of(conn)
            if current is not None and current not in known_revisions():
                return (
                    f"{display} was made by a newer partnerdesk (schema {current}); "
                    "update partnerdesk to open it."
                )
            if current is None:
                if _has_user_tables(conn):
                    return f"{display} holds tables of another program; choose an empty database."
                return _postgres_setup_problem(conn, display)
    except DBAPIError as error:
        return f"Cannot connect to {display}: {driver_message(error)}"
    finally:
        engine.dispose()
    return None


def _probe_sqlite_file(path: Path) -> str | None:
    if path.exists():
        try:
            check_sqlite_file(path)
        except UserError as error:
            return str(error)
        if not os.access(path, os.R_OK | os.W_OK):
            return f"{path} cannot be written by you."
        return _sqlite_revision_problem(path)
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        return f"A data file cannot be created in {path.parent}."
    return None


def _sqlite_revision_problem(path: Path) -> str | None:
    """Read the schema version without writing (read-only, no journal mode change)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # a new or foreign-but-empty file: opening it creates the schema
    current = row[0] if row else None
    if current is not None and current not in known_revisions():
        return (
            f"{path} was made by a newer partnerdesk (schema {current}); "
            "update partnerdesk to open it."
        )
    return None


def _has_user_tables(conn: Connection) -> bool:
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
    return bool(inspect(conn).get_table_names(schema=schema))


def _postgres_setup_problem(conn: Connection, display: str) -> str | None:
    """Can the first start create the schema here? (CREATE on the schema, the pg_trgm extension)."""
    from partnerdesk.persistence.search import postgres_extension_problem

    can_create = conn.exec_driver_sql(
        "SELECT has_schema_privilege(current_schema(), 'CREATE')"
    ).scalar()
    if not can_create:
        return (
            f"The role has no right to create tables in {display}; make it the owner of the "
            "database (ALTER DATABASE … OWNER TO …)."
        )
    return postgres_extension_problem(conn)


def driver_message(error: BaseException) -> str:
    """The driver's reason in one line, without the SQL or parameters SQLAlchemy appends."""
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    if not lines:
        return type(original).__name__
    # psycopg puts the server's reason last ("FATAL:  database "x" does not exist")
    reason = lines[-1] if len(lines) > 1 and "failed:" in lines[0] else lines[0]
    reason = re.sub(r"^(FATAL|ERROR):\s+", "", reason)
    return reason.rstrip(".") + "."


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
    use_postgresql()
    if url.get_driver_name() == "psycopg":
        try:
            import psycopg  # noqa: F401  (only to turn a missing extra into a clear message)
        except ImportError as error:
            raise UserError(
                "PostgreSQL support is not installed; install partnerdesk with the "
                "“postgres” extra (pip install 'partnerdesk[postgres]')."
            ) from error
    try:
        return create_engine(
            url,
            hide_parameters=True,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "partnerdesk"},
        )
    except ImportError as error:
        raise UserError(f"The database driver for {url.drivername} is not installed.") from error


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


#: PostgreSQL SQLSTATEs of a write that lost a race with another client's write.
_PG_CONCURRENT_WRITE = {"40001", "40P01"}  # serialization failure, deadlock


def wrap_storage_errors(error: Exception) -> Exception:
    """Turn a driver error into a message the coordinator can act on."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    sqlstate = getattr(original, "sqlstate", None)
    if (
        getattr(original, "sqlite_errorname", None) == "SQLITE_BUSY_SNAPSHOT"
        or sqlstate in _PG_CONCURRENT_WRITE
    ):
        # Someone else saved after this transaction started reading: its reads are stale.
        return ConflictError(
            "Someone else saved changes at the same moment; your change was not saved. "
            "Reload and try again."
        )
    if sqlstate is not None:
        if sqlstate == "53100":
            return StorageError(
                "The database server's disk is full; nothing was saved. "
                "Ask its administrator to free space."
            )
        if sqlstate == "25006":
            return StorageError("The database is read-only for you; nothing was saved.")
    if (sqlstate or "").startswith("08") or "server closed the connection" in text:
        return StorageError(
            "The connection to the database server was lost; nothing was saved. Try again."
        )
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

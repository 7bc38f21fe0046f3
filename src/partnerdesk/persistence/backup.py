"""Consistent SQLite backups (online backup API), checked, private and rotated."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from partnerdesk.errors import StorageError, UserError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

KEEP_DEFAULT = 20
_NAME = re.compile(r"^partnerdesk-(\d{8}-\d{6}(?:-\d+)?)-([a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def backup_sqlite(source: Path, backup_dir: Path, *, reason: str, keep: int = KEEP_DEFAULT) -> Path:
    """Copy a live database consistently, check the copy, and keep the newest ``keep``."""
    from partnerdesk.paths import make_private_dir

    make_private_dir(backup_dir)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    # later backups within the same second get a higher counter, even after rotation
    same_second = [
        int(match.group(1)[16:] or 0)
        for path in backup_dir.iterdir()
        if (match := _NAME.match(path.name)) and match.group(1).startswith(stamp)
    ]
    counter = max(same_second) + 1 if same_second else 0
    suffix = f"-{counter}" if counter else ""
    target = backup_dir / f"partnerdesk-{stamp}{suffix}-{reason}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                result = dst.execute("PRAGMA integrity_check").fetchone()
                if result is None or result[0] != "ok":
                    raise StorageError("The backup copy failed its integrity check.")
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Could not write a backup to {backup_dir}: {error}.") from error
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"Could not write a backup to {backup_dir}: {error.strerror}."
        ) from error
    rotate(backup_dir, keep)
    return target


def backup_postgres(url: URL, backup_dir: Path, *, reason: str, keep: int = KEEP_DEFAULT) -> Path:
    """Dump a server database with ``pg_dump -Fc`` (restore with pg_restore); keep the newest.

    The password goes to pg_dump in its environment, never on the command line.
    """
    from partnerdesk.paths import make_private_dir

    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise UserError(
            "Backing up a PostgreSQL database needs pg_dump, which was not found; install the "
            "PostgreSQL client tools (Debian: postgresql-client) or ask the server's administrator."
        )
    make_private_dir(backup_dir)
    database = str(url.database or "postgres")
    label = re.sub(r"[^A-Za-z0-9_.-]+", "_", database)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"partnerdesk-{label}-{stamp}-{reason}.dump"
    counter = 1
    while target.exists():
        target = backup_dir / f"partnerdesk-{label}-{stamp}-{counter}-{reason}.dump"
        counter += 1
    partial = target.with_suffix(".partial")
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    command = [pg_dump, "--format=custom", "--no-password", f"--file={partial}"]
    command.append(f"--dbname={libpq_conninfo(url)}")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        result = subprocess.run(
            command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True
        )
        if result.returncode != 0:
            lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
            reason_text = lines[-1] if lines else f"exit status {result.returncode}"
            raise StorageError(f"pg_dump could not back up database {database}: {reason_text}")
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except OSError as error:
        raise StorageError(
            f"Could not write a backup to {backup_dir}: {error.strerror}."
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    _rotate_dumps(backup_dir, label, keep)
    return target


def libpq_conninfo(url: URL) -> str:
    """A libpq connection string for ``url`` without its password (for pg_dump, psql)."""
    values: dict[str, object] = {
        "host": url.host,
        "port": url.port,
        "user": url.username,
        "dbname": url.database,
    }
    values.update({key: value for key, value in url.query.items() if isinstance(value, str)})

    def quote(value: object) -> str:
        return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"

    return " ".join(f"{key}={quote(value)}" for key, value in values.items() if value is not None)


def _rotate_dumps(backup_dir: Path, label: str, keep: int) -> None:
    pattern = re.compile(
        rf"^partnerdesk-{re.escape(label)}-\d{{8}}-\d{{6}}(?:-\d+)?-[a-z-]+\.dump$"
    )
    dumps = sorted(
        (path for path in backup_dir.iterdir() if pattern.match(path.name)),
        key=lambda path: (path.stat().st_mtime, path.name),
        reverse=True,
    )
    for path in dumps[max(keep, 1) :]:
        path.unlink(missing_ok=True)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups, newest first."""
    if not backup_dir.is_dir():
        return []
    found: list[tuple[int, BackupInfo]] = []
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        stamp = match.group(1)[:15]
        taken = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        # a counter tells apart backups taken within the same second, in order
        counter = int(match.group(1)[16:] or 0)
        found.append((counter, BackupInfo(path, taken, match.group(2), path.stat().st_size)))
    found.sort(key=lambda item: (item[1].taken_at, item[0]), reverse=True)
    return [info for _counter, info in found]


def rotate(backup_dir: Path, keep: int) -> None:
    for info in list_backups(backup_dir)[max(keep, 1) :]:
        info.path.unlink(missing_ok=True)


def is_sound(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA integrity_check").fetchone()
            return row is not None and row[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def restore_file(backup: Path, target: Path) -> None:
    """Put a backup in place of the data file (the caller closed every connection)."""
    if not backup.is_file():
        raise UserError(f"There is no backup at {backup}.")
    if not is_sound(backup):
        raise UserError(f"The backup {backup.name} is damaged; choose another one.")
    partial = target.with_name(target.name + ".restoring")
    shutil.copyfile(backup, partial)
    os.chmod(partial, 0o600)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(partial, target)

"""Opening the data file safely at start: one writer, a quick check, and the daily backup.

No Qt here: the app (``ui/startup.py``) and the command line share these steps and only differ
in how they tell the coordinator what happened.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath
from typing import TYPE_CHECKING

from partnerdesk.errors import DatabaseDamagedError, UserError
from partnerdesk.paths import AppPaths, make_private_dir
from partnerdesk.persistence import backup as backups
from partnerdesk.persistence.sqlite_file import check_sqlite_file
from partnerdesk.persistence.writer_lock import WriterLock

if TYPE_CHECKING:
    from partnerdesk.persistence.database import Database

log = logging.getLogger(__name__)

#: folder names of sync clients, matched case-insensitively against each part of the path
_SYNCED = (
    (re.compile(r"^onedrive( - .*)?$"), "OneDrive"),
    (re.compile(r"^dropbox( \(.*\))?$"), "Dropbox"),
    (re.compile(r"^(google ?drive|my drive|mijn drive|googledrive-.*)$"), "Google Drive"),
    (re.compile(r"^(icloud ?drive|icloud~.*|mobile documents)$"), "iCloud"),
    (re.compile(r"^(nextcloud|owncloud|sharepoint.*)$"), "a synced folder"),
)
_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afpfs", "9p"}


class DamagedDataFile(DatabaseDamagedError):
    """The data file failed its check at start; carries what is needed to offer a backup."""

    def __init__(self, message: str, path: Path, newest_backup: backups.BackupInfo | None) -> None:
        super().__init__(message)
        self.path = path
        self.newest_backup = newest_backup


@dataclass(frozen=True)
class StartupNotes:
    """What the coordinator should hear about after a successful start."""

    daily_backup: Path | None
    #: "OneDrive", "a network folder", … when the data file lives there
    shared_location: str | None


def clean_temp_dir(paths: AppPaths) -> None:
    """Empty the private temp folder: files left by a crash may hold personal data."""
    if paths.temp_dir.exists():
        shutil.rmtree(paths.temp_dir, ignore_errors=True)
    make_private_dir(paths.temp_dir)


def shared_location(path: Path) -> str | None:
    """Name the sync client or network share holding ``path``, when it looks like one."""
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith("//?/"):
        return "a network folder"
    pure: PurePath = PureWindowsPath(text) if "\\" in text else PurePath(text)
    for part in pure.parts:
        folded = part.casefold()
        for pattern, name in _SYNCED:
            if pattern.match(folded):
                return name
    if _on_network_filesystem(path):
        return "a network folder"
    return None


def _on_network_filesystem(path: Path) -> bool:
    """Linux only: the mount holding ``path`` is a network filesystem."""
    mounts = Path("/proc/self/mounts")
    if not mounts.is_file():
        return False
    try:
        target = str(path.resolve().parent)
        best, best_type = "", ""
        for line in mounts.read_text().splitlines():
            fields = line.split()
            if len(fields) < 3:
                continue
            point = fields[1].replace("\\040", " ")
            if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(
                best
            ):
                best, best_type = point, fields[2]
    except OSError:
        return False
    return best_type in _NETWORK_FILESYSTEMS


def quick_check(path: Path) -> list[str]:
    """SQLite's quick structural check, read-only; an empty list means the file looks sound."""
    check_sqlite_file(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [row[0] for row in rows if row[0] != "ok"]


class EarlyQuickCheck:
    """The quick check of a data file, started on a thread of its own before the app imports
    its libraries: SQLite checks outside Python's lock, so on two cores both run at once.

    ``open_data_file`` takes its answer instead of checking again; it is taken once.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._problems: list[str] = []
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, target: str | os.PathLike[str]) -> EarlyQuickCheck | None:
        """Start checking ``target`` when it is an existing data file (not a server address)."""
        text = os.fspath(target)
        if "://" in text:
            return None
        path = Path(text).expanduser().resolve()
        try:
            if path.stat().st_size == 0:
                return None
        except OSError:
            return None
        return cls(path)

    def _run(self) -> None:
        try:
            self._problems = quick_check(self.path)
        except Exception as error:  # raised where the answer is taken, as quick_check would
            self._error = error

    def problems(self) -> list[str]:
        """``quick_check``'s answer (waits for it to finish); empty when the file looks sound."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


def newest_sound_backup(backup_dir: Path) -> backups.BackupInfo | None:
    for info in backups.list_backups(backup_dir):
        if backups.is_sound(info.path):
            return info
    return None


def daily_backup_due(backup_dir: Path, today: dt.date | None = None) -> bool:
    """True when no backup was taken today (any reason counts: it holds today's data)."""
    today = today or dt.date.today()
    return not any(info.taken_at.date() == today for info in backups.list_backups(backup_dir))


def open_data_file(
    target: str | os.PathLike[str],
    paths: AppPaths,
    *,
    keep: int = backups.KEEP_DEFAULT,
    daily_backup: bool = True,
    checked: EarlyQuickCheck | None = None,
) -> tuple[Database, StartupNotes]:
    """Lock, check and open the data file, then take the daily backup (unless told not to:
    the app takes it in the background, see ``start_daily_backup``).

    Raises DatabaseLockedError when another partnerdesk has the file, and DamagedDataFile
    (with the newest sound backup) when the file fails its check; nothing is written then.
    ``checked`` is the quick check of this file started earlier, if any.
    """
    from partnerdesk.persistence.database import Database, resolve_url, sqlite_path

    url = resolve_url(target)
    path = sqlite_path(url)
    if path is None:
        # a server: no lock or daily copy (its administrator backs it up); a manual backup
        # runs pg_dump into the backup folder
        db = Database.open(target, backup_dir=paths.backup_dir)
        db.backup_keep = keep
        return db, StartupNotes(daily_backup=None, shared_location=None)
    lock = WriterLock(path, fallback_dir=paths.data_dir)
    lock.acquire()
    try:
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            early = checked if checked is not None and checked.path == path else None
            _check_at_start(path, paths.backup_dir, early)
        db = Database.open(path, backup_dir=paths.backup_dir)
    except BaseException:
        lock.release()
        raise
    db.writer_lock = lock
    db.backup_keep = keep
    daily = None
    if daily_backup and existed and daily_backup_due(paths.backup_dir):
        daily = take_daily_backup(db)
    return db, StartupNotes(daily_backup=daily, shared_location=shared_location(path))


def take_daily_backup(db: Database) -> Path | None:
    """The daily backup; a failure is logged, not raised (the start goes on)."""
    try:
        return db.backup(reason="daily")
    except UserError as error:
        log.warning("the daily backup failed: %s", error)
        return None


def start_daily_backup(db: Database, backup_dir: Path) -> threading.Thread | None:
    """Take the daily backup on a thread of its own (seconds on a large file), when due.

    The backup reads through its own SQLite connection, so the app keeps working meanwhile.
    """
    if db.path is None or not daily_backup_due(backup_dir):
        return None
    thread = threading.Thread(target=take_daily_backup, args=(db,), name="daily-backup")
    thread.start()
    return thread


def _check_at_start(path: Path, backup_dir: Path, early: EarlyQuickCheck | None) -> None:
    try:
        problems = early.problems() if early is not None else quick_check(path)
    except DatabaseDamagedError:
        problems = ["not an SQLite database"]
    if problems:
        log.error("the data file failed its quick check (%d problems)", len(problems))
        raise DamagedDataFile(
            f"The data file {path} is damaged; it was left as it is.",
            path,
            newest_sound_backup(backup_dir),
        )


def recover_from_backup(path: Path, backup: Path, backup_dir: Path) -> Path:
    """Move the damaged file aside (kept for support) and put ``backup`` in its place.

    Returns where the damaged file was kept.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    make_private_dir(backup_dir)
    kept = backup_dir / f"damaged-{stamp}-{path.name}"
    shutil.move(str(path), kept)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            shutil.move(str(side), str(kept) + suffix)
    backups.restore_file(backup, path)
    log.info("restored the data file from a backup after damage")
    return kept

"""Telling an SQLite data file from any other file, without SQLAlchemy (the start checks it early)."""

from __future__ import annotations

from pathlib import Path

from partnerdesk.errors import DatabaseDamagedError, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"


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

"""One writer per data file: an operating-system lock on a file beside the data file.

The lock is held by the kernel on an open file, so it disappears with the process that held it:
a crashed or killed partnerdesk never leaves a stale lock behind. The lock file itself stays
(it only names the last holder) and is reused by the next start.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sys
from pathlib import Path

from partnerdesk.errors import DatabaseLockedError

LOCK_SUFFIX = ".lock"


def lock_file_for(data_file: Path, fallback_dir: Path | None = None) -> Path:
    """The lock file beside the data file, or in ``fallback_dir`` when that folder is read-only."""
    beside = data_file.with_name(data_file.name + LOCK_SUFFIX)
    if fallback_dir is None or os.access(data_file.parent, os.W_OK):
        return beside
    digest = hashlib.sha256(str(data_file.resolve()).encode()).hexdigest()[:16]
    return fallback_dir / f"partnerdesk-{digest}{LOCK_SUFFIX}"


class WriterLock:
    """Held while a process may write to one data file; ``acquire`` refuses a second holder."""

    def __init__(self, data_file: Path, fallback_dir: Path | None = None) -> None:
        self.data_file = data_file
        self.path = lock_file_for(data_file, fallback_dir)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError naming the process that has it."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise DatabaseLockedError(
                f"partnerdesk is already working on {self.data_file}{holder}; "
                "switch to that window, or close it first."
            )
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        parts = os.read(fd, 200).decode(errors="replace").split()
    except OSError:
        return ""
    if len(parts) >= 2 and parts[0].isdigit():
        return f" (process {parts[0]} on {parts[1]})"
    return ""


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        # NOTE: msvcrt locks a byte range and a locked range cannot be read by others, so
        # lock one byte far past the holder line to keep that line readable.
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

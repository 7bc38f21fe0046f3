"""Errors that are safe to show to the coordinator; anything else is a bug."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on; its message is safe to show."""

    exit_code = 2


class ValidationError(UserError):
    """Input that does not pass validation; names the field when known.

    ``message`` may hold ``{name}`` placeholders filled from ``params``: the template and its
    values stay apart so a user interface can translate the template, and a report can leave
    out a value that is personal data.
    """

    def __init__(self, message: str, field: str | None = None, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.field = field
        self.template = message
        self.params = params


class NotFoundError(UserError):
    """A record that was asked for does not exist (any more)."""


class ConflictError(UserError):
    """A record changed in the meantime; the save was refused so nothing is overwritten."""

    def __init__(
        self, message: str, changes: dict[str, tuple[object, object]] | None = None
    ) -> None:
        super().__init__(message)
        self.changes = changes or {}


class BadFileError(UserError):
    """A file that cannot be read, with where the problem is."""


class DatabaseTooNewError(UserError):
    """The data file was written by a newer partnerdesk; it is left untouched."""

    exit_code = 3


class DatabaseDamagedError(UserError):
    """The data file fails its integrity check."""

    exit_code = 4


class DatabaseLockedError(UserError):
    """Another partnerdesk is already working on this data file."""

    exit_code = 5


class StorageError(UserError):
    """Writing failed (disk full, read-only file); committed data is safe."""

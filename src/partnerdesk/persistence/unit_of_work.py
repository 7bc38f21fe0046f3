"""One transaction per user action: rolled back unless committed, history and search kept."""

from __future__ import annotations

import re
from types import TracebackType

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from partnerdesk.domain.enums import BatchKind
from partnerdesk.errors import ConflictError
from partnerdesk.persistence import history, search, versioning

# the listeners that record history and step versions apply to every session
assert history and versioning


class UnitOfWork:
    """Use as ``with db.uow() as uow: ...; uow.commit()``; leaving without commit rolls back."""

    session: Session

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        kind: BatchKind = BatchKind.EDIT,
        label: str | None = None,
    ) -> None:
        self._factory = session_factory
        self.kind = kind
        self.label = label
        self.committed = False
        self.batch_id: int | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info[history.INFO_KIND] = self.kind
        self.session.info[history.INFO_LABEL] = self.label
        self.committed = False
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if not self.committed:
                self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, StaleDataError):
            raise stale_data_conflict(exc) from exc
        if isinstance(exc, DBAPIError):
            from partnerdesk.persistence.database import wrap_storage_errors

            wrapped = wrap_storage_errors(exc)
            if wrapped is not exc:
                raise wrapped from exc

    def flush(self) -> None:
        self.session.flush()

    def commit(self) -> None:
        """Flush, bring the search index up to date, and commit as one transaction."""
        self.session.flush()
        touched = self.session.info.get(history.INFO_TOUCHED, {})
        if touched:
            search.reindex(self.session, touched, self.session.info.pop(search.INFO_TEXTS, None))
        self.batch_id = self.session.info.get(history.INFO_BATCH)
        self.session.commit()
        self.committed = True


_TABLE = re.compile(r"on table '(\w+)'")


def stale_data_conflict(error: StaleDataError) -> ConflictError:
    """The ORM's optimistic lock fired: another client saved (or deleted) the record first.

    An UPDATE or DELETE with ``WHERE version = …`` matched no row; the service's own version
    check passed, so the other save landed between that check and this flush.
    """
    found = _TABLE.search(str(error))
    what = found.group(1).replace("_", " ") if found else "record"
    what = "session" if what == "dialogue session" else what
    return ConflictError(
        f"This {what} was changed or deleted by someone else while you were saving; "
        "your change was not saved. Reload it and try again."
    )


def read_one_snapshot(session: Session) -> None:
    """Let every later query of this transaction see the same committed state.

    Call before the first query. A SQLite read transaction is one snapshot already; PostgreSQL
    runs each statement on its own snapshot (READ COMMITTED), so a report read in several
    queries could see an organisation's links without the organisation, deleted in between.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})

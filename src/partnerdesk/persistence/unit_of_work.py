"""One transaction per user action: rolled back unless committed, history and search kept."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.domain.enums import BatchKind
from partnerdesk.persistence import history, search


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
            search.reindex(self.session, touched)
        self.batch_id = self.session.info.get(history.INFO_BATCH)
        self.session.commit()
        self.committed = True

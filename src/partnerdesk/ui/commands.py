"""Undoable edits: QUndoCommands that call the services (create, edit, delete and their reverse).

The first step runs before the command is pushed (``perform``), so validation errors reach the
form that caused them; undo and redo then replay through the same services. A delete keeps the
snapshot the service returned, and undo restores it with every affiliation and link.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from partnerdesk.domain.enums import BatchKind
from partnerdesk.errors import UserError
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services import organisations, people
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext


@dataclass(frozen=True)
class EntityServices:
    """The service functions one kind of record is edited through."""

    entity: str
    create: Callable[[UnitOfWork, Any], Any]
    update: Callable[..., Any]
    delete: Callable[..., dict[str, Any]]
    restore: Callable[[UnitOfWork, dict[str, Any]], Any]
    #: other entities whose lists show this one (an organisation's name in the people list)
    also_changes: tuple[str, ...] = ()


ORGANISATIONS = EntityServices(
    "organisation",
    organisations.create_organisation,
    organisations.update_organisation,
    organisations.delete_organisation,
    organisations.restore_organisation,
    also_changes=("person",),
)
PEOPLE = EntityServices(
    "person",
    people.create_person,
    people.update_person,
    people.delete_person,
    people.restore_person,
    also_changes=("organisation",),
)


class _ServiceCommand(QUndoCommand):
    def __init__(self, context: AppContext, services: EntityServices, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.services = services
        self.record_id: int | None = None
        self._pushed = False

    def first(self) -> Any:
        """Do the edit for the first time (may raise a UserError; then nothing is pushed)."""
        raise NotImplementedError

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # ``first`` already did it
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserError as error:
            # the record changed or vanished meanwhile: say so, and drop the stale history
            messages.show_error(
                None, error, QCoreApplication.translate("commands", "Could not undo or redo")
            )
            self.setObsolete(True)
            return
        self._announce()

    def _uow(self, kind: BatchKind = BatchKind.EDIT) -> UnitOfWork:
        return self.context.db.uow(kind, self.text())

    def _announce(self, show: bool = True) -> None:
        events = self.context.events
        for entity in (self.services.entity, *self.services.also_changes):
            events.data_changed.emit(entity)
        if show and self.record_id is not None and self._exists():
            events.open_record.emit(self.services.entity, self.record_id)

    def _exists(self) -> bool:
        return True


class CreateCommand(_ServiceCommand):
    def __init__(self, context: AppContext, services: EntityServices, draft: Any, text: str):
        super().__init__(context, services, text)
        self._draft = draft
        self._snapshot: dict[str, Any] | None = None
        self._alive = True

    def first(self) -> Any:
        record = self.services.create(self._uow(), self._draft)
        self.record_id = record.id
        return record

    def _undo(self) -> None:
        self._snapshot = self.services.delete(self._uow(BatchKind.UNDO), self.record_id)
        self._alive = False

    def _redo(self) -> None:
        assert self._snapshot is not None
        self.services.restore(self._uow(), self._snapshot)
        self._alive = True

    def _exists(self) -> bool:
        return self._alive


class EditCommand(_ServiceCommand):
    def __init__(
        self,
        context: AppContext,
        services: EntityServices,
        record_id: int,
        before: Any,
        after: Any,
        expected_version: int | None,
        text: str,
    ) -> None:
        super().__init__(context, services, text)
        self.record_id = record_id
        self._before = before
        self._after = after
        self._expected_version = expected_version

    def first(self) -> Any:
        return self.services.update(
            self._uow(), self.record_id, self._after, self._expected_version
        )

    def _undo(self) -> None:
        self.services.update(self._uow(BatchKind.UNDO), self.record_id, self._before)

    def _redo(self) -> None:
        self.services.update(self._uow(), self.record_id, self._after)


class DeleteCommand(_ServiceCommand):
    def __init__(
        self,
        context: AppContext,
        services: EntityServices,
        record_id: int,
        expected_version: int | None,
        text: str,
    ) -> None:
        super().__init__(context, services, text)
        self.record_id = record_id
        self._expected_version = expected_version
        self._snapshot: dict[str, Any] | None = None
        self._alive = False

    def first(self) -> None:
        self._snapshot = self.services.delete(self._uow(), self.record_id, self._expected_version)

    def _undo(self) -> None:
        assert self._snapshot is not None
        self.services.restore(self._uow(BatchKind.UNDO), self._snapshot)
        self._alive = True

    def _redo(self) -> None:
        self._snapshot = self.services.delete(self._uow(), self.record_id)
        self._alive = False

    def _exists(self) -> bool:
        return self._alive


def perform(command: _ServiceCommand) -> Any:
    """Do the command's edit and put it on the undo stack; a UserError leaves both untouched."""
    result = command.first()
    command.context.undo_stack.push(command)
    command._announce()
    return result

"""One undoable save of a record, shared by the session, action and contact moment dialogs.

The save itself runs before its command is pushed, so a validation error reaches the dialog and
nothing lands on the undo stack; undo then writes the record as it was (or removes a new one), and
redo writes it as saved (or puts the removed one back).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.ui.context import AppContext

D = TypeVar("D")
D_co = TypeVar("D_co", covariant=True)


class SavedRecord(Protocol[D_co]):
    """What a service returns after a save: the record's id and its draft."""

    @property
    def id(self) -> int: ...

    def to_draft(self) -> D_co: ...


R = TypeVar("R", bound=SavedRecord[Any])


@dataclass(frozen=True)
class SaveSteps(Generic[D, R]):
    """The service calls that save one kind of record and take that save back."""

    #: entities whose lists change with a save (sent as data_changed, in this order)
    entities: tuple[str, ...]
    #: create (no id) or update a record: (uow, draft, record_id, expected_version)
    save: Callable[[UnitOfWork, D, int | None, int | None], R]
    #: remove a record; returns what ``restore`` needs to put it back
    delete: Callable[[UnitOfWork, int], Any]
    #: the undo stack's text for a save: (draft before or None when new, draft after)
    describe: Callable[[D | None, D], str]
    #: put a removed record back with its id; None: save its draft again as a new record
    restore: Callable[[UnitOfWork, Any], R] | None = None


class SaveCommand(QUndoCommand, Generic[D, R]):
    """Undo/redo of one save of a record (the first redo already happened)."""

    def __init__(
        self,
        context: AppContext,
        steps: SaveSteps[D, R],
        record_id: int,
        before: D | None,
        after: D,
    ) -> None:
        super().__init__(steps.describe(before, after))
        self._context = context
        self._steps = steps
        self._id = record_id
        self._before = before
        self._after = after
        self._removed = False
        self._deleted: Any = None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        uow = self._context.db.uow()
        if not self._removed:
            self._steps.save(uow, self._after, self._id, None)
        elif self._steps.restore is not None:
            self._id = self._steps.restore(uow, self._deleted).id
        else:
            self._id = self._steps.save(uow, self._after, None, None).id
        self._removed = False
        self._deleted = None
        announce(self._context, self._steps)

    def undo(self) -> None:
        uow = self._context.db.uow()
        if self._before is None:
            self._deleted = self._steps.delete(uow, self._id)
            self._removed = True
        else:
            self._steps.save(uow, self._before, self._id, None)
        announce(self._context, self._steps)


def announce(context: AppContext, steps: SaveSteps[Any, Any]) -> None:
    """Tell every list that shows this kind of record that it changed."""
    for entity in steps.entities:
        context.events.data_changed.emit(entity)


def save_undoable(
    context: AppContext,
    steps: SaveSteps[D, R],
    draft: D,
    record_id: int | None = None,
    expected_version: int | None = None,
    before: D | None = None,
) -> R:
    """Save a record (``before``: its draft as loaded, None when new) and put the save on the
    undo stack; a UserError leaves both untouched."""
    record = steps.save(context.db.uow(), draft, record_id, expected_version)
    context.undo_stack.push(SaveCommand(context, steps, record.id, before, record.to_draft()))
    announce(context, steps)
    return record


class DeleteCommand(QUndoCommand, Generic[D, R]):
    """Deleting a record keeps what the service returned, so undo can put it back (``restore``
    with its id, or else saved anew from the deleted record's draft)."""

    def __init__(
        self, context: AppContext, steps: SaveSteps[D, R], record_id: int, text: str
    ) -> None:
        super().__init__(text)
        self._context = context
        self._steps = steps
        self._id = record_id
        self._deleted: Any = None

    def redo(self) -> None:
        self._deleted = self._steps.delete(self._context.db.uow(), self._id)
        announce(self._context, self._steps)

    def undo(self) -> None:
        if self._deleted is not None:
            uow = self._context.db.uow()
            if self._steps.restore is not None:
                self._steps.restore(uow, self._deleted)
            else:
                self._id = self._steps.save(uow, self._deleted.to_draft(), None, None).id
            self._deleted = None
        announce(self._context, self._steps)

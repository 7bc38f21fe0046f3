"""A page around one table of records (Sessions, Actions): selection, remembered columns, editing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QTableView

from partnerdesk.errors import UserError
from partnerdesk.ui import messages
from partnerdesk.ui.pages.base import Page
from partnerdesk.ui.pages.sessions_models import ID_ROLE


class TablePage(Page):
    """What the Sessions and Actions pages share; a subclass builds ``table`` (with its model)
    and says which dialog edits a record (``editor``)."""

    table: QTableView
    _count: int | None = None

    def editor(self, record_id: int) -> QDialog:
        """The dialog that edits one record (may raise UserError when it is gone)."""
        raise NotImplementedError

    def count(self) -> int | None:
        return self._count

    def has_selection(self) -> bool:
        return self.selected_id() is not None

    def save_state(self) -> None:
        self.context.prefs.set_header_state(self.key, self.table.horizontalHeader().saveState())

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, record_id: int) -> bool:
        model = self.table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(model.index(row, 0))
                return True
        return False

    def edit(self, record_id: int) -> None:
        """Open the record's dialog; after a save the list shows it selected."""
        try:
            dialog = self.editor(record_id)
        except UserError as error:  # deleted meanwhile (by an undo, an import)
            messages.show_error(self, error)
            self.refresh()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select_id(record_id)

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.edit(record_id)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if value is not None:
            self.edit(int(value))

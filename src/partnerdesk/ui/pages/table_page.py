"""A page around one table of records (Sessions, Actions): selection, remembered columns, editing."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
)

from partnerdesk.errors import UserError
from partnerdesk.ui import messages
from partnerdesk.ui.pages.base import Page
from partnerdesk.ui.pages.sessions_models import ID_ROLE


class TablePage(Page):
    """What the Sessions and Actions pages share; a subclass builds its table (``build_table``),
    names the buttons that need a selected record, and says which dialog edits one (``editor``)."""

    table: QTableView
    empty: QLabel
    stack: QStackedWidget
    #: the buttons that act on the selected record, enabled only while one is selected
    selection_buttons: tuple[QPushButton, ...] = ()
    _count: int | None = None

    def build_table(self, model: QAbstractItemModel, text_column: int) -> None:
        """Make ``table`` (one row selected at a time; double-click edits; ``text_column``
        takes the spare width) and ``stack``, which shows it or the ``empty`` text instead."""
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(text_column, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._open_index)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

    def start(self) -> None:
        """Last step of a subclass's setup: follow selection and data changes, read the rows,
        and put the columns back as the coordinator left them."""
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.context.events.data_changed.connect(self._data_changed)
        self._layout_restored = False
        # Fitting columns reads the first rows only; every row of 20 000 took seconds.
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.refresh()
        state = self.context.prefs.header_state(self.key)
        if state is not None:
            self._layout_restored = self.table.horizontalHeader().restoreState(state)

    def fit_columns(self, text_column: int, widest: int) -> None:
        """Fit every column but the long text one to its contents (at most ``widest``), unless
        the coordinator's own column widths were restored."""
        if self._layout_restored:
            return
        for column in range(self.table.model().columnCount()):
            if column != text_column:
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def _update_buttons(self, *_args: object) -> None:
        """Enable what needs a selected record."""
        chosen = self.selected_id() is not None
        for button in self.selection_buttons:
            button.setEnabled(chosen)
        self.actions_changed.emit()

    def push_undoable(self, command: QUndoCommand, done: str) -> None:
        """Do ``command`` by putting it on the undo stack and say ``done`` in the status bar;
        a UserError (the record changed or vanished meanwhile) is shown instead."""
        try:
            self.context.undo_stack.push(command)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.events.status_message.emit(done)

    def _data_changed(self, entity: str) -> None:
        """Reload when an entity this page shows changed."""

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

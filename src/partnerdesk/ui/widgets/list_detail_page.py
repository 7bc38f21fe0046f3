"""A page with a searchable, filterable list on the left and the chosen record's details on the right.

Organisations and People are both this shape; subclasses give the model, the detail pane, the
filters, the query and their texts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from partnerdesk.errors import UserError
from partnerdesk.ui import messages
from partnerdesk.ui.commands import DeleteCommand, EntityServices, perform
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.models.paged_table_model import PagedTableModel
from partnerdesk.ui.pages.base import Page
from partnerdesk.ui.widgets.detail_pane import DetailPane
from partnerdesk.ui.widgets.record_list import RecordList


class ListDetailPage(Page):
    """List and detail side by side; New, Delete and Find act on them; edits are undoable."""

    can_create = True
    can_delete = True
    can_search = True
    #: entities whose changes this page shows (its own and those listed in it)
    watches: tuple[str, ...] = ()
    services: EntityServices
    #: starting column widths of the list
    column_widths: tuple[int, ...] = ()
    #: the list's columns of free text: on a first start they are cut short ("…") so every
    #: column fits beside the detail pane, and they take the room a wide window has
    elastic_columns: frozenset[int] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = self.make_model()
        # a data file has one writer, this app, and it announces every change (show_current)
        self.model.keep_counts = context.db.engine.dialect.name == "sqlite"
        self.list = RecordList(self.model, context.prefs, self.key)
        self.detail = self.make_detail()
        self.filters: list[QComboBox] = []
        #: no remembered splitter: widen the detail pane to its tab row when first shown
        self._fit_detail = False
        #: no remembered column widths: fit the columns to the list when first shown
        self._fit_columns = False

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._stale = True
        self._applying = False
        self.list.search_changed.connect(lambda _text: self.apply_query())
        self.list.current_changed.connect(self._current_changed)
        self.detail.saved.connect(self._select_quietly)
        self.model.total_changed.connect(self.update_texts)
        context.events.data_changed.connect(self._data_changed)

    def finish_setup(self) -> None:
        """Call at the end of a subclass's __init__: restores layout, fills the list."""
        previous: QWidget = self.list.search
        for combo in self.filters:
            self.setTabOrder(previous, combo)
            previous = combo
        self.setTabOrder(previous, self.list.view)
        self._fit_columns = not self.list.restore_state(self.column_widths)
        state = self.context.prefs.splitter_state(self.key)
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([780, 450])
            self._fit_detail = True
        self.update_texts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.splitter.width() <= 0:
            return
        if self._fit_detail:
            self._fit_detail = False
            self._fit_detail_to_tabs()
        if self._fit_columns:
            self._fit_columns = False
            self.list.fit_columns(self.splitter.sizes()[0], self.elastic_columns)

    def _fit_detail_to_tabs(self) -> None:
        """The detail pane starts wide enough for its whole tab row (Dutch titles are long),
        so no tab hides behind scroll arrows, and no wider than that unless the window has
        room to spare; the list keeps at least half of the width."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        detail = min(max(sizes[1], self.detail.tab_row_width()), total // 2)
        self.splitter.setSizes([total - detail, detail])

    # -- for subclasses ---------------------------------------------------------------------

    def make_model(self) -> PagedTableModel[Any]:
        raise NotImplementedError

    def make_detail(self) -> DetailPane:
        raise NotImplementedError

    def fill_filters(self) -> None:
        """Fill the filter choices (called on refresh); keep what is chosen."""

    def current_query(self) -> Any:
        raise NotImplementedError

    def is_filtered(self) -> bool:
        raise NotImplementedError

    def texts(self, total: int) -> tuple[str, str]:
        """The count line and the empty-list text for ``total`` rows."""
        raise NotImplementedError

    def delete_texts(self, name: str) -> tuple[str, str, str]:
        """Question, undo step name and status message for deleting ``name``."""
        raise NotImplementedError

    # -- filters ------------------------------------------------------------------------------

    def add_filter(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _index: self.apply_query())
        self.list.filters.addWidget(combo)
        self.filters.append(combo)
        return combo

    def refill(self, combo: QComboBox, all_text: str, items: list[tuple[Any, str]]) -> None:
        """Replace a filter's choices, keeping the chosen one when it still exists."""
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(kept)))
        combo.blockSignals(False)

    def apply_query(self) -> None:
        """Show what the search and filters ask for, keeping the selection where possible."""
        selected = self.detail.record_id
        # the list's reset says "nothing selected"; whether that is so is decided below
        self._applying = True
        try:
            self.model.set_query(self.current_query())
        finally:
            self._applying = False
        self.update_texts()
        if selected is not None and self._select_quietly(selected):
            return  # still listed: the detail pane keeps showing it, unsaved edits and all
        if selected is not None or self.list.search_text():
            self.list.select_first()
        if self.list.current_id() is None:
            self._current_changed(-1)

    def update_texts(self) -> None:
        total = self.model.total
        if total is None:
            count, empty = self.tr("Counting…"), ""
        else:
            count, empty = self.texts(total)
        self.list.set_texts(count, empty)

    # -- selection --------------------------------------------------------------------------------

    def _current_changed(self, record_id: int) -> None:
        if self._applying:
            return
        new_id = record_id if record_id >= 0 else None
        current = self.detail.record_id
        if new_id == current and not self.detail.creating:
            return
        if self.detail.is_dirty and not self.detail.save():
            # stay on the record whose changes could not be saved
            if current is not None:
                self._select_quietly(current)
            return
        self.detail.show_record(new_id)
        self.actions_changed.emit()

    def _select_quietly(self, record_id: int) -> bool:
        """Select a record in the list without reloading the detail pane."""
        selection = self.list.view.selectionModel()
        selection.blockSignals(True)
        try:
            found = self.list.select_id(record_id)
            if not found:
                self.list.view.clearSelection()
        finally:
            selection.blockSignals(False)
        self.list.view.viewport().update()
        self.actions_changed.emit()
        return found

    # -- refreshing -----------------------------------------------------------------------------

    def _data_changed(self, entity: str) -> None:
        self.model.forget_counts()  # whatever changed, a kept count may be wrong now
        if entity not in self.watches:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def show_current(self) -> None:
        """Read the list again only when it may have changed since it was read.

        A data file has one writer, this app (persistence/writer_lock.py), and every change
        it makes is announced on the event bus (``_stale``); a server may have other writers,
        so there the page is read again whenever it is shown.
        """
        if (
            self._stale
            or not self.model.loaded
            or self.context.db.engine.dialect.name != "sqlite"
            or self.model.query != self.current_query()
        ):
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.model.forget_counts()
        selected = self.detail.record_id
        self.detail.reload_reference()
        self.fill_filters()
        self.model.set_query(self.current_query())
        self.update_texts()
        if selected is not None:
            found = self._select_quietly(selected)
            if not self.detail.is_dirty:
                self.detail.show_record(selected if found else None)

    # -- Page interface -------------------------------------------------------------------------

    def has_selection(self) -> bool:
        return self.detail.record is not None

    def new_record(self) -> None:
        if self.detail.is_dirty and not self.detail.save():
            return
        selection = self.list.view.selectionModel()
        selection.blockSignals(True)
        self.list.view.clearSelection()
        selection.blockSignals(False)
        self.detail.start_new()
        self.actions_changed.emit()

    def delete_selected(self) -> None:
        record = self.detail.record
        if record is None:
            return
        name = self.detail.heading.text()
        question, step, done = self.delete_texts(name)
        if not messages.confirm(self, question, self.tr("Delete")):
            return
        row = self.model.row_of(record.id)
        command = DeleteCommand(self.context, self.services, record.id, record.version, step)
        self.detail.show_record(None)
        try:
            perform(command)
        except UserError as error:
            messages.show_error(self, error)
            self.detail.show_record(record.id)
            return
        if row is not None and self.model.rowCount() > 0:
            self.list.view.selectRow(min(row, self.model.rowCount() - 1))
        self.context.events.status_message.emit(done)

    def focus_search(self) -> None:
        self.list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.search.selectAll()

    def open_record(self, entity: str, record_id: int) -> None:
        if entity not in self.shows_entities:
            return
        if self._stale:
            self.refresh()
        if self.detail.is_dirty and self.detail.record_id != record_id and not self.detail.save():
            return
        # shown in the list when it is among the rows read so far; the detail pane shows it anyway
        self._select_quietly(record_id)
        if self.detail.record_id != record_id or self.detail.creating:
            self.detail.show_record(record_id)
        self.actions_changed.emit()

    def can_close(self) -> bool:
        """Unsaved changes are saved (an undoable step); if they cannot be, the window stays."""
        if not self.detail.is_dirty:
            return True
        return self.detail.save()

    def save_state(self) -> None:
        self.list.save_state()
        self.context.prefs.set_splitter_state(self.key, self.splitter.saveState())

"""A searchable, filterable list over a paged table model, with its count and an empty state."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.settings import Settings
from partnerdesk.ui.icons import icon
from partnerdesk.ui.models.paged_table_model import PagedTableModel, Roles
from partnerdesk.ui.widgets.highlight_delegate import ListDelegate

#: wait this long after the last keystroke before searching (ms): typing stays fluid
SEARCH_DELAY_MS = 150
#: start counting a list's matches after this long when its rows were not painted (ms)
COUNT_FALLBACK_MS = 100


class RecordList(QWidget):
    """Search field and filters above a table; says how many rows match, or what to do next."""

    #: the selected record's id, or -1 when nothing is selected
    current_changed = Signal(int)
    #: Enter or double click on a record
    activated = Signal(int)
    #: search text changed (after the typing pause)
    search_changed = Signal(str)

    def __init__(
        self,
        model: PagedTableModel[Any],
        settings: Settings,
        state_key: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._settings = settings
        self._state_key = state_key
        #: the columns' starting widths (restore_state)
        self._default_widths: list[int] = []

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_search)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)

        self.filters = QHBoxLayout()
        self.filters.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addLayout(self.filters)
        filter_row.addStretch(1)

        self.view = QTableView()
        self.view.setModel(model)
        # one delegate paints every cell, matches of the search highlighted (ListDelegate says
        # why it does not leave the text to Qt's own item painting)
        self.delegate = ListDelegate(model, self.view)
        self.delegate.columns = frozenset(
            number for number, column in enumerate(model.columns) if column.highlight
        )
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        # fixed row heights: the view never measures rows it does not show
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        self.view.doubleClicked.connect(self._activate)
        self.view.activated.connect(self._activate)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        #: what the empty label says once shown: a wrapped label given a new text lays out the
        #: whole page again, and the text names the search, so it changed on every keystroke
        self._empty_text = ""
        self._stack = QStackedWidget()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)

        self.count = QLabel()
        self.count.setObjectName("listCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filter_row)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.count)

        model.modelReset.connect(self._after_reset)
        # the count of matches is started once the rows are painted (or after a moment when
        # the list is not painted at all, e.g. on a page not shown)
        self._count_start: Callable[[], None] | None = None
        self._count_fallback = QTimer(self)
        self._count_fallback.setSingleShot(True)
        self._count_fallback.setInterval(COUNT_FALLBACK_MS)
        self._count_fallback.timeout.connect(self._start_count)
        self.view.viewport().installEventFilter(self)
        model.start_count = self._count_after_paint
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.setFocusProxy(self.search)
        self.setTabOrder(self.search, self.view)

    # -- state ----------------------------------------------------------------------------

    def restore_state(self, default_widths: Sequence[int]) -> bool:
        """Column widths, order and sort as the coordinator left them; False when none were
        remembered (the default widths are used, each wide enough for its header)."""
        header = self.view.horizontalHeader()
        self._default_widths = list(default_widths)
        for column in range(len(default_widths)):
            header.resizeSection(column, self.default_width(column))
        state = self._settings.header_state(self._state_key)
        restored = state is not None and header.restoreState(state)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return restored

    def default_width(self, column: int) -> int:
        """A column's starting width, never narrower than its header (Dutch headers run longer)."""
        width = self._default_widths[column] if column < len(self._default_widths) else 0
        return max(width, self.header_width(column))

    def header_width(self, column: int) -> int:
        """The width a column's header needs: its title, and the sort arrow if it can sort."""
        header = self.view.horizontalHeader()
        if self.model.columns[column].sortable:
            return header.sectionSizeHint(column)
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.section = column
        option.text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        size = header.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
        )
        return size.width()

    def fit_columns(self, width: int, elastic: Collection[int]) -> None:
        """Size the columns to a list ``width`` pixels wide, so no column hides off to the side
        and none is wider than it needs.

        The columns of free text (``elastic``) share what the others leave: narrower than their
        starting width they cut their text short ("…"), down to half of it; wider they take the
        room a wide window has. Numbers, dates and short values keep their width.
        """
        header = self.view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        # the starting widths: the last column's size is stretched to the end of the list
        sizes = {c: self.default_width(c) for c in shown}
        flexible = [c for c in shown if c in elastic]
        scroll_bar = self.view.verticalScrollBar().sizeHint().width()
        # what the free text columns share: the list's inside less the other columns
        left = width - 2 * self.view.frameWidth() - scroll_bar
        left -= sum(sizes[c] for c in shown if c not in flexible)
        floors = {c: max(self.header_width(c), sizes[c] // 2) for c in flexible}
        # shares by starting width; a column whose share is below its floor keeps its floor
        # and the others share the rest
        while flexible:
            weight = sum(sizes[c] for c in flexible)
            pinned = [c for c in flexible if left * sizes[c] // weight < floors[c]]
            if not pinned:
                break
            for column in pinned:
                sizes[column] = floors[column]
                left -= floors[column]
                flexible.remove(column)
        if flexible:
            weight = sum(sizes[c] for c in flexible)
            shares = {c: left * sizes[c] // weight for c in flexible}
            shares[flexible[0]] += left - sum(shares.values())  # what rounding left over
            sizes.update(shares)
        for column in shown:
            header.resizeSection(column, sizes[column])

    def save_state(self) -> None:
        self._settings.set_header_state(self._state_key, self.view.horizontalHeader().saveState())

    # -- search -------------------------------------------------------------------------------

    def search_text(self) -> str:
        return self.search.text().strip()

    def _emit_search(self) -> None:
        self.search_changed.emit(self.search_text())

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._emit_search()

    def clear_search(self) -> None:
        self.search.clear()
        self._search_now()

    # -- rows -----------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        value = index.data(Roles.ID)
        return int(value) if value is not None else None

    def select_id(self, record_id: int) -> bool:
        """Select a record among the rows read so far; False when it is not there."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.model.rowCount() > 0:
            self.view.selectRow(0)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(Roles.ID) if current.isValid() else None
        self.current_changed.emit(int(value) if value is not None else -1)

    def _activate(self, index: QModelIndex) -> None:
        value = index.data(Roles.ID)
        if value is not None:
            self.activated.emit(int(value))

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.columns[column].sortable:
            # keep showing the order the list really has
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column,
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        selected = self.current_id()
        self.model.sort(column, order)
        if selected is not None:
            self.select_id(selected)

    # -- counting -----------------------------------------------------------------------

    def _count_after_paint(self, start: Callable[[], None]) -> None:
        """Start a count of the list's matches once its rows are painted."""
        if self._count_start is not None:
            self._count_start()  # overtaken by a newer query: it only lets go of its place
        self._count_start = start
        if self.view.viewport().isVisible():
            self._count_fallback.start()
        else:
            self._start_count()

    def _start_count(self) -> None:
        self._count_fallback.stop()
        start, self._count_start = self._count_start, None
        if start is not None:
            start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._count_start is not None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._start_count)  # runs once this paint is done
        return False

    # -- texts ----------------------------------------------------------------------------

    def set_texts(self, count_text: str, empty_text: str) -> None:
        """Set the count line and the text shown instead of an empty list."""
        self.count.setText(count_text)
        self._empty_text = empty_text
        self._show_rows_or_empty()

    def _show_rows_or_empty(self) -> None:
        if self.model.rowCount():
            self._stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(self._empty_text)
            self._stack.setCurrentWidget(self.empty)

    def _after_reset(self) -> None:
        self.delegate.query = self.model.search_text
        self._show_rows_or_empty()
        self.current_changed.emit(-1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.delegate.reset_cache()
        super().changeEvent(event)

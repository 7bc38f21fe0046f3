"""A table model that pages rows in from the database as the view scrolls, with flat memory.

Rows arrive in pages of ``PAGE_SIZE`` through keyset queries (``fetchMore``). Only the most
recently used pages are kept; the cursor where every page starts is remembered, so a page that
was dropped is fetched again by its cursor when the view scrolls back to it. Sorting and
filtering are the query's business (SQL), never a proxy model's.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from partnerdesk.services.lists import PAGE_SIZE, Cursor

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    """Custom data roles every list model answers."""

    #: the record's database id (int)
    ID = Qt.ItemDataRole.UserRole + 1
    #: the whole frozen row record
    ROW = Qt.ItemDataRole.UserRole + 2
    #: the search text to highlight in this cell (str), empty when not searching
    HIGHLIGHT = Qt.ItemDataRole.UserRole + 3


class _Row(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def cursor(self) -> Cursor: ...


R = TypeVar("R", bound=_Row)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: a stable key (also the SQL sort key when sortable) and how to show a row."""

    key: str
    header: Callable[[], str]
    display: Callable[[R], str]
    sortable: bool = True
    align_right: bool = False
    #: searched text is highlighted in this column
    highlight: bool = False
    tooltip: Callable[[R], str | None] | None = None


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Base for list models: subclasses give columns, a count and a page query."""

    #: pages kept in memory at once (the rest are fetched again when needed)
    CACHED_PAGES = 6

    def __init__(self, columns: Sequence[Column[R]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._total = 0
        self._loaded = 0
        #: cursor before the first row of each page loaded so far (None for the first page)
        self._starts: list[Cursor | None] = []
        self._next: Cursor | None = None
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        self.sort_column = 0
        self.descending = False
        self.search_text = ""
        #: what the list shows (a frozen query record of services/lists.py)
        self.query: Any = None
        #: whether the rows were ever queried (a page not shown yet has not)
        self._ever_loaded = False

    # -- for subclasses -----------------------------------------------------------------

    def query_count(self) -> int:
        raise NotImplementedError

    def query_page(self, after: Cursor | None, limit: int) -> list[R]:
        raise NotImplementedError

    def sort_key(self) -> str:
        return self.columns[self.sort_column].key

    def set_query(self, query: Any) -> None:
        """Show the rows matching ``query`` (its sort comes from the clicked header)."""
        self.query = query
        self.search_text = str(getattr(query, "search", "") or "").strip()
        self.reload()

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Query the count and the first page again (after a filter, sort or data change)."""
        self._ever_loaded = True
        self.beginResetModel()
        self._pages.clear()
        self._starts = []
        self._next = None
        self._loaded = 0
        self._total = self.query_count()
        if self._total:
            self._load_next_page()
        self.endResetModel()

    @property
    def total(self) -> int:
        """Rows the list holds in the database (loaded or not)."""
        return self._total

    def _load_next_page(self) -> int:
        page_number = len(self._starts)
        rows = self.query_page(self._next, PAGE_SIZE)
        if len(rows) < PAGE_SIZE:
            # the database holds fewer rows than counted (changed meanwhile): stop here
            self._total = self._loaded + len(rows)
        if not rows:
            return 0
        self._starts.append(self._next)
        self._next = rows[-1].cursor
        self._remember(page_number, rows)
        self._loaded += len(rows)
        return len(rows)

    def _remember(self, page_number: int, rows: list[R]) -> None:
        self._pages[page_number] = rows
        self._pages.move_to_end(page_number)
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._loaded < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or self._loaded >= self._total:
            return
        page_number = len(self._starts)
        rows = self.query_page(self._next, PAGE_SIZE)
        if not rows:
            self._total = self._loaded
            return
        first = self._loaded
        self.beginInsertRows(_ROOT, first, first + len(rows) - 1)
        self._starts.append(self._next)
        self._next = rows[-1].cursor
        self._remember(page_number, rows)
        self._loaded += len(rows)
        if len(rows) < PAGE_SIZE:
            self._total = self._loaded
        self.endInsertRows()

    def row_at(self, row: int) -> R | None:
        """The record shown in ``row`` (fetched again if its page was dropped)."""
        if not 0 <= row < self._loaded:
            return None
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = self.query_page(self._starts[page_number], PAGE_SIZE)
            self._remember(page_number, page)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def row_of(self, record_id: int) -> int | None:
        """The row of a record among the loaded rows (loading further pages until found)."""
        row = 0
        while True:
            for page_number in range(row // PAGE_SIZE, len(self._starts)):
                start = page_number * PAGE_SIZE
                for offset in range(PAGE_SIZE):
                    record = self.row_at(start + offset)
                    if record is None:
                        break
                    if record.id == record_id:
                        return start + offset
            row = self._loaded
            if not self.canFetchMore():
                return None
            self.fetchMore()

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        record = self.row_at(index.row())
        if record is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Roles.ID:
            return record.id
        if role == Roles.ROW:
            return record
        if role == Roles.HIGHLIGHT:
            return self.search_text if column.highlight else ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; columns that cannot be sorted keep the current order."""
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending) and self._starts:
            return
        self.sort_column = column
        self.descending = descending
        # A page restoring its remembered sort before it is first shown loads nothing yet:
        # its refresh on showing loads in this order (start-up built every list twice).
        if self._ever_loaded:
            self.reload()

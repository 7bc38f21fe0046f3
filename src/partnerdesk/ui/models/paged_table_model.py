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

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from partnerdesk.services.lists import PAGE_SIZE, Cursor
from partnerdesk.ui.qt_compat import none
from partnerdesk.ui.tasks import TaskRunner

_ROOT = QModelIndex()
#: counts of queries kept at most (see ``PagedTableModel.keep_counts``)
COUNTS_KEPT = 256
Index = QModelIndex | QPersistentModelIndex

# Role numbers as plain ints: data() runs for every role of every painted cell, and reading an
# enum member (Qt.ItemDataRole.DisplayRole) costs as much as the rest of an answer.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def warning_colour() -> QColor:
    """A red that reads on the current scheme (darker on light, lighter on dark)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return QColor("#ff8a80" if window.lightness() < 128 else "#b3261e")


class Roles(IntEnum):
    """Custom data roles every list model answers."""

    #: the record's database id (int)
    ID = Qt.ItemDataRole.UserRole + 1
    #: the whole frozen row record
    ROW = Qt.ItemDataRole.UserRole + 2
    #: the search text to highlight in this cell (str), empty when not searching
    HIGHLIGHT = Qt.ItemDataRole.UserRole + 3


_ID = int(Roles.ID)
_ROW = int(Roles.ROW)
_HIGHLIGHT = int(Roles.HIGHLIGHT)


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
    #: rows needing attention (a partner not contacted for too long) show in the warning colour
    warn: Callable[[R], bool] | None = None


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Base for list models: subclasses give columns, a count and a page query.

    The first page is read at once; whether more follow is known from its length, so nothing
    waits for a count. The count (for "1,234 people") is taken off the GUI thread when a
    ``TaskRunner`` is given, and announced with ``total_changed``.
    """

    #: pages kept in memory at once (the rest are fetched again when needed)
    CACHED_PAGES = 6
    #: the number of rows matching the query is known (or changed)
    total_changed = Signal()

    def __init__(self, columns: Sequence[Column[R]], tasks: TaskRunner | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self._tasks = tasks
        self._total: int | None = 0
        self._generation = 0
        self._loaded = 0
        self._exhausted = True
        #: cursor before the first row of each page loaded so far (None for the first page)
        self._starts: list[Cursor | None] = []
        self._next: Cursor | None = None
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        #: each cached page's display texts, one tuple per row, made when a row is first painted
        self._texts: dict[int, list[tuple[str, ...] | None]] = {}
        self._alignments = [_RIGHT if c.align_right else _LEFT for c in self.columns]
        #: roles data() answers; the view asks for about eight per cell and most get None
        self._served = frozenset(
            {_DISPLAY, _ALIGNMENT, _ID, _ROW, _HIGHLIGHT}
            | ({_TOOLTIP} if any(c.tooltip for c in self.columns) else set())
            | ({_FOREGROUND} if any(c.warn for c in self.columns) else set())
        )
        self.sort_column = 0
        self.descending = False
        self.search_text = ""
        #: what the list shows (a frozen query record of services/lists.py)
        self.query: Any = None
        #: whether the rows were ever queried (a page not shown yet has not)
        self._ever_loaded = False
        #: keep each query's count until ``forget_counts`` (set where this app is the only
        #: writer, so every change is announced): searching "jans" again after "janse" counts
        #: nothing
        self.keep_counts = False
        #: how a background count is started: a list starts it once its rows are painted (a
        #: thread starting while the GUI thread paints takes the interpreter from it)
        self.start_count: Callable[[Callable[[], None]], None] | None = None
        self._counts: dict[Any, int] = {}
        self._counts_version = 0

    # -- for subclasses -----------------------------------------------------------------

    def count_job(self) -> Callable[[], int]:
        """A function counting the rows of the current query (may run on another thread)."""
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
        """Read the first page again (after a filter, sort or data change), then the count."""
        self._ever_loaded = True
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._texts.clear()
        self._starts = []
        self._next = None
        self._loaded = 0
        self._exhausted = False
        self._append(self.query_page(None, PAGE_SIZE))
        self.endResetModel()
        if self._exhausted:
            self._set_total(self._loaded)
            return
        query = self.query
        known = self._counts.get(query) if self.keep_counts else None
        if known is not None:
            self._set_total(known)
            return
        self._total = None
        count = self.count_job()
        if self._tasks is None:
            self._set_total(self._remember_count(query, self._counts_version, count()))
            return
        generation = self._generation
        version = self._counts_version
        tasks = self._tasks

        def counted(total: int) -> None:
            self._remember_count(query, version, total)
            if generation == self._generation:  # not overtaken by a newer query
                self._set_total(total)

        release = tasks.hold()  # pending from now on, though started after the paint

        def start() -> None:
            release()
            if generation == self._generation:  # a newer query counts for itself
                tasks.run(lambda _progress: count(), counted)

        if self.start_count is None:
            start()
        else:
            self.start_count(start)

    def _remember_count(self, query: Any, version: int, total: int) -> int:
        """Keep a count taken while the data stayed as it is now."""
        if self.keep_counts and version == self._counts_version:
            if len(self._counts) >= COUNTS_KEPT:
                self._counts.clear()
            self._counts[query] = total
        return total

    def forget_counts(self) -> None:
        """The data changed: every kept count may be wrong now."""
        self._counts.clear()
        self._counts_version += 1

    def _set_total(self, total: int) -> None:
        self._total = max(total, self._loaded)
        self.total_changed.emit()

    @property
    def loaded(self) -> bool:
        """Whether the rows were ever read (a list not shown yet has not)."""
        return self._ever_loaded

    @property
    def total(self) -> int | None:
        """Rows matching the query in the database; None while still being counted."""
        return self._total

    def _append(self, rows: list[R]) -> None:
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if not rows:
            return
        self._starts.append(self._next)
        self._next = rows[-1].cursor
        self._remember(len(self._starts) - 1, rows)
        self._loaded += len(rows)

    def _remember(self, page_number: int, rows: list[R]) -> None:
        self._pages[page_number] = rows
        self._texts[page_number] = [None] * len(rows)
        self._pages.move_to_end(page_number)
        while len(self._pages) > self.CACHED_PAGES:
            dropped, _rows = self._pages.popitem(last=False)
            del self._texts[dropped]

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or self._exhausted:
            return
        rows = self.query_page(self._next, PAGE_SIZE)
        if not rows:
            self._exhausted = True
            return
        first = self._loaded
        self.beginInsertRows(_ROOT, first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()
        if self._exhausted and self._total != self._loaded:
            self._set_total(self._loaded)

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
        """The row of a record among the pages in memory; None when it is not there.

        Never reads further pages: a record far down a list of 100 000 (or not in it at all)
        would otherwise mean reading every page before it.
        """
        for page_number, rows in self._pages.items():
            for offset, record in enumerate(rows):
                if record.id == record_id:
                    return page_number * PAGE_SIZE + offset
        return None

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # The fast path of every painted cell: unserved roles first, then cached texts.
        if role not in self._served or not index.isValid():
            return none()
        row = index.row()
        column = index.column()
        if role == _DISPLAY:
            shown = self.display_text(row, column)
            return none() if shown is None else shown
        if role == _ALIGNMENT:
            return self._alignments[column] if column < len(self._alignments) else none()
        if role == _HIGHLIGHT:
            if column >= len(self.columns):
                return none()
            return self.search_text if self.columns[column].highlight else ""
        record = self.row_at(row)
        if record is None or column >= len(self.columns):
            return none()
        if role == _ID:
            return record.id
        if role == _ROW:
            return record
        column_spec = self.columns[column]
        if role == _TOOLTIP and column_spec.tooltip is not None:
            tip = column_spec.tooltip(record)
            return none() if tip is None else tip
        if role == _FOREGROUND and column_spec.warn is not None:
            return warning_colour() if column_spec.warn(record) else none()
        return none()

    def display_text(self, row: int, column: int) -> str | None:
        """The text shown in a cell (None outside the rows read); the delegate's fast path."""
        page_number, offset = divmod(row, PAGE_SIZE)
        texts = self._texts.get(page_number)
        if texts is None or offset >= len(texts):
            self.row_at(row)  # fetches a dropped page again
            texts = self._texts.get(page_number)
            if texts is None or offset >= len(texts):
                return None
        self._pages.move_to_end(page_number)
        shown = texts[offset]
        if shown is None:
            listed = self._pages[page_number][offset]
            shown = texts[offset] = tuple(c.display(listed) for c in self.columns)
        return shown[column] if 0 <= column < len(shown) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return none()
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return none()

    # flags(): QAbstractTableModel's own (enabled, selectable, no children) without a call into
    # Python for every painted cell.

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

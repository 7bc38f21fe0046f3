"""Table models of the session and action lists: they page from the database, never load all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from partnerdesk.services.records import ActionRow, SessionRow
from partnerdesk.ui import formatting
from partnerdesk.ui.labels import label as vocabulary

R = TypeVar("R")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Holds only the pages that were shown; ``fetch_page(offset, limit)`` reads one from SQL."""

    headers: ClassVar[tuple[object, ...]] = ()  # QT_TRANSLATE_NOOP marks, typed object

    def __init__(self) -> None:
        super().__init__()
        self._count = 0
        self._pages: dict[int, list[R]] = {}
        self._fetch_page: Callable[[int, int], list[R]] = lambda _o, _l: []

    def reset(self, count: int, fetch_page: Callable[[int, int], list[R]]) -> None:
        """Show a new result: ``count`` rows, read page by page with ``fetch_page``."""
        self.beginResetModel()
        self._count = count
        self._pages = {}
        self._fetch_page = fetch_page
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            if len(self._pages) > 20:  # keep memory flat while scrolling far
                self._pages.clear()
            self._pages[page] = self._fetch_page(page * PAGE_SIZE, PAGE_SIZE)
        rows = self._pages[page]
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return QCoreApplication.translate(type(self).__name__, str(self.headers[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole text of a cell the column cuts short
            return self.cell(row, index.column(), Qt.ItemDataRole.DisplayRole) or None
        return self.cell(row, index.column(), role)

    def cell(self, row: R, column: int, role: int) -> Any:
        raise NotImplementedError


class SessionTableModel(PagedTableModel[SessionRow]):
    DATE, TITLE, KIND, STATUS, ORGANISER, PLACE, PARTICIPANTS = range(7)
    headers = (
        QT_TRANSLATE_NOOP("SessionTableModel", "Date and time"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Title"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Kind"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Status"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Organiser"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Online or location"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Participants"),
    )

    def cell(self, row: SessionRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.DATE:
            return formatting.period(row.starts_at, row.ends_at)
        if column == self.TITLE:
            return row.title
        if column == self.KIND:
            return vocabulary(row.kind)
        if column == self.STATUS:
            return vocabulary(row.status)
        if column == self.ORGANISER:
            return row.organiser_name or ""
        if column == self.PLACE:
            online = QCoreApplication.translate("SessionTableModel", "Online")
            if row.online:
                return f"{online} ({row.location})" if row.location else online
            return row.location or ""
        if column == self.PARTICIPANTS:
            return QLocale().toString(row.participant_count)
        return None


class ActionTableModel(PagedTableModel[ActionRow]):
    DESCRIPTION, OWNER, DUE, STATUS, LINKED = range(5)
    headers = (
        QT_TRANSLATE_NOOP("ActionTableModel", "Action"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Due date"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Status"),
        QT_TRANSLATE_NOOP("ActionTableModel", "Linked to"),
    )

    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self._today = today

    def cell(self, row: ActionRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.overdue
            and column
            in (
                self.DUE,
                self.STATUS,
            )
        ):
            return overdue_brush()
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == self.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.DESCRIPTION:
            return row.description
        if column == self.OWNER:
            return row.owner_name or ""
        if column == self.DUE:
            return formatting.date(row.due_on)
        if column == self.STATUS:
            if row.overdue:
                days = (self._today() - row.due_on).days if row.due_on else 0
                return formatting.count_text(
                    days,
                    QCoreApplication.translate("ActionTableModel", "Overdue (1 day)"),
                    QCoreApplication.translate("ActionTableModel", "Overdue (%1 days)"),
                )
            return vocabulary(row.status)
        if column == self.LINKED:
            return row.linked_to or ""
        return None


def overdue_brush() -> QBrush:
    """A red readable on the current theme (the palette has no "warning" role)."""
    palette = QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QBrush(QColor("#ff8a80") if dark else QColor("#b00020"))

"""A table over an in-memory list of records: the shape of every small list in dialogs and pages."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Record = TypeVar("Record")
DISPLAY = Qt.ItemDataRole.DisplayRole


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """One record a row; a subclass names the columns and says what each cell shows.

    For lists of at most a few thousand records that a service hands over whole (backups,
    merges, the partners of a wave); the long lists page from the database instead
    (``paged_table_model``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Record] = []

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated when asked (the language can change)."""
        raise NotImplementedError

    def cell(self, record: Record, column: int, role: int) -> object:
        """What ``record`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError

    def set_rows(self, rows: list[Record]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> Record:
        return self.rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

"""The main window: navigation on the left, the chosen page on the right."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView

from partnerdesk.services.organisations import list_organisation_names
from partnerdesk.ui.context import AppContext


class _NamesModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[int, str]]) -> None:
        super().__init__()
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()][1]
        return None


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("partnerdesk"))
        view = QTableView()
        view.setModel(_NamesModel(list_organisation_names(context.db.uow())))
        self.setCentralWidget(view)
        self.resize(1100, 700)

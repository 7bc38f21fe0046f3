"""A list model that returns None for unanswered roles must not wear None out (PySide6 6.12)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from partnerdesk.ui.qt_workarounds import none_safe

Index = QModelIndex | QPersistentModelIndex


class _Model(QAbstractTableModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5_000

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    @none_safe
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return f"{index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    @none_safe
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return None


def test_scrolling_a_long_list_keeps_the_reference_count_of_none(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(_Model())
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    before = sys.getrefcount(None)
    bar = view.verticalScrollBar()
    for step in range(0, 5_000, 50):
        bar.setValue(step)
        view.viewport().repaint()
    index = view.model().index(0, 0)
    for _ in range(1_000):
        index.data(Qt.ItemDataRole.ToolTipRole)  # through Qt, as a view asks
    assert sys.getrefcount(None) >= before

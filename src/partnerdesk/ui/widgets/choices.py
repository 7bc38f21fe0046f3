"""Pickers of records by name (organisations, people, sessions) that find what is typed anywhere
in a name, and lists of chosen records, shared by the session, action and contact moment dialogs
and the filters of their pages; a table cell edited with a drop-down of choices."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from partnerdesk.services.records import ParticipantChoice


def person_label(choice: ParticipantChoice) -> str:
    """A person as a picker shows them: the name, and where they work when known."""
    return f"{choice.name} — {choice.works_at}" if choice.works_at else choice.name


def fill_choices(
    combo: QComboBox,
    items: Iterable[tuple[int, str]],
    none_text: str | None = None,
    *,
    popup: bool = False,
) -> None:
    """Add (id, text) items, after a ``none_text`` item meaning "none" when given; typing then
    finds the items containing the text, not only those starting with it (``popup``: in a list)."""
    if none_text is not None:
        combo.addItem(none_text, None)
    for item_id, text in items:
        combo.addItem(text, item_id)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        if popup:
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)


def choice_combo(
    items: Iterable[tuple[int, str]], none_text: str | None = None, *, popup: bool = False
) -> QComboBox:
    """An editable picker of (id, text) items that adds nothing typed to its list."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    fill_choices(combo, items, none_text, popup=popup)
    return combo


def refill_choices(combo: QComboBox, items: Iterable[tuple[int, str]], none_text: str) -> None:
    """Fill a filter picker anew (``none_text``: no filter), keeping what was chosen when it is
    still there, without signalling a change (the caller refreshes once)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    fill_choices(combo, items, none_text)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class IdList(QListWidget):
    """Chosen records shown by name, each item holding its record's id; a record is listed once."""

    def ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.count())
        )

    def add_id(self, record_id: int, text: str) -> bool:
        """List the record; False when it already was."""
        if record_id in self.ids():
            return False
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.addItem(item)
        return True

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.takeItem(row)


class ChoiceDelegate(QStyledItemDelegate):
    """A table cell edited with a drop-down of (text, value) choices; the model's EditRole
    holds the value."""

    def choices(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[str, object]]:
        """The choices the cell at ``index`` offers, in the order shown."""
        raise NotImplementedError

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for text, value in self.choices(index):
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if position >= 0 and position != editor.currentIndex():
            editor.blockSignals(True)  # showing the stored value is no choice of the user's
            editor.setCurrentIndex(position)
            editor.blockSignals(False)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

"""Editors the session dialog is built from: ordered text lists, a people picker, participants."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import Attendance
from partnerdesk.domain.text import fold
from partnerdesk.services.records import ParticipantChoice, ParticipantDraft
from partnerdesk.ui import formatting
from partnerdesk.ui.labels import label as vocabulary

MAX_PICKER_ROWS = 200


class _OrderedListWidget(QListWidget):
    """A list that moves its current item with Ctrl+Up/Down and removes it with Delete."""

    move_requested = Signal(int)
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
        elif event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


class OrderedTextList(QWidget):
    """An ordered list of texts: add, edit in place, remove, reorder by drag or Ctrl+Up/Down."""

    changed = Signal()

    def __init__(self, add_label: str, empty_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = _OrderedListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(self.tr("Drag to reorder, or press Ctrl+Up / Ctrl+Down"))
        self.list.model().rowsMoved.connect(self._renumber)
        self.list.itemChanged.connect(self._item_changed)
        self.hint = QLabel(empty_hint)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.add_button = QPushButton(add_label)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.move_requested.connect(self.move_current)
        self.list.remove_requested.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def texts(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
        )

    def set_texts(self, texts: tuple[str, ...]) -> None:
        self.list.clear()
        for text in texts:
            self._append(text)
        self._renumber()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
        self.list.addItem(item)
        return item

    def add_item(self, text: str | None = None) -> None:
        """Add a text (asks for it when none is given) below the current one."""
        if not isinstance(text, str):
            text, ok = QInputDialog.getMultiLineText(self, self.add_button.text(), self.tr("Text"))
            if not ok:
                return
        text = text.strip()
        if not text:
            return
        item = self._append(text)
        self.list.setCurrentItem(item)
        self._renumber()
        self.changed.emit()

    def edit_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._renumber()
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._renumber()
        self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        shown = item.text()
        prefix = f"{self.list.row(item) + 1}. "
        text = shown[len(prefix) :] if shown.startswith(prefix) else shown
        text = text.strip()
        if text and text != item.data(Qt.ItemDataRole.UserRole):
            item.setData(Qt.ItemDataRole.UserRole, text)
            self.changed.emit()
        self._renumber()

    def _renumber(self, *_args: object) -> None:
        """Show "1. text" so the order is visible (and printed the same way in the brief)."""
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(f"{i + 1}. {item.data(Qt.ItemDataRole.UserRole)}")
        self.list.blockSignals(False)
        self.hint.setVisible(self.list.count() == 0)
        self._update_buttons()
        if _args:
            self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        has = row >= 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.list.count() - 1)


class PeoplePickerDialog(QDialog):
    """Pick one or more people by typing part of a name or organisation."""

    def __init__(
        self,
        choices: list[ParticipantChoice],
        title: str,
        exclude: set[int] = frozenset(),  # type: ignore[assignment]
        *,
        multiple: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._choices = [c for c in choices if c.id not in exclude]
        self._folded = [fold(f"{c.name} {c.works_at or ''}") for c in self._choices]
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name or organisation"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.count = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self._filter("")
        self.resize(520, 480)

    def _filter(self, text: str) -> None:
        # every typed word must occur, in any order: "jan berg" finds "Berg, Jan van den"
        words = fold(text).split()
        self.list.clear()
        matches = 0
        for choice, folded in zip(self._choices, self._folded, strict=True):
            if not all(word in folded for word in words):
                continue
            matches += 1
            if matches > MAX_PICKER_ROWS:
                continue
            side = self.tr("Ministry") if choice.is_internal else self.tr("Partner")
            where = f" — {choice.works_at}" if choice.works_at else ""
            item = QListWidgetItem(f"{choice.name}{where} ({side})")
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.list.addItem(item)
        if matches > MAX_PICKER_ROWS:
            self.count.setText(
                self.tr(
                    "%1 people match; showing the first 200. Type more to narrow down."
                ).replace("%1", QLocale().toString(matches))
            )
        else:
            self.count.setText(
                formatting.count_text(
                    matches, self.tr("1 person matches"), self.tr("%1 people match")
                )
            )
        if self.list.count():
            self.list.setCurrentRow(0)

    def selected_ids(self) -> list[int]:
        items = self.list.selectedItems() or (
            [self.list.currentItem()] if self.list.currentItem() else []
        )
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items]


class ParticipantsEditor(QWidget):
    """Participants of a session with their role and attendance; people from both sides."""

    NAME, SIDE, WORKS_AT, ROLE, ATTENDANCE = range(5)
    changed = Signal()

    def __init__(self, choices: list[ParticipantChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = {c.id: c for c in choices}
        self._all = choices
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Side"),
                self.tr("Organisation or directorate"),
                self.tr("Role in the session"),
                self.tr("Attendance"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.ROLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.count = QLabel()
        self.empty = QLabel(
            self.tr("No participants yet — Add participants to pick people from both sides.")
        )
        self.empty.setEnabled(False)
        self.add_button = QPushButton(self.tr("Add participants…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update()

    def pick(self) -> None:
        dialog = PeoplePickerDialog(
            self._all, self.tr("Add participants"), set(self.person_ids()), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            for person_id in dialog.selected_ids():
                self.add_participant(ParticipantDraft(person_id))

    def person_ids(self) -> list[int]:
        return [
            int(self._text(r, self.NAME).data(Qt.ItemDataRole.UserRole))
            for r in range(self.table.rowCount())
        ]

    def add_participant(self, draft: ParticipantDraft) -> None:
        if draft.person_id is None or draft.person_id in self.person_ids():
            return
        choice = self._choices.get(draft.person_id)
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        name = QTableWidgetItem(choice.name if choice else str(draft.person_id))
        name.setData(Qt.ItemDataRole.UserRole, draft.person_id)
        fixed = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        name.setFlags(fixed)
        side = QTableWidgetItem(
            (self.tr("Ministry") if choice.is_internal else self.tr("Partner")) if choice else ""
        )
        side.setFlags(fixed)
        works = QTableWidgetItem((choice.works_at or "") if choice else "")
        works.setFlags(fixed)
        self.table.setItem(row, self.NAME, name)
        self.table.setItem(row, self.SIDE, side)
        self.table.setItem(row, self.WORKS_AT, works)
        self.table.setItem(row, self.ROLE, QTableWidgetItem(draft.role or ""))
        combo = QComboBox()
        for value in Attendance:
            combo.addItem(vocabulary(value), value)
        combo.setCurrentIndex(combo.findData(draft.attendance))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, self.ATTENDANCE, combo)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(self.NAME)
        self.table.resizeColumnToContents(self.WORKS_AT)
        self._update()
        self.changed.emit()

    def set_role(self, person_id: int, role: str) -> None:
        row = self.person_ids().index(person_id)
        self._text(row, self.ROLE).setText(role)

    def set_attendance(self, person_id: int, value: Attendance) -> None:
        row = self.person_ids().index(person_id)
        combo = self.table.cellWidget(row, self.ATTENDANCE)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(value))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._update()
        self.changed.emit()

    def participants(self) -> tuple[ParticipantDraft, ...]:
        result = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, self.ATTENDANCE)
            assert isinstance(combo, QComboBox)
            result.append(
                ParticipantDraft(
                    int(self._text(row, self.NAME).data(Qt.ItemDataRole.UserRole)),
                    self._text(row, self.ROLE).text().strip() or None,
                    Attendance(combo.currentData()),
                )
            )
        return tuple(result)

    def _update(self) -> None:
        count = self.table.rowCount()
        internal = sum(
            1 for pid in self.person_ids() if (c := self._choices.get(pid)) and c.is_internal
        )
        self.count.setText(
            formatting.count_text(count, self.tr("1 participant"), self.tr("%1 participants"))
            + " · "
            + self.tr("ministry %1, partners %2")
            .replace("%1", QLocale().toString(internal))
            .replace("%2", QLocale().toString(count - internal))
        )
        self.empty.setVisible(count == 0)
        self.remove_button.setEnabled(count > 0)

    def _text(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

"""Managing sectors or target groups: name, description, priority and (sectors) estimated size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import Priority
from partnerdesk.errors import UserError
from partnerdesk.services import reference
from partnerdesk.services.records import (
    SectorDraft,
    SectorRecord,
    TargetGroupDraft,
    TargetGroupRecord,
)
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import number
from partnerdesk.ui.labels import label


class ReferenceDialog(QDialog):
    """A list of sectors (or target groups) beside a form for the chosen one."""

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert kind in ("sector", "target_group")
        self.context = context
        self.kind = kind
        self._records: list[SectorRecord | TargetGroupRecord] = []
        self._current: SectorRecord | TargetGroupRecord | None = None
        self.setWindowTitle(self.tr("Sectors") if kind == "sector" else self.tr("Target groups"))

        self.count_label = QLabel()
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._row_changed)
        self.new_button = QPushButton(self.tr("New"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self._new)
        self.delete_button.clicked.connect(self._delete)
        left = QVBoxLayout()
        left.addWidget(self.count_label)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)

        self.name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(label(priority), priority)
        self.size_input = QSpinBox()
        self.size_input.setRange(0, 2_000_000_000)
        self.size_input.setGroupSeparatorShown(True)
        self.size_input.setSpecialValueText(self.tr("unknown"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Priority"), self.priority)
        if kind == "sector":
            form.addRow(self.tr("Estimated &size (people)"), self.size_input)
        else:
            self.size_input.hide()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self._save)
        form.addRow("", self.save_button)

        body = QHBoxLayout()
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.list.setMinimumWidth(340)
        self.description.setMaximumHeight(120)
        self.resize(860, 420)
        self._reload()

    def _reload(self, select_id: int | None = None) -> None:
        uow = self.context.db.uow()
        self._records = list(
            reference.list_sectors(uow)
            if self.kind == "sector"
            else reference.list_target_groups(uow)
        )
        self.list.blockSignals(True)
        self.list.clear()
        for record in self._records:
            text = f"{record.name} ({label(record.priority)})"
            if isinstance(record, SectorRecord) and record.estimated_size:
                text += f" — {number(record.estimated_size)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        count = len(self._records)
        if self.kind == "sector":
            self.count_label.setText(self.tr("%1 sectors").replace("%1", str(count)))
        else:
            self.count_label.setText(self.tr("%1 target groups").replace("%1", str(count)))
        rows = [i for i, r in enumerate(self._records) if r.id == select_id]
        if rows:
            self.list.setCurrentRow(rows[0])
        elif self._records:
            self.list.setCurrentRow(0)
        else:
            self._new()

    def _row_changed(self, row: int) -> None:
        if row < 0 or row >= len(self._records):
            return
        record = self._records[row]
        self._current = record
        self.name.setText(record.name)
        self.description.setPlainText(record.description or "")
        self.priority.setCurrentIndex(self.priority.findData(record.priority))
        self.size_input.setValue(
            record.estimated_size or 0 if isinstance(record, SectorRecord) else 0
        )
        self.delete_button.setEnabled(True)

    def _new(self) -> None:
        self._current = None
        self.list.clearSelection()
        self.name.clear()
        self.description.clear()
        self.priority.setCurrentIndex(self.priority.findData(Priority.MEDIUM))
        self.size_input.setValue(0)
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def _save(self) -> None:
        priority = self.priority.currentData()
        current = self._current
        try:
            if self.kind == "sector":
                saved: SectorRecord | TargetGroupRecord = reference.save_sector(
                    self.context.db.uow(),
                    SectorDraft(
                        self.name.text(),
                        self.description.toPlainText(),
                        priority,
                        self.size_input.value() or None,
                    ),
                    current.id if current else None,
                    current.version if current else None,
                )
            else:
                saved = reference.save_target_group(
                    self.context.db.uow(),
                    TargetGroupDraft(self.name.text(), self.description.toPlainText(), priority),
                    current.id if current else None,
                    current.version if current else None,
                )
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.events.data_changed.emit(self.kind)
        self._reload(saved.id)

    def _delete(self) -> None:
        current = self._current
        if current is None:
            return
        question = self.tr(
            "Delete “%1”? Organisations keep their other data but lose this link."
        ).replace("%1", current.name)
        if not messages.confirm(self, question, self.tr("Delete")):
            return
        try:
            if self.kind == "sector":
                reference.delete_sector(self.context.db.uow(), current.id)
            else:
                reference.delete_target_group(self.context.db.uow(), current.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.events.data_changed.emit(self.kind)
        self._reload()

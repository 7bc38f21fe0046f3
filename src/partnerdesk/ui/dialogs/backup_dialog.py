"""Backups: the list (date, reason, size), back up now, restore, and how many to keep."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.errors import UserError
from partnerdesk.persistence import backup as backups
from partnerdesk.persistence.backup import BackupInfo
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.models.record_table_model import RecordTableModel


def reason_text(reason: str) -> str:
    """The coordinator's words for why a backup was taken."""
    known = {
        "manual": QCoreApplication.translate("BackupDialog", "Made by hand"),
        "daily": QCoreApplication.translate("BackupDialog", "Daily"),
        "before-upgrade": QCoreApplication.translate(
            "BackupDialog", "Before an update of partnerdesk"
        ),
        "before-import": QCoreApplication.translate("BackupDialog", "Before an import"),
        "before-restore": QCoreApplication.translate("BackupDialog", "Before a restore"),
    }
    return known.get(reason, reason.replace("-", " "))


def when_text(taken: dt.datetime, long: bool = False) -> str:
    """A backup's time the way the locale writes it."""
    locale = QLocale()
    day = QDate(taken.year, taken.month, taken.day)
    time = QTime(taken.hour, taken.minute, taken.second)
    if long:
        return (
            locale.toString(day, QLocale.FormatType.LongFormat)
            + " "
            + locale.toString(time, QLocale.FormatType.ShortFormat)
        )
    return locale.toString(QDateTime(day, time), QLocale.FormatType.ShortFormat)


class BackupTableModel(RecordTableModel[BackupInfo]):
    """Backups, newest first: when, why, size."""

    TAKEN, REASON, SIZE = range(3)
    PathRole = Qt.ItemDataRole.UserRole + 1

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("BackupDialog", "Taken"),
            QCoreApplication.translate("BackupDialog", "Reason"),
            QCoreApplication.translate("BackupDialog", "Size"),
        )

    def cell(self, info: BackupInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TAKEN:
                return when_text(info.taken_at)
            if column == self.REASON:
                return reason_text(info.reason)
            return QLocale().formattedDataSize(
                info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.PathRole:
            return str(info.path)
        return None


class BackupDialog(QDialog):
    """Lists the backups of the open data file; restoring first backs up the current state."""

    #: a backup was put in place (the path of the backup made of the state before)
    restored = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Backups"))
        self.model = BackupTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupTableModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.restore_selected)
        self.count_label = QLabel()
        self.empty_label = QLabel(
            self.tr(
                "No backups yet. partnerdesk makes one every day at start and before "
                "imports and updates; “Back up now” makes one straight away."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setValue(context.db.backup_keep)
        self.keep_spin.valueChanged.connect(self._keep_changed)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep the newest")))
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(QLabel(self.tr("backups; older ones are removed.")))
        keep_row.addStretch(1)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        where = QLabel(
            self.tr("Backups are kept in {folder}").format(folder=context.paths.backup_dir)
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(where)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(620, 420)
        self.refresh()

    @property
    def backup_dir(self) -> Path:
        return self.context.db.backup_dir or self.context.paths.backup_dir

    def refresh(self) -> None:
        rows = backups.list_backups(self.backup_dir)
        self.model.set_rows(rows)
        count = len(rows)
        self.count_label.setText(
            self.tr("1 backup")
            if count == 1
            else self.tr("{count} backups").format(count=QLocale().toString(count))
        )
        self.view.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        if count:
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def _keep_changed(self, value: int) -> None:
        self.context.prefs.backup_keep = value
        self.context.db.backup_keep = value

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)

    def back_up_now(self) -> None:
        db = self.context.db
        self._busy(True)
        self.context.tasks.run(
            lambda _progress: db.backup(reason="manual"),
            self._backed_up,
            self._failed,
            writes=True,
        )

    def _backed_up(self, path: object) -> None:
        self._busy(False)
        self.refresh()
        self.context.events.status_message.emit(self.tr("Backup made."))

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.refresh()
        if isinstance(error, UserError):
            messages.show_error(self, error)
        else:
            raise error

    def restore_selected(self) -> None:
        selected = self.view.selectionModel().selectedRows()
        if not selected:
            return
        info = self.model.row_at(selected[0].row())
        when = when_text(info.taken_at, long=True)
        question = self.tr(
            "Put back the data as it was on {when}?\n\n"
            "Changes made since then are not lost: partnerdesk first makes a backup of the "
            "current data, which you can restore the same way."
        ).format(when=when)
        if not messages.confirm(self, question, self.tr("Restore")):
            return
        db = self.context.db
        self._busy(True)
        self.context.tasks.run(
            lambda _progress: db.restore_from(info.path),
            self._restored,
            self._failed,
            writes=True,
        )

    def _restored(self, safety: object) -> None:
        self._busy(False)
        self.context.undo_stack.clear()
        self.context.events.everything_changed()
        self.context.events.status_message.emit(
            self.tr("Backup restored; the data from before was saved as a backup.")
        )
        self.refresh()
        self.restored.emit(str(safety))

"""Personal data: people inactive past the retention period, proposed for erasure; and the
erase and access-request (inzageverzoek) actions for one person, for the People page to call."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
from partnerdesk.services import privacy
from partnerdesk.services.privacy import InactivePerson
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.models.record_table_model import RecordTableModel

#: pages that show people, sessions or actions reload after an erasure
ERASE_TOUCHES = ("person", "dialogue_session", "action", "contact_moment", "organisation")


def date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class InactivePeopleModel(RecordTableModel[InactivePerson]):
    """People proposed for erasure: name, organisation, last activity."""

    NAME, ORGANISATION, LAST_ACTIVITY = range(3)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("PrivacyDialog", "Name"),
            QCoreApplication.translate("PrivacyDialog", "Organisation"),
            QCoreApplication.translate("PrivacyDialog", "Last activity"),
        )

    def cell(self, person: InactivePerson, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name or QCoreApplication.translate("PrivacyDialog", "(no name)")
            if column == self.ORGANISATION:
                return person.organisation or ""
            return date_text(person.last_activity)
        if role == self.IdRole:
            return person.id
        return None


class PrivacyDialog(QDialog):
    """Proposes people for erasure once the retention period has passed without activity."""

    #: people were erased (how many)
    erased = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Personal data"))
        intro = QLabel(
            self.tr(
                "Personal data is kept only as long as it is needed. People without a session, "
                "contact moment, action or change during the retention period are listed here, "
                "to be erased."
            )
        )
        intro.setWordWrap(True)
        self.months = QSpinBox()
        self.months.setRange(1, 240)
        self.months.setValue(context.prefs.retention_months)
        self.months.setSuffix(self.tr(" months"))
        self.months.valueChanged.connect(self._months_changed)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Retention period:")))
        period.addWidget(self.months)
        period.addStretch(1)
        self.count_label = QLabel()
        self.model = InactivePeopleModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InactivePeopleModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.erase_button = QPushButton(self.tr("Erase selected…"))
        self.erase_button.clicked.connect(self.erase_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Erasing removes the name, contact details, notes and links everywhere, history "
                "included; sessions show “participant removed”. Backups made before keep the "
                "data until they are rotated out."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(640, 460)
        self.refresh()

    def refresh(self) -> None:
        months = self.months.value()
        db = self.context.db
        self.erase_button.setEnabled(False)
        self.context.tasks.run(
            lambda _progress: privacy.inactive_people(db.uow(), months), self._show, self._failed
        )

    def _show(self, rows: object) -> None:
        assert isinstance(rows, list)
        self.model.set_rows(rows)
        count = len(rows)
        self.count_label.setText(
            self.tr("1 person proposed for erasure")
            if count == 1
            else self.tr("{count} people proposed for erasure").format(
                count=QLocale().toString(count)
            )
        )
        self.empty_label.setText(
            self.tr(
                "No one has been inactive for {months} months: there is nothing to erase now."
            ).format(months=self.months.value())
        )
        self.view.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.erase_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def _months_changed(self, value: int) -> None:
        self.context.prefs.retention_months = value
        self.refresh()

    def selected_ids(self) -> list[int]:
        return [
            int(index.data(InactivePeopleModel.IdRole))
            for index in self.view.selectionModel().selectedRows()
        ]

    def erase_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        question = (
            (
                self.tr("Erase the personal data of 1 person?")
                if len(ids) == 1
                else self.tr("Erase the personal data of {count} people?").format(count=len(ids))
            )
            + "\n\n"
            + self.tr("This cannot be undone.")
        )
        if not messages.confirm(self, question, self.tr("Erase")):
            return
        db = self.context.db
        self.erase_button.setEnabled(False)
        self.context.tasks.run(
            lambda _progress: privacy.erase_people(db.uow(), ids),
            self._erased,
            self._failed,
            writes=True,
        )

    def _erased(self, count: object) -> None:
        assert isinstance(count, int)
        announce_erasure(self.context, count)
        self.erased.emit(count)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, UserError):
            messages.show_error(self, error)
        else:
            raise error


def announce_erasure(context: AppContext, count: int) -> None:
    """Pages reload, undo history is dropped (it could bring the data back), status says so."""
    context.undo_stack.clear()
    for entity in ERASE_TOUCHES:
        context.events.data_changed.emit(entity)
    context.events.status_message.emit(
        QCoreApplication.translate("PrivacyDialog", "Personal data of 1 person erased.")
        if count == 1
        else QCoreApplication.translate(
            "PrivacyDialog", "Personal data of {count} people erased."
        ).format(count=count)
    )


def erase_person_interactively(context: AppContext, person_id: int, parent: QWidget) -> None:
    """People page: "Erase personal data…" after a confirmation; runs on the writing worker."""
    question = QCoreApplication.translate(
        "PrivacyDialog",
        "Erase this person's personal data everywhere? The name, contact details, notes and "
        "links are removed, history included; sessions show “participant removed”.\n\n"
        "This cannot be undone.",
    )
    if not messages.confirm(parent, question, QCoreApplication.translate("PrivacyDialog", "Erase")):
        return
    db = context.db

    def failed(error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        messages.show_error(parent, error)

    context.tasks.run(
        lambda _progress: privacy.erase_people(db.uow(), [person_id]),
        lambda count: announce_erasure(context, int(count)),
        failed,
        writes=True,
    )


def export_person_interactively(context: AppContext, person_id: int, parent: QWidget) -> None:
    """People page: "Export personal data (access request)…" to a workbook the user chooses."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrivacyDialog", "Save the access request"),
        str(Path.home() / QCoreApplication.translate("PrivacyDialog", "access-request.xlsx")),
        QCoreApplication.translate("PrivacyDialog", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return
    target = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
    language = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
    db = context.db

    def failed(error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        messages.show_error(parent, error)

    context.tasks.run(
        lambda _progress: privacy.export_person(db.uow(), person_id, target, language),
        lambda path: context.events.status_message.emit(
            QCoreApplication.translate("PrivacyDialog", "Access request saved as {name}.").format(
                name=Path(str(path)).name
            )
        ),
        failed,
    )

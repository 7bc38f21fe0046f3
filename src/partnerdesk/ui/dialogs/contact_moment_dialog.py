"""Contact moments: the quick log (date, channel, summary, people) and the list an organisation or
person page embeds as a tab. Both live here so their texts sit in the sessions catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import ContactChannel
from partnerdesk.errors import UserError
from partnerdesk.services import contact_moments as moment_service
from partnerdesk.services.organisations import list_organisation_names
from partnerdesk.services.records import ContactMomentDraft, ContactMomentRecord
from partnerdesk.services.sessions import participant_choices
from partnerdesk.ui import formatting, messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.session_widgets import PeoplePickerDialog
from partnerdesk.ui.dialogs.undoable_save import SaveSteps, save_undoable
from partnerdesk.ui.labels import label as vocabulary
from partnerdesk.ui.widgets.choices import IdList, choice_combo, person_label

ENTITY = "contact_moment"


# Undo of logging a contact moment deletes it; redo logs it again
MOMENT_SAVES = SaveSteps(
    # "last contact" of organisations derives from contact moments
    entities=(ENTITY, "organisation"),
    save=moment_service.save_contact_moment,
    delete=moment_service.delete_contact_moment,
    describe=lambda _before, _after: QCoreApplication.translate(
        "ContactMomentDialog", "Log contact moment"
    ),
)


class ContactMomentDialog(QDialog):
    """Log a call, e-mail, visit or event with an organisation and/or people."""

    def __init__(
        self,
        context: AppContext,
        organisation_id: int | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: ContactMomentRecord | None = None
        self.setWindowTitle(self.tr("Log contact moment"))
        self.choices = participant_choices(context.db.uow())
        self._names = {c.id: c for c in self.choices}
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate.currentDate().addDays(1))
        self.channel = QComboBox()
        for channel in ContactChannel:
            self.channel.addItem(vocabulary(channel), channel)
        self.organisation = choice_combo(
            list_organisation_names(context.db.uow()), self.tr("(none)")
        )
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(organisation_id)))
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was discussed or agreed"))
        self.people = IdList()
        self.people.setMaximumHeight(110)
        add_people = QPushButton(self.tr("Add people…"))
        remove_person = QPushButton(self.tr("Remove"))
        add_people.clicked.connect(self._pick_people)
        remove_person.clicked.connect(self.people.remove_current)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(add_people)
        people_buttons.addWidget(remove_person)
        people_buttons.addStretch()
        people_box = QVBoxLayout()
        people_box.addWidget(self.people)
        people_box.addLayout(people_buttons)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("People"), people_box)
        form.addRow(self.tr("Summary"), self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if person_id is not None:
            self.add_person(person_id)
        self.summary.setFocus()
        self.resize(560, 460)

    def add_person(self, person_id: int) -> None:
        choice = self._names.get(person_id)
        self.people.add_id(person_id, person_label(choice) if choice else str(person_id))

    def person_ids(self) -> tuple[int, ...]:
        return self.people.ids()

    def _pick_people(self) -> None:
        dialog = PeoplePickerDialog(
            self.choices, self.tr("Add people"), set(self.person_ids()), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            for person_id in dialog.selected_ids():
                self.add_person(person_id)

    def draft(self) -> ContactMomentDraft:
        organisation = self.organisation.currentData()
        return ContactMomentDraft(
            happened_on=formatting.from_qdate(self.day.date()),
            channel=ContactChannel(self.channel.currentData()),
            summary=self.summary.toPlainText(),
            organisation_id=int(organisation) if organisation is not None else None,
            person_ids=self.person_ids(),
        )

    def save(self) -> None:
        try:
            record = save_undoable(self.context, MOMENT_SAVES, self.draft())
        except UserError as error:
            messages.show_error(self, error, self.tr("The contact moment was not saved"))
            return
        self.saved = record
        self.context.events.status_message.emit(self.tr("Contact moment logged"))
        self.accept()


def log_contact_moment(
    context: AppContext,
    parent: QWidget | None,
    organisation_id: int | None = None,
    person_id: int | None = None,
) -> bool:
    """Open the quick log for an organisation or a person; True when a moment was saved."""
    dialog = ContactMomentDialog(context, organisation_id, person_id, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None


class ContactMomentsWidget(QWidget):
    """The contact moments of one organisation or person, newest first, with a quick log."""

    DATE, CHANNEL, SUMMARY, WITH = range(4)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id: int | None = None
        self.person_id: int | None = None
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Contact moments"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Channel"), self.tr("Summary"), self.tr("With")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.count = QLabel()
        self.log_button = QPushButton(self.tr("Log contact moment…"))
        self.log_button.clicked.connect(self.log)
        row = QHBoxLayout()
        row.addWidget(self.log_button)
        row.addStretch()
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        context.events.data_changed.connect(self._data_changed)
        self._show([])

    @staticmethod
    def tab_title() -> str:
        """The title of the tab that shows this widget on an organisation or person."""
        return QCoreApplication.translate("ContactMomentsWidget", "Contact moments")

    def show_for(self, organisation_id: int | None = None, person_id: int | None = None) -> None:
        """Show the moments of this organisation or person (one of the two)."""
        self.organisation_id = organisation_id
        self.person_id = person_id
        self.refresh()

    def refresh(self) -> None:
        if self.organisation_id is None and self.person_id is None:
            self._show([])
            return
        moments = moment_service.list_contact_moments(
            self.context.db.uow(), organisation_id=self.organisation_id, person_id=self.person_id
        )
        self._show(moments)

    def _show(self, moments: list[ContactMomentRecord]) -> None:
        self.table.setRowCount(len(moments))
        for row, moment in enumerate(moments):
            with_whom = list(moment.person_names)
            if self.organisation_id is None and moment.organisation_name:
                with_whom.insert(0, moment.organisation_name)
            cells = (
                formatting.date(moment.happened_on),
                vocabulary(moment.channel),
                moment.summary or "",
                ", ".join(with_whom),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, moment.id)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(moments))
        self.empty.setVisible(not moments)
        self.empty.setText(
            self.tr("No contact moments yet — Log contact moment after a call, e-mail or visit.")
        )
        self.count.setText(
            formatting.count_text(
                len(moments), self.tr("1 contact moment"), self.tr("%1 contact moments")
            )
        )
        last = max((m.happened_on for m in moments), default=None)
        if last is not None:
            self.count.setText(
                self.count.text()
                + " · "
                + self.tr("last on %1").replace("%1", formatting.date(last))
            )
        self.log_button.setEnabled(self.organisation_id is not None or self.person_id is not None)

    def log(self) -> None:
        if log_contact_moment(self.context, self, self.organisation_id, self.person_id):
            self.refresh()

    def _data_changed(self, entity: str) -> None:
        if entity in (ENTITY, "person", "organisation"):
            self.refresh()

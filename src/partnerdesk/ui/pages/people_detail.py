"""The detail pane of a person: an editable form, their organisations (affiliations), history."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.dates import parse_date
from partnerdesk.domain.enums import LawfulBasis
from partnerdesk.errors import ValidationError
from partnerdesk.services import history, lists, organisations, people
from partnerdesk.services.records import AffiliationDraft, PersonDraft, PersonRecord
from partnerdesk.ui.commands import PEOPLE
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import date
from partnerdesk.ui.icons import icon
from partnerdesk.ui.labels import choices
from partnerdesk.ui.pages.organisations_detail import parse_tags
from partnerdesk.ui.widgets.contact_moments import ContactMomentsWidget
from partnerdesk.ui.widgets.detail_pane import DetailPane
from partnerdesk.ui.widgets.form import Form, error_colour
from partnerdesk.ui.widgets.history_view import HistoryView

#: the tab holding the organisations a person works at
AFFILIATIONS_TAB = 1
#: columns of the affiliations table
ORGANISATION, ROLE, PRIMARY, SINCE, UNTIL = range(5)


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _show_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` in ``edit``; one showing it already, with nothing to undo, is left alone.

    Choosing the first match while searching shows another person on most keystrokes, and
    each ``setText`` repaints its field, also when it stays empty.
    """
    if edit.text() != text or edit.isUndoAvailable():
        edit.setText(text)


class PersonDetail(DetailPane):
    """Shows one person (or a new one) for editing, with the organisations they work at."""

    services = PEOPLE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            QCoreApplication.translate(
                "PersonDetail", "Choose a person in the list, or press New to add one."
            ),
            parent,
        )
        self._organisation_names: dict[int, str] = {}
        self._picker_stale = True
        #: tabs of related records not read yet for the person shown
        self._related_unread: set[QWidget] = set()
        self.tag_names: list[str] = []
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.tabs.addTab(self._build_affiliations(), self.tr("Organisations"))
        self.contacts = ContactMomentsWidget(context)
        self.tabs.addTab(self.contacts, ContactMomentsWidget.tab_title())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.history = HistoryView()
        self.tabs.addTab(self.history, self.tr("History"))
        self._add_privacy_menu()

    # -- building -------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        self.form = Form()
        self.given_name = QLineEdit()
        self.name_particle = QLineEdit()
        self.name_particle.setPlaceholderText(self.tr("for example “van der”"))
        self.family_name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@organisation.nl")
        self.phone = QLineEdit()
        self.job_title = QLineEdit()
        self.is_internal = QCheckBox(self.tr("Works at our own ministry"))
        self.directorate = QLineEdit()
        self.public_role = QCheckBox(self.tr("Public role"))
        self.public_role.setToolTip(
            self.tr("A minister or spokesperson: the name is not redacted in Woo exports")
        )
        self.do_not_contact = QCheckBox(self.tr("Do not contact"))
        self.lawful_basis = QComboBox()
        self.lawful_basis.addItem(self.tr("(not recorded)"), None)
        for value, text in choices(LawfulBasis):
            self.lawful_basis.addItem(text, value)
        self.data_source = QLineEdit()
        self.data_source.setPlaceholderText(self.tr("where these details come from"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("separate tags with commas"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 5)

        self.form.add_row("given_name", self.tr("&Given name"), self.given_name)
        self.form.add_row("name_particle", self.tr("Name &particle"), self.name_particle)
        self.form.add_row("family_name", self.tr("&Family name"), self.family_name)
        self.form.add_row("email", self.tr("&E-mail"), self.email)
        self.form.add_row("phone", self.tr("P&hone"), self.phone)
        self.form.add_row("job_title", self.tr("&Job title"), self.job_title)
        self.form.add_row("is_internal", "", self.is_internal)
        self.form.add_row("directorate", self.tr("&Directorate"), self.directorate)
        self.form.add_row("public_role", "", self.public_role)
        self.form.add_row("do_not_contact", "", self.do_not_contact)
        self.form.add_row("lawful_basis", self.tr("&Lawful basis"), self.lawful_basis)
        self.form.add_row("data_source", self.tr("Sou&rce"), self.data_source)
        self.form.add_row("tags", self.tr("T&ags"), self.tags)
        self.form.add_row("notes", self.tr("N&otes"), self.notes)
        for box in (self.is_internal, self.public_role, self.do_not_contact):
            box.setAccessibleName(box.text())
            box.toggled.connect(self.changed)
        self.is_internal.toggled.connect(self.directorate.setEnabled)

        for edit in (
            self.given_name,
            self.name_particle,
            self.family_name,
            self.email,
            self.phone,
            self.job_title,
            self.directorate,
            self.data_source,
            self.tags,
        ):
            edit.textEdited.connect(self.changed)
        self.lawful_basis.currentIndexChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # the form narrows with the pane (fields shrink) instead of scrolling sideways
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        return scroll

    def _build_affiliations(self) -> QWidget:
        self.affiliations = QTableWidget(0, 5)
        self.affiliations.setHorizontalHeaderLabels(
            [
                self.tr("Organisation"),
                self.tr("Role"),
                self.tr("Main"),
                self.tr("Since"),
                self.tr("Until"),
            ]
        )
        self.affiliations.verticalHeader().hide()
        self.affiliations.setWordWrap(False)
        self.affiliations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.affiliations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.affiliations.horizontalHeader()
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        for column in (PRIMARY, SINCE, UNTIL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.affiliations.setAccessibleName(self.tr("Organisations this person works at"))
        self.affiliations.itemChanged.connect(self.changed)
        self.affiliations.itemDoubleClicked.connect(self._open_organisation)

        self.organisation_picker = QComboBox()
        self.organisation_picker.setEditable(True)
        self.organisation_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation_picker.setAccessibleName(self.tr("Organisation to add"))
        picker_edit = self.organisation_picker.lineEdit()
        if picker_edit is not None:
            picker_edit.setPlaceholderText(self.tr("Type an organisation…"))
            picker_edit.setAccessibleName(self.organisation_picker.accessibleName())
        self.role_to_add = QLineEdit()
        self.role_to_add.setPlaceholderText(self.tr("role, for example “woordvoerder”"))
        self.role_to_add.setAccessibleName(self.tr("Role at the organisation to add"))
        self.add_button = QPushButton(icon("new"), self.tr("&Add"))
        self.add_button.clicked.connect(self._add_affiliation)
        self.remove_button = QPushButton(icon("delete"), self.tr("Re&move"))
        self.remove_button.clicked.connect(self._remove_affiliation)
        adder = QHBoxLayout()
        adder.addWidget(self.organisation_picker, 2)
        adder.addWidget(self.role_to_add, 1)
        adder.addWidget(self.add_button)
        adder.addWidget(self.remove_button)

        hint = QLabel(
            self.tr(
                "Dates are optional (for example 1-3-2024). Tick “Main” for the organisation "
                "shown in the people list. Double-click an organisation to open it."
            )
        )
        hint.setWordWrap(True)
        self.affiliations_error = QLabel()
        self.affiliations_error.setWordWrap(True)
        self.affiliations_error.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.affiliations, 1)
        layout.addWidget(self.affiliations_error)
        layout.addLayout(adder)
        return box

    # -- loading -----------------------------------------------------------------------------

    def reload_reference(self) -> None:
        """Tags for completion now; organisation names when the Organisations tab is opened."""
        self._picker_stale = True
        if self.tabs.currentIndex() == AFFILIATIONS_TAB:
            self._load_picker()
        #: tags in use on people (the page's tag filter offers the same)
        self.tag_names = lists.tag_names(self.context.db.uow(), "person")
        tags = QCompleter(self.tag_names, self.tags)
        tags.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(tags)

    def _tab_changed(self, index: int) -> None:
        if index == AFFILIATIONS_TAB and self._picker_stale:
            self._load_picker()
        self._load_related_tab()

    def _load_picker(self) -> None:
        """Read every organisation's name off the GUI thread (there may be 10 000)."""
        self._picker_stale = False
        self.organisation_picker.setEnabled(False)
        self.add_button.setEnabled(False)
        db = self.context.db
        self.context.tasks.run(
            lambda _progress: organisations.list_organisation_names(db.uow()), self._fill_picker
        )

    def _fill_picker(self, names: list[tuple[int, str]]) -> None:
        self._organisation_names = dict(names)
        self.organisation_picker.clear()
        for organisation_id, name in names:
            self.organisation_picker.addItem(name, organisation_id)
        self.organisation_picker.setCurrentIndex(-1)
        completer = self.organisation_picker.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.organisation_picker.setEnabled(True)
        self.add_button.setEnabled(True)

    def load(self, record_id: int) -> PersonRecord:
        return people.get_person(self.context.db.uow(), record_id)

    def new_heading(self) -> tuple[str, str]:
        self.privacy_button.setEnabled(False)
        self.history.show_changes([])
        self.contacts.show_for()
        return self.tr("New person"), self.tr("Fill in a name, then Save.")

    def first_field(self) -> QWidget:
        return self.given_name

    def fill(self, record: PersonRecord | None) -> None:
        self.affiliations_error.hide()
        draft = record.to_draft() if record is not None else PersonDraft()
        _show_text(self.given_name, draft.given_name or "")
        _show_text(self.name_particle, draft.name_particle or "")
        _show_text(self.family_name, draft.family_name or "")
        _show_text(self.email, draft.email or "")
        _show_text(self.phone, draft.phone or "")
        _show_text(self.job_title, draft.job_title or "")
        self.is_internal.setChecked(draft.is_internal)
        _show_text(self.directorate, draft.directorate or "")
        self.directorate.setEnabled(draft.is_internal)
        self.public_role.setChecked(draft.public_role)
        self.do_not_contact.setChecked(draft.do_not_contact)
        self.lawful_basis.setCurrentIndex(max(0, self.lawful_basis.findData(draft.lawful_basis)))
        _show_text(self.data_source, draft.data_source or "")
        _show_text(self.tags, ", ".join(draft.tags))
        notes = draft.notes or ""
        if self.notes.toPlainText() != notes or self.notes.document().isUndoAvailable():
            self.notes.setPlainText(notes)  # lays the document out again, even when unchanged
        self.affiliations.setRowCount(0)
        if record is not None:
            for known in record.affiliation_records:
                self._organisation_names.setdefault(known.organisation_id, known.organisation_name)
        for affiliation in draft.affiliations:
            self._append_affiliation(affiliation)
        if record is not None:
            self.heading.setText(record.display_name or record.email or "")
            parts = []
            if record.job_title:
                parts.append(record.job_title)
            main = next((a for a in record.affiliation_records if a.is_primary), None)
            if main is not None:
                parts.append(main.organisation_name)
            parts.append(self.tr("own ministry") if record.is_internal else self.tr("external"))
            if record.do_not_contact:
                parts.append(self.tr("do not contact"))
            self.subheading.setText(" · ".join(parts))

    def _add_privacy_menu(self) -> None:
        """Erase and access request (GDPR) for the person shown."""
        self.privacy_button = QPushButton()
        self.privacy_button.setText(self.tr("Personal data"))
        self.privacy_button.setAccessibleName(self.tr("Personal data of this person"))
        menu = QMenu(self.privacy_button)
        menu.addAction(self.tr("Export everything held (access request)…"), self._export_person)
        menu.addAction(self.tr("Erase personal data…"), self._erase_person)
        self.privacy_button.setMenu(menu)
        self.privacy_button.setEnabled(False)
        self.button_row.insertWidget(0, self.privacy_button)

    def _export_person(self) -> None:
        # the privacy dialogs (and their workbook writer) load when first used
        from partnerdesk.ui.dialogs.privacy_dialog import export_person_interactively

        export_person_interactively(self.context, self.record.id, self)

    def _erase_person(self) -> None:
        from partnerdesk.ui.dialogs.privacy_dialog import erase_person_interactively

        erase_person_interactively(self.context, self.record.id, self)

    def load_related(self, record: PersonRecord) -> None:
        """Contact moments and history are read when their tab is shown, not per selection."""
        self.privacy_button.setEnabled(not record.erased)
        self._related_unread = {self.contacts, self.history}
        self.contacts.show_for()
        self.history.show_changes([])
        self._load_related_tab()

    def _load_related_tab(self) -> None:
        shown = self.tabs.currentWidget()
        if self.record is None or shown not in self._related_unread:
            return
        self._related_unread.discard(shown)
        if shown is self.contacts:
            self.contacts.show_for(person_id=self.record.id)
        elif shown is self.history:
            changes = history.record_history(self.context.db.uow(), "person", self.record.id)
            self.history.show_changes(changes, {})

    # -- affiliations ------------------------------------------------------------------------------

    def _append_affiliation(self, affiliation: AffiliationDraft) -> None:
        row = self.affiliations.rowCount()
        self.affiliations.insertRow(row)
        name = QTableWidgetItem(self._organisation_names.get(affiliation.organisation_id, "?"))
        name.setData(Qt.ItemDataRole.UserRole, affiliation.organisation_id)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        main = QTableWidgetItem()
        main.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        main.setCheckState(
            Qt.CheckState.Checked if affiliation.is_primary else Qt.CheckState.Unchecked
        )
        main.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Main organisation"))
        self.affiliations.setItem(row, ORGANISATION, name)
        self.affiliations.setItem(row, ROLE, QTableWidgetItem(affiliation.role or ""))
        self.affiliations.setItem(row, PRIMARY, main)
        self.affiliations.setItem(row, SINCE, QTableWidgetItem(date(affiliation.since)))
        self.affiliations.setItem(row, UNTIL, QTableWidgetItem(date(affiliation.until)))

    def _add_affiliation(self) -> None:
        organisation_id = self.organisation_picker.currentData()
        typed = self.organisation_picker.currentText().strip()
        if (
            organisation_id is None
            or self.organisation_picker.itemText(self.organisation_picker.currentIndex()) != typed
        ):
            found = self.organisation_picker.findText(typed, Qt.MatchFlag.MatchFixedString)
            organisation_id = self.organisation_picker.itemData(found) if found >= 0 else None
        if organisation_id is None:
            self._show_affiliation_error(
                self.tr("Choose an organisation from the list (type part of its name).")
            )
            return
        self.affiliations_error.hide()
        first = self.affiliations.rowCount() == 0
        self._append_affiliation(
            AffiliationDraft(
                int(organisation_id), self.role_to_add.text().strip() or None, is_primary=first
            )
        )
        self.organisation_picker.setCurrentIndex(-1)
        self.organisation_picker.clearEditText()
        self.role_to_add.clear()
        self.changed()

    def _remove_affiliation(self) -> None:
        row = self.affiliations.currentRow()
        if row >= 0:
            self.affiliations.removeRow(row)
            self.changed()

    def _open_organisation(self, item: QTableWidgetItem) -> None:
        organisation_id = _item(self.affiliations, item.row(), ORGANISATION).data(
            Qt.ItemDataRole.UserRole
        )
        if organisation_id is not None and not self.is_dirty:
            self.context.events.open_record.emit("organisation", int(organisation_id))

    def _show_affiliation_error(self, text: str) -> None:
        self.affiliations_error.setText(text)
        self.affiliations_error.setStyleSheet(f"color: {error_colour(self)};")
        self.affiliations_error.show()

    def _affiliation_drafts(self) -> tuple[AffiliationDraft, ...]:
        result = []
        for row in range(self.affiliations.rowCount()):
            try:
                since = parse_date(_item(self.affiliations, row, SINCE).text().strip() or None)
                until = parse_date(_item(self.affiliations, row, UNTIL).text().strip() or None)
            except ValidationError:
                raise ValidationError("not a date", "affiliation_dates") from None
            result.append(
                AffiliationDraft(
                    organisation_id=int(
                        _item(self.affiliations, row, ORGANISATION).data(Qt.ItemDataRole.UserRole)
                    ),
                    role=_item(self.affiliations, row, ROLE).text().strip() or None,
                    is_primary=_item(self.affiliations, row, PRIMARY).checkState()
                    == Qt.CheckState.Checked,
                    since=since,
                    until=until,
                )
            )
        return tuple(result)

    # -- editing --------------------------------------------------------------------------------

    def draft(self) -> PersonDraft:
        base = self.record.to_draft() if self.record is not None else PersonDraft()
        basis = self.lawful_basis.currentData()
        return replace(
            base,
            given_name=self.given_name.text().strip() or None,
            name_particle=self.name_particle.text().strip() or None,
            family_name=self.family_name.text().strip() or None,
            email=self.email.text().strip() or None,
            phone=self.phone.text().strip() or None,
            job_title=self.job_title.text().strip() or None,
            is_internal=self.is_internal.isChecked(),
            directorate=self.directorate.text().strip() or None,
            public_role=self.public_role.isChecked(),
            do_not_contact=self.do_not_contact.isChecked(),
            lawful_basis=LawfulBasis(basis) if basis else None,
            data_source=self.data_source.text().strip() or None,
            tags=parse_tags(self.tags.text()),
            notes=self.notes.toPlainText().strip() or None,
            affiliations=self._affiliation_drafts(),
        )

    def record_name(self, draft: PersonDraft) -> str:
        return (
            " ".join(p for p in (draft.given_name, draft.name_particle, draft.family_name) if p)
            or draft.email
            or ""
        )

    def check(self, draft: PersonDraft) -> None:
        if not (draft.given_name or draft.family_name):
            raise ValidationError("name required", "family_name")

    def show_other_error(self, error: ValidationError) -> bool:
        if error.field == "affiliation_dates":
            text = self.tr("A date is not valid: write it as day-month-year, for example 1-3-2024.")
        elif error.field == "affiliations":
            text = self.tr(
                "The same role at the same organisation is listed twice, "
                "or an end date lies before its start."
            )
        else:
            return False
        self.tabs.setCurrentIndex(1)
        self._show_affiliation_error(text)
        return True

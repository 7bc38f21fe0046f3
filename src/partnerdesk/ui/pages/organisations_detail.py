"""The detail pane of an organisation: an editable form and its related people and history."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import Channel, OrganisationKind, PartnershipStatus
from partnerdesk.domain.numbers import parse_amount
from partnerdesk.errors import UserError, ValidationError
from partnerdesk.services import history, lists, organisations, reference
from partnerdesk.services.records import OrganisationDraft, OrganisationRecord
from partnerdesk.ui import messages
from partnerdesk.ui.commands import ORGANISATIONS, CreateCommand, EditCommand, perform
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import date, number
from partnerdesk.ui.icons import icon
from partnerdesk.ui.labels import choices, label
from partnerdesk.ui.widgets.form import Form, field_messages
from partnerdesk.ui.widgets.history_view import HistoryView


def parse_tags(text: str) -> tuple[str, ...]:
    """ "sport, jongeren ,  " -> ("sport", "jongeren")."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def parse_reach(text: str) -> int | None:
    """A reach as typed: "45000", "45.000", "1 miljoen"; "" is no reach."""
    if not text.strip():
        return None
    try:
        return parse_amount(text)
    except ValidationError as error:
        raise ValidationError(str(error), "reach") from None


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell this pane created itself (never None)."""
    item = table.item(row, column)
    assert item is not None
    return item


class OrganisationDetail(QWidget):
    """Shows one organisation (or a new one) for editing; saves through undoable commands."""

    #: an organisation was created or saved (its id)
    saved = Signal(int)
    #: the form has unsaved changes (True) or not (False)
    dirty_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record: OrganisationRecord | None = None
        self._creating = False
        self._loading = False
        self._dirty = False
        self._sector_names: dict[int, str] = {}

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.tabs.addTab(self._build_target_groups(), self.tr("Target groups"))
        self.tabs.addTab(self._build_people(), self.tr("People"))
        self.history = HistoryView()
        self.tabs.addTab(self.history, icon("history"), self.tr("History"))

        self.save_button = QPushButton(icon("save"), self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(
            self.tr("Save the changes (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Save).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(icon("revert"), self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Throw away the changes not saved yet"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.placeholder = QLabel(
            self.tr("Choose an organisation in the list, or press New to add one.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.subheading)
        body.addWidget(self.tabs, 1)
        body.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()
        self._set_dirty(False)

    # -- building -------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        self.form = Form()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        for value, text in choices(OrganisationKind):
            self.kind.addItem(text, value)
        self.status = QComboBox()
        for value, text in choices(PartnershipStatus):
            self.status.addItem(text, value)
        self.primary_sector = QComboBox()
        self.other_sectors = QListWidget()
        self.other_sectors.setMaximumHeight(self.fontMetrics().height() * 6)
        self.reach = QLineEdit()
        self.reach.setPlaceholderText(self.tr("for example 45000 or 1 miljoen"))
        self.reach_note = QLineEdit()
        self.reach_note.setPlaceholderText(
            self.tr("who they reach, for example “1 miljoen voetballiefhebbers”")
        )
        self.city = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("www.…")
        self.channels: dict[Channel, QCheckBox] = {}
        channel_box = QWidget()
        grid = QGridLayout(channel_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (value, text) in enumerate(choices(Channel)):
            box = QCheckBox(text)
            self.channels[Channel(value)] = box
            grid.addWidget(box, n // 3, n % 3)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("separate tags with commas"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 5)

        self.form.add_row("name", self.tr("&Name"), self.name)
        self.form.add_row("kind", self.tr("&Kind"), self.kind)
        self.form.add_row("status", self.tr("S&tatus"), self.status)
        self.form.add_row("primary_sector_id", self.tr("&Main sector"), self.primary_sector)
        self.form.add_row("sector_ids", self.tr("Other s&ectors"), self.other_sectors)
        self.form.add_row("reach", self.tr("&Reach"), self.reach)
        self.form.add_row("reach_note", self.tr("Reach n&ote"), self.reach_note)
        self.form.add_row("channels", self.tr("C&hannels"), channel_box)
        self.form.add_row("city", self.tr("&City"), self.city)
        self.form.add_row("website", self.tr("&Website"), self.website)
        self.form.add_row("tags", self.tr("T&ags"), self.tags)
        self.form.add_row("notes", self.tr("N&otes"), self.notes)
        channel_box.setAccessibleName(self.tr("Channels"))

        for edit in (self.name, self.reach, self.reach_note, self.city, self.website, self.tags):
            edit.textEdited.connect(self._changed)
        for combo in (self.kind, self.status, self.primary_sector):
            combo.currentIndexChanged.connect(self._changed)
        for box in self.channels.values():
            box.toggled.connect(self._changed)
        self.other_sectors.itemChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        return scroll

    def _build_target_groups(self) -> QWidget:
        self.groups = QTableWidget(0, 2)
        self.groups.setHorizontalHeaderLabels([self.tr("Target group"), self.tr("Reach")])
        self.groups.verticalHeader().hide()
        self.groups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.groups.setAccessibleName(self.tr("Target groups reached"))
        self.groups.itemChanged.connect(self._changed)
        hint = QLabel(
            self.tr("Tick the target groups this organisation reaches, and how many people.")
        )
        hint.setWordWrap(True)
        self.groups_error = QLabel()
        self.groups_error.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.groups_error)
        return box

    def _build_people(self) -> QWidget:
        self.people = QTableWidget(0, 4)
        self.people.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Period"), self.tr("E-mail")]
        )
        self.people.verticalHeader().hide()
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setAccessibleName(self.tr("People at this organisation"))
        self.people.itemActivated.connect(self._open_person)
        self.people.itemDoubleClicked.connect(self._open_person)
        self.people_hint = QLabel()
        self.people_hint.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.people_hint)
        layout.addWidget(self.people, 1)
        return box

    # -- loading ----------------------------------------------------------------------------

    def reload_reference(self) -> None:
        """Sectors and target groups for the pickers (they change rarely)."""
        sectors = reference.list_sectors(self.context.db.uow())
        groups = reference.list_target_groups(self.context.db.uow())
        collator = QCollator(QLocale())
        sectors.sort(key=lambda s: collator.sortKey(s.name))
        groups.sort(key=lambda g: collator.sortKey(g.name))
        self._sector_names = {s.id: s.name for s in sectors}
        self._loading = True
        self.primary_sector.clear()
        self.primary_sector.addItem(self.tr("(none)"), None)
        self.other_sectors.clear()
        for sector in sectors:
            self.primary_sector.addItem(sector.name, sector.id)
            item = QListWidgetItem(sector.name)
            item.setData(Qt.ItemDataRole.UserRole, sector.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.other_sectors.addItem(item)
        self.groups.setRowCount(len(groups))
        for row, group in enumerate(groups):
            name = QTableWidgetItem(group.name)
            name.setData(Qt.ItemDataRole.UserRole, group.id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            self.groups.setItem(row, 0, name)
            reach = QTableWidgetItem("")
            reach.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.groups.setItem(row, 1, reach)
        tags = lists.tag_names(self.context.db.uow(), "organisation")
        completer = QCompleter(tags, self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self._loading = False

    def show_record(self, organisation_id: int | None) -> None:
        """Show one organisation (None: nothing selected)."""
        if organisation_id is None:
            self.record = None
            self._creating = False
            self.body.hide()
            self.placeholder.show()
            self._set_dirty(False)
            return
        try:
            self.record = organisations.get_organisation(self.context.db.uow(), organisation_id)
        except UserError:
            self.show_record(None)
            return
        self._creating = False
        self._fill(self.record)
        self._load_related(self.record)

    def start_new(self) -> None:
        """An empty form for a new organisation; Save creates it."""
        self.record = None
        self._creating = True
        self._fill(None)
        self.heading.setText(self.tr("New organisation"))
        self.subheading.setText(self.tr("Fill in at least the name, then Save."))
        self.people.setRowCount(0)
        self.people_hint.setText(self.tr("People can be linked once the organisation is saved."))
        self.history.show_changes([])
        self.tabs.setCurrentIndex(0)
        self.name.setFocus()

    def _fill(self, record: OrganisationRecord | None) -> None:
        self._loading = True
        self.form.clear_errors()
        self.groups_error.hide()
        self.placeholder.hide()
        self.body.show()
        draft = record.to_draft() if record is not None else OrganisationDraft(name="")
        self.name.setText(draft.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.primary_sector.setCurrentIndex(
            max(0, self.primary_sector.findData(draft.primary_sector_id))
        )
        for row in range(self.other_sectors.count()):
            item = self.other_sectors.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in draft.sector_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.reach.setText(number(draft.reach))
        self.reach_note.setText(draft.reach_note or "")
        self.city.setText(draft.city or "")
        self.website.setText(draft.website or "")
        for channel, box in self.channels.items():
            box.setChecked(channel in draft.channels)
        self.tags.setText(", ".join(draft.tags))
        self.notes.setPlainText(draft.notes or "")
        reach_by_group = dict(draft.target_groups)
        for row in range(self.groups.rowCount()):
            name = _item(self.groups, row, 0)
            group_id = name.data(Qt.ItemDataRole.UserRole)
            ticked = group_id in reach_by_group
            name.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            _item(self.groups, row, 1).setText(number(reach_by_group.get(group_id)))
        if record is not None:
            self.heading.setText(record.name)
            parts = [label(record.status), label(record.kind)]
            if record.primary_sector_name:
                parts.append(record.primary_sector_name)
            if record.last_contact:
                parts.append(self.tr("last contact %1").replace("%1", date(record.last_contact)))
            else:
                parts.append(self.tr("no contact recorded"))
            self.subheading.setText(" · ".join(parts))
        self._loading = False
        self._set_dirty(False)

    def _load_related(self, record: OrganisationRecord) -> None:
        people = lists.organisation_people(self.context.db.uow(), record.id)
        self.people.setRowCount(len(people))
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setData(Qt.ItemDataRole.UserRole, person.person_id)
            period = " – ".join(p for p in (date(person.since), date(person.until)) if p)
            role = person.role or ""
            if person.is_primary:
                role = f"{role} ★" if role else "★"
            cells = [
                name,
                QTableWidgetItem(role),
                QTableWidgetItem(period),
                QTableWidgetItem(person.email or ""),
            ]
            for column, cell in enumerate(cells):
                self.people.setItem(row, column, cell)
        self.people.resizeColumnsToContents()
        if people:
            self.people_hint.setText(
                self.tr("%n people work here. Double-click a name to open it.", "", len(people))
            )
        else:
            self.people_hint.setText(
                self.tr("Nobody is linked yet: open a person and add this organisation there.")
            )
        changes = history.record_history(self.context.db.uow(), "organisation", record.id)
        self.history.show_changes(changes, {"primary_sector_id": self._sector_names.get})

    def _open_person(self, item: QTableWidgetItem) -> None:
        person_id = _item(self.people, item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.context.events.open_record.emit("person", int(person_id))

    # -- editing -------------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def is_open(self) -> bool:
        return self.record is not None or self._creating

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def draft(self) -> OrganisationDraft:
        """The form as a draft (raises ValidationError for what the form itself can tell)."""
        groups: list[tuple[int, int | None]] = []
        for row in range(self.groups.rowCount()):
            name = _item(self.groups, row, 0)
            if name.checkState() != Qt.CheckState.Checked:
                continue
            text = _item(self.groups, row, 1).text()
            try:
                reach = parse_reach(text)
            except ValidationError as error:
                raise ValidationError(str(error), "target_groups") from None
            groups.append((int(name.data(Qt.ItemDataRole.UserRole)), reach))
        sectors = tuple(
            int(self.other_sectors.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.other_sectors.count())
            if self.other_sectors.item(row).checkState() == Qt.CheckState.Checked
        )
        base = self.record.to_draft() if self.record is not None else OrganisationDraft(name="")
        return replace(
            base,
            name=self.name.text().strip(),
            kind=OrganisationKind(self.kind.currentData()),
            status=PartnershipStatus(self.status.currentData()),
            primary_sector_id=self.primary_sector.currentData(),
            sector_ids=sectors,
            reach=parse_reach(self.reach.text()),
            reach_note=self.reach_note.text().strip() or None,
            website=self.website.text().strip() or None,
            city=self.city.text().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
            tags=parse_tags(self.tags.text()),
            channels=tuple(c for c, box in self.channels.items() if box.isChecked()),
            target_groups=tuple(sorted(groups)),
        )

    def save(self) -> bool:
        """Save the form (an undoable step); True when saved or nothing to save."""
        if not self._dirty or not self.is_open:
            return True
        self.form.clear_errors()
        self.groups_error.hide()
        try:
            draft = self.draft()
            if not draft.name:
                raise ValidationError("name required", "name")
            command: CreateCommand | EditCommand
            if self._creating:
                command = CreateCommand(
                    self.context,
                    ORGANISATIONS,
                    draft,
                    self.tr("New organisation “%1”").replace("%1", draft.name),
                )
            else:
                assert self.record is not None
                command = EditCommand(
                    self.context,
                    ORGANISATIONS,
                    self.record.id,
                    self.record.to_draft(),
                    draft,
                    self.record.version,
                    self.tr("Edit “%1”").replace("%1", draft.name),
                )
            self._set_dirty(False)  # events during perform may reload this pane
            record = perform(command)
        except ValidationError as error:
            self._set_dirty(True)
            self._show_validation(error)
            return False
        except UserError as error:
            self._set_dirty(True)
            messages.show_error(self, error)
            return False
        record_id = command.record_id if command.record_id is not None else record.id
        self._creating = False
        self.show_record(record_id)
        self.saved.emit(record_id)
        return True

    def _show_validation(self, error: ValidationError) -> None:
        text = field_messages().get(error.field or "", str(error))
        if error.field == "target_groups":
            self.tabs.setCurrentIndex(1)
            self.groups_error.setText(self.tr("A reach is a number of people, for example 45000."))
            self.groups_error.show()
            return
        self.tabs.setCurrentIndex(0)
        if not self.form.show_error(error.field, text):
            messages.show_error(self, error)

    def revert(self) -> None:
        if self._creating:
            self._creating = False
            self.show_record(None)
        else:
            self.show_record(self.record.id if self.record is not None else None)

"""The detail pane of an organisation: an editable form and its related people and history."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import Channel, OrganisationKind, PartnershipStatus
from partnerdesk.domain.numbers import parse_amount
from partnerdesk.errors import ValidationError
from partnerdesk.services import history, lists, organisations, reference
from partnerdesk.services.records import OrganisationDraft, OrganisationRecord
from partnerdesk.ui.commands import ORGANISATIONS
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import count_text, date, number, period_text
from partnerdesk.ui.labels import choices, label
from partnerdesk.ui.widgets.contact_moments import ContactMomentsWidget
from partnerdesk.ui.widgets.detail_pane import DetailPane
from partnerdesk.ui.widgets.form import Form, error_colour
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


class OrganisationDetail(DetailPane):
    """Shows one organisation (or a new one) for editing; saves through undoable commands."""

    services = ORGANISATIONS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            QCoreApplication.translate(
                "OrganisationDetail",
                "Choose an organisation in the list, or press New to add one.",
            ),
            parent,
        )
        self._sector_names: dict[int, str] = {}
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.tabs.addTab(self._build_target_groups(), self.tr("Target groups"))
        self.tabs.addTab(self._build_people(), self.tr("People"))
        self.contacts = ContactMomentsWidget(context)
        self.tabs.addTab(self.contacts, ContactMomentsWidget.tab_title())
        self.history = HistoryView()
        self.tabs.addTab(self.history, self.tr("History"))

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
            grid.addWidget(box, n // 2, n % 2)
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
            edit.textEdited.connect(self.changed)
        for combo in (self.kind, self.status, self.primary_sector):
            combo.currentIndexChanged.connect(self.changed)
        for box in self.channels.values():
            box.toggled.connect(self.changed)
        self.other_sectors.itemChanged.connect(self.changed)
        self.primary_sector.currentIndexChanged.connect(self._mark_primary_sector)
        self.notes.textChanged.connect(self.changed)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # the form narrows with the pane (fields shrink) instead of scrolling sideways
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.groups.itemChanged.connect(self.changed)
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

    def load(self, record_id: int) -> OrganisationRecord:
        return organisations.get_organisation(self.context.db.uow(), record_id)

    def new_heading(self) -> tuple[str, str]:
        self.people.setRowCount(0)
        self.people_hint.setText(self.tr("People can be linked once the organisation is saved."))
        self.history.show_changes([])
        self.contacts.show_for()
        return self.tr("New organisation"), self.tr("Fill in at least the name, then Save.")

    def first_field(self) -> QWidget:
        return self.name

    def fill(self, record: OrganisationRecord | None) -> None:
        self.groups_error.hide()
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
        self._mark_primary_sector()
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

    def load_related(self, record: OrganisationRecord) -> None:
        people = lists.organisation_people(self.context.db.uow(), record.id)
        self.people.setRowCount(len(people))
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setData(Qt.ItemDataRole.UserRole, person.person_id)
            period = period_text(person.since, person.until)
            role = person.role or ""
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
                count_text(
                    len(people),
                    self.tr("1 person works here. Double-click the name to open it."),
                    self.tr("%1 people work here. Double-click a name to open it."),
                )
            )
        else:
            self.people_hint.setText(
                self.tr("Nobody is linked yet: open a person and add this organisation there.")
            )
        self.contacts.show_for(organisation_id=record.id)
        changes = history.record_history(self.context.db.uow(), "organisation", record.id)
        self.history.show_changes(changes, {"primary_sector_id": self._sector_names.get})

    def _mark_primary_sector(self, _index: int = 0) -> None:
        """The main sector is not offered again under "Other sectors"."""
        primary = self.primary_sector.currentData()
        for row in range(self.other_sectors.count()):
            item = self.other_sectors.item(row)
            if item is None:
                continue
            is_primary = item.data(Qt.ItemDataRole.UserRole) == primary
            item.setHidden(is_primary)
            if is_primary:
                item.setCheckState(Qt.CheckState.Unchecked)

    def _open_person(self, item: QTableWidgetItem) -> None:
        person_id = _item(self.people, item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.context.events.open_record.emit("person", int(person_id))

    # -- editing -------------------------------------------------------------------------------

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

    def record_name(self, draft: OrganisationDraft) -> str:
        return draft.name

    def check(self, draft: OrganisationDraft) -> None:
        if not draft.name:
            raise ValidationError("name required", "name")

    def show_other_error(self, error: ValidationError) -> bool:
        if error.field != "target_groups":
            return False
        self.tabs.setCurrentIndex(1)
        self.groups_error.setText(self.tr("A reach is a number of people, for example 45000."))
        self.groups_error.setStyleSheet(f"color: {error_colour(self)};")
        self.groups_error.show()
        return True

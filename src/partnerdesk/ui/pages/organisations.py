"""The Organisations page: a searchable list of partners and prospects beside their details."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from partnerdesk.domain.enums import OrganisationKind, PartnershipStatus
from partnerdesk.errors import UserError
from partnerdesk.services import lists, reference
from partnerdesk.services.lists import OrganisationQuery
from partnerdesk.ui import messages
from partnerdesk.ui.commands import ORGANISATIONS, DeleteCommand, perform
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.labels import choices
from partnerdesk.ui.models.organisation_table_model import OrganisationTableModel
from partnerdesk.ui.pages.base import Page
from partnerdesk.ui.pages.organisations_detail import OrganisationDetail
from partnerdesk.ui.widgets.record_list import RecordList


class OrganisationsPage(Page):
    key = "organisations"
    icon_name = "organisations"
    shows_entities = ("organisation",)
    can_create = True
    can_delete = True
    can_search = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = OrganisationTableModel(context.db)
        self.list = RecordList(self.model, context.prefs, "organisations")
        self.list.search.setPlaceholderText(self.tr("Search name, city, sector, tags, notes…"))
        self.list.search.setAccessibleName(self.tr("Search organisations"))
        self.list.view.setAccessibleName(self.tr("Organisations"))

        self.status_filter = self._filter_combo(self.tr("Filter by partnership status"))
        self.sector_filter = self._filter_combo(self.tr("Filter by sector"))
        self.kind_filter = self._filter_combo(self.tr("Filter by kind of organisation"))
        self.tag_filter = self._filter_combo(self.tr("Filter by tag"))

        self.detail = OrganisationDetail(context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._fill_filters()
        self.list.search_changed.connect(lambda _text: self._apply_query())
        self.list.current_changed.connect(self._current_changed)
        self.detail.saved.connect(self._select)
        context.events.data_changed.connect(self._data_changed)
        self._stale = False

        self.list.restore_state([220, 120, 140, 110, 90, 60, 90])
        state = context.prefs.splitter_state("organisations")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([620, 460])
        self._update_texts()
        self.setTabOrder(self.list.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.sector_filter)
        self.setTabOrder(self.sector_filter, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.tag_filter)
        self.setTabOrder(self.tag_filter, self.list.view)

    def title(self) -> str:
        return self.tr("Organisations")

    # -- filters -----------------------------------------------------------------------------

    def _filter_combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _index: self._apply_query())
        self.list.filters.addWidget(combo)
        return combo

    def _fill_filters(self) -> None:
        """(Re)fill the filter choices, keeping what is chosen."""
        collator = QCollator(QLocale())
        kept = [
            combo.currentData()
            for combo in (self.status_filter, self.sector_filter, self.kind_filter, self.tag_filter)
        ]
        for combo in (self.status_filter, self.sector_filter, self.kind_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for value, text in choices(PartnershipStatus):
            self.status_filter.addItem(text, value)
        self.sector_filter.addItem(self.tr("All sectors"), None)
        sectors = reference.list_sectors(self.context.db.uow())
        for sector in sorted(sectors, key=lambda s: collator.sortKey(s.name)):
            self.sector_filter.addItem(sector.name, sector.id)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for value, text in choices(OrganisationKind):
            self.kind_filter.addItem(text, value)
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in sorted(
            lists.tag_names(self.context.db.uow(), "organisation"), key=collator.sortKey
        ):
            self.tag_filter.addItem(tag, tag)
        for combo, value in zip(
            (self.status_filter, self.sector_filter, self.kind_filter, self.tag_filter),
            kept,
            strict=True,
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def query(self) -> OrganisationQuery:
        status = self.status_filter.currentData()
        kind = self.kind_filter.currentData()
        return OrganisationQuery(
            search=self.list.search_text(),
            status=PartnershipStatus(status) if status else None,
            kind=OrganisationKind(kind) if kind else None,
            sector_id=self.sector_filter.currentData(),
            tag=self.tag_filter.currentData(),
        )

    def _filtered(self) -> bool:
        query = self.query()
        return bool(query.search or query.status or query.kind or query.sector_id or query.tag)

    def _apply_query(self) -> None:
        selected = self.detail.record.id if self.detail.record is not None else None
        self.model.set_query(self.query())
        self._update_texts()
        if (selected is not None and not self.list.select_id(selected)) or (
            selected is None and self.list.search_text()
        ):
            self.list.select_first()

    def _update_texts(self) -> None:
        total = self.model.total
        if self._filtered():
            count = self.tr("%n organisation(s) match", "", total)
            if self.list.search_text():
                empty = self.tr(
                    "No organisation matches “%1”. Check the spelling, or clear the search and filters."
                ).replace("%1", self.list.search_text())
            else:
                empty = self.tr("No organisation matches these filters. Choose “All” to see more.")
        else:
            count = self.tr("%n organisation(s)", "", total)
            empty = self.tr(
                "No organisations yet. Press New to add one, or import a workbook (File › Import)."
            )
        self.list.set_texts(count, empty)
        self.count_changed.emit()

    # -- selection and editing ----------------------------------------------------------------

    def _current_changed(self, record_id: int) -> None:
        new_id = record_id if record_id >= 0 else None
        current = self.detail.record.id if self.detail.record is not None else None
        if new_id == current and not self.detail._creating:
            return
        if self.detail.is_dirty and not self.detail.save():
            # keep the coordinator on the record whose changes could not be saved
            if current is not None:
                self.list.view.selectionModel().blockSignals(True)
                self.list.select_id(current)
                self.list.view.selectionModel().blockSignals(False)
            return
        self.detail.show_record(new_id)
        self.actions_changed.emit()

    def _select(self, record_id: int) -> None:
        self.list.view.selectionModel().blockSignals(True)
        if not self.list.select_id(record_id):
            self.list.view.clearSelection()
        self.list.view.selectionModel().blockSignals(False)
        self.actions_changed.emit()

    def _data_changed(self, entity: str) -> None:
        if entity not in ("organisation", "person", "sector", "target_group", "tag"):
            return
        if not self.isVisible():
            self._stale = True
            self.count_changed.emit()
            return
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        selected = self.detail.record.id if self.detail.record is not None else None
        self.detail.reload_reference()
        self._fill_filters()
        self.model.set_query(self.query())
        self._update_texts()
        if selected is not None:
            self._select(selected)
            if not self.detail.is_dirty:
                self.detail.show_record(selected if self.list.current_id() == selected else None)

    def showEvent(self, event: object) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def count(self) -> int | None:
        return lists.count_organisations(self.context.db.uow())

    def has_selection(self) -> bool:
        return self.detail.record is not None

    def new_record(self) -> None:
        if self.detail.is_dirty and not self.detail.save():
            return
        self.list.view.selectionModel().blockSignals(True)
        self.list.view.clearSelection()
        self.list.view.selectionModel().blockSignals(False)
        self.detail.start_new()
        self.actions_changed.emit()

    def delete_selected(self) -> None:
        record = self.detail.record
        if record is None:
            return
        question = self.tr(
            "Delete “%1”? Its links to people, sessions and outreach go with it. "
            "You can undo this with Edit › Undo."
        ).replace("%1", record.name)
        if not messages.confirm(self, question, self.tr("Delete")):
            return
        row = self.model.row_of(record.id)
        command = DeleteCommand(
            self.context,
            ORGANISATIONS,
            record.id,
            record.version,
            self.tr("Delete “%1”").replace("%1", record.name),
        )
        self.detail.show_record(None)
        try:
            perform(command)
        except UserError as error:
            messages.show_error(self, error)
            return
        if row is not None and self.model.rowCount() > 0:
            self.list.view.selectRow(min(row, self.model.rowCount() - 1))
        self.context.events.status_message.emit(self.tr("Deleted “%1”.").replace("%1", record.name))

    def focus_search(self) -> None:
        self.list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list.search.selectAll()

    def open_record(self, entity: str, record_id: int) -> None:
        if entity != "organisation":
            return
        if not self.list.select_id(record_id):
            # hidden by the search or a filter: clear them so the record can be shown
            for combo in (
                self.status_filter,
                self.sector_filter,
                self.kind_filter,
                self.tag_filter,
            ):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.list.search.clear()
            self._apply_query()
            self.list.select_id(record_id)
        if self.detail.record is None or self.detail.record.id != record_id:
            self.detail.show_record(record_id)

    def save_state(self) -> None:
        self.list.save_state()
        self.context.prefs.set_splitter_state("organisations", self.splitter.saveState())

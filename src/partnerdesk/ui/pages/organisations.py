"""The Organisations page: a searchable list of partners and prospects beside their details."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.enums import OrganisationKind, PartnershipStatus
from partnerdesk.services import lists, reference
from partnerdesk.services.lists import OrganisationQuery
from partnerdesk.ui.commands import ORGANISATIONS
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import count_text
from partnerdesk.ui.labels import choices
from partnerdesk.ui.models.organisation_table_model import OrganisationTableModel
from partnerdesk.ui.pages.organisations_detail import OrganisationDetail
from partnerdesk.ui.widgets.list_detail_page import ListDetailPage


class OrganisationsPage(ListDetailPage):
    key = "organisations"
    icon_name = "organisations"
    shows_entities = ("organisation",)
    watches = (
        "preferences",
        "organisation",
        "person",
        "sector",
        "target_group",
        "contact_moment",
        "dialogue_session",
    )
    services = ORGANISATIONS
    model: OrganisationTableModel
    detail: OrganisationDetail
    # name, status, sector, city, reach, people, last contact: numbers and dates need little
    column_widths = (150, 105, 110, 85, 70, 50, 80)
    elastic_columns = frozenset(
        {OrganisationTableModel.NAME, OrganisationTableModel.SECTOR, OrganisationTableModel.CITY}
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list.search.setPlaceholderText(self.tr("Search name, city, sector, tags, notes…"))
        self.list.search.setAccessibleName(self.tr("Search organisations"))
        self.list.view.setAccessibleName(self.tr("Organisations"))
        self.status_filter = self.add_filter(self.tr("Filter by partnership status"))
        self.sector_filter = self.add_filter(self.tr("Filter by sector"))
        self.kind_filter = self.add_filter(self.tr("Filter by kind of organisation"))
        self.tag_filter = self.add_filter(self.tr("Filter by tag"))
        self.finish_setup()

    def title(self) -> str:
        return self.tr("Organisations")

    def make_model(self) -> OrganisationTableModel:
        return OrganisationTableModel(
            self.context.db, self.context.tasks, self.context.prefs.stale_contact_days
        )

    def make_detail(self) -> OrganisationDetail:
        return OrganisationDetail(self.context)

    def fill_filters(self) -> None:
        collator = QCollator(QLocale())
        self.refill(self.status_filter, self.tr("All statuses"), choices(PartnershipStatus))
        sectors = sorted(
            reference.list_sectors(self.context.db.uow()), key=lambda s: collator.sortKey(s.name)
        )
        self.refill(self.sector_filter, self.tr("All sectors"), [(s.id, s.name) for s in sectors])
        self.refill(self.kind_filter, self.tr("All kinds"), choices(OrganisationKind))
        tags = sorted(lists.tag_names(self.context.db.uow(), "organisation"), key=collator.sortKey)
        self.refill(self.tag_filter, self.tr("All tags"), [(t, t) for t in tags])

    def refresh(self) -> None:
        self.model.stale_days = self.context.prefs.stale_contact_days
        super().refresh()

    def current_query(self) -> OrganisationQuery:
        status = self.status_filter.currentData()
        kind = self.kind_filter.currentData()
        return OrganisationQuery(
            search=self.list.search_text(),
            status=PartnershipStatus(status) if status else None,
            kind=OrganisationKind(kind) if kind else None,
            sector_id=self.sector_filter.currentData(),
            tag=self.tag_filter.currentData(),
        )

    def is_filtered(self) -> bool:
        query = self.current_query()
        return bool(query.search or query.status or query.kind or query.sector_id or query.tag)

    def texts(self, total: int) -> tuple[str, str]:
        if not self.is_filtered():
            return (
                count_text(total, self.tr("1 organisation"), self.tr("%1 organisations")),
                self.tr(
                    "No organisations yet. Press New to add one, or import a workbook (File › Import)."
                ),
            )
        count = count_text(
            total, self.tr("1 organisation matches"), self.tr("%1 organisations match")
        )
        if self.list.search_text():
            empty = self.tr(
                "No organisation matches “%1”. Check the spelling, or clear the search and filters."
            ).replace("%1", self.list.search_text())
        else:
            empty = self.tr("No organisation matches these filters. Choose “All” to see more.")
        return count, empty

    def delete_texts(self, name: str) -> tuple[str, str, str]:
        return (
            self.tr(
                "Delete “%1”? Its links to people, sessions and outreach go with it. "
                "You can bring it all back with Edit › Undo."
            ).replace("%1", name),
            self.tr("Delete “%1”").replace("%1", name),
            self.tr("Deleted “%1”. Edit › Undo brings it back.").replace("%1", name),
        )

    def count(self) -> int | None:
        return lists.count_organisations(self.context.db.uow())

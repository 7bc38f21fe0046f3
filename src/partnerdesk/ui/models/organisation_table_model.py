"""The organisation list: one row per organisation, paged from the database."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from partnerdesk.persistence.database import Database
from partnerdesk.services.lists import (
    Cursor,
    OrganisationQuery,
    OrganisationRow,
    count_organisations,
    organisation_page,
)
from partnerdesk.ui.formatting import date, number
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.paged_table_model import Column, PagedTableModel


class OrganisationTableModel(PagedTableModel[OrganisationRow]):
    NAME, STATUS, SECTOR, CITY, REACH, PEOPLE, LAST_CONTACT = range(7)

    def __init__(self, db: Database) -> None:
        super().__init__(
            [
                Column(
                    "name",
                    lambda: QCoreApplication.translate("OrganisationTableModel", "Name"),
                    lambda r: r.name,
                    highlight=True,
                ),
                Column(
                    "status",
                    lambda: QCoreApplication.translate("OrganisationTableModel", "Status"),
                    lambda r: label(r.status),
                ),
                Column(
                    "sector",
                    lambda: QCoreApplication.translate("OrganisationTableModel", "Sector"),
                    lambda r: r.sector or "",
                    highlight=True,
                ),
                Column(
                    "city",
                    lambda: QCoreApplication.translate("OrganisationTableModel", "City"),
                    lambda r: r.city or "",
                    highlight=True,
                ),
                Column(
                    "reach",
                    lambda: QCoreApplication.translate("OrganisationTableModel", "Reach"),
                    lambda r: number(r.reach),
                    align_right=True,
                ),
                Column(
                    "people",
                    lambda: QCoreApplication.translate("OrganisationTableModel", "People"),
                    lambda r: number(r.people) if r.people else "",
                    sortable=False,
                    align_right=True,
                ),
                Column(
                    "last_contact",
                    lambda: QCoreApplication.translate("OrganisationTableModel", "Last contact"),
                    lambda r: date(r.last_contact),
                    sortable=False,
                    align_right=True,
                ),
            ]
        )
        self._db = db
        self.query: OrganisationQuery = OrganisationQuery()

    def _effective(self) -> OrganisationQuery:
        return replace(self.query, sort=self.sort_key(), descending=self.descending)

    def query_count(self) -> int:
        return count_organisations(self._db.uow(), self._effective())

    def query_page(self, after: Cursor | None, limit: int) -> list[OrganisationRow]:
        return organisation_page(self._db.uow(), self._effective(), after, limit)

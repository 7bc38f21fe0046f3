"""The organisation list: one row per organisation, paged from the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from partnerdesk.domain.enums import PartnershipStatus
from partnerdesk.persistence.database import Database
from partnerdesk.services.lists import (
    Cursor,
    OrganisationQuery,
    OrganisationRow,
    count_organisations,
    organisation_page,
)
from partnerdesk.settings import DEFAULT_STALE_DAYS
from partnerdesk.ui.formatting import date, number
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.paged_table_model import Column, PagedTableModel
from partnerdesk.ui.tasks import TaskRunner


class OrganisationTableModel(PagedTableModel[OrganisationRow]):
    NAME, STATUS, SECTOR, CITY, REACH, PEOPLE, LAST_CONTACT = range(7)

    def __init__(
        self, db: Database, tasks: TaskRunner | None = None, stale_days: int = DEFAULT_STALE_DAYS
    ) -> None:
        #: active partners not contacted for more days than this are flagged
        self.stale_days = stale_days
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
                    self._last_contact_text,
                    sortable=False,
                    align_right=True,
                    tooltip=self._last_contact_tooltip,
                    warn=self.is_stale,
                ),
            ],
            tasks,
        )
        self._db = db
        self.query: OrganisationQuery = OrganisationQuery()

    def is_stale(self, row: OrganisationRow) -> bool:
        """An active partner without contact for longer than the Preferences allow."""
        if row.status != PartnershipStatus.ACTIVE:
            return False
        if row.last_contact is None:
            return True
        return (dt.date.today() - row.last_contact).days > self.stale_days

    def _last_contact_text(self, row: OrganisationRow) -> str:
        if row.last_contact is None and self.is_stale(row):
            return QCoreApplication.translate("OrganisationTableModel", "never")
        return date(row.last_contact)

    def _last_contact_tooltip(self, row: OrganisationRow) -> str | None:
        if not self.is_stale(row):
            return None
        return QCoreApplication.translate(
            "OrganisationTableModel", "An active partner not contacted for more than %1 days"
        ).replace("%1", str(self.stale_days))

    def _effective(self) -> OrganisationQuery:
        return replace(self.query, sort=self.sort_key(), descending=self.descending)

    def count_job(self) -> Callable[[], int]:
        db, query = self._db, self._effective()
        return lambda: count_organisations(db.uow(), query)

    def query_page(self, after: Cursor | None, limit: int) -> list[OrganisationRow]:
        return organisation_page(self._db.uow(), self._effective(), after, limit)

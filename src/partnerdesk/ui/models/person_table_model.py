"""The people list: one row per person ("Berg, Jan van der"), paged from the database."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from partnerdesk.persistence.database import Database
from partnerdesk.services.lists import Cursor, PersonQuery, PersonRow, count_people, person_page
from partnerdesk.ui.models.paged_table_model import Column, PagedTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("PersonTableModel", text)


def _kind(row: PersonRow) -> str:
    return _t("Own ministry") if row.is_internal else _t("External")


def _name_tooltip(row: PersonRow) -> str | None:
    return _t("Do not contact") if row.do_not_contact else None


class PersonTableModel(PagedTableModel[PersonRow]):
    NAME, ORGANISATION, JOB_TITLE, EMAIL, PHONE, KIND = range(6)

    def __init__(self, db: Database) -> None:
        super().__init__(
            [
                Column(
                    "name",
                    lambda: _t("Name"),
                    lambda r: r.name,
                    highlight=True,
                    tooltip=_name_tooltip,
                ),
                Column(
                    "organisation",
                    lambda: _t("Organisation"),
                    lambda r: r.organisation or "",
                    highlight=True,
                ),
                Column(
                    "job_title", lambda: _t("Role"), lambda r: r.job_title or "", highlight=True
                ),
                Column("email", lambda: _t("E-mail"), lambda r: r.email or "", highlight=True),
                Column(
                    "phone",
                    lambda: _t("Phone"),
                    lambda r: r.phone or "",
                    sortable=False,
                    highlight=True,
                ),
                Column("kind", lambda: _t("Internal or external"), _kind, sortable=False),
            ]
        )
        self._db = db
        self.query: PersonQuery = PersonQuery()

    def _effective(self) -> PersonQuery:
        return replace(self.query, sort=self.sort_key(), descending=self.descending)

    def query_count(self) -> int:
        return count_people(self._db.uow(), self._effective())

    def query_page(self, after: Cursor | None, limit: int) -> list[PersonRow]:
        return person_page(self._db.uow(), self._effective(), after, limit)

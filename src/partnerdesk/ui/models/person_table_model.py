"""The people list: one row per person ("Berg, Jan van der"), paged from the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from partnerdesk.persistence.database import Database
from partnerdesk.services.lists import Cursor, PersonQuery, PersonRow, count_people, person_page
from partnerdesk.ui.models.paged_table_model import Column, PagedTableModel
from partnerdesk.ui.tasks import TaskRunner


def _kind(row: PersonRow) -> str:
    return (
        QCoreApplication.translate("PersonTableModel", "Own ministry")
        if row.is_internal
        else QCoreApplication.translate("PersonTableModel", "External")
    )


def _name_tooltip(row: PersonRow) -> str | None:
    return (
        QCoreApplication.translate("PersonTableModel", "Do not contact")
        if row.do_not_contact
        else None
    )


class PersonTableModel(PagedTableModel[PersonRow]):
    NAME, ORGANISATION, JOB_TITLE, EMAIL, PHONE, KIND = range(6)

    def __init__(self, db: Database, tasks: TaskRunner | None = None) -> None:
        super().__init__(
            [
                Column(
                    "name",
                    lambda: QCoreApplication.translate("PersonTableModel", "Name"),
                    lambda r: r.name,
                    highlight=True,
                    tooltip=_name_tooltip,
                ),
                Column(
                    "organisation",
                    lambda: QCoreApplication.translate("PersonTableModel", "Organisation"),
                    lambda r: r.organisation or "",
                    # NOTE: no index can serve this order; with 100 000 people every page
                    # would sort the whole table, so the column is not sortable
                    sortable=False,
                    highlight=True,
                ),
                Column(
                    "job_title",
                    lambda: QCoreApplication.translate("PersonTableModel", "Job title"),
                    lambda r: r.job_title or "",
                    sortable=False,  # no index either (see the organisation column)
                    highlight=True,
                ),
                Column(
                    "email",
                    lambda: QCoreApplication.translate("PersonTableModel", "E-mail"),
                    lambda r: r.email or "",
                    highlight=True,
                ),
                Column(
                    "phone",
                    lambda: QCoreApplication.translate("PersonTableModel", "Phone"),
                    lambda r: r.phone or "",
                    sortable=False,
                    highlight=True,
                ),
                Column(
                    "kind",
                    lambda: QCoreApplication.translate("PersonTableModel", "Internal or external"),
                    _kind,
                    sortable=False,
                ),
            ],
            tasks,
        )
        self._db = db
        self.query: PersonQuery = PersonQuery()

    def _effective(self) -> PersonQuery:
        return replace(self.query, sort=self.sort_key(), descending=self.descending)

    def count_job(self) -> Callable[[], int]:
        db, query = self._db, self._effective()
        return lambda: count_people(db.uow(), query)

    def query_page(self, after: Cursor | None, limit: int) -> list[PersonRow]:
        return person_page(self._db.uow(), self._effective(), after, limit)

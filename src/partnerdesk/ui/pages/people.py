"""The People page: contact persons at partners and colleagues in the own ministry."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import QWidget

from partnerdesk.services import lists
from partnerdesk.services.lists import PersonQuery
from partnerdesk.ui.commands import PEOPLE
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import count_text
from partnerdesk.ui.models.person_table_model import PersonTableModel
from partnerdesk.ui.pages.people_detail import PersonDetail
from partnerdesk.ui.widgets.list_detail_page import ListDetailPage


class PeoplePage(ListDetailPage):
    key = "people"
    icon_name = "people"
    shows_entities = ("person",)
    watches = ("person", "organisation")
    services = PEOPLE
    model: PersonTableModel
    detail: PersonDetail
    # name, organisation, job title, e-mail, phone, internal or external
    column_widths = (180, 160, 150, 200, 125, 70)
    elastic_columns = frozenset(
        {
            PersonTableModel.NAME,
            PersonTableModel.ORGANISATION,
            PersonTableModel.JOB_TITLE,
            PersonTableModel.EMAIL,
        }
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list.search.setPlaceholderText(
            self.tr("Search name, e-mail, organisation, city, tags, notes…")
        )
        self.list.search.setAccessibleName(self.tr("Search people"))
        self.list.view.setAccessibleName(self.tr("People"))
        self.side_filter = self.add_filter(self.tr("Filter by own ministry or external"))
        self.tag_filter = self.add_filter(self.tr("Filter by tag"))
        self.finish_setup()

    def title(self) -> str:
        return self.tr("People")

    def make_model(self) -> PersonTableModel:
        return PersonTableModel(self.context.db, self.context.tasks)

    def make_detail(self) -> PersonDetail:
        return PersonDetail(self.context)

    def fill_filters(self) -> None:
        self.refill(
            self.side_filter,
            self.tr("Everyone"),
            [("external", self.tr("External contacts")), ("internal", self.tr("Own ministry"))],
        )
        collator = QCollator(QLocale())
        # read by the detail pane's reload_reference just before (refresh calls both)
        tags = sorted(self.detail.tag_names, key=collator.sortKey)
        self.refill(self.tag_filter, self.tr("All tags"), [(t, t) for t in tags])

    def current_query(self) -> PersonQuery:
        side = self.side_filter.currentData()
        return PersonQuery(
            search=self.list.search_text(),
            internal=None if side is None else side == "internal",
            tag=self.tag_filter.currentData(),
        )

    def is_filtered(self) -> bool:
        query = self.current_query()
        return bool(query.search or query.internal is not None or query.tag)

    def texts(self, total: int) -> tuple[str, str]:
        if not self.is_filtered():
            return (
                count_text(total, self.tr("1 person"), self.tr("%1 people")),
                self.tr(
                    "No people yet. Press New to add someone, or import a workbook (File › Import)."
                ),
            )
        count = count_text(total, self.tr("1 person matches"), self.tr("%1 people match"))
        if self.list.search_text():
            empty = self.tr(
                "Nobody matches “%1”. Check the spelling, or clear the search and filters."
            ).replace("%1", self.list.search_text())
        else:
            empty = self.tr("Nobody matches these filters. Choose “Everyone” to see more.")
        return count, empty

    def delete_texts(self, name: str) -> tuple[str, str, str]:
        return (
            self.tr(
                "Delete “%1”? Their links to organisations and sessions go with them. "
                "You can bring it all back with Edit › Undo."
            ).replace("%1", name),
            self.tr("Delete “%1”").replace("%1", name),
            self.tr("Deleted “%1”. Edit › Undo brings them back.").replace("%1", name),
        )

    def count(self) -> int | None:
        return lists.count_people(self.context.db.uow())

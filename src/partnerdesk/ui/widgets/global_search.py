"""Search everywhere: one field in the toolbar that finds organisations and people as you type."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from partnerdesk.persistence.database import Database
from partnerdesk.services.lists import (
    OrganisationQuery,
    PersonQuery,
    organisation_page,
    person_page,
)
from partnerdesk.ui.icons import icon
from partnerdesk.ui.models.paged_table_model import Roles
from partnerdesk.ui.widgets.highlight_delegate import HighlightDelegate
from partnerdesk.ui.widgets.record_list import SEARCH_DELAY_MS

#: results shown per kind of record
RESULTS_PER_KIND = 8
_ENTITY = Qt.ItemDataRole.UserRole + 10
#: what the completer would write into the field: the query itself, so typing is not disturbed
_KEEP_TEXT = Qt.ItemDataRole.UserRole + 11


class GlobalSearch(QLineEdit):
    """Type part of a name, e-mail, city or tag; pick a result to open it on its page."""

    #: entity ("organisation" or "person") and id of the chosen result
    chosen = Signal(str, int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(_KEEP_TEXT)
        self.completer_.setMaxVisibleItems(RESULTS_PER_KIND * 2)
        self.completer_.setWidget(self)
        popup = self.completer_.popup()
        if popup is not None:
            popup.setItemDelegate(HighlightDelegate(popup))
        self.completer_.activated[QModelIndex].connect(self._choose)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._open_first)

    def search_now(self) -> None:
        """Query both lists for the current text and show the results under the field."""
        self._timer.stop()
        query = self.text().strip()
        self.results.clear()
        if not query:
            self._hide_popup()
            return
        organisations = organisation_page(
            self._db.uow(), OrganisationQuery(search=query), limit=RESULTS_PER_KIND
        )
        people = person_page(self._db.uow(), PersonQuery(search=query), limit=RESULTS_PER_KIND)
        for org in organisations:
            detail = " · ".join(p for p in (org.city, org.sector) if p)
            self._add("organisation", org.id, org.name, detail, query)
        for person in people:
            detail = " · ".join(p for p in (person.organisation, person.email) if p)
            self._add("person", person.id, person.name, detail, query)
        if not organisations and not people:
            item = QStandardItem(self.tr("Nothing found for “%1”").replace("%1", query))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(query, _KEEP_TEXT)
            self.results.appendRow(item)
        self.completer_.complete()

    def _add(self, entity: str, record_id: int, name: str, detail: str, query: str) -> None:
        text = f"{name}   —   {detail}" if detail else name
        item = QStandardItem(icon("organisations" if entity == "organisation" else "person"), text)
        item.setData(record_id, Roles.ID)
        item.setData(entity, _ENTITY)
        item.setData(query, Roles.HIGHLIGHT)
        item.setData(query, _KEEP_TEXT)
        item.setEditable(False)
        self.results.appendRow(item)

    def _hide_popup(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def _choose(self, index: QModelIndex) -> None:
        entity = index.data(_ENTITY)
        record_id = index.data(Roles.ID)
        if entity and record_id is not None:
            self._hide_popup()
            self.chosen.emit(str(entity), int(record_id))

    def _open_first(self) -> None:
        if self._timer.isActive() or self.results.rowCount() == 0:
            self.search_now()
        first = self.results.index(0, 0)
        if first.isValid():
            self._choose(first)

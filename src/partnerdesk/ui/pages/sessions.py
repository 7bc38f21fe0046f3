"""The Sessions page: the list of dialogue sessions with filters, and what to do with one."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import SessionKind, SessionStatus
from partnerdesk.errors import UserError
from partnerdesk.services import sessions as session_service
from partnerdesk.services.briefing import build_brief
from partnerdesk.services.organisations import list_organisation_names
from partnerdesk.services.records import SessionFilter
from partnerdesk.ui import formatting, messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.session_dialog import ENTITY, SESSION_SAVES, SessionDialog
from partnerdesk.ui.dialogs.undoable_save import DeleteCommand
from partnerdesk.ui.labels import label as vocabulary
from partnerdesk.ui.pages.sessions_models import SessionTableModel
from partnerdesk.ui.pages.table_page import TablePage
from partnerdesk.ui.widgets.choices import refill_choices

ANY_TIME, UPCOMING, PAST_90_DAYS, THIS_YEAR, CUSTOM = range(5)


class ImportSessionsCommand(QUndoCommand):
    """Undo of a calendar import deletes the sessions it created; redo puts them back."""

    def __init__(self, context: AppContext, session_ids: list[int], file_name: str) -> None:
        super().__init__(
            QCoreApplication.translate("SessionsPage", "Import %1").replace("%1", file_name)
        )
        self._context = context
        self._ids = session_ids
        self._snapshots: list[dict[str, Any]] = []
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        for snapshot in self._snapshots:
            session_service.restore_session(self._context.db.uow(), snapshot)
        self._snapshots = []
        self._context.events.data_changed.emit(ENTITY)

    def undo(self) -> None:
        self._snapshots = [
            session_service.delete_session(self._context.db.uow(), session_id)
            for session_id in self._ids
        ]
        self._context.events.data_changed.emit(ENTITY)


class SessionsPage(TablePage):
    key = "sessions"
    icon_name = "sessions"
    shows_entities = ("dialogue_session",)
    can_create = True
    can_delete = True
    can_search = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = SessionTableModel()
        self.count_label = QLabel()
        self._count = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.period = QComboBox()
        self.period.addItems(
            [
                self.tr("Any time"),
                self.tr("Upcoming"),
                self.tr("Past 90 days"),
                self.tr("This year"),
                self.tr("Custom period"),
            ]
        )
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_until = QDateEdit(QDate.currentDate().addMonths(2))
        for edit in (self.date_from, self.date_until):
            edit.setCalendarPopup(True)
            edit.setVisible(False)
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.setMinimumContentsLength(14)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in SessionKind:
            self.kind.addItem(vocabulary(kind), kind)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in SessionStatus:
            self.status.addItem(vocabulary(status), status)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.period)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_until)
        filters.addWidget(self.organisation, 1)
        filters.addWidget(self.kind)
        filters.addWidget(self.status)
        filters.addWidget(self.count_label)

        self.build_table(self.model, SessionTableModel.TITLE)

        self.new_button = QPushButton(self.tr("New session…"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.brief_button = QPushButton(self.tr("Brief (PDF)…"))
        self.woo_button = QPushButton(self.tr("Woo brief (PDF)…"))
        self.woo_button.setToolTip(
            self.tr("The brief with people's names and contact details replaced by 5.1.2e")
        )
        self.print_button = QPushButton(self.tr("Print brief…"))
        self.ics_button = QPushButton(self.tr("Add to calendar (.ics)…"))
        self.import_button = QPushButton(self.tr("Import from calendar…"))
        self.import_button.setToolTip(
            self.tr("Create planned sessions from an .ics file from Outlook, Google or Thunderbird")
        )
        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.brief_button.clicked.connect(lambda: self.save_brief(woo=False))
        self.woo_button.clicked.connect(lambda: self.save_brief(woo=True))
        self.print_button.clicked.connect(self.print_selected)
        self.ics_button.clicked.connect(self.export_ics)
        self.import_button.clicked.connect(self.import_ics)
        self.selection_buttons = (
            self.open_button,
            self.delete_button,
            self.brief_button,
            self.woo_button,
            self.print_button,
            self.ics_button,
        )
        buttons = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        for button in (self.brief_button, self.woo_button, self.print_button, self.ics_button):
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self._load_organisations()
        self.search.textChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_until.dateChanged.connect(self.refresh)
        self.organisation.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.start()

    def title(self) -> str:
        return self.tr("Sessions")

    # --- list -----------------------------------------------------------------------

    def _load_organisations(self) -> None:
        organisations = list_organisation_names(self.context.db.uow())
        refill_choices(self.organisation, organisations, self.tr("All organisations"))

    def _period_changed(self) -> None:
        custom = self.period.currentIndex() == CUSTOM
        self.date_from.setVisible(custom)
        self.date_until.setVisible(custom)
        self.refresh()

    def filters(self) -> SessionFilter:
        today = dt.date.today()
        starts_from: dt.date | None = None
        starts_until: dt.date | None = None
        period = self.period.currentIndex()
        if period == UPCOMING:
            starts_from = today
        elif period == PAST_90_DAYS:
            starts_from, starts_until = today - dt.timedelta(days=90), today
        elif period == THIS_YEAR:
            starts_from, starts_until = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        elif period == CUSTOM:
            starts_from = formatting.from_qdate(self.date_from.date())
            starts_until = formatting.from_qdate(self.date_until.date())
        organisation = self.organisation.currentData()
        return SessionFilter(
            starts_from=starts_from,
            starts_until=starts_until,
            organisation_id=int(organisation) if organisation is not None else None,
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            text=self.search.text().strip() or None,
        )

    def refresh(self) -> None:
        filters = self.filters()
        uow = self.context.db.uow
        count = session_service.count_sessions(uow(), filters)
        self._count = count
        self.model.reset(
            count, lambda offset, limit: session_service.session_rows(uow(), filters, offset, limit)
        )
        self.count_label.setText(
            formatting.count_text(count, self.tr("1 session"), self.tr("%1 sessions"))
        )
        filtered = filters != SessionFilter()
        if count:
            self.stack.setCurrentWidget(self.table)
            self.fit_columns(SessionTableModel.TITLE, widest=170)
        elif filtered:
            self.empty.setText(
                self.tr("No sessions match these filters — change or clear them to see more.")
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(
                self.tr(
                    "No sessions yet — press New session to plan a dialogue session with partners."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        self._update_buttons()
        self.count_changed.emit()

    def _data_changed(self, entity: str) -> None:
        if entity == "organisation":
            self._load_organisations()
        if entity in ("dialogue_session", "organisation", "person"):
            self.refresh()

    # --- Page interface --------------------------------------------------------------

    def editor(self, record_id: int) -> QDialog:
        return SessionDialog(self.context, record_id, parent=self)

    def new_record(self) -> None:
        dialog = SessionDialog(self.context, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.refresh()
            self.select_id(dialog.saved_id)

    def delete_selected(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        title = str(self.model.index(self.table.currentIndex().row(), 1).data() or "")
        what = self.tr("Delete session “%1”")
        self.push_undoable(
            DeleteCommand(self.context, SESSION_SAVES, session_id, what.replace("%1", title)),
            self.tr("Session deleted — Undo puts it back."),
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_record(self, entity: str, record_id: int) -> None:
        if entity != "dialogue_session":
            return
        if not self.select_id(record_id):
            self.period.setCurrentIndex(ANY_TIME)
            self.search.clear()
            self.organisation.setCurrentIndex(0)
            self.kind.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.select_id(record_id)

    # --- brief and calendar -----------------------------------------------------------

    def ask_save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        """Where to save (a file dialog); tests replace this."""
        start = str(Path.home() / suggested)
        path, _ = QFileDialog.getSaveFileName(self, caption, start, file_filter)
        return Path(path) if path else None

    def ask_open_path(self, caption: str, file_filter: str) -> Path | None:
        """Which file to read (a file dialog); tests replace this."""
        path, _ = QFileDialog.getOpenFileName(self, caption, str(Path.home()), file_filter)
        return Path(path) if path else None

    def import_ics(self) -> list[int]:
        """Create planned sessions from a calendar file; attendees known by e-mail take part."""
        path = self.ask_open_path(
            self.tr("Import from calendar"), self.tr("Calendar files (*.ics)")
        )
        if path is None:
            return []
        try:
            ids = session_service.import_ics_file(self.context.db.uow(), path)
        except UserError as error:
            messages.show_error(self, error, self.tr("Nothing was imported"))
            return []
        self.context.undo_stack.push(ImportSessionsCommand(self.context, ids, path.name))
        self.context.events.data_changed.emit(ENTITY)
        self.context.events.status_message.emit(
            formatting.count_text(
                len(ids),
                self.tr("1 session imported from %2 — open it to add roles and questions."),
                self.tr("%1 sessions imported from %2 — open them to add roles and questions."),
            ).replace("%2", path.name)
        )
        if ids:
            self.open_record(ENTITY, ids[0])
        return ids

    def _file_stem(self) -> str:
        row = self.table.currentIndex().row()
        title = str(self.model.index(row, SessionTableModel.TITLE).data() or "session")
        return re.sub(r"[^\w\- ]+", "", title).strip()[:60] or "session"

    def save_brief(self, *, woo: bool) -> Path | None:
        session_id = self.selected_id()
        if session_id is None:
            return None
        from partnerdesk.ui.briefing import write_pdf

        suffix = " (Woo)" if woo else ""
        path = self.ask_save_path(
            self.tr("Save the Woo brief") if woo else self.tr("Save the brief"),
            f"{self._file_stem()}{suffix}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return None
        try:
            write_pdf(build_brief(self.context.db.uow(), session_id, woo=woo), path)
        except UserError as error:
            messages.show_error(self, error, self.tr("The brief was not saved"))
            return None
        self.context.events.status_message.emit(
            self.tr("Brief saved as %1").replace("%1", path.name)
        )
        return path

    def print_selected(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        from partnerdesk.ui.briefing import print_brief

        try:
            print_brief(self, build_brief(self.context.db.uow(), session_id))
        except UserError as error:
            messages.show_error(self, error)

    def export_ics(self) -> Path | None:
        session_id = self.selected_id()
        if session_id is None:
            return None
        path = self.ask_save_path(
            self.tr("Add to calendar"),
            f"{self._file_stem()}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if path is None:
            return None
        try:
            session_service.export_session_ics(self.context.db.uow(), session_id, path)
        except UserError as error:
            messages.show_error(self, error, self.tr("The calendar file was not saved"))
            return None
        self.context.events.status_message.emit(
            self.tr("Saved %1 — open it to add the session to your calendar.").replace(
                "%1", path.name
            )
        )
        return path

"""The Actions page: follow-ups with owner and due date, overdue ones marked, quick "mark done"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import ActionStatus
from partnerdesk.errors import UserError
from partnerdesk.services import actions as action_service
from partnerdesk.services.records import ActionFilter
from partnerdesk.ui import formatting, messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.action_dialog import ACTION_SAVES, ActionDialog, mark_done
from partnerdesk.ui.dialogs.undoable_save import DeleteCommand
from partnerdesk.ui.pages.sessions_models import ActionTableModel
from partnerdesk.ui.pages.table_page import TablePage
from partnerdesk.ui.widgets.choices import refill_choices

OVERDUE = "overdue"


class ActionsPage(TablePage):
    key = "actions"
    icon_name = "actions"
    shows_entities = ("action",)
    can_create = True
    can_delete = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ActionTableModel()
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setMinimumContentsLength(22)
        self.status = QComboBox()
        self.status.addItem(self.tr("Open"), ActionStatus.OPEN)
        self.status.addItem(self.tr("Overdue"), OVERDUE)
        self.status.addItem(self.tr("Done"), ActionStatus.DONE)
        self.status.addItem(self.tr("Dropped"), ActionStatus.DROPPED)
        self.status.addItem(self.tr("Any status"), None)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Owner")))
        filters.addWidget(self.owner)
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status)
        filters.addStretch()

        self.build_table(self.model, ActionTableModel.DESCRIPTION)

        self.count_label = QLabel()
        self._count = 0
        self.new_button = QPushButton(self.tr("New action…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setShortcut("Ctrl+D")
        self.done_button.setToolTip(self.tr("Mark the selected action as done (Ctrl+D)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.delete_button.clicked.connect(self.delete_selected)
        self.selection_buttons = (self.edit_button, self.done_button, self.delete_button)
        buttons = QHBoxLayout()
        for button in (self.new_button, *self.selection_buttons):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self._load_owners()
        self.owner.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.start()

    def title(self) -> str:
        return self.tr("Actions")

    def _load_owners(self) -> None:
        owners = action_service.action_owners(self.context.db.uow())
        refill_choices(self.owner, owners, self.tr("Anyone"))

    def filters(self) -> ActionFilter:
        owner = self.owner.currentData()
        status = self.status.currentData()
        return ActionFilter(
            owner_id=int(owner) if owner is not None else None,
            status=ActionStatus(status) if status not in (None, OVERDUE) else None,
            overdue_only=status == OVERDUE,
        )

    def refresh(self) -> None:
        filters = self.filters()
        uow = self.context.db.uow
        today = dt.date.today()
        count = action_service.count_actions(uow(), filters, today)
        self._count = count
        overdue = action_service.count_actions(
            uow(), ActionFilter(owner_id=filters.owner_id, overdue_only=True), today
        )
        self.model.reset(
            count,
            lambda offset, limit: action_service.action_rows(uow(), filters, offset, limit, today),
        )
        text = formatting.count_text(count, self.tr("1 action"), self.tr("%1 actions"))
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", QLocale().toString(overdue))
        self.count_label.setText(text)
        if count:
            self.stack.setCurrentWidget(self.table)
            # long links are cut rather than squeezing the description away
            self.fit_columns(ActionTableModel.DESCRIPTION, widest=280)
        else:
            if filters == ActionFilter(status=ActionStatus.OPEN):
                self.empty.setText(
                    self.tr(
                        "No open actions — press New action, or create one from a session's outcomes."
                    )
                )
            else:
                self.empty.setText(
                    self.tr("No actions match these filters — choose another owner or status.")
                )
            self.stack.setCurrentWidget(self.empty)
        self._update_buttons()
        self.count_changed.emit()

    def _data_changed(self, entity: str) -> None:
        if entity in ("action", "person"):
            self._load_owners()
        if entity in ("action", "person", "dialogue_session", "organisation"):
            self.refresh()

    def editor(self, record_id: int) -> QDialog:
        return ActionDialog(self.context, record_id, parent=self)

    def new_record(self) -> None:
        dialog = ActionDialog(self.context, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def mark_selected_done(self) -> None:
        action_id = self.selected_id()
        if action_id is None:
            return
        try:
            mark_done(self.context, action_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.events.status_message.emit(self.tr("Action marked done — Undo reopens it."))

    def delete_selected(self) -> None:
        action_id = self.selected_id()
        if action_id is None:
            return
        row = self.table.currentIndex().row()
        description = str(self.model.index(row, ActionTableModel.DESCRIPTION).data() or "")
        what = self.tr("Delete action “%1”")
        self.push_undoable(
            DeleteCommand(
                self.context, ACTION_SAVES, action_id, what.replace("%1", description[:40])
            ),
            self.tr("Action deleted — Undo puts it back."),
        )

    def open_record(self, entity: str, record_id: int) -> None:
        if entity != "action":
            return
        if not self.select_id(record_id):
            self.owner.setCurrentIndex(0)
            self.status.setCurrentIndex(self.status.findData(None))
            self.select_id(record_id)

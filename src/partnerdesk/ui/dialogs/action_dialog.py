"""The action editor: description, owner, due date, status, and what the action belongs to."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import ActionStatus
from partnerdesk.errors import UserError
from partnerdesk.services import actions as action_service
from partnerdesk.services import sessions as session_service
from partnerdesk.services.organisations import list_organisation_names
from partnerdesk.services.outreach import list_waves
from partnerdesk.services.records import ActionDraft, SessionFilter
from partnerdesk.ui import formatting, messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.undoable_save import SaveSteps, save_undoable
from partnerdesk.ui.labels import label as vocabulary
from partnerdesk.ui.widgets.choices import choice_combo, person_label

ENTITY = "action"


def _describe(before: ActionDraft | None, after: ActionDraft) -> str:
    what = (
        QCoreApplication.translate("ActionDialog", "Edit action “%1”")
        if before
        else QCoreApplication.translate("ActionDialog", "New action “%1”")
    )
    return what.replace("%1", after.description[:40])


ACTION_SAVES = SaveSteps(
    entities=(ENTITY,),
    save=action_service.save_action,
    delete=action_service.delete_action,
    describe=_describe,
)


def save_action_undoable(
    context: AppContext,
    draft: ActionDraft,
    action_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Save an action and put the change on the undo stack; returns its id."""
    before = (
        action_service.get_action(context.db.uow(), action_id).to_draft()
        if action_id is not None
        else None
    )
    return save_undoable(context, ACTION_SAVES, draft, action_id, expected_version, before).id


class ActionDialog(QDialog):
    """Create or edit one action."""

    def __init__(
        self,
        context: AppContext,
        action_id: int | None = None,
        draft: ActionDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.action_id = action_id
        self._version: int | None = None
        self.setWindowTitle(self.tr("New action") if action_id is None else self.tr("Action"))
        uow = context.db.uow
        people = session_service.participant_choices(uow())
        sessions = session_service.session_rows(uow(), SessionFilter(), 0, 500)
        organisations = list_organisation_names(uow())
        waves = list_waves(uow())
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What has to be done"))
        self.description.setMaximumHeight(110)
        self.owner = self._combo([(p.id, person_label(p)) for p in people])
        self.has_due = QCheckBox(self.tr("Due on"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDate(QDate.currentDate().addDays(14))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(True)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch()
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(vocabulary(status), status)
        self.session = self._combo(
            [(s.id, f"{s.title} ({formatting.date(s.starts_at.date())})") for s in sessions]
        )
        self.organisation = self._combo(organisations)
        self.person = self._combo([(p.id, person_label(p)) for p in people])
        self.wave = self._combo([(w.id, w.name) for w in waves])
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.description)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due date"), due_row)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Outreach wave"), self.wave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if action_id is not None:
            record = action_service.get_action(uow(), action_id)
            self._version = record.version
            self._show(record.to_draft())
        elif draft is not None:
            self._show(draft)
        self.resize(620, 440)

    def _combo(self, items: Iterable[tuple[int, str]]) -> QComboBox:
        return choice_combo(items, self.tr("(none)"))

    def _show(self, draft: ActionDraft) -> None:
        self.description.setPlainText(draft.description)
        self.has_due.setChecked(draft.due_on is not None)
        if draft.due_on is not None:
            self.due.setDate(formatting.qdate(draft.due_on))
        self.status.setCurrentIndex(self.status.findData(draft.status))
        for combo, value in (
            (self.owner, draft.owner_id),
            (self.session, draft.session_id),
            (self.organisation, draft.organisation_id),
            (self.person, draft.person_id),
            (self.wave, draft.wave_id),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def draft(self) -> ActionDraft:
        def chosen(combo: QComboBox) -> int | None:
            value = combo.currentData()
            return int(value) if value is not None else None

        due: dt.date | None = (
            formatting.from_qdate(self.due.date()) if self.has_due.isChecked() else None
        )
        return ActionDraft(
            description=self.description.toPlainText(),
            owner_id=chosen(self.owner),
            due_on=due,
            status=ActionStatus(self.status.currentData()),
            session_id=chosen(self.session),
            organisation_id=chosen(self.organisation),
            person_id=chosen(self.person),
            wave_id=chosen(self.wave),
        )

    def save(self) -> None:
        try:
            self.action_id = save_action_undoable(
                self.context, self.draft(), self.action_id, self._version
            )
        except UserError as error:
            messages.show_error(self, error, self.tr("The action was not saved"))
            return
        self.context.events.status_message.emit(self.tr("Action saved"))
        self.accept()


def mark_done(context: AppContext, action_id: int) -> None:
    """Quick "mark done" from a list, undoable."""
    record = action_service.get_action(context.db.uow(), action_id)
    draft = dataclasses.replace(record.to_draft(), status=ActionStatus.DONE)
    save_action_undoable(context, draft, action_id, record.version)

"""The session editor: details, participants, questions and points, notes, organisations, actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import SessionKind, SessionStatus
from partnerdesk.errors import UserError
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services import actions as action_service
from partnerdesk.services import sessions as session_service
from partnerdesk.services.organisations import list_organisation_names
from partnerdesk.services.records import ActionDraft, ActionFilter, SessionDraft, SessionRecord
from partnerdesk.ui import formatting, messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.session_widgets import OrderedTextList, ParticipantsEditor
from partnerdesk.ui.dialogs.undoable_save import SaveSteps, save_undoable
from partnerdesk.ui.labels import label as vocabulary
from partnerdesk.ui.widgets.choices import IdList, choice_combo, person_label

ENTITY = "dialogue_session"


def _save(
    uow: UnitOfWork, draft: SessionDraft, session_id: int | None, expected_version: int | None
) -> SessionRecord:
    if session_id is None:
        return session_service.create_session(uow, draft)
    return session_service.update_session(uow, session_id, draft, expected_version)


def _describe(before: SessionDraft | None, after: SessionDraft) -> str:
    what = (
        QCoreApplication.translate("SessionDialog", "Edit session “%1”")
        if before
        else QCoreApplication.translate("SessionDialog", "New session “%1”")
    )
    return what.replace("%1", after.title)


# Undo of a new session deletes it keeping a snapshot, so redo brings it back with its id
SESSION_SAVES = SaveSteps(
    entities=(ENTITY,),
    save=_save,
    delete=session_service.delete_session,
    describe=_describe,
    restore=session_service.restore_session,
)


class SessionDialog(QDialog):
    """Create or edit one session; saving is one transaction and can be undone."""

    def __init__(
        self, context: AppContext, session_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.saved_id: int | None = None
        self._version: int | None = None
        self._before: SessionDraft | None = None
        self.setWindowTitle(self.tr("New session") if session_id is None else self.tr("Session"))
        self.choices = session_service.participant_choices(context.db.uow())
        self.organisations = list_organisation_names(context.db.uow())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.participants = ParticipantsEditor(self.choices)
        self.tabs.addTab(self._participants_tab(), self.tr("Participants and roles"))
        self.tabs.addTab(self._agenda_tab(), self.tr("Questions and points"))
        self.tabs.addTab(self._outcomes_tab(), self.tr("Outcomes and actions"))
        self.tabs.addTab(self._organisations_tab(), self.tr("Organisations"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        if session_id is not None:
            self._load(session_id)
        else:
            start = QDateTime.currentDateTime().addDays(7)
            start.setTime(QTime(14, 0))
            self.starts.setDateTime(start)
            self.ends.setDateTime(start.addSecs(90 * 60))
        self._refresh_actions()
        self.resize(900, 640)

    # --- tabs -------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the session is about"))
        self.kind = QComboBox()
        for kind in SessionKind:
            self.kind.addItem(vocabulary(kind), kind)
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(_datetime_format())
        self.ends = QDateTimeEdit()
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat(_datetime_format())
        self.duration = QLabel()
        self.starts.dateTimeChanged.connect(self._keep_duration)
        self.ends.dateTimeChanged.connect(self._show_duration)
        self._last_start = self.starts.dateTime()
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel("–"))
        times.addWidget(self.ends)
        times.addWidget(self.duration)
        times.addStretch()
        self.online = QCheckBox(self.tr("Online"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Address, room, or the meeting link or app"))
        place = QHBoxLayout()
        place.addWidget(self.online)
        place.addWidget(self.location, 1)
        self.organiser = self._organisation_combo()
        self.facilitator = choice_combo(
            ((c.id, person_label(c)) for c in self.choices), self.tr("(none)"), popup=True
        )
        self.status = QComboBox()
        for status in SessionStatus:
            self.status.addItem(vocabulary(status), status)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Start and end"), times)
        form.addRow(self.tr("Where"), place)
        form.addRow(self.tr("Organiser"), self.organiser)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        form.addRow(self.tr("Status"), self.status)
        self.background = QPlainTextEdit()
        self.goal = QPlainTextEdit()
        self.background.setPlaceholderText(self.tr("Why this session: the occasion"))
        self.goal.setPlaceholderText(self.tr("What the session should achieve"))
        form.addRow(self.tr("Background"), self.background)
        form.addRow(self.tr("Goal"), self.goal)
        return page

    def _participants_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.participants, 3)
        roles_heading = self.tr("Roles")
        layout.addWidget(QLabel(f"<b>{roles_heading}</b>"))
        self.roles = QPlainTextEdit()
        self.roles.setPlaceholderText(
            self.tr("Who leads, who opens, who listens — as it should appear in the brief")
        )
        layout.addWidget(self.roles, 1)
        return page

    def _agenda_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.questions = OrderedTextList(
            self.tr("Add question…"),
            self.tr("No preparatory questions yet — Add question, to send participants ahead."),
        )
        self.points = OrderedTextList(
            self.tr("Add point…"), self.tr("No points for discussion yet — Add point.")
        )
        self.sub_questions = OrderedTextList(
            self.tr("Add sub-question…"),
            self.tr("No sub-questions yet — add the ones to work on together afterwards."),
        )
        for label, editor in (
            (self.tr("Preparatory questions"), self.questions),
            (self.tr("Points for discussion"), self.points),
            (self.tr("Sub-questions to work on together"), self.sub_questions),
        ):
            heading = QLabel(f"<b>{label}</b>")
            layout.addWidget(heading)
            layout.addWidget(editor)
        return page

    def _outcomes_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.outcomes = QPlainTextEdit()
        self.outcomes.setPlaceholderText(self.tr("What came out of the session"))
        self.decisions = QPlainTextEdit()
        self.decisions.setPlaceholderText(self.tr("What was decided"))
        form.addRow(self.tr("Outcomes"), self.outcomes)
        form.addRow(self.tr("Decisions"), self.decisions)
        layout.addLayout(form)
        actions_heading = self.tr("Actions from this session")
        layout.addWidget(QLabel(f"<b>{actions_heading}</b>"))
        self.action_list = QListWidget()
        self.action_hint = QLabel()
        self.action_hint.setEnabled(False)
        self.action_hint.setWordWrap(True)
        self.new_action = QPushButton(self.tr("New action from outcomes…"))
        self.new_action.setToolTip(
            self.tr("Select a sentence in the outcomes to use it as the action's description")
        )
        self.new_action.clicked.connect(self.create_action)
        layout.addWidget(self.action_list)
        layout.addWidget(self.action_hint)
        row = QHBoxLayout()
        row.addWidget(self.new_action)
        row.addStretch()
        layout.addLayout(row)
        return page

    def _organisations_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Organisations involved in this session")))
        self.org_list = IdList()
        self.org_hint = QLabel(
            self.tr("No organisations yet — choose one below and press Add organisation.")
        )
        self.org_hint.setEnabled(False)
        self.org_picker = self._organisation_combo(with_none=False)
        add = QPushButton(self.tr("Add organisation"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(self._add_selected_organisation)
        remove.clicked.connect(self._remove_organisation)
        row = QHBoxLayout()
        row.addWidget(self.org_picker, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addWidget(self.org_list)
        layout.addWidget(self.org_hint)
        layout.addLayout(row)
        return page

    def _organisation_combo(self, with_none: bool = True) -> QComboBox:
        return choice_combo(
            self.organisations, self.tr("(none)") if with_none else None, popup=True
        )

    # --- behaviour ----------------------------------------------------------------------

    def _keep_duration(self, start: QDateTime) -> None:
        """Moving the start moves the end with it, keeping the length."""
        length = self._last_start.secsTo(self.ends.dateTime())
        self._last_start = start
        if length >= 0:
            self.ends.setDateTime(start.addSecs(length))
        self._show_duration()

    def _show_duration(self, *_args: object) -> None:
        minutes = self.starts.dateTime().secsTo(self.ends.dateTime()) // 60
        self.duration.setText(
            formatting.count_text(minutes, self.tr("1 minute"), self.tr("%1 minutes"))
            if minutes >= 0
            else ""
        )

    def add_organisation(self, org_id: int) -> None:
        name = dict(self.organisations).get(org_id, str(org_id))
        if self.org_list.add_id(org_id, name):
            self.org_hint.setVisible(False)

    def _add_selected_organisation(self) -> None:
        org_id = self.org_picker.currentData()
        if org_id is not None:
            self.add_organisation(int(org_id))

    def _remove_organisation(self) -> None:
        self.org_list.remove_current()
        self.org_hint.setVisible(self.org_list.count() == 0)

    def _load(self, session_id: int) -> None:
        record = session_service.get_session(self.context.db.uow(), session_id)
        self._version = record.version
        self._before = record.to_draft()
        self.setWindowTitle(self.tr("Session: %1").replace("%1", record.title))
        self.title.setText(record.title)
        self.kind.setCurrentIndex(self.kind.findData(record.kind))
        self.starts.setDateTime(formatting.qdatetime(record.starts_at))
        self._last_start = self.starts.dateTime()
        if record.ends_at:
            self.ends.setDateTime(formatting.qdatetime(record.ends_at))
        self.online.setChecked(record.online)
        self.location.setText(record.location or "")
        self.organiser.setCurrentIndex(max(0, self.organiser.findData(record.organiser_id)))
        self.facilitator.setCurrentIndex(max(0, self.facilitator.findData(record.facilitator_id)))
        self.status.setCurrentIndex(self.status.findData(record.status))
        for participant in record.participants:
            self.participants.add_participant(participant)
        self.questions.set_texts(record.questions)
        self.points.set_texts(record.discussion_points)
        self.sub_questions.set_texts(record.sub_questions)
        self.background.setPlainText(record.background or "")
        self.goal.setPlainText(record.goal or "")
        self.roles.setPlainText(record.roles or "")
        self.outcomes.setPlainText(record.outcomes or "")
        self.decisions.setPlainText(record.decisions or "")
        for org_id in record.organisation_ids:
            self.add_organisation(org_id)

    def draft(self) -> SessionDraft:
        organiser = self.organiser.currentData()
        facilitator = self.facilitator.currentData()
        return SessionDraft(
            title=self.title.text(),
            starts_at=formatting.from_qdatetime(self.starts.dateTime()),
            ends_at=formatting.from_qdatetime(self.ends.dateTime()),
            kind=SessionKind(self.kind.currentData()),
            online=self.online.isChecked(),
            location=self.location.text(),
            organiser_id=int(organiser) if organiser is not None else None,
            facilitator_id=int(facilitator) if facilitator is not None else None,
            status=SessionStatus(self.status.currentData()),
            background=self.background.toPlainText(),
            goal=self.goal.toPlainText(),
            roles=self.roles.toPlainText(),
            outcomes=self.outcomes.toPlainText(),
            decisions=self.decisions.toPlainText(),
            questions=self.questions.texts(),
            discussion_points=self.points.texts(),
            sub_questions=self.sub_questions.texts(),
            participants=self.participants.participants(),
            organisation_ids=self.org_list.ids(),
        )

    def save(self) -> bool:
        """Save the session (one transaction) and put the change on the undo stack."""
        draft = self.draft()
        try:
            record = save_undoable(
                self.context, SESSION_SAVES, draft, self.session_id, self._version, self._before
            )
        except UserError as error:
            messages.show_error(self, error, self.tr("The session was not saved"))
            return False
        self.saved_id = record.id
        self.session_id = record.id
        self._version = record.version
        self._before = record.to_draft()
        self.context.events.status_message.emit(self.tr("Session saved"))
        self.accept()
        return True

    def create_action(self) -> None:
        """An action linked to this session, its description taken from the outcomes."""
        if self.session_id is None:
            return
        from partnerdesk.ui.dialogs.action_dialog import ActionDialog

        selected = self.outcomes.textCursor().selectedText().replace("\u2029", " ").strip()
        if not selected:
            text = self.outcomes.toPlainText().strip()
            selected = text.split(". ")[0].strip() if text else ""
        organiser = self.organiser.currentData()
        dialog = ActionDialog(
            self.context,
            draft=ActionDraft(
                description=selected,
                due_on=dt.date.today() + dt.timedelta(days=14),
                session_id=self.session_id,
                organisation_id=int(organiser) if organiser is not None else None,
            ),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._refresh_actions()

    def _refresh_actions(self) -> None:
        self.action_list.clear()
        if self.session_id is None:
            self.new_action.setEnabled(False)
            self.action_hint.setText(self.tr("Save the session first to add actions to it."))
            return
        self.new_action.setEnabled(True)
        rows = action_service.action_rows(
            self.context.db.uow(), ActionFilter(session_id=self.session_id)
        )
        for row in rows:
            owner = f" — {row.owner_name}" if row.owner_name else ""
            due = f" ({formatting.date(row.due_on)})" if row.due_on else ""
            status = self.tr("Overdue") if row.overdue else vocabulary(row.status)
            self.action_list.addItem(f"{row.description}{owner}{due} · {status}")
        self.action_list.setVisible(bool(rows))
        self.action_hint.setText(
            ""
            if rows
            else self.tr("No actions yet — New action from outcomes turns a result into a task.")
        )
        self.action_hint.setVisible(not rows)


def _datetime_format() -> str:
    locale = QLocale()
    return (
        locale.dateFormat(QLocale.FormatType.ShortFormat)
        .replace("yy", "yyyy")
        .replace("yyyyyyyy", "yyyy")
        + " "
        + locale.timeFormat(QLocale.FormatType.ShortFormat)
    )

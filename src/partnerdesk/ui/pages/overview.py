"""The Overview page: what needs attention today, each item one click from its record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.errors import UserError
from partnerdesk.services import overview as overview_service
from partnerdesk.services.overview import Overview, RecentChange
from partnerdesk.services.records import ActionRecord
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import date as day
from partnerdesk.ui.icons import icon
from partnerdesk.ui.labels import label
from partnerdesk.ui.pages.base import Page

RecordRole = Qt.ItemDataRole.UserRole + 1


class _Section(QGroupBox):
    """A titled list with its count; an empty list says so in words instead."""

    def __init__(self, title: str, empty_text: str, context: AppContext) -> None:
        super().__init__()
        self._title = title
        self._context = context
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.itemActivated.connect(self._open)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(60)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setIconSize(QSize(16, 16))
        self.set_items([], 0)

    def set_items(
        self,
        items: list[tuple[str, tuple[str, int] | None, str]],
        total: int,
        warning: bool = False,
    ) -> None:
        """Items as (text, (entity, id) to open or None, tooltip); ``total`` may exceed the list."""
        self.list.clear()
        warning_icon = icon("warning")
        for text, target, tooltip in items:
            item = QListWidgetItem(text)
            item.setData(RecordRole, target)
            item.setToolTip(f"{text}\n{tooltip}" if tooltip else text)
            if warning:
                item.setIcon(warning_icon)
            if target is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        shown = len(items)
        title = f"{self._title} ({total})"
        if total > shown:
            title = f"{self._title} ({shown}/{total})"
        self.setTitle(title)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        rows = max(min(shown, 10), 1)
        row_height = self.list.sizeHintForRow(0) if shown else self.list.fontMetrics().height()
        self.list.setMinimumHeight(rows * row_height + 2 * self.list.frameWidth() + 2)

    def set_title(self, title: str) -> None:
        self._title = title

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(RecordRole)
        if target:
            entity, record_id = target
            self._context.events.open_record.emit(entity, int(record_id))


class OverviewPage(Page):
    key = "overview"
    icon_name = "overview"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.overdue = _Section(
            self.tr("Overdue actions"), self.tr("Nothing overdue. Well done."), context
        )
        self.upcoming = _Section(
            self.tr("Actions due in the next two weeks"),
            self.tr("No actions due soon. Plan follow-ups under Actions."),
            context,
        )
        self.sessions = _Section(
            self.tr("Upcoming sessions"),
            self.tr("No sessions planned in the next four weeks. Plan one under Sessions."),
            context,
        )
        self.quiet = _Section(
            self.tr("Partners not contacted for %1 days").replace(
                "%1", str(context.prefs.stale_contact_days)
            ),
            self.tr("Every partner was contacted recently."),
            context,
        )
        self.gaps = _Section(
            self.tr("Coverage gaps"),
            self.tr("No gaps: every high-priority sector and target group has an active partner."),
            context,
        )
        self.changes = _Section(
            self.tr("Recent changes"),
            self.tr("No changes yet. Add an organisation or import a workbook to begin."),
            context,
        )
        grid = QGridLayout()
        grid.addWidget(self.overdue, 0, 0)
        grid.addWidget(self.upcoming, 0, 1)
        grid.addWidget(self.gaps, 1, 0)
        grid.addWidget(self.sessions, 1, 1)
        grid.addWidget(self.quiet, 2, 0)
        grid.addWidget(self.changes, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for row in range(3):
            grid.setRowStretch(row, 1)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.heading)
        inner_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        context.events.data_changed.connect(lambda _entity: self.refresh())

    def title(self) -> str:
        return self.tr("Overview")

    def has_selection(self) -> bool:
        return False

    def sections(self) -> dict[str, _Section]:
        return {
            "overdue": self.overdue,
            "upcoming": self.upcoming,
            "sessions": self.sessions,
            "quiet": self.quiet,
            "gaps": self.gaps,
            "changes": self.changes,
        }

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        db = self.context.db
        days = self.context.prefs.stale_contact_days
        self.context.tasks.run(
            lambda _progress: overview_service.overview(db.uow, quiet_days=days),
            lambda result: self._loaded(generation, result),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            messages.show_error(self, error)
        else:
            raise error

    def _loaded(self, generation: int, data: Overview) -> None:
        if generation != self._generation:
            return
        locale = QLocale()
        self.heading.setText(
            self.tr("Today, %1").replace(
                "%1",
                locale.toString(
                    QDate(data.today.year, data.today.month, data.today.day),
                    QLocale.FormatType.LongFormat,
                ),
            )
        )
        self.overdue.set_items(
            [self._action_item(a, data.today) for a in data.overdue_actions],
            data.overdue_total,
            warning=True,
        )
        self.upcoming.set_items(
            [self._action_item(a, data.today) for a in data.upcoming_actions],
            data.upcoming_total,
        )
        self.sessions.set_items(
            [
                (
                    f"{locale.toString(QDateTime(s.starts_at), QLocale.FormatType.ShortFormat)} — "
                    f"{s.title}",
                    ("dialogue_session", s.id),
                    self.tr("Online") if s.online else (s.location or ""),
                )
                for s in data.upcoming_sessions
            ],
            len(data.upcoming_sessions),
        )
        self.quiet.set_title(
            self.tr("Partners not contacted for %1 days").replace("%1", str(data.quiet_days))
        )
        self.quiet.set_items(
            [
                (
                    f"{q.name} — "
                    + (
                        self.tr("never contacted")
                        if q.last_contact is None
                        else self.tr("last contact %1 (%2 days ago)")
                        .replace("%1", day(q.last_contact))
                        .replace("%2", str(q.days))
                    ),
                    ("organisation", q.id),
                    label(q.status),
                )
                for q in data.quiet_partners
            ],
            data.quiet_total,
        )
        self.gaps.set_items(
            [
                (
                    (
                        self.tr("Sector “%1”: no active partner")
                        if g.kind == "sector"
                        else self.tr("Target group “%1”: no active partner")
                    ).replace("%1", g.name),
                    (g.kind, g.id),
                    self.tr("High priority"),
                )
                for g in data.gaps
            ],
            len(data.gaps),
            warning=True,
        )
        self.changes.set_items(
            [self._change_item(c) for c in data.recent_changes], len(data.recent_changes)
        )

    def _action_item(
        self, action: ActionRecord, today: dt.date
    ) -> tuple[str, tuple[str, int] | None, str]:
        when = day(action.due_on)
        if action.due_on and action.due_on < today:
            late = (today - action.due_on).days
            when = (
                self.tr("%1 (1 day late)")
                if late == 1
                else self.tr("%1 (%2 days late)").replace("%2", QLocale().toString(late))
            ).replace("%1", when)
        elif action.due_on == today:
            when = self.tr("Today")
        about = action.organisation_name or action.session_title or ""
        text = f"{when} — {action.description}"
        if about and about.casefold() not in action.description.casefold():
            text += f" ({about})"
        return text, ("action", action.id), action.owner_name or ""

    def _field_name(self, entity: str, field: str) -> str | None:
        """The coordinator's word for a changed field; None for bookkeeping fields."""
        if entity == "organisation" and field == "status":
            return self.tr("partnership status")
        return {
            "name": self.tr("name"),
            "status": self.tr("status"),
            "reach": self.tr("reach"),
            "reach_note": self.tr("reach"),
            "primary_sector_id": self.tr("sector"),
            "sector": self.tr("sector"),
            "target_group": self.tr("target groups"),
            "channel": self.tr("channels"),
            "tag": self.tr("tags"),
            "kind": self.tr("kind"),
            "city": self.tr("city"),
            "website": self.tr("website"),
            "notes": self.tr("notes"),
            "description": self.tr("description"),
            "due_on": self.tr("due date"),
            "owner_id": self.tr("owner"),
            "priority": self.tr("priority"),
            "estimated_size": self.tr("estimated size"),
            "title": self.tr("title"),
            "starts_at": self.tr("date and time"),
            "partners": self.tr("partners' answers"),
            "message": self.tr("message"),
            "email": self.tr("e-mail"),
            "phone": self.tr("phone"),
            "job_title": self.tr("job title"),
        }.get(field)

    def _change_item(self, change: RecentChange) -> tuple[str, tuple[str, int] | None, str]:
        what = {
            "organisation": self.tr("Organisation"),
            "person": self.tr("Person"),
            "dialogue_session": self.tr("Session"),
            "action": self.tr("Action"),
            "contact_moment": self.tr("Contact moment with"),
            "outreach_wave": self.tr("Outreach wave"),
            "sector": self.tr("Sector"),
            "target_group": self.tr("Target group"),
        }.get(change.entity, change.entity)
        did = {
            "create": self.tr("added"),
            "delete": self.tr("deleted"),
            "update": self.tr("changed"),
        }[change.operation]
        name = change.name if len(change.name) <= 60 else change.name[:57] + "…"
        text = f"{what} “{name}” {did}" if name else f"{what} {did}"
        fields = [f for f in (self._field_name(change.entity, f) for f in change.fields) if f]
        if fields:
            text += ": " + ", ".join(dict.fromkeys(fields))
        if change.batch_kind == "import":
            text += " " + self.tr("(import)")
        local = change.at.replace(tzinfo=dt.UTC).astimezone()
        when = QLocale().toString(
            QDateTime(local.replace(tzinfo=None)), QLocale.FormatType.ShortFormat
        )
        target = change.open_as
        return f"{when} — {text}", target, ""

"""The pages of the main window, in navigation order, described without importing them.

A page's module (and what it pulls in: dialogs, PDF, calendar, matching) is imported when the
page is first shown, so the window opens on its first page without building the others. Add a
page by subclassing ``Page`` (pages/base.py) and listing a ``PageEntry`` for it here; a test
checks each entry against its class.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from partnerdesk.ui.context import AppContext
    from partnerdesk.ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    """What the navigation shows of a page before it is built: its name, icon and count."""

    key: str
    icon_name: str
    module: str
    class_name: str
    #: the navigation title in English, translated in the page class's context
    english_title: str
    shows_entities: tuple[str, ...] = ()
    #: the count beside the page while it is not built (as the page counts on first show);
    #: runs off the GUI thread
    count: Callable[[AppContext], int | None] | None = None

    def title(self) -> str:
        """The translated title, the same text as the page's own ``title()``."""
        return QCoreApplication.translate(self.class_name, self.english_title)

    def load(self) -> type[Page]:
        """Import the page's module and return its class."""
        page_class: type[Page] = getattr(
            importlib.import_module(f"partnerdesk.ui.pages.{self.module}"), self.class_name
        )
        return page_class


def _organisations(context: AppContext) -> int:
    from partnerdesk.services import lists

    return lists.count_organisations(context.db.uow())


def _people(context: AppContext) -> int:
    from partnerdesk.services import lists

    return lists.count_people(context.db.uow())


def _sessions(context: AppContext) -> int:
    from partnerdesk.services.records import SessionFilter
    from partnerdesk.services.sessions import count_sessions

    return count_sessions(context.db.uow(), SessionFilter())


def _open_actions(context: AppContext) -> int:
    from partnerdesk.domain.enums import ActionStatus
    from partnerdesk.services.actions import count_actions
    from partnerdesk.services.records import ActionFilter

    return count_actions(context.db.uow(), ActionFilter(status=ActionStatus.OPEN), dt.date.today())


def _outreach_waves(context: AppContext) -> int:
    from partnerdesk.services.outreach import count_waves

    return count_waves(context.db.uow())


PAGES: list[PageEntry] = [
    PageEntry("overview", "overview", "overview", "OverviewPage", "Overview"),
    PageEntry(
        "organisations",
        "organisations",
        "organisations",
        "OrganisationsPage",
        "Organisations",
        ("organisation",),
        _organisations,
    ),
    PageEntry("people", "people", "people", "PeoplePage", "People", ("person",), _people),
    PageEntry(
        "sessions",
        "sessions",
        "sessions",
        "SessionsPage",
        "Sessions",
        ("dialogue_session",),
        _sessions,
    ),
    PageEntry(
        "actions", "actions", "actions", "ActionsPage", "Actions", ("action",), _open_actions
    ),
    PageEntry(
        "coverage",
        "coverage",
        "coverage",
        "CoveragePage",
        "Coverage",
        ("sector", "target_group"),
    ),
    PageEntry(
        "outreach",
        "outreach",
        "outreach",
        "OutreachPage",
        "Outreach",
        ("outreach_wave",),
        _outreach_waves,
    ),
    PageEntry("duplicates", "duplicates", "duplicates", "DuplicatesPage", "Duplicates"),
]

"""The pages of the main window, in navigation order.

Add a page by subclassing ``Page`` (pages/base.py) and listing its class here.
"""

from __future__ import annotations

from partnerdesk.ui.pages.actions import ActionsPage
from partnerdesk.ui.pages.base import Page
from partnerdesk.ui.pages.coverage import CoveragePage
from partnerdesk.ui.pages.duplicates import DuplicatesPage
from partnerdesk.ui.pages.organisations import OrganisationsPage
from partnerdesk.ui.pages.outreach import OutreachPage
from partnerdesk.ui.pages.overview import OverviewPage
from partnerdesk.ui.pages.people import PeoplePage
from partnerdesk.ui.pages.sessions import SessionsPage

PAGES: list[type[Page]] = [
    OverviewPage,
    OrganisationsPage,
    PeoplePage,
    SessionsPage,
    ActionsPage,
    CoveragePage,
    OutreachPage,
    DuplicatesPage,
]

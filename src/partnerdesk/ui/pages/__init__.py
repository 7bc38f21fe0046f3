"""The pages of the main window, in navigation order.

Add a page by subclassing ``Page`` (pages/base.py) and listing its class here.
"""

from __future__ import annotations

from partnerdesk.ui.pages.actions import ActionsPage
from partnerdesk.ui.pages.base import Page
from partnerdesk.ui.pages.sessions import SessionsPage

PAGES: list[type[Page]] = [SessionsPage, ActionsPage]

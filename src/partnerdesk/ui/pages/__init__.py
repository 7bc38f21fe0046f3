"""The pages of the main window, in navigation order.

Add a page by subclassing ``Page`` (pages/base.py) and listing its class here.
"""

from __future__ import annotations

from partnerdesk.ui.pages.base import Page

PAGES: list[type[Page]] = []

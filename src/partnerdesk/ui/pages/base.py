"""The interface between the main window and its pages (Overview, Organisations, People …)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from partnerdesk.ui.context import AppContext


class Page(QWidget):
    """One section of the main window, shown when chosen in the navigation.

    The main window's toolbar and menu actions (New, Delete, Find, Refresh) act on the current
    page through the methods below; a page says what it supports with the class flags.
    """

    #: stable key, used for remembered state and navigation ("organisations")
    key: ClassVar[str] = ""
    #: icon name in resources/icons (without extension)
    icon_name: ClassVar[str] = ""
    #: entity names this page can show with ``open_record`` ("organisation")
    shows_entities: ClassVar[tuple[str, ...]] = ()
    can_create: ClassVar[bool] = False
    can_delete: ClassVar[bool] = False
    can_search: ClassVar[bool] = False

    #: ask the window to take ``count`` again (it does so by itself when data changed)
    count_changed = Signal()
    #: what the toolbar can do on this page changed (selection made or cleared)
    actions_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        """Translated name for the navigation."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload data (called when shown and when data changed elsewhere)."""

    def show_current(self) -> None:
        """Called before the page is shown: bring it up to date (a page may skip what it knows
        to be current)."""
        self.refresh()

    def new_record(self) -> None:
        """File > New on this page."""

    def delete_selected(self) -> None:
        """Edit > Delete on this page (confirm or make undoable)."""

    def focus_search(self) -> None:
        """Edit > Find: put the cursor in this page's search field."""

    def open_record(self, entity: str, record_id: int) -> None:
        """Select and show one record of an entity listed in ``shows_entities``."""

    def count(self) -> int | None:
        """The number shown next to the page in the navigation (None: show none).

        Runs off the GUI thread: read the database only (services), touch no widgets.
        """
        return None

    def has_selection(self) -> bool:
        """Whether Delete has something to act on now."""
        return self.can_delete

    def save_state(self) -> None:
        """Remember splitters and column layouts (called when the window closes)."""

    def can_close(self) -> bool:
        """Called before the window closes: save or keep what is unsaved; False keeps it open."""
        return True

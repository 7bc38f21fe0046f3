"""What every page of the window shares: the database, folders, undo stack, tasks and events."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.services.overview import SHOWN_ENTITIES
from partnerdesk.settings import Settings
from partnerdesk.ui.tasks import TaskRunner


class AppEvents(QObject):
    """Signals that cross pages: data changed somewhere, or a record should be shown."""

    #: an entity name ("organisation", "person", "dialogue_session", "action", …) whose data changed
    data_changed = Signal(str)
    #: show this record: entity name and id (the main window switches to the page that shows it)
    open_record = Signal(str, int)
    #: a short message for the status bar
    status_message = Signal(str)

    def everything_changed(self) -> None:
        """Tell every page its data may have changed (an import, a restore, an erasure)."""
        for entity in SHOWN_ENTITIES:
            self.data_changed.emit(entity)


@dataclass
class AppContext:
    db: Database
    paths: AppPaths
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    events: AppEvents = field(default_factory=AppEvents)
    tasks: TaskRunner = field(default_factory=TaskRunner)
    #: preferences and window state; defaults to settings.ini in ``paths.config_dir``
    settings: Settings | None = None

    def __post_init__(self) -> None:
        if self.settings is None:
            self.settings = Settings.for_paths(self.paths)

    @property
    def prefs(self) -> Settings:
        """The settings, typed as present (``__post_init__`` always sets them)."""
        assert self.settings is not None
        return self.settings

"""What every page of the window shares: the database, the folders, and the undo stack."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database


@dataclass
class AppContext:
    db: Database
    paths: AppPaths
    undo_stack: QUndoStack = field(default_factory=QUndoStack)

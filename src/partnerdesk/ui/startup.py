"""The app's start-up sequence: private temp folder, one writer, quick check, recovery, backup."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from partnerdesk.errors import DatabaseLockedError, UserError
from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database, resolve_url, sqlite_path
from partnerdesk.settings import Settings
from partnerdesk.startup import (
    DamagedDataFile,
    EarlyQuickCheck,
    clean_temp_dir,
    open_data_file,
    recover_from_backup,
    start_daily_backup,
)
from partnerdesk.ui import messages
from partnerdesk.ui.dialogs.recovery_dialog import (
    RecoveryDialog,
    tell_already_running,
    warn_shared_location,
)
from partnerdesk.ui.single_instance import InstanceServer, ask_first_instance_to_raise

log = logging.getLogger(__name__)


def open_for_gui(
    target: str | os.PathLike[str],
    paths: AppPaths,
    settings: Settings | None = None,
    checked: EarlyQuickCheck | None = None,
) -> Database | None:
    """Open the data file for the window, talking the coordinator through any problem.

    Returns None when the app should quit (another copy has the file, the file is damaged and
    no backup was restored, or it cannot be opened); the reason was shown already.
    ``checked`` is the quick check of ``target`` started earlier (used for the first try only).
    """
    clean_temp_dir(paths)
    keep = (settings or Settings.for_paths(paths)).backup_keep
    path = sqlite_path(resolve_url(target))
    while True:
        try:
            db, notes = open_data_file(
                target, paths, keep=keep, daily_backup=False, checked=checked
            )
            break
        except DatabaseLockedError as error:
            raised = path is not None and ask_first_instance_to_raise(path)
            tell_already_running(str(error), raised)
            return None
        except DamagedDataFile as damaged:
            dialog = RecoveryDialog(damaged.path, damaged.newest_backup)
            if dialog.exec() != QDialog.DialogCode.Accepted or damaged.newest_backup is None:
                return None
            checked = None  # the file is replaced: check the restored one
            try:
                recover_from_backup(damaged.path, damaged.newest_backup.path, paths.backup_dir)
            except (OSError, UserError) as error:
                messages.show_error(None, str(error))
                return None
        except UserError as error:
            messages.show_error(None, error)
            return None
    if path is not None:
        InstanceServer(Path(path), parent=QApplication.instance())
        if notes.shared_location:
            warn_shared_location(path, notes.shared_location)
        start_daily_backup(db, paths.backup_dir)
    return db

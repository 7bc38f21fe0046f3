"""Helpers for GUI tests: answer modal dialogs that a click opens; start the app for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from partnerdesk.persistence.database import Database
from partnerdesk.services.demo import build_demo
from partnerdesk.settings import Settings

SRC = Path(__file__).resolve().parents[2] / "src"

STUCK_DIALOG_MS = 30_000


def _reject_if_open(dialog: QDialog) -> None:
    try:
        if dialog.isVisible() and QApplication.activeModalWidget() is dialog:
            dialog.reject()
    except RuntimeError:  # already deleted: it closed as it should
        pass


def answer_next_modal(handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the next modal dialog as soon as it is shown (before the click)."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(5, look)
            return
        try:
            handle(widget)
        except BaseException:
            # close the dialog so the test fails instead of waiting forever
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            raise
        if isinstance(widget, QDialog):
            # a handler whose click did not close the dialog (say, a value the dialog refused)
            # would leave exec() waiting for ever: a watchdog turns that hang into a failure
            QTimer.singleShot(STUCK_DIALOG_MS, lambda: _reject_if_open(widget))

    QTimer.singleShot(0, look)


def start_app_on_demo(tmp_path: Path, probe: str, page: str | None = None) -> dict[str, Any]:
    """Start the app for real in a fresh interpreter on a demo data file (on ``page`` if
    given) with PARTNERDESK_QUIT_WHEN_IDLE; ``probe`` runs it and prints one JSON line."""
    target = tmp_path / "start.sqlite"
    db = Database.open(target, backup_dir=tmp_path / "backups")
    build_demo(db)
    db.close()
    if page is not None:
        settings = Settings.at(tmp_path / "home" / "config" / "settings.ini")
        settings.current_page = page
        settings.sync()
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "PARTNERDESK_HOME": str(tmp_path / "home"),
        "PARTNERDESK_QUIT_WHEN_IDLE": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", probe, str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer

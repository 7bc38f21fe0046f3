"""Helpers for GUI tests: answer modal dialogs that a click opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

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

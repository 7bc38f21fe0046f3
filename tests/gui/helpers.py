"""Helpers for GUI tests: answer modal dialogs that a click opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


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

    QTimer.singleShot(0, look)

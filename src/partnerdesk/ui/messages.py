"""Every message box of the app, and the crash dialog for bugs (anything not a UserError)."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from partnerdesk.errors import UserError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: UserError | str, title: str | None = None) -> None:
    """A problem the coordinator can act on."""
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("messages", "Could not do that"), str(error)
    )


def confirm(parent: QWidget | None, question: str, action: str) -> bool:
    """Ask before something destructive; the default button is the safe one."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("messages", "Please confirm"),
        question,
        parent=parent,
    )
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Traceback without local values: the type, where, and no message text (it may hold data)."""
    frames = "".join(traceback.format_tb(tb))
    return f"{exc_type.__name__} (partnerdesk bug)\n{frames}"


def show_crash(details: str) -> None:
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("messages", "Something went wrong"),
        QCoreApplication.translate(
            "messages",
            "partnerdesk ran into a bug. Your saved data is safe. "
            "Copy the details and send them to support.",
        ),
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("messages", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if isinstance(exc, UserError):
        show_error(None, exc)
        return
    details = crash_details(exc_type, exc, tb)
    log.error("unhandled error: %s", details)
    show_crash(details)


def install_excepthook() -> None:
    sys.excepthook = _excepthook

"""Start-up problems in the coordinator's words: a damaged data file, a second copy of the app,
a data file in a synced or network folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.persistence.backup import BackupInfo
from partnerdesk.ui import messages
from partnerdesk.ui.dialogs.backup_dialog import reason_text, when_text


class RecoveryDialog(QDialog):
    """The data file failed its check: offer the newest sound backup, or quit untouched."""

    def __init__(
        self, path: Path, backup: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The data file is damaged"))
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        headline = QLabel(self.tr("partnerdesk cannot open your data: the file is damaged."))
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        headline.setWordWrap(True)
        where = QLabel(self.tr("Data file: {path}").format(path=path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button: QPushButton | None = None
        if backup is not None:
            when = when_text(backup.taken_at, long=True)
            advice = QLabel(
                self.tr(
                    "The newest sound backup is from {when} ({reason}). Restoring it puts back "
                    "your data as it was then; changes made after that are lost.\n\n"
                    "The damaged file is kept in the backup folder, so support can look at it."
                ).format(when=when, reason=reason_text(backup.reason).lower())
            )
            self.restore_button = buttons.addButton(
                self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setDefault(True)
        else:
            advice = QLabel(
                self.tr(
                    "There is no sound backup to restore. The file was left exactly as it is: "
                    "quit, and ask support to help recover it. Do not delete the file."
                )
            )
        advice.setWordWrap(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(headline)
        text.addWidget(where)
        text.addWidget(advice)
        text.addStretch(1)
        top = QVBoxLayout(self)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row_layout.addLayout(text, 1)
        top.addWidget(row)
        top.addWidget(buttons)
        self.setMinimumWidth(520)


def tell_already_running(detail: str, brought_to_front: bool) -> None:
    """A second start on the same data file: say so, and where the first copy is."""
    if brought_to_front:
        text = QCoreApplication.translate(
            "RecoveryDialog",
            "partnerdesk is already open on this data file; that window was brought to the "
            "front. Only one copy can work on a data file at a time.",
        )
    else:
        text = QCoreApplication.translate(
            "RecoveryDialog",
            "partnerdesk is already working on this data file (perhaps in another window, or "
            "a command that is still running). Only one copy can work on a data file at a "
            "time; close the other one first.",
        )
    messages.show_error(
        None,
        f"{text}\n\n{detail}",
        QCoreApplication.translate("RecoveryDialog", "partnerdesk is already open"),
    )


def warn_shared_location(path: Path, where: str) -> None:
    """The data file lives in a synced or network folder, where it can be damaged."""
    names = {
        "a network folder": QCoreApplication.translate("RecoveryDialog", "a network folder"),
        "a synced folder": QCoreApplication.translate("RecoveryDialog", "a synced folder"),
    }
    text = QCoreApplication.translate(
        "RecoveryDialog",
        "Your data file is in {where} ({path}). Sync programs and network drives can copy a "
        "data file while partnerdesk writes to it, which can damage it or lose changes.\n\n"
        "Keep the data file on this computer (Settings → Data file); backups protect it.",
    ).format(where=names.get(where, where), path=path)
    messages.show_error(
        None, text, QCoreApplication.translate("RecoveryDialog", "Data file in a shared folder")
    )

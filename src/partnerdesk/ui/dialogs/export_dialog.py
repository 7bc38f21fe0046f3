"""Export: what (everything or the current filter), privacy level, format, file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.errors import UserError
from partnerdesk.services.exporter import ExportResult, ExportScope, Privacy, export_file
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.i18n import choose_language
from partnerdesk.ui.tasks import Progress

#: format key -> (extension, label)
FORMATS = {
    "xlsx": (".xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook, every sheet (.xlsx)")),
    "csv": (".csv", QT_TRANSLATE_NOOP("ExportDialog", "People as CSV for Dutch Excel (.csv)")),
    "vcf": (".vcf", QT_TRANSLATE_NOOP("ExportDialog", "People as contact cards (.vcf)")),
}


class ExportDialog(QDialog):
    """Choose and write an export; the writing runs off the GUI thread."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, scope: ExportScope | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.scope = scope
        self.result_: ExportResult | None = None
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export"))

        self.everything = QRadioButton(QCoreApplication.translate("ExportDialog", "Everything"))
        self.filtered = QRadioButton(
            QCoreApplication.translate("ExportDialog", "The current filter")
        )
        self.everything.setChecked(True)
        self.filtered.setEnabled(scope is not None and not scope.everything)
        if not self.filtered.isEnabled():
            self.filtered.setToolTip(
                QCoreApplication.translate(
                    "ExportDialog", "Filter a list first to export only part of it."
                )
            )
        what = QButtonGroup(self)
        what.addButton(self.everything)
        what.addButton(self.filtered)

        self.privacy = {
            Privacy.FULL: QRadioButton(QCoreApplication.translate("ExportDialog", "Full")),
            Privacy.NO_CONTACT: QRadioButton(
                QCoreApplication.translate(
                    "ExportDialog", "Without e-mail addresses and phone numbers of people"
                )
            ),
            Privacy.WOO: QRadioButton(
                QCoreApplication.translate(
                    "ExportDialog",
                    "Woo-redacted: people's names and contact details replaced by 5.1.2e",
                )
            ),
        }
        self.privacy[Privacy.FULL].setChecked(True)
        privacy_group = QButtonGroup(self)
        privacy_box = QVBoxLayout()
        for button in self.privacy.values():
            privacy_group.addButton(button)
            privacy_box.addWidget(button)

        self.format = QComboBox()
        for key, (_ext, label) in FORMATS.items():
            self.format.addItem(QCoreApplication.translate("ExportDialog", str(label)), key)
        self.format.currentIndexChanged.connect(self._format_changed)

        self.path_edit = QLineEdit()
        browse = QPushButton(QCoreApplication.translate("ExportDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        what_box = QVBoxLayout()
        what_box.addWidget(self.everything)
        what_box.addWidget(self.filtered)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "What:"), what_box)
        form.addRow(QCoreApplication.translate("ExportDialog", "Privacy:"), privacy_box)
        form.addRow(QCoreApplication.translate("ExportDialog", "Format:"), self.format)
        form.addRow(QCoreApplication.translate("ExportDialog", "File:"), path_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("ExportDialog", "Export"))
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.path_edit.setText(str(self._default_path()))
        self.resize(620, self.sizeHint().height())

    def _default_path(self) -> Path:
        extension = FORMATS[self.format.currentData()][0]
        today = dt.date.today().isoformat()
        return Path.home() / f"partnerdesk {today}{extension}"

    def _format_changed(self) -> None:
        extension = FORMATS[self.format.currentData()][0]
        current = Path(self.path_edit.text() or self._default_path())
        self.path_edit.setText(str(current.with_suffix(extension)))

    def _browse(self) -> None:
        extension = FORMATS[self.format.currentData()][0]
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ExportDialog", "Export to"),
            self.path_edit.text(),
            f"*{extension}",
        )
        if path:
            self.path_edit.setText(path)

    def chosen_privacy(self) -> Privacy:
        return next(level for level, button in self.privacy.items() if button.isChecked())

    def _export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            messages.show_error(
                self, QCoreApplication.translate("ExportDialog", "Choose a file to export to.")
            )
            return
        path = Path(text)
        extension = FORMATS[self.format.currentData()][0]
        if path.suffix.lower() != extension:
            path = path.with_suffix(extension)
        if path.exists() and not messages.confirm(
            self,
            QCoreApplication.translate("ExportDialog", "%1 exists. Replace it?").replace(
                "%1", path.name
            ),
            QCoreApplication.translate("ExportDialog", "Replace"),
        ):
            return
        scope = self.scope if self.filtered.isChecked() and self.scope is not None else None
        privacy = self.chosen_privacy()
        language = choose_language(self.context.prefs.language)
        db = self.context.db
        self.buttons.setEnabled(False)
        self.status.setText(QCoreApplication.translate("ExportDialog", "Exporting…"))

        def job(_progress: Progress) -> ExportResult:
            return export_file(db, path, privacy=privacy, language=language, scope=scope)

        self.context.tasks.run(job, self._done, self._failed)

    def _done(self, result: ExportResult) -> None:
        self.result_ = result
        self.buttons.setEnabled(True)
        total = sum(result.rows.values())
        message = (
            QCoreApplication.translate("ExportDialog", "%1 rows exported to %2.")
            .replace("%1", QLocale().toString(total))
            .replace("%2", str(result.path))
        )
        self.context.events.status_message.emit(message)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.status.clear()
        if isinstance(error, UserError):
            messages.show_error(
                self, error, QCoreApplication.translate("ExportDialog", "Export failed")
            )
            return
        raise error

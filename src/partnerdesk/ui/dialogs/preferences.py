"""Preferences: the language, and when a partner counts as not contacted for too long."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.settings import Settings


class PreferencesDialog(QDialog):
    """Edits ``Settings``; OK stores, Cancel leaves them untouched."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        # each language is named in itself, so it can be found whatever is shown now
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_note = QLabel(self.tr("A new language shows after partnerdesk restarts."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(
                self.language.currentData() != settings.language
            )
        )

        self.stale_days = QSpinBox()
        self.stale_days.setRange(7, 730)
        self.stale_days.setSingleStep(15)
        self.stale_days.setValue(settings.stale_contact_days)
        self.stale_days.setSuffix(self.tr(" days"))

        form = QFormLayout()
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", self.language_note)
        stale_label = QLabel(self.tr("Flag partners not contacted for &more than"))
        stale_label.setWordWrap(True)
        stale_label.setBuddy(self.stale_days)
        form.addRow(stale_label, self.stale_days)
        self.language.setAccessibleName(self.tr("Language"))
        self.stale_days.setAccessibleName(
            self.tr("Days without contact before a partner is flagged")
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.stale_contact_days = self.stale_days.value()
        self.settings.sync()
        super().accept()

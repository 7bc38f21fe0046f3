"""Form rows with an inline message under each field (validation errors name their field)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


def error_colour(widget: QWidget) -> str:
    """A red that reads on the current scheme (darker on light, lighter on dark)."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    return "#ff8a80" if window.lightness() < 128 else "#b3261e"


def field_messages() -> dict[str, str]:
    """Translated messages for the fields the services validate (service text is English)."""
    return {
        "name": QCoreApplication.translate("form", "Please fill in a name."),
        "email": QCoreApplication.translate(
            "form", "This is not an e-mail address (for example name@organisation.nl)."
        ),
        "phone": QCoreApplication.translate(
            "form", "This is not a phone number (for example 06 12345678 or +31 70 123 4567)."
        ),
        "website": QCoreApplication.translate(
            "form", "This is not a web address (for example www.organisation.nl)."
        ),
        "reach": QCoreApplication.translate(
            "form", "Reach is a number of people, for example 45000 or “1 miljoen”."
        ),
        "family_name": QCoreApplication.translate("form", "Please fill in a given or family name."),
        "affiliations": QCoreApplication.translate(
            "form",
            "Check the organisations: the same role is listed twice, or an end lies before its start.",
        ),
    }


class Form(QWidget):
    """A QFormLayout whose rows each carry a hidden message label for that field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def add_row(self, key: str, label: str, field: QWidget) -> QLabel:
        """Add a labelled field; the label's buddy is the field (Alt+letter reaches it)."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        message = QLabel()
        message.setWordWrap(True)
        message.setObjectName(f"error_{key}")
        message.hide()
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(field)
        field.setAccessibleName(label.replace("&", ""))
        self.layout_.addRow(caption, cell)
        self._errors[key] = message
        self._fields[key] = field
        return caption

    def show_error(self, key: str | None, text: str) -> bool:
        """Show ``text`` under the field ``key``; False when the form has no such field."""
        message = self._errors.get(key or "")
        if message is None:
            return False
        message.setText(text)
        message.setStyleSheet(f"color: {error_colour(self)};")
        message.show()
        field = self._fields[key or ""]
        field.setAccessibleDescription(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear_errors(self) -> None:
        for key, message in self._errors.items():
            if message.isHidden() and not message.text():
                continue  # nothing shown (a form is cleared for every record it shows)
            message.hide()
            message.clear()
            self._fields[key].setAccessibleDescription("")

    def error_text(self, key: str) -> str:
        message = self._errors.get(key)
        return message.text() if message is not None and not message.isHidden() else ""

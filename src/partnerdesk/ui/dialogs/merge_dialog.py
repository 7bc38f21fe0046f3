"""The merge dialog: both records side by side, which one stays, and per differing field which
value stays; what refers to either record moves to the one that stays."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import MergeEntity
from partnerdesk.services.duplicates import Keep, MergeComparison
from partnerdesk.ui.formatting import number
from partnerdesk.ui.labels import label

#: pixels a value may take before it is shortened (in full in its tooltip)
_VALUE_WIDTH = 260


def field_label(name: str) -> str:
    return {
        "name": QCoreApplication.translate("MergeDialog", "Name"),
        "kind": QCoreApplication.translate("MergeDialog", "Kind"),
        "status": QCoreApplication.translate("MergeDialog", "Partnership status"),
        "primary_sector_id": QCoreApplication.translate("MergeDialog", "Primary sector"),
        "reach": QCoreApplication.translate("MergeDialog", "Reach"),
        "reach_note": QCoreApplication.translate("MergeDialog", "Reach note"),
        "website": QCoreApplication.translate("MergeDialog", "Website"),
        "city": QCoreApplication.translate("MergeDialog", "City"),
        "notes": QCoreApplication.translate("MergeDialog", "Notes"),
        "email": QCoreApplication.translate("MergeDialog", "E-mail"),
        "phone": QCoreApplication.translate("MergeDialog", "Phone"),
        "job_title": QCoreApplication.translate("MergeDialog", "Job title"),
        "is_internal": QCoreApplication.translate("MergeDialog", "Own ministry"),
        "directorate": QCoreApplication.translate("MergeDialog", "Directorate"),
        "public_role": QCoreApplication.translate("MergeDialog", "Public role"),
        "lawful_basis": QCoreApplication.translate("MergeDialog", "Lawful basis"),
        "data_source": QCoreApplication.translate("MergeDialog", "Source of the data"),
        "do_not_contact": QCoreApplication.translate("MergeDialog", "Do not contact"),
    }.get(name, name)


def link_label(table: str) -> str:
    return {
        "affiliation": QCoreApplication.translate("MergeDialog", "affiliations"),
        "organisation_sector": QCoreApplication.translate("MergeDialog", "further sectors"),
        "organisation_target_group": QCoreApplication.translate("MergeDialog", "target groups"),
        "organisation_channel": QCoreApplication.translate("MergeDialog", "channels"),
        "organisation_tag": QCoreApplication.translate("MergeDialog", "tags"),
        "person_tag": QCoreApplication.translate("MergeDialog", "tags"),
        "network_membership": QCoreApplication.translate("MergeDialog", "network memberships"),
        "dialogue_session": QCoreApplication.translate(
            "MergeDialog", "sessions organised or facilitated"
        ),
        "session_organisation": QCoreApplication.translate("MergeDialog", "sessions"),
        "session_participant": QCoreApplication.translate("MergeDialog", "session participations"),
        "outreach_entry": QCoreApplication.translate("MergeDialog", "outreach entries"),
        "action": QCoreApplication.translate("MergeDialog", "actions"),
        "contact_moment": QCoreApplication.translate("MergeDialog", "contact moments"),
        "contact_moment_person": QCoreApplication.translate("MergeDialog", "contact moments"),
    }.get(table, table)


def value_text(value: Any) -> str:
    """A field value as the coordinator reads it (no raw enumeration values)."""
    if value is None or value == "":
        return QCoreApplication.translate("MergeDialog", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("MergeDialog", "Yes")
            if value
            else QCoreApplication.translate("MergeDialog", "No")
        )
    if isinstance(value, int):
        return number(value)
    if isinstance(value, StrEnum):
        return label(value)
    text = str(value)
    return text if len(text) <= 300 else text[:300] + "…"


class MergeDialog(QDialog):
    """Choose the record that stays and, per differing field, the value that stays."""

    def __init__(self, comparison: MergeComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        is_org = comparison.entity == MergeEntity.ORGANISATION
        self.setWindowTitle(self.tr("Merge organisations") if is_org else self.tr("Merge people"))
        intro = QLabel(
            self.tr(
                "Choose the record that stays and, where they differ, which value it keeps. "
                "Everything linked to the other record moves to it. You can unmerge later."
            )
        )
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(QLabel(self.tr("<b>Keep</b>")), 0, 0)
        self.keep_first = self._value_button(comparison.first_title)
        self.keep_second = self._value_button(comparison.second_title)
        self.keep_first.setChecked(True)
        self._survivor_group = QButtonGroup(self)
        self._survivor_group.addButton(self.keep_first)
        self._survivor_group.addButton(self.keep_second)
        grid.addWidget(self.keep_first, 0, 1)
        grid.addWidget(self.keep_second, 0, 2)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, 1, 0, 1, 4)

        #: field -> (radio for first's value, radio for second's, radio for both or None)
        self.field_buttons: dict[str, tuple[QRadioButton, QRadioButton, QRadioButton | None]] = {}
        row = 2
        for name in comparison.differing():
            first_value, second_value = comparison.fields[name]
            grid.addWidget(QLabel(field_label(name)), row, 0)
            first = self._value_button(value_text(first_value))
            second = self._value_button(value_text(second_value))
            group = QButtonGroup(self)
            group.addButton(first)
            group.addButton(second)
            both = None
            if name == "notes" and first_value and second_value:
                both = QRadioButton(self.tr("Both"))
                group.addButton(both)
                grid.addWidget(both, row, 3)
            # default: a value over an empty one, else the first record's
            if name == "do_not_contact":
                # the safe side: someone who asked not to be contacted stays that way
                (first if first_value else second).setChecked(True)
            else:
                (second if first_value in (None, "") else first).setChecked(True)
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)
            self.field_buttons[name] = (first, second, both)
            row += 1
        same = [field_label(n) for n in comparison.fields if n not in comparison.differing()]
        if same:
            same_label = QLabel(self.tr("The same in both: %1").replace("%1", ", ".join(same)))
            same_label.setWordWrap(True)
            grid.addWidget(same_label, row, 0, 1, 4)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row, 1)
        fields = QWidget()
        fields.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)

        self.links_label = QLabel(self._links_text())
        self.links_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.links_label)
        layout.addWidget(buttons)
        self.keep_first.toggled.connect(
            lambda _checked: self.links_label.setText(self._links_text())
        )
        self.resize(760, min(640, 170 + 30 * row))

    def _value_button(self, text: str) -> QRadioButton:
        """A radio button showing a value; long values are shortened, in full as a tooltip."""
        button = QRadioButton()
        shown = button.fontMetrics().elidedText(
            " ".join(text.split()), Qt.TextElideMode.ElideRight, _VALUE_WIDTH
        )
        button.setText(shown)
        if shown != text:
            button.setToolTip(text)
        return button

    def _links_text(self) -> str:
        index = 1 if self.keep_first.isChecked() else 0
        moving = [
            f"{link_label(table)} ({number(counts[index])})"
            for table, counts in sorted(self.comparison.links.items())
            if counts[index]
        ]
        if not moving:
            return self.tr("Nothing else refers to the other record.")
        return self.tr("Moves to the record that stays: %1.").replace("%1", ", ".join(moving))

    def survivor_id(self) -> int:
        c = self.comparison
        return c.first_id if self.keep_first.isChecked() else c.second_id

    def merged_id(self) -> int:
        c = self.comparison
        return c.second_id if self.keep_first.isChecked() else c.first_id

    def choices(self) -> dict[str, Keep]:
        """Per differing field, which value stays, relative to the record that stays."""
        result: dict[str, Keep] = {}
        first_survives = self.keep_first.isChecked()
        for name, (first, _second, both) in self.field_buttons.items():
            if both is not None and both.isChecked():
                result[name] = Keep.BOTH
            elif first.isChecked() == first_survives:
                result[name] = Keep.SURVIVOR
            else:
                result[name] = Keep.MERGED
        return result

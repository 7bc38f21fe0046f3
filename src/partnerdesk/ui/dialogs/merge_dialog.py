"""The merge dialog: both records side by side, which one stays, and per differing field which
value stays; what refers to either record moves to the one that stays."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
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

from partnerdesk.domain.enums import LawfulBasis, MergeEntity, OrganisationKind, PartnershipStatus
from partnerdesk.services.duplicates import Keep, MergeComparison

_CONTEXT = "MergeDialog"
#: pixels a value may take before it is shortened (in full in its tooltip)
_VALUE_WIDTH = 260


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(name: str) -> str:
    return {
        "name": _tr("Name"),
        "kind": _tr("Kind"),
        "status": _tr("Partnership status"),
        "primary_sector_id": _tr("Primary sector"),
        "reach": _tr("Reach"),
        "reach_note": _tr("Reach note"),
        "website": _tr("Website"),
        "city": _tr("City"),
        "notes": _tr("Notes"),
        "email": _tr("E-mail"),
        "phone": _tr("Phone"),
        "job_title": _tr("Job title"),
        "is_internal": _tr("Own ministry"),
        "directorate": _tr("Directorate"),
        "public_role": _tr("Public role"),
        "lawful_basis": _tr("Lawful basis"),
        "data_source": _tr("Source of the data"),
        "do_not_contact": _tr("Do not contact"),
    }.get(name, name)


def link_label(table: str) -> str:
    return {
        "affiliation": _tr("affiliations"),
        "organisation_sector": _tr("further sectors"),
        "organisation_target_group": _tr("target groups"),
        "organisation_channel": _tr("channels"),
        "organisation_tag": _tr("tags"),
        "person_tag": _tr("tags"),
        "network_membership": _tr("network memberships"),
        "dialogue_session": _tr("sessions organised or facilitated"),
        "session_organisation": _tr("sessions"),
        "session_participant": _tr("session participations"),
        "outreach_entry": _tr("outreach entries"),
        "action": _tr("actions"),
        "contact_moment": _tr("contact moments"),
        "contact_moment_person": _tr("contact moments"),
    }.get(table, table)


def value_text(value: Any) -> str:
    """A field value as the coordinator reads it (no raw enumeration values)."""
    if value is None or value == "":
        return _tr("(empty)")
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, int):
        return QLocale().toString(value)
    labels = {
        OrganisationKind.COMPANY: _tr("Company"),
        OrganisationKind.FEDERATION: _tr("Federation or association"),
        OrganisationKind.FOUNDATION: _tr("Foundation"),
        OrganisationKind.GOVERNMENT: _tr("Government"),
        OrganisationKind.NETWORK: _tr("Network or alliance"),
        OrganisationKind.OTHER: _tr("Other"),
        PartnershipStatus.PROSPECT: _tr("Prospect"),
        PartnershipStatus.APPROACHED: _tr("Approached"),
        PartnershipStatus.IN_DIALOGUE: _tr("In dialogue"),
        PartnershipStatus.ACTIVE: _tr("Active partner"),
        PartnershipStatus.PAUSED: _tr("Paused"),
        PartnershipStatus.DECLINED: _tr("Declined"),
        PartnershipStatus.ENDED: _tr("Ended"),
        LawfulBasis.CONSENT: _tr("Consent"),
        LawfulBasis.CONTRACT: _tr("Contract"),
        LawfulBasis.LEGAL_OBLIGATION: _tr("Legal obligation"),
        LawfulBasis.PUBLIC_TASK: _tr("Public task"),
        LawfulBasis.LEGITIMATE_INTEREST: _tr("Legitimate interest"),
    }
    if isinstance(value, OrganisationKind | PartnershipStatus | LawfulBasis):
        return labels[value]
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
            f"{QLocale().toString(counts[index])} {link_label(table)}"
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

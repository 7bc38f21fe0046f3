"""New outreach wave from a filter: the message, and the partners to ask, previewed before saving."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import Channel, PartnershipStatus
from partnerdesk.errors import UserError
from partnerdesk.services import outreach, reference
from partnerdesk.services.outreach import MatchingOrganisation
from partnerdesk.services.records import OutreachWaveDraft, OutreachWaveRecord
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.labels import label


def _checklist(items: list[tuple[str, object]], checked: Collection[object] = ()) -> QListWidget:
    widget = QListWidget()
    for text, value in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(150)
    return widget


def checked_values(widget: QListWidget) -> tuple[object, ...]:
    return tuple(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def set_checked(widget: QListWidget, texts: set[str]) -> None:
    """Tick exactly the items with these texts (what a user does by clicking them)."""
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(
            Qt.CheckState.Checked if item.text() in texts else Qt.CheckState.Unchecked
        )


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class WaveDialog(QDialog):
    """Name, message, period, target groups and channels, plus a filter choosing the partners."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: OutreachWaveRecord | None = None
        self._matching: list[MatchingOrganisation] = []
        self.setWindowTitle(self.tr("New outreach wave from a filter"))
        uow = context.db.uow
        sectors = reference.list_sectors(uow())
        groups = reference.list_target_groups(uow())
        today = dt.date.today()

        self.name = QLineEdit()
        self.message = QPlainTextEdit()
        self.message.setTabChangesFocus(True)
        self.message.setPlaceholderText(self.tr("What partners are asked to pass on"))
        self.message.setMaximumHeight(140)
        self.starts = QDateEdit(_qdate(today))
        self.ends = QDateEdit(_qdate(today + dt.timedelta(days=30)))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
        period = QHBoxLayout()
        period.addWidget(self.starts)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.ends)
        self.groups = _checklist([(g.name, g.id) for g in groups])
        self.channels = _checklist([(label(c), c) for c in Channel])
        wave_form = QFormLayout()
        wave_form.addRow(self.tr("&Name"), self.name)
        wave_form.addRow(self.tr("&Message"), self.message)
        wave_form.addRow(self.tr("Period"), period)
        wave_form.addRow(self.tr("Target groups"), self.groups)
        wave_form.addRow(self.tr("Channels"), self.channels)
        wave_box = QGroupBox(self.tr("The wave"))
        wave_box.setLayout(wave_form)

        self.statuses = _checklist(
            [(label(s), s) for s in PartnershipStatus], {PartnershipStatus.ACTIVE}
        )
        self.sectors = _checklist([(s.name, s.id) for s in sectors])
        self.by_groups = QCheckBox(self.tr("Only partners that reach the wave's target groups"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("for example: alliantie, groot bereik"))
        filter_form = QFormLayout()
        filter_form.addRow(self.tr("Status"), self.statuses)
        filter_form.addRow(self.tr("Sectors (none ticked: all)"), self.sectors)
        filter_form.addRow("", self.by_groups)
        filter_form.addRow(self.tr("Tags"), self.tags)
        self.count = QLabel()
        self.preview = QListWidget()
        self.preview.setAccessibleName(self.tr("Partners to ask"))
        filter_box = QGroupBox(self.tr("Partners to ask"))
        filter_layout = QVBoxLayout(filter_box)
        filter_layout.addLayout(filter_form)
        filter_layout.addWidget(self.count)
        filter_layout.addWidget(self.preview, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create wave"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(wave_box, 1)
        body.addWidget(filter_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        for checklist in (self.statuses, self.sectors, self.groups):
            checklist.itemChanged.connect(self.update_preview)
        self.by_groups.toggled.connect(self.update_preview)
        self.tags.textChanged.connect(self.update_preview)
        self.name.textChanged.connect(self._enable)
        self.resize(980, 640)
        self.update_preview()

    def _filter(self) -> dict[str, tuple[object, ...]]:
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return {
            "statuses": checked_values(self.statuses),
            "sector_ids": checked_values(self.sectors),
            "target_group_ids": checked_values(self.groups) if self.by_groups.isChecked() else (),
            "tags": tags,
        }

    def update_preview(self) -> None:
        """Run the filter and list the partners it selects (the wave will hold exactly these)."""
        criteria = self._filter()
        self._matching = outreach.organisations_matching(
            self.context.db.uow(),
            statuses=criteria["statuses"],  # type: ignore[arg-type]
            sector_ids=criteria["sector_ids"],  # type: ignore[arg-type]
            target_group_ids=criteria["target_group_ids"],  # type: ignore[arg-type]
            tags=criteria["tags"],  # type: ignore[arg-type]
        )
        self.preview.clear()
        for match in self._matching:
            text = match.name
            details = [d for d in (match.sector_name, label(match.status)) if d]
            text += f" ({', '.join(details)})"
            self.preview.addItem(text)
        if not self._matching:
            self.count.setText(
                self.tr("No organisation matches this filter. Tick more statuses or sectors.")
            )
        else:
            self.count.setText(
                self.tr("%1 partners match and will be asked").replace(
                    "%1", str(len(self._matching))
                )
            )
        self._enable()

    def matching_names(self) -> list[str]:
        return [m.name for m in self._matching]

    def _enable(self) -> None:
        self.create_button.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        starts, ends = self.starts.date().toPython(), self.ends.date().toPython()
        assert isinstance(starts, dt.date) and isinstance(ends, dt.date)
        draft = OutreachWaveDraft(
            name=self.name.text(),
            message=self.message.toPlainText(),
            starts_on=starts,
            ends_on=ends,
            target_group_ids=checked_values(self.groups),  # type: ignore[arg-type]
            channels=checked_values(self.channels),  # type: ignore[arg-type]
        )
        try:
            self.created = outreach.save_wave(
                self.context.db.uow(),
                draft,
                organisation_ids=tuple(m.id for m in self._matching),
            )
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.events.data_changed.emit("outreach_wave")
        super().accept()

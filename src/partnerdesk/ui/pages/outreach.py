"""The Outreach page: waves, their partners' answers edited in place or in bulk, and progress."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import OutreachResponse
from partnerdesk.errors import UserError
from partnerdesk.services import outreach, reference
from partnerdesk.services.outreach import KEEP, wave_progress
from partnerdesk.services.records import OutreachEntryRecord, OutreachWaveRecord
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import date as day
from partnerdesk.ui.formatting import number
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.record_table_model import RecordTableModel
from partnerdesk.ui.pages.base import Page
from partnerdesk.ui.widgets.choices import ChoiceDelegate

WaveIdRole = Qt.ItemDataRole.UserRole + 1


def _qdate(value: dt.date | None) -> QDate:
    value = value or dt.date.today()
    return QDate(value.year, value.month, value.day)


class WaveEntriesModel(RecordTableModel[OutreachEntryRecord]):
    """The partners of one wave; asked on, response, done on and reach achieved are editable."""

    PARTNER, ASKED, RESPONSE, DONE, REACH = range(5)

    def __init__(self, page: OutreachPage) -> None:
        super().__init__(page)
        self._page = page

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Partner"),
            self.tr("Asked on"),
            self.tr("Response"),
            self.tr("Done on"),
            self.tr("Reach achieved"),
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.PARTNER:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def cell(self, entry: OutreachEntryRecord, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PARTNER:
                return entry.organisation_name
            if column == self.ASKED:
                return day(entry.asked_on) or "–"
            if column == self.RESPONSE:
                return label(entry.response)
            if column == self.DONE:
                return day(entry.done_on) or "–"
            return "–" if entry.reach_achieved is None else number(entry.reach_achieved)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.ASKED:
                return _qdate(entry.asked_on)
            if column == self.DONE:
                return _qdate(entry.done_on)
            if column == self.RESPONSE:
                return entry.response.value
            if column == self.REACH:
                return entry.reach_achieved or 0
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.REACH:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: object,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        entry = self.rows[index.row()]
        asked, response, done, reach = (
            entry.asked_on,
            entry.response,
            entry.done_on,
            entry.reach_achieved,
        )
        column = index.column()
        if column in (self.ASKED, self.DONE):
            if not isinstance(value, QDate):
                return False
            day_value = value.toPython()
            assert isinstance(day_value, dt.date)
            if column == self.ASKED:
                asked = day_value
            else:
                done = day_value
        elif column == self.RESPONSE:
            response = OutreachResponse(str(value))
        elif column == self.REACH:
            reach = int(str(value)) if value not in (None, "") else None
        else:
            return False
        saved = self._page.save_entry(entry, asked, response, done, reach)
        if saved is None:
            return False
        self.rows[index.row()] = saved
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 4))
        return True


class ResponseDelegate(ChoiceDelegate):
    """A drop-down of the possible answers, in words."""

    def choices(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[str, object]]:
        return [(label(response), response.value) for response in OutreachResponse]


class OutreachPage(Page):
    key = "outreach"
    icon_name = "outreach"
    shows_entities = ("outreach_wave",)
    can_create = True
    can_delete = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self._waves: list[OutreachWaveRecord] = []
        self._wave: OutreachWaveRecord | None = None
        self._wanted_id: int | None = None
        self._group_names: dict[int, str] = {}

        self.count_label = QLabel()
        self.waves = QListWidget()
        self.waves.setAccessibleName(self.tr("Outreach waves"))
        self.waves.setWordWrap(True)
        self.waves.setMinimumWidth(260)
        self.waves.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waves.currentItemChanged.connect(self._wave_chosen)
        self.new_button = QPushButton(self.tr("New wave from a filter…"))
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(self.tr("Delete wave…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_label = QLabel(
            self.tr(
                "No outreach waves yet. Choose “New wave from a filter…” to ask a set of "
                "partners to carry a message."
            )
        )
        self.empty_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.waves, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.delete_button)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)

        self.model = WaveEntriesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Partners of the wave"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(WaveEntriesModel.RESPONSE, ResponseDelegate(self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WaveEntriesModel.PARTNER, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._maybe_open_partner)

        self.bulk_label = QLabel(self.tr("For the selected partners:"))
        self.asked_button = QPushButton(self.tr("Asked today"))
        self.response_combo = QComboBox()
        for response in OutreachResponse:
            self.response_combo.addItem(label(response), response.value)
        self.response_combo.setAccessibleName(self.tr("Response"))
        self.response_button = QPushButton(self.tr("Set response"))
        self.done_button = QPushButton(self.tr("Done today"))
        self.clear_done_button = QPushButton(self.tr("Not done"))
        self.asked_button.clicked.connect(lambda: self.bulk_update(asked_on=dt.date.today()))
        self.response_button.clicked.connect(
            lambda: self.bulk_update(response=OutreachResponse(self.response_combo.currentData()))
        )
        self.done_button.clicked.connect(lambda: self.bulk_update(done_on=dt.date.today()))
        self.clear_done_button.clicked.connect(lambda: self.bulk_update(done_on=None))
        bulk = QHBoxLayout()
        bulk.addWidget(self.bulk_label)
        bulk.addWidget(self.asked_button)
        bulk.addWidget(self.response_combo)
        bulk.addWidget(self.response_button)
        bulk.addWidget(self.done_button)
        bulk.addWidget(self.clear_done_button)
        bulk.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.counts)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(bulk)

        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        state = context.prefs.splitter_state(self.key)
        if state is not None:
            splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._enable_bulk)
        context.events.data_changed.connect(self._data_changed)
        self._show_wave(None)

    def title(self) -> str:
        return self.tr("Outreach")

    def count(self) -> int | None:
        return outreach.count_waves(self.context.db.uow())

    def has_selection(self) -> bool:
        return self._wave is not None

    def save_state(self) -> None:
        self.context.prefs.set_splitter_state(self.key, self.splitter.saveState())

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        db = self.context.db

        def load(_progress: object) -> tuple[list[OutreachWaveRecord], dict[int, str]]:
            groups = {g.id: g.name for g in reference.list_target_groups(db.uow())}
            return outreach.list_waves(db.uow()), groups

        self.context.tasks.run(load, lambda result: self._loaded(generation, *result), self._failed)

    def _data_changed(self, entity: str) -> None:
        if entity in ("outreach_wave", "organisation", "target_group"):
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            messages.show_error(self, error)
        else:
            raise error

    def _loaded(
        self, generation: int, waves: list[OutreachWaveRecord], groups: dict[int, str]
    ) -> None:
        if generation != self._generation:
            return
        self._group_names = groups
        wanted = self._wanted_id or (self._wave.id if self._wave else None)
        self._waves = waves
        self.waves.blockSignals(True)
        self.waves.clear()
        for wave in waves:
            progress = wave_progress(wave)
            text = (
                wave.name
                + "\n"
                + self.tr("%1 of %2 agreed · %3 done")
                .replace("%1", str(progress.agreed))
                .replace("%2", str(progress.partners))
                .replace("%3", str(progress.done))
            )
            item = QListWidgetItem(text)
            item.setData(WaveIdRole, wave.id)
            self.waves.addItem(item)
        self.waves.blockSignals(False)
        self.count_label.setText(self.tr("%1 outreach waves").replace("%1", str(len(waves))))
        self.count_changed.emit()
        self.empty_label.setVisible(not waves)
        self.waves.setVisible(bool(waves))
        rows = [i for i, w in enumerate(waves) if w.id == wanted]
        self._wanted_id = None
        if rows:
            self.waves.setCurrentRow(rows[0])
        elif waves:
            self.waves.setCurrentRow(0)
        else:
            self._show_wave(None)

    def _wave_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            self._show_wave(None)
            return
        wave_id = current.data(WaveIdRole)
        self._show_wave(next((w for w in self._waves if w.id == wave_id), None))

    def _show_wave(self, wave: OutreachWaveRecord | None) -> None:
        self._wave = wave
        for widget in (
            self.table,
            self.progress,
            self.bulk_label,
            self.asked_button,
            self.response_combo,
            self.response_button,
            self.done_button,
            self.clear_done_button,
        ):
            widget.setVisible(wave is not None)
        self.delete_button.setEnabled(wave is not None)
        self.actions_changed.emit()
        if wave is None:
            self.heading.setText(self.tr("Outreach"))
            self.details.setText("")
            self.counts.setText("")
            self.model.set_rows([])
            return
        self.heading.setText(wave.name)
        lines = []
        if wave.message:
            lines.append(wave.message)
        if wave.starts_on or wave.ends_on:
            lines.append(
                self.tr("Period: %1 – %2")
                .replace("%1", day(wave.starts_on))
                .replace("%2", day(wave.ends_on))
            )
        if wave.target_group_ids:
            names = [self._group_names.get(g, "") for g in wave.target_group_ids]
            lines.append(
                self.tr("Target groups: %1").replace("%1", ", ".join(n for n in names if n))
            )
        if wave.channels:
            lines.append(
                self.tr("Channels: %1").replace("%1", ", ".join(label(c) for c in wave.channels))
            )
        self.details.setText("\n".join(lines))
        self.model.set_rows(list(wave.entries))
        self._show_progress(wave)
        self._enable_bulk()

    def _show_progress(self, wave: OutreachWaveRecord) -> None:
        p = wave_progress(wave)
        self.progress.setRange(0, max(p.partners, 1))
        self.progress.setValue(p.partners - p.pending)
        self.progress.setFormat(
            self.tr("%1 of %2 answered")
            .replace("%1", str(p.partners - p.pending))
            .replace("%2", str(p.partners))
        )
        text = (
            self.tr(
                "%1 partners · %2 asked · %3 agreed · %4 declined · %5 no answer · "
                "%6 not yet answered · %7 done · reach achieved %8"
            )
            .replace("%1", str(p.partners))
            .replace("%2", str(p.asked))
            .replace("%3", str(p.agreed))
            .replace("%4", str(p.declined))
            .replace("%5", str(p.no_answer))
            .replace("%6", str(p.pending))
            .replace("%7", str(p.done))
            .replace("%8", number(p.reach_achieved))
        )
        if not p.partners:
            text = self.tr("This wave has no partners.")
        self.counts.setText(text)
        self.progress.setAccessibleDescription(text)

    def _enable_bulk(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in (
            self.asked_button,
            self.response_button,
            self.done_button,
            self.clear_done_button,
        ):
            button.setEnabled(chosen)

    # --- editing ---------------------------------------------------------------------------

    def save_entry(
        self,
        entry: OutreachEntryRecord,
        asked: dt.date | None,
        response: OutreachResponse,
        done: dt.date | None,
        reach: int | None,
    ) -> OutreachEntryRecord | None:
        """Save one partner's answer (small and quick, so on the GUI thread)."""
        try:
            saved = outreach.update_entry(
                self.context.db.uow(),
                entry.id,
                asked_on=asked,
                response=response,
                done_on=done,
                reach_achieved=reach,
                notes=entry.notes,
                expected_version=entry.version,
            )
        except UserError as error:
            messages.show_error(self, error)
            return None
        self._after_write()
        return saved

    def selected_entries(self) -> list[OutreachEntryRecord]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.rows[row] for row in rows]

    def bulk_update(self, **changes: object) -> None:
        """Set the same answer on every selected partner, in one transaction."""
        chosen = self.selected_entries()
        if not chosen:
            return
        values = {
            "asked_on": changes.get("asked_on", KEEP),
            "response": changes.get("response", KEEP),
            "done_on": changes.get("done_on", KEEP),
        }
        try:
            outreach.update_entries(
                self.context.db.uow(),
                tuple(e.id for e in chosen),
                **values,  # type: ignore[arg-type]
            )
        except UserError as error:
            messages.show_error(self, error)
            return
        self._after_write()
        self.context.events.status_message.emit(
            self.tr("%1 partners updated").replace("%1", str(len(chosen)))
        )

    def _after_write(self) -> None:
        if self._wave is None:
            return
        wave = outreach.get_wave(self.context.db.uow(), self._wave.id)
        self._waves = [wave if w.id == wave.id else w for w in self._waves]
        selected = [index.row() for index in self.table.selectionModel().selectedRows()]
        self._wave = wave
        self.model.set_rows(list(wave.entries))
        self._show_progress(wave)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in selected:
            self.table.selectionModel().select(self.model.index(row, 0), flags)
        self.context.events.data_changed.emit("outreach_wave")

    def _maybe_open_partner(self, index: QModelIndex) -> None:
        if index.column() == WaveEntriesModel.PARTNER:
            entry = self.model.rows[index.row()]
            self.context.events.open_record.emit("organisation", entry.organisation_id)

    # --- page actions -------------------------------------------------------------------------

    def new_record(self) -> None:
        from partnerdesk.ui.dialogs.wave_dialog import WaveDialog

        dialog = WaveDialog(self.context, self)
        if dialog.exec() and dialog.created is not None:
            self._wanted_id = dialog.created.id
            self.refresh()

    def delete_selected(self) -> None:
        wave = self._wave
        if wave is None:
            return
        question = (
            self.tr("Delete the outreach wave “%1” with the answers of its %2 partners?")
            .replace("%1", wave.name)
            .replace("%2", str(len(wave.entries)))
        )
        if not messages.confirm(self, question, self.tr("Delete wave")):
            return
        try:
            outreach.delete_wave(self.context.db.uow(), wave.id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._wave = None
        self.context.events.data_changed.emit("outreach_wave")

    def open_record(self, entity: str, record_id: int) -> None:
        if entity != "outreach_wave":
            return
        rows = [i for i, w in enumerate(self._waves) if w.id == record_id]
        if rows:
            self.waves.setCurrentRow(rows[0])
        else:
            self._wanted_id = record_id
            self.refresh()

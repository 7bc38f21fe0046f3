"""The Duplicates page: likely pairs with score and reason, merge, not a duplicate, unmerge."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import MergeEntity
from partnerdesk.domain.matching import CERTAIN, LIKELY, Reason
from partnerdesk.errors import UserError
from partnerdesk.services import duplicates
from partnerdesk.services.duplicates import DuplicatePair, MergeRecord
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import date_time, number
from partnerdesk.ui.models.record_table_model import RecordTableModel
from partnerdesk.ui.pages.base import Page


def reason_text(reason: Reason) -> str:
    """The reason of a pair in the coordinator's words."""
    texts = {
        Reason.SAME_NAME: QCoreApplication.translate("DuplicatesPage", "Same name"),
        Reason.SAME_NAME_KEY: QCoreApplication.translate(
            "DuplicatesPage", "Same name, written differently"
        ),
        Reason.SAME_WORDS: QCoreApplication.translate(
            "DuplicatesPage", "Same words in another order"
        ),
        Reason.SIMILAR_NAME: QCoreApplication.translate("DuplicatesPage", "Similar name"),
        Reason.NAME_CONTAINED: QCoreApplication.translate(
            "DuplicatesPage", "One name contains the other"
        ),
        Reason.SAME_WEBSITE: QCoreApplication.translate("DuplicatesPage", "Same website"),
        Reason.SAME_EMAIL: QCoreApplication.translate("DuplicatesPage", "Same e-mail address"),
        Reason.SAME_EMAIL_OTHER_NAME: QCoreApplication.translate(
            "DuplicatesPage", "Same e-mail address, different name"
        ),
        Reason.SAME_PHONE: QCoreApplication.translate("DuplicatesPage", "Same phone number"),
        Reason.SAME_PHONE_OTHER_NAME: QCoreApplication.translate(
            "DuplicatesPage", "Same phone number, different name"
        ),
        Reason.SAME_NAME_SAME_ORGANISATION: QCoreApplication.translate(
            "DuplicatesPage", "Same name at the same organisation"
        ),
        Reason.INITIALS_SAME_ORGANISATION: QCoreApplication.translate(
            "DuplicatesPage", "Same name with initials at the same organisation"
        ),
        Reason.SIMILAR_NAME_SAME_ORGANISATION: QCoreApplication.translate(
            "DuplicatesPage", "Similar name at the same organisation"
        ),
        Reason.DIFFERENT_NUMBER: QCoreApplication.translate(
            "DuplicatesPage", "Names differ in a number"
        ),
    }
    return texts[reason]


def score_text(score: int) -> str:
    if score >= CERTAIN:
        return QCoreApplication.translate("DuplicatesPage", "%1 (almost certain)").replace(
            "%1", number(score)
        )
    if score >= LIKELY:
        return QCoreApplication.translate("DuplicatesPage", "%1 (likely)").replace(
            "%1", number(score)
        )
    return QCoreApplication.translate("DuplicatesPage", "%1 (possible)").replace(
        "%1", number(score)
    )


class PairTableModel(RecordTableModel[DuplicatePair]):
    """Likely duplicate pairs: score, reason, and both records."""

    SCORE, REASON, FIRST, SECOND = range(4)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("DuplicatesPage", "Score"),
            QCoreApplication.translate("DuplicatesPage", "Why"),
            QCoreApplication.translate("DuplicatesPage", "Record"),
            QCoreApplication.translate("DuplicatesPage", "Looks like"),
        )

    def cell(self, pair: DuplicatePair, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.SCORE:
            return score_text(pair.score)
        if column == self.REASON and role == Qt.ItemDataRole.ToolTipRole:
            if pair.reason == Reason.SAME_NAME_KEY:
                return self.tr(
                    "The names are equal once case, spaces, punctuation, legal forms "
                    "(B.V., Stichting …) and name particles are left aside."
                )
            return reason_text(pair.reason)
        if column == self.REASON:
            return reason_text(pair.reason)
        side = pair.first if column == self.FIRST else pair.second
        return f"{side.title}\n{side.detail}" if side.detail else side.title


class MergeTableModel(RecordTableModel[MergeRecord]):
    """Past merges: when, which record went into which."""

    WHEN, MERGED, SURVIVOR = range(3)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("DuplicatesPage", "Merged on"),
            QCoreApplication.translate("DuplicatesPage", "Record"),
            QCoreApplication.translate("DuplicatesPage", "Merged into"),
        )

    def cell(self, record: MergeRecord, column: int, role: int) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.WHEN:
            # stored in UTC; shown in the coordinator's local time
            return date_time(record.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None))
        if column == self.MERGED:
            return record.merged_title
        return record.survivor_title


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return view


class DuplicatesPage(Page):
    """Finds likely duplicate organisations or people; merges, dismisses and unmerges them."""

    key: ClassVar[str] = "duplicates"
    icon_name: ClassVar[str] = "duplicates"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.entity = MergeEntity.ORGANISATION
        self._finding = False
        self._pending = False
        self._count: int | None = None

        self.organisations_button = QRadioButton(self.tr("Organisations"))
        self.people_button = QRadioButton(self.tr("People"))
        self.organisations_button.setChecked(True)
        switch = QButtonGroup(self)
        switch.addButton(self.organisations_button)
        switch.addButton(self.people_button)
        self.organisations_button.toggled.connect(self._switch_entity)
        self.find_button = QPushButton(self.tr("Find again"))
        self.find_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Look for duplicate")))
        top.addWidget(self.organisations_button)
        top.addWidget(self.people_button)
        top.addStretch(1)
        top.addWidget(self.find_button)

        self.count_label = QLabel()
        self.pairs = PairTableModel(self)
        self.pair_view = _table(self.pairs)
        # a record's name over its e-mail address and organisations, each line shortened to fit
        self.pair_view.setWordWrap(False)
        self.pair_view.verticalHeader().setDefaultSectionSize(
            2 * self.fontMetrics().lineSpacing() + 10
        )
        self.pair_view.doubleClicked.connect(lambda _index: self.merge_selected())
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pair_stack = QStackedWidget()
        self.pair_stack.addWidget(self.pair_view)
        self.pair_stack.addWidget(self.empty_label)

        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.distinct_button = QPushButton(self.tr("Not a duplicate"))
        self.distinct_button.clicked.connect(self.mark_selected_distinct)
        pair_buttons = QHBoxLayout()
        pair_buttons.addWidget(self.count_label, 1)
        pair_buttons.addWidget(self.distinct_button)
        pair_buttons.addWidget(self.merge_button)

        self.merges_label = QLabel()
        self.merges = MergeTableModel(self)
        self.merge_view = _table(self.merges)
        self.merges_empty = QLabel(
            self.tr("No merges yet. After a merge, it is listed here and can be undone.")
        )
        self.merges_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.merges_empty.setWordWrap(True)
        self.merge_stack = QStackedWidget()
        self.merge_stack.addWidget(self.merge_view)
        self.merge_stack.addWidget(self.merges_empty)
        self.merge_stack.setMaximumHeight(180)
        self.merge_stack.setCurrentWidget(self.merges_empty)
        self.unmerge_button = QPushButton(self.tr("Unmerge"))
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        merge_buttons = QHBoxLayout()
        merge_buttons.addWidget(self.merges_label, 1)
        merge_buttons.addWidget(self.unmerge_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pair_stack, 3)
        layout.addLayout(pair_buttons)
        layout.addSpacing(12)
        heading = QLabel(self.tr("Merged earlier"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self.merge_stack, 1)
        layout.addLayout(merge_buttons)
        self.pair_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.merge_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._show_pairs([])
        self._show_merges([])
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Duplicates")

    def count(self) -> int | None:
        """Pairs found by the last search (none shown before the first one)."""
        return self._count

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Find pairs again (off the GUI thread) and reload the past merges."""
        if self._finding:
            self._pending = True
            return
        self._finding = True
        self.find_button.setEnabled(False)
        self.count_label.setText(self.tr("Looking for duplicates…"))
        entity = self.entity
        db = self.context.db
        self.context.tasks.run(
            lambda _progress: (
                entity,
                duplicates.find_duplicates(db.uow(), entity),
                duplicates.list_merges(db.uow(), entity),
            ),
            self._found,
            self._failed,
        )

    def _found(self, result: tuple[MergeEntity, list[DuplicatePair], list[MergeRecord]]) -> None:
        self._finding = False
        self.find_button.setEnabled(True)
        entity, pairs, merges = result
        if self._pending or entity != self.entity:
            self._pending = False
            self.refresh()
            return
        self._show_pairs(pairs)
        self._show_merges(merges)
        self._count = len(pairs)
        self.count_changed.emit()
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._finding = False
        self._pending = False
        self.find_button.setEnabled(True)
        self.count_label.setText("")
        if isinstance(error, UserError):
            messages.show_error(self, error)
        else:
            raise error

    def _show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs.set_rows(pairs)
        if self.entity == MergeEntity.ORGANISATION:
            self.count_label.setText(
                self.tr("Possible duplicate organisations: %1").replace("%1", number(len(pairs)))
            )
            self.empty_label.setText(
                self.tr(
                    "No likely duplicate organisations. Pairs show here when two organisations "
                    "have the same or a very similar name or website — after an import, look "
                    "here again."
                )
            )
        else:
            self.count_label.setText(
                self.tr("Possible duplicate people: %1").replace("%1", number(len(pairs)))
            )
            self.empty_label.setText(
                self.tr(
                    "No likely duplicate people. Pairs show here when two people share an e-mail "
                    "address or phone number, or have the same name at the same organisation — "
                    "after an import, look here again."
                )
            )
        self.pair_stack.setCurrentWidget(self.pair_view if pairs else self.empty_label)

    def _show_merges(self, merges: list[MergeRecord]) -> None:
        self.merges.set_rows(merges)
        self.merges_label.setText(self.tr("Past merges: %1").replace("%1", number(len(merges))))
        self.merge_stack.setCurrentWidget(self.merge_view if merges else self.merges_empty)

    def _switch_entity(self) -> None:
        self.entity = (
            MergeEntity.ORGANISATION
            if self.organisations_button.isChecked()
            else MergeEntity.PERSON
        )
        self._show_pairs([])
        self._show_merges([])
        self.refresh()

    def _update_buttons(self) -> None:
        has_pair = bool(self.pair_view.selectionModel().selectedRows())
        if self._count is not None and self._count != self.pairs.rowCount():
            self._count = self.pairs.rowCount()
            self.count_changed.emit()
        self.merge_button.setEnabled(has_pair)
        self.distinct_button.setEnabled(has_pair)
        self.unmerge_button.setEnabled(bool(self.merge_view.selectionModel().selectedRows()))

    def selected_pair(self) -> DuplicatePair | None:
        rows = self.pair_view.selectionModel().selectedRows()
        return self.pairs.row_at(rows[0].row()) if rows else None

    # --- actions ------------------------------------------------------------------------------

    def merge_selected(self) -> None:
        """Open the merge dialog for the selected pair, and merge as chosen there."""
        from partnerdesk.ui.dialogs.merge_dialog import MergeDialog

        pair = self.selected_pair()
        if pair is None:
            return
        try:
            comparison = duplicates.compare(
                self.context.db.uow(), pair.entity, pair.first.id, pair.second.id
            )
        except UserError as error:
            messages.show_error(self, error)
            self.refresh()
            return
        dialog = MergeDialog(comparison, self)
        if dialog.exec() != MergeDialog.DialogCode.Accepted:
            return
        survivor, merged, choices = dialog.survivor_id(), dialog.merged_id(), dialog.choices()
        db, entity = self.context.db, pair.entity
        self.context.tasks.run(
            lambda _progress: duplicates.merge(db.uow(), entity, survivor, merged, choices),
            self._merged,
            self._failed,
            writes=True,
        )

    def _merged(self, record: MergeRecord) -> None:
        self.context.events.status_message.emit(
            self.tr("Merged “%1” into “%2”.")
            .replace("%1", record.merged_title)
            .replace("%2", record.survivor_title)
        )
        self.context.events.data_changed.emit(str(record.entity))
        self.refresh()

    def mark_selected_distinct(self) -> None:
        """Remember the selected pair as two different records."""
        pair = self.selected_pair()
        if pair is None:
            return
        db = self.context.db
        self.distinct_button.setEnabled(False)
        self.context.tasks.run(
            lambda _progress: duplicates.mark_distinct(
                db.uow(), pair.entity, pair.first.id, pair.second.id
            ),
            lambda _result: self._marked_distinct(pair),
            self._failed,
            writes=True,
        )

    def _marked_distinct(self, pair: DuplicatePair) -> None:
        if pair.entity == self.entity:
            self._show_pairs([p for p in self.pairs.rows if p != pair])
        self._update_buttons()

    def unmerge_selected(self) -> None:
        """Undo the selected merge, after asking."""
        rows = self.merge_view.selectionModel().selectedRows()
        if not rows:
            return
        record = self.merges.row_at(rows[0].row())
        question = (
            self.tr("Split “%1” off “%2” again? Both get back what each had before the merge.")
            .replace("%1", record.merged_title)
            .replace("%2", record.survivor_title)
        )
        if not messages.confirm(self, question, self.tr("Unmerge")):
            return
        db = self.context.db
        self.context.tasks.run(
            lambda _progress: duplicates.unmerge(db.uow(), record.id),
            self._unmerged,
            self._failed,
            writes=True,
        )

    def _unmerged(self, record: MergeRecord) -> None:
        self.context.events.status_message.emit(
            self.tr("“%1” is a separate record again.").replace("%1", record.merged_title)
        )
        self.context.events.data_changed.emit(str(record.entity))
        self.refresh()

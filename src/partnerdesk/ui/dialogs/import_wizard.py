"""The import wizard: file → sheet and header row → column mapping → preview → apply → summary.

Reading, planning and applying run off the GUI thread (ui/tasks.py); applying is one
transaction that can be cancelled while it runs and undone afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from partnerdesk.domain.matching import REASON_TEXT
from partnerdesk.errors import UserError
from partnerdesk.exchange import headers
from partnerdesk.exchange.tables import as_text
from partnerdesk.services import importer
from partnerdesk.services import workbook_format as wf
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.import_problems import note_text, problem_line, problem_text
from partnerdesk.ui.i18n import choose_language
from partnerdesk.ui.pages.duplicates import reason_text
from partnerdesk.ui.tasks import Cancelled, Progress
from partnerdesk.ui.widgets.choices import ChoiceDelegate

PAGE_FILE, PAGE_SHEET, PAGE_MAPPING, PAGE_PREVIEW, PAGE_APPLY = range(5)
PREVIEW_ROWS = 12
_ROOT = QModelIndex()


def status_text(status: importer.RowStatus) -> str:
    return {
        importer.RowStatus.NEW: QCoreApplication.translate("ImportWizard", "New"),
        importer.RowStatus.UPDATE: QCoreApplication.translate("ImportWizard", "Update"),
        importer.RowStatus.UNCHANGED: QCoreApplication.translate("ImportWizard", "Unchanged"),
        importer.RowStatus.DUPLICATE: QCoreApplication.translate(
            "ImportWizard", "Possible duplicate"
        ),
        importer.RowStatus.CONFLICT: QCoreApplication.translate("ImportWizard", "Conflict"),
        importer.RowStatus.ERROR: QCoreApplication.translate("ImportWizard", "Error"),
    }[status]


def decision_text(decision: importer.Decision) -> str:
    return {
        importer.Decision.SKIP: QCoreApplication.translate("ImportWizard", "Skip"),
        importer.Decision.SAME: QCoreApplication.translate(
            "ImportWizard", "Same as existing (update it)"
        ),
        importer.Decision.NEW: QCoreApplication.translate("ImportWizard", "Add as new"),
    }[decision]


def entity_text(entity: str) -> str:
    return {
        "organisations": QCoreApplication.translate("ImportWizard", "Organisation"),
        "people": QCoreApplication.translate("ImportWizard", "Person"),
        "affiliations": QCoreApplication.translate("ImportWizard", "Affiliation"),
        "sectors": QCoreApplication.translate("ImportWizard", "Sector"),
        "target_groups": QCoreApplication.translate("ImportWizard", "Target group"),
        "sessions": QCoreApplication.translate("ImportWizard", "Session"),
        "participants": QCoreApplication.translate("ImportWizard", "Participant"),
        "actions": QCoreApplication.translate("ImportWizard", "Action"),
        "outreach": QCoreApplication.translate("ImportWizard", "Outreach"),
        "outreach_waves": QCoreApplication.translate("ImportWizard", "Outreach wave"),
        "contact_moments": QCoreApplication.translate("ImportWizard", "Contact moment"),
        "target_reach": QCoreApplication.translate("ImportWizard", "Reach per target group"),
    }.get(entity, entity)


class ImportWizard(QWizard):
    """Guides one import; ``source``, ``choice`` and ``plan`` fill in as the pages advance."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.language = choose_language(context.prefs.language)
        self.source: importer.ImportSource | None = None
        self.choice: importer.SheetChoice | None = None
        self.plan: importer.ImportPlan | None = None
        self.summary: importer.ImportSummary | None = None
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Import a workbook"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.apply_page = ApplyPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_SHEET, self.sheet_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_APPLY, self.apply_page)
        self.resize(980, 580)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    def is_partnerdesk(self) -> bool:
        return self.source is not None and self.source.is_partnerdesk


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Choose a file"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "A partnerdesk export, a colleague's list (.xlsx or .csv) or contacts (.vcf).",
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            QCoreApplication.translate("ImportWizard", "Path of the file to import")
        )
        browse = QPushButton(QCoreApplication.translate("ImportWizard", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.undo_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Undo last import…")
        )
        self.undo_button.clicked.connect(lambda: undo_last_import(self.wiz.context, self))
        layout.addStretch(1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.path_edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.undo_button.setEnabled(importer.last_import(self.wiz.context.db) is not None)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Import"),
            "",
            QCoreApplication.translate(
                "ImportWizard", "Workbooks and contacts (*.xlsx *.csv *.vcf)"
            ),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        try:
            self.wiz.source = importer.ImportSource(Path(self.path_edit.text().strip()))
        except UserError as error:
            messages.show_error(
                self, error, QCoreApplication.translate("ImportWizard", "Cannot import this file")
            )
            return False
        self.wiz.choice = None
        return True

    def nextId(self) -> int:
        return PAGE_PREVIEW if self.wiz.is_partnerdesk() else PAGE_SHEET


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Sheet and header row"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard", "Which sheet holds the list, and in which row are its column names?"
            )
        )
        self.sheet_combo = QComboBox()
        self.hidden_box = QCheckBox(
            QCoreApplication.translate("ImportWizard", "Also offer hidden sheets")
        )
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 30)
        self.rows_table = QTableWidget()
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ImportWizard", "Sheet:"), self.sheet_combo)
        form.addRow("", self.hidden_box)
        form.addRow(QCoreApplication.translate("ImportWizard", "Header row:"), self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(QCoreApplication.translate("ImportWizard", "The first rows of the sheet:"))
        )
        layout.addWidget(self.rows_table, 1)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.hidden_box.toggled.connect(self._fill_sheets)
        self.header_spin.valueChanged.connect(self._mark_header)
        self._rows: list[list[Any]] = []

    def initializePage(self) -> None:
        self._fill_sheets()

    def _fill_sheets(self) -> None:
        source = self.wiz.source
        assert source is not None
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for info in source.data_sheets(include_hidden=self.hidden_box.isChecked()):
            text = (
                info.name
                if info.visible
                else QCoreApplication.translate("ImportWizard", "%1 (hidden)").replace(
                    "%1", info.name
                )
            )
            self.sheet_combo.addItem(text, info.name)
        self.sheet_combo.blockSignals(False)
        self._sheet_chosen()

    def _sheet_chosen(self) -> None:
        source = self.wiz.source
        sheet = self.sheet_combo.currentData()
        if source is None or sheet is None:
            return
        db = self.wiz.context.db
        self.setEnabled(False)
        self.wiz.choice = None
        self.completeChanged.emit()
        self.wiz.context.tasks.run(
            lambda _p: (source.guess(db, sheet), source.read(sheet).rows[: PREVIEW_ROWS + 20]),
            self._guessed,
            self._failed,
        )

    def _guessed(self, result: tuple[importer.SheetChoice, list[list[Any]]]) -> None:
        self.setEnabled(True)
        choice, rows = result
        self.wiz.choice = choice
        self._rows = rows
        self.header_spin.setValue(choice.header_row + 1)
        self._show_rows()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(error, UserError):
            messages.show_error(
                self, error, QCoreApplication.translate("ImportWizard", "Cannot read this sheet")
            )
        elif not isinstance(error, Cancelled):
            raise error

    def _show_rows(self) -> None:
        rows = self._rows[: max(PREVIEW_ROWS, self.header_spin.value() + 5)]
        width = max((len(r) for r in rows), default=0)
        self.rows_table.setRowCount(len(rows))
        self.rows_table.setColumnCount(width)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.rows_table.setItem(r, c, QTableWidgetItem(as_text(value)[:60]))
        self._mark_header()

    def _mark_header(self) -> None:
        header = self.header_spin.value() - 1
        font = self.rows_table.font()
        for r in range(self.rows_table.rowCount()):
            for c in range(self.rows_table.columnCount()):
                item = self.rows_table.item(r, c)
                if item is not None:
                    bold = font
                    bold.setBold(r == header)
                    item.setFont(bold)

    def isComplete(self) -> bool:
        return self.wiz.choice is not None

    def validatePage(self) -> bool:
        assert self.wiz.choice is not None and self.wiz.source is not None
        header_row = self.header_spin.value() - 1
        if header_row != self.wiz.choice.header_row:
            cells = self._rows[header_row] if header_row < len(self._rows) else []
            self.wiz.choice = importer.SheetChoice(
                self.wiz.choice.sheet, header_row, headers.guess_mapping(cells)
            )
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Columns"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard",
                "partnerdesk recognised these columns. Correct any that are wrong; "
                "columns set to “Not imported” are left out.",
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Column in the file"),
                QCoreApplication.translate("ImportWizard", "First value"),
                QCoreApplication.translate("ImportWizard", "Imported as"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().hide()
        self.remember = QCheckBox(
            QCoreApplication.translate(
                "ImportWizard", "Remember these choices for files with the same columns"
            )
        )
        self.remember.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remember)
        self._header: list[Any] = []

    def initializePage(self) -> None:
        choice, source = self.wiz.choice, self.wiz.source
        assert choice is not None and source is not None
        rows = self.wiz.sheet_page._rows
        self._header = list(rows[choice.header_row]) if choice.header_row < len(rows) else []
        sample = rows[choice.header_row + 1] if choice.header_row + 1 < len(rows) else []
        self.table.setRowCount(len(self._header))
        for index, header in enumerate(self._header):
            self.table.setItem(
                index,
                0,
                QTableWidgetItem(
                    as_text(header) or QCoreApplication.translate("ImportWizard", "(no name)")
                ),
            )
            value = as_text(sample[index]) if index < len(sample) else ""
            self.table.setItem(index, 1, QTableWidgetItem(value[:60]))
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportWizard", "Not imported"), None)
            for field in headers.CONTACT_FIELDS:
                if field.key == "id":
                    continue
                combo.addItem(headers.label(field.key, self.wiz.language), field.key)
            key = choice.mapping[index] if index < len(choice.mapping) else None
            combo.setCurrentIndex(max(combo.findData(key), 0))
            self.table.setCellWidget(index, 2, combo)
        for r in range(self.table.rowCount()):
            for c in (0, 1):
                item = self.table.item(r, c)
                if item is not None:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def mapping(self) -> list[str | None]:
        result: list[str | None] = []
        for index in range(self.table.rowCount()):
            combo = self.table.cellWidget(index, 2)
            assert isinstance(combo, QComboBox)
            result.append(combo.currentData())
        return result

    def validatePage(self) -> bool:
        choice = self.wiz.choice
        assert choice is not None
        mapping = self.mapping()
        if mapping != choice.mapping and self.remember.isChecked():
            try:
                importer.remember_mapping(self.wiz.context.db, self._header, mapping)
            except UserError as error:
                messages.show_error(self, error)
        self.wiz.choice = importer.SheetChoice(choice.sheet, choice.header_row, mapping)
        return True


class PlanModel(QAbstractTableModel):
    """The preview rows: status, what, sheet row, name, the existing record it looks like,
    the decision for a possible duplicate (editable), and what is wrong or will change."""

    COLUMNS = ("status", "entity", "row", "name", "other", "decision", "details")
    DECISION = COLUMNS.index("decision")

    decision_changed = Signal()

    def __init__(self, rows: list[importer.RowPlan] | None = None) -> None:
        super().__init__()
        self.rows = rows or []

    def set_rows(self, rows: list[importer.RowPlan]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ImportWizard", "Status"),
                QCoreApplication.translate("ImportWizard", "What"),
                QCoreApplication.translate("ImportWizard", "Row"),
                QCoreApplication.translate("ImportWizard", "Name"),
                QCoreApplication.translate("ImportWizard", "Looks like"),
                QCoreApplication.translate("ImportWizard", "Decision"),
                QCoreApplication.translate("ImportWizard", "Details"),
            )[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == self.DECISION
            and self.rows[index.row()].decisions()
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != self.DECISION
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        row = self.rows[index.row()]
        if value not in row.decisions():
            return False
        row.decision = importer.Decision(value)
        self.dataChanged.emit(index, index)
        self.decision_changed.emit()
        return True

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.EditRole and column == "decision":
            return row.decision.value if row.decisions() else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "status":
            return status_text(row.status)
        if column == "entity":
            return entity_text(row.entity)
        if column == "row":
            return QLocale().toString(row.row) if row.row else ""
        if column == "name":
            return row.label
        if column == "other":
            return other_text(row)
        if column == "decision":
            return decision_text(row.decision) if row.decisions() else ""
        if role == Qt.ItemDataRole.ToolTipRole and row.problems:
            return "\n".join(problem_line(p) for p in row.problems)
        return details_text(row)


def other_text(row: importer.RowPlan) -> str:
    """The stored record a row looks like, or the earlier row of the sheet it repeats."""
    earlier = row.links.get("earlier_row")
    if isinstance(earlier, importer.RowPlan):
        return (
            QCoreApplication.translate("ImportWizard", "%1 (row %2)")
            .replace("%1", earlier.label)
            .replace("%2", QLocale().toString(earlier.row))
        )
    return row.other or ""


def details_text(row: importer.RowPlan) -> str:
    parts = []
    if row.status is importer.RowStatus.DUPLICATE:
        reason = _REASONS.get(row.reason or "")
        if reason is not None:
            parts.append(reason_text(reason))
        if row.changes and row.decisions():
            parts.append(
                QCoreApplication.translate("ImportWizard", "if the same, changes: %1").replace(
                    "%1", changed_fields(row)
                )
            )
    if row.status is importer.RowStatus.UPDATE and row.changes:
        parts.append(
            QCoreApplication.translate("ImportWizard", "changes: %1").replace(
                "%1", changed_fields(row)
            )
        )
    parts.extend(
        f"{p.column}: {problem_text(p)}" if p.column else problem_text(p) for p in row.problems
    )
    return "; ".join(parts)


def changed_fields(row: importer.RowPlan) -> str:
    """The changed fields by their column names in the window's language ("E-mail, Telefoon")."""
    dutch = QLocale().language() == QLocale.Language.Dutch
    spec = next((s for s in wf.ALL_SHEETS if s.key == row.entity), None)
    labels = {c.key: c.nl if dutch else c.en for c in spec.columns} if spec else {}
    order = list(labels)
    keys = sorted(row.changes, key=lambda k: (order.index(k) if k in order else len(order), k))
    return ", ".join(labels.get(key, key) for key in keys)


# the matcher's English reasons (as the plan carries them) back to the reason
_REASONS = {text: reason for reason, text in REASON_TEXT.items()}


class DecisionDelegate(ChoiceDelegate):
    """A drop-down of the choices a possible duplicate row offers; a choice applies at once."""

    def choices(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[str, object]]:
        model = index.model()
        assert isinstance(model, PlanModel)
        return [(decision_text(d), d.value) for d in model.rows[index.row()].decisions()]

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = super().createEditor(parent, option, index)
        assert isinstance(combo, QComboBox)
        # as wide as the column needs for the usual choice; the list shows every choice whole
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.setAccessibleName(QCoreApplication.translate("ImportWizard", "Decision"))
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo


# widest the name columns of the preview start (the full name is in the tooltip)
NAME_WIDTH = 170
# more possible duplicates than this get no drop-down each (a click opens one)
OPEN_EDITORS = 200


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Preview"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard", "What the import will do, row by row. Nothing has been changed yet."
            )
        )
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.model = PlanModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setItemDelegateForColumn(PlanModel.DECISION, DecisionDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.model.decision_changed.connect(self._decided)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.save_errors = QPushButton(
            QCoreApplication.translate("ImportWizard", "Save failed rows as an error workbook…")
        )
        self.save_errors.clicked.connect(self._save_errors)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.save_errors, 0, Qt.AlignmentFlag.AlignLeft)
        self._busy = False

    def initializePage(self) -> None:
        self.wiz.plan = None
        self.model.set_rows([])
        self.counts.setText(QCoreApplication.translate("ImportWizard", "Reading the file…"))
        self.notes.clear()
        self._busy = True
        self.completeChanged.emit()
        source, choice, db = self.wiz.source, self.wiz.choice, self.wiz.context.db
        assert source is not None
        self.wiz.context.tasks.run(
            lambda _p: importer.plan_import(db, source, choice), self._planned, self._failed
        )

    def _planned(self, plan: importer.ImportPlan) -> None:
        self._busy = False
        self.wiz.plan = plan
        self.model.set_rows(plan.rows)
        duplicates = [i for i, r in enumerate(plan.rows) if r.decisions()]
        if len(duplicates) <= OPEN_EDITORS:
            for i in duplicates:
                self.view.openPersistentEditor(self.model.index(i, PlanModel.DECISION))
        self.view.resizeColumnsToContents()
        for column in (PlanModel.COLUMNS.index("name"), PlanModel.COLUMNS.index("other")):
            # long names must leave room for the details, where problems are explained
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), NAME_WIDTH))
        self.counts.setText(counts_text(plan))
        notes = [problem_line(p) for p in plan.problems] + [note_text(n) for n in plan.notes]
        self.notes.setText("\n".join(notes[:6]))
        self.save_errors.setEnabled(any(r.status in _HELD_BACK or r.problems for r in plan.rows))
        self.completeChanged.emit()

    def _decided(self) -> None:
        if self.wiz.plan is not None:
            self.counts.setText(counts_text(self.wiz.plan))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.counts.setText(
            str(error)
            if isinstance(error, UserError)
            else QCoreApplication.translate("ImportWizard", "The file could not be read.")
        )
        self.completeChanged.emit()
        if not isinstance(error, UserError | Cancelled):
            raise error

    def _save_errors(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        suggested = (
            str(Path(plan.file).with_suffix("").name)
            + " - "
            + QCoreApplication.translate("ImportWizard", "errors")
            + ".xlsx"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ImportWizard", "Save failed rows"),
            suggested,
            "Excel (*.xlsx)",
        )
        if not path:
            return
        try:
            count = importer.write_error_workbook(plan, path)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.wiz.context.events.status_message.emit(
            QCoreApplication.translate("ImportWizard", "%1 rows saved to %2")
            .replace("%1", QLocale().toString(count))
            .replace("%2", path)
        )

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        return (
            not self._busy
            and plan is not None
            and (plan.applicable() > 0 or importer._has_contact_dates(plan))
        )


_HELD_BACK = (importer.RowStatus.ERROR, importer.RowStatus.CONFLICT, importer.RowStatus.DUPLICATE)


def counts_text(plan: importer.ImportPlan) -> str:
    totals: dict[importer.RowStatus, int] = dict.fromkeys(importer.RowStatus, 0)
    for row in plan.rows:
        totals[row.status] += 1
    if not plan.rows:
        return QCoreApplication.translate("ImportWizard", "No rows to import were found.")
    parts = [f"{status_text(s)}: {QLocale().toString(n)}" for s, n in totals.items() if n]
    text = (
        QCoreApplication.translate("ImportWizard", "%1 rows.").replace(
            "%1", QLocale().toString(len(plan.rows))
        )
        + " "
        + " · ".join(parts)
    )
    decided = [r.decision for r in plan.duplicates() if r.decision in r.decisions()]
    if decided:
        text += "\n" + (
            QCoreApplication.translate(
                "ImportWizard",
                "Possible duplicates: %1 skipped, %2 update the existing record, %3 added as new.",
            )
            .replace("%1", QLocale().toString(decided.count(importer.Decision.SKIP)))
            .replace("%2", QLocale().toString(decided.count(importer.Decision.SAME)))
            .replace("%3", QLocale().toString(decided.count(importer.Decision.NEW)))
        )
    if plan.applicable() == 0:
        text += "\n" + QCoreApplication.translate(
            "ImportWizard", "There is nothing new or changed to import."
        )
    return text


class ApplyPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Cancel import")
        )
        self.cancel_button.clicked.connect(self._cancel)
        self.undo_button = QPushButton(
            QCoreApplication.translate("ImportWizard", "Undo this import")
        )
        self.undo_button.clicked.connect(self._undo)
        self.undo_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._task: Any = None
        self._done = False

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        self._done = False
        self.status.setText(
            QCoreApplication.translate(
                "ImportWizard", "Making a backup, then importing in one transaction…"
            )
        )
        self.bar.setRange(0, 0)
        self.cancel_button.show()
        self.undo_button.hide()
        db = self.wiz.context.db

        def job(progress: Progress) -> importer.ImportSummary:
            return importer.apply_import(
                db,
                plan,
                progress=lambda done, total: progress.report(done, total),
                cancelled=lambda: progress.cancelled,
            )

        self._task = self.wiz.context.tasks.run(
            job, self._applied, self._failed, writes=True, on_progress=self._progress
        )

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(QCoreApplication.translate("ImportWizard", "Cancelling…"))

    def _applied(self, summary: importer.ImportSummary) -> None:
        self._task = None
        self._done = True
        self.wiz.summary = summary
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.cancel_button.hide()
        self.undo_button.show()
        self.status.setText(summary_text(summary))
        for entity in ("organisation", "person", "sector", "target_group", "contact_moment"):
            self.wiz.context.events.data_changed.emit(entity)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._done = True
        self.cancel_button.hide()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(error, Cancelled | importer.ImportCancelled):
            self.status.setText(
                QCoreApplication.translate(
                    "ImportWizard", "The import was cancelled; nothing was changed."
                )
            )
        elif isinstance(error, UserError):
            self.status.setText(
                QCoreApplication.translate("ImportWizard", "Nothing was imported: %1").replace(
                    "%1", str(error)
                )
            )
        else:
            self.completeChanged.emit()
            raise error
        self.completeChanged.emit()

    def _undo(self) -> None:
        if undo_last_import(self.wiz.context, self):
            self.undo_button.setEnabled(False)
            self.status.setText(
                QCoreApplication.translate("ImportWizard", "The import was undone.")
            )

    def isComplete(self) -> bool:
        return self._done


def _nouns() -> dict[str, tuple[str, str]]:
    """Singular and plural of what an import counts, per entity, in the installed language."""
    return {
        "organisations": (
            QCoreApplication.translate("ImportWizard", "%1 organisation"),
            QCoreApplication.translate("ImportWizard", "%1 organisations"),
        ),
        "people": (
            QCoreApplication.translate("ImportWizard", "%1 person"),
            QCoreApplication.translate("ImportWizard", "%1 people"),
        ),
        "affiliations": (
            QCoreApplication.translate(
                "ImportWizard", "%1 link between a person and an organisation"
            ),
            QCoreApplication.translate("ImportWizard", "%1 links between people and organisations"),
        ),
        "sectors": (
            QCoreApplication.translate("ImportWizard", "%1 sector"),
            QCoreApplication.translate("ImportWizard", "%1 sectors"),
        ),
        "target_groups": (
            QCoreApplication.translate("ImportWizard", "%1 target group"),
            QCoreApplication.translate("ImportWizard", "%1 target groups"),
        ),
        "sessions": (
            QCoreApplication.translate("ImportWizard", "%1 session"),
            QCoreApplication.translate("ImportWizard", "%1 sessions"),
        ),
        "participants": (
            QCoreApplication.translate("ImportWizard", "%1 participant"),
            QCoreApplication.translate("ImportWizard", "%1 participants"),
        ),
        "actions": (
            QCoreApplication.translate("ImportWizard", "%1 action"),
            QCoreApplication.translate("ImportWizard", "%1 actions"),
        ),
        "outreach": (
            QCoreApplication.translate("ImportWizard", "%1 organisation in an outreach wave"),
            QCoreApplication.translate("ImportWizard", "%1 organisations in outreach waves"),
        ),
        "outreach_waves": (
            QCoreApplication.translate("ImportWizard", "%1 outreach wave"),
            QCoreApplication.translate("ImportWizard", "%1 outreach waves"),
        ),
        "target_reach": (
            QCoreApplication.translate("ImportWizard", "reach per target group of %1 organisation"),
            QCoreApplication.translate(
                "ImportWizard", "reach per target group of %1 organisations"
            ),
        ),
        "contact moments": (
            QCoreApplication.translate("ImportWizard", "%1 contact moment"),
            QCoreApplication.translate("ImportWizard", "%1 contact moments"),
        ),
        "contact_moments": (
            QCoreApplication.translate("ImportWizard", "%1 contact moment"),
            QCoreApplication.translate("ImportWizard", "%1 contact moments"),
        ),
    }


def count_text(entity: str, n: int) -> str:
    """“3 organisations”: the count in the locale's digits with the noun in singular or plural."""
    one, many = _nouns().get(entity, ("%1 " + entity, "%1 " + entity))
    return (one if n == 1 else many).replace("%1", QLocale().toString(n))


def summary_text(summary: importer.ImportSummary) -> str:
    def listing(counts: dict[str, int]) -> str:
        parts = [count_text(entity, n) for entity, n in counts.items() if n]
        return ", ".join(parts) if parts else QCoreApplication.translate("ImportWizard", "nothing")

    text = QCoreApplication.translate("ImportWizard", "Added: %1.").replace(
        "%1", listing(summary.created)
    )
    text += "\n" + QCoreApplication.translate("ImportWizard", "Updated: %1.").replace(
        "%1", listing(summary.updated)
    )
    if summary.backup is not None:
        text += "\n" + QCoreApplication.translate(
            "ImportWizard", "A backup of the data from before the import: %1"
        ).replace("%1", summary.backup.name)
    return text


def undo_last_import(context: AppContext, parent: QWidget) -> bool:
    """Ask, then take back the last import (new records removed, updates reverted)."""
    found = importer.last_import(context.db)
    if found is None:
        messages.show_error(
            parent, QCoreApplication.translate("ImportWizard", "There is no import to undo.")
        )
        return False
    _batch, label, at = found
    when = QLocale().toString(QDate(at.year, at.month, at.day), QLocale.FormatType.ShortFormat)
    question = (
        QCoreApplication.translate(
            "ImportWizard",
            "Undo “%1” of %2? Records it added are removed and records it changed get "
            "their old values back.",
        )
        .replace("%1", label or QCoreApplication.translate("ImportWizard", "import"))
        .replace("%2", when)
    )
    if not messages.confirm(
        parent, question, QCoreApplication.translate("ImportWizard", "Undo import")
    ):
        return False
    try:
        importer.undo_last_import(context.db)
    except UserError as error:
        messages.show_error(parent, error)
        return False
    for entity in ("organisation", "person", "sector", "target_group", "contact_moment"):
        context.events.data_changed.emit(entity)
    return True

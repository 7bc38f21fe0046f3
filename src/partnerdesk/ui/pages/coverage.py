"""The Coverage page: sector × target group matrix, gaps, partners per cell, charts, export."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.errors import UserError
from partnerdesk.services.coverage import (
    FUNNEL_ORDER,
    OFF_FUNNEL,
    WITHOUT_SECTOR,
    AxisCoverage,
    Coverage,
    coverage,
)
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import number
from partnerdesk.ui.icons import icon
from partnerdesk.ui.labels import label
from partnerdesk.ui.pages.base import Page
from partnerdesk.ui.widgets.charts import Bar, BarChart, FunnelChart, blend

#: data role holding ("cell" | "sector" | "group" | "all", sector id, target group id)
TargetRole = Qt.ItemDataRole.UserRole + 1
#: the warning hue of gaps; always blended with a palette colour, so it suits light and dark
GAP_RED = QColor(214, 48, 49)


def _wrap(name: str, width: int = 16) -> str:
    """Break a long header name over two lines at the space nearest its middle."""
    if len(name) <= width or " " not in name:
        return name
    middle = len(name) // 2
    spaces = [i for i, c in enumerate(name) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return name[:cut] + "\n" + name[cut + 1 :]


class CoverageMatrixModel(QAbstractTableModel):
    """Rows are sectors, columns target groups; the last row and column hold the totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: Coverage | None = None
        #: sector rows, then the row of partners without a sector when there are any
        self._rows: list[AxisCoverage] = []
        self._min_log = 0.0
        self._max_log = 0.0

    def set_coverage(self, data: Coverage) -> None:
        self.beginResetModel()
        self._data = data
        self._rows = list(data.sectors)
        if data.without_sector.active_partners:
            self._rows.append(data.without_sector)
        reaches = [c.reach for c in data.cells]
        self._min_log = math.log1p(min(reaches, default=0))
        self._max_log = math.log1p(max(reaches, default=0))
        self.endResetModel()

    @property
    def _palette(self) -> QPalette:
        """The view's palette now (it changes when the system switches light and dark)."""
        parent = self.parent()
        return parent.palette() if isinstance(parent, QWidget) else QGuiApplication.palette()

    @property
    def coverage(self) -> Coverage | None:
        return self._data

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._data is None:
            return 0
        return len(self._rows) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._data is None:
            return 0
        return len(self._data.target_groups) + 1

    def _axes(self, row: int, column: int) -> tuple[AxisCoverage | None, AxisCoverage | None]:
        assert self._data is not None
        sector = self._rows[row] if row < len(self._rows) else None
        group = self._data.target_groups[column] if column < len(self._data.target_groups) else None
        return sector, group

    def target(self, row: int, column: int) -> tuple[str, int, int]:
        sector, group = self._axes(row, column)
        if sector and group:
            return ("cell", sector.id, group.id)
        if sector:
            return ("sector", sector.id, 0)
        if group:
            return ("group", 0, group.id)
        return ("all", 0, 0)

    def counts(self, row: int, column: int) -> tuple[int, int]:
        """Active partners and reach shown at a position."""
        assert self._data is not None
        sector, group = self._axes(row, column)
        if sector and group:
            cell = self._data.cell(sector.id, group.id)
            return cell.active_partners, cell.reach
        if sector or group:
            axis = sector or group
            assert axis is not None
            return axis.active_partners, axis.reach
        return self._data.active_partner_count, sum(p.reach or 0 for p in self._data.partners)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or self._data is None:
            return None
        row, column = index.row(), index.column()
        sector, group = self._axes(row, column)
        partners, reach = self.counts(row, column)
        is_total = sector is None or group is None
        in_gap = bool((sector and sector.is_gap) or (group and group.is_gap))
        if role == Qt.ItemDataRole.DisplayRole:
            if partners == 0:
                return self.tr("gap") if in_gap and is_total else "–"
            return f"{partners}\n{number(reach)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            names = [a.name or self.tr("Without sector") for a in (sector, group) if a]
            where = " × ".join(names) or self.tr("All sectors")
            text = self.tr("%1: %2 active partners, reach %3").replace("%1", where)
            text = text.replace("%2", str(partners)).replace("%3", number(reach))
            if in_gap:
                text += "\n" + self.tr("Gap: high priority and no active partner")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and (is_total or partners):
            font = QFont()
            font.setBold(is_total or in_gap)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            base = self._palette.color(QPalette.ColorRole.Base)
            if in_gap:
                return QBrush(blend(base, GAP_RED, 0.28))
            if is_total:
                return QBrush(self._palette.color(QPalette.ColorRole.AlternateBase))
            if partners:
                return QBrush(
                    blend(
                        base, self._palette.color(QPalette.ColorRole.Highlight), self._shade(reach)
                    )
                )
            return None
        if role == TargetRole:
            return self.target(row, column)
        return None

    def _shade(self, reach: int) -> float:
        """0.15 (the smallest cell) to 0.65 (the largest), on a log scale.

        Kept below 0.7 so the palette's normal text colour stays readable on every shade, in
        light and dark palettes alike.
        """
        spread = self._max_log - self._min_log
        if spread <= 0:
            return 0.4
        return 0.15 + 0.5 * (math.log1p(reach) - self._min_log) / spread

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self._data is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        axes = self._data.target_groups if horizontal else tuple(self._rows)
        axis = axes[section] if section < len(axes) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if axis is None:
                return self.tr("Total")
            if axis.id == WITHOUT_SECTOR and not horizontal:
                return self.tr("Without sector")
            name = _wrap(axis.name) if horizontal else axis.name
            if axis.is_gap:
                return name + "\n" + self.tr("GAP")
            return name
        if role == Qt.ItemDataRole.DecorationRole and axis is not None and axis.is_gap:
            return icon("warning")
        if role == Qt.ItemDataRole.ToolTipRole and axis is not None:
            text = self.tr("Priority: %1").replace("%1", label(axis.priority))
            if axis.is_gap:
                text += "\n" + self.tr("Gap: high priority and no active partner")
            return text
        if role == Qt.ItemDataRole.FontRole and (axis is None or axis.is_gap):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and axis is not None and axis.is_gap:
            return QBrush(blend(self._palette.color(QPalette.ColorRole.WindowText), GAP_RED, 0.7))
        return None


class CoveragePage(Page):
    key = "coverage"
    icon_name = "coverage"
    shows_entities = ("sector", "target_group")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self._selected: tuple[str, int, int] = ("all", 0, 0)
        self._pending_open: tuple[str, int] | None = None

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setObjectName("coverageBanner")
        self.sectors_button = QPushButton(self.tr("Sectors…"))
        self.groups_button = QPushButton(self.tr("Target groups…"))
        self.export_button = QPushButton(self.tr("Export as workbook…"))
        self.image_button = QPushButton(self.tr("Save as image…"))
        self.sectors_button.clicked.connect(lambda: self._manage("sector"))
        self.groups_button.clicked.connect(lambda: self._manage("target_group"))
        self.export_button.clicked.connect(self._ask_export)
        self.image_button.clicked.connect(self._ask_image)
        buttons = QHBoxLayout()
        buttons.addWidget(self.banner, 1)
        for button in (
            self.sectors_button,
            self.groups_button,
            self.export_button,
            self.image_button,
        ):
            buttons.addWidget(button)

        legend = QLabel(
            self.tr(
                "Each cell: the number of active partners in that sector reaching that target "
                "group, and their reach; a stronger colour means more reach. Click a cell to list its partners."
            )
        )
        legend.setWordWrap(True)

        self.model = CoverageMatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setModel(self.model)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
        self.matrix.setAccessibleName(self.tr("Coverage matrix"))
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 12)
        self.matrix.horizontalHeader().setMinimumSectionSize(90)
        self.matrix.clicked.connect(self._cell_chosen)
        self.matrix.activated.connect(self._cell_chosen)
        self.matrix.horizontalHeader().sectionClicked.connect(
            lambda column: self._choose(self.model.target(self.model.rowCount() - 1, column))
        )
        self.matrix.verticalHeader().sectionClicked.connect(
            lambda row: self._choose(self.model.target(row, self.model.columnCount() - 1))
        )

        self.partners_title = QLabel()
        self.partners_title.setWordWrap(True)
        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Partners"))
        self.partners.itemActivated.connect(self._open_partner)
        self.open_button = QPushButton(self.tr("Open partner"))
        self.open_button.clicked.connect(self._open_current)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.partners_title)
        side_layout.addWidget(self.partners, 1)
        side_layout.addWidget(self.open_button)

        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.matrix)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        state = context.prefs.splitter_state(self.key)
        if state is not None:
            splitter.restoreState(state)

        self.reach_chart = BarChart(self.tr("Reach per sector (active partners)"))
        self.funnel_chart = FunnelChart(self.tr("Partnership status"))
        charts = QHBoxLayout()
        charts.addWidget(self.reach_chart, 3)
        charts.addWidget(self.funnel_chart, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        self.empty_label = QLabel(
            self.tr(
                "No sectors or target groups yet. Add them with “Sectors…” and “Target "
                "groups…”, then give organisations a sector and the target groups they reach."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(legend)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(charts)
        context.events.data_changed.connect(self._data_changed)
        self._show_partners()

    def title(self) -> str:
        return self.tr("Coverage")

    def has_selection(self) -> bool:
        return False

    def save_state(self) -> None:
        self.context.prefs.set_splitter_state(self.key, self.splitter.saveState())

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        db = self.context.db
        self.context.tasks.run(
            lambda _progress: coverage(db.uow()),
            lambda result: self._loaded(generation, result),
            self._failed,
        )

    def _data_changed(self, _entity: str) -> None:
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            messages.show_error(self, error)
        else:
            raise error

    def _loaded(self, generation: int, result: Coverage) -> None:
        if generation != self._generation:
            return  # an older load finished after a newer one was asked for
        self.model.set_coverage(result)
        self.empty_label.setVisible(not result.sectors and not result.target_groups)
        gaps = result.gaps
        if gaps:
            names = ", ".join(g.name for g in gaps)
            self.banner.setText(
                self.tr("⚠ %1 gaps (high priority, no active partner): %2")
                .replace("%1", str(len(gaps)))
                .replace("%2", names)
            )
            self.banner.setStyleSheet(
                "QLabel#coverageBanner { font-weight: bold; padding: 6px; border-radius: 4px;"
                f" background: {blend(self.palette().color(QPalette.ColorRole.Window), GAP_RED, 0.3).name()}; }}"
            )
        else:
            self.banner.setText(
                self.tr(
                    "No gaps: every high-priority sector and target group has an active partner."
                )
            )
            self.banner.setStyleSheet("QLabel#coverageBanner { padding: 6px; }")
        self.banner.setAccessibleDescription(self.banner.text())
        self.reach_chart.set_bars(
            [
                Bar(
                    s.name,
                    s.reach,
                    self.tr("gap: no active partner")
                    if s.is_gap
                    else (self.tr("no active partner") if s.active_partners == 0 else None),
                )
                for s in sorted(result.sectors, key=lambda s: -s.reach)
            ],
            number,
        )
        counts = dict(result.status_counts)
        self.funnel_chart.set_stages(
            [(label(s), counts[s]) for s in FUNNEL_ORDER],
            " · ".join(f"{label(s)}: {counts[s]}" for s in OFF_FUNNEL),
        )
        self._show_partners()
        self._apply_open()
        self._pending_open = None

    # --- partners of a cell ----------------------------------------------------------------

    def _cell_chosen(self, index: QModelIndex) -> None:
        self._choose(self.model.target(index.row(), index.column()))

    def _choose(self, target: tuple[str, int, int]) -> None:
        self._selected = target
        self._show_partners()

    def _show_partners(self) -> None:
        data = self.model.coverage
        self.partners.clear()
        if data is None:
            self.partners_title.setText(self.tr("Loading…"))
            self.open_button.setEnabled(False)
            return
        kind, sector_id, group_id = self._selected
        try:
            if kind == "cell":
                ids = data.cell(sector_id, group_id).partner_ids
                sector_name = data.sector(sector_id).name or self.tr("Without sector")
                where = f"{sector_name} × {data.target_group(group_id).name}"
            elif kind == "sector":
                ids = data.sector(sector_id).partner_ids
                where = data.sector(sector_id).name or self.tr("Without sector")
            elif kind == "group":
                ids = data.target_group(group_id).partner_ids
                where = data.target_group(group_id).name
            else:
                ids = tuple(p.id for p in data.partners)
                where = self.tr("All sectors")
        except StopIteration:  # the sector or group was deleted meanwhile
            self._selected = ("all", 0, 0)
            self._show_partners()
            return
        self.partners_title.setText(
            self.tr("%1: %2 active partners").replace("%1", where).replace("%2", str(len(ids)))
        )
        for partner_id in ids:
            partner = data.partner(partner_id)
            text = partner.name
            if partner.reach:
                text += f" — {number(partner.reach)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, partner_id)
            self.partners.addItem(item)
        if not ids:
            empty = QListWidgetItem(
                self.tr("No active partner here yet. Find one under Organisations.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.partners.addItem(empty)
        self.open_button.setEnabled(bool(ids))
        if ids:
            self.partners.setCurrentRow(0)

    def partner_names(self) -> list[str]:
        """The names listed for the chosen cell (what the coordinator reads)."""
        return [
            self.partners.item(i).text().split(" — ")[0]
            for i in range(self.partners.count())
            if self.partners.item(i).data(Qt.ItemDataRole.UserRole) is not None
        ]

    def _open_partner(self, item: QListWidgetItem) -> None:
        partner_id = item.data(Qt.ItemDataRole.UserRole)
        if partner_id is not None:
            self.context.events.open_record.emit("organisation", int(partner_id))

    def _open_current(self) -> None:
        item = self.partners.currentItem()
        if item is not None:
            self._open_partner(item)

    def open_record(self, entity: str, record_id: int) -> None:
        # shown now if loaded, and again after the load the page switch started
        self._pending_open = (entity, record_id)
        self._apply_open()

    def _apply_open(self) -> None:
        data = self.model.coverage
        if data is None or self._pending_open is None:
            return
        entity, record_id = self._pending_open
        if entity == "sector":
            rows = [i for i, s in enumerate(data.sectors) if s.id == record_id]
            if rows:
                self.matrix.selectRow(rows[0])
                self._choose(("sector", record_id, 0))
        elif entity == "target_group":
            columns = [i for i, g in enumerate(data.target_groups) if g.id == record_id]
            if columns:
                self.matrix.selectColumn(columns[0])
                self._choose(("group", 0, record_id))

    # --- sectors and target groups -----------------------------------------------------------

    def _manage(self, kind: str) -> None:
        from partnerdesk.ui.dialogs.reference_dialog import ReferenceDialog

        dialog = ReferenceDialog(self.context, kind, self)
        dialog.exec()

    # --- export ------------------------------------------------------------------------------

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export coverage"), self.tr("coverage.xlsx"), self.tr("Workbook (*.xlsx)")
        )
        if path:
            try:
                self.export_sheet(Path(path))
            except UserError as error:
                messages.show_error(self, error)
            else:
                self.context.events.status_message.emit(
                    self.tr("Coverage exported to %1").replace("%1", Path(path).name)
                )

    def export_sheet(self, path: Path) -> None:
        """Write the matrix, the sectors and the target groups as sheets of one workbook."""
        from partnerdesk.exchange.workbook import ColumnKind, Sheet, write_workbook

        data = self.model.coverage
        if data is None:
            return
        yes, no = self.tr("yes"), self.tr("no")
        cells: list[list[object]] = []
        rows = list(data.sectors)
        if data.without_sector.active_partners:
            rows.append(data.without_sector)
        for s in rows:
            for g in data.target_groups:
                cell = data.cell(s.id, g.id)
                cells.append(
                    [
                        s.name or self.tr("Without sector"),
                        g.name,
                        cell.active_partners,
                        cell.reach,
                        ", ".join(data.partner(i).name for i in cell.partner_ids),
                    ]
                )

        def axis_rows(axes: tuple[AxisCoverage, ...]) -> list[list[object]]:
            return [
                [
                    a.name,
                    label(a.priority),
                    a.active_partners,
                    a.reach,
                    yes if a.is_gap else no,
                    ", ".join(data.partner(i).name for i in a.partner_ids),
                ]
                for a in axes
            ]

        axis_header = [
            self.tr("Priority"),
            self.tr("Active partners"),
            self.tr("Reach"),
            self.tr("Gap"),
            self.tr("Partners"),
        ]
        text, count = ColumnKind.TEXT, ColumnKind.NUMBER
        axis_kinds = (text, text, count, count, text, text)
        write_workbook(
            path,
            [
                Sheet(
                    self.tr("Coverage"),
                    [
                        self.tr("Sector"),
                        self.tr("Target group"),
                        self.tr("Active partners"),
                        self.tr("Reach"),
                        self.tr("Partners"),
                    ],
                    cells,
                    (text, text, count, count, text),
                ),
                Sheet(
                    self.tr("Sectors"),
                    [self.tr("Sector"), *axis_header],
                    axis_rows(data.sectors),
                    axis_kinds,
                ),
                Sheet(
                    self.tr("Target groups"),
                    [self.tr("Target group"), *axis_header],
                    axis_rows(data.target_groups),
                    axis_kinds,
                ),
            ],
        )

    def _ask_image(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save coverage as image"),
            self.tr("coverage.png"),
            self.tr("Image (*.png)"),
        )
        if path and not self.save_image(Path(path)):
            messages.show_error(self, self.tr("Could not write %1.").replace("%1", Path(path).name))

    def save_image(self, path: Path) -> bool:
        """The page as it looks now, as a PNG."""
        return self.grab().save(str(path), "PNG")

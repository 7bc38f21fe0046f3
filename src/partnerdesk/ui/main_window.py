"""The main window: navigation on the left, the chosen page on the right, menus and toolbar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import overload

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QWidget,
)

from partnerdesk.ui.context import AppContext
from partnerdesk.ui.formatting import number
from partnerdesk.ui.icons import icon
from partnerdesk.ui.pages import PAGES
from partnerdesk.ui.pages.base import Page
from partnerdesk.ui.qt_compat import protect_none
from partnerdesk.ui.widgets.global_search import GlobalSearch

#: files that open the import wizard when dropped on the window
DROPPABLE = (".xlsx", ".csv", ".vcf")

#: width of a first window: the navigation and the Sessions page side by side, in Dutch
DEFAULT_WIDTH = 1366

#: item data role holding the count shown beside a navigation entry
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the largest count a navigation entry makes room for beside its title
COUNT_ROOM = 88888
#: space between a navigation entry's title and its count, and after the count
COUNT_GAP, COUNT_MARGIN = 8, 10


def shortcut(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's standard keys, or ``fallback`` where the platform defines none."""
    keys = QKeySequence.keyBindings(standard)
    return keys or [QKeySequence(fallback)]


class _NavigationDelegate(QStyledItemDelegate):
    """Draws a navigation entry with its count right-aligned in a muted colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if count is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(colour)
        rect: QRect = option.rect.adjusted(0, 0, -COUNT_MARGIN, 0)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(count)
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the title and a count beside it, and no more: the pages need the width."""
        size = super().sizeHint(option, index)
        count = option.fontMetrics.horizontalAdvance(number(COUNT_ROOM))
        return QSize(size.width() + COUNT_GAP + count + COUNT_MARGIN, max(size.height(), 32))


@cache
def _protect_none_once() -> bool:
    """Every page's models return None to Qt; see ui/qt_compat.py for why this matters."""
    return protect_none()


class _Pages(Sequence[Page]):
    """The window's pages as a list that builds a page only when it is taken from it."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __len__(self) -> int:
        return len(self._window.page_entries)

    @overload
    def __getitem__(self, index: int) -> Page: ...

    @overload
    def __getitem__(self, index: slice) -> list[Page]: ...

    def __getitem__(self, index: int | slice) -> Page | list[Page]:
        if isinstance(index, slice):
            return [self._window.page_at(i) for i in range(len(self))[index]]
        return self._window.page_at(range(len(self))[index])

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        """Where a built page sits, without building the others."""
        for position, page in self._window._built.items():
            if page is value and start <= position < (len(self) if stop is None else stop):
                return position
        raise ValueError("not a page of this window")


class MainWindow(QMainWindow):
    """Navigation, pages, menus, toolbar and status bar; remembers its layout."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        _protect_none_once()
        self.context = context
        self.setWindowTitle(self.tr("partnerdesk"))
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("partnerdesk"))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setItemDelegate(_NavigationDelegate(self.navigation))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setSpacing(1)
        self.stack = QStackedWidget()
        self.page_entries = PAGES
        #: the pages built so far, by position: a page is built when first shown
        self._built: dict[int, Page] = {}
        #: empty widgets holding the places of the pages not built yet
        self._stand_ins = [QWidget() for _entry in self.page_entries]
        for entry, stand_in in zip(self.page_entries, self._stand_ins, strict=True):
            self.stack.addWidget(stand_in)
            item = QListWidgetItem(icon(entry.icon_name), entry.title())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, entry.title())
            self.navigation.addItem(item)
        # as wide as the widest entry: the list and detail pages need every pixel beside it
        spacing = 2 * (self.navigation.spacing() + self.navigation.frameWidth())
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + spacing)
        self.navigation.currentRowChanged.connect(self._show_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        where = context.db.path.name if context.db.path is not None else context.db.display_name
        self.status_data = QLabel(where)
        self.status_data.setToolTip(
            self.tr("The data file partnerdesk works on") + f"\n{context.db.display_name}"
        )
        self.statusBar().addPermanentWidget(self.status_data)
        context.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        context.events.open_record.connect(self.open_record)
        context.events.data_changed.connect(lambda _entity: self._update_counts())

        self.setAcceptDrops(True)
        self._restore_state()
        self._update_counts()

    # -- actions, menus, toolbar ------------------------------------------------------------

    def _action(
        self,
        icon_name: str,
        text: str,
        keys: list[QKeySequence] | None,
        slot: object,
        tip: str = "",
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(slot)
        if tip:
            action.setStatusTip(tip)
        if keys:
            native = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({native})")
        self.addAction(action)  # shortcuts work with the menu bar hidden too
        return action

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.new_action = self._action(
            "new",
            self.tr("&New"),
            shortcut(SK.New, "Ctrl+N"),
            self._new,
            self.tr("Add a record to the current list"),
        )
        self.delete_action = self._action(
            "delete",
            self.tr("&Delete…"),
            shortcut(SK.Delete, "Del"),
            self._delete,
            self.tr("Delete the selected record (can be undone)"),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action = self._action(
            "search",
            self.tr("&Find"),
            shortcut(SK.Find, "Ctrl+F"),
            self._find,
            self.tr("Search the current list"),
        )
        self.search_everywhere_action = self._action(
            "search",
            self.tr("Search &everywhere"),
            [QKeySequence("Ctrl+K")],
            self._search_everywhere,
            self.tr("Search organisations and people from any page"),
        )
        self.refresh_action = self._action(
            "revert",
            self.tr("&Reload"),
            shortcut(SK.Refresh, "F5"),
            self._refresh,
            self.tr("Read the current list again from the data file"),
        )
        self.undo_action = self.context.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts(shortcut(SK.Undo, "Ctrl+Z"))
        self.redo_action = self.context.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts(shortcut(SK.Redo, "Ctrl+Y"))
        self.preferences_action = self._action(
            "preferences",
            self.tr("&Preferences…"),
            shortcut(SK.Preferences, "Ctrl+,"),
            self._preferences,
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(
            "quit", self.tr("&Quit"), shortcut(SK.Quit, "Ctrl+Q"), self.close
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.import_action = self._action(
            "import",
            self.tr("&Import…"),
            [QKeySequence("Ctrl+I")],
            lambda: self.open_import(),
            self.tr("Import a workbook, CSV list or vCard file"),
        )
        self.export_action = self._action(
            "export",
            self.tr("&Export…"),
            [QKeySequence("Ctrl+E")],
            self.open_export,
            self.tr("Export to a workbook, CSV, vCard or calendar file"),
        )
        self.backups_action = self._action(
            "history",
            self.tr("&Backups…"),
            None,
            self.open_backups,
            self.tr("List the backups of this data file and restore one"),
        )
        self.privacy_action = self._action(
            "person",
            self.tr("Personal &data…"),
            None,
            self.open_privacy,
            self.tr("People whose retention period has passed, proposed for erasure"),
        )
        self.about_action = self._action(
            "about", self.tr("&About partnerdesk"), None, self.open_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.page_actions: list[QAction] = []
        for position, entry in enumerate(self.page_entries, start=1):
            keys = [QKeySequence(f"Ctrl+{position}")] if position <= 9 else None
            action = self._action(
                entry.icon_name,
                entry.title(),
                keys,
                lambda _c=False, n=position - 1: self.show_page(n),
            )
            self.page_actions.append(action)

    def _make_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addAction(self.privacy_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.search_everywhere_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu: QMenu = menu_bar.addMenu(self.tr("&View"))
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.global_search = GlobalSearch(self.context.db)
        native = self.search_everywhere_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.global_search.setPlaceholderText(
            self.tr("Search organisations and people (%1)").replace("%1", native)
        )
        self.global_search.setAccessibleName(self.tr("Search organisations and people"))
        self.global_search.setMinimumWidth(340)
        self.global_search.chosen.connect(self._open_found)
        toolbar.addWidget(self.global_search)
        self.toolbar = toolbar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    # -- pages ------------------------------------------------------------------------------

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def page_at(self, index: int) -> Page:
        """The page at ``index`` in the navigation, built now when it was not yet."""
        page = self._built.get(index)
        if page is None:
            page = self.page_entries[index].load()(self.context)
            self._built[index] = page
            stand_in = self._stand_ins[index]
            self.stack.insertWidget(index, page)
            # sized now, as the stack sizes its pages, so the page lays out for the window it
            # opens in (not for a default size) when it is first shown
            page.setGeometry(self.stack.contentsRect())
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            page.count_changed.connect(lambda: self._update_count(index))
            page.actions_changed.connect(self._update_actions)
        return page

    @property
    def pages(self) -> _Pages:
        """The pages in navigation order; a page is built when it is taken from this list."""
        return _Pages(self)

    def built_pages(self) -> list[Page]:
        """The pages built so far (the others have nothing to save, refresh or close)."""
        return [self._built[index] for index in sorted(self._built)]

    def page_by_key(self, key: str) -> Page | None:
        for index, entry in enumerate(self.page_entries):
            if entry.key == key:
                return self.page_at(index)
        return None

    def _show_page(self, index: int) -> None:
        if not 0 <= index < len(self.page_entries):
            return
        page = self.page_at(index)
        # Refresh before showing: a list page also refreshes in its showEvent while stale, and
        # refreshing after setCurrentWidget ran every count and page query twice.
        page.show_current()
        self.stack.setCurrentWidget(page)
        self._update_actions()
        # the page is remembered when the window closes (save_state): a settings write here
        # made Qt write the settings file in the middle of opening the page

    def _update_actions(self) -> None:
        page = self.current_page()
        self.new_action.setEnabled(bool(page and page.can_create))
        self.delete_action.setEnabled(bool(page and page.can_delete and page.has_selection()))
        self.find_action.setEnabled(bool(page and page.can_search))

    def _counter(self, index: int) -> Callable[[], int | None] | None:
        """How the page at ``index`` is counted off the GUI thread (None: it shows no count)."""
        page = self._built.get(index)
        if page is not None:
            return page.count
        count_of, context = self.page_entries[index].count, self.context
        if count_of is None:
            return None
        return lambda: count_of(context)

    def _update_count(self, index: int) -> None:
        """Take the page's count off the GUI thread and show it beside its name."""
        counter = self._counter(index)
        if counter is not None:
            self.context.tasks.run(
                lambda _progress: counter(), lambda result: self._show_count(index, result)
            )

    def _show_count(self, index: int, count: int | None) -> None:
        item = self.navigation.item(index)
        item.setData(COUNT_ROLE, None if count is None else number(count))
        title = self.page_entries[index].title()
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole, title if count is None else f"{title}, {count}"
        )

    def _update_counts(self) -> None:
        """Every page's count, taken in one background job: one job per page started five
        threads' worth of sessions at start and after every change, each contending with the
        window for the interpreter."""
        counters = [(index, self._counter(index)) for index in range(len(self.page_entries))]
        wanted = [(index, counter) for index, counter in counters if counter is not None]

        def count_all(_progress: object) -> list[tuple[int, int | None]]:
            return [(index, counter()) for index, counter in wanted]

        def show(counts: list[tuple[int, int | None]]) -> None:
            for index, count in counts:
                self._show_count(index, count)

        if wanted:
            self.context.tasks.run(count_all, show)

    def open_record(self, entity: str, record_id: int) -> None:
        """Switch to the page that shows ``entity`` and show that record."""
        current = self.current_page()
        if current is not None and entity in current.shows_entities:
            current.open_record(entity, record_id)
            return
        for index, entry in enumerate(self.page_entries):
            if entity in entry.shows_entities:
                self.show_page(index)
                self.page_at(index).open_record(entity, record_id)
                return

    # -- action handlers -------------------------------------------------------------------------

    def _new(self) -> None:
        page = self.current_page()
        if page is not None and page.can_create:
            page.new_record()

    def _delete(self) -> None:
        page = self.current_page()
        if page is not None and page.can_delete:
            page.delete_selected()

    def _find(self) -> None:
        page = self.current_page()
        if page is not None and page.can_search:
            page.focus_search()

    def _search_everywhere(self) -> None:
        self.global_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.global_search.selectAll()

    def _open_found(self, entity: str, record_id: int) -> None:
        self.open_record(entity, record_id)
        self.global_search.clear()
        page = self.current_page()
        if page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()
        self._update_counts()

    def _preferences(self) -> None:
        from partnerdesk.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.context.prefs, self)
        if dialog.exec():
            self.context.events.data_changed.emit("preferences")

    # -- import, export, backups, personal data, about ----------------------------------------

    def open_import(self, path: Path | None = None) -> None:
        from partnerdesk.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.context, self, path)
        wizard.exec()
        if wizard.summary is not None:
            self.context.events.everything_changed()

    def open_export(self) -> None:
        from partnerdesk.ui.dialogs.export_dialog import ExportDialog

        page = self.current_page()
        scope_of = getattr(page, "export_scope", None)
        ExportDialog(self.context, self, scope_of() if callable(scope_of) else None).exec()

    def open_backups(self) -> None:
        from partnerdesk.ui.dialogs.backup_dialog import BackupDialog

        BackupDialog(self.context, self).exec()

    def open_privacy(self) -> None:
        from partnerdesk.ui.dialogs.privacy_dialog import PrivacyDialog

        dialog = PrivacyDialog(self.context, self)
        dialog.erased.connect(lambda _count: self.context.events.everything_changed())
        dialog.exec()

    def open_about(self) -> None:
        from partnerdesk.ui.dialogs.about import AboutDialog

        AboutDialog(self.context, self).exec()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_import(path)

    @staticmethod
    def _dropped_file(mime: QMimeData) -> Path | None:
        """A single dropped workbook, CSV or vCard file, or None."""
        urls = [url for url in mime.urls() if url.isLocalFile()]
        if len(urls) != 1:
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in DROPPABLE else None

    # -- state ---------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        prefs = self.context.prefs
        geometry = prefs.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            # as wide as the widest page needs (Sessions, in Dutch): the pages are built when
            # first shown, so the window should not grow when that one is
            self.resize(DEFAULT_WIDTH, 800)
        state = prefs.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = prefs.splitter_state("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([self.navigation.minimumWidth(), self.width()])
        keys = [entry.key for entry in self.page_entries]
        if keys:
            self.show_page(keys.index(prefs.current_page) if prefs.current_page in keys else 0)

    def save_state(self) -> None:
        prefs = self.context.prefs
        prefs.set_window_geometry(self.saveGeometry())
        prefs.set_window_state(self.saveState())
        prefs.set_splitter_state("main", self.splitter.saveState())
        current = self.current_page()
        if current is not None:
            prefs.current_page = current.key
        for page in self.built_pages():
            page.save_state()
        prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for index, page in sorted(self._built.items()):
            if not page.can_close():
                self.show_page(index)
                event.ignore()
                return
        self.save_state()
        self.context.tasks.close()
        super().closeEvent(event)

"""The main window: navigation on the left, the chosen page on the right, menus and toolbar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter, QPalette
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
from partnerdesk.ui.widgets.global_search import GlobalSearch

#: item data role holding the count shown beside a navigation entry
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


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
        rect: QRect = option.rect.adjusted(0, 0, -10, 0)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(count)
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 48, max(size.height(), 32))


class MainWindow(QMainWindow):
    """Navigation, pages, menus, toolbar and status bar; remembers its layout."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("partnerdesk"))
        self.setObjectName("MainWindow")

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setItemDelegate(_NavigationDelegate(self.navigation))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setSpacing(1)
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for page_class in PAGES:
            page = page_class(context)
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(page.icon_name), page.title())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, page.title())
            self.navigation.addItem(item)
            page.count_changed.connect(lambda page=page: self._update_count(page))
            page.actions_changed.connect(self._update_actions)
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + 24)
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
        self.status_count = QLabel()
        self.statusBar().addPermanentWidget(self.status_count)
        context.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        context.events.open_record.connect(self.open_record)
        context.events.data_changed.connect(lambda _entity: self._update_counts())

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
        self.page_actions: list[QAction] = []
        for position, page in enumerate(self.pages, start=1):
            keys = [QKeySequence(f"Ctrl+{position}")] if position <= 9 else None
            action = self._action(
                page.icon_name,
                page.title(),
                keys,
                lambda _c=False, n=position - 1: self.show_page(n),
            )
            self.page_actions.append(action)

    def _make_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_action)
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

    def page_by_key(self, key: str) -> Page | None:
        return next((page for page in self.pages if page.key == key), None)

    def _show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        page = self.pages[index]
        # Refresh before showing: a list page also refreshes in its showEvent while stale, and
        # refreshing after setCurrentWidget ran every count and page query twice.
        page.refresh()
        self.stack.setCurrentWidget(page)
        self._update_actions()
        self.context.prefs.current_page = page.key

    def _update_actions(self) -> None:
        page = self.current_page()
        self.new_action.setEnabled(bool(page and page.can_create))
        self.delete_action.setEnabled(bool(page and page.can_delete and page.has_selection()))
        self.find_action.setEnabled(bool(page and page.can_search))

    def _update_count(self, page: Page) -> None:
        index = self.pages.index(page)
        item = self.navigation.item(index)
        count = page.count()
        item.setData(COUNT_ROLE, None if count is None else number(count))
        title = page.title()
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole, title if count is None else f"{title}, {count}"
        )
        if page is self.current_page():
            self.status_count.setText("")

    def _update_counts(self) -> None:
        for page in self.pages:
            self._update_count(page)

    def open_record(self, entity: str, record_id: int) -> None:
        """Switch to the page that shows ``entity`` and show that record."""
        current = self.current_page()
        if current is not None and entity in current.shows_entities:
            current.open_record(entity, record_id)
            return
        for index, page in enumerate(self.pages):
            if entity in page.shows_entities:
                self.show_page(index)
                page.open_record(entity, record_id)
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

    # -- state ---------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        prefs = self.context.prefs
        geometry = prefs.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = prefs.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = prefs.splitter_state("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([200, 1080])
        page = self.page_by_key(prefs.current_page) or (self.pages[0] if self.pages else None)
        if page is not None:
            self.show_page(self.pages.index(page))

    def save_state(self) -> None:
        prefs = self.context.prefs
        prefs.set_window_geometry(self.saveGeometry())
        prefs.set_window_state(self.saveState())
        prefs.set_splitter_state("main", self.splitter.saveState())
        for page in self.pages:
            page.save_state()
        prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.context.tasks.wait()
        super().closeEvent(event)

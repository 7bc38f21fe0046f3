"""Every control of the main window and its list pages has a name a screen reader can say,
and the keyboard reaches them in a sensible order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from partnerdesk.ui.main_window import MainWindow


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName() or id(widget) in buddies:
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text() or widget.toolTip())


def test_every_control_of_the_list_pages_has_an_accessible_name(window: MainWindow) -> None:
    for key in ("organisations", "people"):
        page = window.page_by_key(key)
        assert page is not None
        window.show_page(window.pages.index(page))
        buddies = {id(label.buddy()) for label in page.findChildren(QLabel) if label.buddy()}
        controls = [
            w
            for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QAbstractButton)
            for w in page.findChildren(kind)
            # popups (a combo box's list, a completer) belong to their owner, not the page
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.window() is window
        ]
        nameless = [
            f"{type(w).__name__} {w.objectName()}" for w in controls if not _named(w, buddies)
        ]
        assert nameless == [], key
    assert window.navigation.accessibleName()
    assert window.global_search.accessibleName()


def test_tab_goes_from_the_search_through_the_filters_to_the_list(window: MainWindow) -> None:
    page = window.page_by_key("organisations")
    assert page is not None
    window.show_page(window.pages.index(page))
    chain = [page.list.search]
    widget: QWidget = page.list.search
    for _ in range(len(page.filters) + 1):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == [page.list.search, *page.filters, page.list.view]

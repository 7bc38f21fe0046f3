"""A first window at the default size shows every list column and every detail tab, in both
languages, and a coordinator's own layout still wins over that starting one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from partnerdesk.ui.context import AppContext
from partnerdesk.ui.i18n import install_translations
from partnerdesk.ui.main_window import DEFAULT_WIDTH, MainWindow
from partnerdesk.ui.widgets.list_detail_page import ListDetailPage


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


def _first_window(context: AppContext, qtbot, width: int) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window as a first start opens it (nothing remembered), ``width`` pixels wide."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(width, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_with_selection(window: MainWindow, qtbot, key: str) -> ListDetailPage:  # type: ignore[no-untyped-def]
    page = window.page_by_key(key)
    assert isinstance(page, ListDetailPage)
    window.show_page(window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.list.view.selectRow(1)
    qtbot.waitUntil(lambda: page.detail.body.isVisible())
    tabs = page.detail.tabs
    qtbot.waitUntil(lambda: 0 < tabs.width() <= page.detail.width())  # laid out in the pane
    return page


@pytest.mark.parametrize("key", ["organisations", "people"])
def test_a_first_window_shows_every_list_column_beside_every_detail_tab(
    language: str, context: AppContext, qtbot, key: str
) -> None:  # type: ignore[no-untyped-def]
    window = _first_window(context, qtbot, DEFAULT_WIDTH)
    page = _open_with_selection(window, qtbot, key)
    view = page.list.view
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()
    # the list hides its scroll bar a moment after its columns are sized
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible(), timeout=2000)
    # every column keeps room for its whole header title
    for column in range(header.count()):
        assert header.sectionSize(column) >= page.list.header_width(column)
    bar = page.detail.tabs.tabBar()
    assert bar.sizeHint().width() <= bar.width()
    context.tasks.close()


def test_a_wide_first_window_gives_the_extra_room_to_the_columns_of_text(
    context: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from partnerdesk.ui.pages.organisations import OrganisationsPage

    window = _first_window(context, qtbot, 1920)
    page = _open_with_selection(window, qtbot, "organisations")
    header = page.list.view.horizontalHeader()
    model = page.model
    sizes = {column: header.sectionSize(column) for column in range(header.count())}
    starting = OrganisationsPage.column_widths
    assert sizes[model.NAME] > starting[model.NAME]
    # the date at the end stays as wide as a date, not as wide as what the others leave
    assert sizes[model.LAST_CONTACT] == page.list.default_width(model.LAST_CONTACT)
    assert sizes[model.REACH] == page.list.default_width(model.REACH)
    assert header.length() == page.list.view.viewport().width()
    context.tasks.close()


def test_remembered_column_widths_are_kept_rather_than_fitted_to_the_window(
    context: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = _first_window(context, qtbot, DEFAULT_WIDTH)
    page = _open_with_selection(window, qtbot, "people")
    header = page.list.view.horizontalHeader()
    header.resizeSection(page.model.EMAIL, 400)
    window.close()

    again = _first_window(context, qtbot, DEFAULT_WIDTH)
    reopened = _open_with_selection(again, qtbot, "people")
    header = reopened.list.view.horizontalHeader()
    assert header.sectionSize(reopened.model.EMAIL) == 400
    assert header.length() > reopened.list.view.viewport().width()  # the coordinator's choice
    context.tasks.close()


def test_the_navigation_is_narrow_yet_every_title_fits_beside_its_count(
    language: str, context: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from partnerdesk.ui.main_window import COUNT_GAP, COUNT_MARGIN, COUNT_ROLE

    window = _first_window(context, qtbot, DEFAULT_WIDTH)
    navigation = window.navigation
    people = navigation.model().index(window.pages.index(window.page_by_key("people")), 0)
    qtbot.waitUntil(lambda: people.data(COUNT_ROLE) is not None)
    metrics = navigation.fontMetrics()
    for row in range(navigation.count()):
        index = navigation.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(navigation)
        option.decorationSize = navigation.iconSize()
        title = QStyledItemDelegate.sizeHint(navigation.itemDelegate(), option, index).width()
        count = metrics.horizontalAdvance(str(index.data(COUNT_ROLE) or ""))
        assert title + COUNT_GAP + count + COUNT_MARGIN <= navigation.visualRect(index).width()
    context.tasks.close()

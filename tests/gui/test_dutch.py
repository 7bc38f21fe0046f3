"""Under Dutch, the window speaks Dutch: menus, navigation, lists, values and Qt's own buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from partnerdesk.settings import Settings
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.i18n import apply_language, install_translations
from partnerdesk.ui.pages.organisations import OrganisationsPage


@pytest.fixture
def dutch(qapp: QApplication, context: AppContext) -> Iterator[None]:
    """The Dutch language chosen in Preferences, applied the way the app starts."""
    context.prefs.language = "nl"
    apply_language(qapp, Settings(context.prefs.store).language)
    yield
    install_translations(qapp, "en")


def test_under_dutch_the_window_labels_are_dutch(dutch, context, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from partnerdesk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Bestand", "Be&werken", "Beel&d"]
    page = window.page_by_key("organisations")
    assert isinstance(page, OrganisationsPage)
    assert window.navigation.item(window.pages.index(page)).text() == "Organisaties"
    window.show_page(window.pages.index(page))
    assert window.undo_action.text().startswith("&Ongedaan maken")
    assert page.model.headerData(page.model.SECTOR, Qt.Orientation.Horizontal) == "Branche"
    statuses = {page.model.index(r, page.model.STATUS).data() for r in range(page.model.rowCount())}
    assert "Actieve partner" in statuses
    assert page.list.count.text().endswith("organisaties")
    assert page.detail.save_button.text() == "Op&slaan"


def test_under_dutch_numbers_and_qt_dialog_buttons_read_the_dutch_way(dutch) -> None:  # type: ignore[no-untyped-def]
    assert QLocale().toString(1000000) == "1.000.000"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


def test_the_language_follows_the_system_unless_preferences_choose_one(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from partnerdesk.ui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("nl_NL")))
    assert i18n.choose_language("") == "nl"
    assert i18n.choose_language("en") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.choose_language("") == "en"


@pytest.mark.parametrize("key", ["organisations", "people"])
def test_under_dutch_every_detail_tab_is_in_view_at_the_default_window_size(
    dutch, context, qtbot, key: str
) -> None:  # type: ignore[no-untyped-def]
    from partnerdesk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.page_by_key(key)
    window.show_page(window.pages.index(page))
    tabs = page.detail.tabs
    assert tabs.tabText(0) == "Gegevens"
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.list.view.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.body.isVisible())
    qtbot.waitUntil(lambda: 0 < tabs.width() <= page.detail.width())  # laid out in the pane
    arrows = [b for b in tabs.tabBar().findChildren(QToolButton) if b.isVisible()]
    assert arrows == []
    assert tabs.tabBar().sizeHint().width() <= tabs.width()
    context.tasks.close()


def test_under_dutch_the_action_dialog_does_not_say_deadline_twice(dutch, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFormLayout, QLabel

    from partnerdesk.ui.dialogs.action_dialog import ActionDialog

    dialog = ActionDialog(context)
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    row_labels = {
        label.text()
        for row in range(form.rowCount())
        if isinstance(label := form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget(), QLabel)
    }
    assert "Deadline" in row_labels  # the glossary's word for the due date
    assert dialog.has_due.text() == "Uiterlijk op"

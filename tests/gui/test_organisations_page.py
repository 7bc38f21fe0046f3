"""The Organisations page as the coordinator uses it: search, create, edit, undo, delete."""

from __future__ import annotations

from sqlalchemy import text

from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.organisations import OrganisationsPage


def _page(window: MainWindow) -> OrganisationsPage:
    page = window.page_by_key("organisations")
    assert isinstance(page, OrganisationsPage)
    window.show_page(window.pages.index(page))
    return page


def _names(page: OrganisationsPage) -> list[str]:
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def _scalar(window: MainWindow, sql: str, **params: object) -> object:
    with window.context.db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def _open(window: MainWindow, qtbot, name: str) -> OrganisationsPage:  # type: ignore[no-untyped-def]
    page = _page(window)
    qtbot.keyClicks(page.list.search, name)
    qtbot.waitUntil(lambda: name in _names(page))
    page.list.view.selectRow(_names(page).index(name))
    assert page.detail.record is not None and page.detail.record.name == name
    return page


def test_typing_knv_in_search_shows_the_football_federation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    qtbot.keyClicks(page.list.search, "knv")
    qtbot.waitUntil(lambda: _names(page) == ["KNVB"])
    assert page.list.count.text() == "1 organisation matches"


def test_a_search_without_matches_says_what_to_do(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    qtbot.keyClicks(page.list.search, "qqqzzz")
    qtbot.waitUntil(lambda: page.model.total == 0)
    assert "qqqzzz" in page.list.empty.text()
    assert page.list.empty.isVisible()


def test_creating_an_organisation_through_the_form_stores_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    window.new_action.trigger()
    detail = page.detail
    qtbot.keyClicks(detail.name, "Stichting Buurtsport Zwolle")
    qtbot.keyClicks(detail.city, "Zwolle")
    qtbot.keyClicks(detail.reach, "ca. 45.000")
    detail.save_button.click()
    row = None
    with window.context.db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT city, reach FROM organisation WHERE name = :n"),
            {"n": "Stichting Buurtsport Zwolle"},
        ).one()
    assert tuple(row) == ("Zwolle", 45000)
    assert (
        page.detail.record is not None and page.detail.record.name == "Stichting Buurtsport Zwolle"
    )
    assert page.list.current_id() == page.detail.record.id


def test_an_organisation_without_a_name_is_refused_next_to_the_name_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    before = _scalar(window, "SELECT count(*) FROM organisation")
    window.new_action.trigger()
    qtbot.keyClicks(page.detail.city, "Zwolle")
    page.detail.save_button.click()
    assert page.detail.form.error_text("name") == "Please fill in a name."
    assert _scalar(window, "SELECT count(*) FROM organisation") == before


def test_editing_reach_then_undo_restores_the_old_value(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, "KNVB")
    old = _scalar(window, "SELECT reach FROM organisation WHERE name = 'KNVB'")
    page.detail.reach.clear()
    qtbot.keyClicks(page.detail.reach, "2 miljoen")
    page.detail.save_button.click()
    assert _scalar(window, "SELECT reach FROM organisation WHERE name = 'KNVB'") == 2_000_000

    window.undo_action.trigger()
    assert _scalar(window, "SELECT reach FROM organisation WHERE name = 'KNVB'") == old
    assert page.detail.reach.text() == "1,000,000"

    window.redo_action.trigger()
    assert _scalar(window, "SELECT reach FROM organisation WHERE name = 'KNVB'") == 2_000_000


def test_deleting_then_undo_brings_it_back_with_its_affiliations(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, "KNVB")
    org_id = page.detail.record.id
    links = _scalar(window, "SELECT count(*) FROM affiliation WHERE organisation_id = :i", i=org_id)
    assert links and int(links) > 0  # type: ignore[call-overload]

    window.delete_action.trigger()
    assert _scalar(window, "SELECT count(*) FROM organisation WHERE id = :i", i=org_id) == 0
    assert (
        _scalar(window, "SELECT count(*) FROM affiliation WHERE organisation_id = :i", i=org_id)
        == 0
    )

    window.undo_action.trigger()
    assert _scalar(window, "SELECT name FROM organisation WHERE id = :i", i=org_id) == "KNVB"
    assert (
        _scalar(window, "SELECT count(*) FROM affiliation WHERE organisation_id = :i", i=org_id)
        == links
    )
    assert page.detail.record is not None and page.detail.record.id == org_id
    assert page.detail.people.rowCount() == links


def test_clicking_the_reach_header_sorts_by_reach_in_sql(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    header = page.list.view.horizontalHeader()
    column = page.model.REACH
    header.setSortIndicator(column, header.sortIndicatorOrder().DescendingOrder)
    largest = _scalar(window, "SELECT max(reach) FROM organisation")
    first = page.model.row_at(0)
    assert first is not None and first.reach == largest


def test_filtering_by_status_shows_only_that_status(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    active = page.status_filter.findData("active")
    page.status_filter.setCurrentIndex(active)
    expected = _scalar(window, "SELECT count(*) FROM organisation WHERE status = 'active'")
    assert page.model.total == expected
    assert {page.model.row_at(r).status for r in range(page.model.rowCount())} == {"active"}  # type: ignore[union-attr]
    assert page.list.count.text() == f"{expected} organisations match"


def test_active_partners_not_contacted_for_longer_than_the_preference_are_flagged(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    page = _page(window)
    row = _names(page).index("KNVB")
    cell = page.model.index(row, page.model.LAST_CONTACT)
    window.context.prefs.stale_contact_days = 3650
    window.context.events.data_changed.emit("preferences")
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None
    window.context.prefs.stale_contact_days = 1
    window.context.events.data_changed.emit("preferences")
    cell = page.model.index(_names(page).index("KNVB"), page.model.LAST_CONTACT)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "more than 1 days" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_column_widths_and_the_splitter_are_remembered_across_windows(
    window, context, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.list.view.horizontalHeader().resizeSection(page.model.CITY, 222)
    page.splitter.setSizes([900, 400])
    window.close()

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    reopened = again.page_by_key("organisations")
    assert reopened is not None
    assert reopened.list.view.horizontalHeader().sectionSize(page.model.CITY) == 222
    # the offscreen screen is smaller than the window was, so compare proportions
    left, right = reopened.splitter.sizes()
    assert left / right > 2 > 780 / 450  # 900:400 kept, not the 780:450 a fresh window has


def test_closing_the_window_saves_an_unsaved_edit(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, "KNVB")
    page.detail.city.clear()
    qtbot.keyClicks(page.detail.city, "Utrecht")
    assert window.close()
    assert _scalar(window, "SELECT city FROM organisation WHERE name = 'KNVB'") == "Utrecht"


def test_closing_with_an_edit_that_cannot_be_saved_keeps_the_window_open(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _open(window, qtbot, "KNVB")
    page.detail.name.clear()
    qtbot.keyClicks(page.detail.city, "x")
    assert not window.close()
    assert page.detail.form.error_text("name") == "Please fill in a name."

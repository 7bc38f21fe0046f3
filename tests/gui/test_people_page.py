"""The People page: search, a new person with an organisation, inline validation, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from sqlalchemy import text

from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.pages.people import PeoplePage


def _page(window: MainWindow) -> PeoplePage:
    page = window.page_by_key("people")
    assert isinstance(page, PeoplePage)
    window.show_page(window.pages.index(page))
    return page


def _rows(window: MainWindow, sql: str, **params: object) -> list[tuple[object, ...]]:
    with window.context.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def test_people_are_listed_family_name_first_with_particles_after_the_given_name(window) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    names = [page.model.row_at(r).name for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert "Berg, Koen van der" in names
    # "van der Berg" sorts under B, not under V
    assert names.index("Berg, Koen van der") < names.index("Bos, Daan")


def test_a_new_person_with_an_organisation_is_stored_with_the_affiliation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    window.new_action.trigger()
    detail = page.detail
    qtbot.keyClicks(detail.given_name, "Jan")
    qtbot.keyClicks(detail.name_particle, "van der")
    qtbot.keyClicks(detail.family_name, "Veen")
    qtbot.keyClicks(detail.email, "jan.vanderveen@knvb.nl")
    detail.tabs.setCurrentIndex(1)
    qtbot.waitUntil(detail.organisation_picker.isEnabled)  # names are read off the GUI thread
    detail.organisation_picker.setCurrentIndex(detail.organisation_picker.findText("KNVB"))
    qtbot.keyClicks(detail.role_to_add, "Woordvoerder")
    detail.add_button.click()
    detail.save_button.click()

    stored = _rows(
        window,
        "SELECT p.family_name, p.name_particle, o.name, a.role, a.is_primary FROM person p "
        "JOIN affiliation a ON a.person_id = p.id JOIN organisation o ON o.id = a.organisation_id "
        "WHERE p.email = 'jan.vanderveen@knvb.nl'",
    )
    assert stored == [("Veen", "van der", "KNVB", "Woordvoerder", 1)]
    assert page.list.current_id() == detail.record.id


def test_a_wrong_email_address_is_explained_next_to_the_field_and_nothing_is_saved(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.list.select_first()
    person_id = page.detail.record.id
    before = _rows(window, "SELECT email FROM person WHERE id = :i", i=person_id)
    page.detail.email.clear()
    qtbot.keyClicks(page.detail.email, "fatima.bakker-at-knvb")
    page.detail.save_button.click()
    assert "not an e-mail address" in page.detail.form.error_text("email")
    assert _rows(window, "SELECT email FROM person WHERE id = :i", i=person_id) == before
    assert page.detail.is_dirty
    assert page.detail.email.accessibleDescription()

    page.detail.revert()  # the message goes with the wrong text, for the eye and screen readers
    assert page.detail.form.error_text("email") == ""
    assert page.detail.email.accessibleDescription() == ""
    assert page.detail.email.text() == before[0][0]


def test_searching_people_finds_them_by_their_organisation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    qtbot.keyClicks(page.list.search, "knvb")
    expected = _rows(
        window,
        "SELECT count(DISTINCT a.person_id) FROM affiliation a JOIN organisation o "
        "ON o.id = a.organisation_id WHERE o.name = 'KNVB'",
    )[0][0]
    qtbot.waitUntil(lambda: page.model.total == expected)


def test_deleting_a_person_then_undo_restores_their_affiliations(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.list.select_first()
    person_id = page.detail.record.id
    links = _rows(
        window, "SELECT organisation_id, role FROM affiliation WHERE person_id = :i", i=person_id
    )
    assert links
    window.delete_action.trigger()
    assert _rows(window, "SELECT id FROM person WHERE id = :i", i=person_id) == []
    window.undo_action.trigger()
    assert (
        _rows(
            window,
            "SELECT organisation_id, role FROM affiliation WHERE person_id = :i",
            i=person_id,
        )
        == links
    )
    assert page.detail.record.id == person_id


def test_search_everywhere_opens_a_person_on_the_people_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.search_everywhere_action.trigger()
    qtbot.keyClicks(window.global_search, "koen.vander")
    window.global_search.search_now()
    assert window.global_search.results.rowCount() >= 1
    qtbot.keyClick(window.global_search, "\r")
    page = window.current_page()
    assert isinstance(page, PeoplePage)
    assert page.detail.record is not None
    assert page.detail.record.email.startswith("koen.vander")


def test_erasing_a_person_from_the_detail_pane_removes_their_name(
    window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from partnerdesk.ui import messages

    page = _page(window)
    page.list.select_first()
    detail = page.detail
    person_id = detail.record.id
    assert detail.privacy_button.isEnabled()
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    erase = next(a for a in detail.privacy_button.menu().actions() if "Erase" in a.text())
    erase.trigger()
    qtbot.waitUntil(
        lambda: (
            _rows(
                window,
                "SELECT erased_at IS NOT NULL, family_name FROM person WHERE id = :id",
                id=person_id,
            )
            == [(1, None)]
        ),
        timeout=15_000,
    )


def _cell_image(page: PeoplePage, row: int, column: int) -> QImage:
    """One list cell as the list's delegate paints it."""
    view = page.list.view
    rect = view.visualRect(page.model.index(row, column))
    return view.viewport().grab(rect).toImage()


def test_matches_are_highlighted_while_searching_and_plain_again_after_clearing(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from partnerdesk.ui.models.paged_table_model import Roles

    page = _page(window)
    page.list.search.setText("koen")
    page.list.search.returnPressed.emit()
    names = [page.model.row_at(r).name for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    row = names.index("Berg, Koen van der")
    assert page.model.index(row, 0).data(Roles.HIGHLIGHT) == "koen"
    kind = page.model.KIND  # not a searched column: never highlighted
    highlighted = _cell_image(page, row, 0)
    kind_while_searching = _cell_image(page, row, kind)

    # the same person's cells painted without a search to highlight
    page.list.delegate.query = ""
    page.list.view.viewport().repaint()
    assert _cell_image(page, row, 0) != highlighted
    assert _cell_image(page, row, kind) == kind_while_searching

    page.list.clear_search()
    assert page.list.delegate.query == ""


@pytest.mark.parametrize(
    ("selected", "narrow"),
    [(False, False), (True, False), (False, True)],
    ids=["plain row", "selected row", "texts cut short"],
)
def test_list_cells_show_their_text_as_qt_would_paint_it(  # type: ignore[no-untyped-def]
    window, qtbot, selected: bool, narrow: bool
) -> None:
    """The list's own painting (faster than Qt's) shows the same text in the same place, on
    the same background: the selection's colour on a selected row; "…" where a text does
    not fit its column."""
    from PySide6.QtWidgets import QStyledItemDelegate

    page = _page(window)
    view = page.list.view
    view.clearSelection()
    if selected:
        page.list.select_first()
    if narrow:
        for column in range(3):
            view.horizontalHeader().resizeSection(column, 45)
    view.viewport().repaint()
    ours = [_cell_image(page, 0, column) for column in range(3)]
    qt_delegate = QStyledItemDelegate(view)
    view.setItemDelegate(qt_delegate)
    view.viewport().repaint()
    theirs = [_cell_image(page, 0, column) for column in range(3)]
    view.setItemDelegate(page.list.delegate)
    highlight = view.palette().color(QPalette.ColorRole.Highlight).rgb()
    for mine, qts in zip(ours, theirs, strict=True):
        assert mine.size() == qts.size()
        differing = sum(
            mine.pixel(x, y) != qts.pixel(x, y)
            for x in range(mine.width())
            for y in range(mine.height())
        )
        # the same glyphs in the same places (anti-aliasing may differ at a glyph's edge)
        assert differing <= mine.width() * mine.height() // 100
        assert (mine.pixel(1, 1) == highlight) == selected


def test_the_person_shown_stays_shown_while_a_search_still_lists_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.list.search.setText("berg")
    page.list.search.returnPressed.emit()
    names = [page.model.row_at(r).name for r in range(page.model.rowCount())]  # type: ignore[union-attr]
    page.list.view.selectRow(names.index("Berg, Koen van der"))
    shown = page.detail.record_id
    assert page.detail.heading.text() == "Koen van der Berg"

    page.list.search.setText("koen berg")
    page.list.search.returnPressed.emit()
    assert page.model.rowCount() >= 1
    assert page.detail.record_id == shown
    assert page.detail.heading.text() == "Koen van der Berg"
    assert page.list.current_id() == shown

    page.list.search.setText("qqqxxx")
    page.list.search.returnPressed.emit()
    assert page.model.rowCount() == 0
    assert page.detail.record_id is None


@pytest.mark.sqlite_only("a server may have other writers: its pages are read on every showing")
def test_opening_people_again_reads_nothing_until_people_change(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    page = _page(window)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    engine = window.context.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        window.show_page(0)
        window.context.tasks.wait()
        statements.clear()
        window.show_page(window.pages.index(page))
        assert [s for s in statements if "FROM person" in s] == []

        window.show_page(0)
        window.context.events.data_changed.emit("person")  # a person saved elsewhere
        window.context.tasks.wait()
        statements.clear()
        window.show_page(window.pages.index(page))
        assert [s for s in statements if "FROM person" in s] != []
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_a_persons_history_and_contact_moments_show_when_their_tab_is_chosen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    detail = page.detail
    with_moments = _rows(
        window,
        "SELECT cmp.person_id, count(*) FROM contact_moment_person cmp "
        "GROUP BY cmp.person_id ORDER BY count(*) DESC LIMIT 1",
    )[0]
    person_id, moments = int(str(with_moments[0])), int(str(with_moments[1]))
    page.open_record("person", person_id)
    assert detail.record_id == person_id

    detail.tabs.setCurrentWidget(detail.contacts)
    assert detail.contacts.table.rowCount() == moments
    detail.tabs.setCurrentWidget(detail.history)
    assert detail.history.count() > 0  # the demo's creation of the person at least

    other = next(
        page.model.row_at(r).id  # type: ignore[union-attr]
        for r in range(page.model.rowCount())
        if page.model.row_at(r).id != person_id  # type: ignore[union-attr]
    )
    page.open_record("person", other)
    others_history = detail.history.count()  # read at once: its tab is the one shown
    assert others_history > 0
    detail.tabs.setCurrentWidget(detail.contacts)
    expected = _rows(
        window, "SELECT count(*) FROM contact_moment_person WHERE person_id = :p", p=other
    )[0][0]
    assert detail.contacts.table.rowCount() == expected


def test_a_reverted_field_shows_the_stored_value_with_nothing_left_to_undo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.list.select_first()
    detail = page.detail
    stored_phone, stored_notes = detail.phone.text(), detail.notes.toPlainText()
    qtbot.keyClicks(detail.phone, "0612345678")
    qtbot.keyClicks(detail.notes, "Met at the fair")
    for _typed in "0612345678":  # typed away again: the same text, undo still holds it
        qtbot.keyClick(detail.phone, Qt.Key.Key_Backspace)
    assert detail.phone.text() == stored_phone
    assert detail.phone.isUndoAvailable()

    detail.revert()
    assert detail.phone.text() == stored_phone
    assert detail.notes.toPlainText() == stored_notes
    assert not detail.phone.isUndoAvailable()
    assert not detail.notes.document().isUndoAvailable()
    assert not detail.is_dirty

"""The window builds a page when it is first shown, yet names and counts every page from the start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from partnerdesk.ui.main_window import COUNT_ROLE
from partnerdesk.ui.pages import PAGES


def _counts(window: QMainWindow) -> dict[str, str | None]:
    navigation = window.navigation  # type: ignore[attr-defined]
    return {entry.key: navigation.item(row).data(COUNT_ROLE) for row, entry in enumerate(PAGES)}


def test_each_page_entry_names_the_key_icon_and_records_of_its_page_class(
    window: QMainWindow,
) -> None:
    for entry in PAGES:
        page = window.page_by_key(entry.key)  # type: ignore[attr-defined]
        assert type(page) is entry.load()
        assert (page.key, page.icon_name, page.shows_entities) == (
            entry.key,
            entry.icon_name,
            entry.shows_entities,
        )
        assert page.title() == entry.title()


def test_the_window_opens_with_only_its_first_page_built(window: QMainWindow) -> None:
    built = window.built_pages()  # type: ignore[attr-defined]
    assert [page.key for page in built] == ["overview"]
    assert window.current_page() is built[0]  # type: ignore[attr-defined]
    assert window.pages.index(built[0]) == 0  # type: ignore[attr-defined]
    assert len(window.pages) == len(PAGES)  # type: ignore[attr-defined]
    assert len(window.built_pages()) == 1  # type: ignore[attr-defined]


def test_the_navigation_counts_stay_the_same_when_the_pages_are_built(
    window: QMainWindow, qtbot: QtBot
) -> None:
    before = {"organisations", "people", "sessions", "actions", "outreach"}
    qtbot.waitUntil(lambda: all(_counts(window)[key] is not None for key in before))
    at_start = _counts(window)
    assert at_start["organisations"] == "40"

    for row in range(len(PAGES)):
        window.show_page(row)  # type: ignore[attr-defined]
    tasks = window.context.tasks  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not tasks.pending)
    after = _counts(window)
    assert {key: after[key] for key in before} == {key: at_start[key] for key in before}


def test_choosing_a_page_in_the_navigation_builds_and_shows_it(
    window: QMainWindow, qtbot: QtBot
) -> None:
    row = [entry.key for entry in PAGES].index("sessions")
    navigation = window.navigation  # type: ignore[attr-defined]
    rect = navigation.visualItemRect(navigation.item(row))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()  # type: ignore[attr-defined]
    assert page is not None and page.key == "sessions"
    assert "sessions" in [p.key for p in window.built_pages()]  # type: ignore[attr-defined]


def test_the_page_open_when_the_window_closes_is_the_one_it_opens_on_next_time(
    window: QMainWindow,
) -> None:
    prefs = window.context.prefs  # type: ignore[attr-defined]
    people = window.page_by_key("people")  # type: ignore[attr-defined]
    window.show_page(window.pages.index(people))  # type: ignore[attr-defined]
    # switching pages writes no settings (a write makes Qt save the file while the page opens)
    assert prefs.current_page != "people"
    window.save_state()  # type: ignore[attr-defined]
    assert prefs.current_page == "people"


def test_a_change_updates_the_counts_beside_the_pages_built_and_not_built(
    window: QMainWindow, qtbot: QtBot
) -> None:
    from partnerdesk.services import organisations, outreach
    from partnerdesk.services.records import OrganisationDraft, OutreachWaveDraft

    context = window.context  # type: ignore[attr-defined]
    window.show_page([entry.key for entry in PAGES].index("organisations"))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _counts(window)["organisations"] == "40")
    qtbot.waitUntil(lambda: _counts(window)["outreach"] is not None)
    waves = int(_counts(window)["outreach"] or 0)

    organisations.create_organisation(context.db.uow(), OrganisationDraft("Nieuwe partner"))
    outreach.save_wave(context.db.uow(), OutreachWaveDraft("Nieuwe oproep"))
    context.events.data_changed.emit("organisation")
    qtbot.waitUntil(lambda: _counts(window)["organisations"] == "41")
    qtbot.waitUntil(lambda: _counts(window)["outreach"] == str(waves + 1))
    built = [page.key for page in window.built_pages()]  # type: ignore[attr-defined]
    assert "organisations" in built and "outreach" not in built

"""The Duplicates page and merge dialog, driven as the coordinator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.services import duplicates, organisations, people
from partnerdesk.services.duplicates import Keep
from partnerdesk.services.records import AffiliationDraft, OrganisationDraft, PersonDraft
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.merge_dialog import MergeDialog
from partnerdesk.ui.pages.duplicates import DuplicatesPage


def _rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


@pytest.fixture
def page(qtbot: QtBot, db: Database, paths: AppPaths) -> DuplicatesPage:
    hema = organisations.create_organisation(db.uow(), OrganisationDraft("HEMA", city="Amsterdam"))
    copy = organisations.create_organisation(
        db.uow(), OrganisationDraft("Hema B.V.", website="hema.nl")
    )
    for org, email in ((hema, "jan@hema.nl"), (copy, "jvdberg@gmail.com")):
        people.create_person(
            db.uow(),
            PersonDraft(
                "Jan", "van der", "Berg", email=email, affiliations=(AffiliationDraft(org.id),)
            ),
        )
    context = AppContext(db=db, paths=paths)
    widget = DuplicatesPage(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: not widget._finding and widget.pairs.rowCount() == 1)
    return widget


def test_the_page_lists_the_hema_pair_with_score_reason_and_count(
    page: DuplicatesPage, qtmodeltester: object
) -> None:
    qtmodeltester.check(page.pairs)  # type: ignore[attr-defined]
    qtmodeltester.check(page.merges)  # type: ignore[attr-defined]
    index = page.pairs.index
    assert page.pairs.data(index(0, page.pairs.SCORE)) == "95 (almost certain)"
    assert page.pairs.data(index(0, page.pairs.REASON)) == "Same name, written differently"
    assert "legal forms" in page.pairs.data(
        index(0, page.pairs.REASON), Qt.ItemDataRole.ToolTipRole
    )
    assert page.pairs.data(index(0, page.pairs.FIRST)) == "HEMA\nAmsterdam"
    assert page.count_label.text() == "Possible duplicate organisations: 1"
    assert not page.merge_button.isEnabled()
    assert page.merge_stack.currentWidget() is page.merges_empty


def test_merging_through_the_dialog_keeps_the_chosen_value_and_unmerge_splits_again(
    page: DuplicatesPage, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.pair_view.selectRow(0)
    assert page.merge_button.isEnabled()
    seen: list[str] = []

    def drive_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        seen.extend(dialog.field_buttons)
        _, website_second, _ = dialog.field_buttons["website"]
        qtbot.mouseClick(website_second, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive_dialog)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._finding and page.merges.rowCount() == 1)

    assert seen == ["name", "website", "city"]
    assert _rows(db, "SELECT name, website, city FROM organisation") == [
        ("HEMA", "hema.nl", "Amsterdam")
    ]
    assert page.pairs.rowCount() == 0
    assert page.pair_stack.currentWidget() is page.empty_label

    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    page.merge_view.selectRow(0)
    qtbot.mouseClick(page.unmerge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._finding and page.merges.rowCount() == 0)
    assert page.pairs.rowCount() == 1
    assert _rows(db, "SELECT name, website FROM organisation ORDER BY id") == [
        ("HEMA", None),
        ("Hema B.V.", "hema.nl"),
    ]


def test_not_a_duplicate_removes_the_pair_for_good(
    page: DuplicatesPage, qtbot: QtBot, db: Database
) -> None:
    page.pair_view.selectRow(0)
    qtbot.mouseClick(page.distinct_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pairs.rowCount() == 0)
    page.refresh()
    qtbot.waitUntil(lambda: not page._finding)
    assert page.pairs.rowCount() == 0
    assert _rows(db, "SELECT entity FROM distinct_pair") == [("organisation",)]


def test_the_people_switch_lists_jan_van_der_berg_with_two_addresses(
    page: DuplicatesPage, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.people_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._finding and page.entity == "person")
    qtbot.waitUntil(lambda: page.pairs.rowCount() == 1)
    first = page.pairs.data(page.pairs.index(0, page.pairs.FIRST))
    assert first.startswith("Jan van der Berg\njan@hema.nl")


def test_the_dialog_maps_choices_to_the_record_that_stays(qtbot: QtBot, db: Database) -> None:
    a = organisations.create_organisation(db.uow(), OrganisationDraft("HEMA", notes="eerste"))
    b = organisations.create_organisation(
        db.uow(), OrganisationDraft("Hema B.V.", city="Utrecht", notes="tweede")
    )
    dialog = MergeDialog(duplicates.compare(db.uow(), "organisation", a.id, b.id))
    qtbot.addWidget(dialog)
    assert dialog.field_buttons["city"][1].isChecked()  # a value wins over an empty one
    dialog.keep_second.setChecked(True)
    both = dialog.field_buttons["notes"][2]
    assert both is not None
    both.setChecked(True)
    assert (dialog.survivor_id(), dialog.merged_id()) == (b.id, a.id)
    assert dialog.choices() == {"name": Keep.MERGED, "city": Keep.SURVIVOR, "notes": Keep.BOTH}

"""Actions (overdue marking, filters, mark done, from outcomes) and contact moments in the GUI."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy import text

from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.services.organisations import last_contact_dates
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.action_dialog import ActionDialog
from partnerdesk.ui.dialogs.contact_moment_dialog import ContactMomentDialog
from partnerdesk.ui.dialogs.session_dialog import SessionDialog
from partnerdesk.ui.pages.actions import ActionsPage
from partnerdesk.ui.pages.sessions_models import ActionTableModel
from partnerdesk.ui.widgets.contact_moments import ContactMomentsWidget, log_contact_moment
from tests.gui.helpers import answer_next_modal


@pytest.fixture
def context(qtbot: object, demo_db: Database, paths: AppPaths) -> AppContext:
    return AppContext(db=demo_db, paths=paths)


def _scalar(db: Database, sql: str, **params: object) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def _row_of(page: ActionsPage, description: str) -> int:
    for row in range(page.model.rowCount()):
        if page.model.index(row, ActionTableModel.DESCRIPTION).data() == description:
            return row
    raise AssertionError(description)


OVERDUE = "Vertalingen Pools, Turks en Arabisch laten maken"
NOT_DUE = "Toolkit voor werkgevers in eenvoudige taal opstellen"


def test_overdue_actions_say_so_in_words_and_colour(qtbot, context: AppContext) -> None:
    page = ActionsPage(context)
    qtbot.addWidget(page)
    late = page.model.index(_row_of(page, OVERDUE), ActionTableModel.STATUS)
    assert late.data() == "Overdue (3 days)"
    assert late.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    fine = page.model.index(_row_of(page, NOT_DUE), ActionTableModel.STATUS)
    assert fine.data() == "Open"
    assert fine.data(Qt.ItemDataRole.ForegroundRole) is None
    overdue = _scalar(
        context.db,
        "SELECT count(*) FROM action WHERE status = 'open' AND due_on < :d",
        d=dt.date.today(),
    )
    assert f"{overdue} overdue" in page.count_label.text()


def test_action_filters_by_owner_and_status(qtbot, context: AppContext) -> None:
    page = ActionsPage(context)
    qtbot.addWidget(page)
    open_count = _scalar(context.db, "SELECT count(*) FROM action WHERE status = 'open'")
    assert page.model.rowCount() == open_count
    page.status.setCurrentIndex(page.status.findText("Overdue"))
    assert all(
        page.model.index(r, ActionTableModel.STATUS).data().startswith("Overdue")
        for r in range(page.model.rowCount())
    )
    assert page.model.rowCount() >= 1
    page.status.setCurrentIndex(page.status.findText("Any status"))
    owner_id = _scalar(context.db, "SELECT owner_id FROM action WHERE description = :d", d=OVERDUE)
    page.owner.setCurrentIndex(page.owner.findData(owner_id))
    owned = _scalar(context.db, "SELECT count(*) FROM action WHERE owner_id = :o", o=owner_id)
    assert page.model.rowCount() == owned
    page.status.setCurrentIndex(page.status.findText("Dropped"))
    if page.model.rowCount() == 0:
        assert page.stack.currentWidget() is page.empty
        assert "No actions match" in page.empty.text()


def test_mark_done_stores_done_and_undo_reopens(qtbot, context: AppContext) -> None:
    page = ActionsPage(context)
    qtbot.addWidget(page)
    page.table.selectRow(_row_of(page, OVERDUE))
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    sql = "SELECT status, done_on FROM action WHERE description = :d"
    with context.db.engine.connect() as conn:
        status, done_on = conn.execute(text(sql), {"d": OVERDUE}).one()
    assert status == "done" and done_on is not None
    with pytest.raises(AssertionError):
        _row_of(page, OVERDUE)  # the open list no longer shows it
    context.undo_stack.undo()
    assert _scalar(context.db, "SELECT status FROM action WHERE description = :d", d=OVERDUE) == (
        "open"
    )
    assert _row_of(page, OVERDUE) >= 0


def test_an_action_is_created_straight_from_a_sessions_outcomes(qtbot, context: AppContext) -> None:
    session_id = _scalar(
        context.db,
        "SELECT id FROM dialogue_session WHERE title LIKE 'Dialoogsessie bedrijven%'",
    )
    dialog = SessionDialog(context, session_id)
    qtbot.addWidget(dialog)
    cursor = dialog.outcomes.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(
        len("Bedrijven willen materiaal in eenvoudige taal"), cursor.MoveMode.KeepAnchor
    )
    dialog.outcomes.setTextCursor(cursor)

    def fill(action_dialog: QWidget) -> None:
        assert isinstance(action_dialog, ActionDialog)
        assert action_dialog.description.toPlainText() == (
            "Bedrijven willen materiaal in eenvoudige taal"
        )
        assert action_dialog.session.currentData() == session_id
        action_dialog.owner.setCurrentIndex(3)
        box = action_dialog.findChild(QDialogButtonBox)
        box.button(QDialogButtonBox.StandardButton.Save).click()

    answer_next_modal(fill)
    before = dialog.action_list.count()
    qtbot.mouseClick(dialog.new_action, Qt.MouseButton.LeftButton)
    assert dialog.action_list.count() == before + 1
    assert (
        _scalar(
            context.db,
            "SELECT count(*) FROM action WHERE session_id = :s AND description = :d "
            "AND owner_id IS NOT NULL AND due_on IS NOT NULL",
            s=session_id,
            d="Bedrijven willen materiaal in eenvoudige taal",
        )
        == 1
    )


def test_a_contact_moment_logged_for_a_person_is_listed_and_moves_last_contact(
    qtbot, context: AppContext
) -> None:
    org_id, person_id = (
        context.db.engine.connect()
        .execute(
            text(
                "SELECT o.id, a.person_id FROM organisation o JOIN affiliation a "
                "ON a.organisation_id = o.id WHERE o.name = 'Gamma' ORDER BY a.person_id"
            )
        )
        .first()
    )
    widget = ContactMomentsWidget(context)
    qtbot.addWidget(widget)
    widget.show_for(organisation_id=org_id)
    before = widget.table.rowCount()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactMomentDialog)
        assert dialog.person_ids() == (person_id,)
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(org_id))
        dialog.channel.setCurrentIndex(dialog.channel.findText("Phone call"))
        qtbot.keyClicks(dialog.summary, "Posters voor de kantine besproken")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    answer_next_modal(fill)
    assert log_contact_moment(context, widget, person_id=person_id)
    assert widget.table.rowCount() == before + 1
    assert widget.table.item(0, widget.SUMMARY).text() == "Posters voor de kantine besproken"
    assert "contact moments" in widget.count.text()
    with context.db.engine.connect() as conn:
        stored = conn.execute(
            text(
                "SELECT m.channel, m.organisation_id, p.person_id FROM contact_moment m "
                "JOIN contact_moment_person p ON p.contact_moment_id = m.id "
                "WHERE m.summary = 'Posters voor de kantine besproken'"
            )
        ).one()
    assert tuple(stored) == ("call", org_id, person_id)
    with context.db.reading() as session:
        assert last_contact_dates(session, [org_id])[org_id] == dt.date.today()
    context.undo_stack.undo()
    assert widget.table.rowCount() == before


def test_the_action_list_model_passes_the_model_tester(qtbot, qtmodeltester, context) -> None:  # type: ignore[no-untyped-def]
    page = ActionsPage(context)
    qtbot.addWidget(page)
    page.status.setCurrentIndex(page.status.findText("Any status"))
    qtmodeltester.check(page.model)


def test_edit_opens_the_selected_action_and_the_saved_change_is_listed_and_selected(
    qtbot, context: AppContext
) -> None:
    page = ActionsPage(context)
    qtbot.addWidget(page)
    page.table.selectRow(_row_of(page, NOT_DUE))
    assert page.edit_button.isEnabled()

    def rewrite(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        dialog.description.setPlainText("Toolkit voor werkgevers in B1-taal opstellen")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    answer_next_modal(rewrite)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    row = _row_of(page, "Toolkit voor werkgevers in B1-taal opstellen")
    assert page.table.selectionModel().isRowSelected(row)
    stored = _scalar(context.db, "SELECT count(*) FROM action WHERE description LIKE '%B1-taal%'")
    assert stored == 1

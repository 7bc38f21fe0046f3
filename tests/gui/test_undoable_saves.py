"""Saving or deleting a session, an action or a contact moment is one undo step: undo takes it back
and redo does it again, with the undo text naming the record."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.action_dialog import ActionDialog, save_action_undoable
from partnerdesk.ui.dialogs.contact_moment_dialog import ContactMomentDialog
from partnerdesk.ui.dialogs.session_dialog import SessionDialog
from partnerdesk.ui.pages.actions import ActionsPage
from partnerdesk.ui.pages.sessions import SessionsPage
from partnerdesk.ui.pages.sessions_models import ActionTableModel

SEED_TITLE = "Dialoogsessie bedrijven en ministerie: de app op de werkvloer"


@pytest.fixture
def context(qtbot: object, demo_db: Database, paths: AppPaths) -> AppContext:
    return AppContext(db=demo_db, paths=paths)


@pytest.fixture
def changed(context: AppContext) -> list[str]:
    """The entities announced as changed, in order."""
    seen: list[str] = []
    context.events.data_changed.connect(seen.append)
    return seen


def _scalar(db: Database, sql: str, **params: object) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def test_a_new_session_undone_and_redone_comes_back_with_the_same_id(
    qtbot, context: AppContext, changed: list[str]
) -> None:
    dialog = SessionDialog(context)
    qtbot.addWidget(dialog)
    dialog.title.setText("Werkbezoek Tilburg")
    assert dialog.save()
    session_id = dialog.saved_id
    assert context.undo_stack.undoText() == "New session “Werkbezoek Tilburg”"
    assert changed == ["dialogue_session"]
    context.undo_stack.undo()
    sql = "SELECT title FROM dialogue_session WHERE id = :id"
    assert _scalar(context.db, sql, id=session_id) is None
    context.undo_stack.redo()
    assert _scalar(context.db, sql, id=session_id) == "Werkbezoek Tilburg"
    assert changed == ["dialogue_session"] * 3


def test_an_edited_session_undone_and_redone_swaps_its_title(
    qtbot, context: AppContext, changed: list[str]
) -> None:
    session_id = _scalar(
        context.db, "SELECT id FROM dialogue_session WHERE title = :t", t=SEED_TITLE
    )
    dialog = SessionDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.title.setText("Dialoogsessie (verzet)")
    assert dialog.save()
    assert context.undo_stack.undoText() == "Edit session “Dialoogsessie (verzet)”"
    sql = "SELECT title FROM dialogue_session WHERE id = :id"
    context.undo_stack.undo()
    assert _scalar(context.db, sql, id=session_id) == SEED_TITLE
    context.undo_stack.redo()
    assert _scalar(context.db, sql, id=session_id) == "Dialoogsessie (verzet)"
    assert changed == ["dialogue_session"] * 3


def test_a_new_action_undone_and_redone_is_stored_again(
    qtbot, context: AppContext, changed: list[str]
) -> None:
    dialog = ActionDialog(context)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("Flyers drukken voor de open dag")
    dialog.save()
    assert context.undo_stack.undoText() == "New action “Flyers drukken voor de open dag”"
    sql = "SELECT count(*) FROM action WHERE description = 'Flyers drukken voor de open dag'"
    assert _scalar(context.db, sql) == 1
    context.undo_stack.undo()
    assert _scalar(context.db, sql) == 0
    context.undo_stack.redo()
    assert _scalar(context.db, sql) == 1
    assert changed == ["action"] * 3


def test_an_edited_action_names_its_first_forty_characters_and_undo_restores_it(
    qtbot, context: AppContext, changed: list[str]
) -> None:
    action_id = _scalar(context.db, "SELECT min(id) FROM action")
    assert isinstance(action_id, int)
    dialog = ActionDialog(context, action_id)
    qtbot.addWidget(dialog)
    before = dialog.draft().description
    longer = "Een lange beschrijving van wat er nog moet gebeuren na de sessie"
    dialog.description.setPlainText(longer)
    save_action_undoable(context, dialog.draft(), action_id)
    assert context.undo_stack.undoText() == f"Edit action “{longer[:40]}”"
    sql = "SELECT description FROM action WHERE id = :id"
    context.undo_stack.undo()
    assert _scalar(context.db, sql, id=action_id) == before
    context.undo_stack.redo()
    assert _scalar(context.db, sql, id=action_id) == longer
    assert changed == ["action"] * 3


def test_a_logged_contact_moment_undone_and_redone_is_logged_again(
    qtbot, context: AppContext, changed: list[str]
) -> None:
    org_id = _scalar(context.db, "SELECT min(id) FROM organisation")
    assert isinstance(org_id, int)
    dialog = ContactMomentDialog(context, organisation_id=org_id)
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Terugbelverzoek over de toolkit")
    dialog.save()
    assert context.undo_stack.undoText() == "Log contact moment"
    sql = "SELECT count(*) FROM contact_moment WHERE summary = 'Terugbelverzoek over de toolkit'"
    context.undo_stack.undo()
    assert _scalar(context.db, sql) == 0
    context.undo_stack.redo()
    assert _scalar(context.db, sql) == 1
    # an organisation's "last contact" comes from its contact moments
    assert changed == ["contact_moment", "organisation"] * 3


def test_a_deleted_action_comes_back_on_undo_and_goes_again_on_redo(
    qtbot, context: AppContext, changed: list[str]
) -> None:
    page = ActionsPage(context)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    description = page.model.index(0, ActionTableModel.DESCRIPTION).data()
    sql = "SELECT count(*) FROM action WHERE description = :d"
    page.delete_selected()
    assert context.undo_stack.undoText() == f"Delete action “{description[:40]}”"
    assert _scalar(context.db, sql, d=description) == 0
    context.undo_stack.undo()
    assert _scalar(context.db, sql, d=description) == 1
    context.undo_stack.redo()
    assert _scalar(context.db, sql, d=description) == 0
    assert changed == ["action"] * 3


def test_a_deleted_session_comes_back_with_its_id_and_goes_again_on_redo(
    qtbot, context: AppContext, changed: list[str]
) -> None:
    page = SessionsPage(context)
    qtbot.addWidget(page)
    page.search.setText("Dialoogsessie bedrijven")
    page.table.selectRow(0)
    session_id = page.selected_id()
    sql = "SELECT title FROM dialogue_session WHERE id = :id"
    page.delete_selected()
    assert context.undo_stack.undoText() == f"Delete session “{SEED_TITLE}”"
    assert _scalar(context.db, sql, id=session_id) is None
    context.undo_stack.undo()
    assert _scalar(context.db, sql, id=session_id) == SEED_TITLE
    context.undo_stack.redo()
    assert _scalar(context.db, sql, id=session_id) is None
    assert changed == ["dialogue_session"] * 3

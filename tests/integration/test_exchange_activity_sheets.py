"""Round trips of the activity sheets: Sessions, Participants, Actions, Outreach, Contact moments."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select, text

from partnerdesk.cli import run
from partnerdesk.domain.enums import ContactChannel
from partnerdesk.errors import UserError
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import Change
from partnerdesk.services import importer
from partnerdesk.services import workbook_format as wf
from partnerdesk.services.actions import save_action
from partnerdesk.services.contact_moments import save_contact_moment
from partnerdesk.services.exporter import export_file
from partnerdesk.services.history import record_history
from partnerdesk.services.organisations import create_organisation
from partnerdesk.services.outreach import save_wave
from partnerdesk.services.people import create_person, get_person, update_person
from partnerdesk.services.records import (
    ActionDraft,
    ContactMomentDraft,
    OrganisationDraft,
    OutreachWaveDraft,
    PersonDraft,
    SessionDraft,
)
from partnerdesk.services.sessions import create_session, get_session, update_session

ACTIVITY = (
    "outreach_waves",
    "sessions",
    "participants",
    "actions",
    "outreach",
    "contact_moments",
)
TABLES = (
    "dialogue_session",
    "session_item",
    "session_participant",
    "session_organisation",
    "action",
    "outreach_wave",
    "outreach_wave_target_group",
    "outreach_wave_channel",
    "outreach_entry",
    "contact_moment",
    "contact_moment_person",
)


@pytest.fixture
def demo_export(demo_template: Path, tmp_path: Path) -> Path:
    """The demo data set exported to a workbook (from a copy of the demo file)."""
    copy = tmp_path / "demo-copy.sqlite"
    shutil.copyfile(demo_template, copy)
    source = Database.open(copy, backup_dir=tmp_path / "demo-backups")
    try:
        target = tmp_path / "demo-export.xlsx"
        export_file(source, target)
    finally:
        source.close()
    return target


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every cell of every sheet but About (whose export time must differ)."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return {
            ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)]
            for ws in wb.worksheets
            if not wf.is_about_sheet(ws.title)
        }
    finally:
        wb.close()


def _count(db: Database, table: str) -> int:
    with db.reading() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def _changes(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count(Change.id))) or 0)


def _column(ws: Any, header: str) -> int:
    """The 1-based column of a header in the first row."""
    for cell in ws[1]:
        if cell.value == header:
            return int(cell.column)
    raise AssertionError(f"no column {header!r}")


def _set(ws: Any, row: int, header: str, value: object) -> None:
    ws.cell(row=row, column=_column(ws, header)).value = value  # cell(value=None) keeps it


def _append(ws: Any, values: dict[str, object]) -> int:
    row = ws.max_row + 1
    for header, value in values.items():
        _set(ws, row, header, value)
    return row


def _import(db: Database, path: Path) -> importer.ImportPlan:
    plan = importer.plan_import(db, importer.ImportSource(path))
    importer.apply_import(db, plan)
    return plan


#: what an outreach wave and an action are, with every link, in plain SQL
STORED = {
    "waves": "SELECT id, name, message, starts_on, ends_on, notes FROM outreach_wave",
    "wave target groups": "SELECT l.wave_id, g.name FROM outreach_wave_target_group l "
    "JOIN target_group g ON g.id = l.target_group_id",
    "wave channels": "SELECT wave_id, channel FROM outreach_wave_channel",
    "actions": "SELECT id, description, owner_id, due_on, status, done_on, session_id, "
    "organisation_id, person_id, wave_id FROM action",
    "outreach": "SELECT id, wave_id, organisation_id, asked_on, response, done_on, "
    "reach_achieved, notes FROM outreach_entry",
}


def _plain(value: object) -> object:
    """A stored value as SQLite's text has it (PostgreSQL gives dates as dates)."""
    return value.isoformat() if isinstance(value, dt.date) else value


def _stored(execute: Any) -> dict[str, list[tuple[object, ...]]]:
    """The rows of STORED, sorted, with plain values, from a connection's ``execute``."""
    return {
        name: sorted(tuple(_plain(v) for v in row) for row in execute(sql))
        for name, sql in STORED.items()
    }


def test_an_export_imported_into_an_empty_database_exports_as_the_same_workbook(
    db: Database, demo_export: Path, tmp_path: Path
) -> None:
    plan = _import(db, demo_export)
    assert plan.all_problems() == []
    for entity in ACTIVITY:
        counts = plan.counts()[entity]
        assert counts["new"] == sum(counts.values()) > 0, (entity, counts)
    second = tmp_path / "second.xlsx"
    export_file(db, second)
    first_cells, second_cells = _cells(demo_export), _cells(second)
    assert set(first_cells) == set(second_cells)
    for sheet in first_cells:
        assert second_cells[sheet] == first_cells[sheet], sheet
    assert any(row[3] for row in first_cells[wf.COVERAGE.en][1:])  # reach per cell came back

    # nothing the workbook does not show was lost either: waves and actions with every link
    source = sqlite3.connect(demo_export.with_name("demo-copy.sqlite"))
    try:
        expected = _stored(source.execute)
    finally:
        source.close()
    with db.reading() as session:
        assert _stored(lambda sql: session.execute(text(sql)).all()) == expected
    waves, actions = expected["waves"], expected["actions"]
    assert all(w[2] and w[3] and w[4] for w in waves) and any(w[5] for w in waves)
    assert {w[0] for w in waves} == {g[0] for g in expected["wave target groups"]}
    assert {w[0] for w in waves} == {c[0] for c in expected["wave channels"]}
    assert any(a[8] is not None and a[9] is not None for a in actions)


def test_undoing_an_import_into_an_empty_database_removes_every_activity_record(
    db: Database, demo_export: Path
) -> None:
    _import(db, demo_export)
    assert all(_count(db, table) > 0 for table in TABLES)
    importer.undo_last_import(db)
    assert {table: _count(db, table) for table in (*TABLES, "organisation", "person")} == {
        table: 0 for table in (*TABLES, "organisation", "person")
    }


def test_an_import_names_each_record_it_made_in_history_and_an_edit_since_blocks_its_undo(
    db: Database, demo_export: Path
) -> None:
    _import(db, demo_export)
    with db.reading() as session:
        for table in ("organisation", "person", "affiliation", *TABLES[:3], "action"):
            made = set(session.execute(text(f"SELECT id FROM {table}")).scalars())
            created = session.execute(
                text(
                    "SELECT entity_id, new_value FROM change "
                    "WHERE entity = :table AND operation = 'create'"
                ),
                {"table": table},
            ).all()
            assert sorted(i for i, _ in created) == sorted(made), table
            assert {value for _, value in created} == {None}, table  # the row is its values
        person_id = session.execute(text("SELECT min(id) FROM person")).scalar_one()
    history = record_history(db.uow(), "person", person_id)
    assert [(c.operation, c.batch_kind) for c in history] == [("create", "import")]

    person = get_person(db.uow(), person_id)
    edited = dataclasses.replace(person.to_draft(), job_title="Nieuwe functie")
    update_person(db.uow(), person_id, edited, person.version)
    with db.reading() as session:
        old = session.execute(
            text(
                "SELECT old_value FROM change WHERE entity = 'person' AND entity_id = :id "
                "AND field = 'job_title'"
            ),
            {"id": person_id},
        ).scalar_one()
    assert json.loads(old) == person.job_title  # the value the import wrote, kept by the edit
    with pytest.raises(UserError, match="changed afterwards"):
        importer.undo_last_import(db)
    assert _count(db, "person") > 0


def test_reimporting_an_unchanged_export_leaves_the_activity_sheets_unchanged(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export, language="nl")
    before = _changes(demo_db)
    plan = importer.plan_import(demo_db, importer.ImportSource(export))
    counts = plan.counts()
    for entity in ACTIVITY:
        assert counts[entity]["unchanged"] == sum(counts[entity].values()) > 0, entity
    assert plan.all_problems() == []
    assert importer.apply_import(demo_db, plan).batch_id is None
    assert _changes(demo_db) == before


def test_an_edited_session_and_action_row_update_their_records_and_undo_takes_them_back(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    sessions, actions = wb["Sessions"], wb["Actions"]
    session_id = sessions.cell(row=3, column=1).value
    action_id = actions.cell(row=2, column=1).value
    _set(sessions, 3, "Title", "Kennismaking KNVB (verzet)")
    _set(sessions, 3, "Preparatory questions", "Wie doet de aftrap?\nWelke kanalen?")
    _set(sessions, 3, "Organiser", "Jumbo")
    _set(sessions, 3, "Organiser ID", None)  # beside a filled ID the name is only shown
    _set(actions, 2, "Status", "done")
    _set(actions, 2, "Done on", dt.datetime(2026, 11, 20))
    wb.save(export)

    before = _changes(demo_db)
    plan = _import(demo_db, export)
    assert plan.all_problems() == []
    assert (plan.counts()["sessions"]["update"], plan.counts()["actions"]["update"]) == (1, 1)
    assert plan.counts()["participants"]["update"] == 0
    with demo_db.reading() as session:
        title, organiser = session.execute(
            text(
                "SELECT s.title, o.name FROM dialogue_session s "
                "JOIN organisation o ON o.id = s.organiser_id WHERE s.id = :id"
            ),
            {"id": session_id},
        ).one()
        questions = session.execute(
            text(
                "SELECT text FROM session_item WHERE session_id = :id AND kind = 'question' "
                "ORDER BY position"
            ),
            {"id": session_id},
        ).all()
        status, done_on = session.execute(
            text("SELECT status, done_on FROM action WHERE id = :id"), {"id": action_id}
        ).one()
    assert (title, organiser) == ("Kennismaking KNVB (verzet)", "Jumbo")
    assert [q[0] for q in questions] == ["Wie doet de aftrap?", "Welke kanalen?"]
    assert status == "done"
    assert str(done_on)[:10] == "2026-11-20"
    assert _changes(demo_db) > before

    importer.undo_last_import(demo_db)
    with demo_db.reading() as session:
        assert (
            session.execute(
                text("SELECT title FROM dialogue_session WHERE id = :id"), {"id": session_id}
            ).scalar()
            == "Kennismaking KNVB: campagne voor voetbalfans"
        )
        assert (
            session.execute(
                text("SELECT status FROM action WHERE id = :id"), {"id": action_id}
            ).scalar()
            == "open"
        )
        assert [
            r[0]
            for r in session.execute(
                text(
                    "SELECT text FROM session_item WHERE session_id = :id AND kind = 'question' "
                    "ORDER BY position"
                ),
                {"id": session_id},
            )
        ] == ["Welke kanalen heeft de organisatie?", "Wie is het aanspreekpunt?"]


def test_a_session_changed_in_partnerdesk_after_the_export_is_a_conflict_not_applied(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    ws = wb["Sessions"]
    session_id = int(ws.cell(row=3, column=1).value)
    _set(ws, 3, "Location", "Zeist")
    wb.save(export)
    current = get_session(demo_db.uow(), session_id)
    update_session(
        demo_db.uow(), session_id, dataclasses.replace(current.to_draft(), location="Utrecht")
    )

    plan = importer.plan_import(demo_db, importer.ImportSource(export))
    (conflict,) = [r for r in plan.rows if r.status is importer.RowStatus.CONFLICT]
    assert (conflict.entity, conflict.sheet, conflict.row) == ("sessions", "Sessions", 3)
    assert conflict.changes["location"][1] == "Zeist"
    importer.apply_import(demo_db, plan)
    assert get_session(demo_db.uow(), session_id).location == "Utrecht"


def test_new_rows_without_id_are_made_and_rows_matching_stored_records_are_not(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    sessions, actions, participants = wb["Sessions"], wb["Actions"], wb["Participants"]
    session_id = sessions.cell(row=3, column=1).value
    session_title = sessions.cell(row=3, column=_column(sessions, "Title")).value
    by_id = _append(
        actions,
        {"Description": "Bedankbrief sturen", "Session ID": session_id, "Organisation": "Hema"},
    )
    by_title = _append(actions, {"Description": "Foto's delen", "Session ID": session_title})
    # a copy of a stored session without its ID, and a participant link that exists already
    copy = [c.value for c in sessions[3]]
    sessions.append([None, *copy[1:]])
    link = [c.value for c in participants[2]]
    participants.append([None, *link[1:]])
    wb.save(export)

    plan = _import(demo_db, export)
    assert plan.all_problems() == []
    made = {r.row: r for r in plan.rows if r.entity == "actions" and r.row in (by_id, by_title)}
    assert {r.status for r in made.values()} == {importer.RowStatus.NEW}
    (duplicate,) = [r for r in plan.rows if r.status is importer.RowStatus.DUPLICATE]
    assert (duplicate.entity, duplicate.record_id, duplicate.other) == (
        "sessions",
        session_id,
        session_title,
    )
    assert plan.counts()["participants"]["new"] == 0
    with demo_db.reading() as session:
        stored = session.execute(
            text(
                "SELECT a.description, a.session_id, o.name FROM action a "
                "LEFT JOIN organisation o ON o.id = a.organisation_id "
                "WHERE a.description IN ('Bedankbrief sturen', 'Foto''s delen') ORDER BY a.id"
            )
        ).all()
        sessions_with_title = session.execute(
            text("SELECT count(*) FROM dialogue_session WHERE title = :t"), {"t": session_title}
        ).scalar()
    assert [tuple(r) for r in stored] == [
        ("Bedankbrief sturen", session_id, "HEMA"),
        ("Foto's delen", session_id, None),
    ]
    assert sessions_with_title == 1


def test_a_bad_date_and_an_unknown_session_are_reported_with_sheet_row_and_column(
    demo_db: Database, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    actions = wb["Actions"]
    bad_date = _append(actions, {"Description": "Flyers drukken", "Due date": "31 februari"})
    unknown = _append(actions, {"Description": "Zaal boeken", "Session ID": 99999})
    wb.save(export)
    before = _changes(demo_db)

    assert run(["import", str(export), "--db", db_target, "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert _changes(demo_db) == before
    problems = [(p["sheet"], p["row"], p["column"]) for p in report["problems"]]
    assert problems == [("Actions", bad_date, "Due date"), ("Actions", unknown, "Session ID")]
    assert report["counts"]["actions"]["new"] == 1
    assert report["counts"]["actions"]["error"] == 1
    assert report["counts"]["sessions"]["unchanged"] > 0

    plan = _import(demo_db, export)
    assert len(plan.all_problems()) == 2
    with demo_db.reading() as session:
        stored = session.execute(
            text(
                "SELECT description, due_on FROM action "
                "WHERE description IN ('Flyers drukken', 'Zaal boeken')"
            )
        ).all()
    assert [tuple(r) for r in stored] == [("Flyers drukken", None)]


def test_rows_the_database_would_refuse_fail_alone_and_say_why(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    sessions, participants = wb["Sessions"], wb["Participants"]
    starts = sessions.cell(row=3, column=_column(sessions, "Starts")).value
    _set(sessions, 3, "Ends", starts - dt.timedelta(hours=1))
    _set(sessions, 4, "Location", "x" * 301)
    # move a participant to a person who already takes part in that session
    session_of = {
        r: participants.cell(row=r, column=_column(participants, "Session ID")).value
        for r in range(2, participants.max_row + 1)
    }
    first, second = [r for r in session_of if session_of[r] == session_of[2]][:2]
    other_person = participants.cell(row=second, column=_column(participants, "Person ID")).value
    _set(participants, first, "Person ID", other_person)
    wb.save(export)
    before = _changes(demo_db)

    plan = _import(demo_db, export)
    problems = {(p.sheet, p.row, p.column): p.message for p in plan.all_problems()}
    assert problems == {
        ("Sessions", 3, "Ends"): "the session ends before it starts; row not imported",
        ("Sessions", 4, "Location"): "the text is longer than 300 characters; left out",
        ("Participants", first, None): (
            "this person is already a participant of that session; row not imported"
        ),
    }
    assert plan.counts()["sessions"]["error"] == 1
    assert _changes(demo_db) == before  # nothing else was edited, so nothing was written


def test_a_participant_edited_in_the_sheet_and_in_its_session_after_the_export_is_a_conflict(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    ws = wb["Participants"]
    session_id = int(ws.cell(row=2, column=_column(ws, "Session ID")).value)
    person_id = int(ws.cell(row=2, column=_column(ws, "Person ID")).value)
    _set(ws, 2, "Role in the session", "Notulist")
    wb.save(export)
    current = get_session(demo_db.uow(), session_id)
    draft = current.to_draft()
    participants = tuple(
        dataclasses.replace(p, role="Voorzitter") if p.person_id == person_id else p
        for p in draft.participants
    )
    update_session(demo_db.uow(), session_id, dataclasses.replace(draft, participants=participants))

    plan = importer.plan_import(demo_db, importer.ImportSource(export))
    (conflict,) = [r for r in plan.rows if r.status is importer.RowStatus.CONFLICT]
    assert (conflict.entity, conflict.row) == ("participants", 2)
    importer.apply_import(demo_db, plan)
    with demo_db.reading() as session:
        role = session.execute(
            text("SELECT role FROM session_participant WHERE session_id = :s AND person_id = :p"),
            {"s": session_id, "p": person_id},
        ).scalar()
    assert role == "Voorzitter"


def test_a_new_session_without_id_is_found_by_its_title_from_the_other_sheets(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    people = wb["People"]
    person = " ".join(
        str(people.cell(row=2, column=_column(people, h)).value or "")
        for h in ("Given name", "Name particle", "Family name")
    ).split()
    _append(
        wb["Sessions"],
        {
            "Title": "Werkbezoek Zwolle",
            "Starts": dt.datetime(2026, 12, 3, 10, 0),
            "Organiser": "hema b.v.",
            "Organisations involved": "Jumbo; Gamma",
            "Preparatory questions": "Wat werkt?\nWat niet?",
        },
    )
    _append(wb["Participants"], {"Session ID": "Werkbezoek Zwolle", "Person ID": " ".join(person)})
    _append(wb["Actions"], {"Description": "Verslag Zwolle", "Session ID": "Werkbezoek Zwolle"})
    _append(wb["Outreach"], {"Outreach wave": "Winteractie", "Organisation": "Jumbo"})
    wb.save(export)

    plan = _import(demo_db, export)
    assert plan.all_problems() == []
    counts = plan.counts()
    assert [counts[e]["new"] for e in ("sessions", "participants", "actions", "outreach")] == [
        1,
        1,
        1,
        1,
    ]
    assert counts["outreach_waves"]["new"] == 1
    with demo_db.reading() as session:
        session_id, organiser = session.execute(
            text(
                "SELECT s.id, o.name_key FROM dialogue_session s "
                "JOIN organisation o ON o.id = s.organiser_id WHERE s.title = 'Werkbezoek Zwolle'"
            )
        ).one()
        involved = session.execute(
            text(
                "SELECT o.name FROM session_organisation so "
                "JOIN organisation o ON o.id = so.organisation_id "
                "WHERE so.session_id = :s ORDER BY o.name"
            ),
            {"s": session_id},
        ).all()
        linked = session.execute(
            text(
                "SELECT (SELECT count(*) FROM session_participant WHERE session_id = :s), "
                "(SELECT count(*) FROM action WHERE session_id = :s), "
                "(SELECT count(*) FROM session_item WHERE session_id = :s), "
                "(SELECT count(*) FROM outreach_entry e JOIN outreach_wave w ON w.id = e.wave_id "
                "WHERE w.name = 'Winteractie')"
            ),
            {"s": session_id},
        ).one()
    assert organiser == "hema"
    assert [r[0] for r in involved] == ["Gamma", "Jumbo"]
    assert tuple(linked) == (1, 1, 2, 1)


def test_rows_missing_from_the_activity_sheets_delete_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    before = {table: _count(demo_db, table) for table in TABLES}
    wb = openpyxl.load_workbook(export)
    for sheet in ("Sessions", "Participants", "Actions", "Outreach", "Contact moments"):
        wb[sheet].delete_rows(2, 5)
    wb.save(export)
    plan = _import(demo_db, export)
    assert plan.applicable() == 0
    assert {table: _count(demo_db, table) for table in TABLES} == before


def test_an_edited_reach_per_target_group_updates_the_link_and_undo_takes_it_back(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    ws = wb["Organisations"]
    column = _column(ws, "Reach per target group")
    number = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=column).value)
    org_id = ws.cell(row=number, column=1).value
    group = str(ws.cell(row=number, column=column).value).split(";")[0].rpartition(":")[0]
    with demo_db.reading() as session:
        before = dict(
            session.execute(
                text(
                    "SELECT g.name, l.reach FROM organisation_target_group l "
                    "JOIN target_group g ON g.id = l.target_group_id WHERE l.organisation_id = :o"
                ),
                {"o": org_id},
            ).all()
        )
    ws.cell(row=number, column=column, value=f"{group}: 1 miljoen")
    wb.save(export)

    plan = _import(demo_db, export)
    (row,) = [r for r in plan.rows if r.entity == "target_reach"]
    assert (row.status, row.row) == (importer.RowStatus.UPDATE, number)
    with demo_db.reading() as session:
        after = dict(
            session.execute(
                text(
                    "SELECT g.name, l.reach FROM organisation_target_group l "
                    "JOIN target_group g ON g.id = l.target_group_id WHERE l.organisation_id = :o"
                ),
                {"o": org_id},
            ).all()
        )
    assert after == {**before, group: 1_000_000} | {
        g: None for g in before if g != group and before[g] is not None
    }
    importer.undo_last_import(demo_db)
    with demo_db.reading() as session:
        undone = dict(
            session.execute(
                text(
                    "SELECT g.name, l.reach FROM organisation_target_group l "
                    "JOIN target_group g ON g.id = l.target_group_id WHERE l.organisation_id = :o"
                ),
                {"o": org_id},
            ).all()
        )
    assert undone == before


@pytest.mark.parametrize("decision", ["same", "new"])
def test_a_possible_duplicate_session_is_written_as_the_coordinator_decides(
    demo_db: Database, tmp_path: Path, decision: str
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    ws = wb["Sessions"]
    copy = [c.value for c in ws[3]]
    ws.append([None, *copy[1:]])
    _set(ws, ws.max_row, "Location", "Zeist")
    wb.save(export)
    title = copy[_column(ws, "Title") - 1]

    plan = importer.plan_import(demo_db, importer.ImportSource(export))
    (duplicate,) = [r for r in plan.rows if r.status is importer.RowStatus.DUPLICATE]
    assert duplicate.record_id == copy[0]
    duplicate.decision = importer.Decision(decision)
    importer.apply_import(demo_db, plan)
    with demo_db.reading() as session:
        stored = session.execute(
            text("SELECT id, location FROM dialogue_session WHERE title = :t ORDER BY id"),
            {"t": title},
        ).all()
    if decision == "same":
        assert [tuple(r) for r in stored] == [(copy[0], "Zeist")]
    else:
        assert [r[1] for r in stored] == [copy[_column(ws, "Location") - 1], "Zeist"]


def _wave(db: Database, wave_id: object) -> dict[str, object]:
    """A wave's fields, target group names and channels, read with plain SQL."""
    with db.reading() as session:
        name, message, ends_on = session.execute(
            text("SELECT name, message, ends_on FROM outreach_wave WHERE id = :id"),
            {"id": wave_id},
        ).one()
        groups = session.execute(
            text(
                "SELECT g.name FROM outreach_wave_target_group l "
                "JOIN target_group g ON g.id = l.target_group_id WHERE l.wave_id = :id "
                "ORDER BY g.name"
            ),
            {"id": wave_id},
        ).all()
        channels = session.execute(
            text("SELECT channel FROM outreach_wave_channel WHERE wave_id = :id ORDER BY channel"),
            {"id": wave_id},
        ).all()
    return {
        "name": name,
        "message": message,
        "ends_on": str(ends_on)[:10],
        "groups": [g[0] for g in groups],
        "channels": [c[0] for c in channels],
    }


def test_an_edited_wave_row_updates_the_wave_and_its_links_and_undo_takes_it_back(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    waves, outreach = wb["Outreach waves"], wb["Outreach"]
    wave_id = waves.cell(row=2, column=1).value
    old_name = waves.cell(row=2, column=_column(waves, "Name")).value
    before = _wave(demo_db, wave_id)
    _set(waves, 2, "Name", "Nieuw advies in de app (najaar)")
    _set(waves, 2, "Message", "Het advies is opnieuw veranderd.")
    _set(waves, 2, "Ends", dt.datetime(2027, 1, 31))
    _set(waves, 2, "Target groups", "Laagopgeleiden")
    _set(waves, 2, "Channels", "nieuwsbrief; in store")  # a Dutch and an English label
    # the Outreach sheet names the wave by its new name too
    wave_column = _column(outreach, "Outreach wave")
    renamed = 0
    for row in range(2, outreach.max_row + 1):
        if outreach.cell(row=row, column=wave_column).value == old_name:
            outreach.cell(row=row, column=wave_column, value="Nieuw advies in de app (najaar)")
            renamed += 1
    wb.save(export)
    assert renamed > 0

    plan = _import(demo_db, export)
    assert plan.all_problems() == []
    counts = plan.counts()
    assert counts["outreach_waves"]["update"] == 1
    assert counts["outreach_waves"]["new"] == 0
    assert counts["outreach"]["update"] == 0  # the entries still point at the same wave
    assert _wave(demo_db, wave_id) == {
        "name": "Nieuw advies in de app (najaar)",
        "message": "Het advies is opnieuw veranderd.",
        "ends_on": "2027-01-31",
        "groups": ["Laagopgeleiden"],
        "channels": ["in_store", "newsletter"],
    }
    assert _count(demo_db, "outreach_wave") == waves.max_row - 1

    importer.undo_last_import(demo_db)
    assert _wave(demo_db, wave_id) == before


def test_a_wave_row_without_id_whose_name_exists_updates_that_wave_and_makes_no_other(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    waves = wb["Outreach waves"]
    wave_id = waves.cell(row=3, column=1).value
    copy = [c.value for c in waves[3]]
    waves.append([None, *copy[1:]])
    _set(waves, waves.max_row, "Notes", "Bonden vragen om beeldmateriaal.")
    wb.save(export)
    before = _count(demo_db, "outreach_wave")

    plan = _import(demo_db, export)
    assert plan.all_problems() == []
    (row,) = [r for r in plan.rows if r.entity == "outreach_waves" and r.row == waves.max_row]
    assert (row.status, row.record_id) == (importer.RowStatus.UPDATE, wave_id)
    assert _count(demo_db, "outreach_wave") == before
    with demo_db.reading() as session:
        assert session.execute(
            text("SELECT notes FROM outreach_wave WHERE id = :id"), {"id": wave_id}
        ).scalar() == ("Bonden vragen om beeldmateriaal.")


def test_a_new_wave_row_is_the_wave_the_outreach_and_actions_sheets_name(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    people = wb["People"]
    person_id = people.cell(row=2, column=1).value
    person = " ".join(
        str(people.cell(row=2, column=_column(people, h)).value or "")
        for h in ("Given name", "Name particle", "Family name")
    ).split()
    _append(
        wb["Outreach waves"],
        {
            "Name": "Winteractie",
            "Message": "Ook in de winter de app gebruiken.",
            "Starts": dt.datetime(2026, 12, 1),
            "Ends": dt.datetime(2027, 2, 28),
            "Target groups": "Jongeren 15–24 jaar",
            "Channels": "intranet; sociale media",
        },
    )
    _append(wb["Outreach"], {"Outreach wave": "winteractie", "Organisation": "Jumbo"})
    _append(
        wb["Actions"],
        {
            "Description": "Winteractie evalueren",
            "Person ID": " ".join(person),
            "Outreach wave ID": "Winteractie",
        },
    )
    wb.save(export)

    plan = _import(demo_db, export)
    assert plan.all_problems() == []
    counts = plan.counts()
    assert [counts[e]["new"] for e in ("outreach_waves", "outreach", "actions")] == [1, 1, 1]
    with demo_db.reading() as session:
        (wave_id,) = session.execute(
            text("SELECT id FROM outreach_wave WHERE name = 'Winteractie'")
        ).one()
        linked = session.execute(
            text(
                "SELECT (SELECT count(*) FROM outreach_entry e JOIN organisation o "
                "ON o.id = e.organisation_id WHERE e.wave_id = :w AND o.name = 'Jumbo'), "
                "(SELECT person_id FROM action WHERE wave_id = :w)"
            ),
            {"w": wave_id},
        ).one()
    assert tuple(linked) == (1, person_id)
    assert _wave(demo_db, wave_id) == {
        "name": "Winteractie",
        "message": "Ook in de winter de app gebruiken.",
        "ends_on": "2027-02-28",
        "groups": ["Jongeren 15–24 jaar"],
        "channels": ["intranet", "social_media"],
    }


def test_a_wave_changed_in_partnerdesk_after_the_export_is_a_conflict_not_applied(
    demo_db: Database, tmp_path: Path
) -> None:
    from partnerdesk.services import outreach

    export = tmp_path / "export.xlsx"
    export_file(demo_db, export, language="nl")
    wb = openpyxl.load_workbook(export)
    waves = wb["Oproeprondes"]
    wave_id = int(waves.cell(row=2, column=1).value)
    _set(waves, 2, "Boodschap", "Uit het blad")
    wb.save(export)
    current = outreach.get_wave(demo_db.uow(), wave_id)
    outreach.save_wave(
        demo_db.uow(),
        dataclasses.replace(current.to_draft(), message="Uit partnerdesk"),
        wave_id,
        expected_version=current.version,
    )

    plan = _import(demo_db, export)
    (conflict,) = [r for r in plan.rows if r.status is importer.RowStatus.CONFLICT]
    assert (conflict.entity, conflict.sheet, conflict.row) == (
        "outreach_waves",
        "Oproeprondes",
        2,
    )
    assert _wave(demo_db, wave_id)["message"] == "Uit partnerdesk"


def test_bad_wave_rows_are_each_reported_with_sheet_row_and_column(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    waves = wb["Outreach waves"]
    _set(waves, 2, "Ends", dt.datetime(2000, 1, 1))
    _set(waves, 3, "Name", waves.cell(row=2, column=_column(waves, "Name")).value)
    unknown_channel = _append(waves, {"Name": "Herfstactie", "Channels": "postduiven"})
    unknown_group = _append(waves, {"Name": "Lenteactie", "Target groups": "Marsbewoners"})
    _append(waves, {"Name": "Zomeractie"})
    twice = _append(waves, {"Name": "zomeractie"})
    wb.save(export)

    plan = importer.plan_import(demo_db, importer.ImportSource(export))
    problems = {(p.sheet, p.row, p.column): p.message for p in plan.all_problems()}
    assert problems == {
        ("Outreach waves", 2, "Ends"): "the wave ends before it starts; row not imported",
        ("Outreach waves", 3, "Name"): "another outreach wave has this name; row not imported",
        ("Outreach waves", unknown_channel, "Channels"): (
            "a channel here is not one partnerdesk knows; row not imported"
        ),
        ("Outreach waves", unknown_group, "Target groups"): (
            "no target group has this name; row not imported"
        ),
        ("Outreach waves", twice, "Name"): "an earlier row has this name; row not imported",
    }
    assert plan.counts()["outreach_waves"] == {
        **dict.fromkeys(plan.counts()["outreach_waves"], 0),
        "new": 1,
        "error": 5,
    }


def test_an_actions_person_and_wave_edited_in_the_sheet_update_it_and_undo_takes_them_back(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export, language="nl")
    wb = openpyxl.load_workbook(export)
    actions, people = wb["Acties"], wb["Personen"]
    action_id = actions.cell(row=2, column=1).value
    person_id = people.cell(row=3, column=1).value
    _set(actions, 2, "Persoon-ID", person_id)
    _set(actions, 2, "Oproepronde-ID", "Sportbonden: campagne voor fans")  # a name does too
    wb.save(export)
    sql = "SELECT a.person_id, w.name FROM action a JOIN outreach_wave w ON w.id = a.wave_id "
    sql += "WHERE a.id = :id"

    plan = _import(demo_db, export)
    assert plan.all_problems() == []
    assert plan.counts()["actions"]["update"] == 1
    with demo_db.reading() as session:
        stored = session.execute(text(sql), {"id": action_id}).one()
    assert tuple(stored) == (person_id, "Sportbonden: campagne voor fans")

    importer.undo_last_import(demo_db)
    with demo_db.reading() as session:
        assert session.execute(
            text("SELECT person_id, wave_id FROM action WHERE id = :id"), {"id": action_id}
        ).one() == (None, None)


def test_two_wave_rows_that_would_end_up_with_one_name_are_not_both_imported(
    demo_db: Database, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    waves = wb["Outreach waves"]
    # a rename, then a new wave of that name
    _set(waves, 2, "Name", "Voorjaarsactie")
    new_after_rename = _append(waves, {"Name": "voorjaarsactie"})
    # a new wave, then a rename to its name (the stored wave's row moved to the end)
    stored = [c.value for c in waves[3]]
    for column in range(1, len(stored) + 1):
        waves.cell(row=3, column=column).value = None
    _set(waves, 3, "Name", "Najaarsactie")
    waves.append([stored[0], "najaarsactie", *stored[2:]])
    rename_after_new = waves.max_row
    wb.save(export)

    plan = _import(demo_db, export)
    problems = {(p.row, p.column): p.message for p in plan.all_problems()}
    assert problems == {
        (new_after_rename, "Name"): "an earlier row has this name; row not imported",
        (rename_after_new, "Name"): "another outreach wave has this name; row not imported",
    }
    with demo_db.reading() as session:
        names = session.execute(text("SELECT name FROM outreach_wave ORDER BY name")).all()
    assert [n[0] for n in names] == [
        "Najaarsactie",
        "Sportbonden: campagne voor fans",
        "Voorjaarsactie",
    ]


def test_an_owner_named_by_a_name_two_people_share_is_a_problem_not_the_first_of_them(
    demo_db: Database, tmp_path: Path
) -> None:
    for _ in range(2):
        create_person(
            demo_db.uow(), PersonDraft(given_name="Jan", name_particle="de", family_name="Vries")
        )
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    wb = openpyxl.load_workbook(export)
    actions = wb["Actions"]
    shared = _append(actions, {"Description": "Affiches ophalen", "Owner": "Jan de Vries"})
    wb.save(export)

    plan = _import(demo_db, export)
    (problem,) = plan.all_problems()
    assert (problem.sheet, problem.row, problem.column) == ("Actions", shared, "Owner")
    assert "more than one record has this name" in problem.message
    with demo_db.reading() as session:
        made = session.execute(
            text("SELECT count(*) FROM action WHERE description = 'Affiches ophalen'")
        ).scalar()
    assert made == 0


#: who and what is linked to what, in plain SQL: the records behind the activity sheets' names
LINKED = {
    "owners": "SELECT description, owner_id FROM action",
    "action organisations": "SELECT description, organisation_id FROM action",
    "facilitators": "SELECT title, facilitator_id FROM dialogue_session",
    "organisers": "SELECT title, organiser_id FROM dialogue_session",
    "involved": "SELECT s.title, l.organisation_id FROM session_organisation l "
    "JOIN dialogue_session s ON s.id = l.session_id",
    "people in contact moments": "SELECT m.summary, l.person_id FROM contact_moment_person l "
    "JOIN contact_moment m ON m.id = l.contact_moment_id",
    "contact moment organisations": "SELECT summary, organisation_id FROM contact_moment",
    "outreach": "SELECT wave_id, organisation_id FROM outreach_entry",
}


def _linked(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.reading() as session:
        return {
            name: sorted(tuple(row) for row in session.execute(text(sql)).all())
            for name, sql in LINKED.items()
        }


@pytest.fixture
def two_jans(tmp_path: Path) -> Iterator[tuple[Database, dict[str, int]]]:
    """A database where two people are called Jan de Vries and two organisations Stichting
    Jong, each linked to other records (the first of each the lower ID, as a name lookup
    would pick)."""
    source = Database.open(tmp_path / "two-jans.sqlite", backup_dir=tmp_path / "two-jans-backups")
    jan = PersonDraft(given_name="Jan", name_particle="de", family_name="Vries")
    ids = {
        "first": create_person(source.uow(), jan).id,
        "second": create_person(source.uow(), jan).id,
        "piet": create_person(
            source.uow(), PersonDraft(given_name="Piet", family_name="Bakker")
        ).id,
        "org one": create_organisation(source.uow(), OrganisationDraft("Stichting Jong")).id,
        "org two": create_organisation(source.uow(), OrganisationDraft("Stichting Jong")).id,
    }
    starts = dt.datetime(2026, 3, 2, 10, 0)
    create_session(
        source.uow(),
        SessionDraft(
            "Ronde tafel",
            starts,
            facilitator_id=ids["second"],
            organiser_id=ids["org two"],
            organisation_ids=(ids["org one"], ids["org two"]),
        ),
    )
    save_action(
        source.uow(),
        ActionDraft("Affiches ophalen", owner_id=ids["second"], organisation_id=ids["org two"]),
    )
    save_action(source.uow(), ActionDraft("Zaal boeken", owner_id=ids["first"]))
    for summary, people, org in (
        ("Belafspraak", (ids["second"], ids["piet"]), ids["org two"]),
        ("Overleg", (ids["second"], ids["first"]), None),
    ):
        save_contact_moment(
            source.uow(),
            ContactMomentDraft(
                dt.date(2026, 3, 3), ContactChannel.CALL, summary, org, person_ids=people
            ),
        )
    ids["wave"] = save_wave(
        source.uow(),
        OutreachWaveDraft("Voorjaar"),
        organisation_ids=(ids["org two"], ids["org one"]),
    ).id
    try:
        yield source, ids
    finally:
        source.close()


def test_records_sharing_a_name_come_back_linked_to_exactly_their_own_records(
    db: Database, two_jans: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    source, ids = two_jans
    first, second, one, two = ids["first"], ids["second"], ids["org one"], ids["org two"]
    linked = _linked(source)
    assert linked["owners"] == [("Affiches ophalen", second), ("Zaal boeken", first)]
    assert linked["facilitators"] == [("Ronde tafel", second)]
    assert linked["organisers"] == [("Ronde tafel", two)]
    assert linked["involved"] == [("Ronde tafel", one), ("Ronde tafel", two)]
    assert linked["outreach"] == [(ids["wave"], one), (ids["wave"], two)]
    assert linked["people in contact moments"] == sorted(
        [
            ("Belafspraak", second),
            ("Belafspraak", ids["piet"]),
            ("Overleg", first),
            ("Overleg", second),
        ]
    )
    assert linked["contact moment organisations"] == [("Belafspraak", two), ("Overleg", None)]
    export = tmp_path / "two-jans.xlsx"
    export_file(source, export, language="nl")
    cells = _cells(export)
    actions = cells[wf.ACTIONS.nl]
    assert actions[0][-2:] == ("Eigenaar-ID", "Organisatie-ID")
    assert {(row[1], row[2], row[6], *row[-2:]) for row in actions[1:]} == {
        ("Affiches ophalen", "Jan de Vries", "Stichting Jong", second, two),
        ("Zaal boeken", "Jan de Vries", None, first, None),
    }
    moments = cells[wf.CONTACT_MOMENTS.nl]
    assert moments[0][-1] == "Persoon-ID's"
    assert moments[2][4] == "Jan de Vries; Jan de Vries"
    assert moments[2][-1] == f"{first}; {second}"

    plan = _import(db, export)
    assert plan.all_problems() == []
    assert _linked(db) == _linked(source)
    again = tmp_path / "again.xlsx"
    export_file(db, again, language="nl")
    assert _cells(again) == cells

    # the unchanged export read into the same database again changes nothing
    before = _changes(db)
    replan = importer.plan_import(db, importer.ImportSource(export))
    assert replan.all_problems() == []
    for entity in ("sessions", "actions", "contact_moments", "outreach"):
        counts = replan.counts()[entity]
        assert counts["unchanged"] == sum(counts.values()) > 0, entity
    assert importer.apply_import(db, replan).batch_id is None
    assert _changes(db) == before
    assert _linked(db) == _linked(source)


def test_an_id_column_wins_over_its_name_and_a_row_with_only_a_name_resolves_by_name(
    two_jans: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    source, ids = two_jans
    export = tmp_path / "two-jans.xlsx"
    export_file(source, export)
    wb = openpyxl.load_workbook(export)
    actions, moments = wb["Actions"], wb["Contact moments"]
    _set(actions, 2, "Owner", "Piet Bakker")  # beside its ID: the ID wins, and that is said
    _append(actions, {"Description": "Koffie regelen", "Owner": "Piet Bakker"})
    _set(moments, 2, "People IDs", str(ids["first"]))  # the first Jan instead of both
    wb.save(export)

    plan = _import(source, export)
    overruled = "this name is not the name of the ID beside it; the ID was used"
    assert {(p.sheet, p.row, p.column, p.message) for p in plan.all_problems()} == {
        ("Actions", 2, "Owner", overruled),
        ("Contact moments", 2, "People", overruled),
    }
    assert plan.counts()["actions"]["new"] == 1
    assert plan.counts()["contact_moments"]["update"] == 1
    linked = _linked(source)
    assert ("Koffie regelen", ids["piet"]) in linked["owners"]
    assert ("Affiches ophalen", ids["second"]) in linked["owners"]
    assert [p for s, p in linked["people in contact moments"] if s == "Belafspraak"] == [
        ids["first"]
    ]


def test_an_unknown_or_unreadable_id_is_a_problem_naming_sheet_row_and_column(
    two_jans: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    source, ids = two_jans
    export = tmp_path / "two-jans.xlsx"
    export_file(source, export)
    wb = openpyxl.load_workbook(export)
    actions, moments, sessions = wb["Actions"], wb["Contact moments"], wb["Sessions"]
    _set(actions, 2, "Owner ID", 99999)
    _set(actions, 3, "Owner ID", 3.5)
    _set(actions, 3, "Owner", "Piet Bakker")  # not taken when the ID beside it is unreadable
    _set(actions, 2, "Description", "Affiches en flyers ophalen")
    _set(sessions, 2, "Facilitator ID", 99998)
    _set(wb["Outreach"], 2, "Organisation ID", 99996)
    _set(moments, 2, "People IDs", f"{ids['piet']}; 99997")
    _set(moments, 3, "People IDs", f"{ids['piet']}; zeven")
    _set(moments, 3, "Summary", "Overleg over de zaal")
    wb.save(export)
    before = _linked(source)

    plan = _import(source, export)
    problems = {(p.sheet, p.row, p.column, p.message) for p in plan.all_problems()}
    assert problems == {
        ("Actions", 2, "Owner ID", "no person has this ID; row not imported"),
        ("Actions", 3, "Owner ID", "the value is not a whole number; left out"),
        ("Sessions", 2, "Facilitator ID", "no person has this ID; row not imported"),
        ("Outreach", 2, "Organisation ID", "no organisation has this ID; row not imported"),
        ("Contact moments", 2, "People IDs", "no person has this ID; row not imported"),
        ("Contact moments", 3, "People IDs", "an ID here is not a whole number; left out"),
    }
    # the rows with an unknown ID changed nothing; the unreadable list kept the stored people
    after = _linked(source)
    assert after["owners"] == before["owners"]
    assert after["facilitators"] == before["facilitators"]
    assert after["outreach"] == before["outreach"]
    assert after["people in contact moments"] == sorted(
        ("Overleg over de zaal" if summary == "Overleg" else summary, person)
        for summary, person in before["people in contact moments"]
    )

"""Sessions through the GUI: the seed example entered by hand, reordering, the brief, calendar."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QWidget
from sqlalchemy import text

from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.services.demo import SEED_BACKGROUND, SEED_GOAL, SEED_QUESTIONS, SEED_ROLES
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.session_dialog import SessionDialog
from partnerdesk.ui.dialogs.session_widgets import PeoplePickerDialog
from partnerdesk.ui.pages.sessions import SessionsPage
from tests.gui.helpers import answer_next_modal

SEED_TITLE = "Dialoogsessie bedrijven en ministerie: de app op de werkvloer"
GUI_TITLE = "Dialoogsessie bedrijven en ministerie (ingevoerd)"
POINTS = (
    "Waarom blijft het gebruik van de app achter bij jongeren?",
    "Welke kanalen van werkgevers bereiken medewerkers echt?",
    "Welke deelvragen pakken we dit jaar samen op?",
)


@pytest.fixture
def context(qtbot: object, demo_db: Database, paths: AppPaths) -> AppContext:
    return AppContext(db=demo_db, paths=paths)


def _rows(db: Database, sql: str, **params: object) -> list[tuple]:  # type: ignore[type-arg]
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def _ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def _pick_person(qtbot, editor_button, search: str) -> None:  # type: ignore[no-untyped-def]
    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, PeoplePickerDialog)
        qtbot.keyClicks(dialog.search, search)
        assert dialog.list.count() >= 1, search
        dialog.list.setCurrentRow(0)
        dialog.list.item(0).setSelected(True)
        _ok(dialog)

    answer_next_modal(choose)
    qtbot.mouseClick(editor_button, Qt.MouseButton.LeftButton)


def _add_text(qtbot, button, value: str) -> None:  # type: ignore[no-untyped-def]
    def type_text(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(value)
        dialog.accept()

    answer_next_modal(type_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _people(db: Database) -> tuple[list[tuple], list[tuple]]:  # type: ignore[type-arg]
    """Three ministry people from different directorates, and people of three companies."""
    internal = _rows(
        db,
        "SELECT id, given_name, name_particle, family_name, directorate FROM person "
        "WHERE is_internal ORDER BY id",
    )
    by_directorate: dict[str, tuple] = {}  # type: ignore[type-arg]
    for row in internal:
        by_directorate.setdefault(row[4], row)
    external = _rows(
        db,
        "SELECT p.id, p.given_name, p.name_particle, p.family_name, o.name FROM person p "
        "JOIN affiliation a ON a.person_id = p.id JOIN organisation o ON o.id = a.organisation_id "
        "WHERE o.name IN ('Jumbo', 'Gamma', 'HEMA', 'Alliantie Gezond Werk') ORDER BY o.name, p.id",
    )
    return list(by_directorate.values())[:3], external


def _full_name(row: tuple) -> str:  # type: ignore[type-arg]
    return " ".join(part for part in row[1:4] if part)


def test_the_seed_session_entered_through_the_gui_reads_back_with_roles_and_order(
    qtbot, context: AppContext
) -> None:
    ministry, partners = _people(context.db)
    alliance = [p for p in partners if p[4] == "Alliantie Gezond Werk"]
    companies = [p for p in partners if p[4] != "Alliantie Gezond Werk"]
    companies = [next(p for p in companies if p[4] == name) for name in ("Gamma", "HEMA", "Jumbo")]
    facilitator, co_initiator = alliance[1], alliance[0]

    dialog = SessionDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, GUI_TITLE)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Dialogue session"))
    start = QDateTime(QDate(2026, 3, 12), QTime(14, 0))
    dialog.starts.setDateTime(start)
    dialog.ends.setDateTime(start.addSecs(90 * 60))
    assert dialog.duration.text() == "90 minutes"
    qtbot.mouseClick(dialog.online, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.location, "Microsoft Teams")
    dialog.organiser.setCurrentIndex(dialog.organiser.findText("Alliantie Gezond Werk"))
    dialog.facilitator.setCurrentIndex(dialog.facilitator.findData(facilitator[0]))
    qtbot.keyClicks(dialog.background, SEED_BACKGROUND)
    qtbot.keyClicks(dialog.goal, SEED_GOAL)

    wanted_roles: dict[int, str] = {
        facilitator[0]: "Gespreksleider",
        co_initiator[0]: "Mede-initiatiefnemer",
    }
    for person in ministry:
        wanted_roles[person[0]] = "Luistert en licht de opgave toe"
    for person in companies:
        wanted_roles[person[0]] = "Deelnemer bedrijf"
    for person in [facilitator, co_initiator, *ministry, *companies]:
        _pick_person(qtbot, dialog.participants.add_button, _full_name(person))
    editor = dialog.participants
    for row in range(editor.table.rowCount()):
        person_id = editor.person_ids()[row]
        editor.table.item(row, editor.ROLE).setText(wanted_roles[person_id])
    qtbot.keyClicks(dialog.roles, SEED_ROLES)

    for question in SEED_QUESTIONS:
        _add_text(qtbot, dialog.questions.add_button, question)
    for point in POINTS:
        _add_text(qtbot, dialog.points.add_button, point)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.saved_id is not None

    db = context.db
    [stored] = _rows(
        db,
        "SELECT title, kind, starts_at, ends_at, online, location, status, background, goal, roles "
        "FROM dialogue_session WHERE id = :id",
        id=dialog.saved_id,
    )
    assert stored[0] == GUI_TITLE and stored[1] == "dialogue"
    starts, ends = (dt.datetime.fromisoformat(str(v)) for v in stored[2:4])
    assert (starts, ends - starts) == (dt.datetime(2026, 3, 12, 14, 0), dt.timedelta(minutes=90))
    assert stored[4] and stored[5] == "Microsoft Teams"
    assert stored[7:] == (SEED_BACKGROUND, SEED_GOAL, SEED_ROLES)
    [(organiser, facilitator_id)] = _rows(
        db,
        "SELECT o.name, s.facilitator_id FROM dialogue_session s "
        "JOIN organisation o ON o.id = s.organiser_id WHERE s.id = :id",
        id=dialog.saved_id,
    )
    assert (organiser, facilitator_id) == ("Alliantie Gezond Werk", facilitator[0])
    participants = dict(
        _rows(
            db,
            "SELECT person_id, role FROM session_participant WHERE session_id = :id",
            id=dialog.saved_id,
        )
    )
    assert participants == wanted_roles
    directorates = _rows(
        db,
        "SELECT DISTINCT p.directorate FROM session_participant sp JOIN person p "
        "ON p.id = sp.person_id WHERE sp.session_id = :id AND p.is_internal",
        id=dialog.saved_id,
    )
    assert len(directorates) == 3
    items = _rows(
        db,
        "SELECT kind, text FROM session_item WHERE session_id = :id ORDER BY kind, position",
        id=dialog.saved_id,
    )
    assert [t for k, t in items if k == "question"] == list(SEED_QUESTIONS)
    assert [t for k, t in items if k == "discussion"] == list(POINTS)


def test_ctrl_down_and_ctrl_up_reorder_the_questions_that_are_saved(
    qtbot, context: AppContext
) -> None:
    [(session_id,)] = _rows(
        context.db, "SELECT id FROM dialogue_session WHERE title = :t", t=SEED_TITLE
    )
    dialog = SessionDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    questions = dialog.questions.list
    questions.setFocus()
    questions.setCurrentRow(0)
    qtbot.keyClick(questions, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(questions, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert questions.currentRow() == 2
    questions.setCurrentRow(3)
    qtbot.keyClick(questions, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert questions.item(0).text().startswith("1. ")
    expected = [SEED_QUESTIONS[1], SEED_QUESTIONS[2], SEED_QUESTIONS[3], SEED_QUESTIONS[0]]
    assert list(dialog.questions.texts()) == expected
    assert dialog.save()
    stored = _rows(
        context.db,
        "SELECT text FROM session_item WHERE session_id = :id AND kind = 'question' "
        "ORDER BY position",
        id=session_id,
    )
    assert [t for (t,) in stored] == expected
    context.undo_stack.undo()
    stored = _rows(
        context.db,
        "SELECT text FROM session_item WHERE session_id = :id AND kind = 'question' "
        "ORDER BY position",
        id=session_id,
    )
    assert [t for (t,) in stored] == list(SEED_QUESTIONS)


def test_removing_a_point_by_keyboard_and_editing_one_in_place(qtbot, context: AppContext) -> None:
    dialog = SessionDialog(context)
    qtbot.addWidget(dialog)
    dialog.points.set_texts(("eerste", "tweede", "derde"))
    dialog.points.list.setCurrentRow(1)
    qtbot.keyClick(dialog.points.list, Qt.Key.Key_Delete)
    dialog.points.list.item(1).setText("2. derde, herschreven")
    assert dialog.points.texts() == ("eerste", "derde, herschreven")


def _seed_page(qtbot, context: AppContext) -> SessionsPage:  # type: ignore[no-untyped-def]
    page = SessionsPage(context)
    qtbot.addWidget(page)
    page.search.setText("Dialoogsessie bedrijven")
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    return page


def _pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _squash(value: str) -> str:
    return " ".join(value.split())


def test_the_brief_pdf_holds_every_section_with_its_text(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _seed_page(qtbot, context)
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda *_a: target)
    qtbot.mouseClick(page.brief_button, Qt.MouseButton.LeftButton)
    content = _pdf_text(target)
    for heading in (
        "Session brief",
        "Date and time",
        "Organiser",
        "Background",
        "Goal",
        "Participants",
        "Ministry",
        "Partners",
        "Preparatory questions",
        "Points for discussion",
        "Roles",
    ):
        assert heading in content, heading
    assert _squash(SEED_TITLE) in content
    assert "Alliantie Gezond Werk" in content
    assert "90 minutes" in content
    for paragraph in (SEED_BACKGROUND, SEED_GOAL, SEED_ROLES, *SEED_QUESTIONS):
        assert _squash(paragraph) in content, paragraph[:40]
    names = _rows(
        context.db,
        "SELECT p.given_name, p.name_particle, p.family_name FROM session_participant sp "
        "JOIN person p ON p.id = sp.person_id JOIN dialogue_session s ON s.id = sp.session_id "
        "WHERE s.title = :t",
        t=SEED_TITLE,
    )
    for name in names:
        assert " ".join(p for p in name if p) in content


def test_the_woo_brief_holds_no_persons_name_and_holds_the_ground(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _seed_page(qtbot, context)
    target = tmp_path / "woo.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda *_a: target)
    qtbot.mouseClick(page.woo_button, Qt.MouseButton.LeftButton)
    content = _pdf_text(target)
    assert "5.1.2e" in content
    assert "Alliantie Gezond Werk" in content and "Jumbo" in content
    people = _rows(
        context.db,
        "SELECT p.given_name, p.name_particle, p.family_name, p.email, p.public_role "
        "FROM session_participant sp JOIN person p ON p.id = sp.person_id "
        "JOIN dialogue_session s ON s.id = sp.session_id WHERE s.title = :t",
        t=SEED_TITLE,
    )
    hidden = [p for p in people if not p[4]]
    assert hidden
    for given, _particle, family, email, _public in hidden:
        for word in (given, family, email):
            if word:
                assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", content), word


def test_the_exported_ics_and_real_calendar_files_are_valid_icalendar(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, interop: Path
) -> None:
    from partnerdesk.exchange.calendar import read_ics

    page = _seed_page(qtbot, context)
    target = tmp_path / "session.ics"
    monkeypatch.setattr(page, "ask_save_path", lambda *_a: target)
    qtbot.mouseClick(page.ics_button, Qt.MouseButton.LeftButton)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    [event] = calendar.walk("VEVENT")
    assert str(event["summary"]) == SEED_TITLE
    assert event["dtstart"].dt.tzinfo is not None
    assert (event["dtend"].dt - event["dtstart"].dt) == dt.timedelta(minutes=90)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    with_email = _rows(
        context.db,
        "SELECT count(*) FROM session_participant sp JOIN person p ON p.id = sp.person_id "
        "JOIN dialogue_session s ON s.id = sp.session_id WHERE s.title = :t "
        "AND p.email IS NOT NULL",
        t=SEED_TITLE,
    )[0][0]
    assert len(event.get("attendee")) == with_email > 0
    [back] = read_ics(target)
    assert back.summary == SEED_TITLE and back.starts_at.hour == 14
    files = sorted((interop / "ics").glob("*.ics"))
    assert len(files) == 3
    for path in files:
        icalendar.Calendar.from_ical(path.read_bytes())
        assert read_ics(path), path.name


def test_session_filters_narrow_the_list_and_the_count_says_how_many(
    qtbot, context: AppContext
) -> None:
    page = SessionsPage(context)
    qtbot.addWidget(page)
    total = page.model.rowCount()
    assert page.count_label.text() == f"{total} sessions" and total > 5
    page.kind.setCurrentIndex(page.kind.findText("Webinar"))
    assert page.model.rowCount() == 1
    page.kind.setCurrentIndex(0)
    page.organisation.setCurrentIndex(page.organisation.findText("KNVB"))
    knvb = page.model.rowCount()
    assert knvb >= 2
    assert all(page.model.index(r, page.model.ORGANISER).data() == "KNVB" for r in range(knvb))
    page.organisation.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findText("Cancelled"))
    assert [
        page.model.index(r, page.model.STATUS).data() for r in range(page.model.rowCount())
    ] == ["Cancelled"] * page.model.rowCount()
    page.status.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findText("Upcoming"))
    today = dt.date.today()
    upcoming = _rows(
        context.db, "SELECT count(*) FROM dialogue_session WHERE starts_at >= :d", d=today
    )[0][0]
    assert page.model.rowCount() == upcoming
    page.search.setText("no session is called this")
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert "No sessions match" in page.empty.text()


def test_deleting_a_session_can_be_undone(qtbot, context: AppContext) -> None:
    page = _seed_page(qtbot, context)
    page.delete_selected()
    count = "SELECT count(*) FROM session_participant sp JOIN dialogue_session s ON s.id = sp.session_id WHERE s.title = :t"
    assert _rows(context.db, count, t=SEED_TITLE)[0][0] == 0
    context.undo_stack.undo()
    assert _rows(context.db, count, t=SEED_TITLE)[0][0] == 14


def test_the_session_list_model_passes_the_model_tester(qtbot, qtmodeltester, context) -> None:  # type: ignore[no-untyped-def]
    page = SessionsPage(context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)


def test_an_outlook_invitation_imports_as_a_planned_session_with_known_attendees(
    qtbot, context: AppContext, interop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.services.people import create_person
    from partnerdesk.services.records import PersonDraft

    john = create_person(
        context.db.uow(), PersonDraft("John", None, "Doe", email="JohnDoe@example.com")
    )
    page = SessionsPage(context)
    qtbot.addWidget(page)
    before = page.model.rowCount()
    monkeypatch.setattr(
        page, "ask_open_path", lambda *_a: interop / "ics" / "outlook2010_meeting_request.ics"
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before + 1
    [(session_id, starts_at, status, location)] = _rows(
        context.db,
        "SELECT id, starts_at, status, location FROM dialogue_session WHERE title = 'Team Meeting'",
    )
    # 12:00 in New York in June is 18:00 in Amsterdam
    assert dt.datetime.fromisoformat(str(starts_at)) == dt.datetime(2013, 6, 10, 18, 0)
    assert (status, location) == ("planned", "Auditorium 16")
    participants = _rows(
        context.db,
        "SELECT person_id FROM session_participant WHERE session_id = :id",
        id=session_id,
    )
    assert participants == [(john.id,)]
    context.undo_stack.undo()
    assert _rows(
        context.db, "SELECT count(*) FROM dialogue_session WHERE title = 'Team Meeting'"
    ) == [(0,)]


def test_a_file_that_is_no_calendar_imports_nothing_and_says_which_file(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.ui import messages

    bad = tmp_path / "agenda.ics"
    bad.write_text("this is not a calendar", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, error, _t=None: shown.append(str(error)))
    page = SessionsPage(context)
    qtbot.addWidget(page)
    before = page.model.rowCount()
    monkeypatch.setattr(page, "ask_open_path", lambda *_a: bad)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before
    assert len(shown) == 1 and "agenda.ics" in shown[0]

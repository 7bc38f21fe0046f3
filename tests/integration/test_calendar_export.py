"""`partnerdesk export FILE.ics`: every session as a calendar event, privacy levels respected."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from sqlalchemy import text

from partnerdesk.__main__ import main
from partnerdesk.persistence.database import Database


def _demo(tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(target)]) == 0
    return target


def test_exporting_an_ics_writes_every_session_with_its_attendees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _demo(tmp_path)
    out = tmp_path / "sessies.ics"
    assert main(["export", str(out), "--db", str(target)]) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    db = Database.open(target)
    try:
        with db.engine.connect() as conn:
            sessions = conn.execute(text("SELECT count(*) FROM dialogue_session")).scalar()
    finally:
        db.close()
    assert len(events) == sessions
    assert any(event.get("attendee") for event in events)
    assert f"Exported {sessions} rows" in capsys.readouterr().out


def test_without_contact_details_the_calendar_holds_no_attendees(tmp_path: Path) -> None:
    target = _demo(tmp_path)
    out = tmp_path / "sessies.ics"
    assert main(["export", str(out), "--db", str(target), "--privacy", "no-contact"]) == 0
    data = out.read_bytes()
    assert b"ATTENDEE" not in data and b"mailto:" not in data
    assert icalendar.Calendar.from_ical(data).walk("VEVENT")


def test_a_woo_calendar_is_refused_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _demo(tmp_path)
    out = tmp_path / "sessies.ics"
    capsys.readouterr()
    assert main(["export", str(out), "--db", str(target), "--privacy", "woo"]) != 0
    err = capsys.readouterr().err.strip()
    assert "sessies.ics" in err and "\n" not in err
    assert not out.exists()

"""Woo redaction of free text, and the iCalendar writer and reader without a database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from partnerdesk.domain.names import PersonName
from partnerdesk.domain.redaction import WOO_GROUND, Redactor
from partnerdesk.errors import BadFileError
from partnerdesk.exchange.calendar import (
    Attendee,
    CalendarEvent,
    events_to_ics,
    parse_ics,
    read_ics,
)

JAN = PersonName("Jan", "van der", "Berg")


def test_every_way_of_writing_a_name_is_redacted_in_free_text() -> None:
    redact = Redactor([JAN])
    result = redact("Jan van der Berg belt. Berg, Jan van der mailt. Van der Berg is het eens.")
    assert result == f"{WOO_GROUND} belt. {WOO_GROUND} mailt. {WOO_GROUND} is het eens."


def test_email_addresses_and_phone_numbers_are_redacted_but_other_numbers_stay() -> None:
    redact = Redactor([])
    result = redact(
        "Bel +31 6 1234 5678 of (020) 123-45-67 of mail j.berg@partner.nl over 1.000.000 "
        "jongeren van 15-24 jaar in 2026."
    )
    assert result == (
        f"Bel {WOO_GROUND} of {WOO_GROUND} of mail {WOO_GROUND} over 1.000.000 "
        "jongeren van 15-24 jaar in 2026."
    )


def test_organisation_names_and_public_people_stay_readable() -> None:
    redact = Redactor(
        [PersonName("Anna", "", "Jumbo")], keep=["Jumbo Supermarkten", "Hugo de Jonge"]
    )
    assert redact("Jumbo Supermarkten en Hugo de Jonge; Anna Jumbo niet.") == (
        f"Jumbo Supermarkten en Hugo de Jonge; {WOO_GROUND} niet."
    )


def test_a_lone_given_name_is_redacted_only_when_written_as_a_name() -> None:
    redact = Redactor([PersonName("Mark", "", "Visser")])
    assert redact("Mark belde over de mark-up.") == f"{WOO_GROUND} belde over de mark-up."


def _event() -> CalendarEvent:
    return CalendarEvent(
        uid="session-1@partnerdesk",
        summary="Dialoogsessie",
        starts_at=dt.datetime(2026, 7, 1, 14, 0),
        ends_at=dt.datetime(2026, 7, 1, 15, 30),
        location="Microsoft Teams",
        attendees=(Attendee("Jan van der Berg", "jan@example.nl"), Attendee("Zonder Mail", None)),
    )


def test_a_summer_session_is_written_in_amsterdam_time_with_its_timezone() -> None:
    calendar = icalendar.Calendar.from_ical(events_to_ics([_event()]))
    [event] = calendar.walk("VEVENT")
    assert event["dtstart"].dt.utcoffset() == dt.timedelta(hours=2)
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert [str(a) for a in [event["attendee"]]] == ["mailto:jan@example.nl"]
    assert event["attendee"].params["CN"] == "Jan van der Berg"


def test_reading_back_gives_the_same_wall_clock_time() -> None:
    [event] = parse_ics(events_to_ics([_event()]))
    assert (event.starts_at, event.ends_at) == (
        dt.datetime(2026, 7, 1, 14, 0),
        dt.datetime(2026, 7, 1, 15, 30),
    )
    assert event.attendees[0].email == "jan@example.nl"


def test_a_file_that_is_no_calendar_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "notulen.ics"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a calendar")
    with pytest.raises(BadFileError, match=r"notulen\.ics"):
        read_ics(path)


def test_an_event_without_a_start_is_refused() -> None:
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:y\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    with pytest.raises(BadFileError, match="event 1 has no start"):
        parse_ics(data, "x.ics")

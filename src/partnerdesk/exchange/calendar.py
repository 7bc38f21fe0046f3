"""iCalendar (.ics): a session as a calendar event with attendees, and reading others' files.

Sessions are stored as Europe/Amsterdam wall-clock time; the event carries that zone with a
VTIMEZONE block (Outlook needs one to place the meeting right).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from partnerdesk.errors import BadFileError

if TYPE_CHECKING:
    import icalendar

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PRODID = "-//partnerdesk//partnerdesk//NL"
#: calendar files are small; anything larger is not a calendar a person sent
MAX_ICS_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Attendee:
    name: str
    email: str | None = None
    #: the role in the session, shown in the invitation's description
    role: str | None = None


@dataclass(frozen=True)
class CalendarEvent:
    """One meeting, in Europe/Amsterdam wall-clock time (naive) when read from our own data."""

    uid: str
    summary: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    location: str | None = None
    description: str | None = None
    #: read from others' files (ORGANIZER's name); our sessions' organisers have no address
    organiser_name: str | None = None
    attendees: tuple[Attendee, ...] = ()
    cancelled: bool = False


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=AMSTERDAM) if moment.tzinfo is None else moment


def events_to_ics(events: list[CalendarEvent], stamp: dt.datetime | None = None) -> bytes:
    """An iCalendar file (RFC 5545) with one VEVENT per event and the VTIMEZONE they use."""
    import icalendar  # 40 ms to import: only when a calendar file is written

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    stamp = stamp or dt.datetime.now(dt.UTC)
    for item in events:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        starts = _aware(item.starts_at)
        event.add("dtstart", starts)
        event.add("dtend", _aware(item.ends_at) if item.ends_at else starts + dt.timedelta(hours=1))
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        for person in item.attendees:
            if not person.email:
                # an ATTENDEE is a calendar address; people without e-mail cannot be invited
                continue
            address = icalendar.vCalAddress(f"mailto:{person.email}")
            address.params["cn"] = icalendar.vText(person.name)
            address.params["role"] = icalendar.vText("REQ-PARTICIPANT")
            address.params["partstat"] = icalendar.vText("NEEDS-ACTION")
            event.add("attendee", address, encode=False)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def read_ics(path: Path) -> list[CalendarEvent]:
    """The events of an .ics file; a file that is no calendar raises BadFileError naming it."""
    try:
        size = path.stat().st_size
        if size > MAX_ICS_BYTES:
            raise BadFileError(
                f"{path.name}: the file is {size // (1024 * 1024)} MB; a calendar file is "
                "expected to be much smaller."
            )
        data = path.read_bytes()
    except OSError as error:
        raise BadFileError(f"{path.name}: the file cannot be read ({error.strerror}).") from None
    return parse_ics(data, path.name)


def parse_ics(data: bytes, name: str = "calendar") -> list[CalendarEvent]:
    """The events of iCalendar text; times in a named zone become Amsterdam wall-clock time."""
    import icalendar  # 40 ms to import: only when a calendar file is read

    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except (ValueError, IndexError, KeyError, UnicodeDecodeError) as error:
        raise BadFileError(f"{name}: this is not a valid calendar file ({error}).") from None
    if not calendars:
        raise BadFileError(f"{name}: the file holds no calendar.")
    events: list[CalendarEvent] = []
    for calendar in calendars:
        for component in calendar.walk("VEVENT"):
            events.append(_event(component, name, len(events) + 1))
    return events


def _event(component: icalendar.Component, name: str, number: int) -> CalendarEvent:
    start = component.get("dtstart")
    if start is None:
        raise BadFileError(f"{name}: event {number} has no start time (DTSTART).")
    starts_at = _wall_clock(start.dt)
    end = component.get("dtend")
    ends_at = _wall_clock(end.dt) if end is not None else None
    attendees = []
    raw = component.get("attendee")
    for address in raw if isinstance(raw, list) else ([raw] if raw is not None else []):
        email = str(address)
        if email.lower().startswith("mailto:"):
            email = email[7:]
        attendees.append(Attendee(str(address.params.get("CN", "")) or email, email or None))
    organiser = component.get("organizer")
    return CalendarEvent(
        uid=str(component.get("uid", "")),
        summary=str(component.get("summary", "")),
        starts_at=starts_at,
        ends_at=ends_at,
        location=str(component["location"]) if component.get("location") else None,
        description=str(component["description"]) if component.get("description") else None,
        organiser_name=str(organiser.params.get("CN", "")) or None if organiser else None,
        attendees=tuple(attendees),
        cancelled=str(component.get("status", "")).upper() == "CANCELLED",
    )


def _wall_clock(value: dt.date | dt.datetime) -> dt.datetime:
    """Amsterdam wall-clock time of an iCalendar time (all-day dates start at midnight)."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    if value.tzinfo is None:
        return value
    return value.astimezone(AMSTERDAM).replace(tzinfo=None)

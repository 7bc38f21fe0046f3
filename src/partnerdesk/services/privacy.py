"""Personal data (GDPR / AVG): erase a person, export what is held about them, retention.

Erasure keeps the person's row as an empty placeholder (ids elsewhere stay valid, sessions show
"participant removed") and removes the personal data everywhere: the row's fields, its links,
its history, merge snapshots, and mentions of the name, e-mail address or phone number in any
text of any other record. It is written with Core statements, so the history listener does not
copy the old values into new history rows.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Enum,
    String,
    Table,
    Text,
    delete,
    func,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from partnerdesk import __version__
from partnerdesk.domain.enums import BatchKind, ChangeOperation
from partnerdesk.domain.names import PersonName, display_name
from partnerdesk.errors import ValidationError
from partnerdesk.persistence import search
from partnerdesk.persistence.models import (
    Action,
    Affiliation,
    Base,
    Change,
    ContactMoment,
    ContactMomentPerson,
    DialogueSession,
    DistinctPair,
    Merge,
    Organisation,
    Person,
    PersonTag,
    SearchEntry,
    SessionParticipant,
    Tag,
    utcnow,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.common import get_or_raise, record_change

log = logging.getLogger(__name__)

#: what replaces a mention of an erased person in other records' text
ERASED_MARK = "[verwijderd]"
#: tables whose history rows carry a person_id and describe that person's links
_LINK_TABLES = ("affiliation", "person_tag", "contact_moment_person", "session_participant")
#: tables never scanned for mentions: the search index is rebuilt instead
_NOT_SCANNED = {"search_entry"}
#: a mention shorter than this is too ambiguous to replace in other records' text
_MIN_TRACE = 5


@dataclass(frozen=True)
class InactivePerson:
    """A person with no session, contact moment, action or edit since ``last_activity``."""

    id: int
    name: str
    organisation: str | None
    last_activity: dt.date


# --- erasure -----------------------------------------------------------------------------


def erase_person(uow: UnitOfWork, person_id: int) -> None:
    """Erase one person's personal data everywhere (one transaction)."""
    erase_people(uow, [person_id])


def erase_people(uow: UnitOfWork, person_ids: Iterable[int]) -> int:
    """Erase several people in one transaction; returns how many were erased (not before)."""
    ids = sorted(set(person_ids))
    erased = 0
    # NOTE: no label: a batch label naming the person would itself be personal data.
    uow.kind, uow.label = BatchKind.ERASE, None
    with uow:
        session = uow.session
        now = utcnow()
        touched: dict[str, set[int]] = {"organisation": set(), "person": set()}
        for person_id in ids:
            person = get_or_raise(session, Person, person_id)
            if person.erased_at is not None:
                continue
            traces = person_traces(person)
            merged_ids = _merged_into(session, person_id)
            _scrub_history(session, {person_id, *merged_ids})
            session.execute(
                delete(Merge).where(
                    Merge.entity == "person",
                    or_(Merge.survivor_id == person_id, Merge.merged_id == person_id),
                )
            )
            session.execute(
                delete(DistinctPair).where(
                    DistinctPair.entity == "person",
                    or_(DistinctPair.first_id == person_id, DistinctPair.second_id == person_id),
                )
            )
            _unlink(session, person_id, now)
            _blank_person(session, person_id, now)
            session.expunge(person)
            for table, ids_changed in _replace_mentions(session, traces, now).items():
                if table in touched:
                    touched[table].update(ids_changed)
            session.execute(
                delete(SearchEntry).where(
                    SearchEntry.entity == search.PERSON, SearchEntry.entity_id == person_id
                )
            )
            record_change(
                session, "person", person_id, ChangeOperation.UPDATE, field="erased_at", new=now
            )
            touched["person"].discard(person_id)
            erased += 1
        touched = {k: v for k, v in touched.items() if v}
        if touched:
            search.reindex(session, touched)
        uow.commit()
    if erased:
        _purge_freed_data(uow)
    log.info("erased the personal data of %d people", erased)
    log.debug("erased person ids: %s", ids)
    return erased


def person_traces(person: Person) -> list[str]:
    """The texts that identify a person: name forms, e-mail address, phone number."""
    name = PersonName(person.given_name or "", person.name_particle or "", person.family_name or "")
    candidates = {
        name.display,
        name.sort_display,
        " ".join(p for p in (person.given_name, person.family_name) if p),
        person.email or "",
        person.phone or "",
    }
    return sorted(
        (c.strip() for c in candidates if len(c.strip()) >= _MIN_TRACE),
        key=len,
        reverse=True,
    )


def _merged_into(session: Session, person_id: int) -> set[int]:
    """People merged into this one: their history is this person's data too."""
    return set(
        session.scalars(
            select(Merge.merged_id).where(Merge.entity == "person", Merge.survivor_id == person_id)
        )
    )


def _scrub_history(session: Session, person_ids: set[int]) -> None:
    """Blank the values of history rows about these people and their links."""
    session.execute(
        update(Change)
        .where(Change.entity == "person", Change.entity_id.in_(person_ids))
        .values(old_value=None, new_value=None)
    )
    # a cheap text filter first ("person_id": 12 as json.dumps writes it), then exact JSON
    hints = [Change.field == "person_id"]
    for person_id in person_ids:
        pattern = f'%"person_id": {person_id}%'
        hints += [Change.old_value.like(pattern), Change.new_value.like(pattern)]
    rows = session.execute(
        select(Change.id, Change.field, Change.old_value, Change.new_value).where(
            Change.entity.in_(_LINK_TABLES), or_(*hints)
        )
    )
    blank = [
        change_id
        for change_id, field, old, new in rows
        if _mentions_person(field, old, person_ids) or _mentions_person(field, new, person_ids)
    ]
    for start in range(0, len(blank), 500):
        session.execute(
            update(Change)
            .where(Change.id.in_(blank[start : start + 500]))
            .values(old_value=None, new_value=None)
        )


def _mentions_person(field: str | None, value: str | None, person_ids: set[int]) -> bool:
    if value is None:
        return False
    try:
        data = json.loads(value)
    except ValueError:
        return False
    if isinstance(data, dict):
        return data.get("person_id") in person_ids
    return field == "person_id" and data in person_ids


def _unlink(session: Session, person_id: int, now: dt.datetime) -> None:
    session.execute(delete(Affiliation).where(Affiliation.person_id == person_id))
    session.execute(delete(PersonTag).where(PersonTag.person_id == person_id))
    session.execute(delete(ContactMomentPerson).where(ContactMomentPerson.person_id == person_id))
    session.execute(
        update(SessionParticipant)
        .where(SessionParticipant.person_id == person_id)
        .values(person_id=None)
    )
    session.execute(
        update(DialogueSession)
        .where(DialogueSession.facilitator_id == person_id)
        .values(facilitator_id=None, version=DialogueSession.version + 1, updated_at=now)
    )
    for column in (Action.owner_id, Action.person_id):
        session.execute(
            update(Action)
            .where(column == person_id)
            .values({column.key: None, "version": Action.version + 1, "updated_at": now})
        )


def _blank_person(session: Session, person_id: int, now: dt.datetime) -> None:
    session.execute(
        update(Person)
        .where(Person.id == person_id)
        .values(
            given_name=None,
            name_particle=None,
            family_name=None,
            sort_key="",
            email=None,
            phone=None,
            phone_key=None,
            job_title=None,
            directorate=None,
            notes=None,
            lawful_basis=None,
            data_source=None,
            public_role=False,
            do_not_contact=True,
            erased_at=now,
            updated_at=now,
            version=Person.version + 1,
        )
    )


def text_columns(table: Table) -> list[Any]:
    """The free-text columns of a table (enumerations excluded)."""
    return [
        column
        for column in table.columns
        if isinstance(column.type, String | Text) and not isinstance(column.type, Enum)
    ]


def find_mentions(session: Session, traces: Sequence[str]) -> list[tuple[str, str, int, str]]:
    """(table, column, row id, text) of every stored text that holds one of ``traces``."""
    found = []
    pattern = _trace_pattern(traces)
    if pattern is None:
        return []
    for table, column, key, value in _candidate_texts(session, traces):
        if pattern.search(value):
            found.append((table.name, column.name, key, value))
    return found


def _candidate_texts(
    session: Session, traces: Sequence[str]
) -> Iterable[tuple[Table, Any, int, str]]:
    for table in Base.metadata.sorted_tables:
        if table.name in _NOT_SCANNED or len(table.primary_key.columns) != 1:
            continue
        key = next(iter(table.primary_key.columns))
        for column in text_columns(table):
            condition = or_(*(column.ilike(f"%{_escape_like(t)}%", escape="\\") for t in traces))
            for row_key, value in session.execute(select(key, column).where(condition)):
                yield table, column, row_key, value


def _replace_mentions(
    session: Session, traces: Sequence[str], now: dt.datetime
) -> dict[str, set[int]]:
    """Replace every mention in any text column; returns the changed row ids per table."""
    pattern = _trace_pattern(traces)
    changed: dict[str, set[int]] = {}
    if pattern is None:
        return changed
    for table, column, key, value in list(_candidate_texts(session, traces)):
        new_value = pattern.sub(ERASED_MARK, value)
        if new_value == value:
            continue
        key_column = next(iter(table.primary_key.columns))
        values: dict[str, Any] = {column.name: new_value}
        if "version" in table.columns and "updated_at" in table.columns:
            values["version"] = table.c.version + 1
            values["updated_at"] = now
        session.execute(update(table).where(key_column == key).values(values))
        changed.setdefault(table.name, set()).add(key)
    return changed


def _trace_pattern(traces: Sequence[str]) -> re.Pattern[str] | None:
    if not traces:
        return None
    return re.compile("|".join(re.escape(t) for t in traces), re.IGNORECASE)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _purge_freed_data(uow: UnitOfWork) -> None:
    """SQLite: drop deleted search terms and move the WAL into the file (secure_delete zeroes
    freed space), so the erased data is gone from the file and the WAL, not only unreachable."""
    engine = uow.session.get_bind()
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # type: ignore[union-attr]
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


# --- retention ---------------------------------------------------------------------------


def inactive_people(
    uow: UnitOfWork, months: int, today: dt.date | None = None
) -> list[InactivePerson]:
    """People without a session, contact moment, action or edit in the last ``months``.

    These are proposed for erasure when the retention period has passed; the oldest first.
    """
    if months < 1:
        raise ValidationError("The retention period is at least one month.", "retention")
    today = today or dt.date.today()
    cutoff = _months_before(today, months)
    activity = union_all(
        select(Person.id.label("pid"), Person.updated_at.label("at")),
        select(
            SessionParticipant.person_id.label("pid"), DialogueSession.starts_at.label("at")
        ).join(DialogueSession, SessionParticipant.session_id == DialogueSession.id),
        select(DialogueSession.facilitator_id, DialogueSession.starts_at),
        select(ContactMomentPerson.person_id, ContactMoment.happened_on).join(
            ContactMoment, ContactMomentPerson.contact_moment_id == ContactMoment.id
        ),
        select(Action.owner_id, Action.updated_at),
        select(Action.owner_id, Action.due_on),
        select(Action.person_id, Action.updated_at),
        select(Action.person_id, Action.due_on),
    ).subquery()
    last = (
        select(activity.c.pid, func.max(activity.c.at).label("last"))
        .where(activity.c.pid.is_not(None))
        .group_by(activity.c.pid)
        .subquery()
    )
    with uow:
        session = uow.session
        rows = session.execute(
            select(
                Person.id,
                Person.given_name,
                Person.name_particle,
                Person.family_name,
                last.c.last,
            )
            .join(last, last.c.pid == Person.id)
            .where(Person.erased_at.is_(None), last.c.last < cutoff)
            .order_by(last.c.last, Person.sort_key)
        ).all()
        organisations = _primary_organisations(session, [row[0] for row in rows])
        return [
            InactivePerson(
                id=row[0],
                name=display_name(row[1], row[2], row[3]),
                organisation=organisations.get(row[0]),
                last_activity=_as_date(row[4]),
            )
            for row in rows
        ]


def _months_before(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _primary_organisations(session: Session, ids: Sequence[int]) -> dict[int, str]:
    result: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        for pid, name, primary in session.execute(
            select(Affiliation.person_id, Organisation.name, Affiliation.is_primary)
            .join(Organisation)
            .where(Affiliation.person_id.in_(ids[start : start + 500]))
            .order_by(Affiliation.is_primary)
        ):
            if primary or pid not in result:
                result[pid] = name
    return result


# --- access request (inzageverzoek) --------------------------------------------------------

_HEADERS_NL = {
    "Field": "Veld",
    "Value": "Waarde",
    "Given name": "Voornaam",
    "Name particle": "Tussenvoegsel",
    "Family name": "Achternaam",
    "E-mail": "E-mail",
    "Phone": "Telefoon",
    "Job title": "Functie",
    "Internal": "Intern",
    "Directorate": "Directie",
    "Public role": "Publieke functie",
    "Notes": "Notities",
    "Lawful basis": "Grondslag",
    "Source": "Bron",
    "Do not contact": "Niet benaderen",
    "Tags": "Labels",
    "Created": "Aangemaakt",
    "Last changed": "Laatst gewijzigd",
    "Person": "Persoon",
    "Affiliations": "Organisaties",
    "Organisation": "Organisatie",
    "Role": "Rol",
    "Primary": "Hoofdorganisatie",
    "Since": "Vanaf",
    "Until": "Tot",
    "Sessions": "Sessies",
    "Date": "Datum",
    "Title": "Titel",
    "Attendance": "Aanwezigheid",
    "Actions": "Acties",
    "Description": "Omschrijving",
    "Due date": "Deadline",
    "Status": "Status",
    "As": "Als",
    "Contact moments": "Contactmomenten",
    "Channel": "Kanaal",
    "Summary": "Samenvatting",
    "Mentions": "Vermeldingen",
    "Record": "Record",
    "Text": "Tekst",
    "History": "Geschiedenis",
    "When": "Wanneer",
    "What": "Wat",
    "Old value": "Oude waarde",
    "New value": "Nieuwe waarde",
    "About": "Over",
    "facilitator": "gespreksleider",
    "owner": "eigenaar",
    "about this person": "over deze persoon",
    "yes": "ja",
    "no": "nee",
    "Access request": "Inzageverzoek",
    "Exported at": "Geëxporteerd op",
    "Application version": "Versie van de applicatie",
}


@dataclass(frozen=True)
class AccessSheet:
    name: str
    headers: tuple[str, ...]
    rows: Sequence[Sequence[object]]


def access_request(uow: UnitOfWork, person_id: int, language: str = "nl") -> list[AccessSheet]:
    """Everything held about one person, as sheets (headers in ``language``: "nl" or "en")."""

    def t(text: str) -> str:
        return _HEADERS_NL.get(text, text) if language == "nl" else text

    def yes_no(value: bool) -> str:
        return t("yes") if value else t("no")

    with uow:
        session = uow.session
        person = get_or_raise(session, Person, person_id)
        if person.erased_at is not None:
            raise ValidationError("This person's data was erased; nothing is held any more.")
        tags = sorted(
            session.scalars(
                select(Tag.name).join(PersonTag).where(PersonTag.person_id == person_id)
            ),
            key=str.casefold,
        )
        fields: list[tuple[object, ...]] = [
            (t("Given name"), person.given_name),
            (t("Name particle"), person.name_particle),
            (t("Family name"), person.family_name),
            (t("E-mail"), person.email),
            (t("Phone"), person.phone),
            (t("Job title"), person.job_title),
            (t("Internal"), yes_no(person.is_internal)),
            (t("Directorate"), person.directorate),
            (t("Public role"), yes_no(person.public_role)),
            (t("Notes"), person.notes),
            (t("Lawful basis"), person.lawful_basis.value if person.lawful_basis else None),
            (t("Source"), person.data_source),
            (t("Do not contact"), yes_no(person.do_not_contact)),
            (t("Tags"), ", ".join(tags)),
            (t("Created"), person.created_at),
            (t("Last changed"), person.updated_at),
        ]
        affiliations = [
            (row[0], row[1], yes_no(row[2]), row[3], row[4])
            for row in session.execute(
                select(
                    Organisation.name,
                    Affiliation.role,
                    Affiliation.is_primary,
                    Affiliation.since,
                    Affiliation.until,
                )
                .join(Organisation)
                .where(Affiliation.person_id == person_id)
                .order_by(Organisation.name_key)
            )
        ]
        sessions: list[tuple[object, ...]] = [
            (row[0], row[1], row[2], row[3].value)
            for row in session.execute(
                select(
                    DialogueSession.starts_at,
                    DialogueSession.title,
                    SessionParticipant.role,
                    SessionParticipant.attendance,
                )
                .join(SessionParticipant)
                .where(SessionParticipant.person_id == person_id)
                .order_by(DialogueSession.starts_at)
            )
        ]
        sessions += [
            (row[0], row[1], t("facilitator"), None)
            for row in session.execute(
                select(DialogueSession.starts_at, DialogueSession.title)
                .where(DialogueSession.facilitator_id == person_id)
                .order_by(DialogueSession.starts_at)
            )
        ]
        actions = [
            (
                row[0],
                row[1],
                row[2].value,
                t("owner") if row[3] == person_id else t("about this person"),
            )
            for row in session.execute(
                select(Action.description, Action.due_on, Action.status, Action.owner_id)
                .where(or_(Action.owner_id == person_id, Action.person_id == person_id))
                .order_by(Action.due_on, Action.id)
            )
        ]
        moments = [
            (row[0], row[1].value, row[2], row[3])
            for row in session.execute(
                select(
                    ContactMoment.happened_on,
                    ContactMoment.channel,
                    ContactMoment.summary,
                    Organisation.name,
                )
                .join(ContactMomentPerson)
                .outerjoin(Organisation, ContactMoment.organisation_id == Organisation.id)
                .where(ContactMomentPerson.person_id == person_id)
                .order_by(ContactMoment.happened_on)
            )
        ]
        changes_rows = session.execute(
            select(
                Change.id,
                Change.at,
                Change.operation,
                Change.field,
                Change.old_value,
                Change.new_value,
            )
            .where(Change.entity == "person", Change.entity_id == person_id)
            .order_by(Change.at, Change.id)
        ).all()
        listed = {("person", person_id)} | {("change", row[0]) for row in changes_rows}
        mentions = [
            m for m in find_mentions(session, person_traces(person)) if (m[0], m[2]) not in listed
        ]
        changes = [(row[1], row[2].value, row[3], row[4], row[5]) for row in changes_rows]
    return [
        AccessSheet(t("Person"), (t("Field"), t("Value")), fields),
        AccessSheet(
            t("Affiliations"),
            (t("Organisation"), t("Role"), t("Primary"), t("Since"), t("Until")),
            affiliations,
        ),
        AccessSheet(t("Sessions"), (t("Date"), t("Title"), t("Role"), t("Attendance")), sessions),
        AccessSheet(t("Actions"), (t("Description"), t("Due date"), t("Status"), t("As")), actions),
        AccessSheet(
            t("Contact moments"),
            (t("Date"), t("Channel"), t("Summary"), t("Organisation")),
            moments,
        ),
        AccessSheet(
            t("Mentions"), (t("Record"), t("Field"), "ID", t("Text")), [tuple(m) for m in mentions]
        ),
        AccessSheet(
            t("History"),
            (t("When"), t("What"), t("Field"), t("Old value"), t("New value")),
            changes,
        ),
        AccessSheet(
            t("About"),
            (t("Field"), t("Value")),
            [
                (t("Access request"), f"ID {person_id}"),
                (t("Exported at"), dt.datetime.now().replace(microsecond=0)),
                (t("Application version"), __version__),
            ],
        ),
    ]


def export_person(uow: UnitOfWork, person_id: int, path: Path, language: str = "nl") -> Path:
    """Write the access-request workbook for one person to ``path`` (.xlsx)."""
    sheets = access_request(uow, person_id, language)
    write_access_workbook(path, sheets)
    return path


def write_access_workbook(path: Path, sheets: Sequence[AccessSheet]) -> None:
    """Through the shared workbook writer: text stays text, the file appears only when whole."""
    from partnerdesk.exchange.workbook import Sheet, write_workbook

    write_workbook(path, [Sheet(sheet.name, sheet.headers, sheet.rows) for sheet in sheets])

"""The partnerdesk workbook (design §4): its sheets and columns, in English and Dutch."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from partnerdesk.domain.enums import (
    ActionStatus,
    Attendance,
    ContactChannel,
    LawfulBasis,
    OrganisationKind,
    OutreachResponse,
    PartnershipStatus,
    Priority,
    SessionKind,
    SessionStatus,
)
from partnerdesk.domain.redaction import WOO_GROUND
from partnerdesk.domain.text import fold
from partnerdesk.exchange.headers import header_key
from partnerdesk.exchange.workbook import ColumnKind

#: Raised when the meaning of the columns changes; the About sheet carries it.
FORMAT_VERSION = 1
WOO_CODE = WOO_GROUND

T, N, D, DT, B = (
    ColumnKind.TEXT,
    ColumnKind.NUMBER,
    ColumnKind.DATE,
    ColumnKind.DATETIME,
    ColumnKind.BOOL,
)


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    nl: str
    kind: ColumnKind = ColumnKind.TEXT
    #: computed by partnerdesk: written on export, ignored on import
    derived: bool = False
    choices: type[StrEnum] | None = None

    def label(self, language: str) -> str:
        return self.nl if language == "nl" else self.en


@dataclass(frozen=True)
class SheetSpec:
    key: str
    en: str
    nl: str
    columns: tuple[Column, ...]

    def label(self, language: str) -> str:
        return self.nl if language == "nl" else self.en

    def headers(self, language: str) -> list[str]:
        return [c.label(language) for c in self.columns]

    def kinds(self) -> list[ColumnKind]:
        return [c.kind for c in self.columns]


C = Column
ORGANISATIONS = SheetSpec(
    "organisations",
    "Organisations",
    "Organisaties",
    (
        C("id", "ID", "ID", N),
        C("name", "Name", "Naam"),
        C("kind", "Kind", "Soort", choices=OrganisationKind),
        C("status", "Partnership status", "Status samenwerking", choices=PartnershipStatus),
        C("sector", "Primary sector", "Hoofdbranche"),
        C("sectors", "Other sectors", "Overige branches"),
        C("target_groups", "Target groups", "Doelgroepen"),
        C("channels", "Channels", "Kanalen"),
        C("reach", "Reach", "Bereik", N),
        C("reach_note", "Reach note", "Toelichting bereik"),
        C("website", "Website", "Website"),
        C("city", "City", "Plaats"),
        C("tags", "Tags", "Labels"),
        C("notes", "Notes", "Notities"),
        C("last_contact", "Last contact", "Laatste contact", D, derived=True),
        C("people", "People", "Personen", N, derived=True),
        # "Group: 25000; …" for groups of the Target groups column: read back by
        # services/import_activity (after the links that column makes), not by the importer
        C("target_reach", "Reach per target group", "Bereik per doelgroep", derived=True),
    ),
)
PEOPLE = SheetSpec(
    "people",
    "People",
    "Personen",
    (
        C("id", "ID", "ID", N),
        C("given_name", "Given name", "Voornaam"),
        C("particle", "Name particle", "Tussenvoegsel"),
        C("family_name", "Family name", "Achternaam"),
        C("email", "E-mail", "E-mail"),
        C("phone", "Phone", "Telefoon"),
        C("job_title", "Job title", "Functie"),
        C("organisation", "Organisation", "Organisatie", derived=True),
        C("internal", "Internal", "Intern", B),
        C("directorate", "Directorate", "Directie"),
        C("public_role", "Public role", "Publieke functie", B),
        C("do_not_contact", "Do not contact", "Niet benaderen", B),
        C("lawful_basis", "Lawful basis", "Grondslag", choices=LawfulBasis),
        C("data_source", "Source of the data", "Bron van de gegevens"),
        C("tags", "Tags", "Labels"),
        C("notes", "Notes", "Notities"),
    ),
)
AFFILIATIONS = SheetSpec(
    "affiliations",
    "Affiliations",
    "Koppelingen",
    (
        C("id", "ID", "ID", N),
        C("person_id", "Person ID", "Persoon-ID", N),
        C("person", "Person", "Persoon", derived=True),
        C("organisation_id", "Organisation ID", "Organisatie-ID", N),
        C("organisation", "Organisation", "Organisatie", derived=True),
        C("role", "Role", "Rol"),
        C("primary", "Primary", "Hoofdfunctie", B),
        C("since", "Since", "Sinds", D),
        C("until", "Until", "Tot", D),
    ),
)
SECTORS = SheetSpec(
    "sectors",
    "Sectors",
    "Branches",
    (
        C("id", "ID", "ID", N),
        C("name", "Name", "Naam"),
        C("description", "Description", "Omschrijving"),
        C("priority", "Priority", "Prioriteit", choices=Priority),
        C("estimated_size", "Estimated size", "Geschatte omvang", N),
    ),
)
TARGET_GROUPS = SheetSpec(
    "target_groups",
    "Target groups",
    "Doelgroepen",
    (
        C("id", "ID", "ID", N),
        C("name", "Name", "Naam"),
        C("description", "Description", "Omschrijving"),
        C("priority", "Priority", "Prioriteit", choices=Priority),
    ),
)
SESSIONS = SheetSpec(
    "sessions",
    "Sessions",
    "Sessies",
    (
        C("id", "ID", "ID", N),
        C("title", "Title", "Titel"),
        C("kind", "Kind", "Soort", choices=SessionKind),
        C("starts_at", "Starts", "Begin", DT),
        C("ends_at", "Ends", "Einde", DT),
        C("online", "Online", "Online", B),
        C("location", "Location", "Locatie"),
        C("organiser", "Organiser", "Organisator"),
        C("organisations", "Organisations involved", "Betrokken organisaties"),
        C("facilitator", "Facilitator", "Gespreksleider"),
        C("status", "Status", "Status", choices=SessionStatus),
        C("background", "Background", "Achtergrond"),
        C("goal", "Goal", "Doel"),
        C("questions", "Preparatory questions", "Voorbereidende vragen"),
        C("discussion", "Points for discussion", "Te bespreken punten"),
        C("sub_questions", "Sub-questions", "Deelvragen"),
        C("roles", "Roles", "Rollen"),
        C("outcomes", "Outcomes", "Uitkomsten"),
        C("decisions", "Decisions", "Besluiten"),
        # the references above by ID (their name columns are then only shown): two people or
        # organisations may share a name; at the end, so the columns before keep their letters
        C("organiser_id", "Organiser ID", "Organisator-ID", N),
        C("organisation_ids", "Involved organisation IDs", "Betrokken organisatie-ID's"),
        C("facilitator_id", "Facilitator ID", "Gespreksleider-ID", N),
    ),
)
PARTICIPANTS = SheetSpec(
    "participants",
    "Participants",
    "Deelnemers",
    (
        C("id", "ID", "ID", N),
        C("session_id", "Session ID", "Sessie-ID", N),
        C("session", "Session", "Sessie", derived=True),
        C("person_id", "Person ID", "Persoon-ID", N),
        C("person", "Person", "Persoon", derived=True),
        C("role", "Role in the session", "Rol in de sessie"),
        C("attendance", "Attendance", "Aanwezigheid", choices=Attendance),
    ),
)
ACTIONS = SheetSpec(
    "actions",
    "Actions",
    "Acties",
    (
        C("id", "ID", "ID", N),
        C("description", "Description", "Omschrijving"),
        C("owner", "Owner", "Eigenaar"),
        C("due_on", "Due date", "Deadline", D),
        C("status", "Status", "Status", choices=ActionStatus),
        C("done_on", "Done on", "Afgerond op", D),
        C("organisation", "Organisation", "Organisatie"),
        C("session_id", "Session ID", "Sessie-ID", N),
        C("session", "Session", "Sessie", derived=True),
        C("person_id", "Person ID", "Persoon-ID", N),
        C("person", "Person", "Persoon", derived=True),
        C("wave_id", "Outreach wave ID", "Oproepronde-ID", N),
        C("wave", "Outreach wave", "Oproepronde", derived=True),
        # the owner and organisation by ID, beside the names a colleague types (see Sessions)
        C("owner_id", "Owner ID", "Eigenaar-ID", N),
        C("organisation_id", "Organisation ID", "Organisatie-ID", N),
    ),
)
# the waves themselves; the Outreach sheet holds one row per partner asked in a wave
OUTREACH_WAVES = SheetSpec(
    "outreach_waves",
    "Outreach waves",
    "Oproeprondes",
    (
        C("id", "ID", "ID", N),
        C("name", "Name", "Naam"),
        C("message", "Message", "Boodschap"),
        C("starts_on", "Starts", "Begin", D),
        C("ends_on", "Ends", "Einde", D),
        C("target_groups", "Target groups", "Doelgroepen"),
        C("channels", "Channels", "Kanalen"),
        C("notes", "Notes", "Notities"),
    ),
)
OUTREACH = SheetSpec(
    "outreach",
    "Outreach",
    "Partners per oproepronde",
    (
        C("id", "ID", "ID", N),
        C("wave", "Outreach wave", "Oproepronde"),
        C("organisation", "Organisation", "Organisatie"),
        C("asked_on", "Asked on", "Gevraagd op", D),
        C("response", "Response", "Reactie", choices=OutreachResponse),
        C("done_on", "Done on", "Uitgevoerd op", D),
        C("reach_achieved", "Reach achieved", "Behaald bereik", N),
        C("notes", "Notes", "Notities"),
        # the organisation by ID (see Sessions)
        C("organisation_id", "Organisation ID", "Organisatie-ID", N),
    ),
)
CONTACT_MOMENTS = SheetSpec(
    "contact_moments",
    "Contact moments",
    "Contactmomenten",
    (
        C("id", "ID", "ID", N),
        C("date", "Date", "Datum", D),
        C("channel", "Channel", "Kanaal", choices=ContactChannel),
        C("organisation", "Organisation", "Organisatie"),
        C("people", "People", "Personen"),
        C("summary", "Summary", "Samenvatting"),
        # by ID (see Sessions); "12; 7": the n-th ID is the n-th name of People
        C("organisation_id", "Organisation ID", "Organisatie-ID", N),
        C("people_ids", "People IDs", "Persoon-ID's"),
    ),
)
COVERAGE = SheetSpec(
    "coverage",
    "Coverage",
    "Dekking",
    (
        C("sector", "Sector", "Branche", derived=True),
        C("target_group", "Target group", "Doelgroep", derived=True),
        C("partners", "Active partners", "Actieve partners", N, derived=True),
        C("reach", "Reach", "Bereik", N, derived=True),
    ),
)

ALL_SHEETS = (
    ORGANISATIONS,
    PEOPLE,
    AFFILIATIONS,
    SESSIONS,
    PARTICIPANTS,
    ACTIONS,
    SECTORS,
    TARGET_GROUPS,
    OUTREACH_WAVES,
    OUTREACH,
    CONTACT_MOMENTS,
    COVERAGE,
)
#: Sheets of what happened, imported after the records they refer to (services/import_activity).
ACTIVITY_SHEETS = (OUTREACH_WAVES, SESSIONS, PARTICIPANTS, ACTIONS, OUTREACH, CONTACT_MOMENTS)
#: Sheets the importer writes back (the rest are reports of what partnerdesk holds).
IMPORTED_SHEETS = (SECTORS, TARGET_GROUPS, ORGANISATIONS, PEOPLE, AFFILIATIONS, *ACTIVITY_SHEETS)

ABOUT_EN = "About"
ABOUT_NL = "Over dit bestand"
ABOUT_KEYS = {
    "format": ("Format version", "Formaatversie"),
    "exported_at": ("Exported at (UTC)", "Geëxporteerd op (UTC)"),
    "application": ("Application", "Programma"),
    "privacy": ("Privacy level", "Privacyniveau"),
    "scope": ("Contents", "Inhoud"),
}


def sheet_for(name: str) -> SheetSpec | None:
    """The spec of a sheet by its English or Dutch name."""
    key = header_key(name)
    for spec in ALL_SHEETS:
        if key in (header_key(spec.en), header_key(spec.nl)):
            return spec
    return None


def column_map(spec: SheetSpec, headers: Sequence[object]) -> dict[int, Column]:
    """Column index -> column of the spec, by English or Dutch header."""
    by_label: dict[str, Column] = {}
    for column in spec.columns:
        by_label.setdefault(header_key(column.en), column)
        by_label.setdefault(header_key(column.nl), column)
    result: dict[int, Column] = {}
    for index, header in enumerate(headers):
        found = by_label.get(header_key(header))
        if found is not None and found.key not in {c.key for c in result.values()}:
            result[index] = found
    return result


def is_about_sheet(name: str) -> bool:
    return header_key(name) in (header_key(ABOUT_EN), header_key(ABOUT_NL))


#: Dutch labels of enumeration values (glossary.md); English is the value with spaces.
ENUM_NL: dict[str, str] = {
    "company": "bedrijf",
    "federation": "federatie/vereniging",
    "foundation": "stichting",
    "government": "overheid",
    "network": "netwerk/alliantie",
    "other": "overig",
    "prospect": "prospect",
    "approached": "benaderd",
    "in_dialogue": "in gesprek",
    "active": "actieve partner",
    "paused": "gepauzeerd",
    "declined": "afgehaakt",
    "ended": "beëindigd",
    "high": "hoog",
    "medium": "gemiddeld",
    "low": "laag",
    "consent": "toestemming",
    "contract": "overeenkomst",
    "legal_obligation": "wettelijke plicht",
    "public_task": "publieke taak",
    "legitimate_interest": "gerechtvaardigd belang",
    "dialogue": "dialoogsessie",
    "bilateral": "bilateraal overleg",
    "management": "managementoverleg",
    "call": "telefoongesprek",
    "email": "e-mail",
    "visit": "bezoek",
    "event": "evenement",
    "webinar": "webinar",
    "planned": "gepland",
    "held": "gehouden",
    "cancelled": "geannuleerd",
    "invited": "uitgenodigd",
    "confirmed": "bevestigd",
    "attended": "aanwezig",
    "absent": "afwezig",
    "open": "open",
    "done": "afgerond",
    "dropped": "vervallen",
    "pending": "nog geen reactie",
    "agreed": "toegezegd",
    "no_answer": "geen antwoord",
    "intranet": "intranet",
    "staff_meetings": "personeelsbijeenkomst",
    "newsletter": "nieuwsbrief",
    "social_media": "sociale media",
    "in_store": "in de winkel",
    "website": "website",
    "events": "evenementen",
}
_ENUM_EN_EXTRA = {"active": "active partner"}


def enum_label(value: StrEnum | str | None, language: str) -> str:
    """How an enumeration value reads in a sheet."""
    if value is None:
        return ""
    raw = str(value.value if isinstance(value, StrEnum) else value)
    if language == "nl":
        return ENUM_NL.get(raw, raw.replace("_", " "))
    return _ENUM_EN_EXTRA.get(raw, raw.replace("_", " "))


def parse_enum(enum_class: type[StrEnum], text: str) -> StrEnum | None:
    """An enumeration value from its raw value or its English or Dutch label; None if none."""
    return _enum_lookup(enum_class).get(header_key(text))


@functools.cache
def _enum_lookup(enum_class: type[StrEnum]) -> dict[str, StrEnum]:
    lookup: dict[str, StrEnum] = {}
    for member in enum_class:
        for candidate in (member.value, enum_label(member, "en"), enum_label(member, "nl")):
            lookup.setdefault(header_key(candidate), member)
    return lookup


def reach_text(pairs: Sequence[tuple[str, int | None]]) -> str:
    """The "Reach per target group" cell: "Jongeren: 25000; Ouderen: 300", by group name."""
    return "; ".join(f"{name}: {reach}" for name, reach in sorted(pairs, key=lambda p: fold(p[0])))


def parse_reach_text(text: str) -> list[tuple[str, str]]:
    """(group name, amount text) pairs of a "Reach per target group" cell."""
    pairs = []
    for part in text.replace("\n", ";").split(";"):
        name, colon, amount = part.rpartition(":")
        if part.strip():
            pairs.append((name.strip(), amount.strip()) if colon else (part.strip(), ""))
    return pairs


def exported_at(about: dict[str, Any]) -> dt.datetime | None:
    """The export time from an About sheet's key/value pairs (either language)."""
    en, nl = ABOUT_KEYS["exported_at"]
    for label in (en, nl):
        value = about.get(label)
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return dt.datetime.fromisoformat(value)
            except ValueError:
                return None
    return None

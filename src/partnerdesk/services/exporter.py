"""Export what partnerdesk holds: the workbook of design §4, CSV of one entity, vCard.

Privacy levels: ``full``; ``no-contact`` (no e-mail addresses or phone numbers of people);
``woo`` (people's names and contact details replaced by the ground code "5.1.2e" in every
field, free text included; organisation names and people with a public role are kept;
a Redactions sheet lists what was redacted, without the redacted data).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from partnerdesk import __version__
from partnerdesk.domain.enums import PartnershipStatus, SessionItemKind
from partnerdesk.domain.names import PersonName, display_name
from partnerdesk.domain.redaction import WOO_GROUND, Redactor
from partnerdesk.domain.text import fold
from partnerdesk.errors import UserError
from partnerdesk.exchange import csvfile
from partnerdesk.exchange.workbook import Sheet, write_workbook
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import (
    Action,
    Affiliation,
    ContactMoment,
    ContactMomentPerson,
    DialogueSession,
    Organisation,
    OrganisationChannel,
    OrganisationSector,
    OrganisationTag,
    OrganisationTargetGroup,
    OutreachEntry,
    OutreachWave,
    OutreachWaveChannel,
    OutreachWaveTargetGroup,
    Person,
    PersonTag,
    Sector,
    SessionItem,
    SessionOrganisation,
    SessionParticipant,
    Tag,
    TargetGroup,
    utcnow,
)
from partnerdesk.persistence.models import (
    Organisation as Org,
)
from partnerdesk.services import workbook_format as wf
from partnerdesk.services.common import collector_paused
from partnerdesk.services.organisations import last_contact_dates


class Privacy(StrEnum):
    FULL = "full"
    NO_CONTACT = "no-contact"
    WOO = "woo"


@dataclass(frozen=True)
class ExportScope:
    """What to export: everything (None) or the organisations and people of a filter."""

    organisation_ids: frozenset[int] | None = None
    person_ids: frozenset[int] | None = None

    @property
    def everything(self) -> bool:
        return self.organisation_ids is None and self.person_ids is None


@dataclass
class ExportResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    #: "Sheet, column: 3 names" lines (no personal data)
    redactions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".vcf": "vcf", ".ics": "ics"}


def export_file(
    db: Database,
    path: Path | str,
    *,
    privacy: Privacy = Privacy.FULL,
    language: str = "en",
    scope: ExportScope | None = None,
    csv_entity: str = "people",
) -> ExportResult:
    """Write an export chosen by the file's extension (.xlsx, .csv, .vcf, .ics)."""
    target = Path(path)
    fmt = FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise UserError(f"{target.name}: partnerdesk exports to .xlsx, .csv, .vcf or .ics.")
    if fmt == "ics":
        return _write_ics(db, target, privacy)
    scope = scope or ExportScope()
    with collector_paused():
        with db.reading() as session:
            data = _collect(session, scope, privacy, language)
        if fmt == "xlsx":
            return _write_xlsx(target, data, privacy, language, scope)
        if fmt == "csv":
            spec = wf.PEOPLE if csv_entity == "people" else wf.ORGANISATIONS
            count = csvfile.write_csv(target, spec.headers(language), data.rows[spec.key])
            return ExportResult(
                target, {spec.label(language): count}, data.redaction_lines(language)
            )
        return _write_vcf(target, data)


def _write_ics(db: Database, target: Path, privacy: Privacy) -> ExportResult:
    """All sessions as calendar events; attendees (names and e-mail) only at full privacy."""
    from partnerdesk.services.sessions import export_sessions_ics

    if privacy is Privacy.WOO:
        raise UserError(
            f"{target.name}: a calendar file cannot be Woo-redacted; "
            "export a workbook (.xlsx) with the Woo privacy level instead."
        )
    count = export_sessions_ics(db.uow(), target, with_attendees=privacy is Privacy.FULL)
    notes = [] if privacy is Privacy.FULL else ["attendees left out (no contact details)"]
    return ExportResult(target, {"Sessions": count}, [], notes)


# --- collecting ---------------------------------------------------------------------


@dataclass
class _Data:
    rows: dict[str, list[list[Any]]]
    redactor: _Redactor
    vcards: list[Any]

    def redaction_lines(self, language: str) -> list[str]:
        return self.redactor.lines(language)


class _Redactor:
    """Woo redaction of an export, counted per sheet and column for the Redactions sheet."""

    def __init__(
        self, active: bool, people: Iterable[tuple[str, str, str, bool]], keep: Iterable[str]
    ) -> None:
        self.active = active
        self.counts: Counter[tuple[str, str, str]] = Counter()
        hidden: list[PersonName] = []
        public: list[str] = []
        for given, particle, family, is_public in people if active else ():
            name = PersonName(given, particle, family)
            if is_public:
                public.append(name.display)
            else:
                hidden.append(name)
        self.redactor = Redactor(hidden, keep=[*keep, *public], given_alone=False)

    def field(self, value: Any, sheet: str, column: str, what: str) -> Any:
        """A whole field that is personal data (a name, an address)."""
        if not self.active or value in (None, ""):
            return value
        self.counts[(sheet, column, what)] += 1
        return WOO_GROUND

    def text(self, value: str | None, sheet: str, column: str) -> str | None:
        """Free text: e-mail addresses, phone numbers and people's names inside it."""
        if not self.active or not value:
            return value
        text, counts = self.redactor.redact(value)
        for what, count in counts.items():
            self.counts[(sheet, column, what)] += count
        return text

    def lines(self, language: str) -> list[str]:
        return [
            f"{sheet}, {column}: {count} {what}"
            for (sheet, column, what), count in sorted(self.counts.items())
        ]


def _plain_rows(session: Session, model: type[Any]) -> Sequence[Any]:
    """Every row of ``model`` by id, as plain rows named like its attributes.

    Rows, not ORM objects: an export reads tens of thousands of records once, and building
    tracked objects for them took most of the time spent collecting.
    """
    columns = [getattr(model, attr.key) for attr in inspect(model).column_attrs]
    return session.execute(select(*columns).order_by(model.id)).all()


def _enum_labels(language: str) -> Callable[[Any], str]:
    """wf.enum_label for one language, each value's label made once (columns repeat them)."""
    labels: dict[Any, str] = {}

    def label(value: Any) -> str:
        if value not in labels:
            labels[value] = wf.enum_label(value, language)
        return labels[value]

    return label


def _joined(values: Iterable[str]) -> str:
    return "; ".join(sorted(values, key=fold))


def _named(pairs: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """(name, id) pairs by name, then id: a list column's n-th ID is its n-th name."""
    return sorted(pairs, key=lambda pair: (fold(pair[0]), pair[1]))


def _collect(session: Session, scope: ExportScope, privacy: Privacy, language: str) -> _Data:
    woo = privacy is Privacy.WOO
    hide_contact = privacy is not Privacy.FULL
    org_filter = scope.organisation_ids
    person_filter = scope.person_ids

    people_rows = _plain_rows(session, Person)
    org_names = dict(session.execute(select(Org.id, Org.name)).all())
    redactor = _Redactor(
        woo,
        (
            (p.given_name or "", p.name_particle or "", p.family_name or "", p.public_role)
            for p in people_rows
            if p.erased_at is None
        ),
        keep=org_names.values(),  # "Van der Valk" the hotels stay, whoever is called so
    )
    public = {p.id for p in people_rows if p.public_role}
    person_names = {
        p.id: display_name(p.given_name, p.name_particle, p.family_name) for p in people_rows
    }
    sector_names = dict(session.execute(select(Sector.id, Sector.name)).all())

    def person_ref(pid: int | None, sheet: str, column: str) -> str:
        if pid is None:
            return ""
        name = person_names.get(pid, "")
        return name if pid in public else redactor.field(name, sheet, column, "names")

    enum = _enum_labels(language)

    # organisations
    multi: dict[str, dict[int, list[str]]] = {k: defaultdict(list) for k in ("s", "t", "c", "g")}
    for oid, name in session.execute(
        select(OrganisationSector.organisation_id, Sector.name).join(Sector)
    ):
        multi["s"][oid].append(name)
    for oid, name in session.execute(
        select(OrganisationTargetGroup.organisation_id, TargetGroup.name).join(TargetGroup)
    ):
        multi["t"][oid].append(name)
    reach_of: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
    for oid, name, reach in session.execute(
        select(
            OrganisationTargetGroup.organisation_id, TargetGroup.name, OrganisationTargetGroup.reach
        )
        .join(TargetGroup)
        .where(OrganisationTargetGroup.reach.is_not(None))
    ):
        reach_of[oid].append((name, reach))
    for oid, channel in session.execute(
        select(OrganisationChannel.organisation_id, OrganisationChannel.channel)
    ):
        multi["c"][oid].append(enum(channel))
    for oid, name in session.execute(select(OrganisationTag.organisation_id, Tag.name).join(Tag)):
        multi["g"][oid].append(name)
    last_contact = last_contact_dates(session)
    people_count = dict(
        session.execute(
            select(Affiliation.organisation_id, func.count(func.distinct(Affiliation.person_id)))
            .where(Affiliation.until.is_(None))
            .group_by(Affiliation.organisation_id)
        ).all()
    )
    sheet_o = wf.ORGANISATIONS.label(language)
    orgs = []
    for o in _plain_rows(session, Organisation):
        if org_filter is not None and o.id not in org_filter:
            continue
        orgs.append(
            [
                o.id,
                o.name,
                enum(o.kind),
                enum(o.status),
                sector_names.get(o.primary_sector_id) if o.primary_sector_id else None,
                _joined(multi["s"][o.id]),
                _joined(multi["t"][o.id]),
                _joined(multi["c"][o.id]),
                o.reach,
                redactor.text(o.reach_note, sheet_o, "reach_note"),
                o.website,
                o.city,
                _joined(multi["g"][o.id]),
                redactor.text(o.notes, sheet_o, wf.ORGANISATIONS.columns[13].label(language)),
                last_contact.get(o.id),
                people_count.get(o.id, 0),
                wf.reach_text(reach_of[o.id]),
            ]
        )

    # people
    tags: dict[int, list[str]] = defaultdict(list)
    for pid, name in session.execute(select(PersonTag.person_id, Tag.name).join(Tag)):
        tags[pid].append(name)
    primary_org: dict[int, str] = {}
    affiliation_rows = _plain_rows(session, Affiliation)
    for a in sorted(affiliation_rows, key=lambda a: (not a.is_primary, a.id)):
        primary_org.setdefault(a.person_id, org_names.get(a.organisation_id, ""))
    sheet_p = wf.PEOPLE.label(language)
    labels_p = {c.key: c.label(language) for c in wf.PEOPLE.columns}
    people = []
    vcards = []
    for p in people_rows:
        if person_filter is not None and p.id not in person_filter:
            continue
        if p.erased_at is not None:
            continue  # the placeholder of an erased person holds nothing to export
        keep = p.id in public
        given = (
            p.given_name
            if keep
            else redactor.field(p.given_name, sheet_p, labels_p["given_name"], "names")
        )
        particle = (
            p.name_particle
            if keep
            else redactor.field(p.name_particle, sheet_p, labels_p["particle"], "names")
        )
        family = (
            p.family_name
            if keep
            else redactor.field(p.family_name, sheet_p, labels_p["family_name"], "names")
        )
        email = None if hide_contact and not woo else p.email
        phone = None if hide_contact and not woo else p.phone
        if woo and not keep:
            email = redactor.field(email, sheet_p, labels_p["email"], "e-mail addresses")
            phone = redactor.field(phone, sheet_p, labels_p["phone"], "phone numbers")
        notes = redactor.text(p.notes, sheet_p, labels_p["notes"])
        people.append(
            [
                p.id,
                given,
                particle,
                family,
                email,
                phone,
                p.job_title,
                primary_org.get(p.id, ""),
                p.is_internal,
                p.directorate,
                p.public_role,
                p.do_not_contact,
                enum(p.lawful_basis),
                p.data_source,
                _joined(tags[p.id]),
                notes,
            ]
        )
        from partnerdesk.exchange.vcard import VCardPerson

        vcards.append(
            VCardPerson(
                given or "",
                particle or "",
                family or "",
                email,
                phone,
                primary_org.get(p.id) or None,
                p.job_title,
                notes,
                f"partnerdesk-person-{p.id}",
            )
        )

    # affiliations
    sheet_a = wf.AFFILIATIONS.label(language)
    affiliations = [
        [
            a.id,
            a.person_id,
            person_ref(a.person_id, sheet_a, wf.AFFILIATIONS.columns[2].label(language)),
            a.organisation_id,
            org_names.get(a.organisation_id, ""),
            a.role,
            a.is_primary,
            a.since,
            a.until,
        ]
        for a in affiliation_rows
        if (person_filter is None or a.person_id in person_filter)
        and (org_filter is None or a.organisation_id in org_filter)
    ]

    sectors = [
        [s.id, s.name, s.description, enum(s.priority), s.estimated_size]
        for s in _plain_rows(session, Sector)
    ]
    target_groups = [
        [t.id, t.name, t.description, enum(t.priority)] for t in _plain_rows(session, TargetGroup)
    ]

    rows: dict[str, list[list[Any]]] = {
        wf.ORGANISATIONS.key: orgs,
        wf.PEOPLE.key: people,
        wf.AFFILIATIONS.key: affiliations,
        wf.SECTORS.key: sectors,
        wf.TARGET_GROUPS.key: target_groups,
    }
    if scope.everything:
        rows.update(_session_rows(session, language, redactor, person_ref, org_names))
        rows[wf.COVERAGE.key] = _coverage_rows(session)
    return _Data(rows, redactor, vcards)


def _session_rows(
    session: Session,
    language: str,
    redactor: _Redactor,
    person_ref: Any,
    org_names: dict[int, str],
) -> dict[str, list[list[Any]]]:
    enum = _enum_labels(language)

    items: dict[tuple[int, SessionItemKind], list[str]] = defaultdict(list)
    for sid, kind, item_text in session.execute(
        select(SessionItem.session_id, SessionItem.kind, SessionItem.text).order_by(
            SessionItem.session_id, SessionItem.position
        )
    ):
        items[(sid, kind)].append(item_text)
    sheet_s = wf.SESSIONS.label(language)
    labels_s = {c.key: c.label(language) for c in wf.SESSIONS.columns}
    involved: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for sid, oid in session.execute(
        select(SessionOrganisation.session_id, SessionOrganisation.organisation_id)
    ):
        involved[sid].append((org_names.get(oid, ""), oid))
    titles: dict[int, str] = {}
    sessions = []

    def text(value: str | None, key: str) -> str | None:
        return redactor.text(value, sheet_s, labels_s[key])

    for s in _plain_rows(session, DialogueSession):
        titles[s.id] = s.title
        orgs = _named(involved[s.id])
        sessions.append(
            [
                s.id,
                text(s.title, "title"),
                enum(s.kind),
                s.starts_at,
                s.ends_at,
                s.online,
                text(s.location, "location"),
                org_names.get(s.organiser_id, "") if s.organiser_id else "",
                "; ".join(name for name, _ in orgs),
                person_ref(s.facilitator_id, sheet_s, labels_s["facilitator"]),
                enum(s.status),
                text(s.background, "background"),
                text(s.goal, "goal"),
                text("\n".join(items[(s.id, SessionItemKind.QUESTION)]), "questions"),
                text("\n".join(items[(s.id, SessionItemKind.DISCUSSION)]), "discussion"),
                text("\n".join(items[(s.id, SessionItemKind.SUB_QUESTION)]), "sub_questions"),
                text(s.roles, "roles"),
                text(s.outcomes, "outcomes"),
                text(s.decisions, "decisions"),
                s.organiser_id,
                "; ".join(str(oid) for _, oid in orgs),
                s.facilitator_id,
            ]
        )
    sheet_pa = wf.PARTICIPANTS.label(language)
    person_pa, role_pa = (wf.PARTICIPANTS.columns[i].label(language) for i in (4, 5))
    participants = [
        [
            sp.id,
            sp.session_id,
            titles.get(sp.session_id, ""),
            sp.person_id,
            person_ref(sp.person_id, sheet_pa, person_pa) if sp.person_id else "",
            redactor.text(sp.role, sheet_pa, role_pa),
            enum(sp.attendance),
        ]
        for sp in _plain_rows(session, SessionParticipant)
    ]
    waves = dict(session.execute(select(OutreachWave.id, OutreachWave.name)).all())
    sheet_ac = wf.ACTIONS.label(language)
    description_ac, owner_ac, person_ac = (
        wf.ACTIONS.columns[i].label(language) for i in (1, 2, 10)
    )
    actions = [
        [
            a.id,
            redactor.text(a.description, sheet_ac, description_ac),
            person_ref(a.owner_id, sheet_ac, owner_ac),
            a.due_on,
            enum(a.status),
            a.done_on,
            org_names.get(a.organisation_id, "") if a.organisation_id else "",
            a.session_id,
            titles.get(a.session_id, "") if a.session_id else "",
            a.person_id,
            person_ref(a.person_id, sheet_ac, person_ac),
            a.wave_id,
            waves.get(a.wave_id, "") if a.wave_id else "",
            a.owner_id,
            a.organisation_id,
        ]
        for a in _plain_rows(session, Action)
    ]
    sheet_ou = wf.OUTREACH.label(language)
    outreach = [
        [
            e.id,
            waves.get(e.wave_id, ""),
            org_names.get(e.organisation_id, ""),
            e.asked_on,
            enum(e.response),
            e.done_on,
            e.reach_achieved,
            redactor.text(e.notes, sheet_ou, wf.OUTREACH.columns[7].label(language)),
            e.organisation_id,
        ]
        for e in _plain_rows(session, OutreachEntry)
    ]
    return {
        wf.SESSIONS.key: sessions,
        wf.PARTICIPANTS.key: participants,
        wf.ACTIONS.key: actions,
        wf.OUTREACH_WAVES.key: _wave_rows(session, language, redactor),
        wf.OUTREACH.key: outreach,
        wf.CONTACT_MOMENTS.key: _contact_moment_rows(
            session, language, redactor, person_ref, org_names
        ),
    }


def _wave_rows(session: Session, language: str, redactor: _Redactor) -> list[list[Any]]:
    """Outreach waves with their message, period, target groups and channels."""
    sheet = wf.OUTREACH_WAVES.label(language)
    labels = {c.key: c.label(language) for c in wf.OUTREACH_WAVES.columns}
    groups: dict[int, list[str]] = defaultdict(list)
    for wid, name in session.execute(
        select(OutreachWaveTargetGroup.wave_id, TargetGroup.name).join(TargetGroup)
    ):
        groups[wid].append(name)
    channels: dict[int, list[str]] = defaultdict(list)
    for wid, channel in session.execute(
        select(OutreachWaveChannel.wave_id, OutreachWaveChannel.channel)
    ):
        channels[wid].append(wf.enum_label(channel, language))
    return [
        [
            w.id,
            w.name,
            redactor.text(w.message, sheet, labels["message"]),
            w.starts_on,
            w.ends_on,
            _joined(groups[w.id]),
            _joined(channels[w.id]),
            redactor.text(w.notes, sheet, labels["notes"]),
        ]
        for w in session.execute(
            select(
                OutreachWave.id,
                OutreachWave.name,
                OutreachWave.message,
                OutreachWave.starts_on,
                OutreachWave.ends_on,
                OutreachWave.notes,
            ).order_by(OutreachWave.id)
        )
    ]


def _contact_moment_rows(
    session: Session,
    language: str,
    redactor: _Redactor,
    person_ref: Any,
    org_names: dict[int, str],
) -> list[list[Any]]:
    """Contact moments with their organisation and people by name (last contact derives from them)."""
    sheet = wf.CONTACT_MOMENTS.label(language)
    labels = {c.key: c.label(language) for c in wf.CONTACT_MOMENTS.columns}
    people: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for mid, pid in session.execute(
        select(ContactMomentPerson.contact_moment_id, ContactMomentPerson.person_id)
    ):
        people[mid].append((person_ref(pid, sheet, labels["people"]), pid))
    rows = []
    for m in session.execute(select(ContactMoment).order_by(ContactMoment.id)).scalars():
        linked = _named(people[m.id])
        rows.append(
            [
                m.id,
                m.happened_on,
                wf.enum_label(m.channel, language),
                org_names.get(m.organisation_id, "") if m.organisation_id else "",
                "; ".join(name for name, _ in linked),
                redactor.text(m.summary, sheet, labels["summary"]),
                m.organisation_id,
                "; ".join(str(pid) for _, pid in linked),
            ]
        )
    return rows


def _coverage_rows(session: Session) -> list[list[Any]]:
    """Sector × target group: active partners and their summed reach in the group."""
    sector_of: dict[int, set[int]] = defaultdict(set)
    for oid, sid in session.execute(
        select(Organisation.id, Organisation.primary_sector_id).where(
            Organisation.status == PartnershipStatus.ACTIVE,
            Organisation.primary_sector_id.is_not(None),
        )
    ):
        if sid is not None:
            sector_of[oid].add(sid)
    for oid, sid in session.execute(
        select(OrganisationSector.organisation_id, OrganisationSector.sector_id)
        .join(Organisation, Organisation.id == OrganisationSector.organisation_id)
        .where(Organisation.status == PartnershipStatus.ACTIVE)
    ):
        sector_of[oid].add(sid)
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    sectors = dict(session.execute(select(Sector.id, Sector.name)).all())
    for oid, tg_name, reach in session.execute(
        select(
            OrganisationTargetGroup.organisation_id,
            TargetGroup.name,
            OrganisationTargetGroup.reach,
        ).join(TargetGroup)
    ):
        for sid in sector_of.get(oid, ()):
            cell = cells[(sectors[sid], tg_name)]
            cell[0] += 1
            cell[1] += reach or 0
    return [
        [sector, group, count, reach]
        for (sector, group), (count, reach) in sorted(
            cells.items(), key=lambda kv: (fold(kv[0][0]), fold(kv[0][1]))
        )
    ]


# --- writing --------------------------------------------------------------------------


def _write_xlsx(
    target: Path, data: _Data, privacy: Privacy, language: str, scope: ExportScope
) -> ExportResult:
    sheets = []
    for spec in wf.ALL_SHEETS:
        if spec.key not in data.rows:
            continue
        choices = {
            index: [wf.enum_label(member, language) for member in column.choices]
            for index, column in enumerate(spec.columns)
            if column.choices is not None
        }
        sheets.append(
            Sheet(
                spec.label(language),
                spec.headers(language),
                data.rows[spec.key],
                spec.kinds(),
                choices,
            )
        )
    redactions = data.redaction_lines(language)
    if privacy is Privacy.WOO:
        header = (
            ["Sheet, column: what was redacted"]
            if language != "nl"
            else ["Blad, kolom: wat is gelakt"]
        )
        rows: Sequence[Sequence[Any]] = [[line] for line in redactions] or [
            [
                "Nothing needed redacting."
                if language != "nl"
                else "Er hoefde niets gelakt te worden."
            ]
        ]
        sheets.append(Sheet("Redactions" if language != "nl" else "Gelakt", header, rows))
    keys = {k: (en, nl) for k, (en, nl) in wf.ABOUT_KEYS.items()}

    def about_label(key: str) -> str:
        en, nl = keys[key]
        return nl if language == "nl" else en

    about = {
        about_label("format"): wf.FORMAT_VERSION,
        about_label("exported_at"): utcnow().isoformat(),
        about_label("application"): f"partnerdesk {__version__}",
        about_label("privacy"): privacy.value,
        about_label("scope"): "everything" if scope.everything else "current filter",
    }
    report = write_workbook(
        target, sheets, about=about, about_title=wf.ABOUT_NL if language == "nl" else wf.ABOUT_EN
    )
    return ExportResult(target, dict(report.rows_written), redactions, list(report.notes))


def _write_vcf(target: Path, data: _Data) -> ExportResult:
    from partnerdesk.exchange.vcard import write_vcards

    write_vcards(target, data.vcards)
    return ExportResult(target, {"people": len(data.vcards)}, data.redaction_lines("en"))

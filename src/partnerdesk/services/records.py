"""Plain frozen records that cross the service boundary (inputs are *Draft*, outputs *Record*)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from partnerdesk.domain.enums import (
    ActionStatus,
    Attendance,
    Channel,
    ContactChannel,
    LawfulBasis,
    OrganisationKind,
    OutreachResponse,
    PartnershipStatus,
    Priority,
    SessionKind,
    SessionStatus,
)
from partnerdesk.domain.names import PersonName


def _draft_fields(record: object, draft_class: type) -> dict[str, object]:
    names = {f.name for f in dataclasses.fields(draft_class)}
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.name in names}  # type: ignore[arg-type]


# --- reference data --------------------------------------------------------------


@dataclass(frozen=True)
class SectorDraft:
    name: str
    description: str | None = None
    priority: Priority = Priority.MEDIUM
    estimated_size: int | None = None


@dataclass(frozen=True)
class SectorRecord(SectorDraft):
    id: int = 0
    version: int = 1

    def to_draft(self) -> SectorDraft:
        return SectorDraft(**_draft_fields(self, SectorDraft))  # type: ignore[arg-type]


@dataclass(frozen=True)
class TargetGroupDraft:
    name: str
    description: str | None = None
    priority: Priority = Priority.MEDIUM


@dataclass(frozen=True)
class TargetGroupRecord(TargetGroupDraft):
    id: int = 0
    version: int = 1

    def to_draft(self) -> TargetGroupDraft:
        return TargetGroupDraft(**_draft_fields(self, TargetGroupDraft))  # type: ignore[arg-type]


# --- organisations -----------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationDraft:
    name: str
    kind: OrganisationKind = OrganisationKind.COMPANY
    status: PartnershipStatus = PartnershipStatus.PROSPECT
    primary_sector_id: int | None = None
    #: further sectors, beside the primary one
    sector_ids: tuple[int, ...] = ()
    reach: int | None = None
    reach_note: str | None = None
    website: str | None = None
    city: str | None = None
    notes: str | None = None
    tags: tuple[str, ...] = ()
    channels: tuple[Channel, ...] = ()
    #: target group id -> reach in that group (None when unknown)
    target_groups: tuple[tuple[int, int | None], ...] = ()
    #: networks/alliances this organisation is a member of
    network_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class OrganisationRecord(OrganisationDraft):
    id: int = 0
    version: int = 1
    primary_sector_name: str | None = None
    sector_names: tuple[str, ...] = ()
    target_group_names: tuple[str, ...] = ()
    network_names: tuple[str, ...] = ()
    last_contact: dt.date | None = None
    people_count: int = 0
    updated_at: dt.datetime | None = None

    def to_draft(self) -> OrganisationDraft:
        return OrganisationDraft(**_draft_fields(self, OrganisationDraft))  # type: ignore[arg-type]


# --- people ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AffiliationDraft:
    organisation_id: int
    role: str | None = None
    is_primary: bool = True
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class AffiliationRecord(AffiliationDraft):
    id: int = 0
    organisation_name: str = ""
    person_id: int = 0
    person_name: str = ""


@dataclass(frozen=True)
class PersonDraft:
    given_name: str | None = None
    name_particle: str | None = None
    family_name: str | None = None
    email: str | None = None
    phone: str | None = None
    job_title: str | None = None
    is_internal: bool = False
    directorate: str | None = None
    public_role: bool = False
    notes: str | None = None
    lawful_basis: LawfulBasis | None = None
    data_source: str | None = None
    do_not_contact: bool = False
    tags: tuple[str, ...] = ()
    affiliations: tuple[AffiliationDraft, ...] = ()


@dataclass(frozen=True)
class PersonRecord(PersonDraft):
    id: int = 0
    version: int = 1
    erased: bool = False
    affiliation_records: tuple[AffiliationRecord, ...] = ()
    updated_at: dt.datetime | None = None

    @property
    def name(self) -> PersonName:
        return PersonName(self.given_name or "", self.name_particle or "", self.family_name or "")

    @property
    def display_name(self) -> str:
        return self.name.display

    def to_draft(self) -> PersonDraft:
        return PersonDraft(**_draft_fields(self, PersonDraft))  # type: ignore[arg-type]


# --- sessions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantDraft:
    person_id: int | None
    role: str | None = None
    attendance: Attendance = Attendance.INVITED


@dataclass(frozen=True)
class ParticipantRecord(ParticipantDraft):
    id: int = 0
    #: "participant removed" placeholder when erased
    person_name: str = ""
    is_internal: bool = False
    organisation_name: str | None = None
    directorate: str | None = None
    job_title: str | None = None
    email: str | None = None
    public_role: bool = False


@dataclass(frozen=True)
class SessionDraft:
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    kind: SessionKind = SessionKind.DIALOGUE
    online: bool = False
    location: str | None = None
    organiser_id: int | None = None
    facilitator_id: int | None = None
    status: SessionStatus = SessionStatus.PLANNED
    background: str | None = None
    goal: str | None = None
    roles: str | None = None
    outcomes: str | None = None
    decisions: str | None = None
    questions: tuple[str, ...] = ()
    discussion_points: tuple[str, ...] = ()
    sub_questions: tuple[str, ...] = ()
    participants: tuple[ParticipantDraft, ...] = ()
    organisation_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class SessionRecord(SessionDraft):
    id: int = 0
    version: int = 1
    organiser_name: str | None = None
    facilitator_name: str | None = None
    participant_records: tuple[ParticipantRecord, ...] = ()
    organisation_names: tuple[str, ...] = ()

    def to_draft(self) -> SessionDraft:
        return SessionDraft(**_draft_fields(self, SessionDraft))  # type: ignore[arg-type]


@dataclass(frozen=True)
class ParticipantChoice:
    """A person offered in the participant picker."""

    id: int
    #: directory order, "Berg, Jan van der"
    name: str
    is_internal: bool
    #: directorate (ministry) or primary organisation (partners)
    works_at: str | None


@dataclass(frozen=True)
class SessionFilter:
    """What the session list shows: a period (inclusive days), organisation, kind, status, text."""

    starts_from: dt.date | None = None
    starts_until: dt.date | None = None
    organisation_id: int | None = None
    kind: SessionKind | None = None
    status: SessionStatus | None = None
    text: str | None = None


@dataclass(frozen=True)
class SessionRow:
    """One line of the session list."""

    id: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    kind: SessionKind
    status: SessionStatus
    online: bool
    location: str | None
    organiser_name: str | None
    participant_count: int


# --- actions, contact moments, outreach -----------------------------------------------


@dataclass(frozen=True)
class ActionDraft:
    description: str
    owner_id: int | None = None
    due_on: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    session_id: int | None = None
    organisation_id: int | None = None
    person_id: int | None = None
    wave_id: int | None = None


@dataclass(frozen=True)
class ActionRecord(ActionDraft):
    id: int = 0
    version: int = 1
    done_on: dt.date | None = None
    owner_name: str | None = None
    session_title: str | None = None
    organisation_name: str | None = None
    person_name: str | None = None
    wave_name: str | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.status == ActionStatus.OPEN and self.due_on is not None and self.due_on < today

    def to_draft(self) -> ActionDraft:
        return ActionDraft(**_draft_fields(self, ActionDraft))  # type: ignore[arg-type]


@dataclass(frozen=True)
class ActionFilter:
    """What the action list shows; ``overdue_only`` means open and past its due date."""

    owner_id: int | None = None
    status: ActionStatus | None = None
    overdue_only: bool = False
    session_id: int | None = None
    organisation_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class ActionRow:
    """One line of the action list."""

    id: int
    description: str
    owner_name: str | None
    due_on: dt.date | None
    status: ActionStatus
    linked_to: str | None
    overdue: bool


@dataclass(frozen=True)
class ContactMomentDraft:
    happened_on: dt.date
    channel: ContactChannel
    summary: str | None = None
    organisation_id: int | None = None
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ContactMomentRecord(ContactMomentDraft):
    id: int = 0
    version: int = 1
    organisation_name: str | None = None
    person_names: tuple[str, ...] = ()

    def to_draft(self) -> ContactMomentDraft:
        return ContactMomentDraft(**_draft_fields(self, ContactMomentDraft))  # type: ignore[arg-type]


@dataclass(frozen=True)
class OutreachWaveDraft:
    name: str
    message: str | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    notes: str | None = None
    target_group_ids: tuple[int, ...] = ()
    channels: tuple[Channel, ...] = ()


@dataclass(frozen=True)
class OutreachEntryRecord:
    id: int
    wave_id: int
    organisation_id: int
    organisation_name: str
    asked_on: dt.date | None
    response: OutreachResponse
    done_on: dt.date | None
    reach_achieved: int | None
    notes: str | None
    version: int = 1


@dataclass(frozen=True)
class OutreachWaveRecord(OutreachWaveDraft):
    id: int = 0
    version: int = 1
    entries: tuple[OutreachEntryRecord, ...] = field(default=())

    def to_draft(self) -> OutreachWaveDraft:
        return OutreachWaveDraft(**_draft_fields(self, OutreachWaveDraft))  # type: ignore[arg-type]


# --- history ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeRecord:
    id: int
    batch_id: int
    at: dt.datetime
    entity: str
    entity_id: int | None
    operation: str
    field: str | None
    old_value: object
    new_value: object
    batch_kind: str
    batch_label: str | None

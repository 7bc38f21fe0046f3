"""The stored shape of the domain (SQLAlchemy 2 typed declarative, dialect-neutral)."""

# NOTE: no ``from __future__ import annotations`` in this module: SQLAlchemy would evaluate
# every ``Mapped[...]`` annotation from its string at import (6 ms of each start). Only the
# relationships to classes defined further down are quoted.

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from partnerdesk.domain.enums import (
    ActionStatus,
    Attendance,
    BatchKind,
    ChangeOperation,
    Channel,
    ContactChannel,
    LawfulBasis,
    MergeEntity,
    OrganisationKind,
    OutreachResponse,
    PartnershipStatus,
    Priority,
    SessionItemKind,
    SessionKind,
    SessionStatus,
)

# Constraint names are fixed so Alembic (and SQLite batch mode) can address them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: the people a list shows: those whose personal data was not erased
LIVE_PEOPLE = "erased_at IS NULL"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def enum_type(enum_class: type[StrEnum]) -> Enum:
    """A portable enumeration column: a string with a CHECK of the allowed values."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [member.value for member in members],
        name=enum_class.__name__.lower(),
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {str: String(200), dt.datetime: DateTime(), dt.date: Date()}


class Versioned:
    """Editable records carry a version for optimistic locking and timestamps."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


# --- reference data ---------------------------------------------------------


class Sector(Versioned, Base):
    __tablename__ = "sector"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[Priority] = mapped_column(enum_type(Priority), default=Priority.MEDIUM)
    estimated_size: Mapped[int | None] = mapped_column(BigInteger)
    __table_args__ = (CheckConstraint("estimated_size >= 0", name="size_not_negative"),)


class TargetGroup(Versioned, Base):
    __tablename__ = "target_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[Priority] = mapped_column(enum_type(Priority), default=Priority.MEDIUM)


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


# --- organisations -----------------------------------------------------------


class Organisation(Versioned, Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    #: folded name without legal forms, for sorting and duplicate matching
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_type(OrganisationKind), default=OrganisationKind.COMPANY
    )
    status: Mapped[PartnershipStatus] = mapped_column(
        enum_type(PartnershipStatus), default=PartnershipStatus.PROSPECT, index=True
    )
    primary_sector_id: Mapped[int | None] = mapped_column(
        ForeignKey("sector.id", ondelete="SET NULL"), index=True
    )
    reach: Mapped[int | None] = mapped_column(BigInteger)
    reach_note: Mapped[str | None] = mapped_column(String(500))
    website: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)

    primary_sector: Mapped["Sector | None"] = relationship(lazy="joined")
    sector_links: Mapped[list["OrganisationSector"]] = relationship(
        cascade="all, delete-orphan", back_populates="organisation"
    )
    target_group_links: Mapped[list["OrganisationTargetGroup"]] = relationship(
        cascade="all, delete-orphan", back_populates="organisation"
    )
    channel_links: Mapped[list["OrganisationChannel"]] = relationship(
        cascade="all, delete-orphan", back_populates="organisation"
    )
    tag_links: Mapped[list["OrganisationTag"]] = relationship(
        cascade="all, delete-orphan", back_populates="organisation"
    )
    affiliations: Mapped[list["Affiliation"]] = relationship(
        cascade="all, delete-orphan", back_populates="organisation"
    )

    __table_args__ = (CheckConstraint("reach >= 0", name="reach_not_negative"),)


class OrganisationSector(Base):
    """Further sectors of an organisation, beside its primary one."""

    __tablename__ = "organisation_sector"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    sector_id: Mapped[int] = mapped_column(
        ForeignKey("sector.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    organisation: Mapped["Organisation"] = relationship(back_populates="sector_links")
    sector: Mapped["Sector"] = relationship(lazy="joined")


class OrganisationTargetGroup(Base):
    """A target group an organisation reaches, with the reach in that group."""

    __tablename__ = "organisation_target_group"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    target_group_id: Mapped[int] = mapped_column(
        ForeignKey("target_group.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    reach: Mapped[int | None] = mapped_column(BigInteger)
    organisation: Mapped["Organisation"] = relationship(back_populates="target_group_links")
    target_group: Mapped["TargetGroup"] = relationship(lazy="joined")
    __table_args__ = (CheckConstraint("reach >= 0", name="reach_not_negative"),)


class OrganisationChannel(Base):
    __tablename__ = "organisation_channel"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    channel: Mapped[Channel] = mapped_column(enum_type(Channel), primary_key=True)
    organisation: Mapped["Organisation"] = relationship(back_populates="channel_links")


class OrganisationTag(Base):
    __tablename__ = "organisation_tag"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    organisation: Mapped["Organisation"] = relationship(back_populates="tag_links")
    tag: Mapped["Tag"] = relationship(lazy="joined")


class NetworkMembership(Base):
    """An organisation that is a member of a network or alliance (itself an organisation)."""

    __tablename__ = "network_membership"
    network_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    __table_args__ = (CheckConstraint("network_id <> member_id", name="not_own_member"),)


# --- people ------------------------------------------------------------------


class Person(Versioned, Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str | None] = mapped_column(String(120))
    name_particle: Mapped[str | None] = mapped_column(String(40))
    family_name: Mapped[str | None] = mapped_column(String(160))
    #: folded "family given particle": Dutch directory order, accents ignored
    sort_key: Mapped[str] = mapped_column(String(400), index=True, default="")
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    #: digits in international form, for matching ("+31612345678")
    phone_key: Mapped[str | None] = mapped_column(String(20), index=True)
    job_title: Mapped[str | None] = mapped_column(String(200))
    is_internal: Mapped[bool] = mapped_column(Boolean, default=False)
    #: internal people: the directorate of the own ministry
    directorate: Mapped[str | None] = mapped_column(String(160))
    #: a minister or spokesperson, whose name is not redacted in Woo output
    public_role: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    lawful_basis: Mapped[LawfulBasis | None] = mapped_column(enum_type(LawfulBasis))
    data_source: Mapped[str | None] = mapped_column(String(300))
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    #: set when the personal data was erased on request; the row stays as a placeholder
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    affiliations: Mapped[list["Affiliation"]] = relationship(
        cascade="all, delete-orphan", back_populates="person"
    )
    tag_links: Mapped[list["PersonTag"]] = relationship(
        cascade="all, delete-orphan", back_populates="person"
    )

    __table_args__ = (
        # the people list counts and pages the people not erased (migration 0002); its
        # condition on PostgreSQL is added with the server's engine (use_postgresql)
        Index("ix_person_live_sort_key", "sort_key", sqlite_where=text(LIVE_PEOPLE)),
    )


class PersonTag(Base):
    __tablename__ = "person_tag"
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    person: Mapped["Person"] = relationship(back_populates="tag_links")
    tag: Mapped["Tag"] = relationship(lazy="joined")


class Affiliation(Base):
    """A person's role at an organisation."""

    __tablename__ = "affiliation"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(200))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=True)
    since: Mapped[dt.date | None] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)
    person: Mapped["Person"] = relationship(back_populates="affiliations")
    organisation: Mapped["Organisation"] = relationship(back_populates="affiliations")
    __table_args__ = (
        UniqueConstraint("person_id", "organisation_id", "role", name="uq_affiliation_role"),
        CheckConstraint("until IS NULL OR since IS NULL OR until >= since", name="period"),
    )


# --- dialogue sessions ----------------------------------------------------------


class DialogueSession(Versioned, Base):
    __tablename__ = "dialogue_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[SessionKind] = mapped_column(enum_type(SessionKind), default=SessionKind.DIALOGUE)
    #: local wall-clock time (Europe/Amsterdam)
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column()
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    location: Mapped[str | None] = mapped_column(String(300))
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    facilitator_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[SessionStatus] = mapped_column(
        enum_type(SessionStatus), default=SessionStatus.PLANNED
    )
    background: Mapped[str | None] = mapped_column(Text)
    goal: Mapped[str | None] = mapped_column(Text)
    roles: Mapped[str | None] = mapped_column(Text)
    outcomes: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)

    items: Mapped[list["SessionItem"]] = relationship(
        cascade="all, delete-orphan", order_by="SessionItem.position", back_populates="session"
    )
    participants: Mapped[list["SessionParticipant"]] = relationship(
        cascade="all, delete-orphan", back_populates="session"
    )
    organisation_links: Mapped[list["SessionOrganisation"]] = relationship(
        cascade="all, delete-orphan", back_populates="session"
    )
    __table_args__ = (
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ends_after_start"),
    )


class SessionItem(Base):
    """One line of an ordered list in a session: a question, a discussion point, a sub-question."""

    __tablename__ = "session_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("dialogue_session.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[SessionItemKind] = mapped_column(enum_type(SessionItemKind))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    session: Mapped["DialogueSession"] = relationship(back_populates="items")
    __table_args__ = (CheckConstraint("position >= 0", name="position_not_negative"),)


class SessionParticipant(Base):
    __tablename__ = "session_participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("dialogue_session.id", ondelete="CASCADE"), index=True
    )
    #: NULL once the person was erased: the session shows "participant removed"
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(200))
    attendance: Mapped[Attendance] = mapped_column(
        enum_type(Attendance), default=Attendance.INVITED
    )
    session: Mapped["DialogueSession"] = relationship(back_populates="participants")
    person: Mapped["Person | None"] = relationship()
    __table_args__ = (UniqueConstraint("session_id", "person_id", name="uq_participant_person"),)


class SessionOrganisation(Base):
    """An organisation involved in a session."""

    __tablename__ = "session_organisation"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("dialogue_session.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    session: Mapped["DialogueSession"] = relationship(back_populates="organisation_links")
    organisation: Mapped["Organisation"] = relationship()


# --- outreach, actions, contact moments ---------------------------------------------


class OutreachWave(Versioned, Base):
    __tablename__ = "outreach_wave"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    message: Mapped[str | None] = mapped_column(Text)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    entries: Mapped[list["OutreachEntry"]] = relationship(
        cascade="all, delete-orphan", back_populates="wave"
    )
    __table_args__ = (
        CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="period"
        ),
    )


class OutreachWaveTargetGroup(Base):
    __tablename__ = "outreach_wave_target_group"
    wave_id: Mapped[int] = mapped_column(
        ForeignKey("outreach_wave.id", ondelete="CASCADE"), primary_key=True
    )
    target_group_id: Mapped[int] = mapped_column(
        ForeignKey("target_group.id", ondelete="CASCADE"), primary_key=True
    )


class OutreachWaveChannel(Base):
    __tablename__ = "outreach_wave_channel"
    wave_id: Mapped[int] = mapped_column(
        ForeignKey("outreach_wave.id", ondelete="CASCADE"), primary_key=True
    )
    channel: Mapped[Channel] = mapped_column(enum_type(Channel), primary_key=True)


class OutreachEntry(Versioned, Base):
    """One organisation in a wave: asked, response, done, reach achieved."""

    __tablename__ = "outreach_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    wave_id: Mapped[int] = mapped_column(
        ForeignKey("outreach_wave.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    asked_on: Mapped[dt.date | None] = mapped_column(Date)
    response: Mapped[OutreachResponse] = mapped_column(
        enum_type(OutreachResponse), default=OutreachResponse.PENDING
    )
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    reach_achieved: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str | None] = mapped_column(Text)
    wave: Mapped["OutreachWave"] = relationship(back_populates="entries")
    organisation: Mapped["Organisation"] = relationship()
    __table_args__ = (
        UniqueConstraint("wave_id", "organisation_id", name="uq_outreach_entry_org"),
        CheckConstraint("reach_achieved >= 0", name="reach_not_negative"),
    )


class Action(Versioned, Base):
    """A follow-up with an owner and a due date."""

    __tablename__ = "action"
    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        enum_type(ActionStatus), default=ActionStatus.OPEN, index=True
    )
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("dialogue_session.id", ondelete="SET NULL"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    wave_id: Mapped[int | None] = mapped_column(
        ForeignKey("outreach_wave.id", ondelete="SET NULL"), index=True
    )


class ContactMoment(Versioned, Base):
    __tablename__ = "contact_moment"
    id: Mapped[int] = mapped_column(primary_key=True)
    happened_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[ContactChannel] = mapped_column(enum_type(ContactChannel))
    summary: Mapped[str | None] = mapped_column(Text)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    person_links: Mapped[list["ContactMomentPerson"]] = relationship(cascade="all, delete-orphan")


class ContactMomentPerson(Base):
    __tablename__ = "contact_moment_person"
    contact_moment_id: Mapped[int] = mapped_column(
        ForeignKey("contact_moment.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )


# --- history, merges, imports -----------------------------------------------------


class ChangeBatch(Base):
    """One user action, import, merge or erasure: the unit that undo works on."""

    __tablename__ = "change_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    kind: Mapped[BatchKind] = mapped_column(enum_type(BatchKind), default=BatchKind.EDIT)
    label: Mapped[str | None] = mapped_column(String(300))
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Change(Base):
    """One field of one record changed (or a record created or deleted)."""

    __tablename__ = "change"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("change_batch.id", ondelete="CASCADE"), index=True
    )
    #: not indexed: history is read by record, by batch or by id (migration 0003)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    operation: Mapped[ChangeOperation] = mapped_column(enum_type(ChangeOperation))
    field: Mapped[str | None] = mapped_column(String(60))
    #: JSON text of the old and new values
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_change_entity", "entity", "entity_id"),)


class Merge(Base):
    """Two records merged into one; the snapshot lets the merge be undone later."""

    __tablename__ = "merge"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[MergeEntity] = mapped_column(enum_type(MergeEntity))
    survivor_id: Mapped[int] = mapped_column(Integer, index=True)
    merged_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: JSON: the merged record's fields and every link that moved
    snapshot: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class DistinctPair(Base):
    """Two records the coordinator said are not duplicates (lower id first)."""

    __tablename__ = "distinct_pair"
    entity: Mapped[MergeEntity] = mapped_column(enum_type(MergeEntity), primary_key=True)
    first_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    second_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    __table_args__ = (CheckConstraint("first_id < second_id", name="ordered"),)


class ImportMapping(Base):
    """A corrected column mapping, remembered for sheets with the same headers."""

    __tablename__ = "import_mapping"
    id: Mapped[int] = mapped_column(primary_key=True)
    signature: Mapped[str] = mapped_column(String(64), unique=True)
    mapping: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SearchEntry(Base):
    """Folded text of a searchable record; the dialect's full-text index sits on top (search.py)."""

    __tablename__ = "search_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("entity", "entity_id", name="uq_search_entry_record"),)


#: server-side "now" for raw SQL that needs it
NOW = func.current_timestamp()


def use_postgresql() -> None:
    """Give the partial indexes their PostgreSQL condition (before a server's engine is used).

    NOTE: an index option for a dialect makes SQLAlchemy import that dialect to check it, and
    the PostgreSQL dialect with its drivers' modules took 15 ms of every start on a data file.
    So the option is set only when a server is used; setting it again changes nothing.
    """
    people = Base.metadata.tables["person"]
    index = next(i for i in people.indexes if i.name == "ix_person_live_sort_key")
    index.dialect_options["postgresql"]["where"] = text(LIVE_PEOPLE)

"""Organisations: partners and prospects, their sectors, reach, channels and tags."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from partnerdesk.domain.contact import normalise_website
from partnerdesk.domain.enums import ChangeOperation
from partnerdesk.domain.organisations import name_key
from partnerdesk.errors import ValidationError
from partnerdesk.persistence import snapshots, versioning
from partnerdesk.persistence.models import (
    Affiliation,
    ContactMoment,
    DialogueSession,
    NetworkMembership,
    Organisation,
    OrganisationChannel,
    OrganisationSector,
    OrganisationTag,
    OrganisationTargetGroup,
    Sector,
    SessionOrganisation,
    TargetGroup,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.common import (
    check_version,
    get_or_raise,
    non_negative,
    optional_text,
    record_change,
    require_text,
    tags_for,
)
from partnerdesk.services.records import OrganisationDraft, OrganisationRecord


def create_organisation(uow: UnitOfWork, draft: OrganisationDraft) -> OrganisationRecord:
    with uow:
        org = Organisation()
        _apply(uow.session, org, draft)
        uow.session.add(org)
        uow.flush()
        _apply_links(uow.session, org, draft)
        uow.commit()
        return _read(uow.session, org.id)


def get_organisation(uow: UnitOfWork, organisation_id: int) -> OrganisationRecord:
    with uow:
        return _read(uow.session, organisation_id)


def update_organisation(
    uow: UnitOfWork,
    organisation_id: int,
    draft: OrganisationDraft,
    expected_version: int | None = None,
) -> OrganisationRecord:
    """Save the whole draft; refused when the record changed since ``expected_version``."""
    with uow:
        org = get_or_raise(uow.session, Organisation, organisation_id)
        if expected_version is not None and org.version != expected_version:
            current = _read(uow.session, organisation_id).to_draft()
            changed = _differences(draft, current)
            check_version(org, expected_version, changed)
        _apply(uow.session, org, draft)
        _apply_links(uow.session, org, draft)
        uow.commit()
        return _read(uow.session, organisation_id)


def delete_organisation(
    uow: UnitOfWork, organisation_id: int, expected_version: int | None = None
) -> dict[str, Any]:
    """Delete, returning a snapshot that ``restore_organisation`` puts back (undo)."""
    with uow:
        org = get_or_raise(uow.session, Organisation, organisation_id)
        check_version(org, expected_version)
        snapshot = snapshots.take(uow.session, "organisation", organisation_id)
        uow.session.delete(org)
        uow.commit()
        return snapshot


def restore_organisation(uow: UnitOfWork, snapshot: dict[str, Any]) -> OrganisationRecord:
    with uow:
        snapshots.restore(uow.session, snapshot)
        org_id = snapshot["row"]["id"]
        record_change(
            uow.session, "organisation", org_id, ChangeOperation.CREATE, new=snapshot["row"]
        )
        touched = uow.session.info.setdefault("touched", {})
        touched.setdefault("organisation", set()).add(org_id)
        uow.commit()
        return _read(uow.session, org_id)


def list_organisation_names(uow: UnitOfWork) -> list[tuple[int, str]]:
    """(id, name) of every organisation, by name: for pickers."""
    with uow:
        return [
            (row[0], row[1])
            for row in uow.session.execute(
                select(Organisation.id, Organisation.name).order_by(
                    Organisation.name_key, Organisation.id
                )
            )
        ]


def last_contact_dates(
    session: Session, organisation_ids: list[int] | Select[Any] | None = None
) -> dict[int, dt.date]:
    """Last contact per organisation, derived from held sessions and contact moments.

    ``organisation_ids`` limits it to those organisations: a list, or a query of their ids.
    """
    moment = select(ContactMoment.organisation_id, func.max(ContactMoment.happened_on)).where(
        ContactMoment.organisation_id.is_not(None)
    )
    involved = (
        select(SessionOrganisation.organisation_id, func.max(DialogueSession.starts_at))
        .join(DialogueSession, DialogueSession.id == SessionOrganisation.session_id)
        .where(
            DialogueSession.starts_at <= dt.datetime.now(), DialogueSession.status != "cancelled"
        )
    )
    organised = select(DialogueSession.organiser_id, func.max(DialogueSession.starts_at)).where(
        DialogueSession.organiser_id.is_not(None),
        DialogueSession.starts_at <= dt.datetime.now(),
        DialogueSession.status != "cancelled",
    )
    if organisation_ids is not None:
        moment = moment.where(ContactMoment.organisation_id.in_(organisation_ids))
        involved = involved.where(SessionOrganisation.organisation_id.in_(organisation_ids))
        organised = organised.where(DialogueSession.organiser_id.in_(organisation_ids))
    result: dict[int, dt.date] = {}
    for query in (
        moment.group_by(ContactMoment.organisation_id),
        involved.group_by(SessionOrganisation.organisation_id),
        organised.group_by(DialogueSession.organiser_id),
    ):
        for org_id, when in uow_rows(session, query):
            if when is None:
                continue
            day = when.date() if isinstance(when, dt.datetime) else when
            if isinstance(day, str):
                day = dt.date.fromisoformat(day[:10])
            if org_id not in result or day > result[org_id]:
                result[org_id] = day
    return result


def uow_rows(session: Session, query: Any) -> list[tuple[Any, Any]]:
    return [(row[0], row[1]) for row in session.execute(query)]


# --- internals -------------------------------------------------------------------------


def _apply(session: Session, org: Organisation, draft: OrganisationDraft) -> None:
    org.name = require_text(draft.name, "name", "The organisation's name")
    org.name_key = name_key(org.name)
    org.kind = draft.kind
    org.status = draft.status
    if draft.primary_sector_id is not None:
        get_or_raise(session, Sector, draft.primary_sector_id)
    org.primary_sector_id = draft.primary_sector_id
    org.reach = non_negative(draft.reach, "reach", "Reach")
    org.reach_note = optional_text(draft.reach_note, "reach_note", "The reach note", 500)
    org.website = normalise_website(draft.website)
    org.city = optional_text(draft.city, "city", "City", 120)
    org.notes = optional_text(draft.notes, "notes", "Notes")


def _apply_links(session: Session, org: Organisation, draft: OrganisationDraft) -> None:
    """Bring sectors, target groups, channels, tags and networks in line with the draft."""
    wanted_sectors = {s for s in draft.sector_ids if s != draft.primary_sector_id}
    for sector_id in wanted_sectors:
        get_or_raise(session, Sector, sector_id)
    org.sector_links = [link for link in org.sector_links if link.sector_id in wanted_sectors] + [
        OrganisationSector(sector_id=s)
        for s in sorted(wanted_sectors - {link.sector_id for link in org.sector_links})
    ]
    groups = dict(draft.target_groups)
    for group_id, reach in groups.items():
        get_or_raise(session, TargetGroup, group_id)
        non_negative(reach, "target_groups", "Reach in a target group")
    kept = []
    for tg_link in org.target_group_links:
        if tg_link.target_group_id in groups:
            tg_link.reach = groups.pop(tg_link.target_group_id)
            kept.append(tg_link)
    org.target_group_links = kept + [
        OrganisationTargetGroup(target_group_id=g, reach=r) for g, r in sorted(groups.items())
    ]
    channels = set(draft.channels)
    org.channel_links = [c for c in org.channel_links if c.channel in channels] + [
        OrganisationChannel(channel=c)
        for c in sorted(channels - {link.channel for link in org.channel_links})
    ]
    tags = tags_for(session, draft.tags)
    existing = {link.tag for link in org.tag_links}
    org.tag_links = [link for link in org.tag_links if link.tag in tags] + [
        OrganisationTag(tag=t) for t in tags if t not in existing
    ]
    _apply_networks(session, org, draft.network_ids)


def _apply_networks(session: Session, org: Organisation, network_ids: tuple[int, ...]) -> None:
    wanted = set(network_ids)
    if org.id in wanted:
        raise ValidationError("An organisation cannot be a member of itself.", "network_ids")
    for network_id in wanted:
        get_or_raise(session, Organisation, network_id)
    current = set(
        session.scalars(
            select(NetworkMembership.network_id).where(NetworkMembership.member_id == org.id)
        )
    )
    if current - wanted:
        versioning.touch(session, org)  # Core deletes below are not seen by the ORM
    for network_id in current - wanted:
        session.execute(
            delete(NetworkMembership).where(
                NetworkMembership.member_id == org.id, NetworkMembership.network_id == network_id
            )
        )
    for network_id in sorted(wanted - current):
        session.add(NetworkMembership(network_id=network_id, member_id=org.id))


def _differences(mine: OrganisationDraft, theirs: OrganisationDraft) -> dict[str, tuple[Any, Any]]:
    return {
        name: (getattr(mine, name), getattr(theirs, name))
        for name in mine.__dataclass_fields__
        if getattr(mine, name) != getattr(theirs, name)
    }


def _read(session: Session, organisation_id: int) -> OrganisationRecord:
    session.flush()
    org = get_or_raise(session, Organisation, organisation_id)
    session.refresh(org)
    networks = session.execute(
        select(Organisation.id, Organisation.name)
        .join(NetworkMembership, NetworkMembership.network_id == Organisation.id)
        .where(NetworkMembership.member_id == organisation_id)
        .order_by(Organisation.name_key)
    ).all()
    people = session.scalar(
        select(func.count(func.distinct(Affiliation.person_id))).where(
            Affiliation.organisation_id == organisation_id
        )
    )
    last = last_contact_dates(session, [organisation_id]).get(organisation_id)
    return OrganisationRecord(
        id=org.id,
        version=org.version,
        name=org.name,
        kind=org.kind,
        status=org.status,
        primary_sector_id=org.primary_sector_id,
        sector_ids=tuple(sorted(link.sector_id for link in org.sector_links)),
        reach=org.reach,
        reach_note=org.reach_note,
        website=org.website,
        city=org.city,
        notes=org.notes,
        tags=tuple(sorted((link.tag.name for link in org.tag_links), key=str.casefold)),
        channels=tuple(sorted(link.channel for link in org.channel_links)),
        target_groups=tuple(
            sorted((link.target_group_id, link.reach) for link in org.target_group_links)
        ),
        network_ids=tuple(row[0] for row in networks),
        primary_sector_name=org.primary_sector.name if org.primary_sector else None,
        sector_names=tuple(sorted(link.sector.name for link in org.sector_links)),
        target_group_names=tuple(sorted(link.target_group.name for link in org.target_group_links)),
        network_names=tuple(row[1] for row in networks),
        last_contact=last,
        people_count=int(people or 0),
        updated_at=org.updated_at,
    )

"""Outreach waves: asking a set of partners to carry a message, and tracking their answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from partnerdesk.domain.enums import OutreachResponse, PartnershipStatus
from partnerdesk.domain.text import fold
from partnerdesk.errors import ValidationError
from partnerdesk.persistence.models import (
    Organisation,
    OrganisationSector,
    OrganisationTag,
    OrganisationTargetGroup,
    OutreachEntry,
    OutreachWave,
    OutreachWaveChannel,
    OutreachWaveTargetGroup,
    Sector,
    Tag,
    TargetGroup,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.common import (
    check_version,
    draft_differences,
    get_or_raise,
    optional_text,
    require_text,
)
from partnerdesk.services.records import OutreachEntryRecord, OutreachWaveDraft, OutreachWaveRecord


def save_wave(
    uow: UnitOfWork,
    draft: OutreachWaveDraft,
    wave_id: int | None = None,
    organisation_ids: tuple[int, ...] = (),
    expected_version: int | None = None,
) -> OutreachWaveRecord:
    """Create (no id) or update a wave; ``organisation_ids`` are added as partners to ask."""
    with uow:
        name = require_text(draft.name, "name", "The wave's name")
        clash = uow.session.scalar(select(OutreachWave).where(OutreachWave.name == name))
        if clash is not None and clash.id != wave_id:
            raise ValidationError(f"There is already an outreach wave called “{name}”.", "name")
        if draft.starts_on and draft.ends_on and draft.ends_on < draft.starts_on:
            raise ValidationError("The wave cannot end before it starts.", "ends_on")
        wave = (
            OutreachWave() if wave_id is None else get_or_raise(uow.session, OutreachWave, wave_id)
        )
        check_version(
            wave,
            expected_version,
            lambda: draft_differences(draft, read_wave(uow.session, wave.id).to_draft()),
        )
        wave.name = name
        wave.message = optional_text(draft.message, "message", "Message")
        wave.starts_on = draft.starts_on
        wave.ends_on = draft.ends_on
        wave.notes = optional_text(draft.notes, "notes", "Notes")
        uow.session.add(wave)
        uow.flush()
        _set_links(uow.session, wave.id, draft)
        present = {e.organisation_id for e in wave.entries}
        for org_id in dict.fromkeys(organisation_ids):
            if org_id in present:
                continue
            get_or_raise(uow.session, Organisation, org_id)
            wave.entries.append(OutreachEntry(organisation_id=org_id))
        uow.commit()
        return read_wave(uow.session, wave.id)


def update_entry(
    uow: UnitOfWork,
    entry_id: int,
    *,
    asked_on: dt.date | None,
    response: OutreachResponse,
    done_on: dt.date | None,
    reach_achieved: int | None,
    notes: str | None = None,
    expected_version: int | None = None,
) -> OutreachEntryRecord:
    with uow:
        entry = get_or_raise(uow.session, OutreachEntry, entry_id)
        check_version(entry, expected_version)
        if reach_achieved is not None and reach_achieved < 0:
            raise ValidationError("Reach achieved cannot be negative.", "reach_achieved")
        entry.asked_on, entry.response, entry.done_on = asked_on, response, done_on
        entry.reach_achieved, entry.notes = reach_achieved, optional_text(notes, "notes", "Notes")
        uow.commit()
        return _entry_record(entry)


def get_wave(uow: UnitOfWork, wave_id: int) -> OutreachWaveRecord:
    with uow:
        return read_wave(uow.session, wave_id)


def list_waves(uow: UnitOfWork) -> list[OutreachWaveRecord]:
    with uow:
        ids = uow.session.scalars(
            select(OutreachWave.id).order_by(OutreachWave.starts_on.desc(), OutreachWave.id.desc())
        ).all()
        return [read_wave(uow.session, i) for i in ids]


def count_waves(uow: UnitOfWork) -> int:
    """How many outreach waves there are (the number beside the page in the navigation)."""
    with uow:
        return uow.session.scalar(select(func.count()).select_from(OutreachWave)) or 0


def delete_wave(uow: UnitOfWork, wave_id: int) -> None:
    with uow:
        uow.session.delete(get_or_raise(uow.session, OutreachWave, wave_id))
        uow.commit()


def _set_links(session: Session, wave_id: int, draft: OutreachWaveDraft) -> None:
    for group_id in draft.target_group_ids:
        get_or_raise(session, TargetGroup, group_id)
    current_groups = set(
        session.scalars(
            select(OutreachWaveTargetGroup.target_group_id).where(
                OutreachWaveTargetGroup.wave_id == wave_id
            )
        )
    )
    for link in session.scalars(
        select(OutreachWaveTargetGroup).where(OutreachWaveTargetGroup.wave_id == wave_id)
    ):
        if link.target_group_id not in draft.target_group_ids:
            session.delete(link)
    for group_id in set(draft.target_group_ids) - current_groups:
        session.add(OutreachWaveTargetGroup(wave_id=wave_id, target_group_id=group_id))
    current_channels = set(
        session.scalars(
            select(OutreachWaveChannel.channel).where(OutreachWaveChannel.wave_id == wave_id)
        )
    )
    for channel_link in session.scalars(
        select(OutreachWaveChannel).where(OutreachWaveChannel.wave_id == wave_id)
    ):
        if channel_link.channel not in draft.channels:
            session.delete(channel_link)
    for channel in set(draft.channels) - current_channels:
        session.add(OutreachWaveChannel(wave_id=wave_id, channel=channel))


def _entry_record(e: OutreachEntry) -> OutreachEntryRecord:
    return OutreachEntryRecord(
        id=e.id,
        wave_id=e.wave_id,
        organisation_id=e.organisation_id,
        organisation_name=e.organisation.name,
        asked_on=e.asked_on,
        response=e.response,
        done_on=e.done_on,
        reach_achieved=e.reach_achieved,
        notes=e.notes,
        version=e.version,
    )


def read_wave(session: Session, wave_id: int) -> OutreachWaveRecord:
    session.flush()
    wave = get_or_raise(session, OutreachWave, wave_id)
    session.refresh(wave)
    groups = tuple(
        sorted(
            session.scalars(
                select(OutreachWaveTargetGroup.target_group_id).where(
                    OutreachWaveTargetGroup.wave_id == wave_id
                )
            )
        )
    )
    channels = tuple(
        sorted(
            session.scalars(
                select(OutreachWaveChannel.channel).where(OutreachWaveChannel.wave_id == wave_id)
            )
        )
    )
    entries = sorted(
        (_entry_record(e) for e in wave.entries), key=lambda r: r.organisation_name.casefold()
    )
    return OutreachWaveRecord(
        id=wave.id,
        version=wave.version,
        name=wave.name,
        message=wave.message,
        starts_on=wave.starts_on,
        ends_on=wave.ends_on,
        notes=wave.notes,
        target_group_ids=groups,
        channels=channels,
        entries=tuple(entries),
    )


# --- creating a wave from a filter, bulk updates, progress --------------------------------


@dataclass(frozen=True)
class MatchingOrganisation:
    """An organisation a filter selected, as the wave dialog previews it."""

    id: int
    name: str
    status: PartnershipStatus
    sector_name: str | None
    reach: int | None


def organisations_matching(
    uow: UnitOfWork,
    statuses: tuple[PartnershipStatus, ...] = (),
    sector_ids: tuple[int, ...] = (),
    target_group_ids: tuple[int, ...] = (),
    tags: tuple[str, ...] = (),
) -> list[MatchingOrganisation]:
    """Organisations by name that meet every given criterion (any value within one criterion).

    An empty criterion does not filter. A sector matches as primary or further sector; a tag
    matches regardless of case.
    """
    with uow:
        query = select(Organisation.id, Organisation.name, Organisation.status, Sector.name).join(
            Sector, Sector.id == Organisation.primary_sector_id, isouter=True
        )
        if statuses:
            query = query.where(Organisation.status.in_(statuses))
        if sector_ids:
            further = select(OrganisationSector.organisation_id).where(
                OrganisationSector.sector_id.in_(sector_ids)
            )
            query = query.where(
                or_(Organisation.primary_sector_id.in_(sector_ids), Organisation.id.in_(further))
            )
        if target_group_ids:
            query = query.where(
                Organisation.id.in_(
                    select(OrganisationTargetGroup.organisation_id).where(
                        OrganisationTargetGroup.target_group_id.in_(target_group_ids)
                    )
                )
            )
        wanted_tags = {fold(t) for t in tags if t.strip()}
        if wanted_tags:
            tag_ids = [
                tag_id
                for tag_id, name in uow.session.execute(select(Tag.id, Tag.name))
                if fold(name) in wanted_tags
            ]
            query = query.where(
                Organisation.id.in_(
                    select(OrganisationTag.organisation_id).where(
                        OrganisationTag.tag_id.in_(tag_ids)
                    )
                )
            )
        rows = uow.session.execute(
            query.add_columns(Organisation.reach).order_by(Organisation.name_key, Organisation.id)
        ).all()
        return [MatchingOrganisation(r[0], r[1], r[2], r[3], r[4]) for r in rows]


class _Keep:
    """Marks a field a bulk update leaves as it is."""


KEEP = _Keep()


def update_entries(
    uow: UnitOfWork,
    entry_ids: tuple[int, ...],
    *,
    asked_on: dt.date | _Keep | None = KEEP,
    response: OutreachResponse | _Keep = KEEP,
    done_on: dt.date | _Keep | None = KEEP,
) -> list[OutreachEntryRecord]:
    """Set the same answer on several partners of a wave at once, in one transaction."""
    with uow:
        entries = [get_or_raise(uow.session, OutreachEntry, i) for i in entry_ids]
        for entry in entries:
            if not isinstance(asked_on, _Keep):
                entry.asked_on = asked_on
            if not isinstance(response, _Keep):
                entry.response = response
            if not isinstance(done_on, _Keep):
                entry.done_on = done_on
        uow.commit()
        return [_entry_record(e) for e in entries]


@dataclass(frozen=True)
class WaveProgress:
    """How far a wave got: partners asked, their answers, done, and the reach achieved."""

    partners: int
    asked: int
    agreed: int
    declined: int
    no_answer: int
    pending: int
    done: int
    reach_achieved: int


def wave_progress(wave: OutreachWaveRecord) -> WaveProgress:
    entries = wave.entries
    responses = [e.response for e in entries]
    return WaveProgress(
        partners=len(entries),
        asked=sum(1 for e in entries if e.asked_on is not None),
        agreed=responses.count(OutreachResponse.AGREED),
        declined=responses.count(OutreachResponse.DECLINED),
        no_answer=responses.count(OutreachResponse.NO_ANSWER),
        pending=responses.count(OutreachResponse.PENDING),
        done=sum(1 for e in entries if e.done_on is not None),
        reach_achieved=sum(e.reach_achieved or 0 for e in entries),
    )

"""Sectors and target groups: the axes of coverage."""

from __future__ import annotations

from sqlalchemy import select

from partnerdesk.errors import ValidationError
from partnerdesk.persistence.models import Sector, TargetGroup
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.common import (
    check_version,
    get_or_raise,
    non_negative,
    optional_text,
    require_text,
)
from partnerdesk.services.records import (
    SectorDraft,
    SectorRecord,
    TargetGroupDraft,
    TargetGroupRecord,
)


def _sector_record(s: Sector) -> SectorRecord:
    return SectorRecord(
        id=s.id,
        version=s.version,
        name=s.name,
        description=s.description,
        priority=s.priority,
        estimated_size=s.estimated_size,
    )


def _group_record(g: TargetGroup) -> TargetGroupRecord:
    return TargetGroupRecord(
        id=g.id, version=g.version, name=g.name, description=g.description, priority=g.priority
    )


def list_sectors(uow: UnitOfWork) -> list[SectorRecord]:
    with uow:
        return [
            _sector_record(s) for s in uow.session.scalars(select(Sector).order_by(Sector.name))
        ]


def list_target_groups(uow: UnitOfWork) -> list[TargetGroupRecord]:
    with uow:
        return [
            _group_record(g)
            for g in uow.session.scalars(select(TargetGroup).order_by(TargetGroup.name))
        ]


def save_sector(
    uow: UnitOfWork,
    draft: SectorDraft,
    sector_id: int | None = None,
    expected_version: int | None = None,
) -> SectorRecord:
    """Create (no id) or update a sector; names are unique."""
    with uow:
        name = require_text(draft.name, "name", "The sector's name", 120)
        clash = uow.session.scalar(select(Sector).where(Sector.name.ilike(name)))
        if clash is not None and clash.id != sector_id:
            raise ValidationError(f"There is already a sector called “{clash.name}”.", "name")
        sector = Sector() if sector_id is None else get_or_raise(uow.session, Sector, sector_id)
        check_version(sector, expected_version)
        sector.name = name
        sector.description = optional_text(draft.description, "description", "Description")
        sector.priority = draft.priority
        sector.estimated_size = non_negative(draft.estimated_size, "estimated_size", "Size")
        uow.session.add(sector)
        uow.commit()
        return _sector_record(sector)


def delete_sector(uow: UnitOfWork, sector_id: int) -> None:
    with uow:
        uow.session.delete(get_or_raise(uow.session, Sector, sector_id))
        uow.commit()


def save_target_group(
    uow: UnitOfWork,
    draft: TargetGroupDraft,
    group_id: int | None = None,
    expected_version: int | None = None,
) -> TargetGroupRecord:
    with uow:
        name = require_text(draft.name, "name", "The target group's name", 120)
        clash = uow.session.scalar(select(TargetGroup).where(TargetGroup.name.ilike(name)))
        if clash is not None and clash.id != group_id:
            raise ValidationError(f"There is already a target group called “{clash.name}”.", "name")
        group = (
            TargetGroup() if group_id is None else get_or_raise(uow.session, TargetGroup, group_id)
        )
        check_version(group, expected_version)
        group.name = name
        group.description = optional_text(draft.description, "description", "Description")
        group.priority = draft.priority
        uow.session.add(group)
        uow.commit()
        return _group_record(group)


def delete_target_group(uow: UnitOfWork, group_id: int) -> None:
    with uow:
        uow.session.delete(get_or_raise(uow.session, TargetGroup, group_id))
        uow.commit()

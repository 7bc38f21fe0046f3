"""Sector coverage, always derived from the data: who reaches which sector and target group.

The rules, in the coordinator's words:

- A partner counts when its partnership status is *active partner*; prospects, approached,
  in dialogue, paused, declined and ended organisations do not.
- A partner belongs to a sector when that sector is its primary sector or one of its further
  sectors; an organisation in two sectors counts in both (so sector totals may overlap).
- Reach in a cell (sector × target group) is the sum, over the active partners of that sector
  that reach that target group, of their reach *in that target group*. When that figure was not
  recorded, the organisation's estimated reach is split evenly over the target groups it reaches
  (an organisation of 30 000 reaching two groups counts 15 000 in each); when neither is known
  the partner counts with reach 0.
- Reach of a sector is the sum of the estimated reach of its active partners (unknown counts 0).
- Reach of a target group is the sum of the active partners' reach in that group, whatever
  their sector; active partners without a sector (networks, foundations) are shown in a row of
  their own, so no partner is missing from the rows.
- A gap (witte vlek) is a sector or target group of high priority without any active partner.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import exists, func, or_, select

from partnerdesk.domain.enums import PartnershipStatus, Priority
from partnerdesk.persistence.models import (
    Organisation,
    OrganisationSector,
    OrganisationTargetGroup,
    Sector,
    TargetGroup,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork, read_one_snapshot

#: the statuses in the order an organisation usually moves through them
FUNNEL_ORDER: tuple[PartnershipStatus, ...] = (
    PartnershipStatus.PROSPECT,
    PartnershipStatus.APPROACHED,
    PartnershipStatus.IN_DIALOGUE,
    PartnershipStatus.ACTIVE,
)
#: the sector id of the cells of active partners that have no sector
WITHOUT_SECTOR = 0
#: statuses that left (or paused) the funnel
OFF_FUNNEL: tuple[PartnershipStatus, ...] = (
    PartnershipStatus.PAUSED,
    PartnershipStatus.DECLINED,
    PartnershipStatus.ENDED,
)


@dataclass(frozen=True)
class CoveragePartner:
    """An active partner as the coverage view lists it."""

    id: int
    name: str
    reach: int | None


@dataclass(frozen=True)
class AxisCoverage:
    """One sector or target group with its active partners and reach."""

    #: "sector" or "target_group"
    kind: str
    id: int
    name: str
    priority: Priority
    active_partners: int
    reach: int
    partner_ids: tuple[int, ...]
    estimated_size: int | None = None

    @property
    def is_gap(self) -> bool:
        return self.priority == Priority.HIGH and self.active_partners == 0


@dataclass(frozen=True)
class CoverageCell:
    """Active partners of a sector that reach a target group, and their summed reach there."""

    sector_id: int
    target_group_id: int
    partner_ids: tuple[int, ...] = ()
    reach: int = 0

    @property
    def active_partners(self) -> int:
        return len(self.partner_ids)


@dataclass(frozen=True)
class Coverage:
    sectors: tuple[AxisCoverage, ...]
    #: active partners without any sector (id WITHOUT_SECTOR; never a gap); their cells use it too
    without_sector: AxisCoverage
    target_groups: tuple[AxisCoverage, ...]
    #: only the cells with at least one active partner; ``cell()`` answers for every pair
    cells: tuple[CoverageCell, ...]
    partners: tuple[CoveragePartner, ...]
    #: organisations per partnership status (every status present, 0 when none)
    status_counts: tuple[tuple[PartnershipStatus, int], ...]
    _cells: dict[tuple[int, int], CoverageCell] = field(
        default_factory=dict, repr=False, compare=False
    )
    _partners: dict[int, CoveragePartner] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._cells.update({(c.sector_id, c.target_group_id): c for c in self.cells})
        self._partners.update({p.id: p for p in self.partners})

    def cell(self, sector_id: int, target_group_id: int) -> CoverageCell:
        return self._cells.get(
            (sector_id, target_group_id), CoverageCell(sector_id, target_group_id)
        )

    def partner(self, partner_id: int) -> CoveragePartner:
        return self._partners[partner_id]

    def sector(self, sector_id: int) -> AxisCoverage:
        if sector_id == WITHOUT_SECTOR:
            return self.without_sector
        return next(s for s in self.sectors if s.id == sector_id)

    def target_group(self, group_id: int) -> AxisCoverage:
        return next(g for g in self.target_groups if g.id == group_id)

    @property
    def gaps(self) -> tuple[AxisCoverage, ...]:
        """High-priority sectors, then target groups, without an active partner."""
        return tuple(a for a in (*self.sectors, *self.target_groups) if a.is_gap)

    @property
    def active_partner_count(self) -> int:
        return dict(self.status_counts).get(PartnershipStatus.ACTIVE, 0)


def coverage(uow: UnitOfWork) -> Coverage:
    """The whole coverage picture, computed from organisations, sectors and target groups."""
    with uow:
        session = uow.session
        read_one_snapshot(session)  # the partners and their links as of one moment
        sectors = session.execute(
            select(Sector.id, Sector.name, Sector.priority, Sector.estimated_size)
        ).all()
        groups = session.execute(
            select(TargetGroup.id, TargetGroup.name, TargetGroup.priority)
        ).all()
        active = PartnershipStatus.ACTIVE
        partners = {
            row.id: CoveragePartner(row.id, row.name, row.reach)
            for row in session.execute(
                select(Organisation.id, Organisation.name, Organisation.reach).where(
                    Organisation.status == active
                )
            )
        }
        sectors_of: dict[int, set[int]] = defaultdict(set)
        for org_id, sector_id in session.execute(
            select(Organisation.id, Organisation.primary_sector_id).where(
                Organisation.status == active, Organisation.primary_sector_id.is_not(None)
            )
        ):
            if sector_id is not None:
                sectors_of[org_id].add(sector_id)
        for org_id, sector_id in session.execute(
            select(OrganisationSector.organisation_id, OrganisationSector.sector_id)
            .join(Organisation, Organisation.id == OrganisationSector.organisation_id)
            .where(Organisation.status == active)
        ):
            sectors_of[org_id].add(sector_id)
        links: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
        for org_id, group_id, reach in session.execute(
            select(
                OrganisationTargetGroup.organisation_id,
                OrganisationTargetGroup.target_group_id,
                OrganisationTargetGroup.reach,
            )
            .join(Organisation, Organisation.id == OrganisationTargetGroup.organisation_id)
            .where(Organisation.status == active)
        ):
            links[org_id].append((group_id, reach))
        counts = Counter(
            dict(
                session.execute(
                    select(Organisation.status, func.count()).group_by(Organisation.status)
                ).all()
            )
        )
    group_reach = {
        org_id: {g: _reach_in_group(partners[org_id], r, len(org_links)) for g, r in org_links}
        for org_id, org_links in links.items()
    }
    cell_partners: dict[tuple[int, int], list[int]] = defaultdict(list)
    for org_id in partners:
        # partners without a sector (networks, foundations) fill the WITHOUT_SECTOR row
        for sector_id in sectors_of.get(org_id) or {WITHOUT_SECTOR}:
            for group_id in group_reach.get(org_id, {}):
                cell_partners[(sector_id, group_id)].append(org_id)
    by_name = sorted(partners.values(), key=lambda p: p.name.casefold())
    order = {p.id: index for index, p in enumerate(by_name)}
    cells = tuple(
        CoverageCell(
            sector_id,
            group_id,
            tuple(sorted(ids, key=order.__getitem__)),
            sum(group_reach[i][group_id] for i in ids),
        )
        for (sector_id, group_id), ids in sorted(cell_partners.items())
    )
    sector_rows = []
    for s in sectors:
        ids = sorted((o for o, ss in sectors_of.items() if s.id in ss), key=order.__getitem__)
        sector_rows.append(
            AxisCoverage(
                "sector",
                s.id,
                s.name,
                s.priority,
                len(ids),
                sum(partners[i].reach or 0 for i in ids),
                tuple(ids),
                s.estimated_size,
            )
        )
    group_rows = []
    for g in groups:
        ids = sorted((o for o, gr in group_reach.items() if g.id in gr), key=order.__getitem__)
        group_rows.append(
            AxisCoverage(
                "target_group",
                g.id,
                g.name,
                g.priority,
                len(ids),
                sum(group_reach[i][g.id] for i in ids),
                tuple(ids),
            )
        )
    unsectored = [p.id for p in by_name if p.id not in sectors_of]
    without_sector = AxisCoverage(
        "sector",
        WITHOUT_SECTOR,
        "",
        Priority.LOW,
        len(unsectored),
        sum(partners[i].reach or 0 for i in unsectored),
        tuple(unsectored),
    )
    return Coverage(
        sectors=tuple(sorted(sector_rows, key=_axis_order)),
        without_sector=without_sector,
        target_groups=tuple(sorted(group_rows, key=_axis_order)),
        cells=cells,
        partners=tuple(by_name),
        status_counts=tuple((status, counts.get(status, 0)) for status in PartnershipStatus),
    )


def coverage_gaps(uow: UnitOfWork) -> tuple[AxisCoverage, ...]:
    """``coverage(uow).gaps`` without working out the rest of the picture (for the Overview:
    two queries instead of seven, and no pass over every active partner's links)."""
    active = Organisation.status == PartnershipStatus.ACTIVE
    sector_has_partner = or_(
        exists().where(Organisation.primary_sector_id == Sector.id, active),
        exists().where(
            OrganisationSector.sector_id == Sector.id,
            Organisation.id == OrganisationSector.organisation_id,
            active,
        ),
    )
    group_has_partner = exists().where(
        OrganisationTargetGroup.target_group_id == TargetGroup.id,
        Organisation.id == OrganisationTargetGroup.organisation_id,
        active,
    )
    with uow:
        session = uow.session
        sectors = session.execute(
            select(Sector.id, Sector.name, Sector.estimated_size)
            .where(Sector.priority == Priority.HIGH, ~sector_has_partner)
            .order_by(Sector.id)
        ).all()
        groups = session.execute(
            select(TargetGroup.id, TargetGroup.name)
            .where(TargetGroup.priority == Priority.HIGH, ~group_has_partner)
            .order_by(TargetGroup.id)
        ).all()
    sector_gaps = [
        AxisCoverage("sector", s_id, name, Priority.HIGH, 0, 0, (), size)
        for s_id, name, size in sectors
    ]
    group_gaps = [
        AxisCoverage("target_group", g_id, name, Priority.HIGH, 0, 0, ()) for g_id, name in groups
    ]
    return (*sorted(sector_gaps, key=_axis_order), *sorted(group_gaps, key=_axis_order))


def _reach_in_group(partner: CoveragePartner, reach: int | None, group_count: int) -> int:
    if reach is not None:
        return reach
    return (partner.reach or 0) // max(group_count, 1)


_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


def _axis_order(axis: AxisCoverage) -> tuple[int, str]:
    """High priority first, then by name: the rows that matter most come first."""
    return (_PRIORITY_RANK[axis.priority], axis.name.casefold())


def funnel(result: Coverage) -> list[tuple[PartnershipStatus, int]]:
    """Organisations per stage of the partnership funnel, prospect to active partner."""
    counts = dict(result.status_counts)
    return [(status, counts[status]) for status in FUNNEL_ORDER]

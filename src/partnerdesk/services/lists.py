"""Pages of the organisation and people lists: filtered, searched and sorted in SQL, by keyset.

A list never loads every row: it asks for ``limit`` rows after the cursor (sort value, id) of
the last row it has, so page 500 costs the same as page 1 (no OFFSET scan).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Boolean, ColumnElement, Select, bindparam, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from partnerdesk.domain.enums import OrganisationKind, PartnershipStatus
from partnerdesk.domain.names import PersonName
from partnerdesk.persistence.models import (
    Affiliation,
    Organisation,
    OrganisationSector,
    OrganisationTag,
    Person,
    PersonTag,
    Sector,
    Tag,
)
from partnerdesk.persistence.search import (
    PERSON,
    SearchPlan,
    bound_match_of,
    bound_matching_ids,
    matching_ids,
    plan,
    share_matching,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.organisations import last_contact_dates

#: rows per page a list asks for
PAGE_SIZE = 200

#: where a page starts: the sort value and id of the row before it
Cursor = tuple[Any, int]


# --- organisations ---------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationQuery:
    """What the organisation list shows: search text, filters and sort order."""

    search: str = ""
    status: PartnershipStatus | None = None
    kind: OrganisationKind | None = None
    #: primary or further sector
    sector_id: int | None = None
    tag: str | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    status: PartnershipStatus
    kind: OrganisationKind
    sector: str | None
    city: str | None
    reach: int | None
    people: int
    last_contact: dt.date | None
    cursor: Cursor


#: sortable columns of the organisation list and the SQL they sort by (NULLs sort as lowest)
ORGANISATION_SORTS = ("name", "status", "sector", "city", "reach")


def _organisation_sort(sort: str) -> Any:
    if sort == "status":
        # the partnership pipeline's order, not the alphabet
        order = {status.value: n for n, status in enumerate(PartnershipStatus)}
        return case(order, value=Organisation.status, else_=len(order))
    if sort == "sector":
        return func.coalesce(Sector.name, "")
    if sort == "city":
        return func.coalesce(Organisation.city, "")
    if sort == "reach":
        return func.coalesce(Organisation.reach, -1)
    return Organisation.name_key


def _organisation_filters(session: Session, query: OrganisationQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.search.strip():
        dialect = session.get_bind().dialect.name
        conditions.append(Organisation.id.in_(matching_ids("organisation", query.search, dialect)))
    if query.status is not None:
        conditions.append(Organisation.status == query.status)
    if query.kind is not None:
        conditions.append(Organisation.kind == query.kind)
    if query.sector_id is not None:
        further = exists().where(
            OrganisationSector.organisation_id == Organisation.id,
            OrganisationSector.sector_id == query.sector_id,
        )
        conditions.append(or_(Organisation.primary_sector_id == query.sector_id, further))
    if query.tag:
        conditions.append(
            exists().where(
                OrganisationTag.organisation_id == Organisation.id,
                OrganisationTag.tag_id == Tag.id,
                Tag.name == query.tag,
            )
        )
    return conditions


def count_organisations(uow: UnitOfWork, query: OrganisationQuery = OrganisationQuery()) -> int:
    """How many organisations the list shows for ``query``."""
    with uow:
        session = uow.session
        statement = select(func.count(Organisation.id)).where(
            *_organisation_filters(session, query)
        )
        return int(session.scalar(statement) or 0)


def organisation_page(
    uow: UnitOfWork,
    query: OrganisationQuery,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> list[OrganisationRow]:
    """Up to ``limit`` rows that follow ``after`` in the list's order."""
    with uow:
        session = uow.session
        key = _organisation_sort(query.sort)
        people = (
            select(func.count(func.distinct(Affiliation.person_id)))
            .where(Affiliation.organisation_id == Organisation.id)
            .scalar_subquery()
        )
        statement: Select[Any] = (
            select(
                Organisation.id,
                Organisation.name,
                Organisation.status,
                Organisation.kind,
                Sector.name,
                Organisation.city,
                Organisation.reach,
                people,
                key,
            )
            .outerjoin(Sector, Sector.id == Organisation.primary_sector_id)
            .where(*_organisation_filters(session, query))
        )
        statement = _keyset(statement, key, Organisation.id, after, query.descending, limit)
        rows = session.execute(statement).all()
        contacts = last_contact_dates(session, [r[0] for r in rows]) if rows else {}
        return [
            OrganisationRow(
                id=r[0],
                name=r[1],
                status=PartnershipStatus(r[2]),
                kind=OrganisationKind(r[3]),
                sector=r[4],
                city=r[5],
                reach=r[6],
                people=int(r[7] or 0),
                last_contact=contacts.get(r[0]),
                cursor=(r[8], r[0]),
            )
            for r in rows
        ]


# --- people ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonQuery:
    """What the people list shows: search text, filters and sort order."""

    search: str = ""
    #: True: own ministry only; False: partners' people only; None: everyone
    internal: bool | None = None
    organisation_id: int | None = None
    tag: str | None = None
    sort: str = "name"
    descending: bool = False


class PersonRow(NamedTuple):
    """One person in the list (a named tuple: a page makes 200 of them per keystroke, and a
    frozen dataclass costs four times as much to make)."""

    id: int
    #: directory order: "Berg, Jan van der"
    name: str
    organisation: str | None
    job_title: str | None
    email: str | None
    phone: str | None
    is_internal: bool
    do_not_contact: bool
    cursor: Cursor


#: the people list sorts only by indexed columns: 100 000 rows sort in SQL per page
PERSON_SORTS = ("name", "email")


def _primary_organisation_name() -> Any:
    """The name of a person's first primary (else any) organisation, as a correlated subquery."""
    link = aliased(Affiliation)
    org = aliased(Organisation)
    return (
        select(org.name)
        .join(link, link.organisation_id == org.id)
        .where(link.person_id == Person.id)
        .order_by(link.is_primary.desc(), org.name_key)
        .limit(1)
        .scalar_subquery()
    )


def _person_sort(sort: str, organisation: Any) -> Any:
    if sort == "organisation":
        return func.coalesce(organisation, "")
    if sort == "job_title":
        return func.coalesce(Person.job_title, "")
    if sort == "email":
        return func.coalesce(Person.email, "")
    return Person.sort_key


def _person_filters(
    query: PersonQuery, search: SearchPlan | None, *, walk: bool
) -> list[ColumnElement[bool]]:
    """The list's conditions with every value a named parameter (see ``_person_params``).

    ``walk``: a page of a search no index narrows (one or two letters) but whose hits are
    common walks the list's order checking each row (EXISTS) and stops at the page's end;
    otherwise the matching ids are collected first (the only way for a count).
    """
    conditions: list[ColumnElement[bool]] = [Person.erased_at.is_(None)]
    if search is not None:
        if walk:
            conditions.append(bound_match_of(PERSON, search.shape, Person.id))
        else:
            conditions.append(Person.id.in_(bound_matching_ids(PERSON, search.shape)))
    if query.internal is not None:
        conditions.append(Person.is_internal == bindparam("internal", type_=Boolean))
    if query.organisation_id is not None:
        conditions.append(
            exists().where(
                Affiliation.person_id == Person.id,
                Affiliation.organisation_id == bindparam("organisation_id"),
            )
        )
    if query.tag:
        conditions.append(
            exists().where(
                PersonTag.person_id == Person.id,
                PersonTag.tag_id == Tag.id,
                Tag.name == bindparam("tag"),
            )
        )
    return conditions


def _person_params(query: PersonQuery, search: SearchPlan | None) -> dict[str, Any]:
    params: dict[str, Any] = dict(search.params) if search is not None else {}
    if query.internal is not None:
        params["internal"] = query.internal
    if query.organisation_id is not None:
        params["organisation_id"] = query.organisation_id
    if query.tag:
        params["tag"] = query.tag
    return params


def _person_shape(query: PersonQuery, search: SearchPlan | None) -> tuple[Any, ...]:
    """What the statement of ``query`` looks like, without its values: its cache key."""
    return (
        None if search is None else (search.shape, search.short_only),
        query.internal is None,
        query.organisation_id is None,
        not query.tag,
    )


def _search_plan(session: Session, text: str) -> SearchPlan | None:
    if not text.strip():
        return None
    found = plan(text, session.get_bind().dialect.name)
    return found if found.params else None


#: a page walks the list's order checking each row when at least this share of rows match
#: (it then reads about 200 / share rows); rarer short terms are looked up in every text
WALK_SHARE = 0.02


def _walks(session: Session, search: SearchPlan | None) -> bool:
    """Whether a page of ``search`` walks the list's order (see ``_person_filters``)."""
    if search is None or not search.short_only:
        return False
    return share_matching(session.connection(), PERSON, search) >= WALK_SHARE


#: statements of the people list by shape: building one costs more than running it
_person_statements: dict[tuple[Any, ...], Select[Any]] = {}
#: shapes kept at most (a search of many short words makes a shape per number of words)
_STATEMENTS_KEPT = 64


def _remember_statement(shape: tuple[Any, ...], statement: Select[Any]) -> None:
    if len(_person_statements) >= _STATEMENTS_KEPT:
        _person_statements.clear()
    _person_statements[shape] = statement


def count_people(uow: UnitOfWork, query: PersonQuery = PersonQuery()) -> int:
    """How many people the list shows for ``query``."""
    with uow:
        session = uow.session
        search = _search_plan(session, query.search)
        shape = ("count", _person_shape(query, search))
        statement = _person_statements.get(shape)
        if statement is None:
            statement = select(func.count(Person.id)).where(
                *_person_filters(query, search, walk=False)
            )
            _remember_statement(shape, statement)
        params = _person_params(query, search)
        return int(session.connection().execute(statement, params).scalar() or 0)


def person_page(
    uow: UnitOfWork, query: PersonQuery, after: Cursor | None = None, limit: int = PAGE_SIZE
) -> list[PersonRow]:
    """Up to ``limit`` people that follow ``after`` in the list's order."""
    with uow:
        session = uow.session
        search = _search_plan(session, query.search)
        walk = _walks(session, search)
        shape = (
            "page",
            _person_shape(query, search),
            walk,
            query.sort,
            query.descending,
            after is None,
            limit,
        )
        statement = _person_statements.get(shape)
        if statement is None:
            statement = _person_page_statement(query, search, walk, after is None, limit)
            _remember_statement(shape, statement)
        params = _person_params(query, search)
        if after is not None:
            params["after_value"], params["after_id"] = after
        rows = session.connection().execute(statement, params).all()
        return [
            PersonRow(  # in field order
                r[0],
                _directory_name(r[1], r[2], r[3]) or (r[6] or ""),
                r[4],
                r[5],
                r[6],
                r[7],
                bool(r[8]),
                bool(r[9]),
                (r[10], r[0]),
            )
            for r in rows
        ]


def _person_page_statement(
    query: PersonQuery, search: SearchPlan | None, walk: bool, first: bool, limit: int
) -> Select[Any]:
    """The page's ids in SQL's order first, then their columns: the organisation name (a
    correlated subquery) is looked up for the page's rows only, not for every match."""
    key = _person_sort(query.sort, _primary_organisation_name())
    bound: tuple[Any, Any] | None = None
    if not first:
        bound = (bindparam("after_value"), bindparam("after_id"))
    ids = select(Person.id.label("id"), key.label("k")).where(
        *_person_filters(query, search, walk=walk)
    )
    page = _keyset(ids, key, Person.id, bound, query.descending, limit).subquery("page")
    order = (page.c.k.desc(), page.c.id.desc()) if query.descending else (page.c.k, page.c.id)
    return (
        select(
            Person.id,
            Person.given_name,
            Person.name_particle,
            Person.family_name,
            _primary_organisation_name(),
            Person.job_title,
            Person.email,
            Person.phone,
            Person.is_internal,
            Person.do_not_contact,
            page.c.k,
        )
        .join_from(page, Person, Person.id == page.c.id)
        .order_by(*order)
    )


def _directory_name(given: str | None, particle: str | None, family: str | None) -> str:
    """``PersonName.sort_display`` ("Berg, Jan van der") without building a PersonName per row."""
    rest = f"{given} {particle}" if given and particle else (given or particle or "")
    if not family:
        return rest
    return f"{family}, {rest}" if rest else family


# --- pickers and filters -----------------------------------------------------------------


def tag_names(uow: UnitOfWork, entity: str) -> list[str]:
    """Tags in use on organisations ("organisation") or people ("person"), for filter menus."""
    with uow:
        link: Any = OrganisationTag if entity == "organisation" else PersonTag
        statement = select(Tag.name).where(exists().where(link.tag_id == Tag.id)).distinct()
        return sorted(uow.session.scalars(statement), key=str.casefold)


@dataclass(frozen=True)
class OrganisationPerson:
    """A person working at an organisation (its "People" tab)."""

    person_id: int
    name: str
    role: str | None
    is_primary: bool
    since: dt.date | None
    until: dt.date | None
    email: str | None
    phone: str | None


def organisation_people(uow: UnitOfWork, organisation_id: int) -> list[OrganisationPerson]:
    """Everyone affiliated with one organisation, in directory order."""
    with uow:
        rows = uow.session.execute(
            select(
                Person.id,
                Person.given_name,
                Person.name_particle,
                Person.family_name,
                Affiliation.role,
                Affiliation.is_primary,
                Affiliation.since,
                Affiliation.until,
                Person.email,
                Person.phone,
            )
            .join(Affiliation, Affiliation.person_id == Person.id)
            .where(Affiliation.organisation_id == organisation_id, Person.erased_at.is_(None))
            .order_by(Person.sort_key, Person.id)
        ).all()
        return [
            OrganisationPerson(
                person_id=r[0],
                name=PersonName(r[1] or "", r[2] or "", r[3] or "").sort_display,
                role=r[4],
                is_primary=bool(r[5]),
                since=r[6],
                until=r[7],
                email=r[8],
                phone=r[9],
            )
            for r in rows
        ]


# --- internals -----------------------------------------------------------------------------


def _keyset(
    statement: Select[Any],
    key: Any,
    id_column: Any,
    after: tuple[Any, Any] | None,
    descending: bool,
    limit: int,
) -> Select[Any]:
    if after is not None:
        value, last_id = after
        # written so the first condition alone can use an index on the sort key (an OR of
        # both would make SQLite scan from the start for every page)
        if descending:
            statement = statement.where(key <= value, or_(key < value, id_column < last_id))
        else:
            statement = statement.where(key >= value, or_(key > value, id_column > last_id))
    if descending:
        statement = statement.order_by(key.desc(), id_column.desc())
    else:
        statement = statement.order_by(key, id_column)
    return statement.limit(limit)

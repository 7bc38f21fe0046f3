"""Duplicates: find likely pairs, mark a pair as distinct, merge two records and undo a merge.

A merge moves every row that refers to the merged record (found through the foreign keys, so
tables added later are covered) onto the survivor, in one transaction. What it did is kept as a
journal in a ``Merge`` row, so ``unmerge`` can put both records back later, keeping edits made
since (a field changed after the merge keeps its new value; a moved action edited since keeps
its edits and goes back to the restored record).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, DateTime, Table, and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from partnerdesk.domain import matching
from partnerdesk.domain.contact import phone_key
from partnerdesk.domain.enums import BatchKind, ChangeOperation, MergeEntity
from partnerdesk.domain.names import display_name, sort_key
from partnerdesk.domain.organisations import name_key
from partnerdesk.errors import NotFoundError, ValidationError
from partnerdesk.persistence import history, snapshots
from partnerdesk.persistence.models import (
    Affiliation,
    Base,
    Change,
    DistinctPair,
    Merge,
    Organisation,
    Person,
    Sector,
    utcnow,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services.common import record_change

ORGANISATION = MergeEntity.ORGANISATION
PERSON = MergeEntity.PERSON
_ATTENDANCE_RANK = {"absent": 0, "invited": 1, "confirmed": 2, "attended": 3}


class Keep(StrEnum):
    """Which value of a field stays after a merge."""

    SURVIVOR = "survivor"
    MERGED = "merged"
    #: both texts, one after the other (notes only)
    BOTH = "both"


#: the fields a merge chooses between, each a group of columns chosen together
MERGE_FIELDS: dict[MergeEntity, dict[str, tuple[str, ...]]] = {
    ORGANISATION: {
        "name": ("name",),
        "kind": ("kind",),
        "status": ("status",),
        "primary_sector_id": ("primary_sector_id",),
        "reach": ("reach",),
        "reach_note": ("reach_note",),
        "website": ("website",),
        "city": ("city",),
        "notes": ("notes",),
    },
    PERSON: {
        "name": ("given_name", "name_particle", "family_name"),
        "email": ("email",),
        "phone": ("phone",),
        "job_title": ("job_title",),
        "is_internal": ("is_internal",),
        "directorate": ("directorate",),
        "public_role": ("public_role",),
        "notes": ("notes",),
        "lawful_basis": ("lawful_basis",),
        "data_source": ("data_source",),
        "do_not_contact": ("do_not_contact",),
    },
}
_BOTH_ALLOWED = {"notes"}


# --- records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateSide:
    """One record of a pair, as the list shows it."""

    id: int
    title: str
    detail: str


@dataclass(frozen=True)
class DuplicatePair:
    entity: MergeEntity
    first: DuplicateSide
    second: DuplicateSide
    score: int
    reason: matching.Reason


@dataclass(frozen=True)
class MergeComparison:
    """Both records side by side: field values (display-ready) and what refers to each."""

    entity: MergeEntity
    first_id: int
    second_id: int
    first_title: str
    second_title: str
    #: field -> (first's value, second's value)
    fields: dict[str, tuple[Any, Any]]
    #: referring table -> (rows for first, rows for second)
    links: dict[str, tuple[int, int]]

    def differing(self) -> list[str]:
        return [name for name, (a, b) in self.fields.items() if a != b]


@dataclass(frozen=True)
class MergeRecord:
    id: int
    entity: MergeEntity
    survivor_id: int
    merged_id: int
    survivor_title: str
    merged_title: str
    at: dt.datetime
    undone_at: dt.datetime | None


# --- finding --------------------------------------------------------------------------------


def find_duplicates(
    uow: UnitOfWork,
    entity: MergeEntity | str,
    min_score: int = matching.POSSIBLE,
) -> list[DuplicatePair]:
    """Likely duplicate pairs, best first; pairs marked distinct and erased people left out."""
    entity = MergeEntity(entity)
    with uow:
        session = uow.session
        distinct = {
            (row[0], row[1])
            for row in session.execute(
                select(DistinctPair.first_id, DistinctPair.second_id).where(
                    DistinctPair.entity == entity
                )
            )
        }
        if entity == ORGANISATION:
            sides, organisations = _organisation_candidates(session)
            pairs = matching.OrganisationIndex(organisations).pairs(min_score)
        else:
            sides, people = _person_candidates(session)
            pairs = matching.PersonIndex(people).pairs(min_score)
        return [
            DuplicatePair(entity, sides[p.first_id], sides[p.second_id], p.score, p.reason)
            for p in pairs
            if (p.first_id, p.second_id) not in distinct
        ]


def organisation_index(uow: UnitOfWork) -> matching.OrganisationIndex:
    """Every organisation in a matching index: for the import preview and the forms."""
    with uow:
        return matching.OrganisationIndex(_organisation_candidates(uow.session)[1])


def person_index(uow: UnitOfWork) -> matching.PersonIndex:
    """Every person (not erased) in a matching index: for the import preview and the forms."""
    with uow:
        return matching.PersonIndex(_person_candidates(uow.session)[1])


#: most rows one form check reads; candidates share a key, so this is plenty
_SIMILAR_LIMIT = 500


def similar_organisations(
    uow: UnitOfWork, candidate: matching.OrganisationCandidate, limit: int = 5
) -> list[matching.Match]:
    """Existing organisations that look like one being typed in a form, best first.

    Reads only the rows that share a key with the candidate (same name key, a name that starts
    with the same word, the same website), so it answers at once on any size of data.
    """
    key = name_key(candidate.name)
    first_word = key.split()[0] if key.split() else key
    conditions = [Organisation.name_key == key]
    if len(first_word) >= 3:
        conditions.append(Organisation.name_key.like(_like_prefix(first_word), escape="\\"))
    if candidate.website:
        conditions.append(Organisation.website == candidate.website.strip())
    with uow:
        rows = uow.session.execute(
            select(Organisation.id, Organisation.name, Organisation.website)
            .where(or_(*conditions))
            .limit(_SIMILAR_LIMIT)
        ).all()
        index = matching.OrganisationIndex(
            matching.OrganisationCandidate(row[0], row[1], row[2]) for row in rows
        )
        return index.best_matches(candidate, limit=limit)


def similar_people(
    uow: UnitOfWork, candidate: matching.PersonCandidate, limit: int = 5
) -> list[matching.Match]:
    """Existing people (not erased) who look like one being typed in a form, best first.

    Reads only the rows that share a key with the candidate: the e-mail address, the phone
    number, or the family name.
    """
    probe = matching.PersonIndex([candidate])
    conditions = []
    if candidate.email:
        conditions.append(func.lower(Person.email) == candidate.email.strip().lower())
    phone = phone_key(candidate.phone)
    if phone:
        conditions.append(Person.phone_key == phone)
    family = probe.family_of(0)
    if family:
        conditions.append(Person.sort_key.like(_like_prefix(family + " "), escape="\\"))
    if not conditions:
        return []
    with uow:
        session = uow.session
        rows = session.execute(
            select(
                Person.id,
                Person.given_name,
                Person.name_particle,
                Person.family_name,
                Person.email,
                Person.phone,
            )
            .where(Person.erased_at.is_(None), or_(*conditions))
            .limit(_SIMILAR_LIMIT)
        ).all()
        keys: dict[int, list[str]] = defaultdict(list)
        ids = [row[0] for row in rows]
        for start in range(0, len(ids), 500):
            for person_id, key in session.execute(
                select(Affiliation.person_id, Organisation.name_key)
                .join(Organisation, Organisation.id == Affiliation.organisation_id)
                .where(Affiliation.person_id.in_(ids[start : start + 500]))
            ):
                keys[person_id].append(key)
        index = matching.PersonIndex(
            matching.PersonCandidate(*row, organisations=tuple(keys.get(row[0], ())))
            for row in rows
        )
        return index.best_matches(candidate, limit=limit)


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _organisation_candidates(
    session: Session,
) -> tuple[Mapping[int, DuplicateSide], list[matching.OrganisationCandidate]]:
    sides: dict[int, DuplicateSide] = {}
    candidates = []
    query = select(Organisation.id, Organisation.name, Organisation.website, Organisation.city)
    for oid, name, website, city in session.execute(query):
        sides[oid] = DuplicateSide(oid, name, " · ".join(x for x in (city, website) if x))
        candidates.append(matching.OrganisationCandidate(oid, name, website))
    return sides, candidates


def _person_candidates(
    session: Session,
) -> tuple[Mapping[int, DuplicateSide], list[matching.PersonCandidate]]:
    organisations: dict[int, list[tuple[str, str]]] = defaultdict(list)
    keys: dict[int, list[str]] = defaultdict(list)
    for person_id, key, name in session.execute(
        select(Affiliation.person_id, Organisation.name_key, Organisation.name).join(
            Organisation, Organisation.id == Affiliation.organisation_id
        )
    ):
        organisations[person_id].append((key, name))
        keys[person_id].append(key)
    rows: dict[int, tuple[Any, ...]] = {}
    candidates = []
    query = select(
        Person.id,
        Person.given_name,
        Person.name_particle,
        Person.family_name,
        Person.email,
        Person.phone,
    ).where(Person.erased_at.is_(None))
    for row in session.execute(query):
        pid, given, particle, family, email, phone = row
        rows[pid] = tuple(row)
        candidates.append(
            matching.PersonCandidate(
                pid, given, particle, family, email, phone, tuple(keys.get(pid, ()))
            )
        )
    return _PersonSides(rows, organisations), candidates


class _PersonSides(Mapping[int, DuplicateSide]):
    """People as the list shows them, made only for the few that are in a pair."""

    def __init__(
        self, rows: dict[int, tuple[Any, ...]], organisations: Mapping[int, list[tuple[str, str]]]
    ) -> None:
        self._rows = rows
        self._organisations = organisations

    def __getitem__(self, pid: int) -> DuplicateSide:
        _, given, particle, family, email, _phone = self._rows[pid]
        orgs = [name for _, name in self._organisations.get(pid, ())[:2]]
        detail = " · ".join(x for x in (email, *orgs) if x)
        return DuplicateSide(pid, display_name(given, particle, family) or email or "", detail)

    def __iter__(self) -> Iterator[int]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def mark_distinct(
    uow: UnitOfWork, entity: MergeEntity | str, first_id: int, second_id: int
) -> None:
    """Remember that two records are not duplicates, so they are not proposed again."""
    entity = MergeEntity(entity)
    low, high = sorted((first_id, second_id))
    if low == high:
        raise ValidationError("A record cannot be distinct from itself.")
    with uow:
        exists = uow.session.get(DistinctPair, (entity, low, high))
        if exists is None:
            uow.session.add(DistinctPair(entity=entity, first_id=low, second_id=high))
        uow.commit()


# --- comparing ------------------------------------------------------------------------------

_TABLE = {ORGANISATION: "organisation", PERSON: "person"}


def compare(
    uow: UnitOfWork, entity: MergeEntity | str, first_id: int, second_id: int
) -> MergeComparison:
    """Both records' mergeable fields and counts of what refers to each, for the merge dialog."""
    entity = MergeEntity(entity)
    with uow:
        session = uow.session
        rows = [_row(session, entity, first_id), _row(session, entity, second_id)]
        sector_names = {row[0]: row[1] for row in session.execute(select(Sector.id, Sector.name))}
        fields: dict[str, tuple[Any, Any]] = {}
        for name, columns in MERGE_FIELDS[entity].items():
            values = []
            for row in rows:
                if name == "name" and entity == PERSON:
                    value: Any = display_name(*(row[c] for c in columns)) or None
                elif name == "primary_sector_id":
                    value = sector_names.get(row[name]) if row[name] is not None else None
                else:
                    value = row[columns[0]]
                values.append(value)
            fields[name] = (values[0], values[1])
        links: dict[str, tuple[int, int]] = {}
        for table, column, _ in snapshots.referencing(_TABLE[entity]):
            counts = [
                int(
                    session.scalar(
                        select(func.count()).select_from(table).where(table.c[column] == rid)
                    )
                    or 0
                )
                for rid in (first_id, second_id)
            ]
            previous = links.get(table.name, (0, 0))
            links[table.name] = (previous[0] + counts[0], previous[1] + counts[1])
        return MergeComparison(
            entity,
            first_id,
            second_id,
            _title(entity, rows[0]),
            _title(entity, rows[1]),
            fields,
            {name: counts for name, counts in links.items() if counts != (0, 0)},
        )


def _row(session: Session, entity: MergeEntity, record_id: int) -> dict[str, Any]:
    table = Base.metadata.tables[_TABLE[entity]]
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        what = "organisation" if entity == ORGANISATION else "person"
        raise NotFoundError(f"The {what} with ID {record_id} no longer exists.")
    return dict(row)


def _title(entity: MergeEntity, row: Mapping[str, Any]) -> str:
    if entity == ORGANISATION:
        return str(row["name"])
    return display_name(row["given_name"], row["name_particle"], row["family_name"]) or str(
        row.get("email") or ""
    )


# --- merging --------------------------------------------------------------------------------


def merge(
    uow: UnitOfWork,
    entity: MergeEntity | str,
    survivor_id: int,
    merged_id: int,
    field_choices: Mapping[str, Keep | str] | None = None,
) -> MergeRecord:
    """Merge ``merged_id`` into ``survivor_id``: fields as chosen, every link moved, one batch.

    A field not in ``field_choices`` keeps the survivor's value, or the merged record's when the
    survivor has none; "do not contact" stays set when either record has it.
    """
    entity = MergeEntity(entity)
    if survivor_id == merged_id:
        raise ValidationError("Choose two different records to merge.")
    choices = {name: Keep(value) for name, value in (field_choices or {}).items()}
    for name, keep in choices.items():
        if name not in MERGE_FIELDS[entity]:
            raise ValidationError(f"“{name}” is not a field that can be merged.")
        if keep == Keep.BOTH and name not in _BOTH_ALLOWED:
            raise ValidationError(f"Both values of “{name}” cannot be kept together.")
    table_name = _TABLE[entity]
    table = Base.metadata.tables[table_name]
    with uow:
        session = uow.session
        session.info[history.INFO_KIND] = BatchKind.MERGE
        survivor = _row(session, entity, survivor_id)
        merged = _row(session, entity, merged_id)
        if entity == PERSON and (survivor["erased_at"] or merged["erased_at"]):
            raise ValidationError("A person whose data was erased cannot be merged.")
        session.info[history.INFO_LABEL] = (
            f"Merge {_title(entity, merged)} into {_title(entity, survivor)}"
        )
        history_ids = list(
            session.scalars(
                select(Change.id).where(Change.entity == table_name, Change.entity_id == merged_id)
            )
        )
        snapshot = {
            "format": 1,
            "merged": snapshots.take(session, table_name, merged_id),
            "survivor": snapshots.take(session, table_name, survivor_id),
            "history_ids": history_ids,
        }
        journal: list[dict[str, Any]] = []
        new_values = _chosen_values(entity, survivor, merged, choices)
        _update(session, table, {"id": survivor_id}, survivor, new_values, journal, table_name)
        for ref_table, column, _ in snapshots.referencing(table_name):
            _move_links(session, ref_table, column, merged_id, survivor_id, journal)
        if entity == ORGANISATION:
            _keep_sectors(session, survivor_id, survivor, merged, new_values, journal)
        if history_ids:
            session.execute(
                update(Change).where(Change.id.in_(history_ids)).values(entity_id=survivor_id)
            )
        session.execute(delete(table).where(table.c.id == merged_id))
        record_change(session, table_name, merged_id, ChangeOperation.DELETE, old=merged)
        snapshot["journal"] = journal
        merge_id = (
            session.connection()
            .execute(
                insert(Merge).values(
                    entity=entity,
                    survivor_id=survivor_id,
                    merged_id=merged_id,
                    at=utcnow(),
                    snapshot=json.dumps(snapshot, ensure_ascii=False, default=_json_default),
                )
            )
            .inserted_primary_key
        )
        assert merge_id is not None
        _touch(session, entity, survivor_id, merged_id)
        uow.commit()
        return _merge_record(session, int(merge_id[0]))


def _chosen_values(
    entity: MergeEntity,
    survivor: Mapping[str, Any],
    merged: Mapping[str, Any],
    choices: Mapping[str, Keep],
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, columns in MERGE_FIELDS[entity].items():
        keep = choices.get(name)
        if keep is None and name == "do_not_contact":
            keep = Keep.MERGED if merged[name] and not survivor[name] else Keep.SURVIVOR
        elif keep is None:
            empty = all(survivor[c] in (None, "") for c in columns)
            keep = Keep.MERGED if empty else Keep.SURVIVOR
        for column in columns:
            if keep == Keep.MERGED:
                values[column] = merged[column]
            elif keep == Keep.BOTH:
                texts = [t for t in (survivor[column], merged[column]) if t]
                values[column] = "\n\n".join(dict.fromkeys(texts)) or None
            else:
                values[column] = survivor[column]
    if entity == ORGANISATION:
        values["name_key"] = name_key(values["name"])
    else:
        values["sort_key"] = sort_key(
            values["given_name"], values["name_particle"], values["family_name"]
        ) or (values["email"] or "")
        values["phone_key"] = phone_key(values["phone"]) or None
    return values


def _update(
    session: Session,
    table: Table,
    pk: dict[str, Any],
    current: Mapping[str, Any],
    values: Mapping[str, Any],
    journal: list[dict[str, Any]],
    entity_name: str,
) -> None:
    """Change some columns of one row, with history and a journal entry to revert it."""
    changed = {k: v for k, v in values.items() if current[k] != v}
    if not changed:
        return
    extra: dict[str, Any] = {}
    if "version" in table.c:
        extra["version"] = table.c.version + 1
    if "updated_at" in table.c:
        extra["updated_at"] = utcnow()
    session.execute(update(table).where(_where(table, pk)).values({**changed, **extra}))
    record_id = pk.get("id")
    for column, value in changed.items():
        if column not in history.SKIPPED_FIELDS:
            record_change(
                session,
                entity_name,
                record_id,
                ChangeOperation.UPDATE,
                old=current[column],
                new=value,
                field=column,
            )
    journal.append(
        {
            "op": "update",
            "table": table.name,
            "pk": _encode(pk),
            "old": _encode({k: current[k] for k in changed}),
            "new": _encode(changed),
        }
    )


def _move_links(
    session: Session,
    table: Table,
    column: str,
    merged_id: int,
    survivor_id: int,
    journal: list[dict[str, Any]],
) -> None:
    """Point every row of ``table`` that refers to the merged record at the survivor."""
    target = next(iter(table.c[column].foreign_keys)).column.table.name
    keys = set(table.primary_key.columns.keys())
    # a link table between two records of the same kind (network membership)
    siblings = [
        c.name
        for c in table.columns
        if column in keys
        and c.name in keys
        and c.name != column
        and any(fk.column.table.name == target for fk in c.foreign_keys)
    ]
    rows = session.execute(select(table).where(table.c[column] == merged_id)).mappings().all()
    for found in rows:
        row = dict(found)
        moved = {**row, column: survivor_id}
        if any(moved[s] == survivor_id for s in siblings):
            # a link between the two records (member of itself): it has no meaning after the merge
            _delete(session, table, row, column, journal)
            continue
        clash = _clash(session, table, moved, column)
        if clash is not None:
            _combine(session, table, clash, row, journal)
            _delete(session, table, row, column, journal)
            continue
        extra = {"version": table.c.version + 1} if "version" in table.c else {}
        session.execute(
            update(table)
            .where(_where(table, _pk(table, row)))
            .values({column: survivor_id, **extra})
        )
        record_change(
            session,
            table.name,
            row.get("id"),
            ChangeOperation.UPDATE,
            old=merged_id,
            new=survivor_id,
            field=column,
        )
        journal.append(
            {
                "op": "repoint",
                "table": table.name,
                "pk": _encode(_pk(table, moved)),
                "column": column,
                "to": survivor_id,
            }
        )


def _clash(
    session: Session, table: Table, row: Mapping[str, Any], column: str
) -> dict[str, Any] | None:
    """The row that ``row`` would duplicate under a unique key holding ``column`` (NULLs equal)."""
    for constraint in table.constraints:
        if constraint.__class__.__name__ not in ("UniqueConstraint", "PrimaryKeyConstraint"):
            continue
        names = [c.name for c in constraint.columns]  # type: ignore[attr-defined]
        if column not in names or names == ["id"]:
            continue
        condition = and_(
            *(
                table.c[name].is_(None) if row[name] is None else table.c[name] == row[name]
                for name in names
            )
        )
        found = session.execute(select(table).where(condition)).mappings().first()
        if found is not None:
            return dict(found)
    return None


def _combine(
    session: Session,
    table: Table,
    kept: Mapping[str, Any],
    dropped: Mapping[str, Any],
    journal: list[dict[str, Any]],
) -> None:
    """Fill what the kept link lacks from the dropped one (and keep the better attendance)."""
    keys = {c.name for c in table.primary_key.columns}
    values = {
        k: v
        for k, v in dropped.items()
        if k not in keys
        and k not in ("version", "created_at", "updated_at")
        and kept.get(k) is None
        and v is not None
    }
    if "attendance" in kept and _ATTENDANCE_RANK.get(str(dropped["attendance"]), 0) > (
        _ATTENDANCE_RANK.get(str(kept["attendance"]), 0)
    ):
        values["attendance"] = dropped["attendance"]
    if values:
        _update(session, table, _pk(table, kept), kept, values, journal, table.name)


def _delete(
    session: Session,
    table: Table,
    row: Mapping[str, Any],
    column: str,
    journal: list[dict[str, Any]],
) -> None:
    session.execute(delete(table).where(_where(table, _pk(table, row))))
    record_change(session, table.name, row.get("id"), ChangeOperation.DELETE, old=dict(row))
    journal.append({"op": "delete", "table": table.name, "column": column, "row": _encode(row)})


def _keep_sectors(
    session: Session,
    survivor_id: int,
    survivor: Mapping[str, Any],
    merged: Mapping[str, Any],
    values: Mapping[str, Any],
    journal: list[dict[str, Any]],
) -> None:
    """The primary sector not chosen stays as a further sector; the chosen one is not both."""
    table = Base.metadata.tables["organisation_sector"]
    primary = values["primary_sector_id"]
    for sector_id in {survivor["primary_sector_id"], merged["primary_sector_id"]} - {None, primary}:
        row = {"organisation_id": survivor_id, "sector_id": sector_id}
        if session.execute(select(table).where(_where(table, row))).first() is None:
            session.execute(insert(table).values(row))
            record_change(session, table.name, None, ChangeOperation.CREATE, new=row)
            journal.append({"op": "insert", "table": table.name, "row": _encode(row)})
    if primary is not None:
        row = {"organisation_id": survivor_id, "sector_id": primary}
        if session.execute(select(table).where(_where(table, row))).first() is not None:
            _delete(session, table, row, "organisation_id", journal)


# --- unmerging ------------------------------------------------------------------------------


def unmerge(uow: UnitOfWork, merge_id: int) -> MergeRecord:
    """Undo a merge: the merged record comes back with its fields and links; the survivor keeps
    edits made since, and gets back the values it had where the merge changed them."""
    with uow:
        session = uow.session
        session.info[history.INFO_KIND] = BatchKind.UNMERGE
        found = session.get(Merge, merge_id)
        if found is None:
            raise NotFoundError(f"The merge with ID {merge_id} no longer exists.")
        if found.undone_at is not None:
            raise ValidationError("This merge was already undone.")
        later = session.scalar(
            select(Merge.id).where(
                Merge.entity == found.entity,
                Merge.merged_id == found.survivor_id,
                Merge.undone_at.is_(None),
                Merge.id > found.id,
            )
        )
        if later is not None:
            raise ValidationError(
                "The surviving record was itself merged into another one later; "
                "undo that merge first."
            )
        entity, survivor_id, merged_id = found.entity, found.survivor_id, found.merged_id
        data = json.loads(found.snapshot)
        table_name = _TABLE[entity]
        table = Base.metadata.tables[table_name]
        session.info[history.INFO_LABEL] = f"Undo merge of {_title(entity, data['merged']['row'])}"
        row = _decode(table, data["merged"]["row"])
        if session.execute(select(table.c.id).where(table.c.id == merged_id)).first() is not None:
            row.pop("id")  # the id was given to a newer record meanwhile
        result = session.connection().execute(insert(table).values(row)).inserted_primary_key
        assert result is not None
        restored_id = int(result[0])
        record_change(session, table_name, restored_id, ChangeOperation.CREATE, new=row)
        for entry in reversed(data["journal"]):
            _revert(session, entry, merged_id, restored_id)
        if data["history_ids"]:
            session.execute(
                update(Change)
                .where(Change.id.in_(data["history_ids"]), Change.entity_id == survivor_id)
                .values(entity_id=restored_id)
            )
        found.undone_at = utcnow()
        _touch(session, entity, survivor_id, restored_id)
        uow.commit()
        return _merge_record(session, merge_id)


def _revert(session: Session, entry: Mapping[str, Any], merged_id: int, restored_id: int) -> None:
    table = Base.metadata.tables[entry["table"]]
    op = entry["op"]
    if op == "update":
        pk = _decode(table, entry["pk"])
        current = session.execute(select(table).where(_where(table, pk))).mappings().first()
        if current is None:
            return
        new = _decode(table, entry["new"])
        old = _decode(table, entry["old"])
        # a value edited after the merge is the user's newer choice: keep it
        back = {k: old[k] for k in new if current[k] == new[k]}
        if back:
            _update(session, table, pk, dict(current), back, [], entry["table"])
    elif op == "repoint":
        pk = _decode(table, entry["pk"])
        column = entry["column"]
        current = session.execute(select(table).where(_where(table, pk))).mappings().first()
        if current is None or current[column] != entry["to"]:
            return  # deleted or re-pointed since
        if _clash(session, table, {**current, column: restored_id}, column) is not None:
            return
        extra = {"version": table.c.version + 1} if "version" in table.c else {}
        session.execute(
            update(table).where(_where(table, pk)).values({column: restored_id, **extra})
        )
        record_change(
            session,
            table.name,
            current.get("id"),
            ChangeOperation.UPDATE,
            old=entry["to"],
            new=restored_id,
            field=column,
        )
    elif op == "delete":
        row = _decode(table, entry["row"])
        if row[entry["column"]] == merged_id:
            row[entry["column"]] = restored_id
        _reinsert(session, table, row, entry["column"])
    elif op == "insert":
        row = _decode(table, entry["row"])
        session.execute(delete(table).where(_where(table, _pk(table, row))))
        record_change(session, table.name, None, ChangeOperation.DELETE, old=row)


def _reinsert(session: Session, table: Table, row: dict[str, Any], column: str) -> None:
    """Put a dropped link back unless what it points at is gone or it would duplicate a row."""
    for fk in table.foreign_keys:
        value = row.get(fk.parent.name)
        if value is None:
            continue
        target = fk.column.table
        if session.execute(select(target.c.id).where(target.c.id == value)).first() is None:
            return
    if _clash(session, table, row, column) is not None:
        return
    single_id = list(table.primary_key.columns.keys()) == ["id"]
    if single_id and session.execute(select(table.c.id).where(table.c.id == row["id"])).first():
        row = {k: v for k, v in row.items() if k != "id"}  # the id was reused meanwhile
    session.execute(insert(table).values(row))
    record_change(session, table.name, row.get("id"), ChangeOperation.CREATE, new=row)


# --- listing merges -------------------------------------------------------------------------


def list_merges(
    uow: UnitOfWork, entity: MergeEntity | str | None = None, include_undone: bool = False
) -> list[MergeRecord]:
    """Past merges, newest first."""
    with uow:
        query = select(Merge.id).order_by(Merge.at.desc(), Merge.id.desc())
        if entity is not None:
            query = query.where(Merge.entity == MergeEntity(entity))
        if not include_undone:
            query = query.where(Merge.undone_at.is_(None))
        return [_merge_record(uow.session, mid) for mid in uow.session.scalars(query)]


def _merge_record(session: Session, merge_id: int) -> MergeRecord:
    found = session.get(Merge, merge_id)
    assert found is not None
    data = json.loads(found.snapshot)
    table = Base.metadata.tables[_TABLE[found.entity]]
    survivor = session.execute(select(table).where(table.c.id == found.survivor_id)).mappings()
    current = survivor.first()
    survivor_row = dict(current) if current is not None else data["survivor"]["row"]
    return MergeRecord(
        id=found.id,
        entity=found.entity,
        survivor_id=found.survivor_id,
        merged_id=found.merged_id,
        survivor_title=_title(found.entity, survivor_row),
        merged_title=_title(found.entity, data["merged"]["row"]),
        at=found.at,
        undone_at=found.undone_at,
    )


# --- helpers --------------------------------------------------------------------------------


def _touch(session: Session, entity: MergeEntity, *ids: int) -> None:
    touched = session.info.setdefault(history.INFO_TOUCHED, {})
    touched.setdefault(_TABLE[entity], set()).update(ids)


def _pk(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def _where(table: Table, pk: Mapping[str, Any]) -> Any:
    return and_(*(table.c[k] == v for k, v in pk.items()))


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _encode(row: Mapping[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(json.dumps(dict(row), default=_json_default))
    return result


def _decode(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    decoded: dict[str, Any] = {}
    for key, value in row.items():
        column_type = table.c[key].type
        if isinstance(value, str) and isinstance(column_type, DateTime):
            decoded[key] = dt.datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(column_type, Date):
            decoded[key] = dt.date.fromisoformat(value)
        else:
            decoded[key] = value
    return decoded

"""Full-text search over organisations and people: the one dialect-specific module.

Every searchable record has a row of folded text in ``search_entry`` (dialect-neutral).
SQLite indexes it with an FTS5 trigram table (infixes: "ansen" finds "Jansen"); PostgreSQL
with a pg_trgm GIN index. Text and queries are folded the same way (case, accents), because
the trigram tokenizer does not fold accents on older SQLite.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session

from partnerdesk.domain.names import display_name
from partnerdesk.domain.text import fold
from partnerdesk.errors import StorageError
from partnerdesk.persistence.models import (
    Affiliation,
    Organisation,
    OrganisationSector,
    OrganisationTag,
    Person,
    PersonTag,
    SearchEntry,
    Sector,
    Tag,
)

ORGANISATION = "organisation"
PERSON = "person"
_CHUNK = 500
#: session.info key: texts composed in memory for ``reindex`` (entity -> id -> text)
INFO_TEXTS = "search_texts"


def install(conn: Connection) -> None:
    """Create the dialect's index over search_entry (called by the migration)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "text, content='search_entry', content_rowid='id', tokenize='trigram')"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN "
            "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); "
            "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END"
        )
    elif conn.dialect.name == "postgresql":
        _install_trigram_extension(conn)
        conn.exec_driver_sql(
            f"CREATE INDEX {PG_INDEX} ON search_entry USING gin (text gin_trgm_ops)"
        )


#: The GIN trigram index on PostgreSQL (pg_trgm answers LIKE '%infix%' from it).
PG_INDEX = "ix_search_entry_trgm"


def _install_trigram_extension(conn: Connection) -> None:
    """Create pg_trgm unless present; a server that cannot gets a message saying who can fix it."""
    problem = postgres_extension_problem(conn)
    if problem is not None:
        raise StorageError(problem)
    installed = conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    if installed.first() is None:
        conn.exec_driver_sql("CREATE EXTENSION pg_trgm")


def postgres_extension_problem(conn: Connection) -> str | None:
    """Why pg_trgm cannot be used in this database (None when it is there or can be created).

    pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it;
    otherwise a superuser must, once.
    """
    row = conn.exec_driver_sql(
        "SELECT installed_version IS NOT NULL FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).first()
    database = conn.exec_driver_sql("SELECT current_database()").scalar()
    if row is None:
        return (
            "The PostgreSQL server lacks the pg_trgm extension that search needs; ask its "
            "administrator to install the server's contrib package."
        )
    if row[0]:
        return None
    allowed = conn.exec_driver_sql(
        "SELECT rolsuper OR has_database_privilege(current_database(), 'CREATE') "
        "FROM pg_roles WHERE rolname = current_user"
    ).scalar()
    if not allowed:
        return (
            f"Search needs the pg_trgm extension in database {database}; ask the server's "
            "administrator to run: CREATE EXTENSION pg_trgm;"
        )
    return None


def postgres_index_problems(conn: Connection) -> list[str]:
    """The trigram index and its extension, as the integrity check reports them."""
    problems = []
    if conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first() is None:
        problems.append("the pg_trgm extension is missing (search cannot use its index)")
    if conn.execute(text("SELECT to_regclass(:name)"), {"name": PG_INDEX}).scalar() is None:
        problems.append(f"the search index {PG_INDEX} is missing")
    return problems


def is_index_object(name: str | None) -> bool:
    """Objects the index creates itself (not in the models; Alembic must not compare them)."""
    return bool(name) and (str(name).startswith("search_fts") or name == PG_INDEX)


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (type_ in ("table", "index") and is_index_object(name))


def uninstall(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in ("search_entry_ai", "search_entry_ad", "search_entry_au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")


def terms(query: str) -> list[str]:
    return [term for term in fold(query).split(" ") if term]


#: terms shorter than this cannot use a trigram index (FTS5 trigram, pg_trgm)
TRIGRAM = 3


@dataclass(frozen=True)
class SearchPlan:
    """A search text as the shape of its SQL condition (cacheable) and the values to bind.

    ``fts``: one FTS5 MATCH over the long terms (SQLite); ``likes``: how many terms are matched
    with ``LIKE '%term%'`` (short terms, and every term on PostgreSQL where pg_trgm serves
    LIKE). Parameters are named ``search_fts`` and ``search_like_0``, ``search_like_1`` …
    """

    fts: bool
    likes: int
    params: dict[str, str]
    #: only terms of one or two letters: no index narrows them, every text must be read
    short_only: bool = False

    @property
    def shape(self) -> tuple[bool, int]:
        return (self.fts, self.likes)


def plan(query: str, dialect: str) -> SearchPlan:
    """How ``query`` is searched on ``dialect``: the condition's shape and its values."""
    words = terms(query)
    short_only = bool(words) and all(len(w) < TRIGRAM for w in words)
    params: dict[str, str] = {}
    long_terms = [w for w in words if len(w) >= TRIGRAM]
    if dialect == "sqlite" and long_terms:
        params["search_fts"] = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_terms)
        words = [w for w in words if len(w) < TRIGRAM]
    for number, word in enumerate(words):
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params[f"search_like_{number}"] = f"%{escaped}%"
    return SearchPlan("search_fts" in params, len(words), params, short_only)


def bound_matches(
    entity: str, shape: tuple[bool, int], values: dict[str, str] | None = None
) -> ColumnElement[bool]:
    """The condition on ``SearchEntry`` of a plan's shape; its values are bound from ``values``,
    or left as parameters to give at execution (a statement cached for every search)."""
    fts, likes = shape

    def value(name: str) -> Any:
        return bindparam(name) if values is None else bindparam(name, values[name])

    conditions: list[ColumnElement[bool]] = []
    if fts:
        match = text("search_fts MATCH :search_fts")
        if values is not None:
            match = match.bindparams(search_fts=values["search_fts"])
        conditions.append(
            SearchEntry.id.in_(select(text("rowid")).select_from(text("search_fts")).where(match))
        )
        # "entity || ''" keeps SQLite from reading every entry of the entity by its index;
        # the entries the full-text index found are looked up by id instead
        conditions.append(SearchEntry.entity.concat("") == entity)
    else:
        conditions.append(SearchEntry.entity == entity)
    for number in range(likes):
        conditions.append(SearchEntry.text.like(value(f"search_like_{number}"), escape="\\"))
    return and_(*conditions)


def matches(entity: str, query: str, dialect: str) -> ColumnElement[bool]:
    """A condition on ``SearchEntry`` for the records whose text holds every term of ``query``."""
    found = plan(query, dialect)
    return bound_matches(entity, found.shape, found.params)


def matching_ids(entity: str, query: str, dialect: str) -> Any:
    """A subquery of the ids of ``entity`` records that match ``query``."""
    return select(SearchEntry.entity_id).where(matches(entity, query, dialect))


def bound_matching_ids(entity: str, shape: tuple[bool, int]) -> Any:
    """``matching_ids`` of a plan's shape, its values left as parameters (a cacheable statement)."""
    return select(SearchEntry.entity_id).where(bound_matches(entity, shape))


#: entries read to estimate how common a short term is
SAMPLE = 2000


def share_matching(conn: Connection, entity: str, found: SearchPlan) -> float:
    """The share (0-1) of a sample of ``entity`` entries that match: how common the terms are.

    Short terms have no index; a list walks its sort order checking each row only when hits
    are common enough to fill a page soon (a rare pair of letters would read every row).
    """
    statement = _share_statements.get((entity, found.likes))
    if statement is None:
        sample = (
            select(SearchEntry.text).where(SearchEntry.entity == entity).limit(SAMPLE).subquery()
        )
        likes = [
            sample.c.text.like(bindparam(f"search_like_{number}"), escape="\\")
            for number in range(found.likes)
        ]
        counted = select(func.count(), select(func.count()).select_from(sample).scalar_subquery())
        statement = counted.select_from(sample).where(*likes)
        if len(_share_statements) >= 32:  # one per entity and number of short terms
            _share_statements.clear()
        _share_statements[(entity, found.likes)] = statement
    hits, total = conn.execute(statement, found.params).one()
    return hits / total if total else 0.0


#: share_matching's statements by entity and number of terms: building one costs more than
#: running it, and it runs on every keystroke of a one- or two-letter search
_share_statements: dict[tuple[str, int], Select[Any]] = {}


def bound_match_of(entity: str, shape: tuple[bool, int], record_id: Any) -> ColumnElement[bool]:
    """Whether the record ``record_id`` (a correlated column) matches: EXISTS on its entry.

    For terms no index serves: the list walks its own sort order and checks each row, so the
    first page stops after its first 200 hits instead of reading every text first.
    """
    return (
        select(SearchEntry.id)
        .where(SearchEntry.entity_id == record_id, bound_matches(entity, shape))
        .exists()
    )


# --- keeping the index current ---------------------------------------------------


def reindex(
    session: Session,
    touched: dict[str, set[int]],
    known: dict[str, dict[int, str]] | None = None,
) -> None:
    """Rebuild the search text of the given records (ids that no longer exist are dropped).

    ``known`` holds texts already composed from values in memory (an import's new records,
    see ``organisation_text``/``person_text``); those records are not read back.
    """
    known = known or {}
    organisation_ids = {i for i in touched.get(ORGANISATION, set()) if i is not None}
    person_ids = {i for i in touched.get(PERSON, set()) if i is not None}
    if organisation_ids:
        # people's text holds their organisations' names
        for chunk in _chunks(organisation_ids):
            person_ids.update(
                session.scalars(
                    select(Affiliation.person_id).where(Affiliation.organisation_id.in_(chunk))
                )
            )
        texts = _texts(session, organisation_ids, known.get(ORGANISATION), organisation_texts)
        _write(session, ORGANISATION, organisation_ids, texts)
    if person_ids:
        _write(
            session,
            PERSON,
            person_ids,
            _texts(session, person_ids, known.get(PERSON), person_texts),
        )


def _texts(
    session: Session,
    ids: set[int],
    known: dict[int, str] | None,
    read: Callable[[Session, Iterable[int]], dict[int, str]],
) -> dict[int, str]:
    """The texts of ``ids``: those in ``known`` as given, the others read from the database."""
    if not known:
        return read(session, ids)
    texts = read(session, ids - known.keys())
    texts.update((i, known[i]) for i in ids & known.keys())
    return {i: texts[i] for i in sorted(texts)}  # in id order, as reading them gives


def reindex_all(session: Session) -> None:
    session.execute(delete(SearchEntry))
    organisation_ids = set(session.scalars(select(Organisation.id)))
    person_ids = set(session.scalars(select(Person.id)))
    _insert(session, ORGANISATION, organisation_texts(session, organisation_ids, everything=True))
    _insert(session, PERSON, person_texts(session, person_ids, everything=True))


def _write(session: Session, entity: str, ids: set[int], texts: dict[int, str]) -> None:
    for chunk in _chunks(ids):
        session.execute(
            delete(SearchEntry).where(
                SearchEntry.entity == entity, SearchEntry.entity_id.in_(chunk)
            )
        )
    _insert(session, entity, texts)


def _insert(session: Session, entity: str, texts: dict[int, str]) -> None:
    if session.get_bind().dialect.name == "sqlite":
        _insert_sqlite(session, entity, texts)
        return
    rows = [{"entity": entity, "entity_id": i, "text": t} for i, t in texts.items()]
    table = SearchEntry.metadata.tables["search_entry"]
    for start in range(0, len(rows), 5000):
        # Core executemany on the connection: the ORM bulk path costs 3x for plain rows
        session.connection().execute(insert(table), rows[start : start + 5000])


def _insert_sqlite(session: Session, entity: str, texts: dict[int, str]) -> None:
    """Insert the entries in few statements: FTS5 flushes its pending terms at every statement.

    The insert trigger feeds search_fts; row by row (executemany) each row becomes its own FTS5
    segment that must be merged later, 5x slower than one INSERT ... SELECT over a JSON array.
    """
    rows = [[i, t] for i, t in texts.items()]
    for start in range(0, len(rows), 20000):
        session.connection().execute(
            text(
                "INSERT INTO search_entry (entity, entity_id, text) "
                "SELECT :entity, json_extract(value, '$[0]'), json_extract(value, '$[1]') "
                "FROM json_each(:rows)"
            ),
            {"entity": entity, "rows": json.dumps(rows[start : start + 20000])},
        )


def organisation_text(
    fields: Sequence[str | None],
    tags: Iterable[str],
    primary_sector: str | None,
    sectors: Iterable[str],
) -> str:
    """The search text of one organisation: ``fields`` are its name, city, website, notes and
    reach note; tags and sectors in id order (as ``organisation_texts`` reads them)."""
    return fold(" ".join(p for p in (*fields, *tags, primary_sector, *sectors) if p))


def person_text(
    fields: Sequence[str | None], tags: Iterable[str], organisations: Iterable[str | None]
) -> str:
    """The search text of one person: ``fields`` are given name, particle, family name, e-mail,
    phone, job title, directorate and notes; tags in id order, then the name and city of each
    organisation in affiliation id order (as ``person_texts`` reads them)."""
    name = display_name(fields[0], fields[1], fields[2])
    return fold(" ".join(p for p in (name, *fields[3:], *tags, *organisations) if p))


def organisation_texts(
    session: Session, ids: Iterable[int], *, everything: bool = False
) -> dict[int, str]:
    parts: dict[int, list[str | None]] = defaultdict(list)
    org = Organisation
    for chunk in _id_filters(ids, everything):
        where = [org.id.in_(chunk)] if chunk is not None else []
        for row in session.execute(
            select(org.id, org.name, org.city, org.website, org.notes, org.reach_note).where(*where)
        ):
            parts[row[0]].extend(row[1:])
        for oid, name in session.execute(
            select(OrganisationTag.organisation_id, Tag.name)
            .join(Tag)
            .where(*([OrganisationTag.organisation_id.in_(chunk)] if chunk is not None else []))
            .order_by(OrganisationTag.organisation_id, OrganisationTag.tag_id)
        ):
            parts[oid].append(name)
        for oid, name in session.execute(
            select(org.id, Sector.name)
            .join(Sector, org.primary_sector_id == Sector.id)
            .where(*where)
        ):
            parts[oid].append(name)
        for oid, name in session.execute(
            select(OrganisationSector.organisation_id, Sector.name)
            .join(Sector)
            .where(*([OrganisationSector.organisation_id.in_(chunk)] if chunk is not None else []))
            .order_by(OrganisationSector.organisation_id, OrganisationSector.sector_id)
        ):
            parts[oid].append(name)
    return {oid: fold(" ".join(p for p in values if p)) for oid, values in parts.items() if values}


def person_texts(
    session: Session, ids: Iterable[int], *, everything: bool = False
) -> dict[int, str]:
    parts: dict[int, list[str | None]] = defaultdict(list)
    p = Person
    for chunk in _id_filters(ids, everything):
        where = [p.id.in_(chunk)] if chunk is not None else []
        for row in session.execute(
            select(
                p.id,
                p.given_name,
                p.name_particle,
                p.family_name,
                p.email,
                p.phone,
                p.job_title,
                p.directorate,
                p.notes,
            ).where(*where)
        ):
            parts[row[0]].append(display_name(row[1], row[2], row[3]))
            parts[row[0]].extend(row[4:])
        for pid, name in session.execute(
            select(PersonTag.person_id, Tag.name)
            .join(Tag)
            .where(*([PersonTag.person_id.in_(chunk)] if chunk is not None else []))
            .order_by(PersonTag.person_id, PersonTag.tag_id)
        ):
            parts[pid].append(name)
        for pid, name, city in session.execute(
            select(Affiliation.person_id, Organisation.name, Organisation.city)
            .join(Organisation)
            .where(*([Affiliation.person_id.in_(chunk)] if chunk is not None else []))
            .order_by(Affiliation.person_id, Affiliation.id)
        ):
            parts[pid].extend((name, city))
    return {pid: fold(" ".join(x for x in values if x)) for pid, values in parts.items() if values}


def _id_filters(ids: Iterable[int], everything: bool) -> Iterable[list[int] | None]:
    if everything:
        yield None
        return
    yield from _chunks(set(ids))


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(ids)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]

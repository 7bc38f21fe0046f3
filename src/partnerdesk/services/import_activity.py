"""Import of a workbook's activity sheets: sessions, participants, actions, outreach, contact moments.

The same rules as for the other sheets of a partnerdesk workbook (services/importer.py): a
known ID updates its record (a conflict when the record changed in partnerdesk after the
export), a row without ID is new unless it matches an existing record, a missing row deletes
nothing. References to other sheets are read by ID, or by name where a colleague typed a name:
an organisation by its name (then its name key), a person by full name, a session by title,
an outreach wave by name (a wave partnerdesk does not know yet is made), a target group by
name, a channel by its English or Dutch label. A name column with an ID column beside it
(Owner and Owner ID) is read by the ID whenever the row fills it, so two people or
organisations sharing a name come back exactly; the name is then only shown. A reference
that cannot be resolved makes its row an error naming the column. The Outreach waves sheet is planned first, so the other sheets
find the waves it makes or renames.

Planning reads each sheet column by column, parses each distinct value once and resolves
references from dictionaries loaded with one query per table; writing uses Core executemany.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from partnerdesk.domain import names, numbers
from partnerdesk.domain.enums import (
    ActionStatus,
    Attendance,
    ChangeOperation,
    Channel,
    ContactChannel,
    OutreachResponse,
    SessionItemKind,
    SessionKind,
    SessionStatus,
)
from partnerdesk.domain.organisations import name_key
from partnerdesk.domain.text import fold
from partnerdesk.errors import ValidationError
from partnerdesk.exchange.tables import as_text
from partnerdesk.persistence.ids import advance_id_sequences
from partnerdesk.persistence.models import (
    Action,
    Base,
    ContactMoment,
    ContactMomentPerson,
    DialogueSession,
    Organisation,
    OrganisationTargetGroup,
    OutreachEntry,
    OutreachWave,
    OutreachWaveChannel,
    OutreachWaveTargetGroup,
    Person,
    SessionItem,
    SessionOrganisation,
    SessionParticipant,
    TargetGroup,
)
from partnerdesk.services import importer as imp
from partnerdesk.services import workbook_format as wf

ORGANISATION, PERSON, SESSION, WAVE = "organisation", "person", "session", "wave"
TARGET_GROUP, CHANNEL = "target_group", "channel"
WAVES = wf.OUTREACH_WAVES.key


@dataclass(frozen=True)
class _Ref:
    """A column naming another record: by ID or by name."""

    key: str
    target: str
    #: the column it fills; None for a list stored in a link table
    column: str | None = None
    link: type[Base] | None = None
    link_column: str | None = None
    #: the column naming the same record(s) by ID: when a row fills it, it wins and the name
    #: column is only shown (two people may share a name)
    id_key: str | None = None


@dataclass(frozen=True, eq=False)
class _Kind:
    """How one activity sheet maps onto its table."""

    spec: wf.SheetSpec
    model: type[Base]
    fields: dict[str, str]
    refs: tuple[_Ref, ...]
    required: tuple[str, ...]
    defaults: dict[str, Any]
    versioned: bool = True
    items: dict[str, SessionItemKind] = field(default_factory=dict)

    @property
    def entity(self) -> str:
        return self.spec.key

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[return-value]


OUTREACH_WAVES = _Kind(
    wf.OUTREACH_WAVES,
    OutreachWave,
    {k: k for k in ("name", "message", "starts_on", "ends_on", "notes")},
    (
        _Ref("target_groups", TARGET_GROUP, None, OutreachWaveTargetGroup, "target_group_id"),
        _Ref("channels", CHANNEL, None, OutreachWaveChannel, "channel"),
    ),
    ("name",),
    {},
)
SESSIONS = _Kind(
    wf.SESSIONS,
    DialogueSession,
    {
        k: k
        for k in (
            "title",
            "kind",
            "starts_at",
            "ends_at",
            "online",
            "location",
            "status",
            "background",
            "goal",
            "roles",
            "outcomes",
            "decisions",
        )
    },
    (
        _Ref("organiser", ORGANISATION, "organiser_id", id_key="organiser_id"),
        _Ref("facilitator", PERSON, "facilitator_id", id_key="facilitator_id"),
        _Ref(
            "organisations",
            ORGANISATION,
            None,
            SessionOrganisation,
            "organisation_id",
            id_key="organisation_ids",
        ),
    ),
    ("title", "starts_at"),
    {"kind": SessionKind.DIALOGUE, "status": SessionStatus.PLANNED, "online": False},
    items={
        "questions": SessionItemKind.QUESTION,
        "discussion": SessionItemKind.DISCUSSION,
        "sub_questions": SessionItemKind.SUB_QUESTION,
    },
)
PARTICIPANTS = _Kind(
    wf.PARTICIPANTS,
    SessionParticipant,
    {"role": "role", "attendance": "attendance"},
    (_Ref("session_id", SESSION, "session_id"), _Ref("person_id", PERSON, "person_id")),
    ("session_id", "person_id"),
    {"attendance": Attendance.INVITED},
    versioned=False,
)
ACTIONS = _Kind(
    wf.ACTIONS,
    Action,
    {"description": "description", "due_on": "due_on", "status": "status", "done_on": "done_on"},
    (
        _Ref("owner", PERSON, "owner_id", id_key="owner_id"),
        _Ref("organisation", ORGANISATION, "organisation_id", id_key="organisation_id"),
        _Ref("session_id", SESSION, "session_id"),
        _Ref("person_id", PERSON, "person_id"),
        _Ref("wave_id", WAVE, "wave_id"),
    ),
    ("description",),
    {"status": ActionStatus.OPEN},
)
OUTREACH = _Kind(
    wf.OUTREACH,
    OutreachEntry,
    {
        "asked_on": "asked_on",
        "response": "response",
        "done_on": "done_on",
        "reach_achieved": "reach_achieved",
        "notes": "notes",
    },
    (
        _Ref("wave", WAVE, "wave_id"),
        _Ref("organisation", ORGANISATION, "organisation_id", id_key="organisation_id"),
    ),
    ("wave", "organisation"),
    {"response": OutreachResponse.PENDING},
)
CONTACT_MOMENTS = _Kind(
    wf.CONTACT_MOMENTS,
    ContactMoment,
    {"date": "happened_on", "channel": "channel", "summary": "summary"},
    (
        _Ref("organisation", ORGANISATION, "organisation_id", id_key="organisation_id"),
        _Ref("people", PERSON, None, ContactMomentPerson, "person_id", id_key="people_ids"),
    ),
    ("date",),
    {"channel": ContactChannel.CALL},
)
#: in the order they are planned and written: waves and sessions before what refers to them
KINDS = (OUTREACH_WAVES, SESSIONS, PARTICIPANTS, ACTIONS, OUTREACH, CONTACT_MOMENTS)
_BY_KEY = {k.entity: k for k in KINDS}
#: tables given explicit ids here, whose PostgreSQL sequences must move past them
TABLES = (
    "dialogue_session",
    "session_item",
    "session_participant",
    "action",
    "outreach_wave",
    "outreach_entry",
    "contact_moment",
)

#: a reference as planned: an existing or kept id (a channel: its value), or the plan of a
#: record still to be made
Target = int | str | imp.RowPlan


# --- what the database holds ------------------------------------------------------------


class _Index:
    """Names and ids of the records references can point at, loaded once per plan."""

    def __init__(self, session: Session, plan: imp.ImportPlan) -> None:
        self.names: dict[str, dict[Any, str]] = {
            ORGANISATION: dict(session.execute(select(Organisation.id, Organisation.name)).all()),
            SESSION: dict(session.execute(select(DialogueSession.id, DialogueSession.title)).all()),
            WAVE: dict(session.execute(select(OutreachWave.id, OutreachWave.name)).all()),
            TARGET_GROUP: dict(session.execute(select(TargetGroup.id, TargetGroup.name)).all()),
            # a channel is its enumeration value, named by its English (or Dutch) label
            CHANNEL: {c: wf.enum_label(c, "en") for c in Channel},
            PERSON: {},
        }
        for pid, given, particle, family in session.execute(
            select(Person.id, Person.given_name, Person.name_particle, Person.family_name).where(
                Person.erased_at.is_(None)
            )
        ):
            self.names[PERSON][pid] = names.display_name(given, particle, family)
        #: folded name -> target, existing records first (lowest id wins), then planned ones
        self.by_name: dict[str, dict[str, Target]] = {}
        self.by_key: dict[str, Target] = {}
        #: folded names that more than one record answers to: a cell with such a name (and
        #: no ID) cannot say which one it means, so it is a problem, never the first one found
        self.ambiguous: dict[str, set[str]] = {target: set() for target in self.names}
        for target, table in self.names.items():
            found: dict[str, Target] = {}
            for rid in sorted(table):
                if found.setdefault(fold(table[rid]), rid) != rid:
                    self.ambiguous[target].add(fold(table[rid]))
                if target == ORGANISATION:
                    self.by_key.setdefault(name_key(table[rid]), rid)
            self.by_name[target] = found
        self.ids: dict[str, set[int]] = {t: set(v) for t, v in self.names.items()}
        self.planned_ids: dict[str, set[int]] = {t: set() for t in self.names}
        self.planned_ids[ORGANISATION] = set(plan.kept_ids["organisations"])
        self.planned_ids[PERSON] = set(plan.kept_ids["people"])
        self.planned_ids[TARGET_GROUP] = set(plan.kept_ids["target_groups"])
        self.new_waves: dict[str, imp.RowPlan] = {}
        self.resolved: dict[tuple[str, type, Any], Target] = {}
        for r in plan.rows:
            if r.status is not imp.RowStatus.NEW:
                continue
            if r.entity == "organisations" and r.values.get("name"):
                self.add_planned(ORGANISATION, r.values["name"], r)
            elif r.entity == "people" and r.label:
                self.add_planned(PERSON, r.label, r)
            elif r.entity == "target_groups" and r.values.get("name"):
                self.add_planned(TARGET_GROUP, r.values["name"], r)

    def add_planned(self, target: str, name: str, rp: imp.RowPlan) -> None:
        kept = rp.links.get("keep_id")
        key = fold(name)
        planned = kept if kept is not None else rp
        known = self.by_name[target].setdefault(key, planned)
        if known is not planned and known != kept:
            self.ambiguous[target].add(key)
        if target == ORGANISATION:
            self.by_key.setdefault(name_key(name), kept if kept is not None else rp)
        if kept is not None:
            self.planned_ids[target].add(kept)
            self.names[target].setdefault(kept, name)

    def name_of(self, target: str, rid: int | None) -> str:
        return self.names[target].get(rid, "") if rid is not None else ""

    def resolve(self, target: str, value: Any) -> Target | None:
        """The record a cell names, by ID or by name; None when there is none."""
        memo = (target, value.__class__, value)
        found = self.resolved.get(memo)
        if found is not None:
            return found
        if target == CHANNEL:
            found = wf.parse_enum(Channel, str(value))
        elif isinstance(value, int):
            if value in self.ids[target] or value in self.planned_ids[target]:
                found = value
        elif fold(str(value)) in self.ambiguous[target]:
            return None
        else:
            text = str(value)
            found = self.by_name[target].get(fold(text))
            if found is None and target == ORGANISATION:
                found = self.by_key.get(name_key(text))
        if found is not None:  # what is found stays found; a record planned later may appear
            self.resolved[memo] = found
        return found

    def same(self, target: str, current: int | None, value: Any) -> bool:
        """Whether a cell still names the record a reference points at."""
        if value is None:
            return current is None
        if current is None:
            return False
        if isinstance(value, int):
            return value == current
        name = self.name_of(target, current)
        if fold(str(value)) == fold(name):
            return True
        return target == ORGANISATION and name_key(str(value)) == name_key(name)


@dataclass
class _Existing:
    """One stored record: its column values, its links and items, and when it last changed."""

    row: dict[str, Any]
    updated_at: dt.datetime
    links: dict[str, tuple[int, ...]] = field(default_factory=dict)
    items: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _load_existing(session: Session, kind: _Kind) -> dict[int, _Existing]:
    """Every stored record of a sheet's table, with links and items: one query per table."""
    table = kind.table
    result: dict[int, _Existing] = {}
    # a participant is edited in its session's editor, which stamps the session
    session_changed: dict[int, dt.datetime] = (
        dict(session.execute(select(DialogueSession.id, DialogueSession.updated_at)).all())
        if kind is PARTICIPANTS
        else {}
    )
    for row in session.execute(select(table)).mappings():
        if kind.versioned:
            updated = row["updated_at"]
        else:
            updated = session_changed.get(row["session_id"], dt.datetime.min)
        result[row["id"]] = _Existing(dict(row), updated)
    for ref in kind.refs:
        if ref.link is None or ref.link_column is None:
            continue
        link: Table = ref.link.__table__  # type: ignore[assignment]
        owner = next(c for c in link.primary_key.columns if c.name != ref.link_column)
        grouped: dict[int, list[int]] = defaultdict(list)
        for oid, tid in session.execute(select(owner, link.c[ref.link_column])):
            grouped[oid].append(tid)
        for oid, targets in grouped.items():
            if oid in result:
                result[oid].links[ref.key] = tuple(targets)
    if kind.items:
        texts: dict[tuple[int, str], list[str]] = defaultdict(list)
        keys = {v: k for k, v in kind.items.items()}
        for sid, item_kind, text in session.execute(
            select(SessionItem.session_id, SessionItem.kind, SessionItem.text).order_by(
                SessionItem.session_id, SessionItem.position, SessionItem.id
            )
        ):
            texts[(sid, keys[SessionItemKind(item_kind)])].append(text)
        for (sid, key), lines in texts.items():
            if sid in result:
                result[sid].items[key] = tuple(lines)
    return result


# --- reading cells, column by column ------------------------------------------------------------


class _Unread:
    """Marks a cell that could not be read (reported; the stored value is kept)."""


UNREAD = _Unread()


def _ref_value(value: Any) -> Any:
    """A reference cell: a whole number is an ID, anything else a name."""
    if isinstance(value, bool):
        raise ValidationError("the value is not an ID or a name")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValidationError("the value is not an ID or a name")
    text = as_text(value)
    return int(text) if text.isdigit() else text


def _list_value(value: Any) -> tuple[str, ...]:
    """A set of names separated by ";" or new lines, sorted as the export writes them."""
    parts = [p.strip() for p in as_text(value).replace("\n", ";").split(";")]
    return tuple(sorted({p for p in parts if p}, key=fold))


def _id(value: Any) -> int | None:
    """An ID column's cell: a whole number (a ticked box is not one)."""
    if isinstance(value, bool):
        raise ValidationError("the value is not a whole number")
    return imp._int(value)


def _id_list(value: Any) -> tuple[int, ...]:
    """A set of IDs separated by ";" (or "," or new lines), as People IDs holds them."""
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValidationError("an ID here is not a whole number")
    if isinstance(value, int | float):
        return (int(value),)
    parts = as_text(value).replace("\n", ";").replace(",", ";").split(";")
    try:
        return tuple(sorted({int(p.strip()) for p in parts if p.strip()}))
    except ValueError:
        raise ValidationError("an ID here is not a whole number") from None


def _lines(value: Any) -> tuple[str, ...]:
    """An ordered list typed one item per line (questions, points for discussion)."""
    return tuple(line.strip() for line in as_text(value).splitlines() if line.strip())


def _text(value: Any) -> str | None:
    """Plain text, trimmed; empty is None."""
    return as_text(value) or None


def _parser(kind: _Kind, column: wf.Column) -> Callable[[Any], Any]:
    """How one column's non-empty cells are read, chosen once per sheet."""
    key = column.key
    refs = {r.key: r for r in kind.refs}
    by_id = {r.id_key: r for r in kind.refs if r.id_key is not None}
    if key == "id":
        return imp._int
    if key in by_id:
        return _id_list if by_id[key].link is not None else _id
    if key in refs:
        return _list_value if refs[key].link is not None else _ref_value
    if key in kind.items:
        return _lines
    if column.choices is not None:
        return imp._enum(column.choices)
    if column.kind is wf.B:
        return imp._bool
    if column.kind is wf.D:
        return imp._date
    if column.kind is wf.DT:
        return imp._datetime
    if column.kind is wf.N:
        return numbers.parse_amount
    return _text


def _max_length(kind: _Kind, key: str) -> int | None:
    """The longest text the column holding ``key`` takes (PostgreSQL refuses longer)."""
    column = kind.fields.get(key)
    if column is None:
        return None
    length = getattr(kind.table.c[column].type, "length", None)
    return length if isinstance(length, int) else None


def _limited(parse: Callable[[Any], Any], length: int | None) -> Callable[[Any], Any]:
    if length is None:
        return parse

    def limited(value: Any) -> Any:
        result = parse(value)
        if isinstance(result, str) and len(result) > length:
            raise ValidationError("the text is longer than {length} characters", length=length)
        return result

    return limited


def _read_sheet(
    plan: imp.ImportPlan, kind: _Kind, sheet: str, rows: list[list[Any]], errors: set[Any]
) -> tuple[list[int], dict[str, list[Any]], dict[int, list[imp.Problem]], dict[str, str]]:
    """Row numbers, parsed values per column key, problems per row, and the header labels."""
    columns = wf.column_map(kind.spec, rows[0])
    numbers_ = [i + 1 for i in range(1, len(rows)) if not imp._blank(rows[i])]
    data = [rows[n - 1] for n in numbers_]
    values: dict[str, list[Any]] = {}
    problems: dict[int, list[imp.Problem]] = defaultdict(list)
    labels: dict[str, str] = {}

    def problem(number: int, key: str, template: str, **params: Any) -> None:
        problems[number].append(
            imp.Problem.of(plan.file, sheet, number, labels[key], template, **params)
        )

    for col, column in columns.items():
        if column.derived:
            continue
        key = column.key
        labels[key] = as_text(rows[0][col]) or column.label("en")
        base = _parser(kind, column)
        length = _max_length(kind, key)
        parse = _limited(base, length)
        plain_text = base is _text
        error_rows = {r + 1 for r, c in errors if c == col}
        parsed: dict[tuple[type, Any], Any] = {}
        out: list[Any] = []
        for number, row in zip(numbers_, data, strict=True):
            cell = row[col] if col < len(row) else None
            if error_rows and number in error_rows:
                problem(
                    number,
                    key,
                    "the cell holds an Excel error (such as #N/A or #DIV/0!); left out",
                )
                out.append(UNREAD)
                continue
            if cell is None or cell == "":
                out.append(None)
                continue
            if plain_text and cell.__class__ is str:  # most cells: no parsing, nothing to share
                text = cell.strip()
                if length is not None and len(text) > length:
                    problem(
                        number,
                        key,
                        "the text is longer than {length} characters; left out",
                        length=length,
                    )
                    out.append(UNREAD)
                else:
                    out.append(text or None)
                continue
            memo = (cell.__class__, cell)
            try:
                out.append(parsed[memo])
                continue
            except KeyError:
                pass
            try:
                result = parse(cell)
            except ValidationError as error:
                template, params = imp._without_quoted_values(error.template, error.params)
                problem(number, key, template + "; left out", **params)
                out.append(UNREAD)
                continue
            parsed[memo] = result
            out.append(result)
        values[key] = out
    return numbers_, values, problems, labels


# --- planning -----------------------------------------------------------------------------


def plan_sheets(
    session: Session, source: Any, plan: imp.ImportPlan, sheets: dict[str, str]
) -> None:
    """Plan the activity sheets present in a workbook (spec key -> sheet name), in order."""
    _plan_reach(session, source, plan)
    if not sheets:
        return
    index = _Index(session, plan)
    for kind in KINDS:
        name = sheets.get(kind.entity)
        if name is None:
            continue
        raw = source.read(name)
        if not raw.rows:
            continue
        _Planner(session, plan, index, kind, name).run(raw.rows, raw.errors)


class _Planner:
    """Plans one activity sheet: reads it column by column, then decides row by row."""

    def __init__(
        self, session: Session, plan: imp.ImportPlan, index: _Index, kind: _Kind, sheet: str
    ) -> None:
        self.session, self.plan, self.index, self.kind, self.sheet = (
            session,
            plan,
            index,
            kind,
            sheet,
        )
        self.existing = _load_existing(session, kind)
        self.labels: dict[str, str] = {}
        #: row number -> keys of the references its ID columns gave (problems name those)
        self.by_id: dict[int, set[str]] = {}
        #: (target, name cell, IDs) -> whether they name other records, once both are known
        self.names_differ: dict[tuple[Any, ...], bool] = {}
        #: unique keys of what is stored and planned, for rows without an ID
        self.stored_keys: dict[tuple[Any, ...], int] = {}
        self.planned_keys: dict[tuple[Any, ...], imp.RowPlan] = {}
        for rid, existing in self.existing.items():
            key = self._key_of_stored(existing)
            if key is not None:
                self.stored_keys.setdefault(key, rid)

    def run(self, rows: list[list[Any]], errors: set[Any]) -> None:
        kind, plan = self.kind, self.plan
        if "id" not in {c.key for c in wf.column_map(kind.spec, rows[0]).values()}:
            plan.problems.append(
                imp.Problem.of(
                    plan.file, self.sheet, 1, None, "the ID column is missing; sheet not imported"
                )
            )
            return
        numbers_, columns, problems, self.labels = _read_sheet(plan, kind, self.sheet, rows, errors)
        plan.raw[self.sheet] = (list(rows[0]), {n: rows[n - 1] for n in numbers_})  # unchanged
        keys = list(columns)
        # row by row from the columns zipped once, not a lookup per row and column
        for number, row in zip(numbers_, zip(*columns.values(), strict=True), strict=True):
            self._plan_row(number, dict(zip(keys, row, strict=True)), problems.get(number, []))

    def problem(self, rp: imp.RowPlan, key: str | None, template: str) -> None:
        column = self.labels.get(key, key) if key else None
        rp.problems.append(imp.Problem.of(self.plan.file, self.sheet, rp.row, column, template))

    def _plan_row(self, number: int, values: dict[str, Any], problems: list[imp.Problem]) -> None:
        kind = self.kind
        raw_id = values.pop("id", None)
        unreadable_id = raw_id is UNREAD
        record_id = None if unreadable_id else raw_id
        if problems:  # only a row with a problem holds an unreadable cell (UNREAD)
            # as the sheet shows it, names and all
            label = self._label({k: v for k, v in values.items() if v is not UNREAD})
            overruled = self._take_ids(number, values)
            values = {k: v for k, v in values.items() if v is not UNREAD}
        else:
            label = self._label(values)
            overruled = self._take_ids(number, values)
        rp = imp.RowPlan(
            kind.entity,
            self.sheet,
            number,
            imp.RowStatus.NEW,
            label,
            values,
            record_id,
            problems=problems,
        )
        self.plan.rows.append(rp)
        for overruled_key in overruled:
            self.problem(
                rp, overruled_key, "this name is not the name of the ID beside it; the ID was used"
            )
        if unreadable_id:
            rp.status = imp.RowStatus.ERROR
            self.problem(rp, "id", "the ID is not a whole number; row not imported")
            return
        existing = self.existing.get(record_id) if record_id is not None else None
        if existing is None:
            resolved = self._resolve_all(rp)
            if resolved is None:
                return
            key = self._key_of_new(values, resolved)
            if kind in (PARTICIPANTS, OUTREACH, OUTREACH_WAVES) and key in self.stored_keys:
                # the link (or the wave of this name) already exists: this row is that record
                rp.record_id = record_id = self.stored_keys[key]
                existing = self.existing[record_id]
            else:
                self._plan_new(rp, resolved, key)
                return
        self._plan_known(rp, existing)

    def _take_ids(self, number: int, values: dict[str, Any]) -> list[str]:
        """Put what each filled ID column names in place of its name column: the ID wins.

        A row with only names (a colleague's sheet) keeps them; an unreadable ID cell
        (reported) leaves the reference as stored rather than guess from the name. Returns the
        name columns whose text names someone else than their ID (said, so an edited name is
        not ignored in silence).
        """
        overruled = []
        for ref in self.kind.refs:
            if ref.id_key is None or ref.id_key not in values:
                continue
            ids = values.pop(ref.id_key)
            if ids is None or ids == ():
                continue
            if ids is UNREAD:
                values.pop(ref.key, None)
                continue
            if self._names_differ(ref, values.get(ref.key), ids):
                overruled.append(ref.key)
            values[ref.key] = ids
            self.by_id.setdefault(number, set()).add(ref.key)
        return overruled

    def _names_differ(self, ref: _Ref, shown: Any, ids: Any) -> bool:
        """Whether a name cell names other records than the IDs beside it (when both known)."""
        if shown in (None, (), "", wf.WOO_CODE):
            return False
        remembered = (ref.target, shown.__class__, shown, ids)
        differ = self.names_differ.get(remembered)
        if differ is not None:
            return differ
        if isinstance(shown, tuple):
            written = shown
        elif isinstance(ids, tuple):  # a list of names in one cell, as the export writes it
            written = tuple(part.strip() for part in str(shown).split(";") if part.strip())
        else:
            written = (shown,)
        known = [
            self.index.name_of(ref.target, i) for i in (ids if isinstance(ids, tuple) else (ids,))
        ]
        if not all(known) or wf.WOO_CODE in written:
            return False
        # as sets: a list cell is read without repeats ("Stichting Jong" twice is one name)
        differ = {fold(str(n)) for n in written} != {fold(n) for n in known}
        self.names_differ[remembered] = differ  # a known record's name stays what it is
        return differ

    def _label(self, values: dict[str, Any]) -> str:
        def text(key: str) -> str:
            value = values.get(key)
            if value is None or value is UNREAD:
                return ""
            return as_text(value) if not isinstance(value, tuple) else ", ".join(value)

        kind = self.kind
        if kind is SESSIONS:
            return text("title")
        if kind is OUTREACH_WAVES:
            return text("name")
        if kind is PARTICIPANTS:
            person, session = values.get("person_id"), values.get("session_id")
            if isinstance(person, int):
                person = self.index.names[PERSON].get(person, person)
            if isinstance(session, int):
                session = self.index.names[SESSION].get(session, session)
            return f"{person or ''} — {session or ''}"
        if kind is ACTIONS:
            return text("description")
        if kind is OUTREACH:
            return f"{text('organisation')} — {text('wave')}"
        return f"{text('date')} {text('organisation')}".strip()

    # a record the database holds
    def _plan_known(self, rp: imp.RowPlan, existing: _Existing) -> None:
        if not self._diff(rp, existing):
            return
        if not rp.changes:
            rp.status = imp.RowStatus.UNCHANGED
            return
        exported = self.plan.exported_at
        if exported is not None and existing.updated_at > exported:
            rp.status = imp.RowStatus.CONFLICT
            self.problem(
                rp,
                None,
                "this record was changed in partnerdesk after the export; the row was not applied",
            )
            return
        rp.status = imp.RowStatus.UPDATE
        if self.kind is OUTREACH_WAVES and "name" in rp.changes:
            # the other sheets may name the wave by its new name; no other row may take it
            self.index.by_name[WAVE][fold(rp.values["name"])] = existing.row["id"]
            self.planned_keys[(fold(rp.values["name"]),)] = rp

    def _diff(self, rp: imp.RowPlan, existing: _Existing) -> bool:
        """What the row changes in a stored record (``changes`` and the links the writer
        uses); False, with the row an error, when a reference or a rule fails."""
        kind, index = self.kind, self.index
        changes: dict[str, tuple[Any, Any]] = {}
        db: dict[str, Any] = {}
        old: dict[str, Any] = {}
        for key, value in rp.values.items():
            if key in kind.fields:
                column = kind.fields[key]
                current = existing.row[column]
                if imp._differs(current, value):
                    if value is None and (key in kind.required or column in kind.defaults):
                        continue  # an emptied required cell keeps what is stored
                    changes[key] = (current, value)
                    db[column], old[column] = value, current
            elif key in kind.items:
                current_items = existing.items.get(key, ())
                if list(current_items) != list(value or ()):
                    changes[key] = ("\n".join(current_items), "\n".join(value or ()))
                    rp.links.setdefault("items", {})[key] = value or ()
        for ref in kind.refs:
            if ref.key not in rp.values:
                continue
            value = rp.values[ref.key]
            if ref.link is None:
                assert ref.column is not None
                current_id = existing.row[ref.column]
                if index.same(ref.target, current_id, value):
                    continue
                if value is None and ref.key in kind.required:
                    continue
                target = None if value is None else index.resolve(ref.target, value)
                if value is not None and target is None:
                    self._unresolved(rp, ref, value)
                    return False
                if target is not None and target == current_id:
                    continue  # another name of the same record
                changes[ref.key] = (
                    index.name_of(ref.target, current_id),
                    self._shown(ref, value) if self._by_id(rp, ref) else value,
                )
                db[ref.column], old[ref.column] = target, current_id
            else:
                current_ids = existing.links.get(ref.key, ())
                wanted = value or ()
                if self._by_id(rp, ref):
                    if set(wanted) == set(current_ids):
                        continue
                else:
                    current_names = {fold(index.name_of(ref.target, i)) for i in current_ids}
                    if {fold(n) for n in wanted} == current_names:
                        continue
                targets = self._resolve_list(rp, ref, wanted)
                if targets is None:
                    return False
                if not any(isinstance(t, imp.RowPlan) for t in targets) and set(targets) == set(
                    current_ids
                ):
                    continue  # the same records by other names (a channel's Dutch label)
                changes[ref.key] = (
                    tuple(sorted((index.name_of(ref.target, i) for i in current_ids), key=fold)),
                    self._shown(ref, wanted) if self._by_id(rp, ref) else wanted,
                )
                rp.links.setdefault("lists", {})[ref.key] = targets
        if not changes:
            rp.links.pop("items", None)
            return True
        rp.changes = changes
        rp.links["db"], rp.links["old"] = db, old
        return self._consistent(rp, {**existing.row, **db}, existing.row.get("id"))

    def _consistent(self, rp: imp.RowPlan, row: dict[str, Any], record_id: int | None) -> bool:
        """Rules the schema enforces, checked here so a row fails alone and says why."""
        kind = self.kind
        starts, ends = row.get("starts_at"), row.get("ends_at")
        if kind is SESSIONS and starts and ends and ends < starts:
            rp.status = imp.RowStatus.ERROR
            self.problem(rp, "ends_at", "the session ends before it starts; row not imported")
            return False
        if kind is OUTREACH_WAVES:
            starts, ends = row.get("starts_on"), row.get("ends_on")
            if starts and ends and ends < starts:
                rp.status = imp.RowStatus.ERROR
                self.problem(rp, "ends_on", "the wave ends before it starts; row not imported")
                return False
            wave_key = (fold(row["name"]),)
            other = self.stored_keys.get(wave_key)
            renamed_to = record_id is not None and self.planned_keys.get(wave_key, rp) is not rp
            if (other is not None and other != record_id) or renamed_to:
                rp.status = imp.RowStatus.ERROR
                self.problem(rp, "name", "another outreach wave has this name; row not imported")
                return False
        if kind in (PARTICIPANTS, OUTREACH) and record_id is not None:
            columns = (
                ("session_id", "person_id")
                if kind is PARTICIPANTS
                else ("wave_id", "organisation_id")
            )
            key = tuple(row.get(c) for c in columns)
            other = self.stored_keys.get(key)
            if other is not None and other != record_id:
                rp.status = imp.RowStatus.ERROR
                message = (
                    "this person is already a participant of that session; row not imported"
                    if kind is PARTICIPANTS
                    else "this organisation is already in that outreach wave; row not imported"
                )
                self.problem(rp, None, message)
                return False
        return True

    def _by_id(self, rp: imp.RowPlan, ref: _Ref) -> bool:
        """Whether the row names this reference in its ID column."""
        return ref.key in self.by_id.get(rp.row, ())

    def _shown(self, ref: _Ref, value: Any) -> Any:
        """What an ID column names, as the preview shows it: by name (the ID when unknown)."""
        if isinstance(value, tuple):
            return tuple(sorted((str(self._shown(ref, v)) for v in value), key=fold))
        return self.index.name_of(ref.target, value) or value

    def _unresolved(self, rp: imp.RowPlan, ref: _Ref, value: Any = None) -> None:
        if self._by_id(rp, ref):
            assert ref.id_key is not None
            rp.status = imp.RowStatus.ERROR
            unknown = {PERSON: "no person", ORGANISATION: "no organisation"}[ref.target]
            self.problem(rp, ref.id_key, f"{unknown} has this ID; row not imported")
            return
        if value is not None and fold(str(value)) in self.index.ambiguous[ref.target]:
            rp.status = imp.RowStatus.ERROR
            message = "more than one record has this name; write its ID; row not imported"
            self.problem(rp, ref.key, message)
            return
        what = {
            ORGANISATION: "no organisation has this ID or name",
            PERSON: "no person has this ID or name",
            SESSION: "no session has this ID or title",
            WAVE: "no outreach wave has this ID or name",
            TARGET_GROUP: "no target group has this name",
            CHANNEL: "a channel here is not one partnerdesk knows",
        }[ref.target]
        rp.status = imp.RowStatus.ERROR
        self.problem(rp, ref.key, f"{what}; row not imported")

    def _resolve_list(
        self, rp: imp.RowPlan, ref: _Ref, wanted: Iterable[str]
    ) -> list[Target] | None:
        targets: list[Target] = []
        for name in wanted:
            target = self.index.resolve(ref.target, name)
            if target is None:
                self._unresolved(rp, ref, name)
                return None
            if not any(t is target or t == target for t in targets):
                targets.append(target)
        return targets

    # a record to make
    def _resolve_all(self, rp: imp.RowPlan) -> dict[str, Any] | None:
        """Every reference of a new row resolved; None (row error) when one cannot be."""
        kind, values = self.kind, rp.values
        for key in kind.required:
            if values.get(key) in (None, ()):
                rp.status = imp.RowStatus.ERROR
                self.problem(
                    rp, key, "this column may not be empty for a new row; row not imported"
                )
                return None
        resolved: dict[str, Any] = {}
        for ref in kind.refs:
            value = values.get(ref.key)
            if value in (None, ()):
                continue
            if ref.link is not None:
                targets = self._resolve_list(rp, ref, value)
                if targets is None:
                    return None
                resolved[ref.key] = targets
                continue
            target = self.index.resolve(ref.target, value)
            if target is None and ref.target == WAVE and not isinstance(value, int):
                target = self._new_wave(rp, str(value))
            if target is None:
                self._unresolved(rp, ref, value)
                return None
            resolved[ref.key] = target
        return resolved

    def _new_wave(self, rp: imp.RowPlan, name: str) -> imp.RowPlan:
        """An outreach wave partnerdesk does not know yet is made from its name."""
        key = fold(name)
        if key not in self.index.new_waves:
            wave = imp.RowPlan(WAVES, self.sheet, rp.row, imp.RowStatus.NEW, name, {"name": name})
            wave.links["db"] = {c: None for c in OUTREACH_WAVES.fields.values()} | {"name": name}
            self.index.new_waves[key] = wave
            self.index.by_name[WAVE][key] = wave
            self.plan.rows.append(wave)
        return self.index.new_waves[key]

    def _key_of_stored(self, existing: _Existing) -> tuple[Any, ...] | None:
        row = existing.row
        if self.kind is OUTREACH_WAVES:
            return (fold(row["name"]),)
        if self.kind is SESSIONS:
            return (fold(row["title"]), row["starts_at"].date(), row["organiser_id"])
        if self.kind is PARTICIPANTS:
            return (row["session_id"], row["person_id"])
        if self.kind is ACTIONS:
            return (fold(row["description"]), row["session_id"])
        if self.kind is OUTREACH:
            return (row["wave_id"], row["organisation_id"])
        return (row["happened_on"], row["organisation_id"], fold(row["summary"] or ""))

    def _key_of_new(self, values: dict[str, Any], resolved: dict[str, Any]) -> tuple[Any, ...]:
        def ref(key: str) -> Any:
            target = resolved.get(key)
            return id(target) if isinstance(target, imp.RowPlan) else target

        if self.kind is OUTREACH_WAVES:
            return (fold(values["name"]),)
        if self.kind is SESSIONS:
            return (fold(values["title"]), values["starts_at"].date(), ref("organiser"))
        if self.kind is PARTICIPANTS:
            return (ref("session_id"), ref("person_id"))
        if self.kind is ACTIONS:
            return (fold(values["description"]), ref("session_id"))
        if self.kind is OUTREACH:
            return (ref("wave"), ref("organisation"))
        return (values.get("date"), ref("organisation"), fold(values.get("summary") or ""))

    def _plan_new(self, rp: imp.RowPlan, resolved: dict[str, Any], key: tuple[Any, ...]) -> None:
        kind = self.kind
        db: dict[str, Any] = {}
        for sheet_key, column in kind.fields.items():
            value = rp.values.get(sheet_key)
            db[column] = kind.defaults.get(column) if value is None else value
        if not self._consistent(rp, db, None):
            return
        # what making the record writes (also kept for a possible duplicate the coordinator
        # decides to add as new)
        made: dict[str, Any] = {"db": db}
        for ref in kind.refs:
            if ref.link is None:
                assert ref.column is not None
                db[ref.column] = resolved.get(ref.key)
            elif ref.key in resolved:
                made.setdefault("lists", {})[ref.key] = resolved[ref.key]
        for item_key in kind.items:
            if rp.values.get(item_key):
                made.setdefault("items", {})[item_key] = rp.values[item_key]
        if kind is OUTREACH_WAVES and key in self.planned_keys:
            rp.status = imp.RowStatus.ERROR  # names are unique: one row per wave
            self.problem(rp, "name", "an earlier row has this name; row not imported")
            return
        if key in self.stored_keys or key in self.planned_keys:
            self._plan_duplicate(rp, key, made)
            return
        self.planned_keys[key] = rp
        rp.links.update(made)
        record_id = rp.record_id
        rp.record_id = None
        if record_id is not None and record_id not in self.existing:
            kept = self.plan.kept_ids[kind.entity]
            if record_id not in kept:
                rp.links["keep_id"] = record_id
                kept.add(record_id)
        if kind is SESSIONS:
            self.index.add_planned(SESSION, rp.values["title"], rp)
        elif kind is OUTREACH_WAVES:
            self.index.add_planned(WAVE, rp.values["name"], rp)

    def _plan_duplicate(self, rp: imp.RowPlan, key: tuple[Any, ...], made: dict[str, Any]) -> None:
        """A row like a stored record or an earlier row: shown, written only as decided.

        Added as new it writes ``made``; taken as the stored record (the same) it writes
        what it changes there, as a row with that record's ID would.
        """
        rp.status = imp.RowStatus.DUPLICATE
        rp.links["new"] = made
        if key in self.stored_keys:
            rp.record_id = self.stored_keys[key]
            rp.other = self._stored_label(rp.record_id)
            problems = len(rp.problems)
            if not self._diff(rp, self.existing[rp.record_id]):
                del rp.problems[problems:]  # taken as the same, it changes nothing then
                rp.changes = {}
                for link in ("db", "old", "lists", "items"):
                    rp.links.pop(link, None)
            rp.status = imp.RowStatus.DUPLICATE
            return
        first = self.planned_keys[key]
        rp.other = f"{first.label} (row {first.row})"
        rp.record_id = None

    def _stored_label(self, record_id: int) -> str:
        row = self.existing[record_id].row
        if self.kind is SESSIONS:
            return str(row["title"])
        if self.kind is ACTIONS:
            return str(row["description"])
        if self.kind is OUTREACH_WAVES:
            return str(row["name"])
        return f"{self.kind.spec.en} {record_id}"


# --- reach per target group (a column of the Organisations sheet) -------------------------------

REACH = "target_reach"


def _plan_reach(session: Session, source: Any, plan: imp.ImportPlan) -> None:
    """Plan the reach of each organisation's target-group links from "Reach per target group".

    The importer makes the links from the Target groups column (without reach); this sets the
    reach on the links of that column's groups. A row whose reach is as stored plans nothing.
    """
    org_rows = {r.row: r for r in plan.rows if r.entity == "organisations"}
    if not org_rows:
        return
    sheet = next(iter(org_rows.values())).sheet
    raw = source.read(sheet)
    columns = {c.key: i for i, c in wf.column_map(wf.ORGANISATIONS, raw.rows[0]).items()}
    col = columns.get(REACH)
    if col is None:
        return
    label = as_text(raw.rows[0][col])
    groups: dict[str, Target] = {
        fold(n): i for i, n in session.execute(select(TargetGroup.id, TargetGroup.name))
    }
    for r in plan.rows:
        if r.entity == "target_groups" and r.status is imp.RowStatus.NEW:
            groups.setdefault(fold(r.values["name"]), r)
    stored: dict[int, dict[str, int | None]] = defaultdict(dict)
    for oid, name, reach in session.execute(
        select(
            OrganisationTargetGroup.organisation_id, TargetGroup.name, OrganisationTargetGroup.reach
        ).join(TargetGroup)
    ):
        stored[oid][fold(name)] = reach
    changed_at = dict(session.execute(select(Organisation.id, Organisation.updated_at)).all())
    held = (imp.RowStatus.CONFLICT, imp.RowStatus.ERROR, imp.RowStatus.DUPLICATE)
    for number, org in org_rows.items():
        row = raw.rows[number - 1]
        cell = row[col] if col < len(row) else None
        if org.status in held or ((number - 1, col) in raw.errors):
            continue
        relinked = org.status is imp.RowStatus.NEW or "target_groups" in org.changes
        if relinked:
            names_ = org.values.get("target_groups") or ()
            current: dict[str, int | None] = {}
        else:
            current = stored.get(org.record_id or 0, {})
            names_ = tuple(current)
        members = {fold(n) for n in names_}
        problems: list[imp.Problem] = []
        wanted: dict[str, int | None] = dict.fromkeys(members & set(current))
        for name, amount in wf.parse_reach_text(as_text(cell)) if cell not in (None, "") else ():
            try:
                reach = numbers.parse_amount(amount) if amount else None
            except ValidationError as error:
                template, params = imp._without_quoted_values(error.template, error.params)
                problems.append(
                    imp.Problem.of(
                        plan.file, sheet, number, label, template + "; left out", **params
                    )
                )
                continue
            if fold(name) not in members or fold(name) not in groups:
                problems.append(
                    imp.Problem.of(
                        plan.file,
                        sheet,
                        number,
                        label,
                        "a group here is not among the organisation's target groups; left out",
                    )
                )
                continue
            wanted[fold(name)] = reach
        if problems:
            org.problems.extend(problems)
        now = {k: v for k, v in current.items() if k in members}
        changes = {k: v for k, v in wanted.items() if now.get(k) != v and k in groups}
        if not changes:
            continue
        rp = imp.RowPlan(
            REACH,
            sheet,
            number,
            imp.RowStatus.NEW if org.status is imp.RowStatus.NEW else imp.RowStatus.UPDATE,
            org.label,
            {REACH: as_text(cell)},
            org.record_id,
        )
        rp.links["organisation"] = org
        rp.links["reach"] = [(groups[k], current.get(k), v) for k, v in changes.items()]
        rp.changes = {REACH: ("", as_text(cell))}
        exported = plan.exported_at
        if (
            org.status is not imp.RowStatus.NEW
            and org.status is not imp.RowStatus.UPDATE
            and exported is not None
            and changed_at.get(org.record_id or 0, dt.datetime.min) > exported
        ):
            rp.status = imp.RowStatus.CONFLICT
            rp.problems.append(
                imp.Problem.of(
                    plan.file,
                    sheet,
                    number,
                    label,
                    "this record was changed in partnerdesk after the export; "
                    "the row was not applied",
                )
            )
        plan.rows.append(rp)


def _write_reach(writer: Any, rows: list[imp.RowPlan]) -> None:
    """Each link's reach replaced: the old link row and the new one go into the history."""
    table: Table = OrganisationTargetGroup.__table__  # type: ignore[assignment]
    records = []
    for r in rows:
        org_id = r.links["organisation"].record_id
        for group, old, new in r.links["reach"]:
            group_id = _target_id(group)
            condition = (table.c.organisation_id == org_id) & (table.c.target_group_id == group_id)
            deleted = writer.session.execute(delete(table).where(condition)).rowcount
            if deleted:
                before = {"organisation_id": org_id, "target_group_id": group_id, "reach": old}
                writer.change_rows.append(
                    writer._change(table.name, org_id, ChangeOperation.DELETE, old=before)
                )
            records.append({"organisation_id": org_id, "target_group_id": group_id, "reach": new})
    writer._link(OrganisationTargetGroup, records)
    writer.updated[REACH] += len(rows)
    writer.tick(len(rows))


# --- writing ------------------------------------------------------------------------------------


def write(writer: Any, by_entity: dict[str, list[imp.RowPlan]]) -> None:
    """Write the activity rows of a plan with the importer's writer (one transaction)."""
    for kind in KINDS:
        rows = by_entity.get(kind.entity, [])
        new = [r for r in rows if r.outcome is imp.RowStatus.NEW]
        updates = [r for r in rows if r.outcome is imp.RowStatus.UPDATE]
        for r in new:
            if r.status is imp.RowStatus.DUPLICATE:  # decided: add as new after all
                for link in ("db", "old", "lists", "items"):
                    r.links.pop(link, None)
                r.links.update(r.links["new"])
                r.record_id = None
        if new:
            _create(writer, kind, new)
        if updates:
            _update(writer, kind, updates)
    reach = [
        r for r in by_entity.get(REACH, []) if r.status in (imp.RowStatus.NEW, imp.RowStatus.UPDATE)
    ]
    if reach:
        _write_reach(writer, reach)
    if any(by_entity.get(k) for k in _BY_KEY):
        advance_id_sequences(writer.session, TABLES)


def _target_id(target: Target | None) -> int | str | None:
    """The id a planned reference has by now (a record made earlier in this import)."""
    if isinstance(target, imp.RowPlan):
        return target.record_id
    return target


def _stamp(writer: Any, record: dict[str, Any]) -> dict[str, Any]:
    """Version and times of a record made by this import."""
    record.update(version=1, created_at=writer.now, updated_at=writer.now)
    return record


def _create(writer: Any, kind: _Kind, rows: list[imp.RowPlan]) -> None:
    """New records of one sheet in one executemany, then their links and items."""
    ids = writer._ids(kind.model, rows)
    records = []
    for r, i in zip(rows, ids, strict=True):
        record = {"id": i}
        for column, value in r.links["db"].items():
            record[column] = _target_id(value) if isinstance(value, imp.RowPlan) else value
        records.append(_stamp(writer, record) if kind.versioned else record)
    writer._insert(kind.model, kind.entity, records)
    _write_lists(writer, kind, rows, replace=False)
    _write_items(writer, rows, replace=False)


def _write_lists(writer: Any, kind: _Kind, rows: list[imp.RowPlan], *, replace: bool) -> None:
    """Link rows of list columns (involved organisations, people); replaced ones into history."""
    for ref in kind.refs:
        if ref.link is None or ref.link_column is None:
            continue
        link: Table = ref.link.__table__  # type: ignore[assignment]
        owner = next(c.name for c in link.primary_key.columns if c.name != ref.link_column)
        changed = [r for r in rows if ref.key in r.links.get("lists", {})]
        if not changed:
            continue
        if replace:
            owners = [r.record_id for r in changed]
            for start in range(0, len(owners), imp.CHUNK):
                chunk = owners[start : start + imp.CHUNK]
                for old in writer.session.execute(
                    select(link).where(link.c[owner].in_(chunk))
                ).mappings():
                    writer.change_rows.append(
                        writer._change(link.name, old[owner], ChangeOperation.DELETE, old=dict(old))
                    )
                writer.session.execute(delete(link).where(link.c[owner].in_(chunk)))
        records = [
            {owner: r.record_id, ref.link_column: _target_id(t)}
            for r in changed
            for t in r.links["lists"][ref.key]
        ]
        writer._link(ref.link, records)


def _write_items(writer: Any, rows: list[imp.RowPlan], *, replace: bool) -> None:
    """A session's ordered questions, points and sub-questions, one item per line."""
    changed = [r for r in rows if r.links.get("items")]
    if not changed:
        return
    table: Table = SessionItem.__table__  # type: ignore[assignment]
    kinds = SESSIONS.items
    if replace:
        for r in changed:
            wanted = [kinds[k] for k in r.links["items"]]
            condition = (table.c.session_id == r.record_id) & table.c.kind.in_(wanted)
            for old in writer.session.execute(select(table).where(condition)).mappings():
                writer.change_rows.append(
                    writer._change(table.name, old["id"], ChangeOperation.DELETE, old=dict(old))
                )
            writer.session.execute(delete(table).where(condition))
    next_id = (writer.session.scalar(select(func.max(SessionItem.id))) or 0) + 1
    records = []
    for r in changed:
        for key, lines in r.links["items"].items():
            for position, text in enumerate(lines):
                records.append(
                    {
                        "id": next_id,
                        "session_id": r.record_id,
                        "kind": kinds[key],
                        "position": position,
                        "text": text,
                    }
                )
                next_id += 1
    writer._link(SessionItem, records)


def _update(writer: Any, kind: _Kind, rows: list[imp.RowPlan]) -> None:
    """Core updates grouped by the columns they change; a Change row per changed field."""
    table = kind.table
    groups: dict[tuple[str, ...], list[imp.RowPlan]] = defaultdict(list)
    for r in rows:
        groups[tuple(sorted(r.links["db"]))].append(r)
    conn = writer.session.connection()
    for columns, group in groups.items():
        if columns:
            values: dict[str, Any] = {c: bindparam(f"new_{c}") for c in columns}
            if kind.versioned:
                values.update(version=table.c.version + 1, updated_at=writer.now)
            statement = update(table).where(table.c.id == bindparam("row_id")).values(values)
            conn.execute(
                statement,
                [
                    {
                        "row_id": r.record_id,
                        **{f"new_{c}": _target_id(r.links["db"][c]) for c in columns},
                    }
                    for r in group
                ],
            )
        elif kind.versioned:
            conn.execute(
                update(table)
                .where(table.c.id.in_([r.record_id for r in group]))
                .values(version=table.c.version + 1, updated_at=writer.now)
            )
        for r in group:
            for c in columns:
                writer.change_rows.append(
                    writer._change(
                        table.name,
                        r.record_id,
                        ChangeOperation.UPDATE,
                        field_name=c,
                        old=_plain(r.links["old"][c]),
                        new=_plain(_target_id(r.links["db"][c])),
                    )
                )
    _write_lists(writer, kind, rows, replace=True)
    if kind.items:
        _write_items(writer, rows, replace=True)
    writer.updated[kind.entity] += len(rows)
    writer.tick(len(rows))


def _plain(value: Any) -> Any:
    """A value as its Change row keeps it (an enumeration by its stored value)."""
    return value.value if isinstance(value, StrEnum) else value

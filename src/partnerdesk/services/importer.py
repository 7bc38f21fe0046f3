"""Import a partnerdesk workbook or a colleague's sheet: preview per row, then one transaction.

Two kinds of file arrive. A partnerdesk export (it has an About sheet) is read sheet by
sheet by its stable IDs: a known ID updates its record, or is a conflict when the record
changed in partnerdesk after the export. Anything else is a colleague's list: one person
per row with the organisation repeated, matched by organisation name key and by e-mail,
phone or name. A match that is not certain is a possible duplicate: shown, never merged.
A row missing from a sheet never deletes anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain, compress, repeat
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from partnerdesk.domain import contact, dates, matching, names, numbers
from partnerdesk.domain.enums import (
    BatchKind,
    ChangeOperation,
    Channel,
    ContactChannel,
    OrganisationKind,
    PartnershipStatus,
    Priority,
)
from partnerdesk.domain.organisations import name_key
from partnerdesk.domain.text import fold
from partnerdesk.errors import BadFileError, UserError, ValidationError
from partnerdesk.exchange import csvfile, headers
from partnerdesk.exchange.tables import Note, RawSheet, SheetInfo, SpreadsheetFile, as_text
from partnerdesk.persistence import history, search
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.ids import advance_id_sequences
from partnerdesk.persistence.models import (
    Affiliation,
    Base,
    Change,
    ChangeBatch,
    ContactMoment,
    ImportMapping,
    Organisation,
    OrganisationChannel,
    OrganisationSector,
    OrganisationTag,
    OrganisationTargetGroup,
    Person,
    PersonTag,
    Sector,
    Tag,
    TargetGroup,
    utcnow,
)
from partnerdesk.services import duplicates
from partnerdesk.services import workbook_format as wf
from partnerdesk.services.common import collector_paused

#: How many rows a Core insert sends at once.
CHUNK = 5_000
TOTAL_WORDS = ("totaal", "total", "totalen", "totals", "subtotaal", "subtotal", "som", "sum")


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    DUPLICATE = "possible duplicate"
    CONFLICT = "conflict"
    ERROR = "error"


STATUSES = tuple(RowStatus)


class Decision(StrEnum):
    """What the coordinator chose for a possible duplicate row."""

    #: leave the row out (the default: nothing is merged or added without a choice)
    SKIP = "skip"
    #: the row is the existing record: update that record with the row's values
    SAME = "same"
    #: the row is someone or something else: add it as a new record
    NEW = "new"


@dataclass(frozen=True)
class Problem:
    """One thing that was wrong, with where (spreadsheet row numbering) and what.

    ``message`` is the English text (command line, JSON report, error workbook); ``template``
    and ``params`` are that text before its values were filled in, for the GUI to translate.
    """

    file: str
    sheet: str
    row: int | None
    column: str | None
    message: str
    template: str | None = None
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def of(
        cls,
        file: str,
        sheet: str,
        row: int | None,
        column: str | None,
        template: str,
        **params: Any,
    ) -> Problem:
        """A problem whose message is ``template`` filled in with ``params``."""
        return cls(file, sheet, row, column, template.format(**params), template, params)

    def line(self) -> str:
        where = [self.file, f"sheet '{self.sheet}'"]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return ", ".join(where) + ": " + self.message

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class RowPlan:
    """What the import will do with one row for one entity."""

    entity: str
    sheet: str
    row: int
    status: RowStatus
    label: str
    values: dict[str, Any] = field(default_factory=dict)
    record_id: int | None = None
    #: for a possible duplicate: the existing record's name
    other: str | None = None
    #: for a possible duplicate: why it looks alike (the matcher's reason, in English)
    reason: str | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: keys into other plans this row links to (colleague sheets)
    links: dict[str, Any] = field(default_factory=dict)
    #: for a possible duplicate: what applying does with it (``changes`` are what SAME writes)
    decision: Decision = Decision.SKIP

    def decisions(self) -> tuple[Decision, ...]:
        """The choices a possible duplicate offers (SAME only when it matched a stored record)."""
        if self.status is not RowStatus.DUPLICATE:
            return ()
        if self.record_id is None:
            return (Decision.SKIP, Decision.NEW)  # like an earlier row of the same sheet
        return (Decision.SKIP, Decision.SAME, Decision.NEW)

    @property
    def outcome(self) -> RowStatus:
        """The status applying acts on: a possible duplicate's as the decision makes it."""
        if self.status is not RowStatus.DUPLICATE or self.decision not in self.decisions():
            return self.status
        if self.decision is Decision.NEW:
            return RowStatus.NEW
        if self.decision is Decision.SAME:
            return RowStatus.UPDATE if self.changes else RowStatus.UNCHANGED
        return RowStatus.DUPLICATE


@dataclass
class SheetChoice:
    """Which sheet to read from a colleague's file, where its header is, and the mapping."""

    sheet: str
    header_row: int  # 0-based index into the sheet's rows
    mapping: list[str | None]


@dataclass
class ImportPlan:
    """The preview: every row's status, the problems, and what applying will write."""

    file: str
    kind: str  # "partnerdesk" or "sheet"
    rows: list[RowPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    exported_at: dt.datetime | None = None
    #: raw rows by sheet, for the error workbook
    raw: dict[str, tuple[list[Any], dict[int, Sequence[Any]]]] = field(default_factory=dict)
    #: IDs from the sheet that new records keep (a fresh database), by entity
    kept_ids: defaultdict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    # These walk every row of the plan (hundreds of thousands at scale 1) and are asked for
    # several times per import: map and attrgetter keep the walk out of the interpreter loop.

    def all_problems(self) -> list[Problem]:
        return self.problems + list(chain.from_iterable(map(_PROBLEMS_OF, self.rows)))

    def counts(self) -> dict[str, dict[str, int]]:
        tally = Counter(map(_ENTITY_AND_STATUS_OF, self.rows))
        result: dict[str, dict[str, int]] = {}
        for (entity, status), count in tally.items():
            if entity not in result:
                result[entity] = {s.value: 0 for s in STATUSES}
            result[entity][status.value] += count
        return result

    def duplicates(self) -> list[RowPlan]:
        statuses = map(_STATUS_OF, self.rows)
        return list(compress(self.rows, map(operator.is_, statuses, repeat(RowStatus.DUPLICATE))))

    def applicable(self) -> int:
        """How many rows applying writes, possible duplicates counted as decided."""
        tally = Counter(map(_STATUS_OF, self.rows))
        count = tally[RowStatus.NEW] + tally[RowStatus.UPDATE]
        if tally[RowStatus.DUPLICATE]:  # only a possible duplicate's outcome is not its status
            writes = (RowStatus.NEW, RowStatus.UPDATE)
            count += sum(1 for r in self.duplicates() if r.outcome in writes)
        return count

    def report(self, applied: bool) -> dict[str, Any]:
        """The machine-readable report of design §5."""
        return {
            "file": self.file,
            "applied": applied,
            "counts": self.counts(),
            "problems": [p.as_dict() for p in self.all_problems()],
            "possible_duplicates": [
                {
                    "entity": r.entity,
                    "sheet": r.sheet,
                    "row": r.row,
                    "name": r.label,
                    "existing_name": r.other,
                    "existing_id": r.record_id,
                    "reason": r.reason,
                }
                for r in self.duplicates()
            ],
            "notes": self.notes,
        }


_STATUS_OF = operator.attrgetter("status")
_ENTITY_AND_STATUS_OF = operator.attrgetter("entity", "status")
_PROBLEMS_OF = operator.attrgetter("problems")


@dataclass(frozen=True)
class ImportSummary:
    batch_id: int | None
    created: dict[str, int]
    updated: dict[str, int]
    backup: Path | None


class ImportCancelled(UserError):
    """The coordinator cancelled; nothing was written."""


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# --- opening -------------------------------------------------------------------------


class ImportSource:
    """An opened file: its sheets, whether it is a partnerdesk export, and its About values."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.file = SpreadsheetFile(self.path)
        self.infos: list[SheetInfo] = self.file.sheets()
        self._cache: dict[str, RawSheet] = {}
        #: sheets being read ahead on a worker thread (see ``read_ahead``)
        self._ahead: dict[str, Future[RawSheet]] = {}
        self.about: dict[str, Any] = {}
        about_info = next((i for i in self.infos if wf.is_about_sheet(i.name)), None)
        if about_info is not None:
            raw = self.read(about_info.name)
            self.about = {as_text(r[0]): r[1] for r in raw.rows[1:] if len(r) >= 2}
        self.is_partnerdesk = about_info is not None and any(
            wf.sheet_for(i.name) in wf.IMPORTED_SHEETS for i in self.infos
        )
        if self.is_partnerdesk:  # planning reads them all: start now, while the database opens
            self.read_ahead(_planned_sheets(self, include_hidden=False).values())

    @property
    def name(self) -> str:
        return self.path.name

    def read(self, sheet: str) -> RawSheet:
        if sheet not in self._cache:
            ahead = self._ahead.pop(sheet, None)
            if ahead is not None and not ahead.cancelled():
                self._cache[sheet] = ahead.result()  # its error, if reading it failed
            else:
                self._cache[sheet] = self.file.read(sheet if self.file.kind == "xlsx" else None)
        return self._cache[sheet]

    def read_ahead(self, sheets: Iterable[str]) -> None:
        """Start reading these sheets of a workbook on worker threads, in this order.

        python-calamine parses a sheet without holding the interpreter lock, so sheets are read
        while the caller plans the ones before them. Two readers: while the planner waits for
        a large sheet, the next one is read on the other core. Each sheet is still scanned
        before it is loaded; once one fails, the sheets not started yet are left to ``read``,
        which the caller reaches only after the failing sheet raised.
        """
        if self.file.kind != "xlsx":
            return
        wanted = [s for s in dict.fromkeys(sheets) if s not in self._cache and s not in self._ahead]
        if not wanted:
            return
        readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="partnerdesk-read-ahead")

        def read(sheet: str) -> RawSheet:
            try:
                return self.file.read(sheet)
            except BaseException:  # handed to the planner that reads this sheet
                readers.shutdown(wait=False, cancel_futures=True)
                raise

        for sheet in wanted:
            self._ahead[sheet] = readers.submit(read, sheet)
        readers.shutdown(wait=False)  # the threads end when the sheets are read

    def data_sheets(self, include_hidden: bool = False) -> list[SheetInfo]:
        """Sheets a colleague's data can be on: readable, visible unless asked otherwise."""
        return [
            i
            for i in self.infos
            if i.readable and (i.visible or include_hidden) and not wf.is_about_sheet(i.name)
        ]

    def guess(self, db: Database | None, sheet: str | None = None) -> SheetChoice:
        """The header row and column mapping partnerdesk proposes (a remembered one first)."""
        if sheet is None:
            candidates = self.data_sheets()
            if not candidates:
                raise BadFileError(f"{self.name}: there is no visible sheet with data.")
            sheet = candidates[0].name
        raw = self.read(sheet)
        header_row = headers.find_header_row(raw.rows)
        header_cells = raw.rows[header_row] if raw.rows else []
        mapping = headers.guess_mapping(header_cells)
        if db is not None:
            remembered = load_mapping(db, header_cells)
            if remembered is not None and len(remembered) == len(mapping):
                mapping = remembered
        return SheetChoice(sheet, header_row, mapping)


def load_mapping(db: Database, header_cells: Sequence[object]) -> list[str | None] | None:
    signature = headers.mapping_signature(header_cells)
    with db.reading() as session:
        text = session.scalar(
            select(ImportMapping.mapping).where(ImportMapping.signature == signature)
        )
    if text is None:
        return None
    loaded = json.loads(text)
    return [k if k in headers.FIELDS_BY_KEY else None for k in loaded]


def remember_mapping(
    db: Database, header_cells: Sequence[object], mapping: Sequence[str | None]
) -> None:
    """Keep a corrected mapping for the next sheet with the same headers."""
    signature = headers.mapping_signature(header_cells)
    with db.uow() as uow:
        existing = uow.session.scalar(
            select(ImportMapping).where(ImportMapping.signature == signature)
        )
        if existing is None:
            uow.session.add(ImportMapping(signature=signature, mapping=json.dumps(list(mapping))))
        else:
            existing.mapping = json.dumps(list(mapping))
        uow.commit()


# --- value parsing ----------------------------------------------------------------------


class _Cells:
    """Reads typed values from one row, collecting problems instead of raising."""

    def __init__(
        self,
        plan: ImportPlan,
        sheet: str,
        row_number: int,
        row: Sequence[Any],
        errors: set[int],
        csv_source: bool,
    ) -> None:
        self.plan, self.sheet, self.row_number = plan, sheet, row_number
        self.row, self.errors, self.csv_source = row, errors, csv_source
        self.problems: list[Problem] = []

    def problem(self, column: str | None, template: str, **params: Any) -> None:
        self.problems.append(
            Problem.of(self.plan.file, self.sheet, self.row_number, column, template, **params)
        )

    def raw(self, index: int, column: str) -> Any:
        if index in self.errors:
            self.problem(
                column, "the cell holds an Excel error (such as #N/A or #DIV/0!); left out"
            )
            return None
        value = self.row[index] if index < len(self.row) else None
        return None if value == "" else value

    def text(self, index: int, column: str) -> str | None:
        value = self.raw(index, column)
        if value is None:
            return None
        text = as_text(value)
        if self.csv_source:
            text = csvfile.restore(text)
        return text or None

    def parse(self, index: int, column: str, parser: Callable[[Any], Any]) -> Any:
        value = self.raw(index, column)
        if value is None:
            return None
        if isinstance(value, str) and self.csv_source:
            value = csvfile.restore(value.strip())
        try:
            return parser(value)
        except ValidationError as error:
            template, params = _without_quoted_values(error.template, error.params)
            self.problem(column, template + "; left out", **params)
            return None


_QUOTED = re.compile(r"“\{(\w+)\}”")


def _without_quoted_values(template: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Validation messages quote the value; reports and logs must not carry personal data."""
    quoted = set(_QUOTED.findall(template))
    return _QUOTED.sub("the value", template), {k: v for k, v in params.items() if k not in quoted}


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.timedelta):
        raise ValidationError("a duration is not a date")
    return dates.parse_date(value)


def _datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    day = _date(value)
    return dt.datetime.combine(day, dt.time(0)) if day else None


_TRUE = {"ja", "j", "yes", "y", "true", "waar", "1", "x", "✓"}
_FALSE = {"nee", "n", "no", "false", "onwaar", "0", "-"}


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    key = fold(str(value)).strip()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValidationError("the value is not yes or no (ja/nee)")


def _enum(enum_class: type[StrEnum]) -> Callable[[Any], StrEnum]:
    def parse(value: Any) -> StrEnum:
        member = wf.parse_enum(enum_class, str(value))
        if member is None:
            raise ValidationError("the value is not one of the drop-down list")
        return member

    return parse


_PARSE_KIND = _enum(OrganisationKind)
_PARSE_STATUS = _enum(PartnershipStatus)


def _phone(value: Any) -> str | None:
    if isinstance(value, int | float):
        value = as_text(value)
        if not value.startswith(("0", "+")):
            value = "0" + value  # Excel dropped the leading zero of 0612345678
    return contact.validate_phone(str(value))


def _email(value: Any) -> str | None:
    return contact.normalise_email(str(value))


def _website(value: Any) -> str | None:
    return contact.normalise_website(str(value))


def _list(value: Any) -> tuple[str, ...]:
    text = as_text(value)
    parts = [p.strip() for p in text.replace("\n", ";").split(";")]
    return tuple(sorted({p for p in parts if p}, key=fold))


def _int(value: Any) -> int | None:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValidationError("the value is not a whole number") from None


# --- the database as the planner needs it ---------------------------------------------------


@dataclass
class _Known:
    """Keys of what the database holds, loaded once per plan (no query per row)."""

    orgs_by_key: dict[str, tuple[int, str]]
    org_ids: set[int]
    people_by_email: dict[str, tuple[int, str]]
    people_by_phone: dict[str, tuple[int, str]]
    person_ids: set[int]
    sectors: dict[str, int]
    target_groups: dict[str, int]
    sector_ids: set[int]
    target_group_ids: set[int]
    affiliation_ids: set[int]
    #: display names by id, for the possible duplicates the matcher finds
    org_names: dict[int, str] = field(default_factory=dict)
    person_names: dict[int, str] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> _Known:
        orgs_by_key: dict[str, tuple[int, str]] = {}
        org_ids: set[int] = set()
        org_names: dict[int, str] = {}
        person_names: dict[int, str] = {}
        for oid, name, key in session.execute(
            select(Organisation.id, Organisation.name, Organisation.name_key).order_by(
                Organisation.id
            )
        ):
            orgs_by_key.setdefault(key, (oid, name))
            org_ids.add(oid)
            org_names[oid] = name
        by_email: dict[str, tuple[int, str]] = {}
        by_phone: dict[str, tuple[int, str]] = {}
        person_ids: set[int] = set()
        for pid, given, particle, family, email, phone_key in session.execute(
            select(
                Person.id,
                Person.given_name,
                Person.name_particle,
                Person.family_name,
                Person.email,
                Person.phone_key,
            )
            .where(Person.erased_at.is_(None))
            .order_by(Person.id)
        ):
            person_ids.add(pid)
            display = names.display_name(given, particle, family)
            person_names[pid] = display or email or ""
            if email:
                by_email.setdefault(contact.email_key(email), (pid, display))
            if phone_key:
                by_phone.setdefault(phone_key, (pid, display))
        sectors = {fold(n): i for i, n in session.execute(select(Sector.id, Sector.name))}
        groups = {fold(n): i for i, n in session.execute(select(TargetGroup.id, TargetGroup.name))}
        return cls(
            orgs_by_key,
            org_ids,
            by_email,
            by_phone,
            person_ids,
            sectors,
            groups,
            set(sectors.values()),
            set(groups.values()),
            set(session.scalars(select(Affiliation.id))),
            org_names,
            person_names,
        )


# --- planning: partnerdesk workbooks -------------------------------------------------------


ORG_FIELDS = ("name", "kind", "status", "sector", "reach", "reach_note", "website", "city", "notes")
ORG_LINKS = ("sectors", "target_groups", "channels", "tags")
PERSON_FIELDS = (
    "given_name",
    "particle",
    "family_name",
    "email",
    "phone",
    "job_title",
    "internal",
    "directorate",
    "public_role",
    "do_not_contact",
    "lawful_basis",
    "data_source",
    "notes",
)


def plan_import(
    db: Database,
    source: ImportSource,
    choice: SheetChoice | None = None,
    *,
    include_hidden: bool = False,
) -> ImportPlan:
    """Read the file and decide per row what an import would do; writes nothing."""
    plan = ImportPlan(
        source.name, "partnerdesk" if source.is_partnerdesk and choice is None else "sheet"
    )
    with db.reading() as session, collector_paused():
        known = _Known.load(session)
        if plan.kind == "partnerdesk":
            plan.exported_at = wf.exported_at(source.about)
            _plan_workbook(session, source, plan, known, include_hidden, _SheetMatcher(db, known))
        else:
            choice = choice or source.guess(db)
            _plan_sheet(db, source, plan, known, choice)
            _drop_known_contact_dates(session, plan)
            _sheet_changes_if_same(session, plan)
    return plan


def _planned_sheets(
    source: ImportSource, include_hidden: bool, notes: list[str] | None = None
) -> dict[str, str]:
    """The sheets of a workbook that planning reads, by spec key, in the order it reads them."""
    by_spec = {}
    for info in source.infos:
        spec = wf.sheet_for(info.name)
        if spec is None or not info.readable:
            continue
        if not info.visible and not include_hidden:
            if notes is not None:
                notes.append(Note("Hidden sheet '{sheet}' was left out.", sheet=info.name))
            continue
        if spec in wf.IMPORTED_SHEETS:
            by_spec[spec.key] = info.name
        elif spec is not wf.COVERAGE and notes is not None:
            notes.append(
                Note(
                    "Sheet '{sheet}' is a report of what partnerdesk holds; it is not imported.",
                    sheet=info.name,
                )
            )
    return {s.key: by_spec[s.key] for s in wf.IMPORTED_SHEETS if s.key in by_spec}


def _plan_workbook(
    session: Session,
    source: ImportSource,
    plan: ImportPlan,
    known: _Known,
    include_hidden: bool,
    matcher: _SheetMatcher | None = None,
) -> None:
    by_spec = _planned_sheets(source, include_hidden, plan.notes)
    source.read_ahead(by_spec.values())  # those opening the file did not start already
    for spec in wf.IMPORTED_SHEETS:
        if spec.key in by_spec and spec not in wf.ACTIVITY_SHEETS:
            _plan_spec_sheet(session, source, plan, known, spec, by_spec[spec.key], matcher)
    from partnerdesk.services import import_activity

    activity = {s.key: by_spec[s.key] for s in wf.ACTIVITY_SHEETS if s.key in by_spec}
    import_activity.plan_sheets(session, source, plan, activity)


def _plan_spec_sheet(
    session: Session,
    source: ImportSource,
    plan: ImportPlan,
    known: _Known,
    spec: wf.SheetSpec,
    sheet_name: str,
    matcher: _SheetMatcher | None = None,
) -> None:
    raw = source.read(sheet_name)
    if not raw.rows:
        return
    header_row = 0
    columns = wf.column_map(spec, raw.rows[0])
    if "id" not in {c.key for c in columns.values()}:
        plan.problems.append(
            Problem(plan.file, sheet_name, 1, None, "the ID column is missing; sheet not imported")
        )
        return
    errors_by_row: dict[int, set[int]] = defaultdict(set)
    for r, c in raw.errors:
        errors_by_row[r].add(c)
    plan.raw[sheet_name] = (list(raw.rows[0]), {})
    existing = _existing_records(session, spec)
    headers_in_file = {column.en: as_text(raw.rows[0][col]) for col, column in columns.items()}
    readers = [
        (column.key, col, headers_in_file[column.en] or column.en, _column_reader(column))
        for col, column in columns.items()
        if not column.derived
    ]
    # the People sheet's derived organisation is never written back, but tells people apart
    organisation_col = next(
        (col for col, c in columns.items() if spec is wf.PEOPLE and c.key == "organisation"),
        None,
    )
    csv_source = source.file.kind == "csv"
    no_errors: set[int] = set()
    rows = [
        _Cells(plan, sheet_name, index + 1, row, errors_by_row.get(index, no_errors), csv_source)
        for index, row in enumerate(raw.rows)
        if index > header_row and not _blank(row)
    ]
    # Column by column: each column's conversion is chosen once and runs once per distinct
    # value; the rows are then planned in sheet order (later rows see earlier rows' IDs).
    keys = [key for key, _, _, _ in readers]
    by_column = [
        _read_column(rows, col, label, read, _column_converter(read))
        for _, col, label, read in readers
    ]
    for cells, row_values in zip(rows, zip(*by_column, strict=True), strict=True):
        values = dict(zip(keys, row_values, strict=True))
        plan.raw[sheet_name][1][cells.row_number] = cells.row  # read, never changed
        organisation = cells.text(organisation_col, "") if organisation_col is not None else None
        _plan_record(
            plan,
            known,
            spec,
            sheet_name,
            cells.row_number,
            values,
            cells.problems,
            existing,
            headers_in_file,
            matcher=matcher,
            organisations=(organisation,) if organisation else (),
        )


_Reader = Callable[[_Cells, int, str], Any]


def _column_reader(column: wf.Column) -> _Reader:
    """How to read one column's cells, decided once per sheet rather than once per cell."""
    key = column.key
    if key in ("id", "person_id", "organisation_id"):
        return _parsing(_int, memoise=False)  # every ID differs: remembering them only costs
    if column.choices is not None:
        return _parsing(_enum(column.choices))
    if column.kind is wf.B:
        return _parsing(_bool)
    if column.kind is wf.D:
        return _parsing(_date)
    if column.kind is wf.DT:
        return _parsing(_datetime)
    if key in ("reach", "estimated_size"):
        return _parsing(numbers.parse_amount)
    if key == "email":
        return _parsing(_email)
    if key == "phone":
        return _parsing(_phone)
    if key == "website":
        return _parsing(_website)
    if key == "channels":
        return _read_channels
    if key in ORG_LINKS or key == "tags":
        return _read_list
    return _read_text


def _column_converter(read: _Reader) -> tuple[Callable[[Any], Any], bool] | None:
    """The pure conversion behind a column's reader, and whether to memoise it; None if none.

    It converts one non-empty cell without the per-cell bookkeeping; a value it refuses
    (ValidationError) is read again by the reader itself, which reports it.
    """
    if isinstance(read, _ParsingReader):
        return read.parser, read.memoise
    return _PLAIN_CONVERTERS.get(read)


def _text_of(value: Any) -> str | None:
    return as_text(value) or None


def _list_of(value: Any) -> tuple[str, ...]:
    text = as_text(value)
    return _list(text) if text else ()


def _channels_of(value: Any) -> tuple[str, ...]:
    parsed = [(wf.parse_enum(Channel, n), n) for n in _list_of(value)]
    return tuple(sorted(m.value if m else n for m, n in parsed))


def _read_column(
    rows: Sequence[_Cells],
    col: int,
    label: str,
    read: _Reader,
    converter: tuple[Callable[[Any], Any], bool] | None,
) -> list[Any]:
    """One column's values for every row: plain cells converted straight (and each distinct
    value once), error cells, refused values and CSV text through the reader, which reports."""
    if converter is None or (rows and rows[0].csv_source):  # CSV text needs restoring first
        return [read(cells, col, label) for cells in rows]
    convert, memoise = converter
    plain_text = convert is _text_of
    memo: dict[tuple[type, Any], Any] = {}
    empty = _NOTHING
    out: list[Any] = []
    append = out.append
    for cells in rows:
        row = cells.row
        value = row[col] if col < len(row) else None
        if cells.errors and col in cells.errors:
            append(read(cells, col, label))
            continue
        if value is None or value == "":
            if empty is _NOTHING:
                empty = read(cells, col, label)  # None or (), the same for every empty cell
            append(empty)
            continue
        if plain_text and value.__class__ is str:  # most cells: _text_of without its checks
            append(value.strip() or None)
            continue
        if memoise:
            key = (value.__class__, value)  # 1, 1.0 and True are equal keys but read differently
            result = memo.get(key, _NOTHING)
            if result is not _NOTHING:
                append(result)
                continue
        try:
            result = convert(value)
        except ValidationError:
            append(read(cells, col, label))
            continue
        if memoise:
            memo[key] = result
        append(result)
    return out


_NOTHING = object()


def _parsing(parser: Callable[[Any], Any], *, memoise: bool = True) -> _Reader:
    """A reader that parses each distinct value once: sheets repeat statuses, dates, booleans."""
    return _ParsingReader(parser, memoise)


class _ParsingReader:
    """A column reader through ``parser``, remembering each distinct value's result."""

    def __init__(self, parser: Callable[[Any], Any], memoise: bool) -> None:
        self.parser = parser
        self.memoise = memoise
        self.parsed: dict[Any, Any] = {}

    def parse_once(self, value: Any) -> Any:
        key = (value.__class__, value)  # 1, 1.0 and True are equal keys but read differently
        try:
            return self.parsed[key]
        except (KeyError, TypeError):
            result = self.parser(value)  # a ValidationError is reported for every cell holding it
            if self.memoise and isinstance(value, str | int | float | bool | dt.date):
                self.parsed[key] = result
            return result

    def __call__(self, cells: _Cells, col: int, label: str) -> Any:
        return cells.parse(col, label, self.parse_once)


def _read_channels(cells: _Cells, col: int, label: str) -> tuple[str, ...]:
    text = cells.text(col, label)
    return _channels_of(text) if text else ()


def _read_list(cells: _Cells, col: int, label: str) -> tuple[str, ...]:
    text = cells.text(col, label)
    return _list_of(text) if text else ()


def _read_text(cells: _Cells, col: int, label: str) -> str | None:
    return cells.text(col, label)


#: the readers above as conversions of one non-empty cell (see _column_converter)
_PLAIN_CONVERTERS: dict[_Reader, tuple[Callable[[Any], Any], bool]] = {
    _read_text: (_text_of, False),
    _read_list: (_list_of, True),
    _read_channels: (_channels_of, True),
}


def _existing_records(
    session: Session, spec: wf.SheetSpec
) -> dict[int, tuple[dict[str, Any], dt.datetime]]:
    """Current values of the records a sheet can update, in the sheet's terms."""
    result: dict[int, tuple[dict[str, Any], dt.datetime]] = {}
    if spec is wf.ORGANISATIONS:
        sector_names = dict(session.execute(select(Sector.id, Sector.name)).all())
        links: dict[str, dict[int, set[str]]] = {k: defaultdict(set) for k in ORG_LINKS}
        for oid, name in session.execute(
            select(OrganisationSector.organisation_id, Sector.name).join(Sector)
        ):
            links["sectors"][oid].add(name)
        for oid, name in session.execute(
            select(OrganisationTargetGroup.organisation_id, TargetGroup.name).join(TargetGroup)
        ):
            links["target_groups"][oid].add(name)
        for oid, channel in session.execute(
            select(OrganisationChannel.organisation_id, OrganisationChannel.channel)
        ):
            links["channels"][oid].add(str(channel))
        for oid, name in session.execute(
            select(OrganisationTag.organisation_id, Tag.name).join(Tag)
        ):
            links["tags"][oid].add(name)
        for o in session.execute(select(Organisation)).scalars():
            values = {k: getattr(o, k) for k in ORG_FIELDS if k != "sector"}
            values["sector"] = (
                sector_names.get(o.primary_sector_id) if o.primary_sector_id else None
            )
            for k in ORG_LINKS:
                values[k] = tuple(sorted(links[k][o.id], key=fold))
            result[o.id] = (values, o.updated_at)
    elif spec is wf.PEOPLE:
        tags: dict[int, set[str]] = defaultdict(set)
        for pid, name in session.execute(select(PersonTag.person_id, Tag.name).join(Tag)):
            tags[pid].add(name)
        for p in session.execute(select(Person).where(Person.erased_at.is_(None))).scalars():
            values = {k: getattr(p, _PERSON_ATTR.get(k, k)) for k in PERSON_FIELDS}
            values["tags"] = tuple(sorted(tags[p.id], key=fold))
            result[p.id] = (values, p.updated_at)
    elif spec is wf.AFFILIATIONS:
        for a in session.execute(select(Affiliation)).scalars():
            values = {
                "person_id": a.person_id,
                "organisation_id": a.organisation_id,
                "role": a.role,
                "primary": a.is_primary,
                "since": a.since,
                "until": a.until,
            }
            result[a.id] = (values, dt.datetime.min)
    elif spec is wf.SECTORS:
        for s in session.execute(select(Sector)).scalars():
            values = {
                "name": s.name,
                "description": s.description,
                "priority": s.priority,
                "estimated_size": s.estimated_size,
            }
            result[s.id] = (values, s.updated_at)
    elif spec is wf.TARGET_GROUPS:
        for t in session.execute(select(TargetGroup)).scalars():
            values = {"name": t.name, "description": t.description, "priority": t.priority}
            result[t.id] = (values, t.updated_at)
    return result


_PERSON_ATTR = {"particle": "name_particle", "internal": "is_internal"}


def _label_of(spec: wf.SheetSpec, values: dict[str, Any]) -> str:
    if spec is wf.PEOPLE:
        return names.display_name(
            values.get("given_name"), values.get("particle"), values.get("family_name")
        ) or (values.get("email") or "")
    if spec is wf.AFFILIATIONS:
        return f"person {values.get('person_id')} at organisation {values.get('organisation_id')}"
    return str(values.get("name") or "")


def _plan_record(
    plan: ImportPlan,
    known: _Known,
    spec: wf.SheetSpec,
    sheet: str,
    number: int,
    values: dict[str, Any],
    problems: list[Problem],
    existing: dict[int, tuple[dict[str, Any], dt.datetime]],
    headers_in_file: dict[str, str] | None = None,
    *,
    matcher: _SheetMatcher | None = None,
    organisations: tuple[str, ...] = (),
) -> None:
    record_id = values.pop("id", None)
    label = _label_of(spec, values)
    rp = RowPlan(
        spec.key, sheet, number, RowStatus.NEW, label, values, record_id, problems=problems
    )
    plan.rows.append(rp)
    missing = _missing_required(spec, values, known, plan)
    if missing:
        rp.status = RowStatus.ERROR
        column = (headers_in_file or {}).get(missing[0]) or missing[0]  # as the file names it
        problems.append(Problem(plan.file, sheet, number, column, missing[1]))
        return
    if record_id is not None and record_id in existing:
        current, updated_at = existing[record_id]
        changes = _changes(current, values)
        if not changes:
            rp.status = RowStatus.UNCHANGED
        elif plan.exported_at is not None and updated_at > plan.exported_at:
            rp.status = RowStatus.CONFLICT
            rp.changes = changes
            problems.append(
                Problem(
                    plan.file,
                    sheet,
                    number,
                    None,
                    "this record was changed in partnerdesk after the export; the row was not applied",
                )
            )
        else:
            rp.status = RowStatus.UPDATE
            rp.changes = changes
        return
    # no ID, or an ID this database does not know (a fresh database): new unless it matches
    match = _match_existing(spec, values, known, matcher, organisations)
    if match is not None:
        rp.status = RowStatus.DUPLICATE
        rp.record_id, rp.other, rp.reason = match
        if rp.record_id in existing:  # what "same as the existing record" would write
            rp.changes = _changes(existing[rp.record_id][0], _filled(values))
        return
    if record_id is not None and not _id_taken(spec, record_id, known):
        rp.links["keep_id"] = record_id
        plan.kept_ids[spec.key].add(record_id)
    rp.record_id = None


def _changes(current: dict[str, Any], values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """(old, new) of every field the row holds and the record has otherwise."""
    return {
        k: (current.get(k), v)
        for k, v in values.items()
        if k in current and _differs(current.get(k), v)
    }


def _filled(values: dict[str, Any]) -> dict[str, Any]:
    """The values a row holds: a match is a guess, so its empty cells never clear a record."""
    return {k: v for k, v in values.items() if v not in (None, "", ())}


def _missing_required(
    spec: wf.SheetSpec, values: dict[str, Any], known: _Known, plan: ImportPlan
) -> tuple[str, str] | None:
    # "is", not "in (...)": a spec is a dataclass, compared field by field by ==
    named = spec is wf.ORGANISATIONS or spec is wf.SECTORS or spec is wf.TARGET_GROUPS
    if named and not values.get("name"):
        return ("Name", "the name is empty; row not imported")
    if spec is wf.PEOPLE and not (
        values.get("family_name") or values.get("given_name") or values.get("email")
    ):
        return ("Family name", "the row has no name and no e-mail address; row not imported")
    if spec is wf.AFFILIATIONS:
        if values.get("person_id") is None or values.get("organisation_id") is None:
            return (
                "Person ID",
                "a link needs a person ID and an organisation ID; row not imported",
            )
        planned_people = plan.kept_ids["people"]
        planned_orgs = plan.kept_ids["organisations"]
        if (
            values["person_id"] not in known.person_ids
            and values["person_id"] not in planned_people
        ):
            return ("Person ID", "no person has this ID; row not imported")
        if (
            values["organisation_id"] not in known.org_ids
            and values["organisation_id"] not in planned_orgs
        ):
            return ("Organisation ID", "no organisation has this ID; row not imported")
    return None


def _id_taken(spec: wf.SheetSpec, record_id: int, known: _Known) -> bool:
    pools = {
        "organisations": known.org_ids,
        "people": known.person_ids,
        "sectors": known.sector_ids,
        "target_groups": known.target_group_ids,
        "affiliations": known.affiliation_ids,
    }
    return record_id in pools.get(spec.key, set())


def _match_existing(
    spec: wf.SheetSpec,
    values: dict[str, Any],
    known: _Known,
    matcher: _SheetMatcher | None = None,
    organisations: tuple[str, ...] = (),
) -> tuple[int, str, str | None] | None:
    """The stored record a row without a known ID is or may be: (id, name, reason)."""
    found: tuple[int, str] | None = None
    if spec is wf.ORGANISATIONS:
        found = known.orgs_by_key.get(name_key(values["name"])) if known.orgs_by_key else None
    elif spec is wf.PEOPLE and known.person_ids:
        found = _match_person_contact(values, known)
        if found is None and matcher is not None:
            # the shared matcher: a common name alone is no match, the same organisation is
            return matcher.person(_person_candidate(values, organisations))
    elif spec is wf.SECTORS:
        sid = known.sectors.get(fold(values["name"]))
        found = (sid, values["name"]) if sid else None
    elif spec is wf.TARGET_GROUPS:
        tid = known.target_groups.get(fold(values["name"]))
        found = (tid, values["name"]) if tid else None
    return (*found, None) if found else None


def _match_person_contact(values: dict[str, Any], known: _Known) -> tuple[int, str] | None:
    """The existing person with this e-mail address or phone number: the same person."""
    email = values.get("email")
    if email and contact.email_key(email) in known.people_by_email:
        return known.people_by_email[contact.email_key(email)]
    phone = values.get("phone")
    if phone and contact.phone_key(phone) in known.people_by_phone:
        return known.people_by_phone[contact.phone_key(phone)]
    return None


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, StrEnum):
        old = old.value
    if isinstance(new, StrEnum):
        new = new.value
    if isinstance(old, dt.datetime) and isinstance(new, dt.datetime):
        return old.replace(second=0, microsecond=0) != new.replace(second=0, microsecond=0)
    if old in (None, "", ()) and new in (None, "", ()):
        return False
    if isinstance(old, tuple) or isinstance(new, tuple):
        return {fold(x) for x in old or ()} != {fold(x) for x in new or ()}
    return bool(old != new)


def _blank(row: Sequence[Any]) -> bool:
    """Whether a row holds only empty cells; most rows answer at their first cell (an ID)."""
    for v in row:
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        return False
    return True


# --- planning: colleagues' sheets ----------------------------------------------------------


def _plan_sheet(
    db: Database, source: ImportSource, plan: ImportPlan, known: _Known, choice: SheetChoice
) -> None:
    raw = source.read(choice.sheet)
    plan.notes.extend(raw.notes)
    if not raw.rows:
        plan.problems.append(Problem(plan.file, choice.sheet, None, None, "the sheet is empty"))
        return
    header_cells = raw.rows[choice.header_row] if choice.header_row < len(raw.rows) else []
    mapping = list(choice.mapping) + [None] * (len(header_cells) - len(choice.mapping))
    fields: dict[str, list[int]] = defaultdict(list)
    for col, key in enumerate(mapping):
        if key:
            fields[key].append(col)
    labels = {
        col: as_text(header_cells[col]) if col < len(header_cells) else str(col + 1)
        for col in range(len(mapping))
    }
    if not (set(fields) & {"organisation", "full_name", "given_name", "family_name", "email"}):
        plan.problems.append(
            Problem(
                plan.file,
                choice.sheet,
                choice.header_row + 1,
                None,
                "no column was recognised as organisation, name or e-mail; choose the columns in the mapping step",
            )
        )
        return
    errors_by_row: dict[int, set[int]] = defaultdict(set)
    for r, c in raw.errors:
        errors_by_row[r].add(c)
    plan.raw[choice.sheet] = (list(header_cells), {})
    planned_orgs: dict[str, RowPlan] = {}
    planned_people: dict[int, RowPlan] = {}
    matcher = _SheetMatcher(db, known)
    skipped_totals = 0
    csv_source = source.file.kind == "csv"
    for index in range(choice.header_row + 1, len(raw.rows)):
        row = raw.rows[index]
        if _blank(row):
            continue
        number = index + 1
        if _is_total(row):
            skipped_totals += 1
            continue
        cells = _Cells(plan, choice.sheet, number, row, errors_by_row.get(index, set()), csv_source)
        first = _FirstValue(cells, fields, labels)

        plan.raw[choice.sheet][1][number] = list(row)
        org_name = first("organisation")
        person = _person_values(first)
        org_values = {
            "name": org_name,
            "city": first("city"),
            "website": first("website", _website),
            "reach": first("reach", numbers.parse_amount),
            "reach_note": first("reach_note"),
            "kind": first("kind", _PARSE_KIND),
            "status": first("status", _PARSE_STATUS),
            "sector": first("sector"),
        }
        last_contact = first("last_contact", _date)
        role = first("role")
        org_plan: RowPlan | None = None
        if org_name:
            key = name_key(org_name)
            if key in planned_orgs:
                org_plan = planned_orgs[key]
                _merge_missing(org_plan.values, org_values)
            else:
                org_plan = RowPlan(
                    "organisations",
                    choice.sheet,
                    number,
                    RowStatus.NEW,
                    org_name,
                    {k: v for k, v in org_values.items() if v is not None},
                )
                if key in known.orgs_by_key:
                    org_plan.status = RowStatus.UNCHANGED
                    org_plan.record_id, org_plan.other = known.orgs_by_key[key]
                else:
                    near = matcher.organisation(org_name, org_values["website"])
                    if near is not None:
                        org_plan.status = RowStatus.DUPLICATE
                        org_plan.record_id, org_plan.other, org_plan.reason = near
                planned_orgs[key] = org_plan
                plan.rows.append(org_plan)
            if last_contact is not None:
                org_plan.links.setdefault("contact_dates", set()).add(last_contact)
        has_person = bool(
            person.get("family_name") or person.get("given_name") or person.get("email")
        )
        if has_person:
            label = (
                names.display_name(
                    person.get("given_name"), person.get("particle"), person.get("family_name")
                )
                or person.get("email")
                or ""
            )
            person_plan = RowPlan(
                "people",
                choice.sheet,
                number,
                RowStatus.NEW,
                label,
                {k: v for k, v in person.items() if v is not None},
                problems=cells.problems,
            )
            candidate = _person_candidate(person, org_name)
            earlier = matcher.earlier_person(candidate)
            contact_match = _match_person_contact(person, known)
            match = (*contact_match, None) if contact_match else matcher.person(candidate)
            if earlier is not None:
                first_row = planned_people[earlier[0]]
                person_plan.status = RowStatus.DUPLICATE
                person_plan.other = f"{first_row.label} (row {first_row.row})"
                person_plan.links["earlier_row"] = first_row
                person_plan.reason = earlier[1]
            elif match is not None:
                person_plan.record_id, person_plan.other, person_plan.reason = match
                person_plan.status = RowStatus.DUPLICATE
                if person_plan.reason is None and fold(match[1]) == fold(label):
                    person_plan.status = RowStatus.UNCHANGED
            if earlier is None:
                planned_people[number] = person_plan
                matcher.add_person(number, candidate)
            if org_plan is not None:
                person_plan.links["organisation"] = org_plan
                person_plan.links["role"] = role
            plan.rows.append(person_plan)
        elif org_plan is not None:
            org_plan.problems.extend(cells.problems)
        elif cells.problems or any(not _blank([v]) for v in row):
            plan.rows.append(
                RowPlan(
                    "people",
                    choice.sheet,
                    number,
                    RowStatus.ERROR,
                    "",
                    problems=[
                        *cells.problems,
                        Problem(
                            plan.file,
                            choice.sheet,
                            number,
                            None,
                            "the row has no organisation, name or e-mail address; row not imported",
                        ),
                    ],
                )
            )
    if skipped_totals:
        plan.notes.append(Note("{count} total row(s) were skipped.", count=skipped_totals))


def _person_candidate(
    person: dict[str, Any], organisations: str | tuple[str, ...] | None
) -> matching.PersonCandidate:
    if isinstance(organisations, str):
        organisations = (organisations,)
    return matching.PersonCandidate(
        None,
        person.get("given_name"),
        person.get("particle"),
        person.get("family_name"),
        person.get("email"),
        person.get("phone"),
        tuple(o for o in organisations or () if o),
    )


class _SheetMatcher:
    """The shared duplicate matcher (issue 11) for one colleague sheet.

    The indexes of what the database holds are built once, and only when the database holds
    something; rows earlier in the sheet join a sheet index under their negative row number.
    A near match is a possible duplicate with the matcher's reason, never merged silently.
    """

    def __init__(self, db: Database, known: _Known) -> None:
        self.db, self.known = db, known
        self._organisations: matching.OrganisationIndex | None = None
        self._people: matching.PersonIndex | None = None
        self.sheet_people = matching.PersonIndex()

    def organisation(self, name: str, website: str | None) -> tuple[int, str, str] | None:
        """The existing organisation ``name`` most likely duplicates: (id, name, reason)."""
        if not self.known.org_names:
            return None
        if self._organisations is None:
            self._organisations = duplicates.organisation_index(self.db.uow())
        found = self._organisations.best_matches(
            matching.OrganisationCandidate(None, name, website),
            limit=1,
            min_score=matching.LIKELY,
        )
        if not found:
            return None
        best = found[0]
        return best.id, self.known.org_names[best.id], matching.REASON_TEXT[best.reason]

    def person(self, candidate: matching.PersonCandidate) -> tuple[int, str, str | None] | None:
        """The existing person the row most likely is: (id, name, reason; None when certain)."""
        if not self.known.person_names:
            return None
        if self._people is None:
            self._people = duplicates.person_index(self.db.uow())
        found = self._people.best_matches(candidate, limit=1, min_score=matching.LIKELY)
        if not found or found[0].id not in self.known.person_names:
            return None
        best = found[0]
        reason = None if best.certain else matching.REASON_TEXT[best.reason]
        return best.id, self.known.person_names[best.id], reason

    def earlier_person(self, candidate: matching.PersonCandidate) -> tuple[int, str] | None:
        """The earlier row of this sheet the person duplicates: (row number, reason)."""
        found = self.sheet_people.best_matches(candidate, limit=1, min_score=matching.LIKELY)
        if not found:
            return None
        return -found[0].id, matching.REASON_TEXT[found[0].reason]

    def add_person(self, row_number: int, candidate: matching.PersonCandidate) -> None:
        self.sheet_people.add(dataclasses.replace(candidate, id=-row_number))


class _FirstValue:
    """The first non-empty value among the columns mapped to a field (Business/Mobile phone)."""

    def __init__(self, cells: _Cells, fields: dict[str, list[int]], labels: dict[int, str]) -> None:
        self.cells, self.fields, self.labels = cells, fields, labels

    def __call__(self, key: str, parser: Callable[[Any], Any] | None = None) -> Any:
        columns = self.fields.get(key)
        if not columns:
            return None
        for col in columns:
            label = self.labels[col]
            value = self.cells.parse(col, label, parser) if parser else self.cells.text(col, label)
            if value not in (None, "", ()):
                return value
        return None


def _drop_known_contact_dates(session: Session, plan: ImportPlan) -> None:
    """A contact moment already recorded on that date is not planned again."""
    rows = [
        r
        for r in plan.rows
        if r.record_id is not None
        and r.status is not RowStatus.DUPLICATE  # added as new, it has none of these
        and r.links.get("contact_dates")
    ]
    if not rows:
        return
    known = {
        (org_id, day)
        for org_id, day in session.execute(
            select(ContactMoment.organisation_id, ContactMoment.happened_on).where(
                ContactMoment.organisation_id.in_({r.record_id for r in rows})
            )
        )
    }
    for r in rows:
        r.links["contact_dates"] = {
            d for d in r.links["contact_dates"] if (r.record_id, d) not in known
        }


#: what a colleague's row may change on the record it is said to be (names stay as stored)
_SHEET_UPDATES = {
    "organisations": ("kind", "status", "sector", "reach", "reach_note", "website", "city"),
    "people": ("email", "phone", "job_title", "notes"),
}


def _sheet_changes_if_same(session: Session, plan: ImportPlan) -> None:
    """For each possible duplicate, the filled-in values that "same as existing" would write."""
    rows = [r for r in plan.rows if r.status is RowStatus.DUPLICATE and r.record_id is not None]
    org_ids = {r.record_id for r in rows if r.entity == "organisations"}
    person_ids = {r.record_id for r in rows if r.entity == "people"}
    current: dict[tuple[str, int], dict[str, Any]] = {}
    if org_ids:
        for o, sector in session.execute(
            select(Organisation, Sector.name)
            .outerjoin(Sector, Sector.id == Organisation.primary_sector_id)
            .where(Organisation.id.in_(org_ids))
        ):
            values = {k: getattr(o, k) for k in _SHEET_UPDATES["organisations"] if k != "sector"}
            current[("organisations", o.id)] = {**values, "sector": sector}
    if person_ids:
        for person in session.scalars(select(Person).where(Person.id.in_(person_ids))):
            current[("people", person.id)] = {
                k: getattr(person, k) for k in _SHEET_UPDATES["people"]
            }
    for r in rows:
        stored = current.get((r.entity, r.record_id or 0))
        if stored is not None:
            r.changes = _changes(stored, _filled(r.values))


def _person_values(first: _FirstValue) -> dict[str, Any]:
    given = first("given_name")
    particle = first("particle")
    family = first("family_name")
    full = first("full_name")
    if not (given or family) and full:
        split = names.split_full_name(full)
        given, particle, family = split.given or None, split.particle or None, split.family or None
    elif family and not particle and " " in family:
        found, rest = names.split_family_name(family)
        if found:
            particle, family = found, rest
    return {
        "given_name": given,
        "particle": particle,
        "family_name": family,
        "email": first("email", _email),
        "phone": first("phone", _phone),
        "job_title": first("job_title"),
        "notes": first("notes"),
    }


def _merge_missing(target: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if value is not None and target.get(key) in (None, ""):
            target[key] = value


def _is_total(row: Sequence[Any]) -> bool:
    texts = [v for v in row if isinstance(v, str) and v.strip()]
    if not texts:
        return False
    first_word = fold(texts[0]).split(" ", 1)[0].rstrip(":")
    return first_word in TOTAL_WORDS and "@" not in " ".join(texts)


# --- applying ----------------------------------------------------------------------------


def apply_import(
    db: Database,
    plan: ImportPlan,
    *,
    strict: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    backup: bool = True,
) -> ImportSummary:
    """Write the plan's new rows and updates in one transaction, after a backup."""
    problems = plan.all_problems() if strict else []  # gathered only when they stop it
    if problems:
        raise ValidationError(
            f"{plan.file}: {len(problems)} problem(s) and --strict was given; nothing was imported. "
            f"First: {problems[0].line()}"
        )
    if plan.applicable() == 0 and not _has_contact_dates(plan):
        return ImportSummary(None, {}, {}, None)
    backup_path = db.backup(reason="before-import") if backup and db.path is not None else None
    label = f"Import of {plan.file}"
    with db.uow(BatchKind.IMPORT, label) as uow, collector_paused(), _page_cache(uow.session):
        writer = _Writer(uow.session, plan, progress, cancelled)
        writer.run()
        uow.commit()
        return ImportSummary(uow.batch_id, dict(writer.created), dict(writer.updated), backup_path)


#: SQLite's page cache during an import, in KiB (its default is 2 MB)
IMPORT_CACHE_KIB = 64 * 1024


@contextmanager
def _page_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache while an import writes, the connection's own back after.

    An import inserts into every index of its tables in key order, not row order; once the
    indexes outgrow the default 2 MB cache, each insert reads its pages back from the file.
    Only memory changes: durability is the same (the cache holds nothing uncommitted that a
    smaller one would not have spilled to the WAL).
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    (previous,) = raw.execute("PRAGMA cache_size").fetchone()
    raw.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={int(previous)}")


def _has_contact_dates(plan: ImportPlan) -> bool:
    return any(r.links.get("contact_dates") and r.outcome in _STORED for r in plan.rows)


class _Writer:
    """Writes a plan inside one session: Core inserts for new rows, ORM for updates."""

    def __init__(
        self,
        session: Session,
        plan: ImportPlan,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.session = session
        self.plan = plan
        self.progress = progress
        self.cancelled = cancelled
        self.created: Counter[str] = Counter()
        self.updated: Counter[str] = Counter()
        self.done = 0
        self.total = max(plan.applicable(), 1)
        self.touched: dict[str, set[int]] = session.info.setdefault(history.INFO_TOUCHED, {})
        self.sector_ids = {fold(n): i for i, n in session.execute(select(Sector.id, Sector.name))}
        self.group_ids = {
            fold(n): i for i, n in session.execute(select(TargetGroup.id, TargetGroup.name))
        }
        self.tag_ids = {fold(n): i for i, n in session.execute(select(Tag.id, Tag.name))}
        #: Change rows in the order they happened (undo walks them backwards), as _change
        #: makes them: values in the order of CHANGE_COLUMNS
        self.change_rows: list[tuple[Any, ...] | _Created] = []
        self.batch_id = history.ensure_batch(session)
        self.now = utcnow()
        #: rows written to the tables search texts are made of, for _search_texts
        self.written: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)

    def tick(self, count: int = 1) -> None:
        self.done += count
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled("The import was cancelled; nothing was changed.")
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def run(self) -> None:
        by_entity: dict[str, list[RowPlan]] = defaultdict(list)
        for r in self.plan.rows:
            by_entity[r.entity].append(r)
        for entity in ("sectors", "target_groups", "organisations", "people", "affiliations"):
            rows = by_entity.get(entity, [])
            new = [r for r in rows if r.outcome is RowStatus.NEW]
            updates = [r for r in rows if r.outcome is RowStatus.UPDATE]
            if new:
                getattr(self, f"_create_{entity}")(new)
            if updates:
                self._update(entity, updates)
        from partnerdesk.services import import_activity

        import_activity.write(self, by_entity)
        self._contact_moments(by_entity.get("organisations", []))
        self._sheet_affiliations(by_entity.get("people", []))
        self._search_texts()
        self._flush_changes()
        _fix_sequences(self.session)

    # ids are given explicitly so the Change rows and links can name them without a query
    def _ids(self, model: type[Base], rows: Sequence[RowPlan]) -> list[int]:
        next_id = (self.session.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]
        wanted = [r.links.get("keep_id") for r in rows]
        taken = {w for w in wanted if w is not None}
        ids = []
        for w in wanted:
            if w is not None:
                ids.append(w)
                continue
            while next_id in taken:
                next_id += 1
            ids.append(next_id)
            next_id += 1
        for r, i in zip(rows, ids, strict=True):
            r.record_id = i
        return ids

    def _insert(self, model: type[Base], entity: str, records: list[dict[str, Any]]) -> None:
        table: Table = model.__table__  # type: ignore[assignment]
        for start in range(0, len(records), CHUNK):
            chunk = records[start : start + CHUNK]
            _insert_many(self.session.connection(), table, chunk)
            self.tick(len(chunk))
        if table.name in _SEARCHED:
            self.written[table.name].extend(records)
        self._created(table, records)
        self.created[entity] += len(records)

    def _change(
        self,
        table: str,
        entity_id: int | None,
        op: ChangeOperation,
        *,
        old: Any = None,
        new: Any = None,
        field_name: str | None = None,
    ) -> tuple[Any, ...]:
        """A Change row of this import, its values in the order of CHANGE_COLUMNS."""
        return (
            self.batch_id,
            self.now,
            # a plain str: a table's name is SQLAlchemy's quoted_name, which the sqlite3
            # driver cannot bind directly and adapts row by row
            str(table),
            entity_id,
            op,
            field_name,
            _json(old),
            _json(new),
        )

    def _link(self, model: type[Base], records: list[dict[str, Any]]) -> None:
        if not records:
            return
        table: Table = model.__table__  # type: ignore[assignment]
        for start in range(0, len(records), CHUNK):
            _insert_many(self.session.connection(), table, records[start : start + CHUNK])
        if table.name in _SEARCHED:
            self.written[table.name].extend(records)
        self._created(table, records)

    def _created(self, table: Table, records: list[dict[str, Any]]) -> None:
        """A Change row per record made: which record this import created (what undo deletes).

        A record with an ``id`` of its own is its values until its next edit (whose Change row
        keeps the values it replaced), so its row names it by ``entity_id`` alone; encoding
        every field of every imported record cost as much as inserting the records. A link row
        without an ``id`` keeps its values: they are its key (undo deletes by them).
        """
        name = str(table.name)  # not SQLAlchemy's quoted_name, which sqlite3 adapts per row
        batch_id, now, create = self.batch_id, self.now, ChangeOperation.CREATE
        if "id" in table.c and table.c.id.primary_key:
            self.change_rows.append(_Created(name, [record["id"] for record in records]))
            return
        first_key = next(iter(table.primary_key.columns)).name
        skipped, encode, join = history.SKIPPED_FIELDS, _ENCODE, "".join
        self.change_rows.extend(
            (
                batch_id,
                now,
                name,
                record[first_key],
                create,
                None,
                None,
                join(encode({k: v for k, v in record.items() if k not in skipped}, 0)),
            )
            for record in records
        )

    def _create_sectors(self, rows: list[RowPlan]) -> None:
        ids = self._ids(Sector, rows)
        records = [
            {
                "id": i,
                "name": r.values["name"],
                "description": r.values.get("description"),
                "priority": r.values.get("priority") or Priority.MEDIUM,
                "estimated_size": r.values.get("estimated_size"),
                "version": 1,
                "created_at": self.now,
                "updated_at": self.now,
            }
            for r, i in zip(rows, ids, strict=True)
        ]
        self._insert(Sector, "sectors", records)
        self.sector_ids.update({fold(r["name"]): r["id"] for r in records})

    def _create_target_groups(self, rows: list[RowPlan]) -> None:
        ids = self._ids(TargetGroup, rows)
        records = [
            {
                "id": i,
                "name": r.values["name"],
                "description": r.values.get("description"),
                "priority": r.values.get("priority") or Priority.MEDIUM,
                "version": 1,
                "created_at": self.now,
                "updated_at": self.now,
            }
            for r, i in zip(rows, ids, strict=True)
        ]
        self._insert(TargetGroup, "target_groups", records)
        self.group_ids.update({fold(r["name"]): r["id"] for r in records})

    def _create_organisations(self, rows: list[RowPlan]) -> None:
        ids = self._ids(Organisation, rows)
        records = []
        for r, i in zip(rows, ids, strict=True):
            v = r.values
            records.append(
                {
                    "id": i,
                    "name": v["name"],
                    "name_key": name_key(v["name"]),
                    "kind": v.get("kind") or OrganisationKind.COMPANY,
                    "status": v.get("status") or PartnershipStatus.PROSPECT,
                    "primary_sector_id": self._sector_id(v.get("sector"), r),
                    "reach": v.get("reach"),
                    "reach_note": v.get("reach_note"),
                    "website": v.get("website"),
                    "city": v.get("city"),
                    "notes": v.get("notes"),
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
            )
        self._insert(Organisation, "organisations", records)
        self.touched.setdefault("organisation", set()).update(ids)
        for r in rows:
            self._org_links(r, r.record_id or 0, r.values)

    def _create_people(self, rows: list[RowPlan]) -> None:
        ids = self._ids(Person, rows)
        records = []
        for r, i in zip(rows, ids, strict=True):
            v = r.values
            records.append(
                {
                    "id": i,
                    "given_name": v.get("given_name"),
                    "name_particle": v.get("particle"),
                    "family_name": v.get("family_name"),
                    "sort_key": names.sort_key(
                        v.get("given_name"), v.get("particle"), v.get("family_name")
                    ),
                    "email": v.get("email"),
                    "phone": v.get("phone"),
                    "phone_key": contact.phone_key(v.get("phone")) or None,
                    "job_title": v.get("job_title"),
                    "is_internal": bool(v.get("internal")),
                    "directorate": v.get("directorate"),
                    "public_role": bool(v.get("public_role")),
                    "notes": v.get("notes"),
                    "lawful_basis": v.get("lawful_basis"),
                    "data_source": v.get("data_source")
                    or (f"Import of {self.plan.file}" if self.plan.kind == "sheet" else None),
                    "do_not_contact": bool(v.get("do_not_contact")),
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
            )
        self._insert(Person, "people", records)
        self.touched.setdefault("person", set()).update(ids)
        tag_links = []
        for r in rows:
            for tag_id in self._tag_ids(r.values.get("tags") or ()):
                tag_links.append({"person_id": r.record_id, "tag_id": tag_id})
        self._link(PersonTag, tag_links)

    def _create_affiliations(self, rows: list[RowPlan]) -> None:
        ids = self._ids(Affiliation, rows)
        records = [
            {
                "id": i,
                "person_id": r.values["person_id"],
                "organisation_id": r.values["organisation_id"],
                "role": r.values.get("role"),
                "is_primary": bool(r.values.get("primary", True)),
                "since": r.values.get("since"),
                "until": r.values.get("until"),
            }
            for r, i in zip(rows, ids, strict=True)
        ]
        self._insert(Affiliation, "affiliations", records)
        self.touched.setdefault("person", set()).update(r["person_id"] for r in records)

    def _sector_id(self, name: str | None, r: RowPlan) -> int | None:
        if not name:
            return None
        sector_id = self.sector_ids.get(fold(name))
        if sector_id is None:
            r.problems.append(
                Problem(
                    self.plan.file,
                    r.sheet,
                    r.row,
                    "Primary sector",
                    "partnerdesk knows no sector by this name; left out",
                )
            )
        return sector_id

    def _tag_ids(self, tag_names: Iterable[str]) -> list[int]:
        result = []
        for name in tag_names:
            key = fold(name)
            if key not in self.tag_ids:
                self.tag_ids[key] = self.session.execute(
                    insert(Tag).values(name=name[:80]).returning(Tag.id)
                ).scalar_one()
            result.append(self.tag_ids[key])
        return result

    def _org_links(self, r: RowPlan, org_id: int, values: dict[str, Any]) -> None:
        sectors = [self.sector_ids.get(fold(n)) for n in values.get("sectors") or ()]
        groups = [self.group_ids.get(fold(n)) for n in values.get("target_groups") or ()]
        channels = [wf.parse_enum(Channel, n) for n in values.get("channels") or ()]
        if None in sectors or None in groups or None in channels:
            r.problems.append(
                Problem(
                    self.plan.file,
                    r.sheet,
                    r.row,
                    None,
                    "a sector, target group or channel is not known to partnerdesk; left out",
                )
            )
        self._link(
            OrganisationSector,
            [{"organisation_id": org_id, "sector_id": s} for s in dict.fromkeys(sectors) if s],
        )
        self._link(
            OrganisationTargetGroup,
            [
                {"organisation_id": org_id, "target_group_id": g, "reach": None}
                for g in dict.fromkeys(groups)
                if g
            ],
        )
        self._link(
            OrganisationChannel,
            [{"organisation_id": org_id, "channel": c} for c in dict.fromkeys(channels) if c],
        )
        self._link(
            OrganisationTag,
            [
                {"organisation_id": org_id, "tag_id": t}
                for t in dict.fromkeys(self._tag_ids(values.get("tags") or ()))
            ],
        )

    def _update(self, entity: str, rows: list[RowPlan]) -> None:
        """Updates go through the ORM: history, versions and search follow by themselves."""
        model = {
            "organisations": Organisation,
            "people": Person,
            "affiliations": Affiliation,
            "sectors": Sector,
            "target_groups": TargetGroup,
        }[entity]
        for r in rows:
            obj: Any = self.session.get(model, r.record_id)
            if obj is None:
                continue
            for key, (_old, new) in r.changes.items():
                if key in ORG_LINKS and entity == "organisations":
                    continue
                if key == "tags" and entity == "people":
                    continue
                attr = _ATTR.get(entity, {}).get(key, key)
                if entity == "organisations" and key == "sector":
                    obj.primary_sector_id = self._sector_id(new, r)
                    continue
                setattr(obj, attr, new)
                if entity == "organisations" and key == "name":
                    obj.name_key = name_key(new)
                if entity == "people" and key in ("given_name", "particle", "family_name"):
                    obj.sort_key = names.sort_key(
                        obj.given_name, obj.name_particle, obj.family_name
                    )
                if entity == "people" and key == "phone":
                    obj.phone_key = contact.phone_key(new) or None
            if entity == "organisations" and any(k in ORG_LINKS for k in r.changes):
                self.session.flush()
                self._replace_org_links(
                    r, obj.id, {k: new for k, (_o, new) in r.changes.items() if k in ORG_LINKS}
                )
            if entity == "people" and "tags" in r.changes:
                self.session.execute(delete(PersonTag).where(PersonTag.person_id == obj.id))
                self.change_rows.append(
                    self._change(
                        "person_tag",
                        obj.id,
                        ChangeOperation.UPDATE,
                        field_name="tags",
                        old=list(r.changes["tags"][0] or ()),
                        new=list(r.changes["tags"][1] or ()),
                    )
                )
                self._link(
                    PersonTag,
                    [
                        {"person_id": obj.id, "tag_id": t}
                        for t in dict.fromkeys(self._tag_ids(r.changes["tags"][1] or ()))
                    ],
                )
            self.updated[entity] += 1
            self.tick()
        self.session.flush()

    def _replace_org_links(self, r: RowPlan, org_id: int, links: dict[str, Any]) -> None:
        tables = {
            "sectors": OrganisationSector,
            "target_groups": OrganisationTargetGroup,
            "channels": OrganisationChannel,
            "tags": OrganisationTag,
        }
        for key, value in links.items():
            model = tables[key]
            table: Table = model.__table__  # type: ignore[assignment]
            for old in self.session.execute(
                select(table).where(table.c.organisation_id == org_id)
            ).mappings():
                self.change_rows.append(
                    self._change(table.name, org_id, ChangeOperation.DELETE, old=dict(old))
                )
            self.session.execute(delete(table).where(table.c.organisation_id == org_id))
            self._org_links(r, org_id, {key: value})

    def _contact_moments(self, org_rows: list[RowPlan]) -> None:
        """A colleague's "last contact" date becomes a contact moment (once per date)."""
        records = []
        for r in org_rows:
            org_id = r.record_id
            if r.outcome not in _STORED or org_id is None:
                continue
            for day in sorted(r.links.get("contact_dates", ())):
                exists = self.session.scalar(
                    select(ContactMoment.id).where(
                        ContactMoment.organisation_id == org_id, ContactMoment.happened_on == day
                    )
                )
                if exists is None:
                    records.append(
                        {
                            "happened_on": day,
                            "channel": ContactChannel.CALL,
                            "summary": f"Last contact according to {self.plan.file}",
                            "organisation_id": org_id,
                            "version": 1,
                            "created_at": self.now,
                            "updated_at": self.now,
                        }
                    )
        if records:
            rows = [RowPlan("contact_moments", "", 0, RowStatus.NEW, "") for _ in records]
            ids = self._ids(ContactMoment, rows)
            for record, i in zip(records, ids, strict=True):
                record["id"] = i
            self.total += len(records)
            self._insert(ContactMoment, "contact moments", records)

    def _sheet_affiliations(self, people: list[RowPlan]) -> None:
        """One person per row with their organisation: link new people to it, and people
        the coordinator said are an existing person, unless they are linked already."""
        records = []
        seen: set[tuple[int, int]] = set()
        same = {
            r.record_id: r
            for r in people
            if r.status is RowStatus.DUPLICATE
            and r.decision is Decision.SAME
            and r.outcome in _STORED
            and r.record_id
        }
        linked: set[tuple[int, int]] = set()
        if same:
            linked = {
                (pid, oid)
                for pid, oid in self.session.execute(
                    select(Affiliation.person_id, Affiliation.organisation_id).where(
                        Affiliation.person_id.in_(same)
                    )
                )
            }
        for r in people:
            org_plan = r.links.get("organisation")
            if r.outcome is not RowStatus.NEW and r.record_id not in same:
                continue
            if org_plan is None or org_plan.record_id is None or org_plan.outcome not in _STORED:
                continue
            pair = (r.record_id or 0, org_plan.record_id)
            if pair in seen or pair in linked:
                continue
            seen.add(pair)
            records.append(
                {
                    "person_id": pair[0],
                    "organisation_id": pair[1],
                    "role": r.links.get("role"),
                    "is_primary": r.record_id not in same
                    or not any(p == pair[0] for p, _o in linked),
                }
            )
        if records:
            rows = [RowPlan("affiliations", "", 0, RowStatus.NEW, "") for _ in records]
            ids = self._ids(Affiliation, rows)
            for record, i in zip(records, ids, strict=True):
                record["id"] = i
            self.total += len(records)
            self._insert(Affiliation, "affiliations", records)
            self.touched.setdefault("organisation", set()).update(
                r["organisation_id"] for r in records
            )

    def _search_texts(self) -> None:
        """The search texts of the organisations and people this import made, composed from
        the rows it wrote, so committing reads back only records changed otherwise."""
        written = self.written
        if not written.get("organisation") and not written.get("person"):
            return
        session = self.session
        tag_names = dict(session.execute(select(Tag.id, Tag.name)).all())
        sector_names = dict(session.execute(select(Sector.id, Sector.name)).all())
        org_tags = _grouped(written["organisation_tag"], "organisation_id", "tag_id")
        org_sectors = _grouped(written["organisation_sector"], "organisation_id", "sector_id")
        organisations: dict[int, str] = {}
        where: dict[int, tuple[str, str | None]] = {}
        for o in written["organisation"]:
            oid = o["id"]
            where[oid] = (o["name"], o["city"])
            organisations[oid] = search.organisation_text(
                (o["name"], o["city"], o["website"], o["notes"], o["reach_note"]),
                [tag_names[t] for t in sorted(org_tags.get(oid, ()))],
                sector_names.get(o["primary_sector_id"]),
                [sector_names[s] for s in sorted(org_sectors.get(oid, ()))],
            )
        links = sorted(
            (a["id"], a["person_id"], a["organisation_id"]) for a in written["affiliation"]
        )
        stored = sorted({oid for _, _, oid in links} - where.keys())
        for start in range(0, len(stored), CHUNK):
            for oid, name, city in session.execute(
                select(Organisation.id, Organisation.name, Organisation.city).where(
                    Organisation.id.in_(stored[start : start + CHUNK])
                )
            ):
                where[oid] = (name, city)
        person_orgs: defaultdict[int, list[str | None]] = defaultdict(list)
        for _, pid, oid in links:
            if oid in where:  # as the join reading them back drops a link to nothing
                person_orgs[pid].extend(where[oid])
        person_tags = _grouped(written["person_tag"], "person_id", "tag_id")
        people: dict[int, str] = {}
        for p in written["person"]:
            pid = p["id"]
            people[pid] = search.person_text(
                (
                    p["given_name"],
                    p["name_particle"],
                    p["family_name"],
                    p["email"],
                    p["phone"],
                    p["job_title"],
                    p["directorate"],
                    p["notes"],
                ),
                [tag_names[t] for t in sorted(person_tags.get(pid, ()))],
                person_orgs.get(pid, ()),
            )
        session.info[search.INFO_TEXTS] = {
            search.ORGANISATION: organisations,
            search.PERSON: people,
        }

    def _flush_changes(self) -> None:
        """Insert the Change rows in the order they happened (undo walks them backwards)."""
        table = Base.metadata.tables["change"]
        conn = self.session.connection()
        pending: list[tuple[Any, ...]] = []
        for item in [*self.change_rows, None]:
            if isinstance(item, tuple):
                pending.append(item)
                continue
            for start in range(0, len(pending), CHUNK):
                _insert_rows(conn, table, CHANGE_COLUMNS, pending[start : start + CHUNK])
            pending = []
            if item is not None:
                self._insert_created(conn, table, item)
        self.change_rows = []

    def _insert_created(self, conn: Connection, table: Table, created: _Created) -> None:
        """The Change rows of records made, on SQLite in one statement over a JSON array of ids
        (their other values are the same for every row): a sixth of the rows' insert time.

        Undo walks Change rows backwards table by table (children before parents); the order
        of one table's rows among themselves does not matter, so json_each's is not sorted.
        """
        create = ChangeOperation.CREATE
        if conn.dialect.name != "sqlite":
            rows = [
                (self.batch_id, self.now, created.entity, i, create, None, None, None)
                for i in created.ids
            ]
            for start in range(0, len(rows), CHUNK):
                _insert_rows(conn, table, CHANGE_COLUMNS, rows[start : start + CHUNK])
            return
        at = table.c.at.type._cached_bind_processor(conn.dialect)
        operation = table.c.operation.type._cached_bind_processor(conn.dialect)
        conn.exec_driver_sql(
            "INSERT INTO change (batch_id, at, entity, entity_id, operation) "
            "SELECT ?, ?, ?, value, ? FROM json_each(?)",
            (
                self.batch_id,
                at(self.now) if at else self.now,
                created.entity,
                operation(create) if operation else create,
                json.dumps(created.ids),
            ),
        )


@dataclass(frozen=True)
class _Created:
    """The records of one table an import made, by id: their Change rows differ only in id."""

    entity: str
    ids: list[int]


_ATTR = {"people": _PERSON_ATTR, "affiliations": {"primary": "is_primary"}}
#: outcomes after which a row's record exists in the database
_STORED = (RowStatus.NEW, RowStatus.UNCHANGED, RowStatus.UPDATE)


def _grouped(records: list[dict[str, Any]], owner: str, other: str) -> dict[int, list[int]]:
    """The ``other`` ids of link rows by their ``owner`` id."""
    result: defaultdict[int, list[int]] = defaultdict(list)
    for record in records:
        result[record[owner]].append(record[other])
    return result


def _insert_many(conn: Connection, table: Table, records: list[dict[str, Any]]) -> None:
    """Core executemany; on SQLite straight through the driver when nothing needs a default.

    SQLAlchemy builds and processes a parameter set per row (a third of an import's insert
    time); here each column's bind processor runs once per distinct value instead.
    """
    if not records:
        return
    keys = list(records[0])
    needs_default = any(
        c.name not in records[0] and (c.default is not None or c.onupdate is not None)
        for c in table.columns
    )
    if (
        conn.dialect.name != "sqlite"
        or needs_default
        or any(r.keys() != records[0].keys() for r in records)
    ):
        conn.execute(insert(table), records)
        return
    values_of = operator.itemgetter(*keys)
    rows: list[Any] = [values_of(record) for record in records]
    if len(keys) == 1:
        rows = [(value,) for value in rows]  # itemgetter of one key gives the bare value
    _insert_rows(conn, table, keys, rows)


def _insert_rows(
    conn: Connection, table: Table, keys: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert rows given as values in the order of ``keys`` (every column without a default
    among them), on SQLite straight through the driver."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), [dict(zip(keys, row, strict=True)) for row in rows])
        return
    converters = [
        (i, _memo(processor))
        for i, k in enumerate(keys)
        if (processor := table.c[k].type._cached_bind_processor(conn.dialect)) is not None
    ]
    if converters:  # column by column: one conversion list per column that needs it
        by_column = list(zip(*rows, strict=True))
        for i, convert in converters:
            by_column[i] = tuple(map(convert, by_column[i]))
        rows = list(zip(*by_column, strict=True))
    preparer = conn.dialect.identifier_preparer
    column_list = ", ".join(preparer.quote(k) for k in keys)
    marks = ", ".join("?" for _ in keys)
    conn.exec_driver_sql(
        f"INSERT INTO {preparer.format_table(table)} ({column_list}) VALUES ({marks})", rows
    )


def _memo(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
    done: dict[tuple[type, Any], Any] = {}

    def convert(value: Any) -> Any:
        key = (value.__class__, value)
        try:
            return done[key]
        except KeyError:
            done[key] = result = processor(value)
            return result
        except TypeError:
            return processor(value)

    return convert


def _json(value: Any) -> str | None:
    """JSON as the history module writes it (dates as ISO text), in one pass."""
    if value is None:
        return None
    return _JSON_ENCODER.encode(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(type(value).__name__)


#: one encoder for every Change row (json.dumps with options builds a new one per call)
_JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_json_default)
#: the same encoding as _JSON_ENCODER.encode, its C encoder made once instead of per call:
#: ``"".join(_ENCODE(value, 0))``
_ENCODE: Callable[[Any, int], Iterable[str]] = (
    json.encoder.c_make_encoder(  # type: ignore[attr-defined]
        None, _json_default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
    )
    if json.encoder.c_make_encoder is not None  # type: ignore[attr-defined]
    else lambda value, _level: _JSON_ENCODER.iterencode(value)
)
#: the columns of the Change rows the writer makes, in the order of their values
CHANGE_COLUMNS = (
    "batch_id",
    "at",
    "entity",
    "entity_id",
    "operation",
    "field",
    "old_value",
    "new_value",
)
#: the tables an organisation's or person's search text is made of
_SEARCHED = frozenset(
    (
        "organisation",
        "person",
        "affiliation",
        "person_tag",
        "organisation_tag",
        "organisation_sector",
    )
)


def _fix_sequences(session: Session) -> None:
    """Explicit ids bypass PostgreSQL's sequences; move them past the highest id."""
    advance_id_sequences(
        session,
        (
            "organisation",
            "person",
            "affiliation",
            "sector",
            "target_group",
            "contact_moment",
            "tag",
        ),
    )


# --- undo ----------------------------------------------------------------------------------


def last_import(db: Database) -> tuple[int, str | None, dt.datetime] | None:
    """The last import that can still be undone: (batch id, label, when)."""
    with db.reading() as session:
        row = session.execute(
            select(ChangeBatch.id, ChangeBatch.label, ChangeBatch.at)
            .where(ChangeBatch.kind == BatchKind.IMPORT, ChangeBatch.undone_at.is_(None))
            .order_by(ChangeBatch.id.desc())
            .limit(1)
        ).first()
    return (row[0], row[1], row[2]) if row else None


def undo_last_import(db: Database) -> int:
    """Revert the last import's creates and updates from its Change rows; returns how many."""
    found = last_import(db)
    if found is None:
        raise UserError("There is no import to undo.")
    batch_id, label, _at = found
    with db.uow(BatchKind.UNDO, f"Undo {label or 'import'}") as uow:
        session = uow.session
        changes = (
            session.execute(
                select(Change).where(Change.batch_id == batch_id).order_by(Change.id.desc())
            )
            .scalars()
            .all()
        )
        later = session.scalar(
            select(func.count(Change.id))
            .join(ChangeBatch, ChangeBatch.id == Change.batch_id)
            .where(
                Change.batch_id > batch_id,
                ChangeBatch.undone_at.is_(None),
                ChangeBatch.kind != BatchKind.UNDO,
                Change.entity.in_({c.entity for c in changes}),
                Change.entity_id.in_({c.entity_id for c in changes if c.entity_id is not None}),
            )
        )
        if later:
            raise UserError(
                "Records of the last import were changed afterwards; undo those changes first, "
                "or restore the backup made before the import."
            )
        touched: dict[str, set[int]] = session.info.setdefault(history.INFO_TOUCHED, {})
        for change in changes:
            table = Base.metadata.tables[change.entity]
            if change.entity in ("organisation", "person") and change.entity_id is not None:
                touched.setdefault(change.entity, set()).add(change.entity_id)
            if change.operation == ChangeOperation.CREATE:
                values = json.loads(change.new_value or "{}")
                condition = [
                    table.c[col.name]
                    == _typed(table, col.name, values.get(col.name, change.entity_id))
                    for col in table.primary_key.columns
                ]
                session.execute(delete(table).where(*condition))
            elif (
                change.operation == ChangeOperation.UPDATE
                and change.field
                and change.field in table.c
            ):
                old = history.from_json(change.old_value)
                session.execute(
                    update(table)
                    .where(table.c.id == change.entity_id)
                    .values({change.field: _typed(table, change.field, old)})
                )
                _refresh_keys(session, change.entity, change.entity_id)
            elif change.operation == ChangeOperation.DELETE:
                values = json.loads(change.old_value or "{}")
                session.execute(
                    insert(table).values({k: _typed(table, k, v) for k, v in values.items()})
                )
        session.execute(
            update(ChangeBatch).where(ChangeBatch.id == batch_id).values(undone_at=utcnow())
        )
        from partnerdesk.services.common import record_change

        record_change(
            session, "change_batch", batch_id, ChangeOperation.UPDATE, None, "undone", "undone_at"
        )
        uow.commit()
    return len(changes)


def _typed(table: Table, column: str, value: Any) -> Any:
    from sqlalchemy import Date, DateTime

    if value is None or column not in table.c:
        return value
    kind = table.c[column].type
    if isinstance(kind, DateTime) and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date) and isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value


def _refresh_keys(session: Session, entity: str, entity_id: int | None) -> None:
    """Keys derived from names follow an undone name change."""
    if entity_id is None:
        return
    if entity == "organisation":
        name = session.scalar(select(Organisation.name).where(Organisation.id == entity_id))
        if name is not None:
            session.execute(
                update(Organisation)
                .where(Organisation.id == entity_id)
                .values(name_key=name_key(name))
            )
    elif entity == "person":
        row = session.execute(
            select(Person.given_name, Person.name_particle, Person.family_name, Person.phone).where(
                Person.id == entity_id
            )
        ).first()
        if row is not None:
            session.execute(
                update(Person)
                .where(Person.id == entity_id)
                .values(
                    sort_key=names.sort_key(row[0], row[1], row[2]),
                    phone_key=contact.phone_key(row[3]) or None,
                )
            )


# --- error workbook ---------------------------------------------------------------------------


def write_error_workbook(plan: ImportPlan, path: Path | str) -> int:
    """The rows that failed or were held back, as they were, with an extra column saying why."""
    from partnerdesk.exchange.workbook import Sheet, write_workbook

    by_row: dict[tuple[str, int], list[str]] = defaultdict(list)
    for r in plan.rows:
        if r.outcome in (RowStatus.ERROR, RowStatus.CONFLICT, RowStatus.DUPLICATE):
            reason = {RowStatus.DUPLICATE: f"possible duplicate of {r.other}"}.get(r.status)
            by_row[(r.sheet, r.row)].extend([reason] if reason else [p.message for p in r.problems])
        else:
            for p in r.problems:
                by_row[(r.sheet, r.row)].append(
                    f"{p.column}: {p.message}" if p.column else p.message
                )
    sheets = []
    count = 0
    for sheet_name, (header, rows) in plan.raw.items():
        out = []
        for number, values in rows.items():
            reasons = by_row.get((sheet_name, number))
            if reasons:
                out.append([*values, "; ".join(dict.fromkeys(reasons))])
        if out:
            count += len(out)
            width = max(len(header), *(len(r) - 1 for r in out))
            header_cells = [as_text(h) for h in header] + [""] * (width - len(header))
            out = [r[:-1] + [""] * (width - len(r) + 1) + [r[-1]] for r in out]
            sheets.append(Sheet(sheet_name, [*header_cells, "Error"], out))
    if not sheets:
        raise UserError("No row failed; there is nothing to save.")
    write_workbook(path, sheets)
    return count

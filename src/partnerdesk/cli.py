"""The command line (design section 5): thin verbs over the services."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerdesk.errors import UserError
from partnerdesk.paths import AppPaths

if TYPE_CHECKING:
    from partnerdesk.persistence.database import Database

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, AppPaths], int]


class _VersionAction(argparse.Action):
    """``--version``: prints the version, which is read only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from partnerdesk import __version__

        print(f"partnerdesk {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerdesk",
        description="Partners, people and dialogue sessions of an outreach programme.",
    )
    parser.add_argument("--version", action=_VersionAction)
    _add_db(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on a throwaway database filled with the demo data set",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    demo = verbs.add_parser("demo", help="fill a database with the demo data set")
    _add_db(demo)
    demo.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="1 is a small office; 100 is the reference data set of the benchmarks",
    )
    demo.set_defaults(handler=cmd_demo)

    check = verbs.add_parser("check", help="integrity and schema check")
    _add_db(check)
    check.set_defaults(handler=cmd_check)

    backup = verbs.add_parser("backup", help="write a backup and print its path")
    _add_db(backup)
    backup.add_argument(
        "--keep",
        type=int,
        default=None,
        metavar="N",
        help="keep the newest N backups (default 20)",
    )
    backup.add_argument(
        "--list", action="store_true", help="list the backups (newest first) instead"
    )
    backup.set_defaults(handler=cmd_backup)

    restore = verbs.add_parser("restore", help="put a backup in place of the data file")
    restore.add_argument("backup_file", metavar="BACKUP")
    _add_db(restore)
    restore.set_defaults(handler=cmd_restore)

    _add_exchange_verbs(verbs)

    report = verbs.add_parser("report", help="coverage, open actions or quiet partners")
    report.add_argument("topic", choices=("coverage", "actions", "contacts"))
    _add_db(report)
    report.add_argument("--json", action="store_true", help="machine-readable output")
    report.add_argument(
        "--days",
        type=int,
        default=90,
        help="contacts: partners not contacted for this many days (default 90)",
    )
    report.set_defaults(handler=cmd_report)

    person = verbs.add_parser("person", help="personal data: erase a person, access export")
    person_verbs = person.add_subparsers(dest="person_verb", metavar="ACTION", required=True)
    erase = person_verbs.add_parser("erase", help="erase a person's personal data everywhere")
    erase.add_argument("person_id", type=int, metavar="ID")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _add_db(erase)
    erase.set_defaults(handler=cmd_person_erase)
    access = person_verbs.add_parser(
        "export", help="write everything held about a person to a workbook (access request)"
    )
    access.add_argument("person_id", type=int, metavar="ID")
    access.add_argument("file", metavar="FILE")
    access.add_argument("--language", choices=("nl", "en"), default="nl")
    _add_db(access)
    access.set_defaults(handler=cmd_person_export)

    for register in EXTRA_VERBS:
        register(verbs, _add_db)
    return parser


#: Functions that add further verbs: ``register(subparsers, add_db_option)``.
EXTRA_VERBS: list[
    Callable[
        [
            argparse._SubParsersAction[argparse.ArgumentParser],
            Callable[[argparse.ArgumentParser], None],
        ],
        None,
    ]
] = []


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        default=argparse.SUPPRESS,
        help="data file path or SQLAlchemy URL (default: the user data folder)",
    )


def database_target(args: argparse.Namespace, paths: AppPaths) -> str:
    return str(getattr(args, "db", None) or paths.database_file)


def open_database(
    args: argparse.Namespace, paths: AppPaths, *, create: bool = True, lock: bool = True
) -> Database:
    """Open the data file; for writing (``lock``) it is refused while another partnerdesk
    works on it. Verbs that only read (export, report) pass ``lock=False``."""
    from partnerdesk.persistence.database import Database, resolve_url, sqlite_path
    from partnerdesk.persistence.writer_lock import WriterLock

    target = database_target(args, paths)
    if not create and "://" not in target and not Path(target).exists():
        raise UserError(f"There is no data file at {target}.")
    path = sqlite_path(resolve_url(target))
    writer = WriterLock(path, fallback_dir=paths.data_dir) if path and lock else None
    if writer is not None:
        writer.acquire()
    try:
        db = Database.open(target, backup_dir=paths.backup_dir)
    except BaseException:
        if writer is not None:
            writer.release()
        raise
    db.writer_lock = writer
    return db


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = AppPaths.default()
    try:
        from partnerdesk.logging_setup import setup_logging

        paths.ensure()
        setup_logging(paths.log_dir)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            from partnerdesk.app import run_gui

            return run_gui(args, paths)
        return handler(args, paths)
    except UserError as error:
        print(f"partnerdesk: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.services.demo import build_demo

    db = open_database(args, paths)
    try:
        summary = build_demo(db, scale=args.scale)
    finally:
        db.close()
    print(
        f"Demo data written to {db.display_name}: {summary.organisations} organisations, "
        f"{summary.people} people, {summary.sessions} sessions, {summary.actions} actions."
    )
    return 0


def cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.persistence.database import Database

    target = database_target(args, paths)
    if "://" not in target and not Path(target).exists():
        raise UserError(f"There is no data file at {target}.")
    db = Database.open(target, backup_dir=paths.backup_dir, migrate=False)
    try:
        problems = db.integrity_problems()
    finally:
        db.close()
    if problems:
        print(
            f"partnerdesk: {db.display_name} has problems: " + "; ".join(problems[:10]),
            file=sys.stderr,
        )
        return 1
    print(f"{db.display_name}: OK")
    return 0


def cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.list:
        from partnerdesk.persistence import backup as backups

        for info in backups.list_backups(paths.backup_dir):
            print(
                f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.reason:<16} {info.size:>12}  {info.path}"
            )
        return 0
    if args.keep is not None and args.keep < 1:
        raise UserError("--keep needs a number of 1 or more.")
    db = open_database(args, paths, create=False)
    try:
        if args.keep is not None:
            db.backup_keep = args.keep
        print(db.backup(reason="manual"))
    finally:
        db.close()
    return 0


def cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.persistence import backup as backups
    from partnerdesk.persistence.database import resolve_url, sqlite_path
    from partnerdesk.persistence.writer_lock import WriterLock

    target = sqlite_path(resolve_url(database_target(args, paths)))
    if target is None:
        raise UserError("Restore works on a data file; on a server, use pg_restore.")
    source = Path(args.backup_file)
    if not backups.is_sound(source):
        raise UserError(f"{source} is not a sound partnerdesk backup.")
    with WriterLock(target, fallback_dir=paths.data_dir):
        if target.exists():
            safety = backups.backup_sqlite(target, paths.backup_dir, reason="before-restore")
            print(f"The current data was saved first to {safety}")
        backups.restore_file(source, target)
    print(f"Restored {source.name} to {target}")
    return 0


def cmd_report(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk import reports

    db = open_database(args, paths, create=False)
    try:
        if args.topic == "coverage":
            data = reports.coverage_report(db)
        elif args.topic == "actions":
            data = reports.actions_report(db)
        else:
            data = reports.contacts_report(db, args.days)
    finally:
        db.close()
    if args.json:
        print_json(data)
    else:
        print(reports.as_text(args.topic, data))
    return 0


def cmd_person_erase(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.services.privacy import erase_person

    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("Erasing cannot be undone; add --yes to confirm.")
        answer = input(
            f"Erase the personal data of person {args.person_id}? This cannot be undone. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing was erased.")
            return 1
    db = open_database(args, paths, create=False)
    try:
        erase_person(db.uow(), args.person_id)
    finally:
        db.close()
    print(f"The personal data of person {args.person_id} was erased.")
    return 0


def cmd_person_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.services.privacy import export_person

    target = Path(args.file)
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"{target.name}: the access export is an .xlsx workbook.")
    db = open_database(args, paths, create=False, lock=False)
    try:
        export_person(db.uow(), args.person_id, target, args.language)
    finally:
        db.close()
    print(f"Everything held about person {args.person_id} was written to {target}")
    return 0


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


# --- import and export (design §5) ----------------------------------------------------------


def _add_exchange_verbs(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = verbs.add_parser(
        "import",
        help="import a partnerdesk workbook or a colleague's sheet (.xlsx, .csv, .vcf)",
        description="Exit status 0 when the import was applied (or would apply, with "
        "--dry-run); non-zero when nothing was applied.",
    )
    imp.add_argument("file", metavar="FILE")
    _add_db(imp)
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    imp.add_argument(
        "--strict", action="store_true", help="refuse the whole file if anything fails"
    )
    imp.add_argument("--json", action="store_true", help="print a machine-readable report")
    imp.set_defaults(handler=cmd_import)

    exp = verbs.add_parser(
        "export", help="export to .xlsx, .csv (people), .vcf (people) or .ics (sessions)"
    )
    exp.add_argument("file", metavar="FILE")
    _add_db(exp)
    exp.add_argument("--privacy", choices=["full", "no-contact", "woo"], default="full")
    exp.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.services import importer
    from partnerdesk.services.common import collector_paused

    path = Path(args.file)
    try:
        source = importer.ImportSource(path)
        db = open_database(args, paths)
    except UserError as error:
        if args.json:
            print_json(_failed_report(path, str(error)))
        raise
    try:
        # one pause over planning and applying: no collector pass over the plan between
        with collector_paused():
            plan = importer.plan_import(db, source)
            applied = False
            summary = None
            try:
                if args.strict and plan.all_problems():
                    raise UserError(
                        f"{path.name}: {len(plan.all_problems())} problem(s) and --strict was given; "
                        "nothing was imported."
                    )
                if not args.dry_run:
                    summary = importer.apply_import(db, plan, strict=args.strict)
                    applied = True
            except UserError as error:
                if args.json:
                    report = plan.report(applied=False)
                    report["error"] = str(error)
                    print_json(report)
                else:
                    _print_plan(plan, applied=False)
                print(f"partnerdesk: {error}", file=sys.stderr)
                return error.exit_code
    finally:
        db.close()
    if args.json:
        report = plan.report(applied=applied)
        report["dry_run"] = args.dry_run
        if summary is not None and summary.backup is not None:
            report["backup"] = str(summary.backup)
        print_json(report)
    else:
        _print_plan(plan, applied=applied)
    log.info(
        "import of a %s file: %d rows planned, applied=%s",
        source.file.kind,
        len(plan.rows),
        applied,
    )
    return 0


def _failed_report(path: Path, message: str) -> dict[str, object]:
    return {
        "file": path.name,
        "applied": False,
        "error": message,
        "counts": {},
        "problems": [
            {"file": path.name, "sheet": None, "row": None, "column": None, "message": message}
        ],
        "possible_duplicates": [],
    }


def _print_plan(plan: object, *, applied: bool) -> None:
    from partnerdesk.services.importer import ImportPlan

    assert isinstance(plan, ImportPlan)
    verb = "Imported" if applied else "Would import (nothing changed)"
    print(f"{verb} from {plan.file}:")
    for entity, counts in plan.counts().items():
        parts = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
        print(f"  {entity.replace('_', ' ')}: {parts or 'nothing'}")
    for problem in plan.all_problems():
        print(f"  problem: {problem.line()}")
    for row in plan.duplicates():
        print(
            f"  possible duplicate: sheet '{row.sheet}', row {row.row}: "
            f"{row.label} looks like {row.other}"
        )
    for note in plan.notes:
        print(f"  note: {note}")


def cmd_export(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.services.exporter import Privacy, export_file

    db = open_database(args, paths, create=False, lock=False)
    try:
        result = export_file(db, Path(args.file), privacy=Privacy(args.privacy))
    finally:
        db.close()
    total = sum(result.rows.values())
    print(f"Exported {total} rows to {result.path}")
    for line in result.redactions:
        print(f"  redacted: {line}")
    for note in result.notes:
        print(f"  note: {note}")
    return 0

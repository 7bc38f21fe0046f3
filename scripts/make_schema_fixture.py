"""Build the committed fixture database of a released schema: demo data plus a row in every table.

    python scripts/make_schema_fixture.py            # writes tests/fixtures/schema_<head>.sqlite

Run it once, when a schema revision is released and is the newest one (it builds with the
current code); the upgrade tests then open a copy of every committed fixture with later code.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from partnerdesk.persistence.database import Database, head_revision  # noqa: E402
from partnerdesk.services.demo import build_demo  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
#: the demo's "today", fixed so the fixture is the same every time it is built
TODAY = dt.date(2026, 11, 23)


def build(target: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch) / "fixture.sqlite"
        db = Database.open(work, backup_dir=Path(scratch) / "backups")
        try:
            build_demo(db, today=TODAY)
        finally:
            db.close()
        conn = sqlite3.connect(work)
        try:
            _fill_remaining_tables(conn)
            empty = [
                name
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
                if conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == 0
            ]
            if empty:
                raise SystemExit(f"tables without rows: {', '.join(empty)}; add rows for them")
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("VACUUM")
        finally:
            conn.close()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(work.read_bytes())


def _fill_remaining_tables(conn: sqlite3.Connection) -> None:
    """Rows for the tables the demo leaves empty (merges, distinct pairs, mappings, tags)."""
    with conn:
        conn.execute(
            "INSERT INTO tag (name) SELECT 'ambassadeur' "
            "WHERE NOT EXISTS (SELECT 1 FROM tag WHERE name = 'ambassadeur')"
        )
        tag_id = conn.execute("SELECT id FROM tag WHERE name = 'ambassadeur'").fetchone()[0]
        people = [row[0] for row in conn.execute("SELECT id FROM person ORDER BY id LIMIT 3")]
        conn.execute(
            "INSERT INTO person_tag (person_id, tag_id) VALUES (?, ?)", (people[0], tag_id)
        )
        conn.execute(
            "INSERT INTO distinct_pair (entity, first_id, second_id) VALUES ('person', ?, ?)",
            (people[1], people[2]),
        )
        conn.execute(
            "INSERT INTO merge (entity, survivor_id, merged_id, at, snapshot) "
            "VALUES ('organisation', 1, 9001, ?, ?)",
            (
                "2026-11-20 10:00:00",
                json.dumps({"table": "organisation", "row": {"id": 9001, "name": "Hema B.V."}}),
            ),
        )
        conn.execute(
            "INSERT INTO import_mapping (signature, mapping, updated_at) VALUES (?, ?, ?)",
            (
                "0" * 64,
                json.dumps({"Naam": "name", "Plaats": "city"}),
                "2026-11-20 10:00:00",
            ),
        )


def main() -> int:
    head = head_revision()
    target = FIXTURES / f"schema_{head}.sqlite"
    build(target)
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

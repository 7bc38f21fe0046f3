"""Databases made by every earlier schema open, upgrade without losing rows, and match a fresh one."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from partnerdesk.errors import StorageError
from partnerdesk.paths import AppPaths
from partnerdesk.persistence import backup as backups
from partnerdesk.persistence import database
from partnerdesk.persistence.database import Database, head_revision

pytestmark = pytest.mark.sqlite_only("the committed schema fixtures are data files")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SCHEMA_FIXTURES = sorted(FIXTURES.glob("schema_*.sqlite"))
MIGRATIONS = Path(database.__file__).with_name("migrations")


def _row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' "
                "AND name <> 'alembic_version' ORDER BY name"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _schema(db: Database) -> dict[str, Any]:
    """Tables with their columns, indexes, foreign keys, unique and check constraints."""
    found: dict[str, Any] = {}
    inspector = inspect(db.engine)
    for table in sorted(inspector.get_table_names()):
        found[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                for c in inspector.get_columns(table)
            ],
            "indexes": sorted(
                (i["name"] or "", tuple(i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(table)
            ),
            "foreign_keys": sorted(
                (
                    f["name"] or "",
                    tuple(f["constrained_columns"]),
                    f["referred_table"],
                    str(f.get("options")),
                )
                for f in inspector.get_foreign_keys(table)
            ),
            "unique": sorted(
                (u["name"] or "", tuple(u["column_names"]))
                for u in inspector.get_unique_constraints(table)
            ),
            "checks": sorted(c["sqltext"] for c in inspector.get_check_constraints(table)),
        }
    return found


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert FIXTURES / f"schema_{head_revision()}.sqlite" in SCHEMA_FIXTURES


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.stem)
def test_every_fixture_has_rows_in_every_table(fixture: Path) -> None:
    counts = _row_counts(fixture)
    assert counts
    assert [table for table, count in counts.items() if count == 0] == []


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.stem)
def test_an_earlier_database_upgrades_with_every_row_kept_and_the_fresh_schema(
    fixture: Path, tmp_path: Path, paths: AppPaths
) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(fixture, copy)
    before = _row_counts(copy)

    upgraded = Database.open(copy, backup_dir=paths.backup_dir)
    fresh = Database.open(tmp_path / "fresh.sqlite", backup_dir=paths.backup_dir)
    try:
        assert upgraded.current_revision() == head_revision()
        assert upgraded.integrity_problems() == []
        after = _row_counts(copy)
        assert {t: after[t] for t in before} == before
        assert _schema(upgraded) == _schema(fresh)
    finally:
        upgraded.close()
        fresh.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def broken_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the migrations with one more revision that changes data and then fails."""
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, location, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (location / "versions" / "9990_broken.py").write_text(
        f'''"""a release whose migration fails halfway"""
import sqlalchemy as sa
from alembic import op

revision = "9990"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("broken", sa.Integer()))
    op.execute("DELETE FROM person")
    raise RuntimeError("this migration fails on purpose")
''',
        encoding="utf-8",
    )
    monkeypatch.setattr(database, "migrations_folder", lambda: location)


@pytest.mark.allow_log_warnings
@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES[-1:], ids=lambda p: p.stem)
def test_a_failing_migration_puts_the_backup_back_and_keeps_the_data(
    fixture: Path, tmp_path: Path, paths: AppPaths, broken_migration: None
) -> None:
    copy = tmp_path / "data.sqlite"
    shutil.copyfile(fixture, copy)
    Database.open(copy, backup_dir=paths.backup_dir, migrate=False).close()
    before = _row_counts(copy)
    revision = fixture.stem.removeprefix("schema_")

    with pytest.raises(StorageError, match="put back as it was before the upgrade"):
        Database.open(copy, backup_dir=paths.backup_dir)

    taken = backups.list_backups(paths.backup_dir)
    assert [info.reason for info in taken] == ["before-upgrade"]
    assert _digest(copy) == _digest(taken[0].path)
    assert _row_counts(copy) == before
    conn = sqlite3.connect(copy)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(organisation)")]
        assert "broken" not in columns
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_upgrading_a_0001_database_indexes_the_people_not_erased_for_the_list(
    tmp_path: Path, paths: AppPaths
) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", copy)
    people_before = _row_counts(copy)["person"]

    Database.open(copy, backup_dir=paths.backup_dir).close()

    conn = sqlite3.connect(copy)
    try:
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_person_live_sort_key'"
        ).fetchone()
        assert "WHERE erased_at IS NULL" in sql
        plan = " ".join(
            row[3]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT count(id) FROM person WHERE erased_at IS NULL"
            )
        )
        assert "ix_person_live_sort_key" in plan  # the count no longer reads the table
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == people_before
    finally:
        conn.close()


def test_upgrading_a_0002_database_drops_the_change_index_no_query_reads(
    tmp_path: Path, paths: AppPaths
) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_0002.sqlite", copy)
    changes_before = _row_counts(copy)["change"]

    Database.open(copy, backup_dir=paths.backup_dir).close()

    conn = sqlite3.connect(copy)
    try:
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(change)")}
        assert "ix_change_at" not in indexes
        assert {"ix_change_entity", "ix_change_batch_id"} <= indexes
        plan = " ".join(
            row[3]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM change "
                "WHERE entity = 'person' AND entity_id = 1 ORDER BY at, id"
            )
        )
        assert "ix_change_entity" in plan  # a record's history, in time order
        assert conn.execute("SELECT count(*) FROM change").fetchone()[0] == changes_before
    finally:
        conn.close()

"""What only a PostgreSQL server has: the trigram index, its checks, and pg_dump backups."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, text

from partnerdesk.errors import UserError
from partnerdesk.paths import AppPaths
from partnerdesk.persistence import search
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import SearchEntry
from partnerdesk.services import people
from partnerdesk.services.records import PersonDraft

pytestmark = pytest.mark.postgres_only("the trigram index, server checks and pg_dump")


def test_search_on_the_server_is_answered_from_the_trigram_index(db: Database) -> None:
    people.create_person(db.uow(), PersonDraft("Özlem", None, "Özdemir"))
    with db.engine.begin() as conn:
        # 60 000 other search texts (random letters): at this size a scan costs more than the index.
        conn.execute(
            text(
                "INSERT INTO search_entry (entity, entity_id, text) "
                "SELECT 'person', 100000 + g, md5(g::text) || ' ' || md5((g + 1)::text) "
                "FROM generate_series(1, 60000) AS g"
            )
        )
        conn.execute(text("ANALYZE search_entry"))
    query = select(SearchEntry.entity_id).where(
        search.matches(search.PERSON, "zdemi", "postgresql")
    )
    compiled = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as conn:
        plan = "\n".join(conn.exec_driver_sql(f"EXPLAIN {compiled}").scalars())
        found = conn.execute(query).scalars().all()
    assert search.PG_INDEX in plan
    assert len(found) == 1


def test_search_on_the_server_finds_an_infix_typed_with_accents_and_capitals(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        names = session.scalars(
            select(SearchEntry.text).where(
                search.matches(search.ORGANISATION, "JÚMB", "postgresql")
            )
        ).all()
    assert names and all("jumbo" in name for name in names)


def test_the_check_reports_a_missing_search_index(db: Database) -> None:
    assert db.integrity_problems() == []
    with db.engine.begin() as conn:
        conn.execute(text(f"DROP INDEX {search.PG_INDEX}"))
    assert db.integrity_problems() == [f"the search index {search.PG_INDEX} is missing"]


def test_the_check_reports_a_constraint_that_was_never_validated(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text("ALTER TABLE person ADD CONSTRAINT ck_person_test CHECK (id > 0) NOT VALID")
        )
    assert db.integrity_problems() == ["constraint ck_person_test on table person is not validated"]


def test_a_backup_of_a_server_database_is_a_private_pg_dump_archive_that_restores(
    demo_db: Database, paths: AppPaths, db_target: str
) -> None:
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump and pg_restore are not on PATH")
    dump = demo_db.backup()
    assert dump.parent == paths.backup_dir and dump.suffix == ".dump"
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    from tests.pg import fresh_database

    with fresh_database(os.environ["PARTNERDESK_TEST_DATABASE_URL"]) as copy_url:
        from partnerdesk.persistence.backup import libpq_conninfo
        from partnerdesk.persistence.database import resolve_url

        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={libpq_conninfo(resolve_url(copy_url))}", dump],
            check=True,
            capture_output=True,
        )
        copy = Database.open(copy_url, migrate=False)
        try:
            assert copy.integrity_problems() == []
            with copy.engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM organisation")).scalar() == 40
        finally:
            copy.close()


def test_a_backup_without_pg_dump_says_what_to_install(
    db: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(UserError, match="needs pg_dump, which was not found") as caught:
        db.backup()
    assert "\n" not in str(caught.value)
    assert list(paths.backup_dir.iterdir()) == []

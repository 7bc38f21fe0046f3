"""Database addresses: file paths and server URLs, and probing one before switching to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from partnerdesk.errors import StorageError, UserError
from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database, probe, resolve_url


def test_a_file_path_becomes_an_sqlite_address(tmp_path: Path) -> None:
    url = resolve_url(tmp_path / "data.sqlite")
    assert url.drivername == "sqlite+pysqlite"
    assert url.database == str(tmp_path / "data.sqlite")


@pytest.mark.parametrize(
    "written",
    [
        "postgresql://team@db.example.nl:5432/partnerdesk",
        "postgres://team@db.example.nl:5432/partnerdesk",
        "postgresql+psycopg://team@db.example.nl:5432/partnerdesk",
    ],
)
def test_a_postgresql_address_uses_psycopg_whichever_way_it_is_written(written: str) -> None:
    url = resolve_url(written)
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.port, url.database) == ("db.example.nl", 5432, "partnerdesk")


def test_another_kind_of_server_is_refused_by_name() -> None:
    with pytest.raises(UserError, match="not “mysql”"):
        resolve_url("mysql://team@db.example.nl/partnerdesk")


def test_a_server_address_without_a_database_name_is_refused() -> None:
    with pytest.raises(UserError, match="names no database"):
        resolve_url("postgresql+psycopg://team@db.example.nl:5432")


def test_a_server_that_does_not_answer_is_one_clear_message_without_the_password() -> None:
    pytest.importorskip("psycopg")
    # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    address = "postgresql+psycopg://team:geheim@127.0.0.1:9/partnerdesk"
    with pytest.raises(StorageError) as caught:
        Database.open(address)
    message = str(caught.value)
    assert message.startswith("Cannot connect to postgresql+psycopg://team:***@127.0.0.1:9/")
    assert "geheim" not in message
    assert "\n" not in message
    assert probe(address) == message


def test_probing_a_sound_database_finds_no_problem(db: Database, db_target: str) -> None:
    assert probe(db_target) is None


def test_probing_a_new_file_in_a_new_folder_finds_no_problem_and_creates_nothing(
    tmp_path: Path,
) -> None:
    target = tmp_path / "new" / "data.sqlite"
    assert probe(target) is None
    assert not (tmp_path / "new").exists()


def test_probing_a_file_of_another_program_says_it_is_no_data_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.sqlite"
    target.write_text("my notes")
    assert "not a partnerdesk data file" in str(probe(target))


def test_probing_a_database_of_a_newer_release_says_so(db_target: str, paths: AppPaths) -> None:
    Database.open(db_target, backup_dir=paths.backup_dir).close()
    engine = create_engine(resolve_url(db_target))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    engine.dispose()
    assert "newer partnerdesk" in str(probe(db_target))

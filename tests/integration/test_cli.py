"""The command line verbs, run as a user would: exit codes, output, files."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from partnerdesk.__main__ import main
from partnerdesk.persistence.database import resolve_url


def _execute(target: str, sql: str) -> None:
    """Change the database with plain SQL, as another program would."""
    engine = create_engine(resolve_url(target))
    try:
        with engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def _fingerprint(target: str) -> object:
    """The file's bytes; on a server, the schema version and the row counts of the data."""
    url = resolve_url(target)
    if url.get_backend_name() == "sqlite":
        return hashlib.sha256(Path(str(url.database)).read_bytes()).hexdigest()
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT (SELECT version_num FROM alembic_version), "
                    "(SELECT count(*) FROM organisation), (SELECT count(*) FROM change)"
                )
            ).one()
    finally:
        engine.dispose()


def test_demo_then_check_both_succeed(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", db_target]) == 0
    assert "40 organisations" in capsys.readouterr().out
    assert main(["check", "--db", db_target]) == 0
    assert "OK" in capsys.readouterr().out


def test_demo_refuses_a_database_that_holds_data(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo", "--db", db_target])
    assert main(["demo", "--db", db_target]) != 0
    assert "already holds data" in capsys.readouterr().err


def test_check_refuses_a_newer_schema_in_one_line_and_leaves_the_data(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo", "--db", db_target])
    _execute(db_target, "UPDATE alembic_version SET version_num = 'ffff'")
    before = _fingerprint(db_target)
    capsys.readouterr()
    assert main(["check", "--db", db_target]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "newer partnerdesk" in err
    assert _fingerprint(db_target) == before


@pytest.mark.sqlite_only("a data file path")
def test_check_on_a_missing_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(tmp_path / "nope.sqlite")]) != 0
    assert "no data file" in capsys.readouterr().err
    assert not (tmp_path / "nope.sqlite").exists()


@pytest.mark.sqlite_only("file backups; a server is dumped with pg_dump")
def test_backup_prints_its_path_and_restore_puts_it_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.sqlite"
    main(["demo", "--db", str(target)])
    capsys.readouterr()
    assert main(["backup", "--db", str(target)]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert backup.is_file()
    conn = sqlite3.connect(target)
    conn.execute("DELETE FROM action")
    conn.commit()
    conn.close()
    assert main(["restore", str(backup), "--db", str(target)]) == 0
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM action").fetchone()[0] > 0
    conn.close()


def test_the_app_with_demo_opens_its_window_and_keeps_running(tmp_path: Path) -> None:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PARTNERDESK_HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "partnerdesk", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=8)
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=10)
    assert b"Traceback" not in err


def test_the_app_opens_its_window_on_the_given_database(db_target: str, tmp_path: Path) -> None:
    assert main(["demo", "--db", db_target]) == 0
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PARTNERDESK_HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "partnerdesk", "--db", db_target],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=8)
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=10)
    assert b"Traceback" not in err


@pytest.mark.postgres_only("a server database")
def test_check_on_a_server_database_that_does_not_exist_says_so_in_one_line(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = resolve_url(db_target).set(database="pd_no_such_database")
    assert main(["check", "--db", missing.render_as_string(hide_password=False)]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert 'database "pd_no_such_database" does not exist' in err


@pytest.mark.postgres_only("a server database")
def test_backup_of_a_server_database_prints_the_path_of_its_dump(
    db_target: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import shutil

    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on PATH")
    main(["demo", "--db", db_target])
    capsys.readouterr()
    assert main(["backup", "--db", db_target]) == 0
    dump = Path(capsys.readouterr().out.strip())
    assert dump.suffix == ".dump"
    assert dump.read_bytes()[:5] == b"PGDMP"

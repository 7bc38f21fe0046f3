"""The command line verbs, run as a user would: exit codes, output, files."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from partnerdesk.__main__ import main


def test_demo_then_check_both_succeed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.sqlite"
    assert main(["demo", "--db", str(target)]) == 0
    assert "40 organisations" in capsys.readouterr().out
    assert main(["check", "--db", str(target)]) == 0
    assert "OK" in capsys.readouterr().out


def test_demo_refuses_a_database_that_holds_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.sqlite"
    main(["demo", "--db", str(target)])
    assert main(["demo", "--db", str(target)]) != 0
    assert "already holds data" in capsys.readouterr().err


def test_check_refuses_a_newer_schema_in_one_line_and_leaves_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.sqlite"
    main(["demo", "--db", str(target)])
    conn = sqlite3.connect(target)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.commit()
    conn.close()
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    capsys.readouterr()
    assert main(["check", "--db", str(target)]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "newer partnerdesk" in err
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_check_on_a_missing_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(tmp_path / "nope.sqlite")]) != 0
    assert "no data file" in capsys.readouterr().err
    assert not (tmp_path / "nope.sqlite").exists()


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

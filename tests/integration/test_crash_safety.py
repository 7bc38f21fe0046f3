"""Killing a writing process (SIGKILL) at any moment leaves a sound database: all or nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.persistence.database import Database
from partnerdesk.persistence.writer_lock import WriterLock

RUNNER = Path(__file__).with_name("crash_runner.py")
SRC = Path(__file__).resolve().parents[2] / "src"
SYNTHETIC = "demo data (synthetic)"

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.sqlite_only("a data file killed mid-write; a server keeps its own journal"),
]


def _start(tmp_path: Path, pause_at: str, *arguments: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PARTNERDESK_HOME=str(tmp_path / "home"), PYTHONPATH=str(SRC))
    return subprocess.Popen(
        [sys.executable, str(RUNNER), pause_at, "--", *arguments],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_at(proc: subprocess.Popen[str], line: str) -> list[str]:
    """Read the narration until ``line`` (where the process now waits), then SIGKILL it."""
    assert proc.stdout is not None
    seen = []
    for raw in proc.stdout:
        seen.append(raw.strip())
        if raw.strip() == line:
            break
    else:
        _out, err = proc.communicate()
        pytest.fail(f"the process ended before {line!r}: {seen[-5:]} {err[-2000:]}")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    return seen


def _state(path: Path) -> dict[str, int]:
    """Open the killed database the way the app does and describe what it holds."""
    db = Database.open(path, backup_dir=path.parent / "backups")
    try:
        assert db.integrity_problems() == []
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

        def count(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        return {
            "organisations": count("SELECT count(*) FROM organisation"),
            "people": count("SELECT count(*) FROM person"),
            "indexed organisations": count(
                "SELECT count(*) FROM search_entry WHERE entity = 'organisation'"
            ),
            "indexed people": count("SELECT count(*) FROM search_entry WHERE entity = 'person'"),
            "synthetic batches": count(
                f"SELECT count(*) FROM change_batch WHERE label = '{SYNTHETIC}'"
            ),
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, int]]]:
    """What the demo holds at scale 1 (the curated part) and at scale 2 (completed)."""
    folder = tmp_path_factory.mktemp("reference")
    counts = {}
    for scale in ("1", "2"):
        target = folder / f"scale{scale}.sqlite"
        env = dict(os.environ, PARTNERDESK_HOME=str(folder / "home"), PYTHONPATH=str(SRC))
        subprocess.run(
            [sys.executable, "-m", "partnerdesk", "demo", "--scale", scale, "--db", str(target)],
            env=env,
            check=True,
            capture_output=True,
        )
        counts[scale] = _state(target)
    yield counts


@pytest.mark.parametrize(
    ("moment", "expect_synthetic"),
    [
        ("bulk 1", False),
        ("bulk 3", False),
        ("committing", False),
        ("committed", True),
    ],
)
def test_a_demo_build_killed_at_any_moment_leaves_a_sound_database_with_all_or_nothing(
    tmp_path: Path, reference: dict[str, dict[str, int]], moment: str, expect_synthetic: bool
) -> None:
    target = tmp_path / "killed.sqlite"
    proc = _start(tmp_path, moment, "demo", "--scale", "2", "--db", str(target))

    _kill_at(proc, moment)

    state = _state(target)
    assert state == reference["2" if expect_synthetic else "1"]
    assert state["indexed organisations"] == state["organisations"]


def test_a_killed_writer_leaves_no_lock_behind(tmp_path: Path) -> None:
    target = tmp_path / "killed.sqlite"
    proc = _start(tmp_path, "bulk 2", "demo", "--scale", "2", "--db", str(target))
    _kill_at(proc, "starting")
    # killed before it even opened the file: the lock is free, the file absent or empty
    with WriterLock(target):
        pass

    proc = _start(tmp_path, "bulk 2", "demo", "--scale", "2", "--db", str(target))
    _kill_at(proc, "bulk 2")

    with WriterLock(target) as lock:
        assert lock.held


def _cli(folder: Path, *arguments: str) -> None:
    env = dict(os.environ, PARTNERDESK_HOME=str(folder / "home"), PYTHONPATH=str(SRC))
    subprocess.run(
        [sys.executable, "-m", "partnerdesk", *arguments], env=env, check=True, capture_output=True
    )


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """An export of the demo at scale 2, and what a completed import of it into an empty
    database holds."""
    folder = tmp_path_factory.mktemp("import")
    source = folder / "source.sqlite"
    _cli(folder, "demo", "--scale", "2", "--db", str(source))
    exported = folder / "export.xlsx"
    _cli(folder, "export", str(exported), "--db", str(source))
    complete = folder / "complete.sqlite"
    _cli(folder, "import", str(exported), "--db", str(complete))
    return exported, _state(complete)


@pytest.mark.parametrize(
    ("moment", "expect_imported"),
    [("bulk 1", False), ("bulk 3", False), ("committing", False), ("committed", True)],
)
def test_an_import_killed_at_any_moment_leaves_a_sound_database_with_all_or_nothing(
    tmp_path: Path,
    workbook: tuple[Path, dict[str, int]],
    moment: str,
    expect_imported: bool,
) -> None:
    exported, complete = workbook
    target = tmp_path / "killed.sqlite"
    Database.open(target, backup_dir=tmp_path / "backups").close()
    empty = _state(target)
    proc = _start(tmp_path, moment, "import", str(exported), "--db", str(target))

    _kill_at(proc, moment)

    state = _state(target)
    assert state == (complete if expect_imported else empty)
    assert state["indexed people"] == state["people"]

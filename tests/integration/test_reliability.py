"""Backups, start-up checks and recovery, one writer, read-only files and full disks."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from partnerdesk.__main__ import main
from partnerdesk.errors import DatabaseLockedError, StorageError
from partnerdesk.paths import AppPaths
from partnerdesk.persistence import backup as backups
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.writer_lock import WriterLock
from partnerdesk.services import people
from partnerdesk.services.demo import build_demo
from partnerdesk.services.records import PersonDraft
from partnerdesk.startup import (
    DamagedDataFile,
    EarlyQuickCheck,
    clean_temp_dir,
    daily_backup_due,
    open_data_file,
    recover_from_backup,
    shared_location,
)

pytestmark = pytest.mark.sqlite_only("data-file locks, backups, recovery and disk errors")

SRC = Path(__file__).resolve().parents[2] / "src"
RUNNER = Path(__file__).with_name("crash_runner.py")


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data set, built once for this module and copied per test."""
    folder = tmp_path_factory.mktemp("template")
    target = folder / "demo.sqlite"
    db = Database.open(target, backup_dir=folder / "backups")
    build_demo(db)
    db.close()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return target


@pytest.fixture
def demo_file(paths: AppPaths, demo_template: Path) -> Path:
    shutil.copyfile(demo_template, paths.database_file)
    paths.database_file.chmod(0o600)
    return paths.database_file


# --- backups -------------------------------------------------------------------------------


def test_backups_rotate_to_the_configured_number_newest_kept(
    demo_file: Path, paths: AppPaths
) -> None:
    db = Database.open(demo_file, backup_dir=paths.backup_dir)
    db.backup_keep = 3
    try:
        written = [db.backup(reason="manual") for _ in range(5)]
    finally:
        db.close()
    kept = backups.list_backups(paths.backup_dir)
    assert [info.path for info in kept] == written[:-4:-1]
    assert all(stat.S_IMODE(info.path.stat().st_mode) == 0o600 for info in kept)


def test_the_backup_command_takes_a_keep_option_and_lists_backups(
    demo_file: Path,
    paths: AppPaths,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PARTNERDESK_HOME", str(paths.data_dir.parent))
    for _ in range(3):
        assert main(["backup", "--keep", "2"]) == 0
    capsys.readouterr()
    assert main(["backup", "--list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert all("manual" in line for line in lines)


def test_restoring_a_backup_first_saves_the_current_state_and_reopens(
    demo_file: Path, paths: AppPaths
) -> None:
    db = Database.open(demo_file, backup_dir=paths.backup_dir)
    try:
        backup = db.backup(reason="manual")
        before = _count(demo_file, "person")
        people.create_person(db.uow(), PersonDraft(given_name="Nieuw", family_name="Persoon"))

        safety = db.restore_from(backup)

        assert _count(demo_file, "person") == before
        assert _count(safety, "person") == before + 1
        assert "before-restore" in safety.name
        # the same Database keeps working on the restored file
        people.create_person(db.uow(), PersonDraft(given_name="Na", family_name="Terugzetten"))
        assert _count(demo_file, "person") == before + 1
        assert db.integrity_problems() == []
    finally:
        db.close()


def test_the_daily_backup_is_taken_once_a_day_at_start(demo_file: Path, paths: AppPaths) -> None:
    assert daily_backup_due(paths.backup_dir)
    db, notes = open_data_file(demo_file, paths)
    db.close()
    assert notes.daily_backup is not None and "daily" in notes.daily_backup.name
    db, notes = open_data_file(demo_file, paths)
    db.close()
    assert notes.daily_backup is None
    assert not daily_backup_due(paths.backup_dir)
    assert daily_backup_due(paths.backup_dir, today=dt.date.today() + dt.timedelta(days=1))


def test_a_new_data_file_gets_no_daily_backup(paths: AppPaths) -> None:
    db, notes = open_data_file(paths.database_file, paths)
    db.close()
    assert notes.daily_backup is None
    assert backups.list_backups(paths.backup_dir) == []


def test_the_private_temp_folder_is_emptied_at_start(paths: AppPaths) -> None:
    leftover = paths.temp_dir / "export-half-written.xlsx"
    leftover.write_text("Jan Jansen")
    clean_temp_dir(paths)
    assert paths.temp_dir.is_dir()
    assert list(paths.temp_dir.iterdir()) == []
    if sys.platform != "win32":
        assert stat.S_IMODE(paths.temp_dir.stat().st_mode) == 0o700


# --- damaged files --------------------------------------------------------------------------


def _damage(path: Path) -> None:
    """Write garbage bytes over two pages in the middle of the file."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    rng = random.Random(7)
    with open(path, "r+b") as handle:
        for page in (5, 40):
            handle.seek(page * page_size)
            handle.write(bytes(rng.randrange(256) for _ in range(page_size)))


@pytest.mark.allow_log_warnings
def test_a_damaged_data_file_is_reported_with_the_newest_sound_backup_and_left_alone(
    demo_file: Path, paths: AppPaths
) -> None:
    db, notes = open_data_file(demo_file, paths)
    db.close()
    assert notes.daily_backup is not None
    _damage(demo_file)
    damaged_bytes = demo_file.read_bytes()

    with pytest.raises(DamagedDataFile) as caught:
        open_data_file(demo_file, paths)

    assert caught.value.newest_backup is not None
    assert caught.value.newest_backup.path == notes.daily_backup
    assert "damaged" in str(caught.value)
    assert demo_file.read_bytes() == damaged_bytes
    # the lock was released: recovery and a new start can proceed
    with WriterLock(demo_file):
        pass


@pytest.mark.allow_log_warnings
def test_recovering_puts_the_backup_in_place_and_keeps_the_damaged_file(
    demo_file: Path, paths: AppPaths
) -> None:
    db, _notes = open_data_file(demo_file, paths)
    db.close()
    people_before = _count(demo_file, "person")
    _damage(demo_file)
    with pytest.raises(DamagedDataFile) as caught:
        open_data_file(demo_file, paths)
    assert caught.value.newest_backup is not None

    kept = recover_from_backup(demo_file, caught.value.newest_backup.path, paths.backup_dir)

    assert kept.exists()
    db, _notes = open_data_file(demo_file, paths)
    try:
        assert db.integrity_problems() == []
    finally:
        db.close()
    assert _count(demo_file, "person") == people_before


@pytest.mark.allow_log_warnings
def test_a_file_overwritten_at_its_start_is_damaged_not_replaced_by_a_fresh_one(
    demo_file: Path, paths: AppPaths
) -> None:
    with open(demo_file, "r+b") as handle:
        handle.write(b"\x00garbage" * 8)
    with pytest.raises(DamagedDataFile) as caught:
        open_data_file(demo_file, paths)
    assert caught.value.newest_backup is None
    assert demo_file.read_bytes().startswith(b"\x00garbage")


@pytest.mark.allow_log_warnings
def test_the_check_started_early_finds_a_damaged_file_as_the_check_at_open_does(
    demo_file: Path, paths: AppPaths
) -> None:
    db, _notes = open_data_file(demo_file, paths)
    db.close()
    _damage(demo_file)
    damaged_bytes = demo_file.read_bytes()

    early = EarlyQuickCheck.start(str(demo_file))
    assert early is not None
    with pytest.raises(DamagedDataFile) as caught:
        open_data_file(demo_file, paths, checked=early)

    assert caught.value.newest_backup is not None
    assert demo_file.read_bytes() == damaged_bytes


@pytest.mark.allow_log_warnings
def test_the_check_started_early_finds_a_file_that_is_no_database(
    demo_file: Path, paths: AppPaths
) -> None:
    with open(demo_file, "r+b") as handle:
        handle.write(b"\x00garbage" * 8)
    early = EarlyQuickCheck.start(str(demo_file))
    with pytest.raises(DamagedDataFile):
        open_data_file(demo_file, paths, checked=early)
    assert demo_file.read_bytes().startswith(b"\x00garbage")


@pytest.mark.allow_log_warnings
def test_an_early_check_of_another_file_is_not_taken_for_the_file_opened(
    demo_file: Path, paths: AppPaths, tmp_path: Path
) -> None:
    sound = tmp_path / "sound.sqlite"
    shutil.copyfile(demo_file, sound)
    _damage(demo_file)
    with pytest.raises(DamagedDataFile):
        open_data_file(demo_file, paths, checked=EarlyQuickCheck.start(str(sound)))


def test_nothing_is_checked_early_for_a_new_file_or_a_server(tmp_path: Path) -> None:
    assert EarlyQuickCheck.start(str(tmp_path / "new.sqlite")) is None
    assert EarlyQuickCheck.start("postgresql+psycopg://office@db.example/partnerdesk") is None


# --- one writer -------------------------------------------------------------------------------


def test_a_second_writer_on_the_same_file_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    target = tmp_path / "data.sqlite"
    with WriterLock(target), pytest.raises(DatabaseLockedError) as caught:
        WriterLock(target).acquire()
    assert f"process {os.getpid()}" in str(caught.value)
    assert "\n" not in str(caught.value)
    with WriterLock(target) as again:
        assert again.held


def test_a_lock_file_left_by_a_dead_process_does_not_block(tmp_path: Path) -> None:
    target = tmp_path / "data.sqlite"
    Path(str(target) + ".lock").write_text("999999 elsewhere\n")
    with WriterLock(target) as lock:
        assert lock.held
    assert Path(str(target) + ".lock").read_text().startswith(str(os.getpid()))


def test_the_command_line_refuses_to_write_while_another_partnerdesk_writes_but_reads(
    tmp_path: Path, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    if sys.platform == "win32":
        pytest.skip("the holder is paused through a POSIX pipe")
    target = tmp_path / "busy.sqlite"
    env = dict(os.environ, PARTNERDESK_HOME=str(tmp_path / "other"), PYTHONPATH=str(SRC))
    holder = subprocess.Popen(
        [sys.executable, str(RUNNER), "bulk 1", "--", "demo", "--scale", "2", "--db", str(target)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        for line in holder.stdout:
            if line.strip() == "bulk 1":
                break
        code = main(["person", "erase", "1", "--yes", "--db", str(target)])
        err = capsys.readouterr().err
        assert code == DatabaseLockedError.exit_code
        assert err.count("\n") == 1
        assert f"process {holder.pid}" in err
        # reading verbs are not writers: they work meanwhile
        assert (
            main(["person", "export", "1", str(tmp_path / "inzage.xlsx"), "--db", str(target)]) == 0
        )
    finally:
        holder.kill()
        holder.communicate()


def test_a_data_file_in_a_synced_or_network_folder_is_recognised() -> None:
    assert (
        shared_location(Path("C:\\Users\\eva\\OneDrive - Rijksoverheid\\pd.sqlite")) == "OneDrive"
    )
    assert shared_location(Path("/Users/eva/Dropbox/partnerdesk/pd.sqlite")) == "Dropbox"
    assert shared_location(Path("G:\\Mijn Drive\\pd.sqlite")) == "Google Drive"
    assert (
        shared_location(Path("/Users/eva/Library/Mobile Documents/com~apple~CloudDocs/pd.sqlite"))
        == "iCloud"
    )
    assert shared_location(Path("\\\\fileserver\\team\\pd.sqlite")) == "a network folder"
    assert shared_location(Path("/home/eva/.local/share/partnerdesk/pd.sqlite")) is None


# --- read-only files and full disks ---------------------------------------------------------------


@pytest.fixture
def read_only(demo_file: Path) -> Iterator[Path]:
    """The demo data file made read-only (as root, chmod is not enough: make it immutable)."""
    if os.name != "posix" or os.geteuid() != 0:
        demo_file.chmod(0o400)
        yield demo_file
        demo_file.chmod(0o600)
        return
    if subprocess.run(["chattr", "+i", str(demo_file)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only as root here (no chattr)")
    try:
        yield demo_file
    finally:
        subprocess.run(["chattr", "-i", str(demo_file)], check=True)


def test_a_write_to_a_read_only_data_file_says_so_and_loses_nothing(
    read_only: Path, paths: AppPaths
) -> None:
    before = _count(read_only, "person")
    db = Database.open(read_only, backup_dir=paths.backup_dir)
    try:
        with pytest.raises(StorageError, match="read-only; nothing was saved"):
            people.create_person(db.uow(), PersonDraft(given_name="Eva", family_name="Smit"))
        assert db.integrity_problems() == []
    finally:
        db.close()
    assert _count(read_only, "person") == before


def test_a_full_disk_says_so_and_keeps_every_committed_change(
    demo_file: Path, paths: AppPaths
) -> None:
    db = Database.open(demo_file, backup_dir=paths.backup_dir)
    try:
        people.create_person(db.uow(), PersonDraft(given_name="Vóór", family_name="Volschijf"))
        before = _count(demo_file, "person")

        @event.listens_for(db.engine, "connect")
        def _no_room(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

        db.engine.dispose()
        with pytest.raises(StorageError, match="disk is full; nothing was saved"):
            people.create_person(
                db.uow(), PersonDraft(given_name="Eva", family_name="Smit", notes="x" * 2_000_000)
            )
        event.remove(db.engine, "connect", _no_room)
        db.engine.dispose()
        assert db.integrity_problems() == []
        with db.engine.connect() as conn:
            assert (
                conn.execute(
                    text("SELECT count(*) FROM person WHERE family_name = 'Volschijf'")
                ).scalar()
                == 1
            )
    finally:
        db.close()
    assert _count(demo_file, "person") == before


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (Linux, root only)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tiny filesystem needs root on Linux")
    folder = tmp_path / "tiny"
    folder.mkdir()
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
    )
    if mount.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_really_full_filesystem_says_so_and_keeps_every_committed_change(
    tiny_filesystem: Path, paths: AppPaths
) -> None:
    target = tiny_filesystem / "data.sqlite"
    db = Database.open(target, backup_dir=paths.backup_dir)
    saved = 0
    try:
        with pytest.raises(StorageError, match="disk is full"):
            for number in range(1000):
                people.create_person(
                    db.uow(),
                    PersonDraft(given_name="Eva", family_name=f"Smit{number}", notes="x" * 100_000),
                )
                saved += 1
    finally:
        db.close()
    assert saved > 0
    # free room again (as the coordinator would) and check everything committed is there
    (tiny_filesystem / "ballast").unlink(missing_ok=True)
    assert _count(target, "person") == saved
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

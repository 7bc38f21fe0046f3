"""What the coordinator sees: backups, recovery from a damaged file, a second start, retention."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from partnerdesk.paths import AppPaths
from partnerdesk.persistence import backup as backups
from partnerdesk.persistence.database import Database
from partnerdesk.services import people, sessions
from partnerdesk.services.demo import build_demo
from partnerdesk.services.records import PersonDraft
from partnerdesk.settings import Settings
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs import recovery_dialog
from partnerdesk.ui.dialogs.backup_dialog import BackupDialog, BackupTableModel
from partnerdesk.ui.dialogs.privacy_dialog import PrivacyDialog
from partnerdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from partnerdesk.ui.single_instance import InstanceServer, server_name
from partnerdesk.ui.startup import open_for_gui

SHOTS = Path(os.environ.get("PARTNERDESK_SHOTS", "/tmp/partnerdesk-shots"))


def _shot(widget: QDialog, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture(autouse=True)
def dutch_locale() -> Iterator[None]:
    """The coordinator's locale, so dates and sizes read (and render) the Dutch way."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def no_leftover_servers(qapp: QApplication) -> Iterator[None]:
    """open_for_gui leaves a bring-to-front server on the application; close it after a test."""
    yield
    for server in qapp.findChildren(InstanceServer):
        server.close()
        server.setParent(None)


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


@pytest.fixture
def context(demo_file: Path, paths: AppPaths, qapp: QApplication) -> Iterator[AppContext]:
    db = Database.open(demo_file, backup_dir=paths.backup_dir)
    ctx = AppContext(db=db, paths=paths)
    yield ctx
    ctx.tasks.wait()
    db.close()


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        conn.close()


# --- backups --------------------------------------------------------------------------------


def test_the_backup_model_passes_the_model_tester(context: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    context.db.backup(reason="daily")
    model = BackupTableModel()
    model.set_rows(backups.list_backups(context.paths.backup_dir))
    qtmodeltester.check(model)


def test_the_backup_dialog_says_what_to_do_when_there_are_no_backups(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = BackupDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.count_label.text() == "0 backups"
    assert dialog.empty_label.isVisible()
    assert "Back up now" in dialog.empty_label.text()
    assert not dialog.restore_button.isEnabled()
    _shot(dialog, "backup-dialog-empty")


def test_backing_up_from_the_dialog_adds_a_row_with_date_reason_and_size(
    qtbot: QtBot, context: AppContext
) -> None:
    context.db.backup(reason="daily")
    dialog = BackupDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.count_label.text() == "1 backup"

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)

    assert dialog.count_label.text() == "2 backups"
    reasons = {dialog.model.index(r, BackupTableModel.REASON).data() for r in range(2)}
    assert reasons == {"Daily", "Made by hand"}
    size = dialog.model.index(0, BackupTableModel.SIZE).data()
    assert any(unit in size for unit in ("KB", "KiB", "kB", "MB", "MiB"))
    _shot(dialog, "backup-dialog")


def test_restoring_from_the_dialog_saves_the_current_state_first_and_reloads(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = context.db.path
    assert path is not None
    context.db.backup(reason="daily")
    before = _count(path, "person")
    people.create_person(context.db.uow(), PersonDraft(given_name="Na", family_name="Backup"))
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, question, _a: asked.append(question) or True
    )
    dialog = BackupDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    reloaded: list[str] = []
    context.events.data_changed.connect(reloaded.append)

    with qtbot.waitSignal(dialog.restored, timeout=20_000) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert "first makes a backup of the current data" in asked[0]
    assert _count(path, "person") == before
    safety = Path(restored.args[0])
    assert "before-restore" in safety.name
    assert _count(safety, "person") == before + 1
    assert "person" in reloaded
    assert dialog.model.rowCount() == 2


def test_the_number_of_backups_to_keep_is_remembered_and_applied(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = BackupDialog(context)
    qtbot.addWidget(dialog)
    dialog.keep_spin.setValue(2)
    assert context.db.backup_keep == 2
    for _ in range(3):
        context.db.backup(reason="manual")
    assert len(backups.list_backups(context.paths.backup_dir)) == 2
    assert Settings.for_paths(context.paths).backup_keep == 2


# --- recovery and start-up ------------------------------------------------------------------


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    rng = random.Random(3)
    with open(path, "r+b") as handle:
        for page in (5, 40):
            handle.seek(page * 4096)
            handle.write(bytes(rng.randrange(256) for _ in range(4096)))


def test_the_recovery_dialog_offers_the_newest_backup(qtbot: QtBot, tmp_path: Path) -> None:
    info = backups.BackupInfo(
        tmp_path / "b.sqlite", dt.datetime(2026, 11, 22, 9, 15), "daily", 800_000
    )
    dialog = RecoveryDialog(tmp_path / "partnerdesk.sqlite", info)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button is not None
    assert dialog.restore_button.text() == "Restore this backup"
    _shot(dialog, "recovery-dialog")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)


def test_without_a_sound_backup_the_recovery_dialog_only_lets_the_coordinator_quit(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = RecoveryDialog(tmp_path / "partnerdesk.sqlite", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button is None
    _shot(dialog, "recovery-dialog-no-backup")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)


@pytest.mark.allow_log_warnings
def test_starting_on_a_damaged_file_restores_the_chosen_backup_and_opens(
    qapp: QApplication, demo_file: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backups.backup_sqlite(demo_file, paths.backup_dir, reason="daily")
    people_before = _count(demo_file, "person")
    _damage(demo_file)
    shown: list[RecoveryDialog] = []

    def accept(dialog: RecoveryDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RecoveryDialog, "exec", accept)

    db = open_for_gui(demo_file, paths)

    assert db is not None
    try:
        assert len(shown) == 1
        assert db.integrity_problems() == []
        assert _count(demo_file, "person") == people_before
        assert backups.is_sound(backup)
        assert list(paths.backup_dir.glob("damaged-*"))
    finally:
        db.close()


@pytest.mark.allow_log_warnings
def test_starting_on_a_damaged_file_and_quitting_leaves_it_untouched(
    qapp: QApplication, demo_file: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.backup_sqlite(demo_file, paths.backup_dir, reason="daily")
    _damage(demo_file)
    damaged = demo_file.read_bytes()
    monkeypatch.setattr(RecoveryDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)

    assert open_for_gui(demo_file, paths) is None
    assert demo_file.read_bytes() == damaged


def test_a_second_start_on_the_same_file_is_told_and_brings_the_first_to_front(
    qtbot: QtBot, demo_file: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[str, str | None]] = []
    monkeypatch.setattr(
        messages, "show_error", lambda _p, error, title=None: told.append((str(error), title))
    )
    first = open_for_gui(demo_file, paths)
    assert first is not None
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    servers = [
        server
        for server in QApplication.instance().findChildren(InstanceServer)  # type: ignore[union-attr]
        if server.name == server_name(demo_file)
    ]
    assert len(servers) == 1
    server = servers[0]
    try:
        with qtbot.waitSignal(server.activated, timeout=5000):
            second = open_for_gui(demo_file, paths)
        assert second is None
        assert len(told) == 1
        text_shown, title = told[0]
        assert title == "partnerdesk is already open"
        assert "brought to the front" in text_shown
        assert f"process {os.getpid()}" in text_shown
    finally:
        first.close()


def test_a_data_file_in_a_synced_folder_gets_a_warning(
    qapp: QApplication, tmp_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        recovery_dialog.messages, "show_error", lambda _p, e, title=None: told.append(str(title))
    )
    db = open_for_gui(tmp_path / "OneDrive - Rijksoverheid" / "partnerdesk.sqlite", paths)
    assert db is not None
    db.close()
    assert told == ["Data file in a shared folder"]


# --- retention ------------------------------------------------------------------------------


def test_the_privacy_dialog_proposes_inactive_people_and_erases_the_chosen_one(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = context.db
    old = people.create_person(db.uow(), PersonDraft(given_name="Oud", family_name="Contact"))
    older = people.create_person(db.uow(), PersonDraft(given_name="Nog", family_name="Ouder"))
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE person SET updated_at = :at WHERE id = :i"),
            [
                {"at": dt.datetime(2021, 5, 1), "i": old.id},
                {"at": dt.datetime(2020, 2, 1), "i": older.id},
            ],
        )
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    dialog = PrivacyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.count_label.text() == "2 people proposed for erasure"
    assert dialog.model.index(0, 0).data() == "Nog Ouder"
    _shot(dialog, "privacy-dialog")

    dialog.view.selectRow(0)
    with qtbot.waitSignal(dialog.erased, timeout=20_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)

    assert people.get_person(db.uow(), older.id).erased
    assert not people.get_person(db.uow(), old.id).erased
    dialog.months.setValue(120)
    assert Settings.for_paths(context.paths).retention_months == 120
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert dialog.empty_label.isVisible()
    assert "nothing to erase" in dialog.empty_label.text()
    _shot(dialog, "privacy-dialog-empty")
    assert sessions.REMOVED_PARTICIPANT == "participant removed"

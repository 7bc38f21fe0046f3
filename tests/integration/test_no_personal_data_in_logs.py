"""A whole workflow logged at DEBUG leaves no name, e-mail address or phone number in the log."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.__main__ import main
from partnerdesk.domain.names import display_name
from partnerdesk.paths import AppPaths


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    monkeypatch.setenv("PARTNERDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PARTNERDESK_LOG_LEVEL", "DEBUG")
    root = logging.getLogger()
    level = root.level
    yield AppPaths.under(tmp_path / "home")
    for handler in list(root.handlers):
        if getattr(handler, "_partnerdesk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _personal_data(path: Path) -> set[str]:
    """Every person's full name, e-mail address and phone number in the data file."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT given_name, name_particle, family_name, email, phone FROM person"
        ).fetchall()
    finally:
        conn.close()
    found = set()
    for given, particle, family, email, phone in rows:
        found.update(
            value
            for value in (display_name(given, particle, family), email, phone)
            if value and len(value) >= 5
        )
    return found


def test_a_whole_workflow_at_debug_level_logs_no_personal_data(
    home: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], interop: Path
) -> None:
    assert main(["demo"]) == 0
    exported = tmp_path / "export.xlsx"
    assert main(["export", str(exported)]) == 0
    assert main(["import", str(exported)]) == 0
    for contacts in [
        *sorted((interop / "csv").glob("*.csv")),
        *sorted((interop / "vcf").glob("*.vcf")),
    ]:
        main(["import", str(contacts)])  # some are refused: that is logged too
    assert main(["export", str(tmp_path / "woo.xlsx"), "--privacy", "woo"]) == 0
    needles = _personal_data(home.database_file)
    assert len(needles) > 200

    from partnerdesk.persistence.database import Database
    from partnerdesk.services import people

    db = Database.open(home.database_file, backup_dir=home.backup_dir)
    try:
        record = people.get_person(db.uow(), 3)
        people.update_person(
            db.uow(),
            3,
            dataclasses.replace(record.to_draft(), phone="+31 6 1111 2222", notes="Belt terug"),
        )
        needles.add("+31 6 1111 2222")
    finally:
        db.close()
    assert main(["backup"]) == 0
    backup = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["person", "export", "5", str(tmp_path / "inzage.xlsx")]) == 0
    assert main(["person", "erase", "5", "--yes"]) == 0
    assert main(["restore", backup]) == 0
    assert main(["check"]) == 0
    assert main(["person", "erase", "999999", "--yes"]) != 0

    logs = "".join(
        path.read_text(encoding="utf-8") for path in sorted(home.log_dir.glob("partnerdesk.log*"))
    )
    assert "erased the personal data of 1 people" in logs
    assert " DEBUG " in logs
    leaked = sorted(n for n in needles if n.casefold() in logs.casefold())
    assert leaked == []

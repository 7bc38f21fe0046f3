"""Opening the window imports only what its first page needs (start-up time; issue #9).

The app is started for real in a fresh interpreter on a demo data file, quits once its window
is painted and idle, and reports which modules it had imported by then.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from partnerdesk.persistence.database import Database
from partnerdesk.services.demo import build_demo

SRC = Path(__file__).resolve().parents[2] / "src"

#: libraries for files, matching and migrations: each is imported when its feature is used
NOT_AT_START = (
    "openpyxl",
    "python_calamine",
    "xlsxwriter",
    "icalendar",
    "vobject",
    "rapidfuzz",
    "reportlab",
    "pypdf",
    "alembic",
    "mako",
    "psycopg",
    "lxml",
    "defusedxml",
    "PySide6.QtPrintSupport",
    "partnerdesk.exchange.xlsx",
    "partnerdesk.services.importer",
    "partnerdesk.services.exporter",
)

#: the window opens on the Overview; the other pages are built when first shown
OTHER_PAGES = (
    "organisations",
    "people",
    "sessions",
    "actions",
    "coverage",
    "outreach",
    "duplicates",
)

PROBE = """
import json, sys
from partnerdesk.cli import run
code = run(["--db", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


@pytest.fixture
def started(tmp_path: Path) -> list[str]:
    """The modules of an app that started on a demo file and quit when idle."""
    target = tmp_path / "start.sqlite"
    db = Database.open(target, backup_dir=tmp_path / "backups")
    build_demo(db)
    db.close()
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "PARTNERDESK_HOME": str(tmp_path / "home"),
        "PARTNERDESK_QUIT_WHEN_IDLE": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["code"] == 0
    modules: list[str] = answer["modules"]
    return modules


def test_the_window_opens_without_the_file_matching_and_migration_libraries(
    started: list[str],
) -> None:
    loaded = [
        name
        for name in started
        if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_AT_START)
    ]
    assert loaded == []


def test_the_window_opens_without_importing_the_pages_it_does_not_show(
    started: list[str],
) -> None:
    assert "partnerdesk.ui.pages.overview" in started
    assert [key for key in OTHER_PAGES if f"partnerdesk.ui.pages.{key}" in started] == []

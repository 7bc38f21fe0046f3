"""Opening the window imports only what its first page needs (start-up time; issue #9).

The app is started for real in a fresh interpreter on a demo data file, quits once its window
is painted and idle, and reports which modules it had imported by then.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerdesk.persistence.writer_lock import WriterLock
from partnerdesk.settings import Settings
from tests.gui.helpers import start_app_on_demo

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
    "partnerdesk.ui.dialogs.privacy_dialog",
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
import gc, json, sys
from partnerdesk import app
from partnerdesk.cli import run

at_idle = {}
quit_when_idle = app.quit_when_idle

def watched(window, tasks):
    at_idle["gc"] = gc.isenabled()
    quit_when_idle(window, tasks)

app.quit_when_idle = watched
code = run(["--db", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "gc": at_idle.get("gc")}))
"""


def _start(tmp_path: Path, page: str) -> list[str]:
    """The modules of an app that started on a demo file at ``page`` and quit when idle."""
    answer = start_app_on_demo(tmp_path, PROBE, page)
    assert answer["code"] == 0
    assert answer["gc"] is True  # collecting again once the window is up
    modules: list[str] = answer["modules"]
    return modules


@pytest.fixture
def started(tmp_path: Path) -> list[str]:
    """The modules of an app that started on its first page (the Overview)."""
    return _start(tmp_path, "overview")


def _heavy(modules: list[str]) -> list[str]:
    return [
        name
        for name in modules
        if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_AT_START)
    ]


def test_the_window_opens_without_the_file_matching_and_migration_libraries(
    started: list[str],
) -> None:
    assert _heavy(started) == []


def test_the_window_opens_without_importing_the_pages_it_does_not_show(
    started: list[str],
) -> None:
    assert "partnerdesk.ui.pages.overview" in started
    assert [key for key in OTHER_PAGES if f"partnerdesk.ui.pages.{key}" in started] == []


def test_a_window_reopened_on_the_people_page_builds_only_that_page(tmp_path: Path) -> None:
    modules = _start(tmp_path, "people")
    assert "partnerdesk.ui.pages.people" in modules
    assert _heavy(modules) == []
    others = [key for key in OTHER_PAGES if key != "people"] + ["overview"]
    assert [key for key in others if f"partnerdesk.ui.pages.{key}" in modules] == []


def test_an_app_that_quit_has_saved_its_window_closed_its_file_and_written_its_log(
    tmp_path: Path,
) -> None:
    _start(tmp_path, "overview")
    settings = Settings.at(tmp_path / "home" / "config" / "settings.ini")
    assert settings.window_geometry() is not None
    assert settings.current_page == "overview"
    with WriterLock(tmp_path / "start.sqlite"):  # released: a new start can take it
        pass
    logs = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "home").rglob("*.log"))
    assert "main window shown and idle; quitting as asked" in logs

"""A real main window over the demo data, in English unless a test asks otherwise."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.settings import Settings
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.i18n import install_translations


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "en")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data set built once; each test works on its own copy."""
    from partnerdesk.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo-template")
    database = Database.open(str(folder / "demo.sqlite"), backup_dir=folder / "backups")
    build_demo(database)
    database.close()
    return folder / "demo.sqlite"


@pytest.fixture
def gui_db(request: pytest.FixtureRequest, paths: AppPaths, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo database (a server database with demo data when one is configured)."""
    if os.environ.get("PARTNERDESK_TEST_DATABASE_URL"):
        yield from _server_demo(request.getfixturevalue("pg_demo_template"), paths)
        return
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(request.getfixturevalue("demo_template"), target)
    database = Database.open(str(target), backup_dir=paths.backup_dir)
    try:
        yield database
    finally:
        database.close()


def _server_demo(template: str, paths: AppPaths) -> Iterator[Database]:
    from tests.pg import fresh_database

    with fresh_database(os.environ["PARTNERDESK_TEST_DATABASE_URL"], template=template) as url:
        database = Database.open(url, backup_dir=paths.backup_dir)
        try:
            yield database
        finally:
            database.close()


@pytest.fixture
def context(
    gui_db: Database, paths: AppPaths, tmp_path: Path, english: None
) -> Iterator[AppContext]:
    shared = AppContext(db=gui_db, paths=paths, settings=Settings.at(tmp_path / "settings.ini"))
    yield shared
    shared.tasks.close()  # before the database goes: late jobs must not touch a dropped one


@pytest.fixture
def window(context: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The main window; confirmation questions are answered "yes"."""
    from partnerdesk.ui import messages
    from partnerdesk.ui.main_window import MainWindow

    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    yield main
    # Close the runner before the database goes: a timer or a refresh after the test must not
    # start a job on a database that the next fixture drops.
    for timer in main.findChildren(QTimer):  # e.g. the search field's debounce
        timer.stop()
    context.tasks.close()

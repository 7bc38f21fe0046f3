"""A real main window over the demo data, in English unless a test asks otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
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


@pytest.fixture
def context(demo_db: Database, paths: AppPaths, tmp_path: Path, english: None) -> AppContext:
    return AppContext(db=demo_db, paths=paths, settings=Settings.at(tmp_path / "settings.ini"))


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
    context.tasks.wait()

"""Help > About: what the coordinator reads there."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pytestqt.qtbot import QtBot

from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs.about import AboutDialog, bundled_components

ROOT = Path(__file__).resolve().parents[2]


def make_dialog(qtbot: QtBot, db: Database, paths: AppPaths) -> AboutDialog:
    dialog = AboutDialog(AppContext(db=db, paths=paths))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_the_version_from_pyproject_and_the_data_file(
    qtbot: QtBot, db: Database, paths: AppPaths
) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    dialog = make_dialog(qtbot, db, paths)
    assert dialog.version_text() == f"Version {version}"
    assert db.display_name in dialog.location.text()


def test_the_licences_name_qt_under_the_lgpl_and_every_runtime_library(
    qtbot: QtBot, db: Database, paths: AppPaths
) -> None:
    dialog = make_dialog(qtbot, db, paths)
    text = dialog.licences.toPlainText()
    assert "Lesser General Public License version 3 (LGPL-3.0)" in text
    names = {c.name.lower() for c in bundled_components()}
    assert {"pyside6_essentials", "sqlalchemy", "alembic", "openpyxl", "platformdirs"} <= names
    assert "pytest" not in names  # test tools are not bundled, so not listed
    for line in ("SQLAlchemy", "MIT", "openpyxl"):
        assert line in text


def test_qt_is_listed_under_the_lgpl_it_is_used_under(
    qtbot: QtBot, db: Database, paths: AppPaths
) -> None:
    dialog = make_dialog(qtbot, db, paths)
    html = dialog.licences.toHtml()
    row = html[html.index("PySide6_Essentials") :]
    assert "LGPL-3.0-only" in row[: row.index("</tr>")]
    assert "GPL-2.0-only" not in html

"""Settings: typed values, and every upgrade step from older settings files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from partnerdesk import settings as settings_module
from partnerdesk.settings import DEFAULT_STALE_DAYS, UPGRADES, VERSION, Settings


def _ini(path: Path, values: dict[str, object]) -> None:
    store = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        store.setValue(key, value)
    store.sync()


def test_a_fresh_settings_file_is_written_at_the_current_version(tmp_path: Path) -> None:
    settings = Settings.at(tmp_path / "settings.ini")
    assert settings.version == VERSION
    assert settings.language == ""
    assert settings.stale_contact_days == DEFAULT_STALE_DAYS


def test_there_is_an_upgrade_step_for_every_older_version() -> None:
    assert sorted(UPGRADES) == list(range(VERSION))


def test_an_unversioned_file_keeps_its_language_and_forgets_old_window_layouts(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.ini"
    _ini(path, {"language": "nl", "geometry": QByteArray(b"old layout"), "splitter": 3})
    settings = Settings.at(path)
    assert settings.version == 1
    assert settings.language == "nl"
    assert settings.window_geometry() is None
    assert "geometry" not in settings.store.allKeys()


def test_an_unversioned_file_with_an_unknown_language_follows_the_system(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    _ini(path, {"language": "klingon"})
    assert Settings.at(path).language == ""


def test_upgrade_steps_run_in_order_up_to_the_current_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[int] = []
    monkeypatch.setattr(settings_module, "VERSION", 3)
    monkeypatch.setattr(
        settings_module,
        "UPGRADES",
        {0: lambda s: ran.append(0), 1: lambda s: ran.append(1), 2: lambda s: ran.append(2)},
    )
    path = tmp_path / "settings.ini"
    _ini(path, {"version": 1, "preferences/language": "en"})
    settings = Settings.at(path)
    assert ran == [1, 2]
    assert settings.version == 3


def test_values_read_back_typed_and_bad_values_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings.at(path)
    settings.language = "nl"
    settings.stale_contact_days = 45
    settings.set_header_state("people", QByteArray(b"\x00\x01"))
    settings.sync()
    again = Settings.at(path)
    assert (again.language, again.stale_contact_days) == ("nl", 45)
    assert again.header_state("people") == QByteArray(b"\x00\x01")
    again.store.setValue("preferences/stale_contact_days", "lots")
    assert again.stale_contact_days == DEFAULT_STALE_DAYS
    with pytest.raises(ValueError):
        again.language = "fr"


def test_storing_the_same_window_layout_again_leaves_the_settings_file_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings.at(path)
    settings.set_window_geometry(QByteArray(b"geometry"))
    settings.set_splitter_state("people", QByteArray(b"splitter"))
    settings.current_page = "people"
    settings.sync()
    written = path.stat().st_ino  # QSettings replaces the file when it writes it

    again = Settings.at(path)
    again.set_window_geometry(QByteArray(b"geometry"))
    again.set_splitter_state("people", QByteArray(b"splitter"))
    again.current_page = "people"
    again.sync()
    assert path.stat().st_ino == written

    again.current_page = "organisations"
    again.sync()
    assert path.stat().st_ino != written
    assert Settings.at(path).current_page == "organisations"

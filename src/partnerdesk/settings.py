"""Typed preferences and window state over QSettings (never business data).

The stored layout has a version; ``UPGRADES`` holds one step per change of that layout, run in
order when an older file is opened, each tested (tests/gui/test_settings.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from partnerdesk.paths import AppPaths

#: the layout version this build writes
VERSION = 1
DEFAULT_STALE_DAYS = 90
DEFAULT_BACKUP_KEEP = 20
DEFAULT_RETENTION = 24  # months
LANGUAGES = ("", "en", "nl")  # "" follows the system


def _unversioned_to_1(store: QSettings) -> None:
    """Files from before versioning: keep the language, drop window layouts of older builds."""
    language = store.value("language")
    for key in store.allKeys():
        store.remove(key)
    if language in LANGUAGES:
        store.setValue("preferences/language", language)


#: from-version -> step bringing the file to from-version + 1
UPGRADES: dict[int, Callable[[QSettings], None]] = {0: _unversioned_to_1}


class Settings:
    """The app's settings; pass a QSettings (tests give one over a temporary .ini file)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()
        self.upgrade()

    @classmethod
    def at(cls, path: str | Path) -> Settings:
        """Settings kept in an .ini file."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def for_paths(cls, paths: AppPaths) -> Settings:
        """The settings file of these folders (so tests and portable use keep it beside the data)."""
        return cls.at(paths.config_dir / "settings.ini")

    # -- versions -------------------------------------------------------------------------

    @property
    def version(self) -> int:
        if not self.store.allKeys():
            return VERSION  # a fresh file needs no upgrade
        return _int(self.store.value("version"), 0)

    def upgrade(self) -> None:
        """Run every upgrade step from the stored version up to ``VERSION``."""
        version = self.version
        while version < VERSION:
            UPGRADES[version](self.store)
            version += 1
            self.store.setValue("version", version)
        if self.store.value("version") is None:
            self.store.setValue("version", VERSION)

    def sync(self) -> None:
        self.store.sync()

    def _set(self, key: str, value: object) -> None:
        """Store ``value`` unless it is stored already: QSettings rewrites (and flushes) the
        whole file at the next sync for any value set, and the window sets its layout at every
        close, mostly unchanged."""
        if self.store.value(key) != value:
            self.store.setValue(key, value)

    # -- preferences --------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """ "" (follow the system), "en" or "nl"."""
        value = self.store.value("preferences/language", "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._set("preferences/language", value)

    @property
    def stale_contact_days(self) -> int:
        """Partners not contacted for this many days are flagged (Overview, lists)."""
        return max(1, _int(self.store.value("preferences/stale_contact_days"), DEFAULT_STALE_DAYS))

    @stale_contact_days.setter
    def stale_contact_days(self, days: int) -> None:
        self._set("preferences/stale_contact_days", max(1, int(days)))

    @property
    def backup_keep(self) -> int:
        """How many backups to keep; older ones are removed when a new one is made."""
        return max(1, _int(self.store.value("preferences/backup_keep"), DEFAULT_BACKUP_KEEP))

    @backup_keep.setter
    def backup_keep(self, count: int) -> None:
        self._set("preferences/backup_keep", max(1, int(count)))

    @property
    def retention_months(self) -> int:
        """People inactive this long are proposed for erasure (personal data retention)."""
        return max(1, _int(self.store.value("preferences/retention_months"), DEFAULT_RETENTION))

    @retention_months.setter
    def retention_months(self, months: int) -> None:
        self._set("preferences/retention_months", max(1, int(months)))

    # -- window state ----------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        return _bytes(self.store.value("window/geometry"))

    def set_window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return _bytes(self.store.value("window/state"))

    def set_window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    @property
    def current_page(self) -> str:
        return str(self.store.value("window/page", "") or "")

    @current_page.setter
    def current_page(self, key: str) -> None:
        self._set("window/page", key)

    def splitter_state(self, key: str) -> QByteArray | None:
        return _bytes(self.store.value(f"splitters/{key}"))

    def set_splitter_state(self, key: str, value: QByteArray) -> None:
        self._set(f"splitters/{key}", value)

    def header_state(self, key: str) -> QByteArray | None:
        """Column widths, order and sort of one list."""
        return _bytes(self.store.value(f"columns/{key}"))

    def set_header_state(self, key: str, value: QByteArray) -> None:
        self._set(f"columns/{key}", value)


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None

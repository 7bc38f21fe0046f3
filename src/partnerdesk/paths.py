"""Where partnerdesk keeps its files: one place, overridable for tests and portable use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from partnerdesk import APP_NAME, ORGANISATION_NAME

#: Set to a folder to keep data, config, logs and backups below it (tests, portable use).
HOME_ENV = "PARTNERDESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders partnerdesk writes to; nothing is created until ``ensure()``."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path
    temp_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        override = os.environ.get(HOME_ENV)
        if override:
            return cls.under(Path(override))
        dirs = platformdirs.PlatformDirs(APP_NAME, ORGANISATION_NAME, roaming=False)
        data = Path(dirs.user_data_dir)
        return cls(
            data_dir=data,
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
            backup_dir=data / "backups",
            temp_dir=data / "tmp",
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        root = Path(root)
        return cls(
            data_dir=root / "data",
            config_dir=root / "config",
            log_dir=root / "logs",
            backup_dir=root / "data" / "backups",
            temp_dir=root / "data" / "tmp",
        )

    @property
    def database_file(self) -> Path:
        return self.data_dir / "partnerdesk.sqlite"

    def ensure(self) -> None:
        """Create the folders, readable by their owner only."""
        for folder in (
            self.data_dir,
            self.config_dir,
            self.log_dir,
            self.backup_dir,
            self.temp_dir,
        ):
            make_private_dir(folder)


def make_private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(folder, 0o700)
    except OSError:  # not ours to change (a shared parent); the files inside are still 0600
        pass

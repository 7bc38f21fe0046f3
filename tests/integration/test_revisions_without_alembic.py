"""Opening a current data file reads the revision ids without importing Alembic (start-up time)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from partnerdesk.persistence.database import (
    Database,
    head_revision,
    migrations_config,
    script_revisions,
)

SRC = Path(__file__).resolve().parents[2] / "src"


def test_the_revisions_read_from_the_files_are_the_ones_alembic_sees() -> None:
    scripts = ScriptDirectory.from_config(migrations_config())
    alembic_view = {
        rev.revision: rev.down_revision if isinstance(rev.down_revision, str) else None
        for rev in scripts.walk_revisions()
    }
    assert script_revisions() == alembic_view
    assert head_revision() == scripts.get_current_head()


def test_opening_a_current_data_file_does_not_import_alembic(tmp_path: Path) -> None:
    target = tmp_path / "current.sqlite"
    Database.open(target, backup_dir=tmp_path / "backups").close()
    probe = (
        "import sys; from partnerdesk.persistence.database import Database; "
        f"db = Database.open({str(target)!r}, backup_dir=None); "
        "db.uow(); db.close(); print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "False"

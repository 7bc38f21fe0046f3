"""Seconds to find duplicate people and organisations in the reference data set.

    python -m partnerdesk demo --db /tmp/ref.sqlite --scale 100   # once, about 25 s
    PYTHONPATH=src python benchmarks/duplicates.py /tmp/ref.sqlite
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from partnerdesk.domain.enums import MergeEntity
from partnerdesk.persistence.database import Database
from partnerdesk.services.duplicates import find_duplicates


def main(path: str) -> None:
    db = Database.open(path, backup_dir=Path(tempfile.mkdtemp(prefix="bench-backups-")))
    try:
        for entity in (MergeEntity.PERSON, MergeEntity.ORGANISATION):
            started = time.perf_counter()
            pairs = find_duplicates(db.uow(), entity)
            seconds = time.perf_counter() - started
            print(f"{entity.value}: {len(pairs)} pairs in {seconds:.2f} s")
    finally:
        db.close()


if __name__ == "__main__":
    main(sys.argv[1])

"""Seconds to find duplicate people and organisations in the reference data set.

CPU seconds are printed beside wall-clock seconds: on a busy machine they tell the cost.

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
            started, cpu = time.perf_counter(), time.process_time()
            pairs = find_duplicates(db.uow(), entity)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            print(f"{entity.value}: {len(pairs)} pairs in {seconds:.2f} s ({cpu:.2f} s CPU)")
    finally:
        db.close()


if __name__ == "__main__":
    main(sys.argv[1])

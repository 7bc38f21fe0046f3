"""Run a partnerdesk command with its database work narrated on stdout, for the kill tests.

    python crash_runner.py PAUSE_AT -- partnerdesk-arguments...

Every bulk insert prints "bulk N", every commit that follows bulk work prints "committing"
(before the database commits) and "committed" (after). When a printed line equals PAUSE_AT the
process stops there, waiting on stdin, so the test can kill it at exactly that moment. A small
page cache makes SQLite spill uncommitted pages into the WAL, the hard case for recovery.
"""

from __future__ import annotations

import sys
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

PAUSE_AT = sys.argv[1]
state = {"bulk": 0}


def say(line: str) -> None:
    print(line, flush=True)
    if line == PAUSE_AT:
        sys.stdin.readline()


@event.listens_for(Engine, "connect")
def _small_cache(dbapi_connection: Any, _record: object) -> None:
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        dbapi_connection.execute("PRAGMA cache_size=20")


@event.listens_for(Engine, "after_cursor_execute")
def _narrate(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, executemany: bool
) -> None:
    if executemany and statement.startswith("INSERT") and len(parameters) >= 500:
        state["bulk"] += 1
        say(f"bulk {state['bulk']}")


@event.listens_for(Engine, "commit")
def _committing(_conn: Any) -> None:
    if state["bulk"]:
        say("committing")


@event.listens_for(Session, "after_commit")
def _committed(_session: Session) -> None:
    if state["bulk"]:
        say("committed")


if __name__ == "__main__":
    from partnerdesk.cli import run

    arguments = sys.argv[sys.argv.index("--") + 1 :]
    say("starting")
    sys.exit(run(arguments))

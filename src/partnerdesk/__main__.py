"""Entry point: parse arguments, set up paths and logging, then run a command or the app."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    # Files we write (data, backups, exports, logs) are readable by their owner only.
    os.umask(0o077)
    from partnerdesk.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())

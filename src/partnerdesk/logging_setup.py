"""Logging to a rotating file in the platform's log folder; no personal data is ever logged.

Code logs ids and counts, never names, e-mail addresses or phone numbers; the filter below is a
second line of defence that masks anything shaped like an e-mail address or phone number.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

_EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<!\w)(?:\+|00)?\d[\d ()./-]{7,}\d")
LOG_FILE_NAME = "partnerdesk.log"
#: set to DEBUG (or INFO, WARNING) to change how much is logged
LEVEL_ENV = "PARTNERDESK_LOG_LEVEL"
#: libraries whose debug output holds stored values (SQLAlchemy logs result rows at DEBUG,
#: hide_parameters does not cover those): kept at WARNING whatever the app's level
QUIET_LIBRARIES = ("sqlalchemy",)


class RedactingFilter(logging.Filter):
    """Masks e-mail addresses and phone numbers in log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _PHONE.sub("[phone]", _EMAIL.sub("[e-mail]", message))
        if masked != message:
            record.msg, record.args = masked, None
        return True


def level_from_environment() -> int:
    name = os.environ.get(LEVEL_ENV, "").upper()
    level = logging.getLevelName(name) if name else logging.INFO
    return level if isinstance(level, int) else logging.INFO


def setup_logging(log_dir: Path | None, level: int | None = None) -> Path | None:
    """Log to ``log_dir`` (rotating, owner-only) and warnings to stderr."""
    root = logging.getLogger()
    root.setLevel(level_from_environment() if level is None else level)
    for library in QUIET_LIBRARIES:
        logging.getLogger(library).setLevel(logging.WARNING)
    for handler in list(root.handlers):
        if getattr(handler, "_partnerdesk", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    log_path = None
    if log_dir is not None:
        from partnerdesk.paths import make_private_dir

        make_private_dir(log_dir)
        log_path = log_dir / LOG_FILE_NAME
        file_handler = logging.handlers.RotatingFileHandler(
            log_path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(formatter)
        file_handler.addFilter(RedactingFilter())
        file_handler._partnerdesk = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
        log_path.chmod(0o600)
    return log_path

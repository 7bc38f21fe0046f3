"""Logging to a rotating file in the platform's log folder; no personal data is ever logged.

Code logs ids and counts, never names, e-mail addresses or phone numbers; the filter below is a
second line of defence that masks anything shaped like an e-mail address or phone number.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<!\w)(?:\+|00)?\d[\d ()./-]{7,}\d")
LOG_FILE_NAME = "partnerdesk.log"


class RedactingFilter(logging.Filter):
    """Masks e-mail addresses and phone numbers in log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _PHONE.sub("[phone]", _EMAIL.sub("[e-mail]", message))
        if masked != message:
            record.msg, record.args = masked, None
        return True


def setup_logging(log_dir: Path | None, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir`` (rotating, owner-only) and warnings to stderr."""
    root = logging.getLogger()
    root.setLevel(level)
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

"""Detours around Qt for Python bugs that would otherwise crash the app."""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

#: references given to None once at start-up; no session makes that many Qt calls
NONE_RESERVE = 1 << 40


def keep_none_alive() -> None:
    """Give ``None`` a reference count that Qt for Python cannot wear down to zero.

    WORKAROUND: PySide6 6.12 (its abi3 wheels) returns ``None`` from every void method
    (``update()``, ``processEvents()``, ``beginInsertRows()`` …) and takes None from every
    Python override that answers a QVariant with None (a model's ``data()``) without the
    reference Python < 3.12 expects, so each such call costs None one reference. A fresh
    process holds about 5 000, so after a few minutes of use Python aborts with "none_dealloc:
    deallocating None". From Python 3.12 None is immortal and the bug is harmless; before
    that, one large deposit keeps it alive for the life of the process.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    # ob_refcnt is the first field of a release build's object; check before writing.
    if abs(count.value - sys.getrefcount(None)) > 2:
        log.info("unexpected object layout; None's reference count left alone")
        return
    count.value += NONE_RESERVE

"""Workarounds for the Qt binding, each with the reason and how it is detected.

WORKAROUND (PySide6 6.12, Python 3.11): when C++ calls a Python override such as
``QAbstractItemModel.data()`` or ``headerData()`` and it returns ``None``, the binding drops one
reference to ``None`` too many. A list view asks for dozens of roles per cell, most answered
with ``None``; after enough calls (scrolling a long list does it in minutes) ``None``'s count
reaches zero and the interpreter aborts with "deallocating None". Models return ``none()``
instead of ``None``: it gives the reference back, but only when the running binding was
measured to have the bug, so a fixed PySide6 costs nothing.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

_PROBES = 200


class _Probe(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return None


def _incref_none(times: int) -> None:
    for _ in range(times):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


@cache
def none_return_loses_a_reference() -> bool:
    """Measure once whether returning None from an override costs a reference to None."""
    probe = _Probe()
    index = probe.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        index.data()
    lost = before - sys.getrefcount(None)
    if lost >= _PROBES // 2:
        _incref_none(lost)  # give back what the measurement itself cost
        return True
    return False


def none() -> None:
    """``None`` for Qt from a model override, safe on bindings with the reference bug."""
    if none_return_loses_a_reference():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return None


#: references to None given in advance by ``protect_none`` (about 10^12: decades of scrolling)
_RESERVE = 1 << 40


def protect_none() -> bool:
    """Give ``None`` a large reserve of references when the running binding has the bug.

    Covers every model of the app, also those that return a plain ``None``. Only on CPython
    before 3.12 (from 3.12 ``None`` is immortal and the bug harmless); the reference count is
    the object's first field there. Returns whether the reserve was given.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not none_return_loses_a_reference():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True

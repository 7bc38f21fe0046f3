"""Detours around Qt for Python bugs that would otherwise crash the app."""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def none_safe(method: F) -> F:
    """Decorate a model's ``data()`` / ``headerData()`` so returning None cannot crash Python.

    WORKAROUND: PySide6 6.12 on Python 3.11 drops one reference to ``None`` too many each
    time Qt calls a Python override that returns None for a QVariant (every view paint asks
    ``data()`` for roles the model does not answer). Scrolling a long list brings None's
    reference count to zero and Python aborts ("none_dealloc: deallocating None"). Giving
    back one reference per None returned balances it; where the bug is absent (None is
    immortal from Python 3.12) the extra reference is harmless.
    """

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        value = method(*args, **kwargs)
        if value is None:
            _incref(None)
        return value

    return wrapper  # type: ignore[return-value]

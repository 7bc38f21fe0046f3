"""Text folding shared by search, sorting and matching."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, accents removed, spaces collapsed: "Özdemir " -> "ozdemir"."""
    if not text:
        return ""
    if text.isascii():  # the common case, ten times faster and the same result
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def clean(text: str | None) -> str | None:
    """Trim a free-text value; empty becomes None."""
    if text is None:
        return None
    text = text.strip()
    return text or None

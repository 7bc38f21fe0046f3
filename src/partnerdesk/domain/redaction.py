"""Woo redaction: people's names, e-mail addresses and phone numbers become the ground "5.1.2e".

Under the Dutch Open Government Act (Woo) personal data in released documents is replaced by
the ground for withholding it. Organisation names and people with a public role stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from partnerdesk.domain.names import PersonName

WOO_GROUND = "5.1.2e"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a leading + or 0 and 9 or more digits with the separators people type:
# "+31 6 1234 5678", "(020) 123-45-67", "06-12345678"
_PHONE = re.compile(r"(?<![\w+(])(?:\+\d|\(?0)(?:[ ().\-/]{0,2}\d){8,}(?!\w)")


def name_variants(name: PersonName) -> list[str]:
    """The ways a person's name is written: "Jan van der Berg", "Berg, Jan van der", "Van der Berg"."""
    family = " ".join(p for p in (name.particle, name.family) if p)
    variants = [name.display, name.sort_display, family]
    if name.particle:
        variants.append(family[:1].upper() + family[1:])
        variants.append(name.family)
    if name.given:
        variants.append(name.given)
    return [v for v in dict.fromkeys(variants) if v and len(v) >= 2]


class Redactor:
    """Replaces the given people's names (and any e-mail address or phone number) in text."""

    def __init__(self, names: Iterable[PersonName], keep: Iterable[str] = ()) -> None:
        full: set[str] = set()
        single: set[str] = set()
        for name in names:
            for variant in name_variants(name):
                (full if " " in variant or "," in variant else single).add(variant)
        self._keep = sorted({k for k in keep if k and k.strip()}, key=len, reverse=True)
        # whole names in any case; a lone given or family name only as a capitalised word
        self._full = _alternation(full, re.IGNORECASE)
        self._single = _alternation(single, 0)

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        masked, kept = self._mask(text)
        masked = _EMAIL.sub(WOO_GROUND, masked)
        masked = _PHONE.sub(WOO_GROUND, masked)
        if self._full is not None:
            masked = self._full.sub(WOO_GROUND, masked)
        if self._single is not None:
            masked = self._single.sub(WOO_GROUND, masked)
        for index, original in enumerate(kept):
            masked = masked.replace(_token(index), original)
        return masked

    def _mask(self, text: str) -> tuple[str, list[str]]:
        """Hide organisation names and public people so name parts inside them survive."""
        kept: list[str] = []
        for keep in self._keep:
            pattern = re.compile(rf"(?<!\w){re.escape(keep)}(?!\w)", re.IGNORECASE)

            def hide(match: re.Match[str]) -> str:
                kept.append(match.group(0))
                return _token(len(kept) - 1)

            text = pattern.sub(hide, text)
        return text, kept


def _token(index: int) -> str:
    return f"\ue000{index}\ue001"


def _alternation(words: set[str], flags: int) -> re.Pattern[str] | None:
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)

"""Woo redaction: people's names, e-mail addresses and phone numbers become the ground "5.1.2e".

Under the Dutch Open Government Act (Woo) personal data in released documents is replaced by
the ground for withholding it. Organisation names and people with a public role stay readable.
One implementation serves the Woo brief of one session and the Woo export of every record, so
names are looked up word by word in a dictionary (100 000 people cost no more than ten).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from partnerdesk.domain.names import PersonName
from partnerdesk.domain.text import fold

WOO_GROUND = "5.1.2e"

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a leading + or 0 and 9 or more digits with the separators people type:
# "+31 6 1234 5678", "(020) 123-45-67", "06-12345678" (also in brackets); not "1.000.000"
PHONE = re.compile(r"(?<![\w+])(?:\+\d\d|\(0\d{1,3}\)|0\d)(?:[ ().\-/]{0,2}\d){7,}(?!\w)")
# a word as names are written: letters first, then letters, digits, apostrophes, hyphens
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

#: what a redaction replaced, as counted by ``Redactor.redact``
EMAILS, PHONES, NAMES = "e-mail addresses", "phone numbers", "names"


def name_variants(name: PersonName, given_alone: bool = True) -> list[str]:
    """The ways a person's name is written: "Jan van der Berg", "Berg, Jan van der", "Van der Berg"."""
    family = " ".join(p for p in (name.particle, name.family) if p)
    variants = [name.display, name.sort_display, family]
    if name.particle:
        variants.append(family[:1].upper() + family[1:])
        variants.append(name.family)
    if name.given and given_alone:
        variants.append(name.given)
    return [v for v in dict.fromkeys(variants) if v and len(v) >= 2]


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in _WORD.findall(text))


class Redactor:
    """Replaces the given people's names (and any e-mail address or phone number) in text.

    A name of several words is found in any case; a lone given or family name only when written
    as a name (capitalised), so "Mark" goes but "mark-up" stays. Text in ``keep`` (organisation
    names, people with a public role) is never touched, even where it holds a hidden name.
    ``given_alone=False`` leaves lone given names be: in an export of thousands of people, every
    capitalised "Mark" or "Roos" at the start of a sentence would otherwise go too.
    """

    def __init__(
        self, names: Iterable[PersonName], keep: Iterable[str] = (), given_alone: bool = True
    ) -> None:
        self._names: set[tuple[str, ...]] = set()
        for name in names:
            for variant in name_variants(name, given_alone):
                if words := _words(variant):
                    self._names.add(words)
        self._keep = {words for text in keep if text and (words := _words(text))}
        self._longest = max((len(w) for w in self._names | self._keep), default=0)

    def __call__(self, text: str | None) -> str | None:
        return None if text is None else self.redact(text)[0]

    def redact(self, text: str) -> tuple[str, Counter[str]]:
        """The text with personal data replaced, and how many of each kind were replaced."""
        counts: Counter[str] = Counter()
        text, counts[EMAILS] = EMAIL.subn(WOO_GROUND, text)
        text, counts[PHONES] = PHONE.subn(WOO_GROUND, text)
        if self._names:
            text, counts[NAMES] = self._replace_names(text)
        return text, +counts

    def _replace_names(self, text: str) -> tuple[str, int]:
        found = list(_WORD.finditer(text))
        folded = [fold(match.group(0)) for match in found]
        pieces: list[str] = []
        last = count = index = 0
        while index < len(found):
            for size in range(min(self._longest, len(found) - index), 0, -1):
                key = tuple(folded[index : index + size])
                if key in self._keep:
                    break  # kept as written, name parts inside it too
                if key in self._names and (size > 1 or found[index].group(0)[:1].isupper()):
                    pieces.append(text[last : found[index].start()])
                    pieces.append(WOO_GROUND)
                    last = found[index + size - 1].end()
                    count += 1
                    break
            else:
                size = 1
            index += size
        pieces.append(text[last:])
        return "".join(pieces), count

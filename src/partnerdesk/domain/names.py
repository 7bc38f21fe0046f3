"""Dutch personal names: particles (tussenvoegsels) and sorting "Berg, Jan van der"."""

from __future__ import annotations

from dataclasses import dataclass

from partnerdesk.domain.text import fold

#: Name particles, longest first so "van der" wins over "van".
PARTICLES = (
    "van de",
    "van der",
    "van den",
    "van het",
    "van 't",
    "in 't",
    "in de",
    "in het",
    "uit de",
    "uit den",
    "op de",
    "op den",
    "op het",
    "aan de",
    "aan den",
    "bij de",
    "de la",
    "van",
    "de",
    "den",
    "der",
    "het",
    "ter",
    "ten",
    "te",
    "'t",
    "la",
    "le",
    "du",
    "da",
    "di",
    "von",
)
_PARTICLES_BY_LENGTH = sorted(PARTICLES, key=len, reverse=True)


@dataclass(frozen=True)
class PersonName:
    given: str
    particle: str
    family: str

    @property
    def display(self) -> str:
        """Reading order: "Jan van der Berg"."""
        return " ".join(part for part in (self.given, self.particle, self.family) if part)

    @property
    def sort_display(self) -> str:
        """Directory order: "Berg, Jan van der"."""
        rest = " ".join(part for part in (self.given, self.particle) if part)
        if not self.family:
            return rest
        return f"{self.family}, {rest}" if rest else self.family

    @property
    def sort_key(self) -> str:
        """Folded key that sorts by family name first, particles ignored."""
        return fold(f"{self.family} {self.given} {self.particle}")


def display_name(given: str | None, particle: str | None, family: str | None) -> str:
    return PersonName(given or "", particle or "", family or "").display


def sort_key(given: str | None, particle: str | None, family: str | None) -> str:
    return PersonName(given or "", particle or "", family or "").sort_key


def split_family_name(family: str) -> tuple[str, str]:
    """Split a leading particle off a family name: "van der Berg" -> ("van der", "Berg")."""
    text = " ".join(family.split())
    lowered = text.lower()
    for particle in _PARTICLES_BY_LENGTH:
        if lowered.startswith(particle + " ") and len(text) > len(particle) + 1:
            return text[: len(particle)], text[len(particle) + 1 :]
    return "", text


def split_full_name(full: str) -> PersonName:
    """Split "Jan van der Berg" or "Berg, Jan van der" into its parts."""
    text = " ".join(full.split())
    if "," in text:
        family, _, rest = text.partition(",")
        words = rest.split()
        # "Berg, Jan van der": trailing words that form a particle belong to the family name
        for size in (3, 2, 1):
            if len(words) > size and " ".join(words[-size:]).lower() in PARTICLES:
                return PersonName(" ".join(words[:-size]), " ".join(words[-size:]), family.strip())
        return PersonName(" ".join(words), "", family.strip())
    words = text.split()
    if len(words) <= 1:
        return PersonName("", "", text)
    given = words[0]
    particle, family = split_family_name(" ".join(words[1:]))
    return PersonName(given, particle, family)

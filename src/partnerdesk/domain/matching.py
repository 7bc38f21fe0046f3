"""Duplicate matching of organisations and people: blocking first, then a score and a reason.

Records are first grouped by cheap keys (e-mail, phone, name keys, organisation plus name,
sorted neighbours of the name) so only records that share a key are compared; all pairs are
never compared. A key shared by very many records (a switchboard number, "Jan Jansen") is no
evidence and is skipped. The same index answers "does this new record look like an existing
one?" for the importer and the forms (``best_matches``).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from partnerdesk.domain.contact import email_key, phone_key
from partnerdesk.domain.names import split_family_name, split_full_name
from partnerdesk.domain.organisations import name_key
from partnerdesk.domain.text import fold

#: at or above: the same record for all practical purposes
CERTAIN = 90
#: at or above: listed as a likely duplicate
LIKELY = 75
#: the lowest score ``find_pairs`` reports by default
POSSIBLE = 60


class Reason(StrEnum):
    """Why two records look alike (the UI translates these)."""

    SAME_NAME = "same_name"
    SAME_NAME_KEY = "same_name_key"
    SAME_WORDS = "same_words"
    SIMILAR_NAME = "similar_name"
    NAME_CONTAINED = "name_contained"
    SAME_WEBSITE = "same_website"
    SAME_EMAIL = "same_email"
    SAME_EMAIL_OTHER_NAME = "same_email_other_name"
    SAME_PHONE = "same_phone"
    SAME_PHONE_OTHER_NAME = "same_phone_other_name"
    SAME_NAME_SAME_ORGANISATION = "same_name_same_organisation"
    INITIALS_SAME_ORGANISATION = "initials_same_organisation"
    SIMILAR_NAME_SAME_ORGANISATION = "similar_name_same_organisation"
    DIFFERENT_NUMBER = "different_number"


#: English descriptions, for the command line and reports
REASON_TEXT = {
    Reason.SAME_NAME: "same name",
    Reason.SAME_NAME_KEY: "same name apart from case, spaces, legal form or name particle",
    Reason.SAME_WORDS: "same words in another order",
    Reason.SIMILAR_NAME: "similar name",
    Reason.NAME_CONTAINED: "one name contains the other",
    Reason.SAME_WEBSITE: "same website",
    Reason.SAME_EMAIL: "same e-mail address",
    Reason.SAME_EMAIL_OTHER_NAME: "same e-mail address, different name",
    Reason.SAME_PHONE: "same phone number",
    Reason.SAME_PHONE_OTHER_NAME: "same phone number, different name",
    Reason.SAME_NAME_SAME_ORGANISATION: "same name at the same organisation",
    Reason.INITIALS_SAME_ORGANISATION: "same name with initials at the same organisation",
    Reason.SIMILAR_NAME_SAME_ORGANISATION: "similar name at the same organisation",
    Reason.DIFFERENT_NUMBER: "names differ in a number",
}


@dataclass(frozen=True)
class OrganisationCandidate:
    """What matching needs of an organisation (existing or about to be imported)."""

    id: int | None
    name: str
    website: str | None = None


@dataclass(frozen=True)
class PersonCandidate:
    """What matching needs of a person; ``organisations`` are organisation names."""

    id: int | None
    given_name: str | None = None
    name_particle: str | None = None
    family_name: str | None = None
    email: str | None = None
    phone: str | None = None
    organisations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """An existing record that looks like the candidate."""

    id: int
    score: int
    reason: Reason

    @property
    def certain(self) -> bool:
        return self.score >= CERTAIN


@dataclass(frozen=True)
class Pair:
    """Two records that look alike (lower id first)."""

    first_id: int
    second_id: int
    score: int
    reason: Reason


# --- normalised forms ----------------------------------------------------------------------

_NUMBER = re.compile(r"\d+")
#: articles that come and go in organisation names ("De Efteling", "Efteling")
_ARTICLES = frozenset({"de", "het", "the", "'t", "t"})
_WEB_PREFIX = re.compile(r"^(https?://)?(www\.)?")


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=65536)
def _org_key(name: str) -> str:
    return name_key(name)


def _website_key(website: str | None) -> str:
    if not website:
        return ""
    host = _WEB_PREFIX.sub("", website.strip().lower())
    return host.split("/")[0]


@dataclass(frozen=True)
class _Org:
    id: int | None
    folded: str
    key: str
    compact: str
    tokens: frozenset[str]
    numbers: frozenset[str]
    website: str


def _org(candidate: OrganisationCandidate) -> _Org:
    key = _org_key(candidate.name)
    words = [w for w in key.split() if w not in _ARTICLES] or key.split()
    return _Org(
        id=candidate.id,
        folded=_fold(candidate.name),
        key=key,
        compact="".join(words),
        tokens=frozenset(words),
        numbers=frozenset(_NUMBER.findall(key)),
        website=_website_key(candidate.website),
    )


@dataclass(frozen=True)
class _Person:
    id: int | None
    given: str
    particle: str
    family: str
    #: folded full name with particle, no spaces
    full: str
    #: given and family name without particle
    key: str
    email: str
    phone: str
    organisations: frozenset[str]


@lru_cache(maxsize=65536)
def _name_parts(given: str, particle: str, family: str) -> tuple[str, str, str]:
    """Folded given name, particle and family name, the particle split off where typed in."""
    if not given and " " in family and not particle:
        # the whole name typed in one field: "Jan van der Berg"
        parts = split_full_name(family)
        given, particle, family = parts.given, parts.particle, parts.family
    elif not particle:
        particle, family = split_family_name(family)
    return _fold(given), _fold(particle), _fold(family)


def _person(candidate: PersonCandidate) -> _Person:
    given_f, particle_f, family_f = _name_parts(
        (candidate.given_name or "").strip(),
        (candidate.name_particle or "").strip(),
        (candidate.family_name or "").strip(),
    )
    return _Person(
        id=candidate.id,
        given=given_f,
        particle=particle_f,
        family=family_f,
        full=(given_f + particle_f + family_f).replace(" ", ""),
        key=f"{given_f} {family_f}".strip(),
        email=email_key(candidate.email),
        phone=phone_key(candidate.phone),
        organisations=frozenset([_org_key(name) for name in candidate.organisations if name]),
    )


# --- scoring ---------------------------------------------------------------------------------


def score_organisations(a: OrganisationCandidate, b: OrganisationCandidate) -> Match | None:
    """How much two organisations look alike (``id`` of the result is ``b``'s)."""
    return _score_orgs(_org(a), _org(b))


def _score_orgs(a: _Org, b: _Org) -> Match | None:
    target = b.id if b.id is not None else 0
    same_site = bool(a.website) and a.website == b.website
    if a.folded == b.folded:
        return Match(target, 100, Reason.SAME_NAME)
    if a.numbers != b.numbers:
        return Match(target, 30, Reason.DIFFERENT_NUMBER)
    if a.key == b.key:
        return Match(target, 95, Reason.SAME_NAME_KEY)
    if a.compact == b.compact:
        return Match(target, 92, Reason.SAME_NAME_KEY)
    if a.tokens == b.tokens:
        return Match(target, 90, Reason.SAME_WORDS)
    if a.tokens and b.tokens and (a.tokens < b.tokens or b.tokens < a.tokens):
        # "Jumbo" and "Jumbo Logistics Solutions": related at most, often a different company
        return Match(target, 60 if same_site else 45, Reason.NAME_CONTAINED)
    similarity = fuzz.ratio(a.compact, b.compact)
    if min(len(a.compact), len(b.compact)) < 5:
        similarity = min(similarity, 70)  # short names differ meaningfully in one letter
    if same_site:
        if similarity >= 70:
            return Match(target, 88, Reason.SAME_WEBSITE)
        return Match(target, 60, Reason.SAME_WEBSITE)
    if similarity >= 85:
        return Match(target, round(similarity * 0.9), Reason.SIMILAR_NAME)
    return Match(target, round(similarity * 0.6), Reason.SIMILAR_NAME)


def score_people(a: PersonCandidate, b: PersonCandidate) -> Match | None:
    """How much two people look alike (``id`` of the result is ``b``'s)."""
    return _score_people(_person(a), _person(b))


def _initials_agree(a: str, b: str) -> bool:
    """ "j." and "jan", or "j.h." and "jan hendrik": one given name written as initials."""
    if not a or not b or a == b:
        return False
    short, long = sorted((a, b), key=len)
    letters = [c for c in short if c.isalpha()]
    if not ("." in short or len(letters) <= 2):
        return False
    words = long.replace(".", " ").split()
    return [w[0] for w in words[: len(letters)]] == letters


def _name_similarity(a: _Person, b: _Person) -> tuple[int, bool]:
    """Similarity of two names (0–100), and whether they may name the same person.

    Given and family name are compared apart: "Emma Jansen" and "Eva Jansen" are two people
    even though the whole strings are close.
    """
    if not (a.key and b.key):
        return 0, True
    family = max(
        fuzz.ratio(a.family, b.family),
        # a particle not recognised as one ("El Amrani" typed whole)
        fuzz.ratio(
            (a.particle + a.family).replace(" ", ""), (b.particle + b.family).replace(" ", "")
        ),
    )
    # one letter off in a short family name ("Bakker", "Baxker") is a typo, not another family
    family_alike = family >= 85 or (
        min(len(a.family), len(b.family)) >= 4 and Levenshtein.distance(a.family, b.family) <= 1
    )
    if not (a.given and b.given):
        return round(family), family_alike
    given = fuzz.ratio(a.given, b.given)
    initials = _initials_agree(a.given, b.given)
    similarity = round((family + given) / 2)
    if a.given == b.family and a.family == b.given:
        return 100, True  # given and family name swapped
    return similarity, family_alike and (given >= 80 or initials)


def _score_people(a: _Person, b: _Person) -> Match | None:
    target = b.id if b.id is not None else 0
    same_org = bool(a.organisations & b.organisations)
    similarity, alike = _name_similarity(a, b)
    if a.email and a.email == b.email:
        if alike:
            return Match(target, 100, Reason.SAME_EMAIL)
        return Match(target, 70, Reason.SAME_EMAIL_OTHER_NAME)
    if a.phone and a.phone == b.phone:
        if alike:
            return Match(target, 90, Reason.SAME_PHONE)
        return Match(target, 55, Reason.SAME_PHONE_OTHER_NAME)
    if not (a.key and b.key):
        return None
    if a.key == b.key:
        if same_org:
            return Match(target, 92, Reason.SAME_NAME_SAME_ORGANISATION)
        if a.full == b.full:
            # a rare name (common ones are not compared): worth a look, not certain
            both_placed = bool(a.organisations and b.organisations)
            return Match(target, 65 if both_placed else 70, Reason.SAME_NAME)
        return Match(target, 60, Reason.SAME_NAME_KEY)
    if same_org and a.family == b.family and _initials_agree(a.given, b.given):
        return Match(target, 82, Reason.INITIALS_SAME_ORGANISATION)
    if same_org and alike:
        return Match(target, round(similarity * 0.88), Reason.SIMILAR_NAME_SAME_ORGANISATION)
    return Match(target, round(similarity * 0.5), Reason.SIMILAR_NAME)


# --- blocking ------------------------------------------------------------------------------

#: largest block compared as a whole, per key kind; bigger blocks are no evidence
_BLOCK_LIMIT = {"e": 20, "p": 10, "n": 5, "o": 60, "t": 40, "k": 50, "w": 20}
#: sorted-neighbourhood window (organisation names)
_WINDOW = 4

R = TypeVar("R", _Org, _Person)


@dataclass
class _Index(Generic[R]):
    records: list[R] = field(default_factory=list)
    blocks: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    #: (sort key, position) for sorted neighbourhoods; empty for people
    sorted_keys: list[tuple[str, int]] = field(default_factory=list)
    reversed_keys: list[tuple[str, int]] = field(default_factory=list)


def _org_blocks(org: _Org) -> Iterator[str]:
    yield "k:" + org.compact
    for token in org.tokens:
        if len(token) >= 3 and not token.isdigit():
            yield "t:" + token
    if org.website:
        yield "w:" + org.website


def _person_blocks(person: _Person) -> Iterator[str]:
    if person.email:
        yield "e:" + person.email
    if person.phone:
        yield "p:" + person.phone
    if person.key:
        yield "n:" + person.key
    for organisation in person.organisations:
        if person.family:
            yield f"o:{organisation}:f:{person.family}"
        if person.given:
            yield f"o:{organisation}:g:{person.given}"


class OrganisationIndex:
    """Existing organisations, grouped by blocking keys; build once, ask many times."""

    def __init__(self, candidates: Iterable[OrganisationCandidate] = ()) -> None:
        self._index: _Index[_Org] = _Index()
        for candidate in candidates:
            self.add(candidate, keep_sorted=False)
        self._index.sorted_keys.sort()
        self._index.reversed_keys.sort()

    def __len__(self) -> int:
        return len(self._index.records)

    def add(self, candidate: OrganisationCandidate, *, keep_sorted: bool = True) -> None:
        """Add a record; a row an import will create can take a negative id (its row number)."""
        org = _org(candidate)
        position = len(self._index.records)
        self._index.records.append(org)
        for key in _org_blocks(org):
            self._index.blocks[key].append(position)
        for keys, text in (
            (self._index.sorted_keys, org.compact),
            (self._index.reversed_keys, org.compact[::-1]),
        ):
            if keep_sorted:
                bisect.insort(keys, (text, position))
            else:
                keys.append((text, position))

    def _neighbours(self, org: _Org, position: int | None) -> Iterator[int]:
        for keys, text in (
            (self._index.sorted_keys, org.compact),
            (self._index.reversed_keys, org.compact[::-1]),
        ):
            at = bisect.bisect_left(keys, (text, -1))
            for _, other in keys[max(0, at - _WINDOW) : at + _WINDOW + 1]:
                if other != position:
                    yield other

    def best_matches(
        self, candidate: OrganisationCandidate, *, limit: int = 5, min_score: int = POSSIBLE
    ) -> list[Match]:
        """Existing organisations that look like ``candidate``, best first."""
        org = _org(candidate)
        positions: set[int] = set(self._neighbours(org, None))
        for key in _org_blocks(org):
            positions.update(self._index.blocks.get(key, ())[:500])
        return _best(org, positions, self._index.records, _score_orgs, limit, min_score)

    def pairs(self, min_score: int = POSSIBLE) -> list[Pair]:
        """Every likely pair among the indexed organisations, best first."""
        records = self._index.records
        candidates = set(_block_pairs(self._index.blocks))
        for keys in (self._index.sorted_keys, self._index.reversed_keys):
            for i in range(len(keys)):
                for j in range(i + 1, min(i + 1 + _WINDOW, len(keys))):
                    a, b = keys[i][1], keys[j][1]
                    candidates.add((a, b) if a < b else (b, a))
        return _scored_pairs(candidates, records, _score_orgs, min_score)


class PersonIndex:
    """Existing people, grouped by blocking keys; build once, ask many times."""

    def __init__(self, candidates: Iterable[PersonCandidate] = ()) -> None:
        self._index: _Index[_Person] = _Index()
        for candidate in candidates:
            self.add(candidate)

    def __len__(self) -> int:
        return len(self._index.records)

    def add(self, candidate: PersonCandidate) -> None:
        """Add a record; a row an import will create can take a negative id (its row number)."""
        person = _person(candidate)
        position = len(self._index.records)
        self._index.records.append(person)
        for key in _person_blocks(person):
            self._index.blocks[key].append(position)

    def family_of(self, position: int) -> str:
        """The folded family name (particle split off) of an indexed record."""
        return self._index.records[position].family

    def best_matches(
        self, candidate: PersonCandidate, *, limit: int = 5, min_score: int = POSSIBLE
    ) -> list[Match]:
        """Existing people who look like ``candidate``, best first."""
        person = _person(candidate)
        positions: set[int] = set()
        for key in _person_blocks(person):
            members = self._index.blocks.get(key, ())
            if key.startswith("n:") and len(members) > _BLOCK_LIMIT["n"]:
                continue  # a common name alone is no evidence (as in ``pairs``)
            positions.update(members[:500])
        return _best(person, positions, self._index.records, _score_people, limit, min_score)

    def pairs(self, min_score: int = POSSIBLE) -> list[Pair]:
        """Every likely pair among the indexed people, best first."""
        candidates = set(_block_pairs(self._index.blocks))
        return _scored_pairs(candidates, self._index.records, _score_people, min_score)


def _block_pairs(blocks: dict[str, list[int]]) -> Iterator[tuple[int, int]]:
    for key, members in blocks.items():
        if len(members) < 2 or len(members) > _BLOCK_LIMIT[key[0]]:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                yield (a, b) if a < b else (b, a)


def _best(
    item: R,
    positions: set[int],
    records: list[R],
    score: Callable[[R, R], Match | None],
    limit: int,
    min_score: int,
) -> list[Match]:
    found: dict[int, Match] = {}
    for position in positions:
        other = records[position]
        match = score(item, other)
        if match is None or match.score < min_score or other.id is None or other.id == item.id:
            continue
        if match.id not in found or found[match.id].score < match.score:
            found[match.id] = match
    return sorted(found.values(), key=lambda m: (-m.score, m.id))[:limit]


def _scored_pairs(
    candidates: set[tuple[int, int]],
    records: list[R],
    score: Callable[[R, R], Match | None],
    min_score: int,
) -> list[Pair]:
    result = []
    for a, b in candidates:
        first, second = records[a], records[b]
        match = score(first, second)
        if match is None or match.score < min_score:
            continue
        if first.id is None or second.id is None or first.id == second.id:
            continue
        low, high = sorted((first.id, second.id))
        result.append(Pair(low, high, match.score, match.reason))
    result.sort(key=lambda p: (-p.score, p.first_id, p.second_id))
    return result


def find_pairs(
    candidates: Iterable[OrganisationCandidate] | Iterable[PersonCandidate],
    min_score: int = POSSIBLE,
) -> list[Pair]:
    """Likely duplicate pairs among organisations or among people."""
    items = list(candidates)
    if not items:
        return []
    if isinstance(items[0], OrganisationCandidate):
        return OrganisationIndex(items).pairs(min_score)  # type: ignore[arg-type]
    return PersonIndex(items).pairs(min_score)  # type: ignore[arg-type]

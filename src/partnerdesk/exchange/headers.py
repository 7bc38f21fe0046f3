"""Column headers in English and Dutch: the export's labels and the words colleagues use.

A header is matched after folding (case, accents, punctuation and spacing ignored), so
"E-mailadres", "e-mail adres" and "EMAIL ADDRESS" all find the e-mail field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from partnerdesk.domain.text import fold


@dataclass(frozen=True)
class Field:
    """A field a column can be mapped to, with its labels and the words that mean it."""

    key: str
    en: str
    nl: str
    synonyms: tuple[str, ...] = ()
    #: derived in partnerdesk (last contact, counts): shown on export, ignored on import
    derived: bool = False


def _f(key: str, en: str, nl: str, *synonyms: str, derived: bool = False) -> Field:
    return Field(key, en, nl, synonyms, derived)


#: Fields of a person-or-organisation row (colleagues' lists, contact exports).
CONTACT_FIELDS = (
    _f("id", "ID", "ID", "nr", "nummer", "id partnerdesk"),
    _f(
        "organisation",
        "Organisation",
        "Organisatie",
        "organization",
        "organisatienaam",
        "naam organisatie",
        "bedrijf",
        "bedrijfsnaam",
        "company",
        "company name",
        "firma",
        "organization 1 - name",
        "organization name",
        "partner",
        "partnerorganisatie",
        "instelling",
        "werkgever",
    ),
    _f(
        "full_name",
        "Name",
        "Naam",
        "full name",
        "volledige naam",
        "display name",
        "weergavenaam",
        "contactpersoon",
        "contact person",
        "contact",
        "persoon",
    ),
    _f("given_name", "Given name", "Voornaam", "first name", "roepnaam", "vorname", "given name"),
    _f("particle", "Name particle", "Tussenvoegsel", "tussenv", "particle", "middle name"),
    _f(
        "family_name",
        "Family name",
        "Achternaam",
        "last name",
        "surname",
        "nachname",
        "family name",
    ),
    _f(
        "email",
        "E-mail",
        "E-mail",
        "e-mailadres",
        "email address",
        "e-mail address",
        "emailadres",
        "mail",
        "mailadres",
        "e-mail 1 - value",
        "primary email",
        "e-mail-adresse",
        "e-mail adres",
    ),
    _f(
        "phone",
        "Phone",
        "Telefoon",
        "telefoonnummer",
        "tel",
        "phone number",
        "mobiel",
        "mobiel nummer",
        "mobiele telefoon",
        "mobile",
        "mobile phone",
        "mobile number",
        "business phone",
        "work phone",
        "telefoon op werk",
        "telefoon werk",
        "phone 1 - value",
        "telefon geschaftlich",
        "mobiltelefon",
    ),
    _f(
        "job_title",
        "Job title",
        "Functie",
        "functietitel",
        "job title",
        "title",
        "organization 1 - title",
        "position",
        "position",
    ),
    _f("role", "Role", "Rol"),
    _f("notes", "Notes", "Notities", "opmerkingen", "opmerking", "note", "toelichting", "notizen"),
    _f("kind", "Kind", "Soort", "type", "soort organisatie", "organisation kind"),
    _f("status", "Partnership status", "Status samenwerking", "status", "partnerstatus"),
    _f("sector", "Primary sector", "Hoofdbranche", "sector", "branche", "hoofdsector"),
    _f("sectors", "Other sectors", "Overige branches", "sectors", "branches"),
    _f("target_groups", "Target groups", "Doelgroepen", "doelgroep", "target group"),
    _f("channels", "Channels", "Kanalen", "kanaal", "channel"),
    _f("reach", "Reach", "Bereik", "geschat bereik", "estimated reach", "bereik (aantal)"),
    _f("reach_note", "Reach note", "Toelichting bereik"),
    _f("website", "Website", "Website", "web page", "webpagina", "url", "internetadres", "site"),
    _f("city", "City", "Plaats", "stad", "woonplaats", "vestigingsplaats", "work city", "gemeente"),
    _f("tags", "Tags", "Labels", "trefwoorden"),
    _f(
        "last_contact",
        "Last contact",
        "Laatste contact",
        "laatst gesproken",
        "datum laatste contact",
        "laatste contactmoment",
        "last contacted",
    ),
    _f("internal", "Internal", "Intern"),
    _f("directorate", "Directorate", "Directie"),
    _f("public_role", "Public role", "Publieke functie"),
    _f("do_not_contact", "Do not contact", "Niet benaderen"),
    _f("lawful_basis", "Lawful basis", "Grondslag"),
    _f("data_source", "Source of the data", "Bron van de gegevens", "bron", "source"),
)

FIELDS_BY_KEY = {f.key: f for f in CONTACT_FIELDS}
_PUNCT = re.compile(r"[^a-z0-9]+")
_INDEX: dict[str, str] = {}


def header_key(text: object) -> str:
    """The folded form headers are compared in."""
    return _PUNCT.sub(" ", fold(str(text or ""))).strip()


def _build_index() -> dict[str, str]:
    if not _INDEX:
        for f in CONTACT_FIELDS:
            for word in (f.en, f.nl, f.key, *f.synonyms):
                _INDEX.setdefault(header_key(word), f.key)
    return _INDEX


def recognise(header: object, extra: dict[str, str] | None = None) -> str | None:
    """The field a header names, or None; ``extra`` (folded header -> key) wins."""
    key = header_key(header)
    if not key:
        return None
    if extra and key in extra:
        return extra[key]
    return _build_index().get(key)


def guess_mapping(
    headers: Sequence[object], extra: dict[str, str] | None = None
) -> list[str | None]:
    """One field (or None) per column; a field claimed twice keeps both (first non-empty wins)."""
    return [recognise(h, extra) for h in headers]


def find_header_row(rows: Sequence[Sequence[object]], look: int = 30) -> int:
    """The row (0-based) that looks most like a header: most recognised texts, titles skipped."""
    best, best_score = 0, -1
    for index, row in enumerate(rows[:look]):
        texts = [c for c in row if isinstance(c, str) and c.strip()]
        recognised = sum(1 for c in texts if recognise(c))
        # a title row has one text; a header row has several, mostly recognised
        score = recognised * 10 + (len(texts) if len(texts) >= 2 else 0)
        if score > best_score:
            best, best_score = index, score
        if recognised >= 3 and recognised >= len(texts) // 2:
            return index
    return best


def mapping_signature(headers: Sequence[object]) -> str:
    """A stable fingerprint of a header row, to remember a corrected mapping."""
    import hashlib

    joined = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def label(key: str, language: str = "en") -> str:
    f = FIELDS_BY_KEY[key]
    return f.nl if language == "nl" else f.en

"""vCard in (2.1, 3.0, 4.0 as real clients write them) and out (3.0, which every client reads).

Reading uses a small tolerant parser for the few properties partnerdesk keeps: vobject
refuses real files (Android's quoted-printable soft breaks at column 0, base64 photos
without padding, Thunderbird's bare CR inside values). Writing uses vobject.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from partnerdesk.errors import BadFileError
from partnerdesk.exchange import safety

if TYPE_CHECKING:
    from partnerdesk.exchange.tables import RawSheet

#: The columns a vCard file reads as; English headers the header recogniser knows.
VCARD_HEADERS = (
    "Given name",
    "Family name",
    "Full name",
    "E-mail",
    "Phone",
    "Organisation",
    "Job title",
    "Notes",
)
_KEPT = {"FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "NOTE", "BEGIN", "END"}
_LINE_BREAK = re.compile(r"\r\n|\n")  # a bare CR stays inside its value (Thunderbird)


@dataclass
class Card:
    """The fields of one vCard that partnerdesk keeps."""

    given: str = ""
    family: str = ""
    full_name: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    organisation: str = ""
    job_title: str = ""
    note: str = ""


def read_vcards(path: Path) -> list[Card]:
    from partnerdesk.exchange.tables import decode_text

    text = decode_text(path.read_bytes(), path.name)
    cards: list[Card] = []
    current: Card | None = None
    for name, params, value in _properties(text):
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            current = Card()
        elif name == "END" and value.strip().upper() == "VCARD":
            if current is not None:
                cards.append(current)
                if len(cards) > safety.MAX_ROWS:
                    raise BadFileError(f"{path.name}: more than {safety.MAX_ROWS:,} contacts.")
            current = None
        elif current is not None:
            _apply(current, name, _decode(params, value))
    if not cards:
        raise BadFileError(f"{path.name}: no contact cards (BEGIN:VCARD … END:VCARD) found.")
    return cards


def read_vcards_as_sheet(path: Path) -> RawSheet:
    """The cards as a sheet with fixed English headers, one person per row."""
    from partnerdesk.exchange.tables import RawSheet

    rows: list[list[object]] = [list(VCARD_HEADERS)]
    for card in read_vcards(path):
        rows.append(
            [
                card.given,
                card.family,
                card.full_name,
                card.emails[0] if card.emails else "",
                card.phones[0] if card.phones else "",
                card.organisation,
                card.job_title,
                card.note,
            ]
        )
    return RawSheet(path.name, path.stem, rows)


def _properties(text: str) -> Iterable[tuple[str, dict[str, str], str]]:
    """Logical lines as (NAME, params, raw value): unfolded, QP soft breaks joined."""
    lines = _LINE_BREAK.split(text)
    index = 0
    logical: list[str] = []
    while index < len(lines):
        line = lines[index]
        index += 1
        if line[:1] in (" ", "\t") and logical:
            logical[-1] += line[1:]
            continue
        logical.append(line)
        head = line.split(":", 1)[0].upper()
        if "QUOTED-PRINTABLE" in head:
            while logical[-1].endswith("=") and index < len(lines):
                logical[-1] = logical[-1][:-1] + lines[index].lstrip(" \t")
                index += 1
    for line in logical:
        if ":" not in line:
            continue  # base64 photo data and blank lines
        head, value = line.split(":", 1)
        parts = head.split(";")
        name = parts[0].rsplit(".", 1)[-1].strip().upper()  # "item1.EMAIL" -> "EMAIL"
        if name not in _KEPT:
            continue
        params: dict[str, str] = {}
        for part in parts[1:]:
            key, _, val = part.partition("=")
            params[key.strip().upper()] = val.strip().strip('"')
        yield name, params, value


def _decode(params: dict[str, str], value: str) -> str:
    if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in params:
        charset = params.get("CHARSET", "utf-8") or "utf-8"
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        try:
            return raw.decode(charset, errors="replace")
        except LookupError:
            return raw.decode("utf-8", errors="replace")
    return value


def _split(value: str, separator: str = ";") -> list[str]:
    """Split on unescaped separators and undo vCard escapes."""
    parts, current, escaped = [], "", False
    for char in value:
        if escaped:
            current += {"n": "\n", "N": "\n"}.get(char, char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [p.replace("\r", "").strip() for p in parts]


def _apply(card: Card, name: str, value: str) -> None:
    if name == "FN":
        card.full_name = _split(value, "\x00")[0]
    elif name == "N":
        parts = [*_split(value), "", ""]
        card.family, card.given = parts[0], parts[1]
    elif name == "EMAIL":
        email = _split(value, "\x00")[0]
        if email:
            card.emails.append(email)
    elif name == "TEL":
        phone = _split(value, "\x00")[0]
        if phone:
            card.phones.append(phone)
    elif name == "ORG" and not card.organisation:
        card.organisation = _split(value)[0]
    elif name == "TITLE" and not card.job_title:
        card.job_title = _split(value, "\x00")[0]
    elif name == "NOTE" and not card.note:
        card.note = _split(value, "\x00")[0]


@dataclass(frozen=True)
class VCardPerson:
    """One person to write as a vCard."""

    given: str
    particle: str
    family: str
    email: str | None
    phone: str | None
    organisation: str | None
    job_title: str | None
    note: str | None
    uid: str


def write_vcards(path: Path, people: Sequence[VCardPerson]) -> None:
    """Write people as vCard 3.0 (UTF-8, CRLF), atomically like the workbooks."""
    import vobject

    from partnerdesk.exchange.workbook import write_atomically

    chunks = []
    for person in people:
        card = vobject.vCard()
        family = " ".join(p for p in (person.particle, person.family) if p)
        card.add("n").value = vobject.vcard.Name(family=family, given=person.given)
        card.add("fn").value = " ".join(p for p in (person.given, family) if p) or "-"
        if person.email:
            email = card.add("email")
            email.value = person.email
            email.type_param = "INTERNET"
        if person.phone:
            tel = card.add("tel")
            tel.value = person.phone
            tel.type_param = "WORK"
        if person.organisation:
            card.add("org").value = [person.organisation]
        if person.job_title:
            card.add("title").value = person.job_title
        if person.note:
            card.add("note").value = person.note
        card.add("uid").value = person.uid
        chunks.append(card.serialize())
    write_atomically(path, "".join(chunks).encode("utf-8"))

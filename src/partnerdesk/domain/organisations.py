"""Organisation names: legal forms and the key two spellings of one name agree on."""

from __future__ import annotations

import re

from partnerdesk.domain.text import fold

#: Dutch and common legal forms, removed for matching ("Hema B.V." ~ "HEMA").
LEGAL_FORMS = (
    "b.v.",
    "bv",
    "n.v.",
    "nv",
    "v.o.f.",
    "vof",
    "c.v.",
    "cv",
    "stichting",
    "st.",
    "vereniging",
    "coöperatie",
    "cooperatie",
    "u.a.",
    "ua",
    "holding",
    "groep",
    "group",
    "nederland",
    "ltd",
    "ltd.",
    "inc",
    "inc.",
    "gmbh",
    "ag",
    "s.a.",
    "sa",
    "plc",
    "llc",
    "koninklijke",
    "kon.",
)
_FORMS_FOLDED = {fold(form) for form in LEGAL_FORMS}
_PUNCT = re.compile(r"[\"'`´’&+/\\,;:()\[\]!?-]")


def name_key(name: str) -> str:
    """Folded name without legal forms and punctuation: "Hema B.V." -> "hema"."""
    words = [w for w in _PUNCT.sub(" ", fold(name)).split() if w]
    kept = [w for w in words if w not in _FORMS_FOLDED and w.rstrip(".") not in _FORMS_FOLDED]
    # dots inside abbreviations: "k.n.v.b." -> "knvb"
    kept = [w.replace(".", "") for w in kept]
    kept = [w for w in kept if w]
    return " ".join(kept) if kept else fold(name)

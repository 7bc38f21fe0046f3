"""Numbers as people write them in Dutch sheets: "1 miljoen", "ca. 45.000", "1.000.000"."""

from __future__ import annotations

import re

from partnerdesk.errors import ValidationError

_MULTIPLIERS = {
    "miljard": 1_000_000_000,
    "mld": 1_000_000_000,
    "billion": 1_000_000_000,
    "miljoen": 1_000_000,
    "mln": 1_000_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "duizend": 1_000,
    "thousand": 1_000,
    "k": 1_000,
    "dzd": 1_000,
}
_PREFIXES = re.compile(
    r"^(ca\.?|circa|ongeveer|approx\.?|about|around|ruim|bijna|meer dan|more than|over|"
    r"minder dan|less than|max\.?|maximaal|min\.?|minimaal|>|<|~|±|\+/-)\s*",
    re.IGNORECASE,
)
_NUMBER_WORD = re.compile(r"^([0-9][0-9 .,']*)\s*([a-z]+\.?)?", re.IGNORECASE)


def parse_amount(value: object) -> int | None:
    """A whole, non-negative amount (reach, size) from a number or Dutch/English text."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError("a yes/no value is not a number")
    if isinstance(value, int):
        if value < 0:
            raise ValidationError("{value} is negative; a reach is zero or more", value=value)
        return value
    if isinstance(value, float):
        if value != value or value < 0:
            raise ValidationError("{value} is not a reach of zero or more", value=value)
        return round(value)
    text = str(value).strip()
    if not text or text in {"-", "–", "?", "n.v.t.", "nvt", "onbekend", "unknown"}:
        return None
    text = _PREFIXES.sub("", text).strip()
    match = _NUMBER_WORD.match(text)
    if not match:
        raise ValidationError("“{value}” is not a number", value=value)
    number_text, word = match.group(1).strip(), (match.group(2) or "").rstrip(".").lower()
    multiplier = 1
    if word:
        if word not in _MULTIPLIERS:
            # "45.000 fans", "1 miljoen voetballiefhebbers": a unit after the number is fine
            word = ""
        else:
            multiplier = _MULTIPLIERS[word]
    number = _parse_number_text(number_text, scaled=multiplier > 1)
    if number is None:
        raise ValidationError("“{value}” is not a number", value=value)
    return round(number * multiplier)


def _parse_number_text(text: str, *, scaled: bool) -> float | None:
    text = text.replace(" ", "").replace("'", "")
    if not text:
        return None
    if "," in text and "." in text:
        # the last separator is the decimal one: "1.234,5" (Dutch) or "1,234.5" (English)
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        if (
            len(tail) == 3
            and not scaled
            and text.count(",") >= 1
            and head.replace(",", "").isdigit()
        ):
            text = text.replace(",", "")  # "45,000" thousands
        else:
            text = text.replace(",", ".")  # "1,5 miljoen"
    elif "." in text:
        head, _, tail = text.rpartition(".")
        if text.count(".") > 1 or (len(tail) == 3 and not scaled):
            text = text.replace(".", "")  # "45.000" Dutch thousands
    try:
        return float(text)
    except ValueError:
        return None

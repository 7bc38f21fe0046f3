"""E-mail addresses and phone numbers: validated, normalised for matching, shown as typed."""

from __future__ import annotations

import re

from partnerdesk.errors import ValidationError

_EMAIL = re.compile(
    r"^[^@\s<>(),;:\"]+@([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_PHONE_CHARS = re.compile(r"^[+0-9 ()./\-]+$")


def normalise_email(value: str | None) -> str | None:
    """Trim and validate an e-mail address; the domain is lower-cased, the local part kept."""
    if value is None:
        return None
    text = value.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if not text:
        return None
    if not _EMAIL.match(text):
        raise ValidationError(
            "“{value}” is not an e-mail address (name@domain.nl)", "email", value=text
        )
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def email_key(value: str | None) -> str:
    """The form two addresses are compared in."""
    return (value or "").strip().lower()


def phone_key(value: str | None) -> str:
    """Digits in international form for matching: "06-12345678" and "+31 6 1234 5678" agree.

    Dutch numbers are assumed for national forms (leading single 0).
    """
    if not value:
        return ""
    text = value.strip()
    digits = re.sub(r"\D", "", text)
    if text.startswith("+"):
        result = digits
    elif digits.startswith("00"):
        result = digits[2:]
    elif digits.startswith("0"):
        result = "31" + digits[1:]
    else:
        result = digits
    # "+31 (0)6 …": the trunk zero in brackets does not belong in the international form
    if result.startswith("310") and len(result) == 12:
        result = "31" + result[3:]
    return "+" + result if result else ""


def validate_phone(value: str | None) -> str | None:
    """Keep a phone number as typed (trimmed) when it looks like one."""
    if value is None:
        return None
    text = " ".join(value.split())
    if not text:
        return None
    if text.lower().startswith("tel:"):
        text = text[4:].strip()
    digits = re.sub(r"\D", "", text)
    if not _PHONE_CHARS.match(text) or not 6 <= len(digits) <= 15:
        raise ValidationError("“{value}” is not a phone number", "phone", value=text)
    return text


def normalise_website(value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if " " in text or "." not in text:
        raise ValidationError("“{value}” is not a web address", "website", value=text)
    return text

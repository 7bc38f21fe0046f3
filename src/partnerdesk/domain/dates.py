"""Dates as they arrive from sheets: real dates, serial numbers, Dutch and ISO text."""

from __future__ import annotations

import datetime as dt
import re

from partnerdesk.errors import ValidationError

_MONTHS = {
    "jan": 1,
    "januari": 1,
    "january": 1,
    "feb": 2,
    "febr": 2,
    "februari": 2,
    "february": 2,
    "mrt": 3,
    "maart": 3,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "mei": 5,
    "may": 5,
    "jun": 6,
    "juni": 6,
    "june": 6,
    "jul": 7,
    "juli": 7,
    "july": 7,
    "aug": 8,
    "augustus": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oct": 10,
    "oktober": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_NUMERIC = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
_WORDY = re.compile(r"^(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{2,4})$", re.IGNORECASE)
_WORDY_EN = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$", re.IGNORECASE)


def parse_date(value: object, *, date1904: bool = False) -> dt.date | None:
    """A calendar date; day-first for ambiguous numeric text, as Dutch sheets write it."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValidationError("a yes/no value is not a date")
    if isinstance(value, int | float):
        return _from_serial(float(value), date1904)
    text = str(value).strip()
    if not text or text in {"-", "0.0.00", "00-00-0000"}:
        return None
    text = text.split("T")[0].split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text) else text
    if re.fullmatch(r"\d+(\.\d+)?", text) and "." not in text[-3:-2]:
        number = float(text)
        if 1 <= number < 2958466:
            return _from_serial(number, date1904)
    match = _NUMERIC.match(text)
    if match:
        first, second, third = (int(part) for part in match.groups())
        if len(match.group(1)) == 4:
            return _make(first, second, third, value)
        year = third + 2000 if third < 100 else third
        return _make(year, second, first, value)
    match = _WORDY.match(text)
    if match:
        day_text, month_word, year_text = match.groups()
        month = _MONTHS.get(month_word.lower())
        if month:
            year_number = int(year_text) + (2000 if len(year_text) == 2 else 0)
            return _make(year_number, month, int(day_text), value)
    match = _WORDY_EN.match(text)
    if match:
        month_word, day_text, year_text = match.groups()
        month = _MONTHS.get(month_word.lower())
        if month:
            return _make(int(year_text), month, int(day_text), value)
    raise ValidationError("“{value}” is not a date (for example 26-01-2021)", value=value)


def _from_serial(serial: float, date1904: bool) -> dt.date:
    if not 1 <= serial < 2958466:
        raise ValidationError("{value} is not a date", value=f"{serial:g}")
    base = dt.date(1904, 1, 1) if date1904 else _EXCEL_EPOCH
    return base + dt.timedelta(days=int(serial))


def _make(year: int, month: int, day: int, original: object) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            "“{value}” is not a date (for example 26-01-2021)", value=original
        ) from None

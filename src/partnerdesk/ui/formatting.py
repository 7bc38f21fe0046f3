"""Numbers and dates the way the chosen language writes them (QLocale), never str()."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def number(value: int | None) -> str:
    """1000000 -> "1,000,000" (English) or "1.000.000" (Dutch); "" for no value."""
    return "" if value is None else QLocale().toString(int(value))


def date(value: dt.date | None) -> str:
    """A date in the locale's short form ("23-11-2026" in Dutch); "" for no date."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def long_date(value: dt.date | None) -> str:
    """A date written out ("23 november 2026")."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def period_text(since: dt.date | None, until: dt.date | None) -> str:
    """ "since 1-3-2024", "until …", "1-3-2024 – 1-6-2025", or "" when neither is known."""
    if since and until:
        return f"{date(since)} – {date(until)}"
    if since:
        return QCoreApplication.translate("formatting", "since %1").replace("%1", date(since))
    if until:
        return QCoreApplication.translate("formatting", "until %1").replace("%1", date(until))
    return ""


def date_time(value: dt.datetime | None) -> str:
    """A date and time in the locale's short form ("23-11-2026 14:00" in Dutch)."""
    if value is None:
        return ""
    day = QDate(value.year, value.month, value.day)
    locale = QLocale()
    return f"{locale.toString(day, QLocale.FormatType.ShortFormat)} {value:%H:%M}"


def period(starts: dt.datetime, ends: dt.datetime | None) -> str:
    """ "2-11-2026 14:00–15:30", or with both dates when it runs past midnight."""
    text = date_time(starts)
    if ends is None:
        return text
    if ends.date() == starts.date():
        return f"{text}–{ends:%H:%M}"
    return f"{text} – {date_time(ends)}"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def from_qdatetime(moment: QDateTime) -> dt.datetime:
    """The editor's date and time to the minute (seconds are not edited, so not kept)."""
    time = moment.time()
    return dt.datetime.combine(from_qdate(moment.date()), dt.time(time.hour(), time.minute()))


def count_text(count: int, one: str, many: str) -> str:
    """ "1 organisation" or "1.234 organisations": ``many`` holds %1 for the number."""
    return one if count == 1 else many.replace("%1", number(count))

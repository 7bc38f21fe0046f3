"""Translated names of the session, action and contact vocabularies, and date formatting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from partnerdesk.domain.enums import (
    ActionStatus,
    Attendance,
    ContactChannel,
    SessionKind,
    SessionStatus,
)


def session_kind(kind: SessionKind) -> str:
    return {
        SessionKind.DIALOGUE: QCoreApplication.translate("SessionLabels", "Dialogue session"),
        SessionKind.BILATERAL: QCoreApplication.translate("SessionLabels", "Bilateral meeting"),
        SessionKind.MANAGEMENT: QCoreApplication.translate("SessionLabels", "Management meeting"),
        SessionKind.CALL: QCoreApplication.translate("SessionLabels", "Call", "session kind"),
        SessionKind.WEBINAR: QCoreApplication.translate("SessionLabels", "Webinar"),
    }[kind]


def session_status(status: SessionStatus) -> str:
    return {
        SessionStatus.PLANNED: QCoreApplication.translate("SessionLabels", "Planned"),
        SessionStatus.HELD: QCoreApplication.translate("SessionLabels", "Held"),
        SessionStatus.CANCELLED: QCoreApplication.translate("SessionLabels", "Cancelled"),
    }[status]


def attendance(value: Attendance) -> str:
    return {
        Attendance.INVITED: QCoreApplication.translate("SessionLabels", "Invited"),
        Attendance.CONFIRMED: QCoreApplication.translate("SessionLabels", "Confirmed"),
        Attendance.ATTENDED: QCoreApplication.translate("SessionLabels", "Attended"),
        Attendance.ABSENT: QCoreApplication.translate("SessionLabels", "Absent"),
    }[value]


def action_status(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("SessionLabels", "Open"),
        ActionStatus.DONE: QCoreApplication.translate("SessionLabels", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("SessionLabels", "Dropped"),
    }[status]


def contact_channel(channel: ContactChannel) -> str:
    return {
        ContactChannel.CALL: QCoreApplication.translate("SessionLabels", "Call", "contact channel"),
        ContactChannel.EMAIL: QCoreApplication.translate("SessionLabels", "E-mail"),
        ContactChannel.VISIT: QCoreApplication.translate("SessionLabels", "Visit"),
        ContactChannel.EVENT: QCoreApplication.translate("SessionLabels", "Event"),
    }[channel]


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def from_qdatetime(moment: QDateTime) -> dt.datetime:
    time = moment.time()
    return dt.datetime.combine(from_qdate(moment.date()), dt.time(time.hour(), time.minute()))


def format_date(day: dt.date | None) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat) if day else ""


def format_datetime(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(qdatetime(moment), QLocale.FormatType.ShortFormat)


def format_period(starts: dt.datetime, ends: dt.datetime | None) -> str:
    """ "2 Nov 2026 14:00–15:30" in the UI locale."""
    text = format_datetime(starts)
    if ends is None:
        return text
    locale = QLocale()
    end_time = QTime(ends.hour, ends.minute)
    if ends.date() == starts.date():
        return f"{text}–{locale.toString(end_time, QLocale.FormatType.ShortFormat)}"
    return f"{text} – {format_datetime(ends)}"


def count_text(n: int, one: str, many: str) -> str:
    """ "1 session" / "12 sessions": both forms translated, the number in the UI locale."""
    return (one if n == 1 else many).replace("%1", QLocale().toString(n))

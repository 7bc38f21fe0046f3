"""Translated names of the vocabularies the coverage, outreach and overview pages show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from partnerdesk.domain.enums import Channel, OutreachResponse, PartnershipStatus, Priority


def _tr(text: str) -> str:
    return QCoreApplication.translate("coverage_labels", text)


def status_label(status: PartnershipStatus) -> str:
    return {
        PartnershipStatus.PROSPECT: _tr("prospect"),
        PartnershipStatus.APPROACHED: _tr("approached"),
        PartnershipStatus.IN_DIALOGUE: _tr("in dialogue"),
        PartnershipStatus.ACTIVE: _tr("active partner"),
        PartnershipStatus.PAUSED: _tr("paused"),
        PartnershipStatus.DECLINED: _tr("declined"),
        PartnershipStatus.ENDED: _tr("ended"),
    }[status]


def priority_label(priority: Priority) -> str:
    return {
        Priority.HIGH: _tr("high"),
        Priority.MEDIUM: _tr("medium"),
        Priority.LOW: _tr("low"),
    }[priority]


def response_label(response: OutreachResponse) -> str:
    return {
        OutreachResponse.PENDING: _tr("not yet answered"),
        OutreachResponse.AGREED: _tr("agreed"),
        OutreachResponse.DECLINED: _tr("declined"),
        OutreachResponse.NO_ANSWER: _tr("no answer"),
    }[response]


def channel_label(channel: Channel) -> str:
    return {
        Channel.INTRANET: _tr("intranet"),
        Channel.STAFF_MEETINGS: _tr("staff meetings"),
        Channel.NEWSLETTER: _tr("newsletter"),
        Channel.SOCIAL_MEDIA: _tr("social media"),
        Channel.IN_STORE: _tr("in-store"),
        Channel.WEBSITE: _tr("website"),
        Channel.EVENTS: _tr("events"),
    }[channel]


def number(value: int) -> str:
    """A whole number the locale's way: 240.000 in Dutch, 240,000 in English."""
    return QLocale().toString(value)


def day(value: object) -> str:
    """A date in the locale's short format."""
    import datetime as dt

    if not isinstance(value, dt.date):
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )

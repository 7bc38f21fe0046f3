"""Translated names of the vocabularies the coverage, outreach and overview pages show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from partnerdesk.domain.enums import Channel, OutreachResponse, PartnershipStatus, Priority


# NOTE: spelled-out QCoreApplication.translate calls, so pyside6-lupdate finds every string.
def status_label(status: PartnershipStatus) -> str:
    return {
        PartnershipStatus.PROSPECT: QCoreApplication.translate("coverage_labels", "prospect"),
        PartnershipStatus.APPROACHED: QCoreApplication.translate("coverage_labels", "approached"),
        PartnershipStatus.IN_DIALOGUE: QCoreApplication.translate("coverage_labels", "in dialogue"),
        PartnershipStatus.ACTIVE: QCoreApplication.translate("coverage_labels", "active partner"),
        PartnershipStatus.PAUSED: QCoreApplication.translate("coverage_labels", "paused"),
        PartnershipStatus.DECLINED: QCoreApplication.translate("coverage_labels", "declined"),
        PartnershipStatus.ENDED: QCoreApplication.translate("coverage_labels", "ended"),
    }[status]


def priority_label(priority: Priority) -> str:
    return {
        Priority.HIGH: QCoreApplication.translate("coverage_labels", "high"),
        Priority.MEDIUM: QCoreApplication.translate("coverage_labels", "medium"),
        Priority.LOW: QCoreApplication.translate("coverage_labels", "low"),
    }[priority]


def response_label(response: OutreachResponse) -> str:
    return {
        OutreachResponse.PENDING: QCoreApplication.translate(
            "outreach_response", "not yet answered"
        ),
        OutreachResponse.AGREED: QCoreApplication.translate("outreach_response", "agreed"),
        OutreachResponse.DECLINED: QCoreApplication.translate("outreach_response", "declined"),
        OutreachResponse.NO_ANSWER: QCoreApplication.translate("outreach_response", "no answer"),
    }[response]


def channel_label(channel: Channel) -> str:
    return {
        Channel.INTRANET: QCoreApplication.translate("coverage_labels", "intranet"),
        Channel.STAFF_MEETINGS: QCoreApplication.translate("coverage_labels", "staff meetings"),
        Channel.NEWSLETTER: QCoreApplication.translate("coverage_labels", "newsletter"),
        Channel.SOCIAL_MEDIA: QCoreApplication.translate("coverage_labels", "social media"),
        Channel.IN_STORE: QCoreApplication.translate("coverage_labels", "in-store"),
        Channel.WEBSITE: QCoreApplication.translate("coverage_labels", "website"),
        Channel.EVENTS: QCoreApplication.translate("coverage_labels", "events"),
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

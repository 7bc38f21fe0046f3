"""The coordinator's words for every stored value of a vocabulary ("active" → "Active partner").

Pages and dialogs show these instead of raw enum values; ``label(value)`` works for any enum of
``domain.enums``. Translations live in the "core" catalogue (context "labels").
"""

from __future__ import annotations

import functools
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from partnerdesk.domain.enums import (
    ActionStatus,
    Attendance,
    Channel,
    ContactChannel,
    LawfulBasis,
    OrganisationKind,
    OutreachResponse,
    PartnershipStatus,
    Priority,
    SessionKind,
    SessionStatus,
)


def forget() -> None:
    """Drop the translated labels: called whenever another language is installed."""
    _labels.cache_clear()


@functools.cache
def _labels() -> dict[tuple[type[StrEnum], str], str]:
    # Built once per installed language (lists call this for every painted cell); keyed by
    # (class, value): "declined" is both a partnership status and an outreach response.
    pairs: list[tuple[StrEnum, str]] = [
        (PartnershipStatus.PROSPECT, QCoreApplication.translate("labels", "Prospect")),
        (PartnershipStatus.APPROACHED, QCoreApplication.translate("labels", "Approached")),
        (PartnershipStatus.IN_DIALOGUE, QCoreApplication.translate("labels", "In dialogue")),
        (PartnershipStatus.ACTIVE, QCoreApplication.translate("labels", "Active partner")),
        (PartnershipStatus.PAUSED, QCoreApplication.translate("labels", "Paused")),
        (PartnershipStatus.DECLINED, QCoreApplication.translate("labels", "Declined")),
        (PartnershipStatus.ENDED, QCoreApplication.translate("labels", "Ended")),
        (OrganisationKind.COMPANY, QCoreApplication.translate("labels", "Company")),
        (
            OrganisationKind.FEDERATION,
            QCoreApplication.translate("labels", "Federation or association"),
        ),
        (OrganisationKind.FOUNDATION, QCoreApplication.translate("labels", "Foundation")),
        (OrganisationKind.GOVERNMENT, QCoreApplication.translate("labels", "Government")),
        (OrganisationKind.NETWORK, QCoreApplication.translate("labels", "Network or alliance")),
        (OrganisationKind.OTHER, QCoreApplication.translate("labels", "Other")),
        (Channel.INTRANET, QCoreApplication.translate("labels", "Intranet")),
        (Channel.STAFF_MEETINGS, QCoreApplication.translate("labels", "Staff meetings")),
        (Channel.NEWSLETTER, QCoreApplication.translate("labels", "Newsletter")),
        (Channel.SOCIAL_MEDIA, QCoreApplication.translate("labels", "Social media")),
        (Channel.IN_STORE, QCoreApplication.translate("labels", "In store")),
        (Channel.WEBSITE, QCoreApplication.translate("labels", "Website")),
        (Channel.EVENTS, QCoreApplication.translate("labels", "Events")),
        (Priority.HIGH, QCoreApplication.translate("labels", "High")),
        (Priority.MEDIUM, QCoreApplication.translate("labels", "Medium")),
        (Priority.LOW, QCoreApplication.translate("labels", "Low")),
        (LawfulBasis.CONSENT, QCoreApplication.translate("labels", "Consent")),
        (LawfulBasis.CONTRACT, QCoreApplication.translate("labels", "Contract")),
        (LawfulBasis.LEGAL_OBLIGATION, QCoreApplication.translate("labels", "Legal obligation")),
        (LawfulBasis.PUBLIC_TASK, QCoreApplication.translate("labels", "Public task")),
        (
            LawfulBasis.LEGITIMATE_INTEREST,
            QCoreApplication.translate("labels", "Legitimate interest"),
        ),
        (SessionKind.DIALOGUE, QCoreApplication.translate("labels", "Dialogue session")),
        (SessionKind.BILATERAL, QCoreApplication.translate("labels", "Bilateral meeting")),
        (SessionKind.MANAGEMENT, QCoreApplication.translate("labels", "Management meeting")),
        (SessionKind.CALL, QCoreApplication.translate("labels", "Call")),
        (SessionKind.WEBINAR, QCoreApplication.translate("labels", "Webinar")),
        (SessionStatus.PLANNED, QCoreApplication.translate("labels", "Planned")),
        (SessionStatus.HELD, QCoreApplication.translate("labels", "Held")),
        (SessionStatus.CANCELLED, QCoreApplication.translate("labels", "Cancelled")),
        (Attendance.INVITED, QCoreApplication.translate("labels", "Invited")),
        (Attendance.CONFIRMED, QCoreApplication.translate("labels", "Confirmed")),
        (Attendance.ATTENDED, QCoreApplication.translate("labels", "Attended")),
        (Attendance.ABSENT, QCoreApplication.translate("labels", "Absent")),
        (ActionStatus.OPEN, QCoreApplication.translate("labels", "Open")),
        (ActionStatus.DONE, QCoreApplication.translate("labels", "Done")),
        (ActionStatus.DROPPED, QCoreApplication.translate("labels", "Dropped")),
        (ContactChannel.CALL, QCoreApplication.translate("labels", "Phone call")),
        (ContactChannel.EMAIL, QCoreApplication.translate("labels", "E-mail")),
        (ContactChannel.VISIT, QCoreApplication.translate("labels", "Visit")),
        (ContactChannel.EVENT, QCoreApplication.translate("labels", "Event")),
        (OutreachResponse.PENDING, QCoreApplication.translate("labels", "Asked, no reply yet")),
        (OutreachResponse.AGREED, QCoreApplication.translate("labels", "Agreed")),
        (OutreachResponse.DECLINED, QCoreApplication.translate("labels", "Declined")),
        (OutreachResponse.NO_ANSWER, QCoreApplication.translate("labels", "No answer")),
    ]
    return {(type(member), member.value): text for member, text in pairs}


def label(value: StrEnum) -> str:
    """The translated label of one stored value; unknown values show as they are stored."""
    return _labels().get((type(value), value.value), value.value)


def choices(enum_class: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """(value, label) of every member, in the enum's order: for combo boxes and filters."""
    labels = _labels()
    return [(member, labels.get((enum_class, member.value), member.value)) for member in enum_class]

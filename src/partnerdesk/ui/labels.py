"""The coordinator's words for every stored value of a vocabulary ("active" → "Active partner").

Pages and dialogs show these instead of raw enum values; ``label(value)`` works for any enum of
``domain.enums``. Translations live in the "core" catalogue (context "labels").
"""

from __future__ import annotations

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


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _labels() -> dict[tuple[type[StrEnum], str], str]:
    # Built on every call: the strings must follow the language installed at that moment.
    # Keyed by (class, value): "declined" is both a partnership status and an outreach response.
    pairs: list[tuple[StrEnum, str]] = [
        (PartnershipStatus.PROSPECT, _t("Prospect")),
        (PartnershipStatus.APPROACHED, _t("Approached")),
        (PartnershipStatus.IN_DIALOGUE, _t("In dialogue")),
        (PartnershipStatus.ACTIVE, _t("Active partner")),
        (PartnershipStatus.PAUSED, _t("Paused")),
        (PartnershipStatus.DECLINED, _t("Declined")),
        (PartnershipStatus.ENDED, _t("Ended")),
        (OrganisationKind.COMPANY, _t("Company")),
        (OrganisationKind.FEDERATION, _t("Federation or association")),
        (OrganisationKind.FOUNDATION, _t("Foundation")),
        (OrganisationKind.GOVERNMENT, _t("Government")),
        (OrganisationKind.NETWORK, _t("Network or alliance")),
        (OrganisationKind.OTHER, _t("Other")),
        (Channel.INTRANET, _t("Intranet")),
        (Channel.STAFF_MEETINGS, _t("Staff meetings")),
        (Channel.NEWSLETTER, _t("Newsletter")),
        (Channel.SOCIAL_MEDIA, _t("Social media")),
        (Channel.IN_STORE, _t("In store")),
        (Channel.WEBSITE, _t("Website")),
        (Channel.EVENTS, _t("Events")),
        (Priority.HIGH, _t("High")),
        (Priority.MEDIUM, _t("Medium")),
        (Priority.LOW, _t("Low")),
        (LawfulBasis.CONSENT, _t("Consent")),
        (LawfulBasis.CONTRACT, _t("Contract")),
        (LawfulBasis.LEGAL_OBLIGATION, _t("Legal obligation")),
        (LawfulBasis.PUBLIC_TASK, _t("Public task")),
        (LawfulBasis.LEGITIMATE_INTEREST, _t("Legitimate interest")),
        (SessionKind.DIALOGUE, _t("Dialogue session")),
        (SessionKind.BILATERAL, _t("Bilateral meeting")),
        (SessionKind.MANAGEMENT, _t("Management meeting")),
        (SessionKind.CALL, _t("Call")),
        (SessionKind.WEBINAR, _t("Webinar")),
        (SessionStatus.PLANNED, _t("Planned")),
        (SessionStatus.HELD, _t("Held")),
        (SessionStatus.CANCELLED, _t("Cancelled")),
        (Attendance.INVITED, _t("Invited")),
        (Attendance.CONFIRMED, _t("Confirmed")),
        (Attendance.ATTENDED, _t("Attended")),
        (Attendance.ABSENT, _t("Absent")),
        (ActionStatus.OPEN, _t("Open")),
        (ActionStatus.DONE, _t("Done")),
        (ActionStatus.DROPPED, _t("Dropped")),
        (ContactChannel.CALL, _t("Phone call")),
        (ContactChannel.EMAIL, _t("E-mail")),
        (ContactChannel.VISIT, _t("Visit")),
        (ContactChannel.EVENT, _t("Event")),
        (OutreachResponse.PENDING, _t("Asked, no reply yet")),
        (OutreachResponse.AGREED, _t("Agreed")),
        (OutreachResponse.DECLINED, _t("Declined")),
        (OutreachResponse.NO_ANSWER, _t("No answer")),
    ]
    return {(type(member), member.value): text for member, text in pairs}


def label(value: StrEnum) -> str:
    """The translated label of one stored value; unknown values show as they are stored."""
    return _labels().get((type(value), value.value), value.value)


def choices(enum_class: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """(value, label) of every member, in the enum's order: for combo boxes and filters."""
    labels = _labels()
    return [(member, labels.get((enum_class, member.value), member.value)) for member in enum_class]

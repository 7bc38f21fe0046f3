"""The fixed vocabularies of the domain, stored by their value."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    COMPANY = "company"
    FEDERATION = "federation"
    FOUNDATION = "foundation"
    GOVERNMENT = "government"
    NETWORK = "network"
    OTHER = "other"


class PartnershipStatus(StrEnum):
    PROSPECT = "prospect"
    APPROACHED = "approached"
    IN_DIALOGUE = "in_dialogue"
    ACTIVE = "active"
    PAUSED = "paused"
    DECLINED = "declined"
    ENDED = "ended"


class Channel(StrEnum):
    INTRANET = "intranet"
    STAFF_MEETINGS = "staff_meetings"
    NEWSLETTER = "newsletter"
    SOCIAL_MEDIA = "social_media"
    IN_STORE = "in_store"
    WEBSITE = "website"
    EVENTS = "events"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class LawfulBasis(StrEnum):
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"


class SessionKind(StrEnum):
    DIALOGUE = "dialogue"
    BILATERAL = "bilateral"
    MANAGEMENT = "management"
    CALL = "call"
    WEBINAR = "webinar"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class SessionItemKind(StrEnum):
    """Ordered lists inside a session."""

    QUESTION = "question"  # preparatory question sent to participants
    DISCUSSION = "discussion"  # point for discussion
    SUB_QUESTION = "sub_question"  # sub-question to work on together afterwards


class Attendance(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    ATTENDED = "attended"
    ABSENT = "absent"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ContactChannel(StrEnum):
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    EVENT = "event"


class OutreachResponse(StrEnum):
    PENDING = "pending"
    AGREED = "agreed"
    DECLINED = "declined"
    NO_ANSWER = "no_answer"


class ChangeOperation(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class BatchKind(StrEnum):
    """What a group of changes was: one edit, an import, a merge, an erasure…"""

    EDIT = "edit"
    IMPORT = "import"
    MERGE = "merge"
    UNMERGE = "unmerge"
    ERASE = "erase"
    UNDO = "undo"
    DEMO = "demo"


class MergeEntity(StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"

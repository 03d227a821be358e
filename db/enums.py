"""Allowed values of the string columns that hold enumerations.

Plain strings in the database (validated by the services), so adding a value
needs no migration.
"""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    OPERATOR = "operator"
    MANAGER = "manager"
    EXECUTIVE = "executive"
    ADMIN = "admin"


class ContactPointKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    SOCIAL = "social"
    CUSTOMER_NUMBER = "customer_number"


class ChannelCode(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    SOCIAL = "social"
    WEB_FORM = "web_form"
    SELF_SERVICE = "self_service"
    IN_PERSON = "in_person"
    SURVEY = "survey"
    LETTER = "letter"


class FeedbackKind(enum.StrEnum):
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    QUESTION = "question"
    PRAISE = "praise"


class FeedbackStatus(enum.StrEnum):
    NEW = "new"
    TRIAGED = "triaged"
    LINKED = "linked"  # part of an improvement
    DUPLICATE = "duplicate"
    ANSWERED = "answered"
    CLOSED = "closed"


class Stage(enum.StrEnum):
    """Improvement workflow stages (Plan-Do-Check-Act plus outcomes)."""

    NEW = "new"
    TRIAGE = "triage"
    ACCEPTED = "accepted"
    PLAN = "plan"
    DO = "do"
    CHECK = "check"
    ACT = "act"
    DONE = "done"
    DECLINED = "declined"
    ON_HOLD = "on_hold"


class ReplyOutcome(enum.StrEnum):
    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DONE = "done"

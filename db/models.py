"""ORM classes for every domain word in DESIGN.md, over the tables of db/tables.py.

Services that edit single rows use these classes; bulk work and the list
screens use the Core tables directly. Rows that people edit carry a
``version`` column that SQLAlchemy checks on every UPDATE (optimistic
locking): two managers editing the same improvement cannot silently
overwrite each other.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, relationship

from db import tables
from db.enums import (
    ChannelCode,
    ContactPointKind,
    FeedbackKind,
    FeedbackStatus,
    ReplyOutcome,
    Role,
    Stage,
)
from db.tables import NAMING_CONVENTION, utcnow

__all__ = [
    "NAMING_CONVENTION",
    "Answer",
    "AuditEvent",
    "Base",
    "CanonicalQuestion",
    "CaptureDraft",
    "Category",
    "Channel",
    "ChannelCode",
    "Contact",
    "ContactPoint",
    "ContactPointKind",
    "FeedbackItem",
    "FeedbackKind",
    "FeedbackStatus",
    "Improvement",
    "PhoneSurveyCall",
    "Question",
    "Reply",
    "ReplyDraft",
    "ReplyOutcome",
    "ReplyTemplate",
    "Role",
    "Stage",
    "Survey",
    "SurveyResponse",
    "User",
    "utcnow",
]


class Base(DeclarativeBase):
    metadata = tables.metadata


class Versioned:
    """Optimistic locking: UPDATE ... WHERE version = :seen, then version + 1."""

    version: Mapped[int]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class User(Versioned, Base):
    __table__ = tables.app_user

    id: Mapped[int]
    username: Mapped[str]
    display_name: Mapped[str]
    role: Mapped[str]
    usual_channel_id: Mapped[int | None]
    is_active: Mapped[bool]
    created_at: Mapped[dt.datetime]


class Channel(Versioned, Base):
    __table__ = tables.channel

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    # Service targets: acknowledge and reply within this many hours.
    ack_target_hours: Mapped[float | None]
    reply_target_hours: Mapped[float | None]
    is_active: Mapped[bool]


class Category(Versioned, Base):
    __table__ = tables.category

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    parent_id: Mapped[int | None]
    is_active: Mapped[bool]


class Contact(Versioned, Base):
    __table__ = tables.contact

    id: Mapped[int]
    display_name: Mapped[str | None]
    # Lower-cased, whitespace-collapsed name for lookup as the operator types.
    name_key: Mapped[str | None]
    preferred_language: Mapped[str | None]
    # Set when this contact was merged into another; kept for traceability.
    merged_into_id: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    points: Mapped[list[ContactPoint]] = relationship(back_populates="contact", cascade="all, delete-orphan")


class ContactPoint(Base):
    """One normalised way to reach a contact: unique per kind across all contacts."""

    __table__ = tables.contact_point

    id: Mapped[int]
    contact_id: Mapped[int]
    kind: Mapped[str]
    value: Mapped[str]
    raw_value: Mapped[str | None]
    is_primary: Mapped[bool]
    created_at: Mapped[dt.datetime]

    contact: Mapped[Contact] = relationship(back_populates="points")


class Improvement(Versioned, Base):
    __table__ = tables.improvement

    id: Mapped[int]
    title: Mapped[str]
    description: Mapped[str | None]
    stage: Mapped[str]
    owner_id: Mapped[int | None]
    category_id: Mapped[int | None]
    decision: Mapped[str | None]
    decision_reason: Mapped[str | None]
    expected_benefit: Mapped[str | None]
    measured_benefit: Mapped[str | None]
    effort_days: Mapped[float | None]
    due_date: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime]
    stage_changed_at: Mapped[dt.datetime]
    decided_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]


class FeedbackItem(Versioned, Base):
    __table__ = tables.feedback_item

    id: Mapped[int]
    contact_id: Mapped[int | None]
    channel_id: Mapped[int]
    kind: Mapped[str]
    text: Mapped[str]
    language: Mapped[str | None]
    received_at: Mapped[dt.datetime]
    logged_at: Mapped[dt.datetime]
    logged_by_id: Mapped[int | None]
    source: Mapped[str]
    external_ref: Mapped[str | None]
    status: Mapped[str]
    category_id: Mapped[int | None]
    category_confidence: Mapped[float | None]
    category_confirmed: Mapped[bool]
    kind_confidence: Mapped[float | None]
    kind_confirmed: Mapped[bool]
    improvement_id: Mapped[int | None]
    duplicate_of_id: Mapped[int | None]
    first_response_at: Mapped[dt.datetime | None]
    replied_at: Mapped[dt.datetime | None]
    assignee_id: Mapped[int | None]


class ReplyTemplate(Versioned, Base):
    __table__ = tables.reply_template

    id: Mapped[int]
    name: Mapped[str]
    outcome: Mapped[str]
    language: Mapped[str]
    subject: Mapped[str | None]
    body: Mapped[str]


class Reply(Base):
    """What a contact was told: written once, never edited (a correction is a new reply)."""

    __table__ = tables.reply

    id: Mapped[int]
    contact_id: Mapped[int]
    feedback_item_id: Mapped[int | None]
    improvement_id: Mapped[int | None]
    channel_id: Mapped[int]
    template_id: Mapped[int | None]
    outcome: Mapped[str | None]
    language: Mapped[str | None]
    body: Mapped[str]
    sent_at: Mapped[dt.datetime]
    sent_by_id: Mapped[int | None]


class Survey(Base):
    __table__ = tables.survey

    id: Mapped[int]
    source_system: Mapped[str]
    name: Mapped[str]
    created_at: Mapped[dt.datetime]


class CanonicalQuestion(Versioned, Base):
    """The one meaning that questions from different surveys share."""

    __table__ = tables.canonical_question

    id: Mapped[int]
    code: Mapped[str]
    text: Mapped[str]
    answer_type: Mapped[str]


class Question(Versioned, Base):
    __table__ = tables.question

    id: Mapped[int]
    survey_id: Mapped[int]
    code: Mapped[str]
    text: Mapped[str]
    position: Mapped[int]
    canonical_question_id: Mapped[int | None]


class SurveyResponse(Base):
    __table__ = tables.survey_response

    id: Mapped[int]
    survey_id: Mapped[int]
    contact_id: Mapped[int | None]
    channel_id: Mapped[int | None]
    responded_at: Mapped[dt.datetime]
    # The source system's id, or a content hash when it has none (re-imports add nothing).
    external_ref: Mapped[str]
    imported_at: Mapped[dt.datetime]


class Answer(Base):
    __table__ = tables.answer

    id: Mapped[int]
    response_id: Mapped[int]
    question_id: Mapped[int]
    value_text: Mapped[str | None]
    value_number: Mapped[float | None]


class AuditEvent(Base):
    """Who changed what and when; append-only."""

    __table__ = tables.audit_event

    id: Mapped[int]
    at: Mapped[dt.datetime]
    user_id: Mapped[int | None]
    entity_type: Mapped[str]
    entity_id: Mapped[int]
    action: Mapped[str]
    # JSON text of {"field": [old, new]}; text rather than JSON type so both
    # databases store and compare it the same way.
    changes: Mapped[str | None]


class CaptureDraft(Base):
    """What an operator was typing in the capture form; one per operator, gone once saved."""

    __table__ = tables.capture_draft

    id: Mapped[int]
    user_id: Mapped[int]
    contact_id: Mapped[int | None]
    payload: Mapped[str]
    saved_at: Mapped[dt.datetime]


class ReplyDraft(Base):
    """A reply composed but not sent yet; one per user, composer and recipient (app/reply_drafts.py)."""

    __table__ = tables.reply_draft

    id: Mapped[int]
    user_id: Mapped[int]
    draft_key: Mapped[str]
    contact_id: Mapped[int]
    payload: Mapped[str]
    saved_at: Mapped[dt.datetime]


class ClassifierModel(Base):
    """A trained classifier's file and what it needs to be trusted (see classifiers/store.py)."""

    __table__ = tables.classifier_model

    id: Mapped[int]
    target: Mapped[str]
    file_name: Mapped[str]
    sha256: Mapped[str]
    labels: Mapped[str]
    training_size: Mapped[int]
    trained_at: Mapped[dt.datetime]
    metrics: Mapped[str | None]
    library_versions: Mapped[str]
    is_active: Mapped[bool]


class SurveyMapping(Versioned, Base):
    """A survey source's column mapping, saved on import and reused next time."""

    __table__ = tables.survey_mapping

    id: Mapped[int]
    source_system: Mapped[str]
    mapping: Mapped[str]
    updated_at: Mapped[dt.datetime]


class ContactMatchReview(Base):
    """Two contacts that may be one person, held for a person to decide; never merged automatically."""

    __table__ = tables.contact_match_review

    id: Mapped[int]
    contact_id: Mapped[int]
    candidate_id: Mapped[int]
    score: Mapped[float]
    evidence: Mapped[str]
    source: Mapped[str | None]
    status: Mapped[str]
    created_at: Mapped[dt.datetime]
    decided_at: Mapped[dt.datetime | None]


class PhoneSurveyCall(Base):
    """One phone-survey call: questions asked, questions the answers on file spared (app/phone_survey.py)."""

    __table__ = tables.phone_survey_call

    id: Mapped[int]
    contact_id: Mapped[int]
    survey_id: Mapped[int]
    response_id: Mapped[int | None]
    operator_id: Mapped[int | None]
    called_at: Mapped[dt.datetime]
    asked: Mapped[int]
    spared: Mapped[int]
    completed: Mapped[bool]
    override_reason: Mapped[str | None]
